"""The audit sample from exports with planted names to a workbook that openpyxl and
LibreOffice open: no name, and no sentence the sample does not show, reaches it."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Names no table or model knows, given to the audit in its name columns; a sentinel word in
# a sentence that shows no element and carries no finding, so it must never be excerpted.
CHILD, PARENTS, SENTINEL = "Zqxa Vrennik", "Oblu Vrennik; Tarv Quassel", "Plumbobwether"
TEXTS = [
    ("On 2 March Oblu Vrennik pushed Tarv Quassel into the door and zqxa told her teacher. "
     "Zqxa said \"I hid under my bed when Tarv shouted.\" The school and I are worried that "
     "if Oblu keeps drinking, Zqxa could get hurt. Tarv walks Zqxa to school every day. "
     f"The meeting was held in the {SENTINEL} room. I will visit Zqxa on Friday."),
    ("Vrennik was non-compliant and failed to engage. Tarv Quassel is hostile. "
     f"The meeting was held in the {SENTINEL} room. We need to see Oblu stay sober "
     "when Zqxa visits."),
    ("Zqxa loves football and Tarv takes her every Saturday. When Oblu drinks, Tarv takes "
     f"Zqxa to Nan's house. The meeting was held in the {SENTINEL} room."),
]
TEAMS = ("North", "South", "=cmd|' /C calc'!A0")


def _export(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=["record_id", "team", "date", "text",
                                                    "child_name", "parent_names"])
        writer.writeheader()
        for number in range(12):
            writer.writerow({"record_id": f"R{number}", "team": TEAMS[number % 3],
                             "date": f"2024-0{1 + number % 9}-1{number % 10}",
                             "text": TEXTS[number % 3], "child_name": CHILD,
                             "parent_names": PARENTS})
    return path


def _run(*args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "sos_lang", *args], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr


FORBIDDEN = ("Zqxa", "zqxa", "Vrennik", "Oblu", "Tarv", "Quassel", SENTINEL)


@pytest.mark.slow
def test_sample_of_planted_names_opens_in_openpyxl_and_libreoffice(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    store = f"sqlite:///{tmp_path / 's.db'}"
    _run("audit", str(_export(tmp_path / "export.csv")), "--store", store, "--keep-excerpts",
         "--quiet", "--team-col", "team", "--date-col", "date",
         "--name-cols", "child_name,parent_names")
    out = tmp_path / "audit-sample.xlsx"
    _run("sample", "--store", store, "--n", "6", "--by", "team", "--seed", "4", "-o", str(out))
    book = load_workbook(out)
    assert len(book.sheetnames) == 7
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    text = "\n".join(str(cell.value) for cell in cells if cell.value is not None)
    assert "[NAME]" in text and "present" in text  # excerpts of elements are there
    assert "I hid under my bed" in text  # the child's own words, shown redacted
    for word in FORBIDDEN:
        assert word not in text

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    every_sheet = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1"
    result = subprocess.run(
        [soffice, "--headless", "--convert-to", every_sheet, "--outdir", str(tmp_path / "lo"),
         str(out)], capture_output=True, text=True, timeout=180, check=False,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    sheets = sorted((tmp_path / "lo").glob("*.csv"))
    assert len(sheets) == 7, result.stderr  # Calc read the workbook: one CSV per sheet
    read = {path.stem.rsplit("-", 1)[1]: path.read_text(encoding="utf-8") for path in sheets}
    assert "Record id" in read["R001"] and "Element id" in read["R001"]
    assert "'=cmd|' /C calc'!A0" in read["Cover"]  # shown as text, not run
    for word in FORBIDDEN:
        assert not any(word in sheet for sheet in read.values())


@pytest.mark.slow
def test_the_demo_pair_of_graded_workbooks_reads_against_the_documented_store(
        tmp_path: Path) -> None:
    """docs/audit-demo holds two invented auditors' grades of a sample of the 120-record
    demo store (scripts/demo_audit_workbooks.py); agreement reads them against a store
    rebuilt with the commands its docstring gives."""
    root = Path(__file__).resolve().parents[2]
    demo = root / "docs" / "audit-demo"
    store = f"sqlite:///{tmp_path / 'demo-audit.db'}"
    _run("demo-data", str(tmp_path / "demo.csv"), "--records", "120", "--seed", "7")
    _run("audit", str(tmp_path / "demo.csv"), "--store", store, "--keep-excerpts", "--quiet")
    result = subprocess.run(
        [sys.executable, "-m", "sos_lang", "agreement", "--store", store, "--format", "csv",
         str(demo / "auditor-1.xlsx"), str(demo / "auditor-2.xlsx")],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    pooled = {row["raters"]: row for row in rows if row["element"] == "all elements"}
    assert set(pooled) == {"sos_lang vs auditor 1", "sos_lang vs auditor 2",
                           "auditor 1 vs auditor 2"}
    assert all(int(row["records"]) == 270 for row in pooled.values())
    auditors = float(pooled["auditor 1 vs auditor 2"]["kappa"])
    assert 0.6 < auditors < 0.85  # fixed by the shipped grades: realistic, not perfect
    assert float(pooled["sos_lang vs auditor 1"]["kappa"]) < 0.95
