"""Which characters a pattern cannot match without: a sound quick test run before a pattern
on a long text.

Every redaction pattern scans the whole text, about 70 ns a character each, so a hostile
megabyte (a line of digits, a pasted dump) costs seconds across the ~150 patterns, whatever
the pattern needs. Most need a character of some class somewhere (a letter, "@", "/"): a
line of digits has no letter, so every pattern that needs one can be skipped. The
requirement is read from the compiled pattern's own parse tree (``re._parser``), as a tree
of "and" and "or" over single-character atoms, each atom compiled by ``re`` itself with the
flags in force where it stands (so case folding, ``\\w`` and ``[^\\W\\d_]`` mean what they
mean in the pattern), and tested on the text's distinct characters only. A positive
lookaround's characters are in the text too, so they count; a negative one, a backreference
or a condition's test ask nothing. The test only ever says "cannot match" when no match is
possible, so redaction's output is the same with or without it; anything the reader does
not know asks nothing (the pattern runs).
"""

from __future__ import annotations

import _sre
import contextlib
import functools
import marshal
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sos_lang.regex_cache import load_marshalled, marshal_file
from sos_lang.settings import write_cache_file

try:  # the parser and compiler behind ``re``: private, so a Python without them skips nothing
    from re import _compiler as _sre_compiler
    from re import _constants as _c
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - older or other Pythons
    _sre_compiler = _sre_parser = _c = None  # type: ignore[assignment]

LONG_TEXT = 20_000
"""Texts shorter than this run every pattern: the test costs more than it saves there."""


@dataclass(frozen=True)
class Need:
    """What a pattern needs of a text's characters: ``atom`` (a one-character pattern) must
    find one of them, or all (``every``) or one (``any_of``) of the parts must hold."""

    atom: re.Pattern[str] | None = None
    every: tuple[Need, ...] = ()
    any_of: tuple[Need, ...] = ()

    def holds(self, chars: str, seen: dict[re.Pattern[str], bool]) -> bool:
        """Whether the characters (each distinct character of a text once) can meet it."""
        if self.atom is not None:
            if self.atom not in seen:
                seen[self.atom] = self.atom.search(chars) is not None
            return seen[self.atom]
        if self.any_of:
            return any(part.holds(chars, seen) for part in self.any_of)
        return all(part.holds(chars, seen) for part in self.every)


NOTHING = Need()  # asks nothing: every(()) holds


def _all(parts: list[Need]) -> Need:
    parts = [p for p in parts if p is not NOTHING]
    return NOTHING if not parts else parts[0] if len(parts) == 1 else Need(every=tuple(parts))


def _one(parts: list[Need]) -> Need:
    if not parts or any(p is NOTHING for p in parts):
        return NOTHING
    return parts[0] if len(parts) == 1 else Need(any_of=tuple(parts))


# A need written as plain data, as the cache file keeps it: (0, flags, opcodes) for an
# atom, (1, parts) for all of them, (2, parts) for one of them (tuples throughout).
Plain = tuple


_MOST_PARTS = 8
"""The parts of "all of" kept (the first distinct ones): asking fewer is still sound, and
the patterns' long alternations would otherwise make trees of thousands of atoms."""
_MOST_CHOICES = 24
"""An "one of" with more choices asks nothing (still sound), for the same reason."""
_NOTHING: Plain = (1, ())


def _plain_atom(op: object, av: object, flags: int) -> Plain:
    """An atom's opcodes, compiled with the flags in force where it stands."""
    state = _sre_parser.State()
    state.flags = flags
    code = _sre_compiler._code(_sre_parser.SubPattern(state, [(op, av)]), flags)
    return (0, flags, tuple(map(int, code)))


def _plain_all(parts: list[Plain]) -> Plain:
    kept: list[Plain] = []
    for part in parts:
        for piece in (part[1] if part[0] == 1 else (part,)):
            if piece not in kept and len(kept) < _MOST_PARTS:
                kept.append(piece)
    return kept[0] if len(kept) == 1 else (1, tuple(kept))


