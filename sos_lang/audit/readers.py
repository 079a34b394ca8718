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

from sos_lang.inputs import (
    BATCH_CHARS,
    InputError,
    file_encoding,
    max_record_chars,
    over_limit,
    read_text_file,
    refuse_oversized_archive,
)
from sos_lang.printers import safe_to_print

TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".parquet", ".jsonl", ".ndjson"}
DOCUMENT_SUFFIXES = {".txt", ".md", ".docx"}
METADATA_FILE = "metadata.csv"
SYMLINK_ERROR = "a symbolic link or outside the folder: not followed"
"""The run error for a folder entry that is a link (it could point at any file on the machine)."""

COLUMN_NAME_CHARS = 20
"""Column names in messages are cut to this: a headerless export's "names" are record text."""

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
    groups: dict[str, str | None] = field(default_factory=dict)
    """Grouping column -> its cell as read (``--group-cols``; checked by audit/groups.py)."""


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
    groups: tuple[str, ...] = ()
    """Grouping columns (``--group-cols``): a category per record kept for the equity view."""

    def resolve(self, header: list[Any], source: str) -> dict[str, str | None]:
        """Field -> column in this header; a named column that is missing is an error. Each
        name column comes back under the key ``name:<column>``, each grouping column under
        ``group:<column>``."""
        lowered = {name.strip().lower(): name for name in header if isinstance(name, str)}
        resolved: dict[str, str | None] = {}
        for prefix, chosen_columns in (("name", self.names), ("group", self.groups)):
            for chosen in chosen_columns:
                if chosen not in header and chosen.lower() not in lowered:
                    raise InputError(f"{source}: no {prefix} column "
                                     f"'{safe_to_print(chosen, COLUMN_NAME_CHARS)}' "
                                     f"({len(header)} columns)")
                resolved[f"{prefix}:{chosen}"] = (chosen if chosen in header
                                                  else lowered[chosen.lower()])
        for name, candidates in DEFAULT_COLUMNS.items():
            chosen = getattr(self, name)
            if chosen is not None:
                if chosen not in header and chosen.lower() not in lowered:
                    raise InputError(f"{source}: no column "
                                     f"'{safe_to_print(chosen, COLUMN_NAME_CHARS)}' "
                                     f"({describe_columns(header)})")
                resolved[name] = chosen if chosen in header else lowered[chosen.lower()]
            else:
                resolved[name] = next((lowered[c] for c in candidates if c in lowered), None)
        for required in ("id", "text"):
            if resolved[required] is None:
                raise InputError(
                    f"{source}: cannot tell which column holds the record {required}; name it "
                    f"with --{required}-col ({describe_columns(header)})")
        for chosen in self.groups:
            if resolved[f"group:{chosen}"] in (resolved["text"], resolved["id"]):
                raise InputError(f"{source}: the grouping column "
                                 f"'{safe_to_print(chosen, COLUMN_NAME_CHARS)}' is the record "
                                 "text or id column; only a category can be a grouping column")
        return resolved


def describe_columns(header: list[Any], shown: int = 8) -> str:
    """The column count and the first names, each cut short and safe to print.

    A file without a header row has record text (names, dates of birth) where the
    names should be, so a message never repeats more than a few characters of each.
    """
    names = [safe_to_print(str(name), COLUMN_NAME_CHARS) for name in header[:shown]]
    more = ", ..." if len(header) > shown else ""
    return f"{len(header)} columns: {', '.join(names)}{more}"


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
                         if key.startswith("name:") and column),
                     groups={key.removeprefix("group:"): _cell_text(row.get(column))
                             for key, column in columns.items()
                             if key.startswith("group:") and column})
    if record_id is None:
        item.error = "missing record id"
    elif item.text is None or not item.text.strip():
        item.error = "empty text"
    elif len(item.text) > max_record_chars():
        item.error = f"the text {over_limit(len(item.text), max_record_chars())}"
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


def _csv_field_limit() -> int:
    """Let the csv module read a field up to the record cap and no further."""
    limit = max_record_chars()
    csv.field_size_limit(min(sys.maxsize, limit + 1))
    return limit


def _csv_error(exc: csv.Error, limit: int) -> str:
    if "field larger than field limit" in str(exc):
        return f"a field {over_limit(None, limit)}"
    return f"broken CSV line ({exc})"


