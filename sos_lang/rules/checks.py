"""Sentence and record rules (plain and structure checks): each entry of a check file
checked field by field, with errors that name the file, the entry and the field (the
file itself is read by rules/loader.py). Patterns are compiled into the rule objects
once; the parsed YAML is never changed."""

from __future__ import annotations

import functools
from typing import Any

from sos_lang.caseless import declared_pattern
from sos_lang.rules import validate
from sos_lang.rules.model import Patterns, RecordRule, RuleError, SentenceRule, pattern_group
from sos_lang.settings import load_yaml

_SENTENCE_FIELDS = {"labels", "when_opinion_as_fact", "when_passive", "min_words",
                    "max_words", "unless_any", "score_group"}
_RECORD_FIELDS = {"has_any", "has_none", "min_words", "unless_any", "sections"}
_COMMON_FIELDS = {"rule_id", "subtype", "severity", "message", "alternatives", "source",
                  "examples"}


def _patterns(raw: dict[str, Any], origin: str, rule_id: str) -> Patterns:
    return pattern_group(declared_pattern(pattern)
                         for pattern in validate.regexes(raw, "unless_any", origin, rule_id))


def parse_check(raw: Any, kind: str, scope: str, origin: str,
                position: int) -> SentenceRule | RecordRule:
    """Check one raw YAML mapping and build a sentence or record rule from it."""
    if not isinstance(raw, dict):
        raise RuleError(f"{origin}: entry #{position + 1}: must be a mapping of fields")
    rule_id = raw.get("rule_id")
    if not isinstance(rule_id, str) or not rule_id.startswith(f"{kind}."):
        raise RuleError(f"{origin}: entry #{position + 1}: field 'rule_id': must start with "
                        f"'{kind}.' (got {rule_id!r})")
    specific = _SENTENCE_FIELDS if scope == "sentence" else _RECORD_FIELDS
    unknown = sorted(set(raw) - _COMMON_FIELDS - specific)
    if unknown:
        fields = ", ".join(sorted(_COMMON_FIELDS | specific))
        raise validate.fail(origin, rule_id, unknown[0],
                            f"is not a field of a {scope} rule (fields: {fields})")
    subtype = raw.get("subtype", rule_id.split(".", 1)[1])
    if not isinstance(subtype, str) or not subtype:
        raise validate.fail(origin, rule_id, "subtype", "must be a non-empty string")
    common: dict[str, Any] = {
        "rule_id": rule_id, "kind": kind, "subtype": subtype,
        "severity": validate.severity(raw, origin, rule_id),
        "message": validate.text(raw, "message", origin, rule_id),
        "alternatives": validate.string_list(raw, "alternatives", origin, rule_id),
        "source": validate.text(raw, "source", origin, rule_id),
        "examples": validate.examples(raw, origin, rule_id),
        "origin": origin,
    }
    min_words = validate.count(raw, "min_words", origin, rule_id) or 0
    if scope == "record":
        section_check = raw.get("sections")
        if section_check is not None and section_check not in RecordRule.SECTION_CHECKS:
            raise validate.fail(origin, rule_id, "sections",
                                f"must be one of {', '.join(RecordRule.SECTION_CHECKS)}")
        return RecordRule(**common, sections=section_check,
                          has_any=validate.string_list(raw, "has_any", origin, rule_id, False),
                          has_none=validate.string_list(raw, "has_none", origin, rule_id,
                                                        False),
                          min_words=min_words, unless_any=_patterns(raw, origin, rule_id))
    score_group = raw.get("score_group")
    if score_group is not None and not isinstance(score_group, str):
        raise validate.fail(origin, rule_id, "score_group", "must be a string")
    return SentenceRule(**common,
                        labels=validate.string_list(raw, "labels", origin, rule_id, False),
                        when_opinion_as_fact=validate.flag(raw, "when_opinion_as_fact", origin,
                                                           rule_id),
                        when_passive=validate.flag(raw, "when_passive", origin, rule_id),
                        min_words=min_words,
                        max_words=validate.count(raw, "max_words", origin, rule_id),
                        unless_any=_patterns(raw, origin, rule_id), score_group=score_group)


CHECK_FILES = ("plain_checks.yaml", "structure_checks.yaml")
"""The packaged check files in ``sos_lang/data``."""


@functools.lru_cache(maxsize=1)
def packaged_checks() -> tuple[tuple[SentenceRule, ...], tuple[RecordRule, ...]]:
    """The packaged sentence and record rules, loaded and compiled once per process."""
    from sos_lang.rules.loader import parse_rules

    rules = [rule for name in CHECK_FILES
             for rule in parse_rules(load_yaml(name), f"sos_lang/data/{name}")]
    ids = [rule.rule_id for rule in rules]
    twice = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
    if twice:
        raise RuleError(f"rule id(s) declared twice: {', '.join(twice)}")
    return (tuple(r for r in rules if isinstance(r, SentenceRule)),
            tuple(r for r in rules if isinstance(r, RecordRule)))