def _plain_one(parts: list[Plain]) -> Plain:
    choices: list[Plain] = []
    for part in parts:
        if part == _NOTHING:
            return _NOTHING
        for piece in (part[1] if part[0] == 2 else (part,)):
            if piece not in choices:
                choices.append(piece)
    if not choices or len(choices) > _MOST_CHOICES:
        return _NOTHING
    return choices[0] if len(choices) == 1 else (2, tuple(choices))


def _need(items: list, flags: int) -> Plain:
    """What a sequence of parse nodes needs."""
    parts = []
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            parts.append(_plain_atom(op, av, flags))
        elif op is _c.SUBPATTERN:
            _group, add, remove, body = av
            parts.append(_need(body.data, (flags | add) & ~remove))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = av
            if low >= 1:
                parts.append(_need(body.data, flags))
        elif op is _c.BRANCH:
            parts.append(_plain_one([_need(branch.data, flags) for branch in av[1]]))
        elif op is _c.ASSERT:  # a positive lookaround: its characters are in the text
            parts.append(_need(av[1].data, flags))
        elif op is _c.ATOMIC_GROUP:
            parts.append(_need(av.data, flags))
        elif op is _c.GROUPREF_EXISTS:
            _group, yes, no = av
            parts.append(_plain_one([_need(yes.data, flags),
                                     _need(no.data, flags) if no is not None else _NOTHING]))
        # AT, ASSERT_NOT, GROUPREF, CATEGORY outside a set: nothing asked
    return _plain_all(parts)


def _plain_need(regex: re.Pattern[str]) -> Plain:
    """The pattern's need as plain data (nothing when the parser does not read it)."""
    try:
        parsed = _sre_parser.parse(regex.pattern, regex.flags)
        # the pattern's own flags, inline global ones among them (str patterns are Unicode)
        return _need(parsed.data, parsed.state.flags | regex.flags)
    except Exception:  # any surprise in a private API: skip nothing
        return _NOTHING


@functools.cache
def _compiled_atom(flags: int, code: tuple[int, ...]) -> re.Pattern[str]:
    return _sre.compile(None, flags, list(code), 0, {}, ())  # type: ignore[attr-defined]


def _from_plain(plain: Plain) -> Need:
    if plain[0] == 0:
        return Need(atom=_compiled_atom(plain[1], plain[2]))
    parts = [_from_plain(part) for part in plain[1]]
    return _all(parts) if plain[0] == 1 else _one(parts)


_FORM = 2
_table: dict[tuple[str, int], Plain] | None = None


def _cache_file() -> Path:
    return marshal_file("needs", _FORM)


def _load() -> dict[tuple[str, int], Plain]:
    global _table
    if _table is None:
        _table = load_marshalled(_cache_file())
    return _table


def pattern_needs(regexes: Sequence[re.Pattern[str]]) -> list[Need]:
    """What any match of each compiled pattern needs of the text's characters (NOTHING
    where the parser is not available or does not read a pattern). The reading costs about
    two seconds for the redaction patterns, so it is kept in a file under the cache folder
    beside the compiled patterns (``regex_cache``), named by Python's version and ``_sre``'s
    MAGIC; an entry that cannot be used is read again."""
    if _sre_parser is None:
        return [NOTHING] * len(regexes)
    table = _load()
    needs, fresh = [], False
    for regex in regexes:
        key = (regex.pattern, int(regex.flags))
        plain = table.get(key)
        need = None
        if plain is not None:
            try:
                need = _from_plain(plain)
            except Exception:  # an entry _sre refuses: read it again
                need = None
        if need is None:
            plain = _plain_need(regex)
            table[key] = plain
            fresh = True
            try:
                need = _from_plain(plain)
            except Exception:  # no need known: run the pattern
                need = NOTHING
        needs.append(need)
    if fresh:
        with contextlib.suppress(OSError, ValueError):
            write_cache_file(_cache_file(), marshal.dumps(table))
    return needs


def distinct_characters(text: str) -> str:
    """Each character of the text once, as one string an atom can search."""
    return "".join(set(text))
