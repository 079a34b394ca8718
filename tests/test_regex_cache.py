"""regex_cache (sos_lang/regex_cache.py): a pattern built from the cache file is the pattern
re.compile builds (re.Pattern equality compares the pattern, the flags and the opcodes), in
a fresh table and after a round trip through the file, except that one opening with a
zero-width test carries the characters its match can start with (the same opcodes after its
info block, and the same matches); errors are re.compile's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sos_lang import regex_cache

PATTERNS = [
    (r"\bworried\b", 0),
    (r"(?P<value>\d{1,2}/\d{1,2}/\d{2,4})(?P<more>(?:,\s*\d+)*)", re.IGNORECASE),
    (r"(?<![\w'’-])([^\W\d_][^\W\d_'’-]+)(?:\s+and\s+)$", 0),
    (r"\b(i|we)\b", re.ASCII),
    (r"(?i)caf\u00e9\s+\w+", 0),
    (r"(?x) a  b  # a comment", 0),
    ("[\u00b5\u0131\u017f]", re.IGNORECASE),
    (r"(?P<x>o)(?P=x)", re.IGNORECASE | re.MULTILINE),
    (r"(?<![a-z])\d|\b(?:mon|tues)day\b|(?<=, )(?=\w)(ab)+", 0),
    (r"^\b(?:mon|tues)day", re.MULTILINE),
]

TEXTS = [
    "Mum was worried on 3/4/15, 5 and ISLA and café bar; oo",
    "On monday, abab and tuesday 4 mondays; Tuesday\nmonday x2 OO, ab",
    "", "a", "1", "\x1c\u00b5 \u0131 caf\u00e9 WORRIED worried",
]


def _same(built: re.Pattern[str], expected: re.Pattern[str]) -> None:
    """The same pattern for every caller: equal (re.Pattern equality), or, where the cache
    gave it its first characters, the same opcodes after the info block and the same
    matches, groups included."""
    assert built.pattern == expected.pattern and built.flags == expected.flags
    assert built.groupindex == expected.groupindex and built.groups == expected.groups
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in built.finditer(text)] == [
            (m.span(), m.groups()) for m in expected.finditer(text)]


def _after_info(code: list[int]) -> list[int]:
    return code[code[1] + 1:]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and a table read afresh from it."""
    monkeypatch.setenv("SOS_LANG_CACHE", str(tmp_path))
    regex_cache.clear()
    yield tmp_path
    regex_cache.clear()


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_is_re_compiles_before_and_after_the_file(fresh: Path, pattern: str,
                                                            flags: int) -> None:
    built = regex_cache.compile(pattern, flags)
    _same(built, re.compile(pattern, flags))
    assert regex_cache.compile(pattern, flags) is built  # once per process
    regex_cache.save()
    regex_cache.clear()
    assert (pattern, int(flags)) in regex_cache.entries()
    again = regex_cache.compile(pattern, flags)
    _same(again, re.compile(pattern, flags))


def test_a_pattern_opening_with_a_zero_width_test_gets_its_first_characters() -> None:
    """\\b before words, a lookbehind before a digit: the info block names the characters
    a match starts with (re's search skips to them), and the opcodes after it are re's.
    An optional first item adds its first characters to those of what follows it. Left as
    re builds them: a pattern that may match empty, one that ignores case, one anchored at
    the start, one whose first item (or what follows an optional one) is any character or
    ignores case."""
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    def code(pattern: str, flags: int = 0) -> tuple[list[int], list[int]]:
        parsed = _parser.parse(pattern, flags)
        return (list(map(int, regex_cache._code(parsed, flags))),
                list(map(int, _compiler._code(_parser.parse(pattern, flags), flags))))

    for pattern in (r"\b(?:mon|tues)day\b", r"(?<![a-z])\d|\b(?:once|twice)\b",
                    r"\b(i|we)+\b", r"(?=\w)\b[a-c]x", r"\b(?:a|b)?c", r",?[ \t]+or\b",
                    r"(?<!\w)(?:the )?(?:mon|tues)day"):
        ours, res = code(pattern)
        assert ours[2] == _constants.SRE_INFO_CHARSET and res[2] == 0, pattern
        assert _after_info(ours) == _after_info(res), pattern
    for pattern, flags in ((r"\b(?:x)?\b", 0), (r"\bmonday", re.IGNORECASE),
                           (r"^\bmonday", 0), (r"\b(?:a|b)?.", 0), (r"\b.x", 0),
                           (r"\b[^a]x", 0), (r"\b(?i:m)onday", 0), (r"a?(?i:b)", 0),
                           (r"(?:a|)?b", 0), (r"\b(?:a)?(?:b)?", 0)):
        ours, res = code(pattern, flags)
        assert ours == res, pattern


