"""The lexicon matcher: a spaCy component that finds vocabulary terms in context.

Terms are expanded to their spelling variants at load time and matched on
token text (lower-case, or exact for acronyms) with spaCy's PhraseMatcher,
which needs only the tokenizer. Context rules then drop quoted speech, other
senses (the entry's exception regexes) and acronyms already spelled out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.lexicon.context import QuotedSpans, excepted, spelled_out_before
from sos_lang.lexicon.loader import Lexicon, spelling_variants
from sos_lang.lexicon.overrides import active_lexicon
from sos_lang.lexicon.schema import Entry

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
        candidates: list[tuple[Entry, int, int]] = []
        for matcher in self._by_case.values():
            for match_id, start, end in matcher(doc):
                entry = self._entries[doc.vocab.strings[match_id]]
                span = doc[start:end]
                if self.lexicon.allowed and span.text.lower() in self.lexicon.allowed:
                    continue
                if quotes and quotes.contains(span.start_char, span.end_char):
                    continue
                if entry.exceptions:
                    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
                    offset = sentence.start_char
                    if excepted(text[offset:sentence.end_char], span.start_char - offset,
                                span.end_char - offset, entry.exceptions):
                        continue
                if entry.expansion and spelled_out_before(text, span.start_char,
                                                          entry.expansion):
                    continue
                candidates.append((entry, span.start_char, span.end_char))
        return _resolve_overlaps(candidates)


def _resolve_overlaps(candidates: list[tuple[Entry, int, int]]) -> list[LexiconMatch]:
    """Longest match wins within a vocabulary; jargon inside deficit wording is dropped."""
    kept: list[LexiconMatch] = []
    ordered = sorted(candidates, key=lambda c: (-(c[2] - c[1]), c[1], c[0].rule_id))
    for entry, start, end in ordered:
        clash = any(
            start < other.end and other.start < end
            and (other.entry.vocabulary == entry.vocabulary
                 or (entry.vocabulary == "jargon" and other.entry.vocabulary == "deficit"))
            for other in kept
        )
        if not clash:
            kept.append(LexiconMatch(entry, start, end))
    return sorted(kept, key=lambda match: (match.start, match.end, match.entry.rule_id))


@Language.factory(COMPONENT_NAME, default_config={"config_path": None})
def make_lexicon_matcher(nlp: Language, name: str, config_path: str | None) -> LexiconMatcher:
    """spaCy factory: the packaged lexicon, or one with local overrides from config_path."""
    return LexiconMatcher(nlp, active_lexicon(config_path))
