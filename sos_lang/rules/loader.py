"""The one loader for rule files: reads a YAML file of any scope and returns its rules,
with errors that name the file, the entry and the field.

A vocabulary file (``vocabulary`` and ``entries``) holds term rules; a check file
(``kind`` with ``sentence_checks`` and/or ``record_checks``) holds sentence and record
rules. ``sos-lang lexicon validate`` accepts either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from sos_lang.rules.model import Rule, RuleError
from sos_lang.settings import parse_yaml

CHECK_KINDS = ("plain", "structure")
CHECK_SECTIONS = {"sentence_checks": "sentence", "record_checks": "record"}
"""The sections of a check file and the scope of the rules in each."""


def read_rule_yaml(text: str, origin: str) -> dict[str, Any]:
    """The parsed mapping of a rule file."""
    try:
        raw = parse_yaml(text)
    except yaml.YAMLError as exc:
        raise RuleError(f"{origin}: is not valid YAML ({exc})") from exc
    if not isinstance(raw, dict):
        raise RuleError(f"{origin}: must be a mapping with 'vocabulary' and 'entries', or "
                        f"'kind' and 'sentence_checks' / 'record_checks'")
    return raw


def _vocabulary_rules(raw: dict[str, Any], origin: str) -> tuple[Rule, ...]:
    from sos_lang.lexicon.schema import VOCABULARY_SUBTYPES, parse_entry

    vocabulary = raw.get("vocabulary")
    if vocabulary not in VOCABULARY_SUBTYPES:
        raise RuleError(f"{origin}: field 'vocabulary': must be one of "
                        f"{', '.join(VOCABULARY_SUBTYPES)} (got {vocabulary!r})")
    if not isinstance(raw["entries"], list):
        raise RuleError(f"{origin}: field 'entries': must be a list")
    return tuple(parse_entry(item, vocabulary, origin, position)
                 for position, item in enumerate(raw["entries"]))


def _check_rules(raw: dict[str, Any], origin: str) -> tuple[Rule, ...]:
    from sos_lang.rules.checks import parse_check

    kind = raw.get("kind")
    if kind not in CHECK_KINDS:
        raise RuleError(f"{origin}: field 'kind': must be one of {', '.join(CHECK_KINDS)} "
                        f"(got {kind!r})")
    rules: list[Rule] = []
    for section, scope in CHECK_SECTIONS.items():
        items = raw.get(section, [])
        if not isinstance(items, list):
            raise RuleError(f"{origin}: field '{section}': must be a list")
        rules.extend(parse_check(item, kind, scope, origin, position)
                     for position, item in enumerate(items))
    return tuple(rules)


def parse_rules(raw: dict[str, Any], origin: str) -> tuple[Rule, ...]:
    """The rules of a parsed rule file, each checked; ids must be unique in the file."""
    if "entries" in raw:
        rules = _vocabulary_rules(raw, origin)
    elif "kind" in raw:
        rules = _check_rules(raw, origin)
    else:
        raise RuleError(f"{origin}: must be a mapping with 'vocabulary' and 'entries', or "
                        f"'kind' and 'sentence_checks' / 'record_checks'")
    seen: set[str] = set()
    for rule in rules:
        if rule.rule_id in seen:
            name = getattr(rule, "id", rule.rule_id)
            field = "id" if hasattr(rule, "id") else "rule_id"
            raise RuleError(f"{origin}: entry '{name}': field '{field}': used twice")
        seen.add(rule.rule_id)
    return rules


def load_rule_file(path: Path) -> tuple[Rule, ...]:
    """Read, parse and check one rule file of any scope."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{path}: cannot be read ({exc.strerror})") from exc
    return parse_rules(read_rule_yaml(text, str(path)), str(path))
