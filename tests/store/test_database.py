"""The results store on SQLite and PostgreSQL: round trips, replacement, schema versions."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from sos_lang.store import RecordResult, Store, StoreError
from sos_lang.store import schema as tables


def _result(record_id: str, overall: float = 50.0) -> RecordResult:
    return RecordResult(
        record_id=record_id, content_hash="h" + record_id, analyser_version="0.1.0",
        profile="fast", team="North", worker="abc123", record_date=dt.date(2016, 9, 3),
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
    assert store.known(["R1", "R9"]) == {"R1": ("hR1", "0.1.0")}
    assert len(store.excerpts_for("R1")) == 1
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
    assert len(store.excerpts_for("R1")) == 1
    store.close()


def test_run_errors_are_kept(store_url: str) -> None:
    store = Store(store_url)
    store.prepare()
    run_id = store.start_run([], "fast", "0.1.0")
    store.record_error(run_id, None, "in.csv:4", "missing record id")
    assert store.errors_frame(run_id)["reason"].tolist() == ["missing record id"]
    store.close()


def test_other_schema_version_is_refused(store_url: str) -> None:
    store = Store(store_url)
    store.prepare()
    with store.engine.begin() as connection:
        connection.execute(update(tables.meta).values(value="0"))
    with pytest.raises(StoreError, match="schema version 0"):
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
