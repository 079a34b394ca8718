"""Plain-language facts per sentence: word and syllable counts and passive voice.

The accurate profile reads passive voice off the dependency parse; the fast
profile, which has no parser, uses a cheap rule (a form of "be" or "get",
then at most two adverbs, then a past participle).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

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


def trim_space(sentence: Span) -> Span | None:
    """The sentence without leading or trailing whitespace tokens; None if nothing is left."""
    start, end = sentence.start, sentence.end
    doc = sentence.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def passive_by_parse(sentence: Span) -> bool:
    """Passive voice as the dependency parser labels it."""
    return any(token.dep_ in _PASSIVE_DEPS for token in sentence)


def passive_by_rule(sentence: Span) -> bool:
    """Passive voice by a parse-free rule: be/get, up to two adverbs, a participle."""
    irregular = load_word_list("irregular_participles.txt")
    tokens = [token.lower_ for token in sentence]
    for index, word in enumerate(tokens):
        if word not in _PASSIVE_AUXILIARIES:
            continue
        for look in tokens[index + 1:index + 4]:
            if look.endswith("ly") or look in ("not", "also", "then", "never", "just", "n't"):
                continue
            if (look.endswith("ed") and len(look) > 4) or look in irregular:
                return True
            break
    return False


class PlainFacts:
    """Counts words and syllables and detects passive voice in every sentence."""

    def __init__(self, use_parse: bool) -> None:
        self.use_parse = use_parse

    def __call__(self, doc: Doc) -> Doc:
        detect = passive_by_parse if self.use_parse else passive_by_rule
        facts = []
        for sentence in doc.sents:
            sentence = trim_space(sentence)
            if sentence is None:
                continue
            text = sentence.text
            counts = text_counts(text)
            if counts.words == 0:
                continue
            facts.append(SentenceFacts(
                start=sentence.start_char,
                end=sentence.end_char,
                words=counts.words,
                syllables=counts.syllables,
                polysyllables=counts.polysyllables,
                passive=detect(sentence),
            ))
        doc._.sos_sentences = facts
        return doc


@Language.factory(COMPONENT_NAME, default_config={"use_parse": True})
def make_plain_facts(nlp: Language, name: str, use_parse: bool) -> PlainFacts:
    return PlainFacts(use_parse=use_parse)
