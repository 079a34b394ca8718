"""Word round trip: a comment on exactly each finding's span, the document's text and
formatting unchanged, comments readable back; replacements made inside runs."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from sos_lang.inputs import InputError
from sos_lang.report import Finding, Report
from sos_lang.rewrite import Replacement, apply_replacements
from sos_lang.word.annotate import (
    annotate,
    open_document,
    replace_in_runs,
    save_document,
)
from sos_lang.word.layout import read_layout
from tests.word.documents import build_case_document


def _finding(text: str, needle: str, kind: str = "deficit", occurrence: int = 0,
             replacement: str | None = None) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Finding(f"test.{kind}", kind, "label", start, start + len(needle), needle,
                   f"why {needle}", ["an alternative"], "warning", replacement)


def _report(findings: list[Finding]) -> Report:
    return Report(scores={"overall": 61.0, "deficit": 10.0}, metrics={}, sentences=[],
                  findings=findings)


def _formatting(document: docx.document.Document) -> list[tuple[str, bool, bool]]:
    """Each character of the record text with the bold and italic of its run."""
    out = []
    for piece in read_layout(document).pieces:
        properties = piece.run.find(qn("w:rPr"))
        bold = properties is not None and properties.find(qn("w:b")) is not None
        italic = properties is not None and properties.find(qn("w:i")) is not None
        out.extend((char, bold, italic) for char in piece.text)
    return out


def _commented_text(document: docx.document.Document) -> dict[int, str]:
    """The text between each comment's range start and end, read from the saved XML."""
    body = document.element.body
    inside: dict[int, list[str]] = {}
    open_ids: set[int] = set()
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(int(element.get(qn("w:id"))))
            inside.setdefault(int(element.get(qn("w:id"))), [])
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(int(element.get(qn("w:id"))))
        elif element.tag == qn("w:t"):
            for comment_id in open_ids:
                inside[comment_id].append(element.text or "")
        elif element.tag == qn("w:p") and open_ids:
            for comment_id in open_ids:
                inside[comment_id].append("\n")
    return {key: "".join(parts).strip("\n") for key, parts in inside.items()}


@pytest.fixture
def case_document(tmp_path: Path) -> Path:
    return build_case_document(tmp_path / "draft.docx")


def test_the_record_text_holds_tables_text_boxes_headers_and_footers(
        case_document: Path) -> None:
    text = read_layout(open_document(case_document, "draft")).text
    assert text.startswith("Assessment of Jay\nMum was non-compliant with the plan")
    assert "Dad is aggressive and uncooperative." in text  # a table cell
    assert text.count("The LAC review is due prior to Christmas.") == 1  # text box, read once
    assert text.endswith("Family Assessment, CIN plan review\nPage 1 footer")


def test_a_comment_sits_on_exactly_each_flagged_span_and_nothing_else_changes(
        case_document: Path, tmp_path: Path) -> None:
    document = open_document(case_document, "draft")
    before_text, before_format = read_layout(document).text, _formatting(document)
    findings = [_finding(before_text, "non-compliant"), _finding(before_text, "failed to"),
                _finding(before_text, "aggressive"), _finding(before_text, "LAC"),
                _finding(before_text, "and failed to attend", kind="structure"),
                _finding(before_text, "CIN")]  # in the header
    added = annotate(document, _report(findings))
    out = tmp_path / "checked.docx"
    save_document(document, str(case_document), str(out))

    saved = docx.Document(str(out))
    assert added == 6  # five spans and the summary; the header finding is in the summary
    assert read_layout(saved).text == before_text
    assert _formatting(saved) == before_format
    comments = {comment.comment_id: comment.text for comment in saved.comments}
    anchored = _commented_text(saved)
    by_text = {anchored[key]: comments[key] for key in anchored}
    for finding in findings[:5]:
        assert f"why {finding.text}" in by_text[finding.text]
    summary = by_text["Assessment of Jay"]
    assert "overall 61" in summary and "\u201cCIN\u201d" in summary


def test_overlapping_findings_each_get_their_comment(case_document: Path) -> None:
    document = open_document(case_document, "draft")
    text = read_layout(document).text
    findings = [_finding(text, "non-compliant with"), _finding(text, "compliant with the")]
    annotate(document, _report(findings))
    anchored = set(_commented_text(document).values())
    assert {"non-compliant with", "compliant with the"} <= anchored


