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


_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _lower_case(stretch: str) -> bool:
    """Letters, and no word with a capital first letter (codes in capitals, NI, GX71 WBE,
    do not count)."""
    return stretch != stretch.upper() and _TITLE_CASE.search(stretch) is None


def in_lower_case_line(text: str, position: int) -> bool:
    """Whether position is in a shorthand note: a line in lower case, or a sentence in lower
    case, quotes aside, in a line that has capitals elsewhere ('pc said taylor gave false
    name "Tay Smith"'; "gp rang. shanice francis missed it. Shanice told the nurse")."""
    if _lower_case(line_at(text, position)):
        return True
    return _lower_case(_QUOTED.sub("", text[sentence_start(text, position):
                                            sentence_end(text, position)]))


# Where a clause of a note ends: a punctuation mark, a line break or a spaced dash; a
# bracket, a plus or an ampersand between names does not end one ("kids elin (7) + tomos
# (4)" is one clause).
_CLAUSE_END = re.compile(r"[.,;:!?\n]|[ \t][-–][ \t]")


def in_lower_case_clause(text: str, position: int) -> bool:
    """Whether position is in a clause written in lower case, in a line that has capitals
    elsewhere (a note's field, a name or an acronym beside it): "present: dad Gethin Rees,
    kids elin (7) + tomos (4)", "DC Okoro rang - seen w/ shilan". A shorthand line is one
    too (see :func:`in_lower_case_line`)."""
    if in_lower_case_line(text, position):
        return True
    line_from = line_start(text, position)
    line = line_at(text, position)
    offset = position - line_from
    start = max((m.end() for m in _CLAUSE_END.finditer(line, 0, offset)), default=0)
    end_match = _CLAUSE_END.search(line, offset)
    end = end_match.start() if end_match else len(line)
    return _lower_case(_QUOTED.sub("", line[start:end]))


def in_lower_case_quote(text: str, position: int) -> bool:
    """Whether position is in a quoted message written in lower case ('Text from Dean:
    "tell jade im sorry"'); quoted speech uses names that are words as words too ("sick of
    being called honey"), so only the first-name finder reads this, with its cues."""
    start = line_start(text, position)
    return any(start + quote.start() < position < start + quote.end()
               and _lower_case(quote.group())
               for quote in _QUOTED.finditer(line_at(text, position)))


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding position starts (after . ! ? or a line break). The marks
    are sought only in the position's line (a line break ends a sentence too): a record
    with no "?" is not read back to its start for each name."""
    line = text.rfind("\n", 0, position)
    cut = max(line, *(text.rfind(mark, max(line, 0), position) for mark in (". ", "! ", "? ")))
    start = cut + 1 if cut >= 0 else 0
    while start < position and text[start].isspace():
        start += 1
    return start


def sentence_end(text: str, position: int) -> int:
    """Where the sentence holding position ends (at . ! ? before a space, or a line break),
    the marks sought only up to the line's end."""
    line = text.find("\n", position)
    limit = line if line >= 0 else len(text)
    ends = [found for found in (text.find(mark, position, limit + 1) for mark in (". ", "! ", "? "))
            if found >= 0 and found < limit]
    return min([*ends, limit])
