"""The lexicon matcher: a spaCy component that finds vocabulary terms in context.

Terms are expanded to their spelling variants at load time and matched on
token text (lower-case, or exact for acronyms) with spaCy's PhraseMatcher,
which needs only the tokenizer. Each entry's context predicates (lexicon/context.py)
then drop quoted speech, other senses (the entry's exception regexes), vague words
followed by a concrete detail and acronyms already spelled out.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.lexicon.acronyms import CANDIDATE
from sos_lang.lexicon.context import (
    CONTEXT_PREDICATES,
    ContextPredicate,
    MatchContext,
    load_data,
)
from sos_lang.lexicon.loader import Lexicon, spelling_variants
from sos_lang.lexicon.schema import Entry
from sos_lang.lexicon.shapes import shape_key, shaped_words
from sos_lang.rules.config import active_lexicon

COMPONENT_NAME = "sos_lexicon"
if not Doc.has_extension("sos_matches"):
    Doc.set_extension("sos_matches", default=None)


@dataclass(frozen=True)
class LexiconMatch:
    """A vocabulary term found in the writer's own words."""

    entry: Entry
    start: int
    end: int


class LexiconMatcher:
    """Finds every entry of a lexicon in a Doc and applies the context rules."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._entries: dict[str, Entry] = {}
        self._predicates: dict[str, tuple[ContextPredicate, ...]] = {}
        self._any_acronym: list[Entry] = []
        self._listed_acronyms: set[str] = set()
        self._shaped: list[Entry] = []
        listed_words: set[str] = set()
        self._by_case = {
            False: PhraseMatcher(nlp.vocab, attr="LOWER"),
            True: PhraseMatcher(nlp.vocab, attr="ORTH"),
        }
        for entry in lexicon.entries:
            self._entries[entry.rule_id] = entry
            self._predicates[entry.rule_id] = tuple(CONTEXT_PREDICATES[name]
                                                    for name in entry.context)
            if entry.any_acronym:
                self._any_acronym.append(entry)
                continue
            if entry.word_shape:
                self._shaped.append(entry)
                continue
            forms: set[str] = set()
            for term in entry.terms:
                forms |= spelling_variants(term)
            if entry.subtype == "acronym":
                self._listed_acronyms |= forms
            else:
                listed_words |= {shape_key(form) for form in forms}
            if not entry.case_sensitive:
                forms = {form.lower() for form in forms}
            patterns = [nlp.make_doc(form) for form in sorted(forms)]
            self._by_case[entry.case_sensitive].add(entry.rule_id, patterns)
        self._listed_words = frozenset(listed_words)
        """Every word an entry lists: a word shape leaves them to their entries."""
        load_data({name for entry in lexicon.entries for name in entry.context})

    def __call__(self, doc: Doc) -> Doc:
        doc._.sos_matches = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[LexiconMatch]:
        """Matches kept after each entry's context predicates and overlap resolution, in
        text order. A candidate that a longer kept match already overlaps is dropped
        whatever its context says, so its predicates are never asked."""
        text = doc_text(doc)
        context = MatchContext(text, lambda: _sentence_bounds(doc, text), doc)
        candidates: list[tuple[Entry, int, int]] = []
        for matcher in self._by_case.values():
            for match_id, start_token, end_token in matcher(doc):
                rule_id = doc.vocab.strings[match_id]
                last = doc[end_token - 1]
                candidates.append((self._entries[rule_id], doc[start_token].idx,
                                   last.idx + len(last)))
        if self._any_acronym:
            for start, end in self._unlisted_acronyms(doc, text):
                candidates.extend((entry, start, end) for entry in self._any_acronym)
        for entry in self._shaped:
            for start, end in shaped_words(entry.word_shape or "", text, self._listed_words):
                if doc.char_span(start, end) is not None:
                    candidates.append((entry, start, end))
        context.labels = {(start, end): entry for entry, start, end in candidates
                          if entry.subtype == "label"}
        context.keep = lambda entry, start, end: self._keep(context, entry, start, end)
        return _resolve_overlaps(candidates, context.keep)

    def _keep(self, context: MatchContext, entry: Entry, start: int, end: int) -> bool:
        """Whether a match is flagged: not an allowed word, and no context predicate drops it."""
        if self.lexicon.allowed and context.text[start:end].lower() in self.lexicon.allowed:
            return False
        for predicate in self._predicates[entry.rule_id]:  # a loop: asked of every candidate
            if predicate(context, entry, start, end):
                return False
        return True

    def _unlisted_acronyms(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        """Tokens written in capitals that no acronym entry lists (those entries match their
        own terms, with their expansions)."""
        spans = []
        for match in CANDIDATE.finditer(text):
            if match.group() in self._listed_acronyms:
                continue
            span = doc.char_span(match.start(), match.end())
            if span is None and text.startswith("+", match.end()):
                # Letters with a plus sign for "Plus" ("PP+", Pupil Premium Plus): the
                # tokenizer keeps the sign on the token, which is still the acronym.
                span = doc.char_span(match.start(), match.end() + 1)
            if span is not None:
                spans.append(match.span())
        return spans


def _sentence_bounds(doc: Doc, text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of each sentence (the whole text if sentences are not set).

    A sentence that ends in a colon runs on into the next one: what follows a colon
    belongs to it ("Concerns were raised on 9 May: Sam had a burn"), even where the
    parser splits there.
    """
    if not doc.has_annotation("SENT_START"):
        return [0], [len(text)]
    starts: list[int] = []
    ends: list[int] = []
    runs_on = False
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        if runs_on:
            ends[-1] = end
        else:
            starts.append(start)
            ends.append(end)
        runs_on = text[start:end].rstrip().endswith(":")
    return starts or [0], ends or [len(text)]


