"""Writing audit results to the store and reading them back.

Each batch of records is written in one transaction (old rows for the same
record ids deleted first), so a run killed part way leaves every record either
fully written or absent, and a re-run writes each record exactly once.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, create_engine, delete, event, func, insert, inspect, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from sos_lang.store import schema

DEFAULT_STORE_URL = "sqlite:///sos_lang.db"


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
    excerpts: list[dict[str, str]] = field(default_factory=list)


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


def make_engine(url: str) -> Engine:
    engine = create_engine(normalise_url(url), future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Store:
    """A results store at a SQLAlchemy URL."""

    def __init__(self, url: str = DEFAULT_STORE_URL) -> None:
        self.url = url
        self.engine = make_engine(url)

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
        with self.engine.begin() as connection:
            connection.execute(insert(schema.run_errors).values(
                run_id=run_id, record_id=record_id, source=source[:512], reason=reason,
                at=_now()))

    # --- records ------------------------------------------------------------------

    def known(self, record_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(content hash, analyser version) of the given records already stored."""
        ids = list(record_ids)
        found: dict[str, tuple[str, str]] = {}
        table = schema.records
        with self.engine.connect() as connection:
            for start in range(0, len(ids), 500):
                rows = connection.execute(select(
                    table.c.record_id, table.c.content_hash, table.c.analyser_version,
                ).where(table.c.record_id.in_(ids[start:start + 500])))
                found.update({row.record_id: (row.content_hash, row.analyser_version)
                              for row in rows})
        return found

    def write(self, results: Sequence[RecordResult], run_id: str, attempts: int = 5) -> None:
        """Write a batch in one transaction, replacing earlier rows for the same records."""
        if not results:
            return
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
        ids = [result.record_id for result in results]
        for table in (schema.record_counts, schema.excerpts, schema.records):
            connection.execute(delete(table).where(table.c.record_id.in_(ids)))
        now = _now()
        connection.execute(insert(schema.records), [_record_row(r, run_id, now) for r in results])
        counts = [{"record_id": r.record_id, "kind": kind, "name": name, "count": count}
                  for r in results
                  for kind, values in (("rule", r.rule_counts), ("label", r.label_counts))
                  for name, count in values.items()]
        if counts:
            connection.execute(insert(schema.record_counts), counts)
        excerpt_rows = [{"record_id": r.record_id, **excerpt} for r in results
                        for excerpt in r.excerpts]
        if excerpt_rows:
            connection.execute(insert(schema.excerpts), excerpt_rows)

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
        return frame

    def counts_frame(self, kind: str = "rule") -> pd.DataFrame:
        table = schema.records
        counts = schema.record_counts
        query = (select(counts.c.record_id, counts.c.name, counts.c.count, table.c.team,
                        table.c.record_date, table.c.record_type)
                 .join(table, table.c.record_id == counts.c.record_id)
                 .where(counts.c.kind == kind))
        with self.engine.connect() as connection:
            frame = pd.read_sql(query, connection)
        frame["record_date"] = pd.to_datetime(frame["record_date"])
        return frame

    def excerpts_for(self, record_id: str) -> pd.DataFrame:
        with self.engine.connect() as connection:
            return pd.read_sql(select(schema.excerpts).where(
                schema.excerpts.c.record_id == record_id), connection)

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
        "run_id": run_id, "team": result.team, "worker": result.worker,
        "record_date": result.record_date, "record_type": result.record_type,
        "analysed_at": now,
    }
    row.update({f"score_{name}": float(result.scores.get(name, 0.0))
                for name in schema.SCORE_COLUMNS})
    row.update({name: float(result.metrics.get(name, 0.0)) for name in schema.METRIC_COLUMNS})
    return row


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
