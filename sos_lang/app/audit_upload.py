"""Auditing an uploaded export into the store: the core of the Audit page, without Streamlit.

The batch readers and the runner read files, so an upload is written to a private
temporary folder (under its own base name, so run errors name the user's file) and
deleted as soon as the audit or the header read is over, whatever happens.
"""

from __future__ import annotations

import contextlib
import csv
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from sos_lang.audit.readers import DEFAULT_COLUMNS, ColumnMap, iter_items
from sos_lang.audit.runner import AnalysisOptions, AuditSummary, run_audit
from sos_lang.inputs import InputError, file_encoding
from sos_lang.store import Store

EXPORT_TYPES = ["csv", "xlsx", "parquet"]
MAX_EXPORT_MB = 200
FIELD_LABELS = {
    "id": "Record id (required)",
    "text": "Record text (required)",
    "team": "Team",
    "date": "Date",
    "type": "Record type",
    "worker": "Worker (stored as a keyed pseudonym)",
}

ProgressCallback = Callable[[float, AuditSummary], None]


def safe_file_name(name: str) -> str:
    """The upload's base name with only safe characters, keeping its suffix."""
    base = re.sub(r"[^\w.\-]", "_", Path(name).name).lstrip(".") or "export"
    suffix = Path(base).suffix.lower().lstrip(".")
    if suffix not in EXPORT_TYPES:
        raise InputError(f"{name}: cannot audit this file type; upload "
                         f"{', '.join('.' + t for t in EXPORT_TYPES)}")
    return base


@contextlib.contextmanager
def upload_as_file(name: str, data: bytes) -> Iterator[Path]:
    """The upload as a file in a private temporary folder, deleted on exit."""
    folder = Path(tempfile.mkdtemp(prefix="sos_lang_upload_"))
    try:
        path = folder / safe_file_name(name)
        path.write_bytes(data)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def header_of(path: Path) -> list[str]:
    """Column names of an export, read the way the audit readers read them."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            with path.open("r", encoding=file_encoding(path), newline="") as stream:
                return next(csv.reader(stream), [])
        if suffix == ".xlsx":
            import openpyxl

            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                first = next(workbook.worksheets[0].iter_rows(values_only=True), ())
            finally:
                workbook.close()
            return [str(cell) for cell in first if cell is not None]
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
    except InputError:
        raise
    except Exception as exc:  # csv, openpyxl and pyarrow raise many kinds for broken files
        raise InputError(f"{path.name}: cannot read the column names ({type(exc).__name__})"
                         ) from exc
    raise InputError(f"{path.name}: cannot audit {suffix or 'this'} files")


def upload_header(name: str, data: bytes) -> list[str]:
    """Column names of an uploaded export."""
    with upload_as_file(name, data) as path:
        header = header_of(path)
    if not header:
        raise InputError(f"{name}: has no header row")
    return header


def default_mapping(header: list[str]) -> dict[str, str | None]:
    """Field -> column chosen by DEFAULT_COLUMNS (the same names the CLI tries), or None."""
    lowered = {column.strip().lower(): column for column in header}
    return {field: next((lowered[c] for c in candidates if c in lowered), None)
            for field, candidates in DEFAULT_COLUMNS.items()}


def column_map(mapping: dict[str, str | None], names: tuple[str, ...] = ()) -> ColumnMap:
    """The ColumnMap for the chosen columns; id and text must be chosen. ``names`` are the
    columns holding the family's names, passed to redaction as ``--name-cols`` does."""
    missing = [FIELD_LABELS[field] for field in ("id", "text") if not mapping.get(field)]
    if missing:
        raise InputError(f"choose the column for: {', '.join(missing)}")
    return ColumnMap(**{field: mapping.get(field) for field in DEFAULT_COLUMNS},
                     names=tuple(names))


def audit_upload(name: str, data: bytes, store: Store, columns: ColumnMap,
                 options: AnalysisOptions | None = None, key: str | None = None,
                 on_progress: ProgressCallback | None = None,
                 teams: frozenset[str] | None = None) -> AuditSummary:
    """Audit an uploaded export into the store with this column mapping.

    Raises InputError for a file that cannot be audited at all (wrong type, missing
    columns); rows that cannot be analysed become run errors in the store.
    ``on_progress`` gets the fraction done (0-1) and the running summary. ``teams`` (None:
    any) are the teams the uploader may write to; rows of other teams are run errors.
    """
    with upload_as_file(name, data) as path:
        total = sum(1 for _ in iter_items([str(path)], columns))
        if total == 0:
            raise InputError(f"{name}: has no records")

        def progress(summary: AuditSummary) -> None:
            if on_progress is not None:
                done = summary.analysed + summary.skipped + summary.failed
                on_progress(min(1.0, done / total), summary)

        summary = run_audit([str(path)], store, columns=columns, options=options,
                            key=key, progress=False, on_progress=progress, teams=teams)
    if on_progress is not None:
        on_progress(1.0, summary)
    return summary


def source_label(source: str) -> str:
    """A run error's source without the temporary folder: 'export.csv:12'."""
    return re.sub(r"^.*[\\/]", "", source)
