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
