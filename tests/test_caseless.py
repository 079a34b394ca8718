"""Caseless patterns must find exactly what the same pattern with IGNORECASE finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sos_lang.caseless import (
    CaselessPattern,
    alternation,
    caseless,
    declared_pattern,
    lowered_pattern,
)

PATTERNS = (
    r"\b(?:is|was|were)\s+(?:\w+ly\s+)?\w{3,}ed\b",
    r"\bContact (?:number|details)\b",
    r"(?<=\s)[A-Z][a-z]+\b",
    r"\bLooked[\s-]+After\b",
    r"[^A-Z\W]+\S\B",
)


def test_lowered_pattern_keeps_escape_letters() -> None:
    assert lowered_pattern(r"\bMum\W+\S\D\AB\Z") == r"\bmum\W+\S\D\Ab\Z"
    assert lowered_pattern(r"\\Mum") == r"\\mum"


def _lowered_char_by_char(pattern: str) -> str:
    """lowered_pattern's definition: each character lowered alone, but an escape's and a
    named group's ``P``."""
    out, escaped = [], False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out).replace("(?p<", "(?P<")


@pytest.mark.parametrize("pattern", [
    *PATTERNS, "", "\\", "A\\", "\\\\\\M", "ΟΔΟΣ Σ ΣA", "İX\\İ", "\\\nA", "(?P<Value>A)",
])
def test_lowered_pattern_lowers_each_character_alone(pattern: str) -> None:
    """Lowering the runs between escapes whole gives what lowering each character alone
    gives (a capital sigma at a word's end included)."""
    assert lowered_pattern(pattern) == _lowered_char_by_char(pattern)


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", [
    "Mum was Really Frightened when contact NUMBER rang",
    "İstanbul: the Looked-After child was RUSHED home",  # İ lower-cases to two characters
    "Straße Contact Details ſ K",
    "",
])
def test_same_matches_as_ignorecase(pattern: str, text: str) -> None:
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [m.span() for m in CaselessPattern(pattern).finditer(text)] == expected
    first = re.search(pattern, text, re.IGNORECASE)
    found = caseless(pattern).search(text, text.lower())
    assert (found.span() if found else None) == (first.span() if first else None)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="aAbBcCİıKKſsSßµΣσς -'\n.", max_size=40))
def test_same_matches_on_generated_text(text: str) -> None:
    for pattern in (r"\bsk\w*", r"(?<![\w])[a-c]+'?\b", r"i+\s", r"[A-Z]+"):
        expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
        assert [m.span() for m in CaselessPattern(pattern).finditer(text)] == expected


def test_patterns_with_scoped_case_keep_ignorecase() -> None:
    pattern = CaselessPattern(r"\ballowed\b(?!\s+(?-i:[A-Z])\w+\s+to\b)")
    assert pattern.search("Mum ALLOWED him to go") is not None
    assert pattern.search("Mum allowed Sam to go") is None


def test_declared_pattern_is_case_sensitive_without_inline_flag() -> None:
    assert declared_pattern(r"\bGP\b").search("the gp said") is None
    assert declared_pattern(r"(?i)\bGP\b").search("the gp said") is not None


def test_extra_folds_cover_the_re_module_table() -> None:
    casefix = pytest.importorskip("re._casefix")
    from sos_lang.caseless import _EXTRA_FOLDS

    special = {chr(code) for code in casefix._EXTRA_CASES if code > 127}
    assert {char for char in special if _EXTRA_FOLDS.fullmatch(char)} == special


ALTERNATIVES = (r"(?i)\b(I|we)\b", r"\bsk\w*", r"(?<![\w])[a-c]+'?\b", r"^i+\s", r"[A-Z]+$",
                r"\b\d{1,2}[/.]\d{1,2}\b")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAbBcCiIwWeEİıKKſsSßµ 1/2.-'\n", max_size=40))
def test_alternation_matches_where_any_pattern_matches(text: str) -> None:
    combined = alternation(ALTERNATIVES)
    assert combined is not None
    expected = any(caseless(pattern).search(text) for pattern in ALTERNATIVES)
    assert (combined.search(text) is not None) == expected
    assert (combined.search(text, text.lower()) is not None) == expected


@pytest.mark.parametrize("patterns", [
    (r"(a)\1", r"b"),  # a backreference would point at another pattern's group
    (r"(?P<x>a)", r"(?P<x>b)"),  # one name twice
    (r"(a)?(?(1)b|c)", r"d"),  # a conditional group refers to a number
    (r"a", r"(?s)b"),  # a global flag in the middle of a pattern does not compile
])
def test_alternation_refuses_patterns_it_would_change(patterns: tuple[str, ...]) -> None:
    assert alternation(patterns) is None


