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
