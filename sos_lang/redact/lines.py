"""Where lines and sentences start: the layout cues the name finders read."""

from __future__ import annotations

import re


def line_start(text: str, position: int) -> int:
    """Where the line holding position starts."""
    return text.rfind("\n", 0, position) + 1


def line_at(text: str, position: int) -> str:
    """The line holding position, without its line break."""
    end = text.find("\n", position)
    return text[line_start(text, position):end if end >= 0 else len(text)]


_TITLE_CASE = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]")


def in_lower_case_line(text: str, position: int) -> bool:
    """Whether the line holding position is a shorthand note: it has letters and no word
    with a capital first letter (codes in capitals, NI, GX71 WBE, do not count)."""
    line = line_at(text, position)
    return line != line.upper() and _TITLE_CASE.search(line) is None


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding position starts (after . ! ? or a line break)."""
    cut = max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "\n"))
    start = cut + 1 if cut >= 0 else 0
    while start < position and text[start].isspace():
        start += 1
    return start
