"""A rule-based sentence splitter for the fast profile that never builds Token objects.

Same rule as spaCy's ``sentencizer`` (a sentence ends at . ! ? and similar, after any
closing punctuation or quotes), plus a break at blank lines, so headings and lists
without full stops do not run into the next sentence. It works on arrays of token
attributes, which is several times faster than walking the Doc token by token.
"""

from __future__ import annotations

import bisect

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
        attrs = doc.to_array([ORTH, IS_PUNCT, IS_SPACE])
        orth = attrs[:, 0]
        # every ender is punctuation (tests/components/test_sentences.py checks), so only
        # punctuation and whitespace tokens need a look: a few per sentence
        marked = numpy.flatnonzero(attrs[:, 1] | attrs[:, 2])
        ender = numpy.zeros(len(doc), dtype=bool)
        ends = numpy.zeros(len(doc), dtype=bool)  # tokens after which a sentence ends
        for index, orth_id, is_space in zip(marked.tolist(), orth[marked].tolist(),
                                            attrs[marked, 2].tolist(), strict=True):
            if orth_id in self.enders:
                ender[index] = ends[index] = True
            elif is_space and self._is_break(orth_id):
                ends[index] = True
        triggers = numpy.flatnonzero(ends).tolist()
        # a sentence starts at the first token after an end that is neither punctuation nor
        # an ender (so closing quotes and brackets stay with the sentence they close); the
        # starting token is spent, so a blank line straight after a full stop starts one
        # sentence, not two
        openers = numpy.flatnonzero(~(attrs[:, 1].astype(bool) | ender)).tolist()
        starts = numpy.full((len(doc), 1), -1, dtype="int64")
        starts[0] = 1
        position = 0
        while True:
            trigger = bisect.bisect_left(triggers, position)
            if trigger == len(triggers):
                break
            opener = bisect.bisect_right(openers, triggers[trigger])
            if opener == len(openers):
                break
            starts[openers[opener]] = 1
            position = openers[opener] + 1
        doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


@Language.factory(COMPONENT_NAME)
def make_fast_sentence_splitter(nlp: Language, name: str) -> FastSentenceSplitter:
    return FastSentenceSplitter(nlp)
