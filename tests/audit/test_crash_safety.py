"""Crash safety of the store: killed audits, concurrent writers, consistent run records."""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from sos_lang.audit.runner import run_audit
from sos_lang.store import Store
from sos_lang.store import schema as tables

pytestmark = pytest.mark.slow

TEXTS = [
    "Mum was non-compliant and failed to engage with the plan. Sam loves football.",
    "On 2 March Dad hit Sam and Sam told his teacher. I will visit on Friday.",
    "The LAC review is prior to contact. Gran takes Sam to school every day.",
]


def _export(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["record_id", "text", "team", "date"])
        for i in range(count):
            writer.writerow([f"R{i:05d}", f"{TEXTS[i % 3]} Note {i}.", "North", "2017-03-01"])
    return path


def _assert_consistent(store: Store, expected: int) -> None:
    frame = store.records_frame()
    assert len(frame) == expected and frame["record_id"].is_unique
    with store.engine.connect() as connection:
        orphans = connection.execute(
            select(func.count()).select_from(tables.record_counts).where(
                ~tables.record_counts.c.record_id.in_(select(tables.records.c.record_id)))
        ).scalar()
        runs = connection.execute(select(tables.runs)).mappings().all()
    assert orphans == 0
    finished = [run for run in runs if run["status"] == "finished"]
    assert finished, "the last run must be recorded as finished"
    for run in runs:  # every record belongs to a recorded run
        assert run["status"] in ("running", "finished", "interrupted")
    assert set(frame["run_id"]) <= {run["run_id"] for run in runs}


def _stored(path: Path) -> int:
    """Records committed so far, read beside the running audit (WAL: readers never block it)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM sos_records").fetchone()[0]
    except sqlite3.OperationalError:  # the file or the table is not there yet
        return 0


def _kill_when(process: subprocess.Popen[bytes], path: Path, stored: int) -> int:
    """Wait until at least `stored` records are committed, then SIGKILL; the count then."""
    deadline = time.monotonic() + 600
    while _stored(path) < stored:
        assert process.poll() is None, "the audit ended before the chosen kill point"
        assert time.monotonic() < deadline, "the audit made no progress"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return _stored(path)


def test_sigkill_after_the_first_batch_at_random_points_then_rerun(tmp_path: Path) -> None:
    """Trials that hit writes: each waits until the first batch is committed, kills the audit
    at a random point across the rest of the run (chosen in records committed, so a slow or
    fast host moves no kill past the end), checks the kill left a partial store, re-runs,
    and then every record is there exactly once."""
    records = 400
    export = _export(tmp_path / "export.csv", records)
    env = {**os.environ, "SOS_LANG_PSEUDONYM_KEY": "k"}
    rng = random.Random(20261126)
    for trial in range(12):
        path = tmp_path / f"store-{trial}.db"
        url = f"sqlite:///{path}"
        batch = rng.choice([7, 20, 50])
        command = [sys.executable, "-m", "sos_lang", "audit", str(export), "--store", url,
                   "--quiet", "--batch-size", str(batch)]
        process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        kill_point = rng.randint(1, records - 2 * batch)  # 1: the first committed batch
        left = _kill_when(process, path, kill_point)
        assert 0 < left < records, f"trial {trial}: the kill left {left} of {records} records"
        store = Store(url)
        with store.engine.connect() as connection:
            statuses = [row.status for row in connection.execute(select(tables.runs))]
        store.close()
        assert "finished" not in statuses, f"trial {trial}: the killed run was finished"
        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        store = Store(url)
        _assert_consistent(store, records)
        store.close()


@pytest.mark.loopback
def test_two_concurrent_audits_into_postgresql(tmp_path: Path, postgres_url: str) -> None:
    """Two audits of overlapping exports, started at once on an empty store, lose nothing
    and duplicate nothing."""
    first = _export(tmp_path / "a.csv", 300)
    second = tmp_path / "b.csv"
    lines = first.read_text(encoding="utf-8").splitlines()
    second.write_text("\n".join([lines[0], *lines[151:], *[
        f"S{i:05d},Dad hit Sam on Monday {i}.,South,2018-01-01" for i in range(150)]]) + "\n",
        encoding="utf-8")
    errors: list[BaseException] = []

    def audit(path: Path) -> None:
        try:
            store = Store(postgres_url)
            run_audit([str(path)], store, key="k", progress=False, batch_size=25)
            store.close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=audit, args=(path,)) for path in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=900)
    assert not errors, errors
    store = Store(postgres_url)
    _assert_consistent(store, 300 + 150)
    assert "sos_records" in inspect(store.engine).get_table_names()
    store.close()
