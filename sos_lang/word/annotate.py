"""Findings put back into the worker's own Word document: a review comment on each flagged
span (the reason and the alternatives), a summary comment with the scores on the first
paragraph, and the safe replacements made inside the runs so formatting is kept."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from docx.text.run import Run

from sos_lang.report import Finding, Report
from sos_lang.word.layout import (
    BODY,
    TEXT,
    Layout,
    Piece,
    read_layout,
    runs_of,
    set_text,
    split_at,
)

if TYPE_CHECKING:
    from docx.document import Document

    from sos_lang.rewrite import Replacement

AUTHOR, INITIALS = "sos-lang", "SL"


def open_document(source: Path | BinaryIO | bytes, name: str) -> Document:
    """A .docx opened with the same guards as reading one (zip and XML bombs, the record
    cap), so a hostile file is refused before python-docx builds it."""
    import docx

    from sos_lang.inputs import InputError, _guard_docx

    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    _guard_docx(stream, name)
    if not isinstance(stream, Path):
        stream.seek(0)  # the guard read the stream
    try:
        return docx.Document(str(stream) if isinstance(stream, Path) else stream)
    except Exception as exc:  # python-docx raises many kinds for broken files
        raise InputError(f"{name}: is not a readable .docx file ({type(exc).__name__})"
                         ) from exc


def comment_text(finding: Finding) -> str:
    """What a comment on one finding says: the reason, then the alternatives."""
    lines = [f"{finding.kind}/{finding.subtype} ({finding.severity}): {finding.message}"]
    if finding.alternatives:
        lines.append("Try: " + "; ".join(finding.alternatives))
    if finding.replacement:
        lines.append(f"Safe replacement: {finding.replacement}")
    return "\n".join(lines)


def summary_text(report: Report, elsewhere: Sequence[Finding]) -> str:
    """The first comment: the verdict, the scores, and the findings in headers and footers,
    where Word cannot hold a comment."""
    from sos_lang.verdict import verdict

    result = verdict(report)
    headline = (f"{result.headline}: {result.total} finding(s) to fix before sharing this "
                "with the family" if not result.ready else
                f"{result.headline}: nothing at warning level or above")
    scores = ", ".join(f"{name} {value:.0f}" for name, value in report.scores.items())
    lines = [f"sos-lang. {headline}. Scores (0-100, higher is better): {scores}."]
    for finding in elsewhere:
        lines.append(f"In a header or footer, \u201c{finding.text}\u201d: "
                     + comment_text(finding).replace("\n", " "))
    return "\n".join(lines)


def _anchor(pieces: list[Piece]) -> list[Run] | None:
    runs = runs_of(pieces)
    if not runs or any(piece.story != BODY for piece in pieces):
        return None
    return [Run(run, None) for run in runs]  # type: ignore[arg-type]


def annotate(document: Document, report: Report) -> int:
    """Add the summary comment on the first line, then a comment on each finding's span;
    returns the number of comments added. The report must come from analysing
    ``read_layout(document).text``."""
    findings = [f for f in report.findings if f.end > f.start]
    layout = split_at(document, [offset for f in findings for offset in (f.start, f.end)])
    anchored: list[tuple[Finding, list[Run]]] = []
    elsewhere: list[Finding] = []
    for finding in findings:
        runs = _anchor(layout.pieces_within(finding.start, finding.end))
        if runs is None:
            elsewhere.append(finding)
        else:
            anchored.append((finding, runs))
    summary = _anchor(_first_body_pieces(layout))
    if summary is not None:
        anchored.insert(0, (None, summary))  # type: ignore[arg-type]
    _number_comments_in_turn(document)
    for finding, runs in anchored:
        text = summary_text(report, elsewhere) if finding is None else comment_text(finding)
        document.add_comment(runs, text, author=AUTHOR, initials=INITIALS)
    return len(anchored)


def _number_comments_in_turn(document: Document) -> None:
    """python-docx finds each new comment's id by reading every existing id (quadratic over
    hundreds of comments, a third of the time of a 5,000-word document); this document's
    comments part counts on from the largest id instead. The override lives on this
    document's element only, and python-docx's own way is kept if its internals differ."""
    element = getattr(document.comments, "_comments_elm", None)
    if element is None or not hasattr(element, "_next_available_comment_id"):
        return
    following = itertools.count(element._next_available_comment_id())
    element._next_available_comment_id = lambda: next(following)


def _first_body_pieces(layout: Layout) -> list[Piece]:
    """The pieces of the first line of the body that has text (the title, usually)."""
    body = [piece for piece in layout.pieces if piece.story == BODY]
    if not body:
        return []
    line_end = layout.text.find("\n", body[0].start)
    end = len(layout.text) if line_end < 0 else line_end
    return layout.pieces_within(body[0].start, end)


def replace_in_runs(document: Document, replacements: Sequence[Replacement]) -> int:
    """Make each replacement inside the runs it covers: the first text element takes the
    new words (so the replaced span keeps that run's formatting) and the rest of the span
    is removed. Returns how many were made; one overlapping an earlier one, or covering
    anything but text, is skipped."""
    layout = split_at(document, [offset for r in replacements for offset in (r.start, r.end)])
    made, position = 0, 0
    for item in sorted(replacements, key=lambda r: r.start):
        pieces = layout.pieces_within(item.start, item.end)
        covered = sum(len(piece.text) for piece in pieces)
        if (item.start < position or not pieces or covered != item.end - item.start
                or any(piece.element.tag != TEXT for piece in pieces)):
            continue
        set_text(pieces[0].element, item.replacement)
        for piece in pieces[1:]:
            run = piece.run
            run.remove(piece.element)
            if all(child.tag.endswith("}rPr") for child in run):
                run.getparent().remove(run)
        made += 1
        position = item.end
    return made


def _copy_with(data: bytes, name: str, text: str, change: Callable[[Document], object]
               ) -> bytes:
    document = open_document(data, name)
    if read_layout(document).text != text:
        raise ValueError(f"{name}: the document's text is not the text that was checked")
    change(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def annotated_copy(data: bytes, name: str, text: str, report: Report) -> bytes:
    """An uploaded .docx (bytes, never written to disk) with the report's comments; ``text``
    and ``report`` are what checking its text gave."""
    return _copy_with(data, name, text, lambda document: annotate(document, report))


def replaced_copy(data: bytes, name: str, text: str, report: Report) -> bytes:
    """An uploaded .docx (bytes) with the report's safe replacements made in its runs."""
    from sos_lang.rewrite import plan_rewrite

    return _copy_with(data, name, text,
                      lambda document: replace_in_runs(document, plan_rewrite(report)))


def document_record(path: str) -> tuple[Document, str]:
    """A .docx file opened for writing back, and its record text (checked against the
    record cap as any input is); the text is what ``check`` and ``rewrite`` analyse."""
    from sos_lang.inputs import InputError, check_record

    if not path.lower().endswith(".docx"):
        raise InputError(f"{path}: only a .docx file can be written back with comments or "
                         "replacements")
    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    document = open_document(Path(path), path)
    return document, check_record(read_layout(document).text, path)


def save_document(document: Document, source: str, target: str) -> None:
    """Save to ``target``, never over the worker's original."""
    from sos_lang.inputs import InputError

    if not target.lower().endswith(".docx"):
        raise InputError(f"{target}: the output must be a .docx file")
    if Path(target).resolve() == Path(source).resolve():
        raise InputError(f"{target}: is the input file; choose another name so the "
                         "original is kept")
    document.save(target)
