"""The lexicon entry schema and its validation, with errors that name file, entry and field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

VOCABULARY_SUBTYPES: dict[str, tuple[str, ...]] = {
    "deficit": ("label", "compliance", "doubt", "blame", "vague"),
    "jargon": ("care_jargon", "acronym", "complex"),
    "strengths": ("strength", "safety"),
}
"""Subtypes per vocabulary, exactly as in the labelling guide (section 3)."""

SEVERITIES = ("info", "warning", "error")
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class LexiconError(ValueError):
    """A malformed lexicon file; the message names the file, the entry and the field."""


@dataclass(frozen=True)
class Examples:
    """Sentences in which an entry must and must not flag."""

    flag: tuple[str, ...]
    no_flag: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One vocabulary entry: the forms to match, why, and what to write instead."""

    vocabulary: str
    id: str
    subtype: str
    terms: tuple[str, ...]
    alternatives: tuple[str, ...]
    note: str
    source: str
    severity: str
    examples: Examples
    exceptions: tuple[str, ...] = ()
    case_sensitive: bool = False
    detail_may_follow: bool = False
    """Vague only when nothing concrete follows: not flagged when the rest of the sentence
    (after a colon, a dash, because, e.g. ...) or the next sentence holds a concrete detail
    (data/concrete_detail.yaml)."""
    expansion: str | None = None
    rewrite: dict[str, str] = field(default_factory=dict)
    origin: str = ""

    @property
    def rule_id(self) -> str:
        """The id used in findings: vocabulary and entry id."""
        return f"{self.vocabulary}.{self.id}"

    @property
    def safe_to_rewrite(self) -> bool:
        return bool(self.rewrite)


def _fail(origin: str, entry_id: str, field_name: str, problem: str) -> LexiconError:
    return LexiconError(f"{origin}: entry '{entry_id}': field '{field_name}': {problem}")


def _string_list(raw: dict[str, Any], name: str, origin: str, entry_id: str,
                 required: bool = True) -> tuple[str, ...]:
    value = raw.get(name)
    if value is None:
        if required:
            raise _fail(origin, entry_id, name, "is missing")
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip()
                                              for item in value):
        raise _fail(origin, entry_id, name, "must be a list of non-empty strings")
    if required and not value:
        raise _fail(origin, entry_id, name, "must not be empty")
    return tuple(item.strip() for item in value)


def _text(raw: dict[str, Any], name: str, origin: str, entry_id: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        raise _fail(origin, entry_id, name, "must be a non-empty string")
    return value.strip()


def parse_entry(raw: Any, vocabulary: str, origin: str, position: int) -> Entry:
    """Check one raw YAML mapping and build an Entry from it."""
    if not isinstance(raw, dict):
        raise LexiconError(f"{origin}: entry #{position + 1}: must be a mapping of fields")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID_PATTERN.match(entry_id):
        raise LexiconError(f"{origin}: entry #{position + 1}: field 'id': must be lower-case "
                           f"letters, digits and hyphens (got {entry_id!r})")
    subtype = raw.get("subtype")
    allowed = VOCABULARY_SUBTYPES[vocabulary]
    if subtype not in allowed:
        raise _fail(origin, entry_id, "subtype", f"must be one of {', '.join(allowed)} "
                    f"(got {subtype!r})")
    severity = raw.get("severity", "warning")
    if severity not in SEVERITIES:
        raise _fail(origin, entry_id, "severity", f"must be one of {', '.join(SEVERITIES)}")
    exceptions = _string_list(raw, "exceptions", origin, entry_id, required=False)
    for pattern in exceptions:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(origin, entry_id, "exceptions", f"bad regex {pattern!r}: {exc}") from exc
    detail_may_follow = raw.get("detail_may_follow", False)
    if not isinstance(detail_may_follow, bool):
        raise _fail(origin, entry_id, "detail_may_follow", "must be true or false")
    examples = raw.get("examples")
    if not isinstance(examples, dict):
        raise _fail(origin, entry_id, "examples", "must have 'flag' and 'no_flag' lists")
    flag = _string_list(examples, "flag", origin, entry_id)
    no_flag = _string_list(examples, "no_flag", origin, entry_id)
    terms = _string_list(raw, "terms", origin, entry_id)
    rewrite = raw.get("rewrite") or {}
    if not isinstance(rewrite, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                for k, v in rewrite.items()):
        raise _fail(origin, entry_id, "rewrite", "must map each term form to its replacement")
    unknown = sorted(set(rewrite) - set(terms))
    if unknown:
        raise _fail(origin, entry_id, "rewrite", f"forms not listed in terms: {unknown}")
    expansion = raw.get("expansion")
    if subtype == "acronym" and (not isinstance(expansion, str) or not expansion.strip()):
        raise _fail(origin, entry_id, "expansion", "an acronym must say what it stands for")
    return Entry(
        vocabulary=vocabulary,
        id=entry_id,
        subtype=subtype,
        terms=terms,
        alternatives=_string_list(raw, "alternatives", origin, entry_id),
        note=_text(raw, "note", origin, entry_id),
        source=_text(raw, "source", origin, entry_id),
        severity=severity,
        examples=Examples(flag=flag, no_flag=no_flag),
        exceptions=exceptions,
        case_sensitive=bool(raw.get("case_sensitive", subtype == "acronym")),
        detail_may_follow=detail_may_follow,
        expansion=expansion.strip() if isinstance(expansion, str) else None,
        rewrite=dict(rewrite),
        origin=origin,
    )
