"""The passive-voice rule of the fast profile (every rule's examples: tests/rules)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "passive"), [
    ("Sam was quickly taken to hospital.", True),
    ("Sam wasn't seen by the GP.", True),
    ("The children were not fed on Sunday.", True),
    ("Sam was happy.", False),
    ("Mum has kept every appointment.", False),
])
def test_passive_rule(sentence: str, passive: bool) -> None:
    from sos_lang.components.plain import passive_by_rule

    assert passive_by_rule(sentence) is passive


def test_sentence_bounds_skip_whitespace(fast_nlp) -> None:
    text = "\n\n  Mum came.   \n\nDad left.\n"
    facts = fast_nlp(text)._.sos_sentences
    assert [text[f.start:f.end] for f in facts] == ["Mum came.", "Dad left."]


def test_a_repeated_sentence_gets_the_facts_of_a_fresh_one(fast_nlp) -> None:
    """The fast profile keeps each sentence's counts and passive voice per text: a record
    that repeats a sentence gets the facts a first sight gives."""
    text = "Sam was taken to hospital. Mum came.\n\nSam was taken to hospital. Mum came."
    facts = fast_nlp(text)._.sos_sentences
    assert [(f.words, f.syllables, f.polysyllables, f.passive) for f in facts[:2]] == [
        (f.words, f.syllables, f.polysyllables, f.passive) for f in facts[2:]]
    assert facts[0].passive is True and facts[1].passive is False


def test_the_parse_profile_keeps_no_passive_by_rule() -> None:
    from sos_lang.components.plain import PlainFacts

    counts, passive = PlainFacts(use_parse=True)._by_text("Sam was taken to hospital.")
    assert counts.words == 5 and passive is False