def read_csv(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    limit = _csv_field_limit()
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    encoding = file_encoding(path)
    with path.open("r", encoding=encoding, errors="surrogateescape", newline="") as stream:
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{path}: is empty") from None
        except csv.Error as exc:
            raise InputError(f"{path}: cannot read the header row "
                             f"({_csv_error(exc, limit)})") from exc
        resolved = columns.resolve(header, str(path))
        while True:
            source = f"{path}:{reader.line_num + 1}"
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield AuditItem(None, None, source, error=_csv_error(exc, limit))
                continue
            if not any(value.strip() for value in values):
                continue
            source = f"{path}:{reader.line_num}"
            if len(values) != len(header):
                yield AuditItem(None, None, source, error=(
                    f"row has {len(values)} fields, the header has {len(header)}"))
                continue
            yield item_from_row(dict(zip(header, values, strict=True)), resolved, source)


JSON_CHARS_PER_TEXT_CHAR = 6
"""A JSON line may spell each character of its text as a ``\\uXXXX`` escape."""
JSON_LINE_SLACK = 64 * 1024
"""Room on a JSON line for the other fields (id, team, date, names)."""
JSON_SKIP_CHARS = 1024 * 1024
"""The piece in which the rest of an over-long JSON line is read and dropped."""


def _json_lines(stream: Any, limit: int) -> Iterator[tuple[int, str | None]]:
    """Each line and its number, or None for a line longer than ``limit`` characters: the
    rest of such a line is skipped in pieces, so one huge line is never held whole."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith("\n"):
            yield number, line
            continue
        while line and not line.endswith("\n"):
            line = stream.readline(JSON_SKIP_CHARS)
        yield number, None


def read_jsonl(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    resolved: dict[str, str | None] | None = None
    cap = max_record_chars()
    limit = cap * JSON_CHARS_PER_TEXT_CHAR + JSON_LINE_SLACK
    with path.open("r", encoding="utf-8", errors="surrogateescape") as stream:
        for number, line in _json_lines(stream, limit):
            source = f"{path}:{number}"
            if line is None:
                yield AuditItem(None, None, source, error=f"a line {over_limit(None, cap)}")
                continue
            if not line.strip():
                continue
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


def _xlsx_error(path: Path, exc: Exception) -> InputError:
    """A one-line error for a workbook openpyxl cannot read; defusedxml's refusals say why."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, DefusedXmlException):
        cause = cause.__cause__ or cause.__context__  # openpyxl wraps it in a ValueError
    if cause is not None:
        return InputError(f"{path}: declares XML entities or a DTD, which Excel files never "
                          "do; refused as a possible XML bomb")
    return InputError(f"{path}: is not a readable .xlsx file ({type(exc).__name__})")


MAX_XLSX_UNPACKED_BYTES = 1024 * 1024 * 1024
"""A workbook may unpack to at most 1 GiB: openpyxl holds every shared string in memory,
and a 50 MiB file of repeated text can declare many GiB (a zip bomb)."""


def _guard_xlsx(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_XLSX_UNPACKED_BYTES."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            refuse_oversized_archive(archive, str(path), MAX_XLSX_UNPACKED_BYTES)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise InputError(f"{path}: is not a readable .xlsx file ({type(exc).__name__})"
                         ) from exc


def read_xlsx(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    import openpyxl

    _guard_xlsx(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        raise _xlsx_error(path, exc) from exc
    from defusedxml import DefusedXmlException

    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        try:
            first = next(rows, [])
        except DefusedXmlException as exc:  # read-only sheets are parsed as they are read
            raise _xlsx_error(path, exc) from exc
        header = [str(cell) if cell is not None else "" for cell in first]
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


PARQUET_BATCH_BYTES = 64 * 1024 * 1024
"""Unpacked column bytes read from Parquet at once (sets the rows per Arrow batch)."""


def _arrow_lengths(array: Any) -> Any:
    """Characters per row of a string column, measured in Arrow (a dictionary entry once)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = array.type
    if pa.types.is_dictionary(kind):
        lengths = _arrow_lengths(array.dictionary)
        return None if lengths is None else pc.take(lengths, array.indices).fill_null(0)
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return pc.utf8_length(array).fill_null(0)
    if pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        return pc.binary_length(array).fill_null(0)
    return None


def _parquet_rows_per_batch(parquet: Any, columns: list[str]) -> int:
    """Rows per Arrow batch so that a batch unpacks to about PARQUET_BATCH_BYTES."""
    meta = parquet.metadata
    wanted = set(columns)
    widest = 1.0
    for group in range(meta.num_row_groups):
        row_group = meta.row_group(group)
        size = sum(row_group.column(i).total_uncompressed_size
                   for i in range(row_group.num_columns)
                   if row_group.column(i).path_in_schema in wanted)
        widest = max(widest, size / max(row_group.num_rows, 1))
    return int(min(2000, max(1, PARQUET_BATCH_BYTES // widest)))


def read_parquet(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    """Rows of a Parquet file, with every string length checked in Arrow first.

    String columns stay dictionary-encoded, a value over the record cap becomes a
    row error without ever becoming a Python string, and rows are converted in
    slices of about BATCH_CHARS characters, so a 40 MiB string shared by many rows
    is never copied once per row.
    """
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid and OSError subclasses
        raise InputError(f"{path}: is not a readable Parquet file ({exc})") from exc
    resolved = columns.resolve(schema.names, str(path))
    needed = sorted({column for column in resolved.values() if column})
    try:
        parquet = pq.ParquetFile(path, read_dictionary=needed)
    except Exception as exc:
        raise InputError(f"{path}: is not a readable Parquet file ({exc})") from exc
    limit = max_record_chars()
    number = 0
    for batch in parquet.iter_batches(batch_size=_parquet_rows_per_batch(parquet, needed),
                                      columns=needed):
        widths = [0] * batch.num_rows
        too_long: dict[int, str] = {}
        for name in needed:
            lengths = _arrow_lengths(batch.column(name))
            if lengths is None:
                continue
            for row, length in enumerate(lengths.to_pylist()):
                widths[row] += length
                if length > limit and row not in too_long:
                    too_long[row] = (f"the {'text' if name == resolved['text'] else name} "
                                     f"{over_limit(length, limit)}")
        yield from _parquet_items(batch, widths, too_long, resolved, f"{path}:row", number)
        number += batch.num_rows


def _parquet_items(batch: Any, widths: list[int], too_long: dict[int, str],
                   resolved: dict[str, str | None], source: str, before: int
                   ) -> Iterator[AuditItem]:
    """Items of one Arrow batch: rows over the cap as errors, the rest converted in slices."""
    row = 0
    while row < batch.num_rows:
        if row in too_long:
            yield AuditItem(_small_id(batch, resolved, row), None,
                            f"{source} {before + row + 1}", error=too_long[row])
            row += 1
            continue
        end, chars = row, 0
        while end < batch.num_rows and end not in too_long and (
                end == row or chars + widths[end] <= BATCH_CHARS):
            chars += widths[end]
            end += 1
        try:
            rows = batch.slice(row, end - row).to_pylist()
        except MemoryError:
            for number in range(row, end):
                yield AuditItem(None, None, f"{source} {before + number + 1}",
                                error="ran out of memory reading this row")
        else:
            for offset, values in enumerate(rows):
                yield item_from_row(values, resolved, f"{source} {before + row + offset + 1}")
        row = end


def _small_id(batch: Any, resolved: dict[str, str | None], row: int) -> str | None:
    """The row's record id for an error, unless the id itself is too long to be one."""
    column = resolved["id"]
    if column is None:
        return None
    cell = batch.column(column).slice(row, 1)
    lengths = _arrow_lengths(cell)
    if lengths is not None and lengths[0].as_py() > 1000:
        return None
    text = _cell_text(cell[0].as_py())
    return (text or "").strip() or None


def _outside(file: Path, folder: Path) -> bool:
    """True for a link, or a path that resolves outside the folder being audited."""
    if file.is_symlink():
        return True
    try:
        file.resolve().relative_to(folder.resolve())
    except ValueError:
        return True
    return False


def read_folder(path: Path, columns: ColumnMap) -> Iterator[AuditItem]:
    """Documents in a folder (recursively); metadata.csv beside them maps file -> fields.

    Symbolic links are not followed, and nothing resolving outside the folder is read:
    each becomes a run error, so a link to /etc/passwd or another case's file is never
    analysed or excerpted.
    """
    metadata: dict[str, dict[str, str]] = {}
    meta_path = path / METADATA_FILE
    if meta_path.is_file() or meta_path.is_symlink():
        if _outside(meta_path, path):
            yield AuditItem(None, None, str(meta_path), error=SYMLINK_ERROR)
        else:
            rows, errors = read_csv_rows(meta_path)
            yield from errors
            for item in rows:
                key = item.get("file") or item.get("filename") or item.get("path") or ""
                metadata[key.strip()] = item
    for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES):
        relative = file.relative_to(path).as_posix()
        meta = metadata.get(relative) or metadata.get(file.name) or {}
        source = str(file)
        if _outside(file, path):
            yield AuditItem(None, None, source, error=SYMLINK_ERROR)
            continue
        if not file.is_file():
            continue
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
        resolved.update({f"group:{name}": name.strip().lower() for name in columns.groups})
        yield item_from_row(row, resolved, source)


def read_csv_rows(path: Path) -> tuple[list[dict[str, str]], list[AuditItem]]:
    """Rows of a small CSV (a folder's metadata.csv) keyed by lower-cased header, and an
    error item per line the csv module cannot read (a field over the cap, say)."""
    limit = _csv_field_limit()
    rows: list[dict[str, str]] = []
    errors: list[AuditItem] = []
    with path.open("r", encoding=file_encoding(path), errors="surrogateescape",
                   newline="") as stream:
        reader = csv.reader(stream)
        try:
            header = [(name or "").strip().lower() for name in next(reader, [])]
        except csv.Error as exc:
            return [], [AuditItem(None, None, f"{path}:1", error=_csv_error(exc, limit))]
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                errors.append(AuditItem(None, None, f"{path}:{reader.line_num}",
                                        error=_csv_error(exc, limit)))
                continue
            rows.append({name: value for name, value in
                         zip(header, values + [""] * (len(header) - len(values)), strict=False)
                         if name})
    return rows, errors


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
