"""Grouping columns (``--group-cols ethnicity,disability,sex,age_band``) for the equity view.

A grouping column keeps a category per record, never free text: before anything is
analysed every input is read once and a column is refused, with a message naming the
column and the row but never quoting the value, when one of its values looks like free
text or when it has more than ``MAX_GROUP_VALUES`` different values (with those already
in the store). A blank cell is kept as "not recorded" (an empty value), which is a group of
its own in the view.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sos_lang.inputs import InputError

MAX_GROUP_VALUES = 50
"""More different values than this and a column is not a category (an id, a postcode, a date
of birth or notes): it is refused."""
MAX_VALUE_CHARS = 64
"""The longest category kept (the store's column size). "Mixed or Multiple ethnic groups:
White and Black Caribbean", the longest ONS ethnic group, has 58 characters."""
MAX_VALUE_WORDS = 10
"""More words than this is a sentence, not a category."""
MAX_NAME_CHARS = 64
"""The longest grouping column name kept."""
NOT_RECORDED = ""
"""The value kept for a blank cell: shown as "(not recorded)"."""
NOT_RECORDED_LABEL = "(not recorded)"

_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def _missing(cell: Any) -> bool:
    """No cell, or pandas' NaN for an empty one."""
    return cell is None or (isinstance(cell, float) and cell != cell)


def normalise_value(cell: Any) -> str:
    """A cell as a category: whitespace collapsed, blank (or missing) as NOT_RECORDED."""
    if _missing(cell):
        return NOT_RECORDED
    return " ".join(str(cell).split())


def free_text_reason(cell: Any) -> str | None:
    """Why a cell looks like free text rather than a category, or None. Checked on the raw
    cell, so a line break counts before whitespace is collapsed. Never quotes the value."""
    if _missing(cell):
        return None
    raw = str(cell).strip()
    if len(raw) > MAX_VALUE_CHARS:
        return f"{len(raw)} characters (a category has at most {MAX_VALUE_CHARS})"
    if "\n" in raw or "\r" in raw:
        return "a line break"
    words = len(raw.split())
    if words > MAX_VALUE_WORDS:
        return f"{words} words (a category has at most {MAX_VALUE_WORDS})"
    if _SENTENCE_BREAK.search(raw):
        return "more than one sentence"
    return None


def parse_column_names(text: str, option: str = "--group-cols") -> tuple[str, ...]:
    """A comma-separated column option (``--group-cols``, ``--name-cols``) as column names,
    in order, without repeats; a name over MAX_NAME_CHARS is refused."""
    names = tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))
    for name in names:
        if len(name) > MAX_NAME_CHARS:
            raise InputError(f"{option}: a column name over {MAX_NAME_CHARS} characters")
    return names


def check_group_columns(items: Iterable[Any], names: tuple[str, ...],
                        stored: Callable[[str], set[str]] | None = None) -> dict[str, int]:
    """Read every item's grouping values and refuse a column that is not categorical.

    ``items`` carry ``groups`` (column -> the cell as read); ``stored(name)`` gives the
    values already in the store. Returns the number of different values per column;
    raises InputError naming the column and the row.
    """
    values: dict[str, set[str]] = {name: set(stored(name)) if stored else set()
                                   for name in names}
    for item in items:
        if item.error:  # a row that will not be stored keeps no value
            continue
        raw: Mapping[str, Any] = item.groups
        for name in names:
            reason = free_text_reason(raw.get(name))
            if reason:
                raise InputError(
                    f"grouping column {name!r}: the value at {item.source} looks like free "
                    f"text ({reason}); only a category can be kept (ethnicity, disability, "
                    "sex, age band), never notes")
            seen = values[name]
            seen.add(normalise_value(raw.get(name)))
            if len(seen) > MAX_GROUP_VALUES:
                raise InputError(
                    f"grouping column {name!r} has more than {MAX_GROUP_VALUES} different "
                    f"values (the {MAX_GROUP_VALUES + 1}st at {item.source}, counting those "
                    "already in the store): it is not a category. Band it first (an age as "
                    "age bands), or leave it out of --group-cols")
    return {name: len(found) for name, found in values.items()}