def test_safe_replacements_are_made_inside_runs_keeping_bold_and_italic(
        case_document: Path) -> None:
    document = open_document(case_document, "draft")
    text = read_layout(document).text
    replacements = [
        Replacement("r", start, start + len(old), old, new)
        for old, new, start in (("prior to", "before", text.index("prior to")),
                                ("non-compliant", "not yet able", text.index("non-compliant")),
                                ("plan and failed", "plan and did not", text.index("plan and")))]
    made = replace_in_runs(document, replacements)
    assert made == 3
    assert read_layout(document).text == apply_replacements(text, replacements)
    runs = {run.text: (run.bold, run.italic) for run in document.paragraphs[1].runs}
    assert runs["not yet able"] == (True, None)  # the bold span stays bold
    assert runs[" to"] == (None, True)  # the rest of an italic run keeps its italic
    assert runs["plan and did not"] == (None, None)  # a span over two runs: the first's format


def test_the_original_is_never_overwritten(case_document: Path) -> None:
    document = open_document(case_document, "draft")
    with pytest.raises(InputError, match="original is kept"):
        save_document(document, str(case_document), str(case_document))
    with pytest.raises(InputError, match=r"must be a \.docx"):
        save_document(document, str(case_document), str(case_document) + ".txt")


def test_a_hostile_docx_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "not.docx"
    path.write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(InputError, match=r"not a readable \.docx"):
        open_document(path, "not.docx")


@pytest.mark.slow
def test_check_annotate_writes_a_comment_per_finding_that_libreoffice_opens(
        case_document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command end to end (fast profile): a comment for each finding in the body plus
    the summary, the text unchanged, and the file converts to PDF in LibreOffice (CI
    installs it; tests/conftest.py turns a skip into a failure there)."""
    import json
    import shutil
    import subprocess

    from sos_lang.cli import main

    out = tmp_path / "checked.docx"
    status = main(["check", str(case_document), "--annotate", str(out), "--profile", "fast",
                   "--format", "json", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    text = read_layout(open_document(case_document, "draft")).text
    in_body = [f for f in report["findings"]
               if f["end"] > f["start"] and f["start"] < text.index("Family Assessment,")]
    saved = docx.Document(str(out))
    assert len(list(saved.comments)) == len(in_body) + 1
    assert read_layout(saved).text == text
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(out)], check=True, capture_output=True, timeout=180,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert (tmp_path / "checked.pdf").stat().st_size > 1000


def test_uploaded_bytes_come_back_commented_and_replaced_without_touching_disk(
        case_document: Path) -> None:
    from sos_lang.word.annotate import annotated_copy, replaced_copy

    data = case_document.read_bytes()
    text = read_layout(open_document(data, "draft.docx")).text
    findings = [_finding(text, "prior to", replacement="before"),
                _finding(text, "aggressive")]
    commented = open_document(annotated_copy(data, "draft.docx", text, _report(findings)),
                              "out")
    assert len(list(commented.comments)) == 3
    replaced = open_document(replaced_copy(data, "draft.docx", text, _report(findings)), "out")
    assert read_layout(replaced).text == text.replace("prior to", "before", 1)
    with pytest.raises(ValueError, match="not the text that was checked"):
        annotated_copy(data, "draft.docx", text + "x", _report(findings))


def test_check_reads_the_same_text_the_comments_are_placed_on(case_document: Path) -> None:
    from sos_lang.inputs import read_text_file

    assert read_text_file(case_document) == read_layout(
        open_document(case_document, "draft")).text


def test_annotating_a_text_file_is_a_clear_usage_error(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    from sos_lang.cli import main

    draft = tmp_path / "draft.txt"
    draft.write_text("Mum was non-compliant.", encoding="utf-8")
    assert main(["check", str(draft), "--annotate", str(tmp_path / "out.docx")]) == 2
    assert "only a .docx file" in capsys.readouterr().err
    assert not (tmp_path / "out.docx").exists()


def test_comments_already_in_the_document_keep_their_ids(case_document: Path) -> None:
    """A reviewer's comment in the draft stays, and each new comment gets an id of its own,
    also when a document is annotated twice."""
    document = open_document(case_document, "draft")
    document.add_comment(document.paragraphs[-1].runs, "Supervisor: add the date.",
                         author="Supervisor")
    text = read_layout(document).text
    annotate(document, _report([_finding(text, "aggressive")]))
    annotate(document, _report([_finding(text, "uncooperative")]))
    ids = [comment.comment_id for comment in document.comments]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert any(comment.author == "Supervisor" for comment in document.comments)
