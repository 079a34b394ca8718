"""Streaming readers for audit inputs: CSV, Excel, Parquet, JSON Lines and folders of files.

Every row becomes an AuditItem. A broken row (missing id, empty or undecodable
text, unparseable date, ragged CSV line) becomes an item with an ``error``, so
the runner records it and carries on; whole-file problems raise InputError.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sos_lang.inputs import InputError, file_encoding, read_text_file

TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".parquet", ".jsonl", ".ndjson"}
DOCUMENT_SUFFIXES = {".txt", ".md", ".docx"}
METADATA_FILE = "metadata.csv"
MAX_CELL_CHARS = 64 * 1024 * 1024

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("record_id", "id", "note_id", "case_note_id", "document_id"),
    "text": ("text", "note", "record_text", "body", "content", "narrative"),
    "team": ("team", "team_name", "service"),
    "date": ("date", "record_date", "created", "created_at", "note_date"),
    "type": ("record_type", "type", "document_type", "note_type"),
    "worker": ("worker", "author", "worker_name", "created_by"),
}
"""Column names tried, in order, for each field when no --*-col option names one."""

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d",
                 "%d %B %Y", "%d %b %Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S",
                 "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S")


@dataclass
class AuditItem:
    """One record to audit, or the reason it cannot be."""

    record_id: str | None
    text: str | None
    source: str
    team: str | None = None
    date: dt.date | None = None
    record_type: str | None = None
    worker: str | None = None
    error: str | None = None
    family_names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds each field; None means try the defaults."""

    id: str | None = None
    text: str | None = None
    team: str | None = None
    date: str | None = None
    type: str | None = None
    worker: str | None = None
    names: tuple[str, ...] = ()
    """Columns holding the record's own family names (``--name-cols``): passed to redaction,
    never stored."""

    def resolve(self, header: list[str], source: str) -> dict[str, str | None]:
        """Field -> column in this header; a named column that is missing is an error. Each
        name column comes back under the key ``name:<column>``."""
        lowered = {name.strip().lower(): name for name in header if isinstance(name, str)}
        resolved: dict[str, str | None] = {}
        for chosen in self.names:
            if chosen not in header and chosen.lower() not in lowered:
                raise InputError(f"{source}: no name column '{chosen}' "
                                 f"({len(header)} columns)")
            resolved[f"name:{chosen}"] = chosen if chosen in header else lowered[chosen.lower()]
        for name, candidates in DEFAULT_COLUMNS.items():
            chosen = getattr(self, name)
            if chosen is not None:
                if chosen not in header and chosen.lower() not in lowered:
                    raise InputError(f"{source}: no column '{chosen}' (columns: "
                                     f"{', '.join(map(str, header))})")
                resolved[name] = chosen if chosen in header else lowered[chosen.lower()]
            else:
                resolved[name] = next((lowered[c] for c in candidates if c in lowered), None)
        for required in ("id", "text"):
            if resolved[required] is None:
                raise InputError(
                    f"{source}: cannot tell which column holds the record {required}; name it "
                    f"with --{required}-col (columns: {', '.join(map(str, header))})")
        return resolved


def parse_date(value: Any) -> dt.date | None:
    """A date from a cell: date objects, ISO or UK day-first text. Raises ValueError."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"unparseable date {text[:40]!r}") from None


def _cell_text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value)


def _encodable(text: str) -> bool:
    """False for text holding undecodable bytes (kept as surrogates while reading)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def item_from_row(row: Mapping[str, Any], columns: dict[str, str | None], source: str
                  ) -> AuditItem:
    """Build an AuditItem from one table row, turning bad values into an error."""
    def get(name: str) -> str | None:
        column = columns[name]
        return _cell_text(row.get(column)) if column else None

    record_id = (get("id") or "").strip() or None
    item = AuditItem(record_id=record_id, text=get("text"), source=source,
                     team=(get("team") or "").strip() or None,
                     record_type=(get("type") or "").strip() or None,
                     worker=(get("worker") or "").strip() or None,
                     family_names=family_names(
                         row.get(column) for key, column in columns.items()
                         if key.startswith("name:") and column))
    if record_id is None:
        item.error = "missing record id"
    elif item.text is None or not item.text.strip():
        item.error = "empty text"
    elif len(item.text) > MAX_CELL_CHARS:
        item.error = f"text longer than {MAX_CELL_CHARS} characters"
    elif not _encodable(item.text):
        item.error = "text is not valid in the file's encoding"
    if item.error is None and columns["date"]:
        try:
            item.date = parse_date(row.get(columns["date"]))
        except ValueError as exc:
            item.error = str(exc)
    return item


_NAME_SEPARATORS = re.compile(r"[,;/|&\n]|\band\b")


