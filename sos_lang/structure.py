"""Structure findings: does the record keep worries apart from evidence, own its opinions,
and cover all three Signs of Safety columns? Checks are declared in
``structure_checks.yaml``; this module only evaluates them on labelled sentences.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from sos_lang.caseless import CaselessPattern, declared_pattern
from sos_lang.report import Finding, SentenceReport
from sos_lang.settings import load_yaml


@functools.lru_cache(maxsize=1)
def _declarations() -> dict[str, Any]:
    """The declared checks, each with its ``unless_any`` patterns compiled once."""
    declarations = load_yaml("structure_checks.yaml")
    for check in declarations["sentence_checks"] + declarations["record_checks"]:
        check["compiled"] = tuple(declared_pattern(p) for p in check.get("unless_any", ()))
    return declarations


def sentence_checks() -> list[dict[str, Any]]:
    return _declarations()["sentence_checks"]


def record_checks() -> list[dict[str, Any]]:
    return _declarations()["record_checks"]


def matches_any(text: str, patterns: Sequence[CaselessPattern | re.Pattern[str]],
                lowered: str | None = None) -> bool:
    """Whether any pattern matches; lowered is text.lower(), if the caller has it."""
    for pattern in patterns:
        if isinstance(pattern, CaselessPattern):
            if lowered is None:
                lowered = text.lower()
            if pattern.search(text, lowered):
                return True
        elif pattern.search(text):
            return True
    return False


def _finding(check: dict[str, Any], start: int, end: int, text: str) -> Finding:
    return Finding(rule_id=check["rule_id"], kind="structure",
                   subtype=check["rule_id"].split(".", 1)[1], start=start, end=end, text=text,
                   message=check["message"], alternatives=list(check["alternatives"]),
                   severity=check["severity"])


@functools.lru_cache(maxsize=1)
def _checks_by_label() -> dict[str | None, tuple[dict[str, Any], ...]]:
    """The sentence checks that can fire on a sentence of each label, and under the key
    ``opinion_as_fact`` those that fire on an opinion stated as fact: each sentence meets
    only the checks that concern it."""
    by_label: dict[str | None, list[dict[str, Any]]] = {}
    for check in sentence_checks():
        keys = ["opinion_as_fact"] if check.get("when_opinion_as_fact") else check["labels"]
        for key in keys:
            by_label.setdefault(key, []).append(check)
    return {label: tuple(checks) for label, checks in by_label.items()}


def _sentence_findings(sentence: SentenceReport) -> list[Finding]:
    """The findings of the sentence checks on one sentence."""
    by_label = _checks_by_label()
    checks = by_label.get(sentence.label, ())
    if sentence.opinion_as_fact:
        checks = by_label.get("opinion_as_fact", ()) + checks
    if not checks:
        return []
    # the checks were picked by label already: an opinion check fires outright, a label
    # check unless one of its patterns finds what the sentence is missing
    lowered = sentence.text.lower()
    return [_finding(check, sentence.start, sentence.end, sentence.text) for check in checks
            if check.get("when_opinion_as_fact")
            or not matches_any(sentence.text, check["compiled"], lowered)]


def record_fires(check: dict[str, Any], text: str, sentences: Sequence[SentenceReport],
                 lowered: str | None = None) -> bool:
    labels = {sentence.label for sentence in sentences}
    if "has_any" in check and not labels & set(check["has_any"]):
        return False
    if "has_none" in check and labels & set(check["has_none"]):
        return False
    if "min_words" in check and sum(s.words for s in sentences) < check["min_words"]:
        return False
    return not matches_any(text, check["compiled"], lowered)


def structure_findings(text: str, sentences: Sequence[SentenceReport]) -> list[Finding]:
    """Sentence-level findings at each sentence, record-level ones at offset 0 with no text."""
    findings = [finding for sentence in sentences for finding in _sentence_findings(sentence)]
    if sentences and sentences[0].label is not None:
        lowered = text.lower()
        findings.extend(_finding(check, 0, 0, "") for check in record_checks()
                        if record_fires(check, text, sentences, lowered))
    return findings
