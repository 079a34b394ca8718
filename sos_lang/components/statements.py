"""Statement labels per sentence: the Signs of Safety classifier as a pipeline component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.statements.model import default_model

COMPONENT_NAME = "sos_statements"

if not Doc.has_extension("sos_statements"):
    Doc.set_extension("sos_statements", default=None)


class StatementLabeller:
    """Labels every sentence counted by sos_plain (same order, same offsets)."""

    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.sos_sentences or []
        text = doc_text(doc)
        texts = [text[fact.start:fact.end] for fact in facts]
        doc._.sos_statements = default_model().classify(texts)
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
        for doc in docs:
            text = doc_text(doc)
            texts.extend(text[f.start:f.end] for f in doc._.sos_sentences or [])
        labels = default_model().classify(texts)
        position = 0
        for doc in docs:
            count = len(doc._.sos_sentences or [])
            doc._.sos_statements = labels[position:position + count]
            position += count
            yield doc


@Language.factory(COMPONENT_NAME)
def make_statement_labeller(nlp: Language, name: str) -> StatementLabeller:
    return StatementLabeller()
