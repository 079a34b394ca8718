"""redact.patterns.in_a_value (the acronym rule's identifier test near a text's start)
answers exactly what a look through pattern_spans answers, while reading only the matches
that start before the capitals."""

from __future__ import annotations

import re

import pytest

from sos_lang.redact.patterns import _matches_until, in_a_value, pattern_spans

TEXTS = [
    "NI number AB 12 34 56 C, 4 Oak Road, LS6 2AB",
    "C&F assessment undertaken in order to ascertain whether the threshold for CP is met.",
    "DOB 12/03/2015. Address: Jo Smith, 4 Oak Road, Leeds LS6 2AB. NHS 943 476 5919.",
    "Reg AB12 CDE seen outside. TAC at Kestrel High School on 4 May; CIN plan reviewed.",
    "CAD 0912 logged. Dad (GH) rang; SW KT visited Flat 2, 10 Elm Street, HU5 2QP.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_in_a_value_agrees_with_pattern_spans(text: str) -> None:
    spans = pattern_spans(text)
    for start in range(min(len(text), 80)):
        for end in (start + 1, start + 2, start + 4, start + 9):
            for names in (True, False):
                expected = any(span.start <= start and end <= span.end
                               and (names or span.kind != "NAME") for span in spans)
                assert in_a_value(text, start, end, names) == expected, (start, end, names)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"x*", "axbxxc"), (r"(?:|a)", "aab"), (r"\b[A-Z]{2,}\b", "AB cd EF"),
    (r"(?<=a)b", "abab"), (r"^b", "bb"), (r"a|ab", "abab"),
])
def test_matches_until_are_finditers_first_matches(pattern: str, text: str) -> None:
    """The same matches as finditer, up to each position: empty matches included."""
    regex = re.compile(pattern)
    every = [match.span() for match in regex.finditer(text)]
    for until in range(len(text) + 1):
        assert [m.span() for m in _matches_until(regex, text, until)] == [
            span for span in every if span[0] <= until]
