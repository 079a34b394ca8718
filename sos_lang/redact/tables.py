"""Span finder for tables: cells under a header that says what they hold (a date of birth
under "DOB", a school under "School"), whose cue is the header, not the cell. A table's
cells are split by |, a tab or a run of spaces, or by commas in a CSV export pasted into a
record, whose header row is labels alone ("name,dob,nhs_no,postcode")."""

from __future__ import annotations

import itertools
import re

from sos_lang.redact.rules import Column, rules
from sos_lang.redact.spans import RedactedSpan

# Cells are split by |, a tab, or a run of two or more spaces (a table typed with spaces);
# a | with the spaces that pad it is one split, so a table typed with both ("NAME      |
# DOB") has the same cells in its header and its rows, however each is padded.
_CELL_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|\t| {2,}")
_COMMA = re.compile(r",")
# A column's label in a CSV header: words (snake_case too), no digit, no sentence marks.
_LABEL = re.compile(r"[ \t]*[^\W\d][^\W\d]*(?:[ _/.'’-]+[^\W\d]+){0,4}\.?[ \t]*")


def _cells(line: str, offset: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line that starts at offset."""
    cells, cell_start = [], offset
    for found in [*separator.finditer(line.rstrip("\n")), None]:
        cell_end = offset + found.start() if found else offset + len(line.rstrip("\n"))
        cells.append((cell_start, cell_end))
        cell_start = offset + found.end() if found else cell_end
    return cells


def _header_cells(line: str, offset: int) -> tuple[list[tuple[int, int]], re.Pattern[str]]:
    """The cells of a line that may head a table, and the separator its rows will use: |, a
    tab or spaces; or commas when the line is labels alone split by commas (a CSV header)."""
    cells = _cells(line, offset, _CELL_SEPARATOR)
    if len(cells) == 1 and "," in line:
        labels = line.rstrip("\n").split(",")
        if all(_LABEL.fullmatch(label) for label in labels):
            return _cells(line, offset, _COMMA), _COMMA
    return cells, _CELL_SEPARATOR


def _label(cell: str) -> str:
    """A header cell as the column headers read it (a CSV export's nhs_no: nhs no)."""
    return cell.replace("_", " ")


def table_column_spans(text: str) -> list[RedactedSpan]:
    """Cells under a known header ("Name | DOB | School", then one row a line): each cell
    that fits its column's shape is redacted as that column's kind. A row with another
    number of cells ends the table. A header has no digit, as header_rows says: a
    chronology's row whose middle cell is "School" heads nothing ("Housing" below it is
    an agency, not a school)."""
    spans: list[RedactedSpan] = []
    columns: dict[int, Column] = {}
    width = 0
    offset = 0
    separator = _CELL_SEPARATOR
    for line in text.splitlines(keepends=True):
        cells = _cells(line, offset, separator)
        texts = [text[start:end].strip() for start, end in cells]
        if len(cells) > 1 and columns and len(cells) == width:
            for index, column in columns.items():
                value = texts[index]
                if value and column.cell.fullmatch(value):
                    start = cells[index][0] + text[cells[index][0]:cells[index][1]].index(value)
                    spans.append(RedactedSpan(start, start + len(value), column.kind, value))
        else:
            cells, separator = _header_cells(line, offset)
            texts = [_label(text[start:end].strip()) for start, end in cells]
            # a header is labels alone: a chronology's row ("19/06 | School | ...") is none
            columns = {i: column for i, cell in enumerate(texts)
                       for column in rules().table_columns
                       if len(cells) > 1 and column.header.fullmatch(cell)
                       and not any(ch.isdigit() for ch in line)}
            width = len(cells)
        offset += len(line)
    return spans


def header_rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that heads a table: two or more cells, each a short label
    of four words at most, no digit, and a row of as many cells after it. Its cells are
    labels, not details ("nhs_no" is no handle); a row of an action table ("Ask Carr Manor
    Community School for a mentor | Liam Firth (SW) | next core group") heads nothing, nor
    does a row under a line of as many cells, which is the table's header or another row
    ("Name | Role | Contact" over "Hannah Rees | Headteacher, Maindee Primary School |":
    family, a table's short rows of details read as its header)."""
    rows = []
    offset = 0
    above = 0  # the cells of the line above, split as this line's are; 0 for none
    lines = text.splitlines(keepends=True)
    for line, after in itertools.pairwise(lines):
        cells, separator = _header_cells(line, offset)
        if (len(cells) > 1 and above != len(cells) and not any(ch.isdigit() for ch in line)
                and all(len(text[start:end].split()) <= 4 for start, end in cells)
                and len(_cells(after, offset + len(line), separator)) == len(cells)):
            rows.append((offset, offset + len(line.rstrip("\n"))))
        above = len(cells) if line.strip() else 0
        offset += len(line)
    return rows
