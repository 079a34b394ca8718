"""Local vocabulary: add, disable, override or allow entries without editing the package.

A config is TOML: ``sos-lang.toml`` in the working directory, ``[tool.sos_lang]``
in a ``pyproject.toml`` there, or a file named with ``--config``::

    lexicon_files = ["our-terms.yaml"]   # extra vocabulary files, same format
    disable = ["jargon.care-case"]            # rule ids (or entry ids) to switch off
    allow = ["CAMHS"]                    # words this authority accepts: never flagged

    [override."jargon.care-contact"]          # change fields of a packaged entry
    severity = "info"
    alternatives = ["family time", "time with Dad"]

An entry in an extra file with the same vocabulary and id as a packaged one
replaces it.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from pathlib import Path
from typing import Any

from sos_lang.lexicon.loader import Lexicon, default_lexicon, load_lexicon, load_vocabulary_file
from sos_lang.lexicon.schema import SEVERITIES, Entry, LexiconError

CONFIG_FILE_NAME = "sos-lang.toml"
_OVERRIDABLE = {"alternatives", "severity", "note", "exceptions", "source"}


def find_config(explicit: str | Path | None = None, directory: Path | None = None) -> Path | None:
    """The config in force: the explicit path, else sos-lang.toml or a pyproject.toml section."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise LexiconError(f"{path}: config file not found")
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
        raise LexiconError(f"{path}: cannot be read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: is not valid TOML ({exc})") from exc


def read_config(path: Path) -> dict[str, Any]:
    """The sos_lang settings in a config file ([tool.sos_lang] in a pyproject.toml)."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("sos_lang", {})
    unknown = sorted(set(data) - {"lexicon_files", "disable", "allow", "override"})
    if unknown:
        raise LexiconError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    return data


def _string_list(config: dict[str, Any], key: str, path: Path) -> list[str]:
    value = config.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise LexiconError(f"{path}: setting '{key}': must be a list of strings")
    return value


def _override(entry: Entry, changes: dict[str, Any], path: Path) -> Entry:
    unknown = sorted(set(changes) - _OVERRIDABLE)
    if unknown:
        raise LexiconError(f"{path}: override of '{entry.rule_id}': field(s) {unknown} cannot "
                           f"be overridden (allowed: {', '.join(sorted(_OVERRIDABLE))})")
    if "severity" in changes and changes["severity"] not in SEVERITIES:
        raise LexiconError(f"{path}: override of '{entry.rule_id}': field 'severity': must be "
                           f"one of {', '.join(SEVERITIES)}")
    values = {key: tuple(value) if isinstance(value, list) else value
              for key, value in changes.items()}
    return dataclasses.replace(entry, **values, origin=f"{entry.origin} (overridden in {path})")


def apply_config(base: Lexicon, path: Path) -> Lexicon:
    """The lexicon with a config's extra files, overrides, disabled rules and allowed words."""
    config = read_config(path)
    entries = {entry.rule_id: entry for entry in base.entries}
    for name in _string_list(config, "lexicon_files", path):
        extra = (path.parent / name).resolve()
        for entry in load_vocabulary_file(extra):
            entries[entry.rule_id] = entry
    overrides = config.get("override", {})
    if not isinstance(overrides, dict):
        raise LexiconError(f"{path}: setting 'override': must be a table of rule ids")
    for rule_id, changes in overrides.items():
        if rule_id not in entries:
            raise LexiconError(f"{path}: override of '{rule_id}': no such rule")
        entries[rule_id] = _override(entries[rule_id], changes, path)
    for rule_id in _string_list(config, "disable", path):
        matches = [key for key, entry in entries.items() if rule_id in (key, entry.id)]
        if not matches:
            raise LexiconError(f"{path}: setting 'disable': no rule '{rule_id}'")
        for key in matches:
            del entries[key]
    allowed = frozenset(word.lower() for word in _string_list(config, "allow", path))
    return Lexicon(entries=tuple(entries.values()), allowed=base.allowed | allowed,
                   config_path=str(path))


@functools.lru_cache(maxsize=8)
def lexicon_with_overrides(config_path: str) -> Lexicon:
    """The packaged lexicon with a local config applied, loaded once per path."""
    return apply_config(load_lexicon(), Path(config_path))


def active_lexicon(config_path: str | None = None) -> Lexicon:
    """The lexicon in force: packaged, or with the local config at config_path applied."""
    return lexicon_with_overrides(config_path) if config_path else default_lexicon()
