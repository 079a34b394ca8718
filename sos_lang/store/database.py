"""Writing audit results to the store and reading them back.

Each batch of records is written in one transaction (old rows for the same
records, by team and id, deleted first), so a run killed part way leaves every record
either fully written or absent, and a re-run writes each record exactly once. A SQLite
store file is created readable by its owner only (mode 0600).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy import (
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from sos_lang.store import schema

DEFAULT_STORE_URL = "sqlite:///sos_lang.db"

RecordKey = tuple[str | None, str]
"""(team, record id): what identifies a stored record (ids are namespaced by team)."""


class StoreError(RuntimeError):
    """The store cannot be used (unreachable, or written by an unknown schema version)."""


@dataclass
class RecordResult:
    """What an audit keeps of one analysed record: numbers, counts, redacted excerpts."""

    record_id: str
    content_hash: str
    analyser_version: str
    profile: str
    team: str | None
    worker: str | None
    record_date: dt.date | None
    record_type: str | None
    scores: dict[str, float]
    metrics: dict[str, float]
    rule_counts: dict[str, int] = field(default_factory=dict)
    label_counts: dict[str, int] = field(default_factory=dict)
    element_counts: dict[str, int] = field(default_factory=dict)
    excerpts: list[dict[str, str]] = field(default_factory=list)
    subtype_counts: dict[str, int] = field(default_factory=dict)
    """Findings per ``kind.subtype`` ("deficit.label"): what the equity view counts."""
    groups: dict[str, str] = field(default_factory=dict)
    """Grouping column -> category ("" when the export left it blank)."""


def normalise_url(url: str) -> str:
    """Accept postgresql:// (use psycopg 3) and bare file paths (SQLite)."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _create_private_file(path: str) -> None:
    """Create an empty SQLite file readable and writable by its owner only (SQLite gives
    its -wal and -shm files the same mode); an existing file is left as it is."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    # there already, or a missing folder (sqlite3 reports that itself): nothing to do
    with contextlib.suppress(FileExistsError, FileNotFoundError, NotADirectoryError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def make_engine(url: str) -> Engine:
    engine = create_engine(normalise_url(url), future=True)
    if engine.dialect.name == "sqlite":
        database = engine.url.database or ""
        event.listen(engine, "do_connect",
                     lambda *_args, **_kwargs: _create_private_file(database))
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Store:
    """A results store at a SQLAlchemy URL."""

    def __init__(self, url: str = DEFAULT_STORE_URL) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._groups_table: bool | None = None

    def close(self) -> None:
        self.engine.dispose()

    # --- schema -------------------------------------------------------------------

    def prepare(self) -> None:
        """Create the tables in an empty store; refuse a store of another schema version."""
        try:
            tables = set(inspect(self.engine).get_table_names())
        except (OperationalError, DBAPIError) as exc:
            raise StoreError(f"cannot open the store {self.safe_url}: {exc.orig}") from exc
        if schema.meta.name not in tables or self.schema_version() is None:
            if not self._unused(tables):
                raise StoreError(f"{self.safe_url} has sos_lang tables but no schema version; "
                                 "it was not written by this tool")
            try:
                with self.engine.begin() as connection:
                    schema.metadata.create_all(connection)
                    connection.execute(insert(schema.meta).values(
                        key="schema_version", value=str(schema.SCHEMA_VERSION)))
                return
            except (IntegrityError, OperationalError, DBAPIError):
                # another audit created the store at the same moment: use what it made
                if schema.meta.name not in set(inspect(self.engine).get_table_names()):
                    raise
        found = self.schema_version()
        if found == 1:
            raise StoreError(
                f"{self.safe_url} was written with store schema version 1, by an earlier "
                "sos_lang; this version keys records by team and id and keys content hashes "
                "with the pseudonym key (schema version 2). The store holds no record text to "
                "convert it with: audit the exports again into a new store.")
        if found != schema.SCHEMA_VERSION:
            raise StoreError(
                f"{self.safe_url} was written with store schema version {found}; this version "
                f"of sos_lang reads version {schema.SCHEMA_VERSION} only. Use a new store, or "
                "the sos_lang version that wrote it.")

    def _unused(self, tables: set[str]) -> bool:
        """True when none of our tables holds a row: an empty store, or one whose creation
        was killed part way (SQLite runs CREATE TABLE outside the transaction, so a kill
        can leave tables without the version row), which prepare may then complete."""
        ours = [table for table in schema.metadata.sorted_tables if table.name in tables]
        with self.engine.connect() as connection:
            return all(not connection.execute(select(table).limit(1)).first()
                       for table in ours)

    def schema_version(self) -> int | None:
        with self.engine.connect() as connection:
            value = connection.execute(select(schema.meta.c.value).where(
                schema.meta.c.key == "schema_version")).scalar()
        return int(value) if value is not None else None

    @property
    def safe_url(self) -> str:
        """The URL without a password, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    # --- runs ---------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str], profile: str, analyser_version: str) -> str:
        run_id = str(uuid.uuid4())
        with self.engine.begin() as connection:
            connection.execute(insert(schema.runs).values(
                run_id=run_id, started_at=_now(), status="running",
                analyser_version=analyser_version, profile=profile,
                inputs="\n".join(inputs)[:10000], analysed=0, skipped=0, failed=0))
        return run_id

    def finish_run(self, run_id: str, analysed: int, skipped: int, failed: int,
                   status: str = "finished") -> None:
        with self.engine.begin() as connection:
            connection.execute(update(schema.runs).where(schema.runs.c.run_id == run_id).values(
                finished_at=_now(), status=status, analysed=analysed, skipped=skipped,
                failed=failed))

    def record_error(self, run_id: str, record_id: str | None, source: str, reason: str) -> None:
        self.record_errors(run_id, [(record_id, source, reason)])

    def record_errors(self, run_id: str,
                      errors: Sequence[tuple[str | None, str, str]]) -> None:
        """Store (record id, source, reason) rows in one transaction: a file of two million
        bad rows must not cost two million commits."""
        if not errors:
            return
        now = _now()
        with self.engine.begin() as connection:
            connection.execute(insert(schema.run_errors), [
                {"run_id": run_id, "record_id": record_id, "source": source[:512],
                 "reason": reason, "at": now} for record_id, source, reason in errors])

    # --- records ------------------------------------------------------------------

    def known(self, keys: Iterable[RecordKey]) -> dict[RecordKey, tuple[str, str]]:
        """(content hash, analyser version) of the given (team, id) records already stored."""
        wanted = {(_team_key(team), record_id): (team, record_id) for team, record_id in keys}
        pairs = list(wanted)
        found: dict[RecordKey, tuple[str, str]] = {}
        table = schema.records
        with self.engine.connect() as connection:
            for start in range(0, len(pairs), 500):
                rows = connection.execute(select(
                    table.c.team, table.c.record_id, table.c.content_hash,
                    table.c.analyser_version,
                ).where(tuple_(table.c.team, table.c.record_id).in_(pairs[start:start + 500])))
                found.update({wanted[(row.team, row.record_id)]:
                              (row.content_hash, row.analyser_version) for row in rows})
        return found

    def write(self, results: Sequence[RecordResult], run_id: str, attempts: int = 5,
              teams: Collection[str] | None = None) -> None:
        """Write a batch in one transaction, replacing earlier rows for the same records.

        ``teams`` (None: any) are the teams the writer may write to: a result of another
        team, or of no team, is refused before anything is written.
        """
        if not results:
            return
        if teams is not None:
            outside = sum(1 for result in results if result.team not in teams)
            if outside:
                raise StoreError(f"{outside} record(s) of teams this writer may not write to")
        if any(result.groups for result in results):
            self._ensure_groups_table()
        for attempt in range(attempts):
            try:
                with self.engine.begin() as connection:
                    self._write_batch(connection, results, run_id)
                return
            except (IntegrityError, OperationalError):
                # another writer committed the same record ids first (or the database was
                # busy): the next attempt deletes their rows and writes ours
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def _write_batch(self, connection, results: Sequence[RecordResult], run_id: str) -> None:  # type: ignore[no-untyped-def]
        keys = [(_team_key(result.team), result.record_id) for result in results]
        tables = [schema.record_counts, schema.excerpts, schema.records]
        if self._has_groups_table():
            tables.insert(0, schema.record_groups)
        for table in tables:
            connection.execute(delete(table).where(
                tuple_(table.c.team, table.c.record_id).in_(keys)))
        now = _now()
        connection.execute(insert(schema.records), [_record_row(r, run_id, now) for r in results])
        counts = [{"team": _team_key(r.team), "record_id": r.record_id, "kind": kind,
                   "name": name, "count": count}
                  for r in results
                  for kind, values in (("rule", r.rule_counts), ("label", r.label_counts),
                                       ("element", r.element_counts),
                                       ("subtype", r.subtype_counts))
                  for name, count in values.items()]
        if counts:
            connection.execute(insert(schema.record_counts), counts)
        excerpt_rows = [{"team": _team_key(r.team), "record_id": r.record_id, **excerpt}
                        for r in results for excerpt in r.excerpts]
        if excerpt_rows:
            connection.execute(insert(schema.excerpts), excerpt_rows)
        group_rows = [{"team": _team_key(r.team), "record_id": r.record_id, "name": name,
                       "value": value} for r in results for name, value in r.groups.items()]
        if group_rows:
            connection.execute(insert(schema.record_groups), group_rows)

    # --- grouping columns ---------------------------------------------------------

    def _has_groups_table(self) -> bool:
        """Whether the grouping table exists (a version 2 store written before it lacks it)."""
        if not self._groups_table:  # once there, it stays: only a yes is remembered
            self._groups_table = schema.record_groups.name in set(
                inspect(self.engine).get_table_names())
        return self._groups_table

    def _ensure_groups_table(self) -> None:
        """Create the grouping table in a version 2 store written before it existed."""
        if not self._has_groups_table():
            schema.record_groups.create(self.engine, checkfirst=True)
            self._groups_table = True

    def group_names(self) -> list[str]:
        """The grouping columns stored (``--group-cols``), sorted."""
        if not self._has_groups_table():
            return []
        table = schema.record_groups
        with self.engine.connect() as connection:
            return sorted(connection.execute(select(table.c.name).distinct()).scalars())

    def group_values(self, name: str) -> set[str]:
        """The different values stored for one grouping column."""
        if not self._has_groups_table():
            return set()
        table = schema.record_groups
        with self.engine.connect() as connection:
            return set(connection.execute(select(table.c.value).distinct().where(
                table.c.name == name)).scalars())

    def groups_frame(self, name: str) -> pd.DataFrame:
        """Team, record id and value of every record that has the grouping column."""
        table = schema.record_groups
        if not self._has_groups_table():
            return pd.DataFrame(columns=["team", "record_id", "value"])
        with self.engine.connect() as connection:
            frame = pd.read_sql(select(table.c.team, table.c.record_id, table.c.value)
                                .where(table.c.name == name), connection)
        return _teams_read(frame)

    # --- reading ------------------------------------------------------------------

    def count_records(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(
                schema.records)).scalar() or 0)

    def records_frame(self) -> pd.DataFrame:
        """Every stored record's metadata, scores and metrics."""
        with self.engine.connect() as connection:
            frame = pd.read_sql(select(schema.records), connection)
        frame["record_date"] = pd.to_datetime(frame["record_date"])
        return _teams_read(frame)

    def counts_frame(self, kind: str = "rule") -> pd.DataFrame:
        table = schema.records
        counts = schema.record_counts
        query = (select(counts.c.record_id, counts.c.name, counts.c.count, table.c.team,
                        table.c.record_date, table.c.record_type)
                 .join(table, (table.c.team == counts.c.team)
                       & (table.c.record_id == counts.c.record_id))
                 .where(counts.c.kind == kind))
        with self.engine.connect() as connection:
            frame = pd.read_sql(query, connection)
        frame["record_date"] = pd.to_datetime(frame["record_date"])
        return _teams_read(frame)

    def excerpts_for(self, record_id: str, team: str | None) -> pd.DataFrame:
        """The redacted excerpts of one record (its team and id)."""
        table = schema.excerpts
        with self.engine.connect() as connection:
            return _teams_read(pd.read_sql(select(table).where(
                (table.c.team == _team_key(team)) & (table.c.record_id == record_id)),
                connection))

    def element_counts(self, keys: Iterable[RecordKey] | None = None
                       ) -> dict[RecordKey, dict[str, int]]:
        """Per record (team, id), the sentences showing each Signs of Safety element; a
        record analysed before elements were stored has no entry."""
        counts = schema.record_counts
        query = select(counts.c.team, counts.c.record_id, counts.c.name, counts.c.count).where(
            counts.c.kind == "element")
        wanted = None if keys is None else {(_team_key(t), r): (t, r) for t, r in keys}
        found: dict[RecordKey, dict[str, int]] = {}
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                stored = (row.team, row.record_id)
                if wanted is not None and stored not in wanted:
                    continue
                key = wanted[stored] if wanted is not None else (row.team or None,
                                                                row.record_id)
                found.setdefault(key, {})[row.name] = int(row.count)
        return found

    def write_agreement(self, rows: Sequence[dict[str, object]]) -> None:
        """Store one agreement command's results, creating their table in a version 2 store
        written before it existed."""
        if not rows:
            return
        schema.agreement.create(self.engine, checkfirst=True)
        with self.engine.begin() as connection:
            connection.execute(insert(schema.agreement), list(rows))

    def agreement_frame(self) -> pd.DataFrame:
        """Every stored agreement result, newest run last (empty without the table)."""
        if schema.agreement.name not in set(inspect(self.engine).get_table_names()):
            return pd.DataFrame(columns=[column.name for column in schema.agreement.columns])
        with self.engine.connect() as connection:
            return pd.read_sql(select(schema.agreement).order_by(
                schema.agreement.c.computed_at, schema.agreement.c.id), connection)

    def runs_frame(self) -> pd.DataFrame:
        with self.engine.connect() as connection:
            return pd.read_sql(select(schema.runs).order_by(schema.runs.c.started_at),
                               connection)

    def errors_frame(self, run_id: str | None = None) -> pd.DataFrame:
        query = select(schema.run_errors)
        if run_id:
            query = query.where(schema.run_errors.c.run_id == run_id)
        with self.engine.connect() as connection:
            return pd.read_sql(query, connection)


def _record_row(result: RecordResult, run_id: str, now: dt.datetime) -> dict[str, object]:
    row: dict[str, object] = {
        "record_id": result.record_id, "content_hash": result.content_hash,
        "analyser_version": result.analyser_version, "profile": result.profile,
        "run_id": run_id, "team": _team_key(result.team), "worker": result.worker,
        "record_date": result.record_date, "record_type": result.record_type,
        "analysed_at": now,
    }
    row.update({f"score_{name}": float(result.scores.get(name, 0.0))
                for name in schema.SCORE_COLUMNS})
    row.update({name: float(result.metrics.get(name, 0.0)) for name in schema.METRIC_COLUMNS})
    return row


def _team_key(team: str | None) -> str:
    """The team as stored in the key: NO_TEAM for a record without one."""
    return team if team else schema.NO_TEAM


def _teams_read(frame: pd.DataFrame) -> pd.DataFrame:
    """Frames read back give a record without a team a missing team, as it was written."""
    if "team" in frame.columns:
        frame["team"] = frame["team"].where(frame["team"] != schema.NO_TEAM)
    return frame


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
