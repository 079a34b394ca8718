"""A rule-based sentence splitter for the fast profile that never builds Token objects.

Same rule as spaCy's ``sentencizer`` (a sentence ends at . ! ? and similar, after any
closing punctuation or quotes), plus a break at blank lines, so headings and lists
without full stops do not run into the next sentence. It works on arrays of token
attributes, which is several times faster than walking the Doc token by token.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc

COMPONENT_NAME = "sos_sentences_fast"


class FastSentenceSplitter:
    def __init__(self, nlp: Language) -> None:
        self.enders = {nlp.vocab.strings.add(char) for char in Sentencizer.default_punct_chars}
        self.paragraph_breaks: set[int] = set()
        self._strings = nlp.vocab.strings

    def _is_break(self, orth: int) -> bool:
        if orth not in self.paragraph_breaks:
            if self._strings[orth].count("\n") >= 2:
                self.paragraph_breaks.add(orth)
            else:
                return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        attrs = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).tolist()
        starts = [-1] * len(attrs)
        starts[0] = 1
        seen_end = False
        for index, (orth, is_punct, is_space) in enumerate(attrs):
            is_ender = orth in self.enders
            if seen_end and not is_punct and not is_ender:
                starts[index] = 1
                seen_end = False
            elif is_ender or (is_space and self._is_break(orth)):
                seen_end = True
        array = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], array)
        return doc


@Language.factory(COMPONENT_NAME)
def make_fast_sentence_splitter(nlp: Language, name: str) -> FastSentenceSplitter:
    return FastSentenceSplitter(nlp)
