"""The lexicon matcher: a spaCy component that finds vocabulary terms in context.

Terms are expanded to their spelling variants at load time and matched on
token text (lower-case, or exact for acronyms) with spaCy's PhraseMatcher,
which needs only the tokenizer. Context rules then drop quoted speech, other
senses (the entry's exception regexes) and acronyms already spelled out.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.lexicon.context import (
    QuotedSpans,
    concrete_detail,
    detail_later_in_sentence,
    excepted,
    first_spelled_out,
)
from sos_lang.lexicon.loader import Lexicon, spelling_variants
from sos_lang.lexicon.overrides import active_lexicon
from sos_lang.lexicon.schema import Entry

COMPONENT_NAME = "sos_lexicon"
CONTEXT_CHARS = 150
"""How far either side of a match its entry's exception patterns look (within the sentence)."""

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
        self._by_case = {
            False: PhraseMatcher(nlp.vocab, attr="LOWER"),
            True: PhraseMatcher(nlp.vocab, attr="ORTH"),
        }
        for entry in lexicon.entries:
            self._entries[entry.rule_id] = entry
            forms: set[str] = set()
            for term in entry.terms:
                forms |= spelling_variants(term)
            if not entry.case_sensitive:
                forms = {form.lower() for form in forms}
            patterns = [nlp.make_doc(form) for form in sorted(forms)]
            self._by_case[entry.case_sensitive].add(entry.rule_id, patterns)

    def __call__(self, doc: Doc) -> Doc:
        doc._.sos_matches = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[LexiconMatch]:
        """Matches kept after context rules and overlap resolution, in text order."""
        text = doc_text(doc)
        quotes = QuotedSpans(text) if any(mark in text for mark in "\"'“‘") else None
        sentences: tuple[list[int], list[int]] | None = None  # found when first needed
        lowered: str | None = None  # likewise
        first_seen: dict[str, int] = {}
        next_is_concrete: dict[int, bool] = {}
        candidates: list[tuple[Entry, int, int]] = []
        for matcher in self._by_case.values():
            for match_id, start_token, end_token in matcher(doc):
                entry = self._entries[doc.vocab.strings[match_id]]
                last = doc[end_token - 1]
                start, end = doc[start_token].idx, last.idx + len(last)
                if self.lexicon.allowed and text[start:end].lower() in self.lexicon.allowed:
                    continue
                if quotes and quotes.contains(start, end):
                    continue
                if entry.exceptions or entry.detail_may_follow:
                    # the sentence around the match, at most CONTEXT_CHARS either side, so
                    # that a huge unpunctuated "sentence" cannot make matching quadratic
                    if sentences is None:
                        sentences = _sentence_bounds(doc, text)
                    index = bisect.bisect_right(sentences[0], start) - 1
                    left = max(sentences[0][index], start - CONTEXT_CHARS)
                    right = min(sentences[1][index], end + CONTEXT_CHARS)
                    if entry.exceptions and excepted(text[left:right], start - left,
                                                     end - left, entry.exceptions):
                        continue
                    if entry.detail_may_follow and _detail_follows(
                            text, end, right, sentences, index, next_is_concrete):
                        continue
                if entry.expansion:
                    if entry.expansion not in first_seen:
                        lowered = text.lower() if lowered is None else lowered
                        first_seen[entry.expansion] = first_spelled_out(
                            text, entry.expansion, lowered)
                    if first_seen[entry.expansion] < start:
                        continue
                candidates.append((entry, start, end))
        return _resolve_overlaps(candidates)


def _detail_follows(text: str, end: int, right: int, sentences: tuple[list[int], list[int]],
                    index: int, next_is_concrete: dict[int, bool]) -> bool:
    """Whether a concrete detail follows the match later in its sentence (up to right, the
    end of its context window) or in the next sentence (cut at CONTEXT_CHARS, like every
    context window). next_is_concrete remembers the answer for each next sentence, asked
    once per document."""
    if detail_later_in_sentence(text, end, right):
        return True
    if index + 1 >= len(sentences[0]):
        return False
    if index not in next_is_concrete:
        start = sentences[0][index + 1]
        next_is_concrete[index] = concrete_detail(
            text[start:min(sentences[1][index + 1], start + CONTEXT_CHARS)])
    return next_is_concrete[index]


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


def _resolve_overlaps(candidates: list[tuple[Entry, int, int]]) -> list[LexiconMatch]:
    """Longest match wins within a vocabulary; jargon inside deficit wording is dropped.

    Kept spans are held per vocabulary as sorted, non-overlapping intervals, so each
    candidate is checked against its two neighbours only.
    """
    kept_by_vocabulary: dict[str, tuple[list[int], list[int]]] = {}
    kept: list[LexiconMatch] = []
    ordered = sorted(candidates, key=lambda c: (-(c[2] - c[1]), c[1], c[0].rule_id))
    for entry, start, end in ordered:
        own = kept_by_vocabulary.setdefault(entry.vocabulary, ([], []))
        blockers = [own]
        if entry.vocabulary == "jargon":
            blockers.append(kept_by_vocabulary.setdefault("deficit", ([], [])))
        if any(_overlaps(starts, ends, start, end) for starts, ends in blockers):
            continue
        index = bisect.bisect_left(own[0], start)
        own[0].insert(index, start)
        own[1].insert(index, end)
        kept.append(LexiconMatch(entry, start, end))
    return sorted(kept, key=lambda match: (match.start, match.end, match.entry.rule_id))


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
