"""Where a literal is mentioned in a long text, without a search of the whole text per literal.

Every mention of a found name, school or handle is searched for again across the record;
a long record finds thousands of them, and a whole-text search for each (or one
alternation of them all, which tries every name at every position) grows with the square
of the record's length. These searches all share a shape: the literal starts with a word
character and no word character may stand just before it, so a match can start only where
a run of word characters starts, and that run is the literal's own first run (the literal
either ends inside the run, where the pattern forbids a word character after it, or goes
on with a character that is no word character). So the text's runs are indexed once, by
their text (or by their case fold, exactly as ``re.IGNORECASE`` compares characters), and
each literal's pattern is tried only where its first run stands: the same matches as
``finditer``.
"""

from __future__ import annotations

import _sre  # the case mapping re.IGNORECASE uses
import functools
import re
from collections.abc import Iterable
from re._casefix import _EXTRA_CASES  # characters re.IGNORECASE also treats as one

_RUN = re.compile(r"\w+")
# Texts this long or longer are indexed (the same matches as a search; below it a search
# per literal costs less than the index). Tests set it to 0 to index every text.
INDEX_FROM = 20_000


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lower = _sre.unicode_tolower(ord(char))
    return chr(min((lower, *_EXTRA_CASES.get(lower, ()))))


def fold(word: str) -> str:
    """The word with each character replaced by one representative of the characters
    ``re.IGNORECASE`` takes for it (its simple lower case, then the least of the extra
    equivalents re knows: s and long s, k and the Kelvin sign)."""
    if word.isascii():
        return word.lower()  # an ASCII letter is the least of its class
    return "".join(_fold_char(char) for char in word)


class RunIndex:
    """Where each run of word characters of a text starts, by the run and by its fold."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.exact: dict[str, list[int]] = {}
        self.folded: dict[str, list[int]] = {}
        for match in _RUN.finditer(text):
            run = match.group()
            self.exact.setdefault(run, []).append(match.start())
            self.folded.setdefault(fold(run), []).append(match.start())

    def starts(self, first_run: str, ignore_case: bool) -> list[int]:
        """Where a run that may open a match of a literal with this first run starts."""
        if ignore_case:
            return self.folded.get(fold(first_run), [])
        return self.exact.get(first_run, [])


@functools.lru_cache(maxsize=2)
def run_index(text: str) -> RunIndex:
    """The text's run index, built once for the several finders that read one text."""
    return RunIndex(text)


def first_run(literal: str) -> str | None:
    """The literal's first run of word characters, if the literal starts with one."""
    match = _RUN.match(literal)
    return match.group() if match else None


def literal_matches(text: str, regex: re.Pattern[str], literal: str) -> list[re.Match[str]]:
    """``list(regex.finditer(text))`` for a regex that is ``literal`` (escaped, with the
    regex's own case flag) between a lookbehind that refuses a word character and any
    lookahead: tried only where the literal's first run stands, left to right, each try
    after the last match's end (as finditer resumes). A literal that does not start with a
    word character gets the plain finditer."""
    run = first_run(literal)
    if run is None:
        return list(regex.finditer(text))
    matches: list[re.Match[str]] = []
    resume = 0
    for start in run_index(text).starts(run, bool(regex.flags & re.IGNORECASE)):
        if start < resume:
            continue
        match = regex.match(text, start)
        if match is not None:
            matches.append(match)
            resume = max(match.end(), start + 1)
    return matches


def alternation_matches(text: str, regex: re.Pattern[str], literals: Iterable[str],
                        literal_regex: dict[str, re.Pattern[str]]) -> list[re.Match[str]] | None:
    """``list(regex.finditer(text))`` for an alternation of literals (in ``literals``'
    order, each with a word character first, and ``literal_regex`` each alone between the
    alternation's own lookarounds and flags): at each run start, the literals with that
    first run are tried in the alternation's order and the first that matches is its
    match, as re tries the alternatives. None when some literal does not start with a
    word character (the caller then searches as before)."""
    ignore_case = bool(regex.flags & re.IGNORECASE)
    by_run: dict[str, list[str]] = {}
    for literal in literals:
        run = first_run(literal)
        if run is None:
            return None
        by_run.setdefault(fold(run) if ignore_case else run, []).append(literal)
    index = run_index(text)
    table = index.folded if ignore_case else index.exact
    starts: list[tuple[int, list[str]]] = []
    for key, wanted in by_run.items():
        starts += [(start, wanted) for start in table.get(key, [])]
    starts.sort(key=lambda pair: pair[0])
    matches: list[re.Match[str]] = []
    resume = 0
    for start, wanted in starts:
        if start < resume:
            continue
        for literal in wanted:  # in the alternation's order
            match = literal_regex[literal].match(text, start)
            if match is not None:
                matches.append(match)
                resume = max(match.end(), start + 1)
                break
    return matches
