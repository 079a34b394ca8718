"""Cue classes: what a sentence does, counted the same whichever words a writer uses."""

from __future__ import annotations

import pytest

from sos_lang.settings import load_yaml
from sos_lang.statements.features import aspect_terms, cue_terms, sentence_terms


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


@pytest.mark.parametrize(("word", "cls"), [
    ("slapped", "#hurt"), ("removed", "#protect"), ("redundant", "#circumstance"),
    ("smiling", "#positive"), ("appointment", "#process"), ("since", "#over_time")])
def test_the_classes_that_tell_harm_from_its_neighbours(word: str, cls: str) -> None:
    assert cls in cue_terms(word)


def test_every_cue_class_says_why_and_shows_a_word_in_and_out() -> None:
    classes = load_yaml("statement_cues.yaml")["classes"]
    for name, spec in classes.items():
        assert spec["why"] and spec["words"], name
        if "examples" in spec:
            inside = {t for t in sentence_terms(spec["examples"]["in"])}
            outside = {t for t in sentence_terms(spec["examples"]["out"])}
            marker = "#main:" if name == "opening_clause" else "#" + name
            assert any(t.startswith(marker) for t in inside), name
            assert not any(t.startswith(marker) for t in outside), name


@pytest.mark.parametrize(("text", "aspect"), [
    ("You have moved the kettle onto the windowsill.", "#perfect"),
    ("Mum has not been drinking since June.", "#perfect"),
    ("She had spilt the tea before we arrived.", "#pluperfect"),
    ("Dad is drinking again.", "#progressive")])
def test_tense_and_aspect_by_rule(text: str, aspect: str) -> None:
    assert aspect in aspect_terms(text.lower().rstrip(".").split())


def test_simple_past_has_no_aspect_term() -> None:
    assert aspect_terms(["dad", "hit", "sam", "on", "monday"]) == []


def test_a_past_event_that_protected_pairs_its_classes() -> None:
    """'#past&#protect' is a term of its own: the same past tense, another kind of news."""
    terms = set(sentence_terms("Mum removed the blades and rang the nurse."))
    assert "#past&#protect" in terms
    assert "#hurt&#past" in set(sentence_terms("Dad slapped Sam on the face."))


def test_an_opening_clause_leaves_the_main_clause_its_own_terms() -> None:
    """'When Jason shouted, Mum took you upstairs': the news is the protective action."""
    terms = set(sentence_terms("When Jason shouted at you, Mum locked the door."))
    assert {"#main:protect", "#main:past"} <= terms
    assert "#main:hurt" not in terms
    assert not any(t.startswith("#main:")
                   for t in sentence_terms("Jason shouted at you, and Mum locked the door."))


def test_every_cue_word_is_read_as_a_word() -> None:
    """YAML reads a bare no, yes, on or off as a boolean: "no" was never a negation cue
    until it was quoted."""
    for name, spec in load_yaml("statement_cues.yaml")["classes"].items():
        assert all(isinstance(word, str) for word in spec["words"]), name
    assert "#negation" in cue_terms("no")
