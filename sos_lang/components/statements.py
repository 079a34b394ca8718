"""Statement labels per sentence: the Signs of Safety classifier as a pipeline component."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.statements.headings import priors, sentence_sections
from sos_lang.statements.model import Classification, default_model

COMPONENT_NAME = "sos_statements"

if not Doc.has_extension("sos_statements"):
    Doc.set_extension("sos_statements", default=None)
if not Doc.has_extension("sos_sections"):
    Doc.set_extension("sos_sections", default=None)
"""Per sentence of sos_plain: (the section heading it is under, whether it is a heading)."""

HEADING_LABEL = "other"
"""A heading line is not a statement (labelling guide: section headings are `other`)."""


def _sections(doc: Doc) -> list[tuple[str | None, bool]]:
    facts = doc._.sos_sentences or []
    headings = doc._.sos_headings or []
    if not headings:
        sections: list[tuple[str | None, bool]] = [(None, False)] * len(facts)
    else:
        sections = sentence_sections(headings, [(f.start, f.end) for f in facts])
    doc._.sos_sections = sections
    return sections


def _with_headings(labels: list[Classification],
                   sections: Sequence[tuple[str | None, bool]]) -> list[Classification]:
    """Heading lines labelled `other` for certain, never an opinion."""
    if not any(heading for _, heading in sections):
        return labels
    return [Classification(text=c.text, label=HEADING_LABEL, confidence=1.0,
                           opinion_as_fact=False) if heading else c
            for c, (_, heading) in zip(labels, sections, strict=True)]


def _priors(sections: Sequence[tuple[str | None, bool]]) -> np.ndarray | None:
    if all(section is None for section, _ in sections):
        return None
    return priors([section for section, _ in sections])


class StatementLabeller:
    """Labels every sentence counted by sos_plain (same order, same offsets)."""

    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.sos_sentences or []
        text = doc_text(doc)
        texts = [text[fact.start:fact.end] for fact in facts]
        sections = _sections(doc)
        doc._.sos_statements = _with_headings(
            default_model().classify(texts, _priors(sections)), sections)
        return doc

    def pipe(self, docs, batch_size: int = 256):
        """Classify the sentences of a batch of docs in one call (much faster than one by one)."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._label_batch(batch)
                batch = []
        if batch:
            yield from self._label_batch(batch)

    def _label_batch(self, docs: list[Doc]):
        texts: list[str] = []
        sections: list[tuple[str | None, bool]] = []
        for doc in docs:
            text = doc_text(doc)
            texts.extend(text[f.start:f.end] for f in doc._.sos_sentences or [])
            sections.extend(_sections(doc))
        labels = _with_headings(default_model().classify(texts, _priors(sections)), sections)
        position = 0
        for doc in docs:
            count = len(doc._.sos_sentences or [])
            doc._.sos_statements = labels[position:position + count]
            position += count
            yield doc


@Language.factory(COMPONENT_NAME)
def make_statement_labeller(nlp: Language, name: str) -> StatementLabeller:
    return StatementLabeller()
