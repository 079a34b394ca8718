"""Regular expressions compiled once per machine instead of once per process.

CPython's ``re`` parses and compiles a pattern in Python (``re._parser``, ``re._compiler``)
before handing the resulting opcodes to its C engine. The redaction rules' 76 long patterns
(their fragments expanded) and the lexicon's exception patterns cost about a third of a
second in every fresh process that reaches them: the benchmark's workers, every ``check``
from the command line. ``compile`` keeps what the Python half produces (the opcode list,
the flags the pattern turned on, its group names) in one file under the cache folder and
builds the pattern object from it with ``_sre.compile``, exactly as ``re`` does after
compiling: the same opcodes, so the same matches (a test compares every cached pattern
with ``re.compile``'s). The file is named by the Python version and ``_sre``'s MAGIC, and
a file that cannot be read, or an entry ``_sre`` refuses, falls back to ``re.compile``.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import re
import sys
from pathlib import Path
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from sos_lang.settings import cache_dir, write_cache_file

Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: final flags, opcodes, the number of
groups, group names to numbers and numbers to names."""

_SAVE_EVERY = 64
"""Newly compiled patterns held before the file is written again: worker processes end
without running atexit, so the file is brought up to date as patterns come in (a process
with a complete file writes nothing)."""

_FORM = 3
"""The opcodes' form, in the file's name: 2 adds the first characters of patterns that
open with a zero-width test (_code), 3 those of patterns that open with an optional item,
so a file written before holds none of them."""

_table: dict[tuple[str, int], Parts] | None = None
_made: dict[tuple[str, int], re.Pattern[str]] = {}
_unsaved = 0


def marshal_file(stem: str, form: int) -> Path:
    """A cache file of a table read from patterns, named by this Python's version and re's
    opcodes (``_sre.MAGIC``), so another Python never reads it."""
    return cache_dir() / (f"{stem}-{sys.implementation.cache_tag}-{sys.hexversion:x}-"
                          f"{_sre.MAGIC}-{form}.marshal")


def load_marshalled(path: Path) -> dict[Any, Any]:
    """The table marshalled to path, or an empty one when it is missing or unreadable (the
    caller then reads its patterns again)."""
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            return loaded
    return {}


def cache_file() -> Path:
    """The file of compiled patterns for this Python (its version and re's opcodes)."""
    return marshal_file("regex", _FORM)


def _load() -> dict[tuple[str, int], Parts]:
    global _table
    if _table is None:
        _table = load_marshalled(cache_file())
    return _table


_ZERO_WIDTH = frozenset({_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT})
_AT_START = frozenset({_constants.AT_BEGINNING, _constants.AT_BEGINNING_STRING})
_REPEATS = frozenset({_constants.MAX_REPEAT, _constants.MIN_REPEAT,
                      _constants.POSSESSIVE_REPEAT})


def _first_characters(data: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """The set (as re's charset items) of characters a match of the parsed sequence can
    start with, looking past zero-width tests (\\b, lookarounds) at its start; None when
    it cannot be told (a negated set, any character, a backreference) or when the sequence
    may match without consuming a character. An optional first item adds its first
    characters to those of what follows it."""
    for index, (op, av) in enumerate(data):
        if op is _constants.AT and av in _AT_START:
            return None  # re tries such a pattern at the start alone: nothing to skip
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.LITERAL:
            return [(op, av)]
        if op is _constants.IN:
            return None if any(item[0] is _constants.NEGATE for item in av) else list(av)
        if op is _constants.BRANCH:
            found: list[tuple[Any, Any]] = []
            for alternative in av[1]:
                first = _first_characters(alternative.data)
                if first is None:
                    return None
                found += first
            return found
        if op is _constants.SUBPATTERN:
            if av[1] & (_constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_LOCALE):
                return None
            return _first_characters(av[3].data)
        if op in _REPEATS:
            if av[0] >= 1:
                return _first_characters(av[2].data)
            # an optional first item (",?[ \t]+or"): a match starts with one of its first
            # characters or one of what follows it
            optional = _first_characters(av[2].data)
            following = _first_characters(data[index + 1:])
            return None if optional is None or following is None else optional + following
        if op is _constants.ATOMIC_GROUP:
            return _first_characters(av.data)
        return None
    return None  # nothing consumed: the sequence may match the empty string


def _code(parsed: Any, flags: int) -> list[Any]:
    """re._compiler._code(parsed, flags), except that a pattern opening with a zero-width
    test (\\b, a lookbehind) before its first characters gets the character set those
    can be in, as re gives a pattern opening with them. re's search then skips to the
    next position holding one of them instead of starting a match attempt at every
    position of the text (most of the work of a word pattern searched in a sentence,
    about twice the cost); every attempt it makes is the attempt it made before, so the
    matches are the same. Not for patterns that ignore case (their sets would need case
    folding; analysis runs its patterns on lower-cased text without IGNORECASE)."""
    flags = parsed.state.flags | flags
    code: list[Any] = []
    _compiler._compile_info(code, parsed, flags)
    # the info block: INFO, its length, the kind of prefix (0: none), shortest and longest
    # match; a pattern that can match empty has no prefix to skip to
    if (code[2] == 0 and code[3] > 0
            and not flags & (_constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_LOCALE)):
        first = _first_characters(parsed.data)
        if first:
            charset, cased = _compiler._optimize_charset(first)
            if not cased:
                code = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
                _compiler._compile_charset(charset, flags, code)
                code[1] = len(code) - 1
    _compiler._compile(code, parsed.data, flags)
    code.append(_constants.SUCCESS)
    return code


def _parts(pattern: str, flags: int) -> Parts:
    """What re._compiler.compile hands to _sre.compile for pattern, with the first
    characters of a pattern that opens with a zero-width test (_code) (raises re.error and
    ValueError as re.compile does)."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _code(parsed, flags)))  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags) for a str pattern, from the cache file when it holds it."""
    global _unsaved
    key = (pattern, int(flags))
    made = _made.get(key)
    if made is not None:
        return made
    table = _load()
    parts = table.get(key)
    if parts is not None:
        try:
            made = _sre.compile(pattern, *parts)
        except Exception:  # an entry _sre refuses: compile it afresh
            parts = None
    if parts is None:
        parts = _parts(pattern, key[1])
        made = _sre.compile(pattern, *parts)
        table[key] = parts
        _unsaved += 1
        if _unsaved >= _SAVE_EVERY:
            save()
    _made[key] = made
    return made  # type: ignore[return-value]


def save() -> None:
    """Write the table if it gained patterns (atomically: concurrent processes each write
    a whole file, and a pattern the last writer lacked is compiled again next time)."""
    global _unsaved
    if not _unsaved or _table is None:
        return
    _unsaved = 0
    with contextlib.suppress(OSError, ValueError):
        write_cache_file(cache_file(), marshal.dumps(_table))


def clear() -> None:
    """Forget the patterns held in this process (tests: read the file afresh)."""
    global _table, _unsaved
    _table, _unsaved = None, 0
    _made.clear()


def entries() -> dict[tuple[str, int], Any]:
    """The table as loaded (tests compare each entry with re.compile)."""
    return dict(_load())


atexit.register(save)
