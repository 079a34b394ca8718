"""The Doc's text, computed once: ``Doc.text`` rebuilds the string from every token."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "sos_text"


def doc_text(doc: Doc) -> str:
    """The text of the Doc, cached in ``doc.user_data`` (analysis puts it there up front)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def make_doc(nlp, text: str) -> Doc:  # type: ignore[no-untyped-def]
    """Tokenize text into a Doc that already knows its text."""
    doc = nlp.make_doc(text)
    doc.user_data[_KEY] = text
    return doc