def _resolve_overlaps(candidates: list[tuple[Entry, int, int]],
                      keep: Callable[[Entry, int, int], bool]) -> list[LexiconMatch]:
    """Longest match wins within a vocabulary; jargon inside deficit wording is dropped;
    a candidate is kept only if keep (its context predicates) says so.

    Kept spans are held per vocabulary as sorted, non-overlapping intervals, so each
    candidate is checked against its two neighbours only. keep is asked only of the
    candidates no kept span overlaps: the same matches are kept as if it were asked of
    every candidate first, as a dropped candidate never blocks another.
    """
    kept_by_vocabulary: dict[str, tuple[list[int], list[int]]] = {}
    no_spans: tuple[list[int], list[int]] = ([], [])
    kept: list[LexiconMatch] = []
    candidates.sort(key=_longest_first)
    for entry, start, end in candidates:
        vocabulary = entry.vocabulary
        own = kept_by_vocabulary.get(vocabulary, no_spans)
        if _overlaps(own[0], own[1], start, end):
            continue
        if vocabulary == "jargon":
            deficit = kept_by_vocabulary.get("deficit", no_spans)
            if _overlaps(deficit[0], deficit[1], start, end):
                continue
        if not keep(entry, start, end):
            continue
        if own is no_spans:
            own = kept_by_vocabulary[vocabulary] = ([], [])
        index = bisect.bisect_left(own[0], start)
        own[0].insert(index, start)
        own[1].insert(index, end)
        kept.append(LexiconMatch(entry, start, end))
    kept.sort(key=_text_order)
    return kept


def _longest_first(candidate: tuple[Entry, int, int]) -> tuple[int, int, str]:
    entry, start, end = candidate
    return start - end, start, entry.rule_id


def _text_order(match: LexiconMatch) -> tuple[int, int, str]:
    return match.start, match.end, match.entry.rule_id


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping intervals."""
    index = bisect.bisect_left(starts, start)
    if index < len(starts) and starts[index] < end:
        return True
    return index > 0 and ends[index - 1] > start


@Language.factory(COMPONENT_NAME, default_config={"config_path": None})
def make_lexicon_matcher(nlp: Language, name: str, config_path: str | None) -> LexiconMatcher:
    """spaCy factory: the packaged lexicon, or one with local overrides from config_path."""
    return LexiconMatcher(nlp, active_lexicon(config_path))
