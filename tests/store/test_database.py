"""The results store on SQLite and PostgreSQL: round trips, replacement, schema versions."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import update

from sos_lang.store import RecordResult, Store, StoreError
from sos_lang.store import schema as tables


def _result(record_id: str, overall: float = 50.0, team: str | None = "North"
            ) -> RecordResult:
    return RecordResult(
        record_id=record_id, content_hash="h" + record_id, analyser_version="0.1.0",
        profile="fast", team=team, worker="abc123", record_date=dt.date(2016, 9, 3),
        record_type="case note",
        scores={name: overall for name in tables.SCORE_COLUMNS},
        metrics={"words": 120.0, "sentences": 8.0},
        rule_counts={"deficit.label-hostile": 2}, label_counts={"harm": 3, "danger": 1},
        excerpts=[{"rule_id": "deficit.label-hostile", "kind": "deficit", "subtype": "label",
                   "severity": "error", "excerpt": "[NAME] was hostile."}],
    )


def test_round_trip(store_url: str) -> None:
    store = Store(store_url)
    store.prepare()
    run_id = store.start_run(["in.csv"], "fast", "0.1.0")
    store.write([_result("R1"), _result("R2", 80.0)], run_id)
    store.finish_run(run_id, analysed=2, skipped=0, failed=0)
    frame = store.records_frame()
    assert sorted(frame["record_id"]) == ["R1", "R2"]
    assert frame.set_index("record_id").loc["R2", "score_overall"] == 80.0
    assert frame["record_date"].dt.year.tolist() == [2016, 2016]
    counts = store.counts_frame("rule")
    assert counts["count"].sum() == 4
    assert store.known([("North", "R1"), ("North", "R9"), ("South", "R1")]) == {
        ("North", "R1"): ("hR1", "0.1.0")}
    assert len(store.excerpts_for("R1", "North")) == 1
    assert store.runs_frame()["status"].tolist() == ["finished"]
    store.close()


def test_rewriting_a_record_replaces_its_rows(store_url: str) -> None:
    store = Store(store_url)
    store.prepare()
    run_id = store.start_run([], "fast", "0.1.0")
    store.write([_result("R1", 10.0)], run_id)
    store.write([_result("R1", 90.0)], run_id)
    frame = store.records_frame()
    assert len(frame) == 1 and frame["score_overall"].iloc[0] == 90.0
    assert store.counts_frame("label")["count"].sum() == 4
    assert len(store.excerpts_for("R1", "North")) == 1
    store.close()


def test_run_errors_are_kept(store_url: str) -> None:
    store = Store(store_url)
    store.prepare()
    run_id = store.start_run([], "fast", "0.1.0")
    store.record_error(run_id, None, "in.csv:4", "missing record id")
    assert store.errors_frame(run_id)["reason"].tolist() == ["missing record id"]
    store.close()


@pytest.mark.parametrize(("version", "message"), [
    ("0", "schema version 0"),
    ("1", r"schema version 1.*keys records by team and id.*audit the exports again into a new"),
])
def test_other_schema_version_is_refused(store_url: str, version: str, message: str) -> None:
    """Version 1 (ids alone, plain content hashes) cannot be converted: it holds no text."""
    store = Store(store_url)
    store.prepare()
    with store.engine.begin() as connection:
        connection.execute(update(tables.meta).values(value=version))
    with pytest.raises(StoreError, match=message):
        store.prepare()
    store.close()


def test_unreachable_store_is_a_clear_error(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path}/missing-folder/store.db")
    with pytest.raises(StoreError, match="cannot open the store"):
        store.prepare()


def test_a_creation_killed_before_the_version_row_is_completed(store_url: str) -> None:
    """SQLite commits each CREATE TABLE at once: a kill before the version row used to
    leave a store every later audit refused (seen in the crash-safety test under load)."""
    store = Store(store_url)
    with store.engine.begin() as connection:
        tables.runs.create(connection)
        tables.records.create(connection)
        tables.meta.create(connection)
    store.prepare()
    assert store.schema_version() == tables.SCHEMA_VERSION
    store.close()


def test_ids_are_namespaced_by_team(store_url: str) -> None:
    """The same id in two teams is two records: writing North's never touches South's."""
    store = Store(store_url)
    store.prepare()
    run_id = store.start_run([], "fast", "0.1.0")
    store.write([_result("R1", 10.0, team="South"), _result("R1", 20.0, team=None)], run_id)
    store.write([_result("R1", 90.0, team="North")], run_id, teams={"North"})
    frame = store.records_frame().sort_values("score_overall")
    assert frame["team"].fillna("-").tolist() == ["South", "-", "North"]
    assert frame["score_overall"].tolist() == [10.0, 20.0, 90.0]
    assert store.known([("South", "R1"), (None, "R1")]) == {
        ("South", "R1"): ("hR1", "0.1.0"), (None, "R1"): ("hR1", "0.1.0")}
    counts = store.counts_frame("rule")
    assert sorted(counts["team"].fillna("-")) == ["-", "North", "South"]
    assert store.excerpts_for("R1", "South")["team"].tolist() == ["South"]
    assert store.excerpts_for("R1", None)["team"].isna().tolist() == [True]
    store.close()


def test_write_refuses_teams_the_writer_may_not_write_to(store_url: str) -> None:
    store = Store(store_url)
    store.prepare()
    run_id = store.start_run([], "fast", "0.1.0")
    for team in ("South", None):
        with pytest.raises(StoreError, match="may not write"):
            store.write([_result("R1", team="North"), _result("R2", team=team)], run_id,
                        teams={"North"})
    assert store.count_records() == 0
    store.close()


def test_sqlite_store_files_are_private(tmp_path: Path) -> None:
    """The store and SQLite's -wal and -shm files: owner read and write only."""
    old_umask = os.umask(0o022)
    try:
        store = Store(f"sqlite:///{tmp_path / 'store.db'}")
        store.prepare()
        run_id = store.start_run([], "fast", "0.1.0")
        store.write([_result("R1")], run_id)
        modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in tmp_path.iterdir()}
        store.close()
    finally:
        os.umask(old_umask)
    assert {"store.db", "store.db-wal", "store.db-shm"} <= set(modes), modes
    assert set(modes.values()) == {0o600}, modes
