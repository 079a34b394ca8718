"""Where lines and sentences start: the layout cues the name finders read."""

from __future__ import annotations


def line_start(text: str, position: int) -> int:
    """Where the line holding position starts."""
    return text.rfind("\n", 0, position) + 1


def line_at(text: str, position: int) -> str:
    """The line holding position, without its line break."""
    end = text.find("\n", position)
    return text[line_start(text, position):end if end >= 0 else len(text)]


def in_lower_case_line(text: str, position: int) -> bool:
    """Whether the line holding position has letters and no capitals (a shorthand note)."""
    line = line_at(text, position)
    return line == line.lower() and line != line.upper()


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding position starts (after . ! ? or a line break)."""
    cut = max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "\n"))
    start = cut + 1 if cut >= 0 else 0
    while start < position and text[start].isspace():
        start += 1
    return start
