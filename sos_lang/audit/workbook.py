"""The audit workbook: written for a sample, read back once an auditor has graded it.

A cover sheet lists the sampled records; each record has a sheet of its own with its ids
and scores, the Signs of Safety elements (the tool's judgement, the redacted sentences that
show each one, empty columns for the auditor's grade and comment) and its flagged wording.
Everything written comes from the store: numbers, counts and redacted excerpts, never record
text. Every text cell goes through :func:`sos_lang.spreadsheet.safe_cell`, so a team or id
from an export cannot become a formula.

Reading checks the workbook cell by cell and names the sheet and cell of anything wrong: a
sheet the cover lists but the workbook lacks, a record the store does not hold, a grade that
is neither present nor missing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from sos_lang.audit.elements import Element, elements
from sos_lang.inputs import InputError
from sos_lang.spreadsheet import safe_cell
from sos_lang.store.schema import SCORE_COLUMNS

COVER = "Cover"
COVER_HEADER = ("Sheet", "Team", "Record id", "Record date", "Record type", "Stratum",
                "Score band", "Overall score")
COVER_HEADER_ROW = 10
ID_CELLS = {"Record id": "B3", "Team": "B4"}
ELEMENT_HEADER = ("Element id", "Element", "What to check", "sos_lang finds",
                  "Sentences that show it (redacted)", "Auditor grade", "Auditor comment")
GRADE_COLUMN = "F"
GRADES = ("present", "missing")
GRADE_WORDS = {"present": "present", "p": "present", "yes": "present", "y": "present",
               "1": "present", "missing": "missing", "m": "missing", "no": "missing",
               "n": "missing", "0": "missing", "absent": "missing"}
"""What an auditor may type in a grade cell, and the grade it means (case ignored)."""
NOT_JUDGED = "not judged"
ELEMENT_WIDTHS = (16, 24, 40, 14, 70, 14, 40)
"""Column widths (characters) of a record sheet's element table."""
ROW_POINTS = 15

RecordKey = tuple[str | None, str]


class WorkbookError(InputError):
    """A graded workbook that cannot be read: the message names the sheet and cell."""


@dataclass
class SampledRecord:
    """What one record sheet shows: the record's row, element counts and excerpts."""

    row: Mapping[str, object]
    element_counts: Mapping[str, int]
    excerpts: pd.DataFrame
    rule_counts: Mapping[str, int]


def record_sheet_name(position: int) -> str:
    """Sheets are named by position, never by record id (ids may be long or odd)."""
    return f"R{position:03d}"


