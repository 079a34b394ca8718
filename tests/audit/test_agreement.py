"""Agreement (issue 20, part 2): kappa against a hand-computed example and scikit-learn,
clear messages for bad workbooks, results in their own store table (also in a version 2
store written before the table existed)."""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

import pytest
from sqlalchemy import text

from sos_lang.audit.agreement import ALL_ELEMENTS, TOOL, agreement_from_workbooks, cohen_kappa
from sos_lang.audit.elements import element_ids
from sos_lang.audit.sample import SampleRequest, sample_workbook
from sos_lang.audit.workbook import COVER, ELEMENT_HEADER, WorkbookError
from sos_lang.store import RecordResult, Store
from sos_lang.store.schema import SCORE_COLUMNS


def test_kappa_matches_a_hand_computed_example() -> None:
    """50 records: both present 20, first only 5, second only 10, both missing 15.
    po = 35/50 = 0.70; the first says present for 25/50, the second for 30/50, so
    pe = 0.5 x 0.6 + 0.5 x 0.4 = 0.50 and kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
    SE = sqrt(0.7 x 0.3 / (50 x 0.5^2)) = sqrt(0.0168) = 0.12961; 95% interval
    0.40 -/+ 1.95996 x 0.12961 = 0.1460 to 0.6540."""
    first = ["present"] * 25 + ["missing"] * 25
    second = ["present"] * 20 + ["missing"] * 5 + ["present"] * 10 + ["missing"] * 15
    result = cohen_kappa(first, second)
    assert result.records == 50
    assert result.agreement == pytest.approx(0.70)
    assert result.kappa == pytest.approx(0.40)
    assert result.low == pytest.approx(0.1460, abs=1e-4)
    assert result.high == pytest.approx(0.6540, abs=1e-4)


def test_kappa_matches_scikit_learn() -> None:
    from sklearn.metrics import cohen_kappa_score

    rng = random.Random(20)
    for _ in range(200):
        n = rng.randint(2, 60)
        bias = rng.random()
        first = [rng.choice(("present", "missing")) for _ in range(n)]
        second = [grade if rng.random() < bias else rng.choice(("present", "missing"))
                  for grade in first]
        ours = cohen_kappa(first, second)
        if ours.kappa is None:
            assert len(set(first) | set(second)) == 1
            continue
        assert ours.kappa == pytest.approx(cohen_kappa_score(first, second), abs=1e-12)
        assert ours.low <= ours.kappa <= ours.high


def test_kappa_is_undefined_when_both_gave_one_grade() -> None:
    result = cohen_kappa(["present"] * 4, ["present"] * 4)
    assert result.agreement == 1.0 and result.kappa is None
    assert math.isnan(cohen_kappa([], []).agreement)


# --- workbooks against a store ------------------------------------------------------------

TOOL_SAYS = {"R1": {"harm": 1, "strengths": 2}, "R2": {"harm": 0, "strengths": 1},
             "R3": {"harm": 2, "strengths": 0}, "R4": {"harm": 0, "strengths": 0}}


@pytest.fixture()
def graded_store(tmp_path: Path) -> tuple[Store, Path]:
    """A store of four records with the tool's element counts, and their sample workbook."""
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    store.prepare()
    run = store.start_run(["x"], "fast", "0.3.0")
    store.write([RecordResult(
        record_id=record_id, content_hash="h" + record_id, analyser_version="0.3.0",
        profile="fast", team="North", worker=None, record_date=dt.date(2024, 1, 2),
        record_type=None, scores=dict.fromkeys(SCORE_COLUMNS, 10.0 * i), metrics={},
        element_counts=dict.fromkeys(element_ids(), 0) | counts)
        for i, (record_id, counts) in enumerate(TOOL_SAYS.items())], run)
    out = tmp_path / "sample.xlsx"
    sample_workbook(store, SampleRequest(n=4, seed=0), out)
    yield store, out
    store.close()


def _grade(source: Path, out: Path, grades: dict[str, dict[str, object]]) -> Path:
    """Fill in the grade column as an auditor would: grades[record id][element]."""
    from openpyxl import load_workbook

    book = load_workbook(source)
    for sheet in book.worksheets[1:]:
        record = sheet["B3"].value
        for row in range(1, sheet.max_row + 1):
            element = sheet[f"A{row}"].value
            if element in grades.get(record, {}):
                sheet[f"F{row}"] = grades[record][element]
    book.save(out)
    return out


def _rows(comparisons, first: str, second: str) -> dict:  # type: ignore[no-untyped-def]
    return {c.element: c for c in comparisons if (c.first, c.second) == (first, second)}


