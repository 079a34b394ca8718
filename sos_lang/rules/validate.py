"""Field checks shared by every rule file; each error names the file, the entry and the field."""

from __future__ import annotations

import re
from typing import Any

from sos_lang.rules.model import SEVERITIES, Examples, RuleError


def fail(origin: str, entry_id: str, field_name: str, problem: str) -> RuleError:
    return RuleError(f"{origin}: entry '{entry_id}': field '{field_name}': {problem}")


def string_list(raw: dict[str, Any], name: str, origin: str, entry_id: str,
                required: bool = True) -> tuple[str, ...]:
    """A list of non-empty strings (a single string counts as a list of one)."""
    value = raw.get(name)
    if value is None:
        if required:
            raise fail(origin, entry_id, name, "is missing")
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip()
                                              for item in value):
        raise fail(origin, entry_id, name, "must be a list of non-empty strings")
    if required and not value:
        raise fail(origin, entry_id, name, "must not be empty")
    return tuple(item.strip() for item in value)


def text(raw: dict[str, Any], name: str, origin: str, entry_id: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        raise fail(origin, entry_id, name, "must be a non-empty string")
    return value.strip()


def severity(raw: dict[str, Any], origin: str, entry_id: str, default: str | None = None) -> str:
    value = raw.get("severity", default)
    if value not in SEVERITIES:
        raise fail(origin, entry_id, "severity", f"must be one of {', '.join(SEVERITIES)}")
    return value


def flag(raw: dict[str, Any], name: str, origin: str, entry_id: str) -> bool:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise fail(origin, entry_id, name, "must be true or false")
    return value


def count(raw: dict[str, Any], name: str, origin: str, entry_id: str) -> int | None:
    value = raw.get(name)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                              or value < 0):
        raise fail(origin, entry_id, name, "must be a whole number, 0 or more")
    return value


def examples(raw: dict[str, Any], origin: str, entry_id: str) -> Examples:
    value = raw.get("examples")
    if not isinstance(value, dict):
        raise fail(origin, entry_id, "examples", "must have 'flag' and 'no_flag' lists")
    return Examples(flag=string_list(value, "flag", origin, entry_id),
                    no_flag=string_list(value, "no_flag", origin, entry_id))


def regexes(raw: dict[str, Any], name: str, origin: str, entry_id: str) -> tuple[str, ...]:
    """A list of regular expressions, each checked to compile."""
    patterns = string_list(raw, name, origin, entry_id, required=False)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise fail(origin, entry_id, name, f"bad regex {pattern!r}: {exc}") from exc
    return patterns