def test_alternation_joins_patterns_whole() -> None:
    # "a|b" and "c" must not become "a|bc"
    combined = alternation((r"^a|b", r"c$"))
    assert combined is not None
    assert combined.search("xa") is None
    assert combined.search("ab") is not None and combined.search("xc") is not None


ASCII_PATTERNS = (r"\b(i|we)\b", r"(?<![\w])'[^']{3,}'(?![\w])", r"\bno\s+\w+", r"\d{1,2}\s*pm\b",
                  r"(?<=\s)[A-Z][a-z]+\b", r"\S+\s\B", r"[^\W\d]+_?")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aiwe InoAB_12'p-m.\t\n\x1c\x1f", max_size=40))
def test_ascii_twin_finds_the_same_matches_on_ascii_text(text: str) -> None:
    """Where ascii_matching_is_faithful, a pattern's ascii_twin finds exactly its matches;
    the information separators (Unicode whitespace, not ASCII) make the test fail."""
    from sos_lang.caseless import ascii_matching_is_faithful, ascii_twin

    assert ascii_matching_is_faithful(text) == ("\x1c" not in text and "\x1f" not in text)
    if not ascii_matching_is_faithful(text):
        return
    for pattern in ASCII_PATTERNS:
        regex = re.compile(pattern)
        twin = ascii_twin(regex)
        assert twin.flags & re.ASCII
        assert [m.span() for m in twin.finditer(text)] == [m.span() for m in regex.finditer(text)]


def test_ascii_twin_keeps_what_ascii_matching_would_change() -> None:
    """\\s holds the information separators only in Unicode; a non-ASCII letter that ignores
    case folds onto ASCII letters (the Kelvin sign onto k); a pattern that asks for Unicode
    does not compile with re.ASCII: the twin is then the pattern itself."""
    from sos_lang.caseless import ascii_matching_is_faithful, ascii_twin

    assert not ascii_matching_is_faithful("a\x1cb") and not ascii_matching_is_faithful("café")
    assert re.search(r"a\sb", "a\x1cb") and not ascii_twin(re.compile(r"a\sb")).search("a\x1cb")
    for regex in (re.compile("\u212a", re.IGNORECASE), re.compile("(?i:\u212a)x"),
                  re.compile(r"(?u)\w")):
        assert ascii_twin(regex) is regex
    assert ascii_twin(re.compile("caf\u00e9 \\w+")).flags & re.ASCII  # keeps case: safe


def test_sentence_groups_and_caseless_patterns_use_the_twin_on_ascii_text() -> None:
    from sos_lang.caseless import CaselessPattern
    from sos_lang.rules.model import SentenceText, matches_any

    group = (caseless(r"(?i)\b(mum|dad)\b"), caseless(r"(?i)\bon \d+"), re.compile(r"[A-Z]\w+"))
    for text in ("Mum came on 3 May", "no one came", "Gran came in the night", "Zoë came",
                 "MUM\x1c came"):
        sentence = SentenceText(text)
        assert sentence.matches_any(group) == matches_any(text, group)
    pattern = CaselessPattern(r"\bon \d+")
    assert [m.span() for m in pattern.finditer("Seen ON 3 May, on 4 June")] == [(5, 9), (15, 19)]
    assert pattern.search("Vu le café on 3") is not None


def test_a_pattern_with_lower_case_group_names_runs_on_lowered_text() -> None:
    """A named group whose name lowering keeps no longer forces IGNORECASE (the passive
    rule's ``(?P<adverbs>``): the same spans, its groups read from the lower case as every
    caseless pattern's are; a name that lowering would change still keeps IGNORECASE."""
    from sos_lang.caseless import CaselessPattern

    pattern = CaselessPattern(r"\bWAS (?P<adverbs>(?:\w+ly )?)(?P<word>\w+ED)\b")
    assert pattern.lowered_regex is not None
    for text in ("It was Really hurt", "IT WAS HURT", "Zoë was badly Injured", "was"):
        folding = re.compile(pattern.pattern, re.IGNORECASE)
        found = [(m.span(), m.span("adverbs"), m["word"]) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.span("adverbs"), m["word"].lower())
                         for m in folding.finditer(text)]
    assert CaselessPattern(r"(?P<Word>ab)").lowered_regex is None