def test_tool_and_two_auditors_are_compared_and_stored(graded_store, tmp_path: Path) -> None:
    store, sample = graded_store
    one = _grade(sample, tmp_path / "one.xlsx", {
        "R1": {"harm": "present", "strengths": "Present"}, "R2": {"harm": "missing",
                                                                 "strengths": "yes"},
        "R3": {"harm": "present", "strengths": "no"}, "R4": {"harm": "present",
                                                            "strengths": 0}})
    two = _grade(sample, tmp_path / "two.xlsx", {
        "R1": {"harm": "present", "strengths": "present"}, "R2": {"harm": "missing",
                                                                 "strengths": "missing"},
        "R3": {"harm": "missing", "strengths": "missing"}, "R4": {"harm": "present"}})
    comparisons = agreement_from_workbooks(store, [one, two])
    tool_one = _rows(comparisons, TOOL, "auditor 1")
    assert tool_one["harm"].result.records == 4
    assert tool_one["harm"].result.agreement == pytest.approx(0.75)
    assert tool_one["harm"].disagreements == [("North", "R4")]
    assert tool_one["strengths"].result.agreement == 1.0
    assert tool_one["danger"].result.records == 0  # not graded: left out, not "missing"
    auditors = _rows(comparisons, "auditor 1", "auditor 2")
    assert auditors["harm"].disagreements == [("North", "R3")]
    assert auditors["strengths"].result.records == 3  # R4's strengths left ungraded by two
    pooled = _rows(comparisons, TOOL, "auditor 2")[ALL_ELEMENTS]
    assert pooled.result.records == 7
    stored = store.agreement_frame()
    assert len(stored) == len(comparisons) == 3 * (len(element_ids()) + 1)
    assert set(stored["workbooks"]) == {"one.xlsx\ntwo.xlsx"}


def test_an_older_version_2_store_gains_the_agreement_table(graded_store,
                                                            tmp_path: Path) -> None:
    store, sample = graded_store
    with store.engine.begin() as connection:
        connection.execute(text("DROP TABLE sos_agreement"))
    assert store.agreement_frame().empty
    one = _grade(sample, tmp_path / "one.xlsx", {"R1": {"harm": "present"}})
    agreement_from_workbooks(store, [one])
    assert len(store.agreement_frame()) == len(element_ids()) + 1


def _edited(source: Path, out: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    book = load_workbook(source)
    edit(book)
    book.save(out)
    return out


def _grade_row(sheet, element: str) -> int:  # type: ignore[no-untyped-def]
    header = next(r for r in range(1, 40) if sheet[f"A{r}"].value == ELEMENT_HEADER[0])
    return header + 1 + list(element_ids()).index(element)


def test_bad_workbooks_name_the_sheet_and_cell(graded_store, tmp_path: Path) -> None:
    store, sample = graded_store

    def out_of_range(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book["R002"]
        sheet[f"F{_grade_row(sheet, 'danger')}"] = "7/10"

    def unknown_record(book) -> None:  # type: ignore[no-untyped-def]
        book["R003"]["B3"] = "R99"

    def missing_sheet(book) -> None:  # type: ignore[no-untyped-def]
        del book["R004"]

    def no_cover(book) -> None:  # type: ignore[no-untyped-def]
        book[COVER].title = "Front"

    from openpyxl import load_workbook

    row = _grade_row(load_workbook(sample)["R002"], "danger")
    cases = {
        out_of_range: f"sheet 'R002' cell F{row}: grade '7/10' for danger is out of range",
        unknown_record: "sheet 'R003' cell B3: record 'R99' of team 'North' is not in the "
                        "store",
        missing_sheet: "sheet 'R004' (listed on sheet 'Cover' cell A14) is missing",
        no_cover: "has no sheet 'Cover'",
    }
    for edit, message in cases.items():
        bad = _edited(sample, tmp_path / f"{edit.__name__}.xlsx", edit)
        with pytest.raises(WorkbookError) as caught:
            agreement_from_workbooks(store, [bad])
        assert message in str(caught.value), str(caught.value)
    with pytest.raises(WorkbookError, match="no element is graded"):
        agreement_from_workbooks(store, [sample])
    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("hello", encoding="utf-8")
    with pytest.raises(WorkbookError, match=r"notes\.xlsx: is not a readable \.xlsx workbook"):
        agreement_from_workbooks(store, [not_a_workbook])


def test_the_commands_report_bad_input_in_one_line_with_exit_status_2(
        graded_store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sos_lang.cli import main

    store, sample = graded_store
    url = store.url
    bad = _edited(sample, tmp_path / "bad.xlsx", lambda book: book.remove(book["R002"]))
    assert main(["agreement", "--store", url, str(bad)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("sos-lang: bad.xlsx: sheet 'R002' (listed on sheet 'Cover' "
                            "cell A12) is missing")
    assert main(["sample", "--store", url, "--from", "2030-01-01",
                 "-o", str(tmp_path / "s.xlsx")]) == 2
    assert "no records in that date range" in capsys.readouterr().err
    graded = _grade(sample, tmp_path / "one.xlsx", {"R1": {"harm": "missing"}})
    assert main(["agreement", "--store", url, str(graded), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("raters,element,records,agreement,kappa,kappa_low,kappa_high,"
                          "disagree\n")
    assert "sos_lang vs auditor 1,harm,1,0.0,0.0,0.0,0.0,North/R1\n" in out