def test_errors_are_re_compiles(fresh: Path) -> None:
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")
    with pytest.raises(ValueError):
        regex_cache.compile(r"(?u)\w", re.ASCII)


def test_a_damaged_file_or_entry_falls_back_to_compiling(fresh: Path) -> None:
    regex_cache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    regex_cache.cache_file().write_bytes(b"not marshal data")
    regex_cache.clear()
    _same(regex_cache.compile(r"\bdad\b"), re.compile(r"\bdad\b"))
    regex_cache.save()
    regex_cache.clear()
    table = regex_cache._load()
    flags, _code, *rest = table[(r"\bdad\b", 0)]
    table[(r"\bdad\b", 0)] = (flags, [999_999], *rest)  # opcodes _sre refuses
    _same(regex_cache.compile(r"\bdad\b"), re.compile(r"\bdad\b"))


def test_the_rules_patterns_through_the_cache_equal_re_compiles() -> None:
    """Every pattern compiled through the cache (the redaction rules and the lexicon's
    caseless patterns once analysis has run), built again from the file, is re.compile's."""
    from sos_lang.analysis import analyse
    from sos_lang.redact.patterns import pattern_spans

    analyse("The CP plan and the LAC review: Mum refused a drink on 3/4/2015.",
            profile="fast")
    pattern_spans("NI number AB 12 34 56 C, 4 Oak Road, LS6 2AB")
    regex_cache.save()
    regex_cache.clear()  # each pattern now built from the file's opcodes
    table = regex_cache.entries()
    assert len(table) > 100
    texts = [*TEXTS, "NI number AB 12 34 56 C, 4 Oak Road, LS6 2AB; on Monday 3/4/15 Dad said"
             " 'never again' twice", "the cp plan and the lac review: mum refused a drink"]
    for pattern, flags in table:
        built, expected = regex_cache.compile(pattern, flags), re.compile(pattern, flags)
        assert built.pattern == expected.pattern and built.groupindex == expected.groupindex
        for text in texts:
            assert [(m.span(), m.groups()) for m in built.finditer(text)] == [
                (m.span(), m.groups()) for m in expected.finditer(text)], pattern


def test_no_record_text_reaches_the_cache_file(fresh: Path) -> None:
    """The file holds only patterns built from the package's data: a record's names,
    handles, addresses and words, found and redacted at every mention, are never written
    to disk (records are stored only when a user asks)."""
    from sos_lang.analysis import analyse
    from sos_lang.redact.pipeline import redact

    record = ("Zebedee Quargleton (DOB 04/05/2016) lives at Thistlewhin Farm, 9 Yarrowmere Lane "
              "with Mum Perpetua Quargleton; Zebedee posts as @zeb_quarg. Zebedee was upset.")
    analyse(record, profile="fast")
    analyse(record, profile="accurate")
    redacted, _ = redact(record, family_names=["Perpetua Quargleton"])
    assert "Quargleton" not in redacted and "zeb_quarg" not in redacted
    # Patterns already compiled earlier in this process are held by their callers and not
    # asked for again; one new pattern makes sure the file is written with whatever this
    # process compiled since the table was cleared (a record's words among it, were any).
    regex_cache.compile(r"\bthe file is written\b")
    regex_cache.save()
    stored = b"".join(path.read_bytes() for path in fresh.rglob("*") if path.is_file())
    assert regex_cache.cache_file().stat().st_mode & 0o077 == 0  # the user's alone
    for secret in ("Zebedee", "Quargleton", "Perpetua", "Thistlewhin", "Yarrowmere", "zeb_quarg"):
        assert secret.encode() not in stored and secret.lower().encode() not in stored


def test_patterns_searched_through_every_record_skip_to_their_first_characters() -> None:
    """The whole-text and per-term patterns that open with a lookbehind or a boundary are
    built by regex_cache, whose opcodes give re the characters a match can start with (re
    alone tries such a pattern at every position); the matches are re.compile's."""
    from sos_lang import specificity
    from sos_lang.lexicon import acronyms, context, negation

    text = ("Mum (Kerry WALSH) said \"no\" to the CG, or Core Group; SALT - speech and "
            "language therapy. Jo Taylor won't attend and 'never' came.")
    for pattern in (acronyms.CANDIDATE, acronyms._glossed(), acronyms._NAME_RUN,
                    acronyms._alias_after_words(),
                    context._QUOTE_PATTERN, specificity._name_pattern(),
                    negation.negation_rules().any_cue):
        plain = re.compile(pattern.pattern)
        assert pattern == regex_cache.compile(pattern.pattern) and pattern != plain
        assert ([m.span() for m in pattern.finditer(text)]
                == [m.span() for m in plain.finditer(text)])