def write_workbook(path: str | Path | BinaryIO, sampled: Sequence[SampledRecord],
                   about: Mapping[str, object]) -> None:
    """Write the audit workbook for the sampled records; ``about`` (store, options, seed)
    goes on the cover sheet."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    cover.title = COVER
    _cover(cover, sampled, about)
    for position, record in enumerate(sampled, 1):
        _record_sheet(book.create_sheet(record_sheet_name(position)), position, len(sampled),
                      record)
    book.save(path)


def _put(sheet, cell: str, value: object, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Font

    if isinstance(value, float) and pd.isna(value):
        value = None
    if isinstance(value, pd.Timestamp):
        value = None if pd.isna(value) else value.date()
    sheet[cell] = safe_cell(value)
    if isinstance(value, dt.date):
        sheet[cell].number_format = "yyyy-mm-dd"
    if bold:
        sheet[cell].font = Font(bold=True)


def _cover(sheet, sampled: Sequence[SampledRecord], about: Mapping[str, object]) -> None:  # type: ignore[no-untyped-def]
    _put(sheet, "A1", "sos_lang audit sample", bold=True)
    _put(sheet, "A2", "Grade each record sheet's elements present or missing in the Auditor "
                      "grade column, then run: sos-lang agreement --store URL THIS.xlsx")
    for row, (name, value) in enumerate(about.items(), 3):
        _put(sheet, f"A{row}", name)
        _put(sheet, f"B{row}", value if value is not None else "")
    for column, title in enumerate(COVER_HEADER):
        _put(sheet, f"{_letter(column)}{COVER_HEADER_ROW}", title, bold=True)
    for row, record in enumerate(sampled, COVER_HEADER_ROW + 1):
        values = (record_sheet_name(row - COVER_HEADER_ROW), record.row.get("team") or "",
                  record.row["record_id"], record.row.get("record_date"),
                  record.row.get("record_type") or "", record.row.get("stratum"),
                  record.row.get("score_band"), record.row.get("score_overall"))
        for column, value in enumerate(values):
            _put(sheet, f"{_letter(column)}{row}", value)
    for column, width in zip("ABCDEFGH", (10, 18, 24, 12, 18, 18, 10, 12), strict=True):
        sheet.column_dimensions[column].width = width


def _record_sheet(sheet, position: int, total: int, record: SampledRecord) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    row = record.row
    _put(sheet, "A1", f"Audit sheet: record {position} of {total}", bold=True)
    facts = [("Record id", row["record_id"]), ("Team", row.get("team") or ""),
             ("Record date", row.get("record_date")), ("Record type", row.get("record_type") or ""),
             ("Analysed by", f"sos_lang {row.get('analyser_version', '')} "
                             f"({row.get('profile', '')})")]
    facts += [(f"Score: {name}", row.get(f"score_{name}")) for name in SCORE_COLUMNS]
    for offset, (name, value) in enumerate(facts, 3):
        _put(sheet, f"A{offset}", name, bold=True)
        _put(sheet, f"B{offset}", value)
    header = 3 + len(facts) + 1
    for column, title in enumerate(ELEMENT_HEADER):
        _put(sheet, f"{_letter(column)}{header}", title, bold=True)
    excerpts = record.excerpts
    wrap = Alignment(wrap_text=True, vertical="top")
    for offset, element in enumerate(elements(), header + 1):
        shown = excerpts.loc[(excerpts["kind"] == "element")
                             & (excerpts["subtype"] == element.id), "excerpt"] \
            if not excerpts.empty else pd.Series(dtype=object)
        values = (element.id, element.title, element.question,
                  _tool_finds(element, record.element_counts),
                  "\n".join(f"• {text}" for text in shown) or "", None, None)
        for column, value in enumerate(values):
            _put(sheet, f"{_letter(column)}{offset}", value)
            sheet[f"{_letter(column)}{offset}"].alignment = wrap
        sheet.row_dimensions[offset].height = ROW_POINTS * max(
            _lines(str(value or ""), ELEMENT_WIDTHS[column])
            for column, value in enumerate(values))
    last = header + len(elements())
    grades = DataValidation(type="list", formula1='"' + ",".join(GRADES) + '"',
                            allow_blank=True)
    grades.add(f"{GRADE_COLUMN}{header + 1}:{GRADE_COLUMN}{last}")
    sheet.add_data_validation(grades)
    _put(sheet, f"A{last + 2}", "Overall comment", bold=True)
    flagged = last + 4
    _put(sheet, f"A{flagged}", "Flagged wording", bold=True)
    for column, title in enumerate(("Rule", "Times flagged", "Example (redacted)")):
        _put(sheet, f"{_letter(column)}{flagged + 1}", title, bold=True)
    examples = {} if excerpts.empty else (
        excerpts.loc[excerpts["kind"] != "element"].groupby("rule_id")["excerpt"].first())
    for offset, (rule, count) in enumerate(
            sorted(record.rule_counts.items(), key=lambda item: (-item[1], item[0])),
            flagged + 2):
        for column, value in enumerate((rule, count, examples.get(rule, ""))):
            _put(sheet, f"{_letter(column)}{offset}", value)
    for column, width in zip("ABCDEFG", ELEMENT_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width


def _lines(text: str, width: int) -> int:
    """Lines a wrapped cell needs (spreadsheets do not grow a row for wrapped text that a
    program wrote, so the sheet sets each element row's height itself)."""
    return sum(max(1, math.ceil(len(part) / width)) for part in text.split("\n"))


def _tool_finds(element: Element, counts: Mapping[str, int]) -> str:
    if element.id not in counts:
        return NOT_JUDGED
    return GRADES[0] if counts[element.id] else GRADES[1]


def _letter(column: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[column]


# --- reading a graded workbook ------------------------------------------------------------


@dataclass
class GradedRecord:
    key: RecordKey
    sheet: str
    grades: dict[str, str]  # element id -> present | missing (ungraded elements left out)


def read_graded(path: str | Path, known: Mapping[tuple[object, object], RecordKey]
                ) -> list[GradedRecord]:
    """The grades of a filled-in workbook. ``known`` maps the (team, id) cells a sheet may
    hold, as written, to the store's record key; anything else is a WorkbookError naming
    the sheet and cell."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    from sos_lang.audit.readers import MAX_XLSX_UNPACKED_BYTES
    from sos_lang.inputs import refuse_oversized_archive

    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as archive:  # a zip bomb is refused before openpyxl
            refuse_oversized_archive(archive, name, MAX_XLSX_UNPACKED_BYTES)
        book = load_workbook(path, read_only=False, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        if isinstance(exc, InputError):
            raise
        raise WorkbookError(f"{name}: is not a readable .xlsx workbook ({exc})") from exc
    if COVER not in book.sheetnames:
        raise WorkbookError(f"{name}: has no sheet '{COVER}'; grade the workbook that "
                            "sos-lang sample wrote")
    graded = []
    for sheet_name, cover_row in _listed_sheets(book[COVER], name):
        if sheet_name not in book.sheetnames:
            raise WorkbookError(f"{name}: sheet '{sheet_name}' (listed on sheet '{COVER}' "
                                f"cell A{cover_row}) is missing")
        graded.append(_read_sheet(book[sheet_name], name, known))
    return graded


def _listed_sheets(cover, name: str) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    header = tuple(cell.value for cell in cover[COVER_HEADER_ROW][:len(COVER_HEADER)])
    if header != COVER_HEADER:
        raise WorkbookError(f"{name}: sheet '{COVER}' row {COVER_HEADER_ROW} is not the "
                            f"sample's header ({', '.join(COVER_HEADER)})")
    listed = []
    for row in range(COVER_HEADER_ROW + 1, cover.max_row + 1):
        value = cover[f"A{row}"].value
        if value in (None, ""):
            break
        listed.append((str(value), row))
    return listed


def _read_sheet(sheet, name: str, known: Mapping[tuple[object, object], RecordKey]  # type: ignore[no-untyped-def]
                ) -> GradedRecord:
    where = f"{name}: sheet '{sheet.title}'"
    for label, cell in ID_CELLS.items():
        found = sheet[f"A{cell[1:]}"].value
        if found != label:
            raise WorkbookError(f"{where} cell A{cell[1:]}: expected '{label}', found "
                                f"{_shown(found)}")
    team, record_id = sheet[ID_CELLS["Team"]].value, sheet[ID_CELLS["Record id"]].value
    key = known.get((team or "", "" if record_id is None else str(record_id)))
    if key is None:
        raise WorkbookError(f"{where} cell {ID_CELLS['Record id']}: record "
                            f"{_shown(record_id)} of team {_shown(team or '')} is not in the "
                            "store")
    header = next((row for row in range(1, sheet.max_row + 1)
                   if sheet[f"A{row}"].value == ELEMENT_HEADER[0]), None)
    if header is None:
        raise WorkbookError(f"{where}: column A has no '{ELEMENT_HEADER[0]}' header row")
    ids = {element.id for element in elements()}
    grades: dict[str, str] = {}
    for row in range(header + 1, sheet.max_row + 1):
        element = sheet[f"A{row}"].value
        if element in (None, ""):
            break
        if element not in ids:
            raise WorkbookError(f"{where} cell A{row}: unknown element {_shown(element)}")
        value = sheet[f"{GRADE_COLUMN}{row}"].value
        if value is None or str(value).strip() == "":
            continue
        grade = GRADE_WORDS.get(str(value).strip().lower().removesuffix(".0"))
        if grade is None:
            raise WorkbookError(f"{where} cell {GRADE_COLUMN}{row}: grade {_shown(value)} "
                                f"for {element} is out of range: write present or missing")
        grades[str(element)] = grade
    return GradedRecord(key=key, sheet=sheet.title, grades=grades)


def _shown(value: object) -> str:
    """A cell value for a message: short, and never more than a cell's worth."""
    text = repr(value if not isinstance(value, dt.datetime) else value.isoformat())
    return text if len(text) <= 60 else text[:57] + "..."
