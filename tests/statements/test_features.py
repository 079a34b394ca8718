"""Cue classes: what a sentence does, counted the same whichever words a writer uses."""

from __future__ import annotations

import pytest

from sos_lang.statements.features import cue_terms, sentence_terms


@pytest.mark.parametrize(("word", "classes"), [
    ("told", {"#past", "#report"}),
    ("walked", {"#past"}),
    ("didn't", {"#negation"}),
    ("never", {"#negation"}),
    ("might", {"#modal"}),
    ("thursday", {"#time"}),
    ("you", {"#second_person"}),
    ("we", {"#first_person"}),
    ("worried", {"#worry", "#past"}),
    ("will", {"#modal", "#plan"}),
])
def test_words_carry_their_cue_classes(word: str, classes: set[str]) -> None:
    assert set(cue_terms(word)) == classes


@pytest.mark.parametrize("word", ["bed", "cat", "speed", "red", "kitchen", "mum", "sam"])
def test_words_outside_every_class_carry_none(word: str) -> None:
    assert cue_terms(word) == []


def test_two_writers_dating_an_event_share_the_time_cue() -> None:
    """'on Tuesday' and 'in March' have no word in common, but both are #time."""
    first, second = (set(sentence_terms(text)) for text in
                     ("Dad hit Sam on Tuesday.", "In March Dad hit Sam."))
    assert "#time" in first & second