def family_names(cells: Iterable[Any]) -> list[str]:
    """The names in name-column cells ("Kacper Nowak", "Zofia; Adam Nowak", "Jo and Sam"):
    each name as written, for redaction only."""
    names: list[str] = []
    for cell in cells:
        text = _cell_text(cell)
        if text:
            names += [name.strip() for name in _NAME_SEPARATORS.split(text)
                      if name.strip() and len(name.strip()) <= 100]
    return names


def read_csv(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    csv.field_size_limit(min(sys.maxsize, MAX_CELL_CHARS + 1024))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    encoding = file_encoding(path)
    with path.open("r", encoding=encoding, errors="surrogateescape", newline="") as stream:
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{path}: is empty") from None
        except csv.Error as exc:
            raise InputError(f"{path}: cannot read the header row ({exc})") from exc
        resolved = columns.resolve(header, str(path))
        while True:
            source = f"{path}:{reader.line_num + 1}"
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield AuditItem(None, None, source, error=f"broken CSV line ({exc})")
                continue
            if not any(value.strip() for value in values):
                continue
            source = f"{path}:{reader.line_num}"
            if len(values) != len(header):
                yield AuditItem(None, None, source, error=(
                    f"row has {len(values)} fields, the header has {len(header)}"))
                continue
            yield item_from_row(dict(zip(header, values, strict=True)), resolved, source)


def read_jsonl(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    resolved: dict[str, str | None] | None = None
    with path.open("r", encoding="utf-8", errors="surrogateescape") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                yield AuditItem(None, None, source, error=f"broken JSON line ({exc})")
                continue
            if resolved is None:
                resolved = columns.resolve(list(row), str(path))
            yield item_from_row(row, resolved, source)


def read_xlsx(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        raise InputError(f"{path}: is not a readable .xlsx file ({type(exc).__name__})") from exc
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = [str(cell) if cell is not None else "" for cell in next(rows, [])]
        if not header:
            raise InputError(f"{path}: the first sheet is empty")
        resolved = columns.resolve(header, str(path))
        for number, values in enumerate(rows, start=2):
            if values is None or all(value is None for value in values):
                continue
            row = dict(zip(header, values, strict=False))
            yield item_from_row(row, resolved, f"{path}:row {number}")
    finally:
        workbook.close()


def read_parquet(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid and OSError subclasses
        raise InputError(f"{path}: is not a readable Parquet file ({exc})") from exc
    resolved = columns.resolve(parquet.schema_arrow.names, str(path))
    number = 0
    for batch in parquet.iter_batches(batch_size=2000):
        for row in batch.to_pylist():
            number += 1
            yield item_from_row(row, resolved, f"{path}:row {number}")


def read_folder(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    """Documents in a folder (recursively); metadata.csv beside them maps file -> fields."""
    metadata: dict[str, dict[str, str]] = {}
    meta_path = path / METADATA_FILE
    if meta_path.is_file():
        for item in read_csv_rows(meta_path):
            key = item.get("file") or item.get("filename") or item.get("path") or ""
            metadata[key.strip()] = item
    for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES):
        relative = file.relative_to(path).as_posix()
        meta = metadata.get(relative) or metadata.get(file.name) or {}
        source = str(file)
        try:
            text = read_text_file(file)
        except InputError as exc:
            yield AuditItem(meta.get("record_id") or relative, None, source,
                            error=str(exc).removeprefix(f"{file}: "))
            continue
        row = {**meta, "__text": text, "__id": meta.get("record_id") or meta.get("id")
               or relative}
        resolved: dict[str, str | None] = {"id": "__id", "text": "__text",
                                           "team": "team", "date": "date",
                                           "type": "record_type" if "record_type" in meta
                                           else "type", "worker": "worker"}
        resolved.update({f"name:{name}": name.strip().lower() for name in columns.names})
        yield item_from_row(row, resolved, source)


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open("r", encoding=file_encoding(path), newline="") as stream:
        return [{(k or "").strip().lower(): (v or "") for k, v in row.items()}
                for row in csv.DictReader(stream)]


_READERS = {".csv": read_csv, ".tsv": read_csv, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
            ".xlsx": read_xlsx, ".parquet": read_parquet}


def iter_items(inputs: list[str], columns: ColumnMap) -> Iterator[AuditItem]:
    """Every item of every input, in order. Unusable inputs raise InputError up front."""
    paths = [Path(name) for name in inputs]
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_file() and path.suffix.lower() not in _READERS:
            raise InputError(f"{path}: cannot audit {path.suffix or 'this'} files; use "
                             f"{', '.join(sorted(_READERS))} or a folder of "
                             f"{', '.join(sorted(DOCUMENT_SUFFIXES))} files")
        if not path.is_file() and not path.is_dir():
            raise InputError(f"{path}: is not a regular file or folder")
    for path in paths:
        if path.is_dir():
            yield from read_folder(path, columns)
        else:
            yield from _READERS[path.suffix.lower()](path, columns)
