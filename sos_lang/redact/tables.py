"""Span finder for tables: cells under a header that says what they hold (a date of birth
under "DOB", a school under "School"), whose cue is the header, not the cell."""

from __future__ import annotations

import re

from sos_lang.redact.rules import Column, rules
from sos_lang.redact.spans import RedactedSpan

# Cells are split by |, a tab, or a run of two or more spaces (a table typed with spaces).
_CELL_SEPARATOR = re.compile(r"\||\t| {2,}")


def _cells(text: str, line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line that starts at offset."""
    cells, cell_start = [], offset
    for separator in [*_CELL_SEPARATOR.finditer(line.rstrip("\n")), None]:
        cell_end = offset + separator.start() if separator else offset + len(line.rstrip("\n"))
        cells.append((cell_start, cell_end))
        cell_start = offset + separator.end() if separator else cell_end
    return cells


def table_column_spans(text: str) -> list[RedactedSpan]:
    """Cells under a known header ("Name | DOB | School", then one row a line): each cell
    that fits its column's shape is redacted as that column's kind. A row with another
    number of cells ends the table."""
    spans: list[RedactedSpan] = []
    columns: dict[int, Column] = {}
    width = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = _cells(text, line, offset)
        texts = [text[start:end].strip() for start, end in cells]
        if len(cells) > 1 and columns and len(cells) == width:
            for index, column in columns.items():
                value = texts[index]
                if value and column.cell.fullmatch(value):
                    start = cells[index][0] + text[cells[index][0]:cells[index][1]].index(value)
                    spans.append(RedactedSpan(start, start + len(value), column.kind, value))
        else:
            columns = {i: column for i, cell in enumerate(texts) for column in rules().table_columns
                       if len(cells) > 1 and column.header.fullmatch(cell)}
            width = len(cells)
        offset += len(line)
    return spans
