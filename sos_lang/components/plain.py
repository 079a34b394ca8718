"""Plain-language facts per sentence: word and syllable counts and passive voice.

The accurate profile reads passive voice off the dependency parse; the fast
profile, which has no parser, uses a cheap rule (a form of "be" or "get",
then at most two adverbs, then a past participle).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from sos_lang.caseless import CaselessPattern
from sos_lang.components.doctext import doc_text
from sos_lang.readability import text_counts
from sos_lang.settings import load_word_list

COMPONENT_NAME = "sos_plain"

_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "csubjpass"})
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "am",
                                  "get", "gets", "got", "gotten", "getting"})

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


def passive_by_parse(sentence: Span) -> bool:
    """Passive voice as the dependency parser labels it."""
    return any(token.dep_ in _PASSIVE_DEPS for token in sentence)


@functools.lru_cache(maxsize=1)
def _passive_pattern() -> CaselessPattern:
    """be/get, up to two adverbs or negations, then a past participle (-ed or irregular)."""
    irregular = "|".join(sorted(load_word_list("irregular_participles.txt")))
    auxiliaries = "|".join(sorted(_PASSIVE_AUXILIARIES))
    return CaselessPattern(
        rf"\b(?:{auxiliaries})(?:n't)?\s+(?:(?:\w+ly|not|also|then|never|just)\s+){{0,2}}"
        rf"(?:\w{{3,}}ed|{irregular})\b")


def passive_by_rule(sentence_text: str) -> bool:
    """Passive voice by a parse-free rule: be/get, up to two adverbs, a participle."""
    return _passive_pattern().search(sentence_text) is not None


class PlainFacts:
    """Counts words and syllables and detects passive voice in every sentence."""

    def __init__(self, use_parse: bool) -> None:
        self.use_parse = use_parse

    def __call__(self, doc: Doc) -> Doc:
        source = doc_text(doc)
        facts = []
        for sentence in doc.sents:
            start, end = trimmed_bounds(source, sentence.start_char, sentence.end_char)
            text = source[start:end]
            counts = text_counts(text)
            if counts.words == 0:
                continue
            passive = passive_by_parse(sentence) if self.use_parse else passive_by_rule(text)
            facts.append(SentenceFacts(
                start=start, end=end, words=counts.words, syllables=counts.syllables,
                polysyllables=counts.polysyllables, passive=passive,
            ))
        doc._.sos_sentences = facts
        return doc


@Language.factory(COMPONENT_NAME, default_config={"use_parse": True})
def make_plain_facts(nlp: Language, name: str, use_parse: bool) -> PlainFacts:
    return PlainFacts(use_parse=use_parse)
