"""Span finder for tables: dates in a date-of-birth column, whose cue is the header."""

from __future__ import annotations

import re

from sos_lang.redact.rules import rules
from sos_lang.redact.spans import RedactedSpan

_CELL_SEPARATOR = re.compile(r"\||\t")


def table_column_spans(text: str) -> list[RedactedSpan]:
    """Dates in a table's date-of-birth column ("Name | DOB | School", then one row a line,
    cells split by | or tabs): the cue is in the header, not beside each date."""
    header, date = rules().date_of_birth_headers, rules().date
    spans: list[RedactedSpan] = []
    column: int | None = None
    width = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        cells, cell_start = [], offset
        for separator in [*_CELL_SEPARATOR.finditer(line), None]:
            cell_end = offset + separator.start() if separator else offset + len(line)
            cells.append((cell_start, cell_end))
            cell_start = offset + separator.end() if separator else cell_end
        texts = [text[start:end].strip() for start, end in cells]
        if len(cells) > 1 and column is not None and len(cells) == width:
            start, end = cells[column]
            if date.fullmatch(texts[column]):
                lead = text[start:end].index(texts[column])
                spans.append(RedactedSpan(start + lead, start + lead + len(texts[column]),
                                          "DATE_OF_BIRTH", texts[column]))
        else:
            headers = [i for i, cell in enumerate(texts) if header.fullmatch(cell)]
            column, width = (headers[0], len(cells)) if len(cells) > 1 and headers else (None, 0)
        offset += len(line)
    return spans
