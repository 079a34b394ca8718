"""The report: what one analysis found. ``to_dict()`` is the JSON contract.

Everything downstream (CLI printers, rewrite, audit store, app) reads the
report, never the spaCy Doc, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Any

SCHEMA_VERSION = 1
KINDS = ("deficit", "jargon", "plain", "structure")
SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}


def flat_dict(record: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` for a flat record (fields of strings, numbers, None or lists
    of strings): the same dict in field order, without asdict's recursive deep copy, which
    took longer than the JSON encoding of a report (the API serialises one per request)."""
    values = vars(record)
    return {name: list(values[name]) if type(values[name]) is list else values[name]
            for name in _field_names(type(record))}


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(cls))


@dataclass(frozen=True)
class Finding:
    """Something worth changing, with offsets into the analysed text."""

    rule_id: str
    kind: str
    subtype: str
    start: int
    end: int
    text: str
    message: str
    alternatives: list[str]
    severity: str
    replacement: str | None = None
    """The safe plain replacement for the flagged text, when its rule has one (``rewrite``
    applies these); in JSON only when set (an optional field of schema_version 1)."""

    def shifted(self, offset: int) -> Finding:
        """The same finding with offsets moved by offset (chunked analysis)."""
        return replace(self, start=self.start + offset, end=self.end + offset) if offset else self

    def to_dict(self) -> dict[str, Any]:
        found = flat_dict(self)
        if self.replacement is None:
            del found["replacement"]
        return found


@dataclass(frozen=True)
class Highlight:
    """Strengths-based wording found in the text (counted by the strengths score)."""

    rule_id: str
    subtype: str
    start: int
    end: int
    text: str

    def shifted(self, offset: int) -> Highlight:
        return replace(self, start=self.start + offset, end=self.end + offset) if offset else self


@dataclass(frozen=True)
class SentenceReport:
    """One sentence with its counts; offsets into the analysed text."""

    start: int
    end: int
    text: str
    words: int
    syllables: int
    polysyllables: int
    passive: bool
    label: str | None = None
    confidence: float | None = None
    opinion_as_fact: bool | None = None
    section: str | None = None
    """The Signs of Safety heading the sentence is under (its id in data/headings.yaml)."""
    heading: bool = False
    """The sentence is a heading line itself: labelled `other`, never flagged."""

    @property
    def column(self) -> str | None:
        """The Signs of Safety column of the sentence's label."""
        from sos_lang.statements.corpus import COLUMNS

        return COLUMNS.get(self.label) if self.label else None

    def shifted(self, offset: int) -> SentenceReport:
        return replace(self, start=self.start + offset, end=self.end + offset) if offset else self


@dataclass
class Report:
    """Scores, metrics, sentences and findings for one record."""

    scores: dict[str, float]
    metrics: dict[str, float]
    sentences: list[SentenceReport]
    findings: list[Finding]
    highlights: list[Highlight] = field(default_factory=list)
    profile: str = "accurate"
    analyser_version: str = ""
    record_type: str | None = None
    """The record type the checks followed; in JSON only when set (an optional field of
    schema_version 1)."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object that ``sos-lang check --format json`` prints."""
        return {
            "schema_version": SCHEMA_VERSION,
            "analyser_version": self.analyser_version,
            "profile": self.profile,
            "scores": dict(self.scores),
            "metrics": dict(self.metrics),
            "sentences": [flat_dict(sentence) for sentence in self.sentences],
            "findings": [finding.to_dict() for finding in self.findings],
            "highlights": [flat_dict(highlight) for highlight in self.highlights],
            **({"record_type": self.record_type} if self.record_type else {}),
        }

    def worst_severity(self) -> str | None:
        """The most severe finding's severity, or None when nothing was found."""
        if not self.findings:
            return None
        return max((finding.severity for finding in self.findings), key=SEVERITY_ORDER.__getitem__)
