"""The fast sentence splitter agrees with spaCy's sentencizer and breaks at blank lines."""

from __future__ import annotations

import pytest
import spacy

from sos_lang.components.doctext import make_doc

TEXTS = [
    'Mum came. Dad left! "Is it?" she said. Then (Sam ran.) Home.',
    "No full stop at all",
    "Dr. Patel saw Sam at 3 p.m. on Monday... Really?! Yes.",
    "   ",
    "Sam said: 'I like school.' Mum agreed.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_matches_spacy_sentencizer_without_blank_lines(fast_nlp, text: str) -> None:
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    ours = [s.text for s in fast_nlp(make_doc(fast_nlp, text)).sents]
    assert ours == [s.text for s in reference(text).sents]


def test_breaks_at_blank_lines(fast_nlp) -> None:
    text = "Present: Mum, SW\n\nVisit lasted 1 hour\nSam was happy."
    sentences = [s.text.strip() for s in fast_nlp(make_doc(fast_nlp, text)).sents]
    assert sentences == ["Present: Mum, SW", "Visit lasted 1 hour\nSam was happy."]


def test_every_sentence_ender_is_punctuation() -> None:
    """The splitter looks for enders among punctuation tokens only."""
    import spacy
    from spacy.pipeline.sentencizer import Sentencizer

    vocab = spacy.blank("en").vocab
    assert all(vocab[char].is_punct for char in Sentencizer.default_punct_chars)
