"""Crash safety of the store: killed audits, concurrent writers, consistent run records."""

from __future__ import annotations

import csv
import os
import random
import signal
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


def test_sigkill_at_random_points_then_rerun(tmp_path: Path) -> None:
    """20 trials: kill the audit at a random moment, re-run, every record exactly once."""
    records = 400
    export = _export(tmp_path / "export.csv", records)
    env = {**os.environ, "SOS_LANG_PSEUDONYM_KEY": "k"}
    rng = random.Random(20261126)
    for trial in range(20):
        url = f"sqlite:///{tmp_path / f'store-{trial}.db'}"
        command = [sys.executable, "-m", "sos_lang", "audit", str(export), "--store", url,
                   "--quiet", "--batch-size", str(rng.choice([7, 20, 50]))]
        process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 6.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
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
