"""Where each character of a Word document's text sits in its XML, so that findings on
the text can be put back into the document (comments, replacements) without touching
anything else.

The record text is every paragraph of the body in document order (table cells and text
boxes included, since case templates are mostly tables), then each distinct header and
footer, one paragraph a line. Each character maps to the run content element it came
from (``w:t`` text, a tab, a break), so a span of the text can be made into whole runs by
splitting runs at its ends, keeping each run's formatting.
"""

from __future__ import annotations

import bisect
import copy
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docx.oxml.ns import qn

if TYPE_CHECKING:
    from docx.document import Document

_P, _R, TEXT = qn("w:p"), qn("w:r"), qn("w:t")
_RPR = qn("w:rPr")
_CHARACTERS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
               qn("w:noBreakHyphen"): "-"}
"""Run content other than text that reads as one character."""
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
"""A text box is stored twice, as DrawingML (mc:Choice) and as VML (mc:Fallback): the
fallback copy is skipped so its text is read once."""
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

BODY, HEADER, FOOTER = "body", "header", "footer"


@dataclass(frozen=True)
class Piece:
    """One run content element and where its characters sit in the record text."""

    start: int
    element: Any
    """A ``w:t``, ``w:tab``, ``w:br``, ``w:cr`` or ``w:noBreakHyphen`` element."""
    story: str
    """BODY, HEADER or FOOTER: comments can be anchored only in the body."""

    @property
    def text(self) -> str:
        if self.element.tag == TEXT:
            return self.element.text or ""
        return _CHARACTERS[self.element.tag]

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def run(self) -> Any:
        return self.element.getparent()


@dataclass(frozen=True)
class Layout:
    """A document's record text and the piece each of its characters came from."""

    text: str
    pieces: list[Piece]

    @functools.cached_property
    def starts(self) -> list[int]:
        """Each piece's start, for finding a span's pieces by bisection."""
        return [piece.start for piece in self.pieces]

    def pieces_within(self, start: int, end: int) -> list[Piece]:
        """The pieces wholly inside [start, end), in order."""
        found = []
        for index in range(bisect.bisect_left(self.starts, start), len(self.pieces)):
            piece = self.pieces[index]
            if piece.start >= end:
                break
            if piece.end <= end:
                found.append(piece)
        return found


def _stories(document: Document) -> Iterator[tuple[str, Any]]:
    """The body, then each distinct header and footer part (linked sections share one)."""
    yield BODY, document.element.body
    seen: set[int] = set()
    for section in document.sections:
        for story, parts in ((HEADER, (section.header, section.first_page_header,
                                       section.even_page_header)),
                             (FOOTER, (section.footer, section.first_page_footer,
                                       section.even_page_footer))):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                element = part._element
                if id(element) not in seen:
                    seen.add(id(element))
                    yield story, element


def _in_fallback(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _own_runs(paragraph: Any) -> Iterator[Any]:
    """The runs whose nearest paragraph is this one (a text box inside a run holds
    paragraphs of its own, read separately), hyperlinks and tracked insertions included."""
    for run in paragraph.iter(_R):
        parent = run.getparent()
        while parent is not None and parent.tag != _P:
            parent = parent.getparent()
        if parent is paragraph and not _in_fallback(run, paragraph):
            yield run


def _paragraphs(root: Any) -> Iterator[Any]:
    for paragraph in root.iter(_P):
        if not _in_fallback(paragraph, root):
            yield paragraph


def read_layout(document: Document) -> Layout:
    """The record text of a document and the map from its characters to run content."""
    parts: list[str] = []
    pieces: list[Piece] = []
    position = 0
    for story, root in _stories(document):
        for paragraph in _paragraphs(root):
            if parts:
                parts.append("\n")
                position += 1
            for run in _own_runs(paragraph):
                for child in run:
                    if child.tag != TEXT and child.tag not in _CHARACTERS:
                        continue
                    piece = Piece(position, child, story)
                    text = piece.text
                    if text:
                        pieces.append(piece)
                        parts.append(text)
                        position += len(text)
    return Layout("".join(parts), pieces)


def set_text(element: Any, text: str) -> None:
    element.text = text
    if text != text.strip():
        element.set(_XML_SPACE, "preserve")


def _split_run_before(piece: Piece, offset: int) -> None:
    """Start a new run at ``offset`` characters into the piece, with the same formatting:
    the original run keeps what comes before, a copy placed after it the rest."""
    run = piece.run
    content = [child for child in run if child.tag != _RPR]
    index = content.index(piece.element)
    if offset == 0 and index == 0:
        return  # already the start of its run
    second = copy.deepcopy(run)
    second_content = [child for child in second if child.tag != _RPR]
    for child in second_content[:index]:
        second.remove(child)
    for child in content[index + (offset > 0):]:
        run.remove(child)
    if offset > 0:
        text = piece.element.text or ""
        set_text(piece.element, text[:offset])
        set_text(second_content[index], text[offset:])
    run.addnext(second)


def split_at(document: Document, boundaries: Iterable[int]) -> Layout:
    """Split runs so that each offset in ``boundaries`` falls between two runs, and return
    the new layout. Only the run structure changes: the text and formatting stay."""
    layout = read_layout(document)
    cuts = sorted(set(boundaries), reverse=True)
    pieces = layout.pieces
    index = len(pieces) - 1
    for cut in cuts:
        while index >= 0 and pieces[index].start > cut:
            index -= 1
        if index < 0:
            break
        piece = pieces[index]
        if piece.start <= cut < piece.end:
            _split_run_before(piece, cut - piece.start)
    return read_layout(document)


def runs_of(pieces: list[Piece]) -> list[Any]:
    """The distinct runs the pieces belong to, in order."""
    runs: list[Any] = []
    for piece in pieces:
        if not runs or runs[-1] is not piece.run:
            runs.append(piece.run)
    return runs
