"""Record types: a letter to a child, a plan, an assessment, a conference report, a court
statement and a case note are judged by what practice guidance asks of each.

A type (``data/record_types.yaml``) adds checks of its own (``data/record_type_checks.yaml``),
switches packaged rules off or regrades them, sets a target reading age and the severity at
which ``check`` fails by default. ``rules_for`` gives the rule set in force for a type (after
the local config), and the analysis runs with it, so findings, scores and the verdict all
follow the type. A local config may map an export's own names to types
(``[record_type_names]``) and change a type's ``reading_age`` or ``fail_on``
(``[record_types.<type>]``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sos_lang.inputs import InputError
from sos_lang.report import SEVERITY_ORDER, Finding
from sos_lang.rules.model import RecordRule, RuleError, RuleSet, SentenceRule
from sos_lang.settings import load_yaml

READING_AGE_RULE = "plain.reading-age-above-target"


@dataclass(frozen=True)
class RecordType:
    name: str
    title: str
    why: str
    source: str
    names: tuple[str, ...]
    checks: tuple[str, ...]
    disable: tuple[str, ...]
    override: Mapping[str, Any]
    reading_age: float | None
    fail_on: str


def _normal(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name).strip().lower()


def _config(config_path: str | None) -> dict[str, Any]:
    from sos_lang.rules.config import read_config

    return read_config(Path(config_path)) if config_path else {}


@functools.lru_cache(maxsize=8)
def record_types(config_path: str | None = None) -> dict[str, RecordType]:
    """The record types, with a local config's changes to reading_age and fail_on."""
    raw = load_yaml("record_types.yaml")["record_types"]
    changes = _config(config_path).get("record_types", {})
    where = config_path or "sos_lang/data/record_types.yaml"
    if not isinstance(changes, dict) or set(changes) - set(raw):
        raise RuleError(f"{where}: setting 'record_types': only these types can be changed: "
                        f"{', '.join(raw)}")
    types = {}
    for name, fields in raw.items():
        local = changes.get(name, {})
        unknown = set(local) - {"reading_age", "fail_on"}
        if unknown:
            raise RuleError(f"{where}: record type '{name}': field(s) {sorted(unknown)} cannot "
                            "be changed (reading_age, fail_on)")
        fail_on = local.get("fail_on", fields.get("fail_on", "error"))
        if fail_on not in SEVERITY_ORDER and fail_on != "never":
            raise RuleError(f"{where}: record type '{name}': field 'fail_on': must be info, "
                            "warning, error or never")
        reading_age = local.get("reading_age", fields.get("reading_age"))
        if reading_age is not None and not isinstance(reading_age, int | float):
            raise RuleError(f"{where}: record type '{name}': field 'reading_age': must be a "
                            "number")
        types[name] = RecordType(
            name=name, title=fields["title"], why=fields["why"], source=fields["source"],
            names=tuple(fields.get("names", ())), checks=tuple(fields.get("checks", ())),
            disable=tuple(fields.get("disable", ())), override=fields.get("override", {}),
            reading_age=reading_age, fail_on=fail_on)
    return types


@functools.lru_cache(maxsize=8)
def _names(config_path: str | None) -> dict[str, str]:
    types = record_types(config_path)
    names = {_normal(name): type_.name for type_ in types.values() for name in
             (type_.name, *type_.names)}
    local = _config(config_path).get("record_type_names", {})
    if not isinstance(local, dict) or any(value not in types for value in local.values()):
        raise RuleError(f"{config_path}: setting 'record_type_names': must map names to one "
                        f"of {', '.join(types)}")
    names.update({_normal(name): value for name, value in local.items()})
    return names


def type_for_name(name: str | None, config_path: str | None = None) -> str | None:
    """The record type an export's free-text type names (None when it names none)."""
    return _names(config_path).get(_normal(name)) if name else None


def resolve(name: str | None, config_path: str | None = None) -> RecordType | None:
    """The record type given by name (a type or one of its names), or InputError."""
    if name is None:
        return None
    found = type_for_name(name, config_path)
    if found is None:
        raise InputError(f"unknown record type {name[:60]!r}; the types are "
                         f"{', '.join(record_types(config_path))}")
    return record_types(config_path)[found]


@functools.lru_cache(maxsize=1)
def _type_checks() -> dict[str, SentenceRule | RecordRule]:
    from sos_lang.rules.loader import parse_rules

    rules = parse_rules(load_yaml("record_type_checks.yaml"),
                        "sos_lang/data/record_type_checks.yaml")
    return {rule.rule_id: rule for rule in rules}


def type_checks() -> tuple[SentenceRule | RecordRule, ...]:
    """The checks only record types use (their examples are tested like every rule's)."""
    return tuple(_type_checks().values())


@functools.lru_cache(maxsize=32)
def rules_for(config_path: str | None, record_type: str | None) -> RuleSet:
    """The rules in force for a record type, after the local config."""
    from sos_lang.rules.config import active_rules, change_rules

    base = active_rules(config_path)
    if record_type is None:
        return base
    type_ = record_types(config_path)[record_type]
    checks = _type_checks()
    missing = [rule_id for rule_id in type_.checks if rule_id not in checks]
    if missing:
        raise RuleError(f"record type '{record_type}': no such check(s) {missing}")
    return change_rules(base, f"record type '{record_type}'",
                        extra=[checks[rule_id] for rule_id in type_.checks],
                        overrides=dict(type_.override), disable=type_.disable, strict=False)


def term_findings_in_force(findings: Sequence[Finding], rules: RuleSet) -> list[Finding]:
    """Term findings as the rule set has them: the pipeline matches with the config's
    vocabulary, and a record type may switch an entry off or regrade it."""
    severities = _severities(rules)
    kept = []
    for finding in findings:
        if finding.kind in ("deficit", "jargon"):
            severity = severities.get(finding.rule_id)
            if severity is None:
                continue
            if severity != finding.severity:
                finding = replace(finding, severity=severity)
        kept.append(finding)
    return kept


@functools.lru_cache(maxsize=32)
def _severities(rules: RuleSet) -> dict[str, str]:
    return {entry.rule_id: entry.severity for entry in rules.lexicon.entries}


def target_findings(metrics: Mapping[str, float], record_type: RecordType) -> list[Finding]:
    """The type's targets as findings of the whole record: the reading age."""
    target, age = record_type.reading_age, metrics.get("reading_age", 0.0)
    if target is None or not metrics.get("words") or age <= target:
        return []
    return [Finding(rule_id=READING_AGE_RULE, kind="plain", subtype="reading-age", start=0,
                    end=0, text="", severity="warning",
                    message=f"Reads at about age {age:.0f}; a {record_type.title.lower()} "
                            f"should read at about age {target:g} or below.",
                    alternatives=["Shorter sentences (15-20 words) and everyday words: "
                                  "'before' for 'prior to', 'help' for 'support package'."])]
