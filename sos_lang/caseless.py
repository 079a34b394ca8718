"""Case-insensitive regular expressions run as case-sensitive ones on lower-cased text.

CPython's ``re`` is several times slower with IGNORECASE: it folds every character it
compares and cannot skip ahead to the pattern's first letters. Lower-casing the text
once and matching a lower-cased pattern finds the same matches at the same offsets
(bulk analysis runs hundreds of these patterns per record, so this is the fast
profile's largest single saving). Two kinds of text take the original IGNORECASE
pattern instead, so that results stay exactly the same: text whose length changes when
lower-cased ("İ" becomes two characters), and text holding one of the characters that
``re`` folds together with another beyond plain lower case ("ı" with "i", "ſ" with "s",
Greek and Cyrillic letter variants).
"""

from __future__ import annotations

import functools
import re

from sos_lang.regex_cache import compile as _compile

_INLINE_IGNORECASE = "(?i)"
_EXTRA_FOLDS = re.compile(
    "[\u00b5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0"
    "\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434"
    "\u043e\u0441\u0442\u044a\u0463\u1c80-\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b"
    "\ufb05\ufb06]")
"""The characters CPython's ``re`` matches case-insensitively with a character other than
their lower case (its table of extra cases, ``re._casefix``)."""
_UNSAFE = ("(?-i", "\\N{", "(?P=")
"""Constructs whose meaning lower-casing could change; patterns with them keep IGNORECASE."""
_NAMED_GROUP = re.compile(r"\(\?P<([^>]*)>")
"""A named group's opening: lowered_pattern keeps its ``P``; a name that lowering would
change keeps the pattern's IGNORECASE (its callers read groups by name)."""


def lower_case_is_faithful(text: str, lowered: str) -> bool:
    """Whether matching on ``lowered`` (text.lower()) finds what IGNORECASE finds in text,
    at the same offsets; substring tests on it are then safe too."""
    return lowered.isascii() or (len(lowered) == len(text) and not _EXTRA_FOLDS.search(text))


_ESCAPE = re.compile(r"(\\.)", re.DOTALL)
"""An escape: a backslash and the character after it (kept by re.split, at odd indices)."""


def lowered_pattern(pattern: str) -> str:
    """The pattern with its letters lower-cased, except the letter of each escape
    (``\\W``, ``\\S``, ``\\B``, ``\\D``, ``\\A``, ``\\Z`` keep their meaning). The runs
    between escapes are lowered whole, not character by character (hundreds of patterns are
    lowered in every process); a capital sigma is lowered as it is alone (σ), as str.lower
    writes ς for one that ends a word."""
    parts = _ESCAPE.split(pattern)
    parts[::2] = [run.replace("\u03a3", "\u03c3").lower().replace("(?p<", "(?P<")
                  for run in parts[::2]]
    return "".join(parts)


def lowers_faithfully(pattern: str) -> bool:
    """Whether lowered_pattern(pattern) on lower-cased text means pattern with IGNORECASE:
    no construct of _UNSAFE, and each named group's name (and its ``(?P<``) written as
    lowering keeps it (the passive rule's ``(?P<adverbs>``, searched in every sentence)."""
    if any(mark in pattern for mark in _UNSAFE):
        return False
    if "(?P<" not in pattern:
        return True
    return "(?p<" not in pattern and all(name == name.lower()
                                         for name in _NAMED_GROUP.findall(pattern))


_SCOPED_IGNORECASE = re.compile(r"\(\?[aiLmsux-]*i")


def ascii_matching_is_faithful(text: str) -> bool:
    """Whether a pattern's ascii_twin finds in text exactly what the pattern finds: the text
    is all ASCII (a constant-time test) and holds none of the four information separators
    (\\x1c-\\x1f), which Unicode counts as whitespace (``\\s``) and ASCII does not."""
    # four substring tests (each a memchr in C) rather than a regex search: this is asked
    # before every search of a caseless pattern, and the call cost more than the scan
    return text.isascii() and not ("\x1c" in text or "\x1d" in text or "\x1e" in text
                                   or "\x1f" in text)


