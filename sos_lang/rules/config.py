"""Local config: add, disable, override or allow rules without editing the package.

A config is TOML: ``sos-lang.toml`` in the working directory, ``[tool.sos_lang]``
in a ``pyproject.toml`` there, or a file named with ``--config``::

    lexicon_files = ["our-terms.yaml"]   # extra vocabulary files, same format
    disable = ["jargon.care-case", "plain.passive"]   # rule ids (or entry ids) to switch off
    allow = ["CAMHS"]                    # words this authority accepts: never flagged

    [override."jargon.care-contact"]          # change fields of a packaged rule
    severity = "info"
    alternatives = ["family time", "time with Dad"]

    [override."structure.*"]             # a rule id with * or ? names every rule it matches
    severity = "info"

``disable`` and ``override`` apply to rules of every scope (term, sentence, record);
``allow`` names words, so it applies to term rules. An entry in an extra file with the
same vocabulary and id as a packaged one replaces it.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sos_lang.lexicon.loader import Lexicon, default_lexicon, load_lexicon, load_vocabulary_file
from sos_lang.lexicon.schema import Entry
from sos_lang.rules import validate
from sos_lang.rules.checks import packaged_checks
from sos_lang.rules.model import SEVERITIES, RecordRule, Rule, RuleError, RuleSet, SentenceRule

CONFIG_FILE_NAME = "sos-lang.toml"


def find_config(explicit: str | Path | None = None, directory: Path | None = None) -> Path | None:
    """The config in force: the explicit path, else sos-lang.toml or a pyproject.toml section."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise RuleError(f"{path}: config file not found")
        return path
    directory = directory or Path.cwd()
    own = directory / CONFIG_FILE_NAME
    if own.is_file():
        return own
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file() and "sos_lang" in _read_toml(pyproject).get("tool", {}):
        return pyproject
    return None


def config_path_in_force(explicit: str | Path | None = None) -> str | None:
    """find_config() as the string the pipeline and analysis take (None: packaged only)."""
    found = find_config(explicit)
    return str(found) if found else None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{path}: cannot be read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: is not valid TOML ({exc})") from exc


def read_config(path: Path) -> dict[str, Any]:
    """The sos_lang settings in a config file ([tool.sos_lang] in a pyproject.toml)."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("sos_lang", {})
    unknown = sorted(set(data) - {"lexicon_files", "disable", "allow", "override",
                                  "record_types", "record_type_names"})
    if unknown:
        raise RuleError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    return data


def _string_list(config: dict[str, Any], key: str, path: Path) -> list[str]:
    value = config.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RuleError(f"{path}: setting '{key}': must be a list of strings")
    return value


def _override(rule: Rule, changes: Any, path: Path) -> Rule:
    where = f"{path}: override of '{rule.rule_id}'"
    if not isinstance(changes, dict):
        raise RuleError(f"{where}: must be a table of fields")
    unknown = sorted(set(changes) - rule.overridable)
    if unknown:
        raise RuleError(f"{where}: field(s) {unknown} cannot be overridden (allowed: "
                        f"{', '.join(sorted(rule.overridable))})")
    if "severity" in changes and changes["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: field 'severity': must be one of {', '.join(SEVERITIES)}")
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key in ("alternatives", "exceptions"):
            value = (validate.regexes if key == "exceptions" else validate.string_list)(
                changes, key, str(path), rule.rule_id)
        elif key != "severity":
            value = validate.text(changes, key, str(path), rule.rule_id)
        values["message" if key == "note" else key] = value
    if isinstance(rule, Entry) and values.get("exceptions") and "other_sense" not in rule.context:
        values["context"] = (*rule.context, "other_sense")
    return dataclasses.replace(rule, **values, origin=f"{rule.origin} (overridden in {path})")


def _matching(rules: dict[str, Rule], name: str) -> list[str]:
    """The ids of the rules a config names: a rule id, an entry id, or a pattern with * or ?."""
    if any(mark in name for mark in "*?["):
        return [key for key in rules if fnmatch.fnmatchcase(key, name)]
    return [key for key, rule in rules.items()
            if name == key or (isinstance(rule, Entry) and name == rule.id)]


def apply_config(base: RuleSet, path: Path) -> RuleSet:
    """The rules with a config's extra files, overrides, disabled rules and allowed words."""
    config = read_config(path)
    extra = [entry for name in _string_list(config, "lexicon_files", path)
             for entry in load_vocabulary_file((path.parent / name).resolve())]
    overrides = config.get("override", {})
    if not isinstance(overrides, dict):
        raise RuleError(f"{path}: setting 'override': must be a table of rule ids")
    allowed = frozenset(word.lower() for word in _string_list(config, "allow", path))
    return change_rules(base, path, extra=extra, overrides=overrides,
                        disable=_string_list(config, "disable", path), allowed=allowed)


def change_rules(base: RuleSet, where: Path | str, extra: Sequence[Rule] = (),
                 overrides: dict[str, Any] | None = None, disable: Sequence[str] = (),
                 allowed: frozenset[str] = frozenset(), strict: bool = True) -> RuleSet:
    """The rules with extra rules added (the same id replaces), overrides, disabled rules and
    allowed words: what a local config and a record type (record_types.py) both do. With
    ``strict``, a name in ``disable`` that matches no rule is an error."""
    rules: dict[str, Rule] = {rule.rule_id: rule for rule in base.rules}
    for rule in extra:
        rules[rule.rule_id] = rule
    for name, changes in (overrides or {}).items():
        keys = _matching(rules, name)
        if not keys:
            raise RuleError(f"{where}: override of '{name}': no such rule")
        for key in keys:
            rules[key] = _override(rules[key], changes, Path(where))
    for name in disable:
        keys = _matching(rules, name)
        if not keys and strict:
            raise RuleError(f"{where}: setting 'disable': no rule '{name}'")
        for key in keys:
            del rules[key]
    lexicon = Lexicon(entries=tuple(r for r in rules.values() if isinstance(r, Entry)),
                      allowed=base.lexicon.allowed | allowed,
                      config_path=str(where) if isinstance(where, Path)
                      else base.lexicon.config_path)
    return RuleSet(lexicon=lexicon,
                   sentence_rules=tuple(r for r in rules.values()
                                        if isinstance(r, SentenceRule)),
                   record_rules=tuple(r for r in rules.values() if isinstance(r, RecordRule)))


@functools.lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The packaged rules of every scope, loaded once per process."""
    sentence, record = packaged_checks()
    return RuleSet(lexicon=default_lexicon(), sentence_rules=sentence, record_rules=record)


@functools.lru_cache(maxsize=8)
def rules_with_overrides(config_path: str) -> RuleSet:
    """The packaged rules with a local config applied, loaded once per path."""
    sentence, record = packaged_checks()
    base = RuleSet(lexicon=load_lexicon(), sentence_rules=sentence, record_rules=record)
    return apply_config(base, Path(config_path))


def active_rules(config_path: str | None = None) -> RuleSet:
    """The rules in force: packaged, or with the local config at config_path applied."""
    return rules_with_overrides(config_path) if config_path else default_rules()


def active_lexicon(config_path: str | None = None) -> Lexicon:
    """The term rules in force (what the lexicon matcher uses)."""
    return active_rules(config_path).lexicon
