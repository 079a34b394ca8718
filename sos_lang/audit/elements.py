"""The Signs of Safety elements an audit sheet grades, and the tool's own judgement of each.

An auditor grades a record element by element (a harm statement, a danger statement,
strengths, the child's own words ...). So that ``sos-lang agreement`` can set the tool's
judgement beside theirs, an audit stores, per record and element, how many sentences show
the element (0: missing) and, with ``--keep-excerpts``, a few of those sentences redacted.
What shows an element is declared in ``data/audit_elements.yaml``: sentence labels from the
statement model, the structure checks that mark a statement incomplete, finding kinds that
keep a plan from being one a family can read, or the patterns a check looks for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sos_lang.report import Finding, Report, SentenceReport
from sos_lang.settings import load_yaml

ELEMENT_COUNT_KIND = "element"
"""The ``kind`` of an element's row in the store's record counts and excerpts."""

EXCERPTS_PER_ELEMENT = 3
"""Redacted sentences kept per element: enough for an auditor to check the judgement."""


@dataclass(frozen=True)
class Element:
    """One element of the audit sheet and what shows it in a record."""

    id: str
    title: str
    question: str
    labels: tuple[str, ...] = ()
    gaps: frozenset[str] = frozenset()
    gap_kinds: frozenset[str] = frozenset()
    patterns: tuple[re.Pattern[str], ...] = ()


@functools.cache
def elements() -> tuple[Element, ...]:
    """The elements in the order the audit sheet lists them."""
    checks = load_yaml("structure_checks.yaml")
    record_checks = {check["rule_id"]: check for check in checks.get("record_checks", [])}
    found = []
    for raw in load_yaml("audit_elements.yaml")["elements"]:
        patterns: tuple[re.Pattern[str], ...] = ()
        if "patterns_of" in raw:
            patterns = tuple(re.compile(p) for p in record_checks[raw["patterns_of"]]["unless_any"])
        found.append(Element(
            id=raw["id"], title=raw["title"], question=raw["question"],
            labels=tuple(raw.get("labels", ())), gaps=frozenset(raw.get("gaps", ())),
            gap_kinds=frozenset(raw.get("gap_kinds", ())), patterns=patterns))
    return tuple(found)


def element_ids() -> tuple[str, ...]:
    return tuple(element.id for element in elements())


def element_sentences(report: Report) -> dict[str, list[SentenceReport]]:
    """Per element, the sentences of the record that show it (empty: the element is
    missing). Headings never count: a heading names a section, it does not fill it."""
    findings_in = _findings_by_sentence(report.sentences, report.findings)
    shown: dict[str, list[SentenceReport]] = {}
    for element in elements():
        shown[element.id] = [
            sentence for index, sentence in enumerate(report.sentences)
            if not sentence.heading and _shows(element, sentence, findings_in[index])]
    return shown


def element_counts(report: Report) -> dict[str, int]:
    """Per element, how many sentences show it: what the store keeps for every record."""
    return {name: len(found) for name, found in element_sentences(report).items()}


def _shows(element: Element, sentence: SentenceReport, findings: Sequence[Finding]) -> bool:
    if element.patterns:
        return any(pattern.search(sentence.text) for pattern in element.patterns)
    if sentence.label not in element.labels:
        return False
    return not any(f.rule_id in element.gaps or f.kind in element.gap_kinds for f in findings)


def _findings_by_sentence(sentences: Sequence[SentenceReport], findings: Sequence[Finding]
                          ) -> list[list[Finding]]:
    """The findings that fall in each sentence (a record-wide finding falls in none)."""
    from sos_lang.audit.excerpts import _sentence_around

    starts = [sentence.start for sentence in sentences]
    index_of = {id(sentence): index for index, sentence in enumerate(sentences)}
    per: list[list[Finding]] = [[] for _ in sentences]
    for finding in findings:
        sentence = _sentence_around(sentences, starts, finding.start, finding.end)
        if sentence is not None:
            per[index_of[id(sentence)]].append(finding)
    return per
