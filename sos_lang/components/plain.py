"""Plain-language facts per sentence: word and syllable counts and passive voice.

Passive voice comes from components/passive.py: the accurate profile reads it off the
dependency parse, the fast profile, which has no parser, by rule; both tell a passive
("Sam was hit") from a participle used as an adjective ("we are worried").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.components.passive import passive_by_parse, passive_by_rule
from sos_lang.kept import KeptAnswers
from sos_lang.readability import TextCounts, text_counts

COMPONENT_NAME = "sos_plain"
__all__ = ["PlainFacts", "SentenceFacts", "passive_by_parse", "passive_by_rule",
           "trimmed_bounds"]


if not Doc.has_extension("sos_sentences"):
    Doc.set_extension("sos_sentences", default=None)


@dataclass(frozen=True)
class SentenceFacts:
    """Counts for one sentence; offsets are characters into the Doc's text."""

    start: int
    end: int
    words: int
    syllables: int
    polysyllables: int
    passive: bool


def trimmed_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds without leading or trailing whitespace (start == end if blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class PlainFacts:
    """Counts words and syllables and detects passive voice in every sentence."""

    def __init__(self, use_parse: bool) -> None:
        self.use_parse = use_parse
        self._kept: KeptAnswers[str, tuple[TextCounts, bool]] = KeptAnswers()
        """Per sentence text: its counts and passive_by_rule (both functions of the text
        alone), so a sentence records repeat is counted once (bounded: sos_lang.kept)."""

    def _by_text(self, text: str) -> tuple[TextCounts, bool]:
        return self._kept.answer(text, self._counted, text)

    def _counted(self, text: str) -> tuple[TextCounts, bool]:
        counts = text_counts(text)
        return counts, (not self.use_parse and counts.words > 0 and passive_by_rule(text))

    def __call__(self, doc: Doc) -> Doc:
        source = doc_text(doc)
        facts = []
        for sentence in doc.sents:
            start, end = trimmed_bounds(source, sentence.start_char, sentence.end_char)
            text = source[start:end]
            counts, passive = self._by_text(text)
            if counts.words == 0:
                continue
            if self.use_parse:
                passive = passive_by_parse(sentence)
            facts.append(SentenceFacts(
                start=start, end=end, words=counts.words, syllables=counts.syllables,
                polysyllables=counts.polysyllables, passive=passive,
            ))
        doc._.sos_sentences = facts
        return doc


@Language.factory(COMPONENT_NAME, default_config={"use_parse": True})
def make_plain_facts(nlp: Language, name: str, use_parse: bool) -> PlainFacts:
    return PlainFacts(use_parse=use_parse)