def ascii_twin(regex: re.Pattern[str]) -> re.Pattern[str]:
    """regex compiled with re.ASCII, for text where ascii_matching_is_faithful: there
    ``\\w``, ``\\b``, ``\\d`` and ``\\s`` mean what they mean in Unicode, and ``re`` tests
    them in a table instead of calling Python's Unicode database for every character
    (every ``\\b`` of a pattern tried at every position of a sentence). regex itself where
    that could change a match: a pattern with a non-ASCII letter that ignores case (the
    Kelvin sign matches k), or one that does not compile so. Compiled once per process
    (regex_cache keeps each pattern it has built), so no cache of its own is needed."""
    if not regex.pattern.isascii() and (regex.flags & re.IGNORECASE
                                        or _SCOPED_IGNORECASE.search(regex.pattern)):
        return regex
    try:
        return _compile(regex.pattern, (regex.flags & ~re.UNICODE) | re.ASCII)
    except (re.error, ValueError):  # ValueError: an inline (?u)
        return regex


class CaselessPattern:
    """A case-insensitive pattern; ``search`` takes the text and, if known, its lower case.
    Text that is plain ASCII is searched with the lowered pattern's ascii_twin (every
    pattern: the twin is compiled once per machine by regex_cache, and each ``\\b`` and
    ``\\w`` test then reads a table instead of Python's Unicode database)."""

    __slots__ = ("_folding", "_lowered", "_twin", "pattern")

    def __init__(self, pattern: str) -> None:
        if pattern.startswith(_INLINE_IGNORECASE):
            pattern = pattern[len(_INLINE_IGNORECASE):]
        self.pattern = pattern
        self._lowered = (_compile(lowered_pattern(pattern)) if lowers_faithfully(pattern)
                         else None)
        # The IGNORECASE pattern serves only the rare text that lower-casing would change,
        # and compiling it costs more than the lowered one (hundreds of patterns, compiled
        # in every process), so it is compiled when first needed.
        self._folding = _compile(pattern, re.IGNORECASE) if self._lowered is None else None
        # the lowered pattern's ascii_twin, kept here when first needed: looking it up in
        # ascii_twin's cache on every search hashed the whole compiled pattern each time
        self._twin: re.Pattern[str] | None = None

    @property
    def lowered_regex(self) -> re.Pattern[str] | None:
        """The pattern as run on lower-cased text, for a caller that has checked
        lower_case_is_faithful once for many patterns; None when the pattern always keeps
        IGNORECASE."""
        return self._lowered

    def _folding_pattern(self) -> re.Pattern[str]:
        if self._folding is None:
            self._folding = _compile(self.pattern, re.IGNORECASE)
        return self._folding

    def _pick(self, text: str, lowered: str | None) -> tuple[re.Pattern[str], str]:
        if self._lowered is None:
            return self._folding_pattern(), text
        if lowered is None:
            lowered = text.lower()
        if not lower_case_is_faithful(text, lowered):
            return self._folding_pattern(), text
        if ascii_matching_is_faithful(lowered):
            if self._twin is None:
                self._twin = ascii_twin(self._lowered)
            return self._twin, lowered
        return self._lowered, lowered

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """The first match, with offsets into text."""
        pattern, haystack = self._pick(text, lowered)
        return pattern.search(haystack)

    def finditer(self, text: str, lowered: str | None = None) -> list[re.Match[str]]:
        """Every match, with offsets into text."""
        pattern, haystack = self._pick(text, lowered)
        return list(pattern.finditer(haystack))


@functools.lru_cache(maxsize=4096)
def caseless(pattern: str) -> CaselessPattern:
    """The compiled CaselessPattern for a pattern string, built once."""
    return CaselessPattern(pattern)


GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?\(|\(\?P")
"""A backreference by number, a conditional group or a named group: meanings an
alternation of several patterns would change (numbers shift, names clash)."""


def alternation(patterns: tuple[str, ...]) -> CaselessPattern | None:
    """One case-insensitive pattern that matches a text wherever one of patterns matches it,
    so that "does any of them match?" is one pass over the text instead of one per pattern;
    None when a pattern refers to its own groups or does not compile inside the alternation."""
    if any(GROUP_REFERENCE.search(pattern) for pattern in patterns):
        return None
    stripped = (pattern.removeprefix(_INLINE_IGNORECASE) for pattern in patterns)
    try:
        return caseless("|".join(f"(?:{pattern})" for pattern in stripped))
    except re.error:
        return None


def declared_pattern(pattern: str) -> CaselessPattern | re.Pattern[str]:
    """A pattern declared in a data file: case-insensitive when it starts with ``(?i)``."""
    if pattern.startswith(_INLINE_IGNORECASE):
        return caseless(pattern)
    return re.compile(pattern)
