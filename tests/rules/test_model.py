"""SentenceText (sos_lang/rules/model.py): a group's answer on a sentence is matches_any's,
whether the sentence's lower case is faithful or not."""

from __future__ import annotations

import re

import pytest

from sos_lang.caseless import declared_pattern
from sos_lang.kept import KeptAnswers
from sos_lang.rules.model import SentenceText, _on_lowered, matches_any, pattern_group

_GROUPS = [
    ("(?i)\\bworried\\b", "(?i)\\b(mum|dad)\\b"),
    ("(?i)\\bmonday\\b", "(?<=\\s)[A-Z][a-z]+\\b"),
    ("(?i)(?P<x>o)(?P=x)",),  # a named group keeps IGNORECASE
    ('"[^"]{3,}"',),
    ("(?i)\\bstraße\\b",),
]
_TEXTS = ["Mum was WORRIED on Monday.", "We met Sam at school.", "İstanbul trip on MONDAY",
          "ſo the dad said \"no way\" twice", "Good food", "Nothing here.", "die STRASSE",
          "die Straße"]


@pytest.mark.parametrize("group", _GROUPS)
@pytest.mark.parametrize("text", _TEXTS)
def test_a_sentence_answers_as_matches_any(group: tuple[str, ...], text: str) -> None:
    patterns = tuple(declared_pattern(pattern) for pattern in group)
    sentence = SentenceText(text)
    assert sentence.matches_any(patterns) == matches_any(text, patterns)
    assert sentence.matches_any(patterns) == matches_any(text, patterns)  # answered again


def test_a_group_with_a_pattern_that_keeps_ignorecase_is_left_to_matches_any() -> None:
    assert _on_lowered(tuple(declared_pattern(p) for p in _GROUPS[2])) is None
    searches = _on_lowered(tuple(declared_pattern(p) for p in _GROUPS[1]))
    assert searches is not None and [on_lowered for _, on_lowered in searches] == [True, False]


def test_faithful() -> None:
    assert SentenceText("Mum said NO").faithful
    assert not SentenceText("İstanbul").faithful
    assert not SentenceText("ſo").faithful


def test_equal_groups_are_one_group() -> None:
    """A rule's unless_any and a score's feature group compiled from the same list are the
    same tuple, so a sentence answers them once (answers are kept by the group's identity)."""
    first = pattern_group(declared_pattern(pattern) for pattern in _GROUPS[1])
    second = pattern_group(declared_pattern(pattern) for pattern in _GROUPS[1])
    assert first is second
    assert pattern_group(declared_pattern(p) for p in _GROUPS[0]) is not first


def test_answers_kept_by_identity_stay_with_their_group() -> None:
    """Groups built afresh for each question (their ids may be reused once freed) still get
    their own answers on one sentence."""
    sentence = SentenceText("Mum was WORRIED on Monday.")
    for _ in range(50):
        assert sentence.matches_any(tuple(declared_pattern(p) for p in _GROUPS[0]))
        assert not sentence.matches_any((declared_pattern("(?i)\\bschool\\b"),))
        assert sentence.matches_any(tuple(declared_pattern(p) for p in _GROUPS[3])) is False


def test_a_caseless_pattern_keeps_its_twin() -> None:
    """The ASCII twin is kept on the pattern, not looked up by the compiled regex per search."""
    from sos_lang.caseless import CaselessPattern

    pattern = CaselessPattern(r"\bon \d+")
    first, _ = pattern._pick("Seen on 3 May", None)
    second, _ = pattern._pick("Seen ON 4 May", None)
    assert first is second and first.flags & re.ASCII


def test_a_sentence_text_is_kept_per_text_and_answers_as_a_fresh_one() -> None:
    from sos_lang import specificity
    from sos_lang.rules import model

    text = "Mum said on Monday that Sam was hit by dad at 9pm."
    kept = model.sentence_text(text)
    assert model.sentence_text(text) is kept
    assert specificity.features(kept) == specificity.features(SentenceText(text))
    assert specificity.detail_words(kept) == specificity.detail_words(SentenceText(text))
    assert specificity.features(text) == specificity.features(kept)  # a str is kept too


def test_kept_sentence_texts_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from sos_lang.rules import model

    monkeypatch.setattr(model, "_KEPT", KeptAnswers(3))
    for number in range(10):
        model.sentence_text(f"Sentence {number}.")
        assert len(model._KEPT) <= 3
