"""Section headings as a pipeline component: finds the Signs of Safety heading lines and
makes each one a sentence of its own, so that it is labelled `other` and the sentences
under it are not run into it ("Harm" on one line, the incident on the next).

It runs before the parser in ``accurate`` (the parser keeps boundaries already set) and
after the rule-based splitter in ``fast``.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.statements.headings import find_headings

COMPONENT_NAME = "sos_headings"

if not Doc.has_extension("sos_headings"):
    Doc.set_extension("sos_headings", default=None)


class HeadingMarker:
    """Records the heading lines of a Doc and sets its sentence starts around them."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        headings = find_headings(text) if len(doc) else []
        doc._.sos_headings = headings
        if not headings:
            return doc
        starts = [token.idx for token in doc]
        for heading in headings:
            index = bisect.bisect_left(starts, heading.start)
            if index == len(doc):
                continue
            doc[index].is_sent_start = True
            index += 1
            while index < len(doc) and starts[index] < heading.end:
                doc[index].is_sent_start = False
                index += 1
            # the token after the heading (its line break, most often) starts a sentence: a
            # line break on its own is a blank sentence, which nothing counts, and the
            # parser then splits the next line as it would anywhere else
            if index < len(doc):
                doc[index].is_sent_start = True
        return doc


@Language.factory(COMPONENT_NAME)
def make_heading_marker(nlp: Language, name: str) -> HeadingMarker:
    return HeadingMarker()
