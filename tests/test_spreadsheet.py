"""Formula injection (CSV injection): every CSV sos_lang writes neutralises text cells a
spreadsheet would run as formulas, and keeps numbers as numbers."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from sos_lang.cli import main
from sos_lang.spreadsheet import FORMULA_STARTS, frame_to_csv, safe_cell, safe_frame
from tests.conftest import HOSTILE_ID, HOSTILE_TEAM, HOSTILE_TYPE


def assert_no_formula_cells(text: str, sep: str = ",") -> list[list[str]]:
    """Parse CSV text; fail on any cell a spreadsheet would run (numbers allowed)."""
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                float(cell)  # only a plain number may start with + or -
    return rows


@pytest.mark.parametrize("value", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                                   HOSTILE_TEAM, HOSTILE_TYPE])
def test_formula_text_gets_a_leading_quote(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["North", "", "a=b", "O'Neill", "-3.5", "+12", "-1e-3", 7,
                                   -2.5, None, True, pd.Timestamp("2020-01-01")])
def test_plain_text_and_numbers_are_unchanged(value: object) -> None:
    assert safe_cell(value) is value or safe_cell(value) == value


def test_frame_numbers_stay_numbers_and_text_is_neutralised() -> None:
    frame = pd.DataFrame({"group": ["=evil()", "North"], "difference": [-2.5, 1.0],
                          "=col": ["x", "-y"]})
    safe = safe_frame(frame)
    assert safe["group"].tolist() == ["'=evil()", "North"]
    assert safe["difference"].tolist() == [-2.5, 1.0]
    assert list(safe.columns) == ["group", "difference", "'=col"]
    assert frame["group"].tolist() == ["=evil()", "North"]  # the input is not changed
    rows = assert_no_formula_cells(frame_to_csv(frame))
    assert rows[1] == ["'=evil()", "-2.5", "x"]


@pytest.mark.slow
def test_trends_csv_neutralises_hostile_metadata(hostile_store_url: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for by in ("team", "type"):
        assert main(["trends", "--store", hostile_store_url, "--by", by, "--format", "csv"]) == 0
        rows = assert_no_formula_cells(capsys.readouterr().out)
        groups = {row[1] for row in rows[1:]}
        assert ("'" + (HOSTILE_TEAM if by == "team" else HOSTILE_TYPE)) in groups


@pytest.mark.slow
def test_errors_output_neutralises_hostile_record_ids(hostile_store_url: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["errors", "--store", hostile_store_url]) == 0
    rows = assert_no_formula_cells(capsys.readouterr().out, sep="\t")
    assert [row[1] for row in rows] == ["'" + HOSTILE_ID]
    assert "empty" in rows[0][2]
