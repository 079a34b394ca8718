"""Batch audit: inputs of every kind, broken rows, idempotence, privacy, engines, resume."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import inspect, select

from sos_lang.audit.pseudonyms import pseudonymise
from sos_lang.audit.readers import ColumnMap
from sos_lang.audit.runner import AnalysisOptions, run_audit
from sos_lang.store import Store
from sos_lang.store import schema as tables

TEXTS = [
    "Mum was non-compliant and failed to engage with the plan. Sam loves football.",
    "On 2 March Dad hit Sam and Sam told his teacher. I will visit on Friday.",
    "The LAC review is prior to contact. Gran takes Sam to school every day.",
    "We are worried that if Dad keeps drinking, Sam could be hurt again.",
]


def _rows(count: int = 12) -> list[dict[str, str]]:
    return [{"record_id": f"R{i:03d}", "text": f"{TEXTS[i % len(TEXTS)]} Visit {i}.",
             "team": ["North", "South"][i % 2], "date": f"2016-{1 + i % 12:02d}-15",
             "record_type": "case note", "worker": f"Worker {i % 3}"} for i in range(count)]


def _write_csv(path: Path, rows: list[dict[str, str]], extra_lines: str = "") -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        stream.write(extra_lines)
    return path


def _audit(inputs: list[Path], url: str, **kwargs) -> tuple:
    store = Store(url)
    summary = run_audit([str(p) for p in inputs], store, key="test-key", progress=False,
                        **kwargs)
    return summary, store


def test_csv_with_broken_rows_completes_and_reports_each(tmp_path: Path, store_url: str) -> None:
    rows = _rows(6)
    rows[1]["record_id"] = ""
    rows[2]["text"] = "   "
    rows[3]["date"] = "31/31/2016"
    path = _write_csv(tmp_path / "export.csv", rows, 'R999,"too few fields"\n')
    summary, store = _audit([path], store_url)
    assert (summary.analysed, summary.failed) == (3, 4)
    reasons = sorted(store.errors_frame(summary.run_id)["reason"])
    assert reasons == ["empty text", "missing record id",
                       "row has 2 fields, the header has 6", "unparseable date '31/31/2016'"]
    assert store.count_records() == 3
    store.close()


def test_rerun_skips_and_changed_text_is_reanalysed(tmp_path: Path, store_url: str) -> None:
    rows = _rows(8)
    path = _write_csv(tmp_path / "export.csv", rows)
    first, store = _audit([path], store_url)
    second, _ = _audit([path], store_url)
    assert (first.analysed, second.analysed, second.skipped) == (8, 0, 8)
    rows[0]["text"] = "Mum took Sam to the park and they had a picnic."
    _write_csv(path, rows)
    third, _ = _audit([path], store_url)
    assert (third.analysed, third.skipped) == (1, 7)
    assert store.count_records() == 8
    store.close()


def test_no_record_text_in_any_table(tmp_path: Path, store_url: str) -> None:
    rows = _rows(8)
    path = _write_csv(tmp_path / "export.csv", rows)
    _, store = _audit([path], store_url)
    texts = [row["text"] for row in rows]
    fragments = {sentence.strip() for text in texts for sentence in text.split(".")
                 if len(sentence.strip()) > 15}
    with store.engine.connect() as connection:
        for table in tables.metadata.sorted_tables:
            for row in connection.execute(select(table)):
                for value in row:
                    if isinstance(value, str):
                        assert not any(fragment in value for fragment in fragments), table.name
    workers = set(store.records_frame()["worker"])
    assert "Worker 1" not in workers and pseudonymise("Worker 1", b"test-key") in workers
    store.close()


def test_keep_excerpts_stores_redacted_excerpts(tmp_path: Path) -> None:
    rows = [{"record_id": "R1", "text": "Mrs Kelly Smith was non-compliant. Ring 0113 496 0123.",
             "team": "North", "date": "2016-01-01", "record_type": "note", "worker": "A"}]
    path = _write_csv(tmp_path / "export.csv", rows)
    _, store = _audit([path], f"sqlite:///{tmp_path / 's.db'}",
                      options=AnalysisOptions(keep_excerpts=True))
    excerpts = store.excerpts_for("R1", "North")["excerpt"].tolist()
    assert excerpts and all("Kelly" not in e and "0113" not in e for e in excerpts)
    assert any("[NAME]" in e for e in excerpts)
    store.close()


def test_jsonl_xlsx_parquet_and_folder_inputs(tmp_path: Path) -> None:
    rows = _rows(4)
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps({**r, "record_id": "J" + r["record_id"]}) + "\n"
                             for r in rows) + "{broken\n", encoding="utf-8")
    frame = pd.DataFrame(rows)
    frame.assign(record_id="X" + frame.record_id).to_excel(tmp_path / "b.xlsx", index=False)
    frame.assign(record_id="P" + frame.record_id).to_parquet(tmp_path / "c.parquet")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "one.txt").write_text(TEXTS[0], encoding="utf-8")
    (folder / "two.md").write_text(TEXTS[1], encoding="cp1252")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,team,date\none.txt,North,2017-05-01\n")
    summary, store = _audit([jsonl, tmp_path / "b.xlsx", tmp_path / "c.parquet", folder],
                            f"sqlite:///{tmp_path / 's.db'}")
    assert (summary.analysed, summary.failed) == (14, 2)
    records = store.records_frame().set_index("record_id")
    assert records.loc["one.txt", "team"] == "North"
    store.close()


def test_explicit_column_names(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Note ID,Narrative,Unit\nN1,Mum was non-compliant.,East\n", encoding="utf-8")
    summary, store = _audit([path], f"sqlite:///{tmp_path / 's.db'}",
                            columns=ColumnMap(id="Note ID", text="Narrative", team="Unit"))
    assert summary.analysed == 1
    assert store.records_frame()["team"].tolist() == ["East"]
    store.close()


@pytest.mark.slow
def test_processes_engine_matches_local(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "export.csv", _rows(20))
    _, local = _audit([path], f"sqlite:///{tmp_path / 'local.db'}", batch_size=5)
    _, pooled = _audit([path], f"sqlite:///{tmp_path / 'pool.db'}", workers=2, batch_size=5)
    columns = ["record_id", *(f"score_{n}" for n in tables.SCORE_COLUMNS)]
    left = local.records_frame()[columns].sort_values("record_id").reset_index(drop=True)
    right = pooled.records_frame()[columns].sort_values("record_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(left, right)


@pytest.mark.slow
@pytest.mark.loopback
def test_dask_local_cluster_matches_local(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "export.csv", _rows(12))
    _, local = _audit([path], f"sqlite:///{tmp_path / 'local.db'}", batch_size=4)
    summary, dasked = _audit([path], f"sqlite:///{tmp_path / 'dask.db'}", engine="dask",
                             workers=2, batch_size=4)
    assert summary.analysed == 12
    columns = ["record_id", *(f"score_{n}" for n in tables.SCORE_COLUMNS)]
    left = local.records_frame()[columns].sort_values("record_id").reset_index(drop=True)
    right = dasked.records_frame()[columns].sort_values("record_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(left, right)


@pytest.mark.slow
def test_resume_after_kill(tmp_path: Path) -> None:
    """An audit killed part way and run again ends with every record exactly once."""
    rows = _rows(3000)
    path = _write_csv(tmp_path / "export.csv", rows)
    url = f"sqlite:///{tmp_path / 's.db'}"
    command = [sys.executable, "-m", "sos_lang", "audit", str(path), "--store", url, "--quiet",
               "--batch-size", "20"]
    env = {**os.environ, "SOS_LANG_PSEUDONYM_KEY": "k"}
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    store = Store(url)
    deadline = time.time() + 240
    while time.time() < deadline:
        time.sleep(0.05)
        if "sos_records" in inspect(store.engine).get_table_names() and \
                0 < store.count_records() < len(rows):
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = store.count_records()
    assert 0 < partial < len(rows)
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    frame = store.records_frame()
    assert len(frame) == len(rows) and frame["record_id"].is_unique
    assert f"skipped {partial}" in rerun.stderr


def test_each_record_is_audited_as_the_type_its_export_names(tmp_path: Path) -> None:
    """The export's own record type names map to types (record_types.py): the same text is
    judged as a letter in one row and a case note in another; an unmapped name gets every
    packaged check."""
    text = ("Jay was seen at home on Tuesday. Jay said that Mum makes breakfast every "
            "morning and that he feels safe at home.")
    rows = [{"record_id": record_id, "text": text, "team": "North", "date": "2016-03-15",
             "record_type": record_type, "worker": "W"}
            for record_id, record_type in (("L1", "Letter to child"), ("C1", "Case Note"),
                                           ("R1", "review"))]
    path = _write_csv(tmp_path / "export.csv", rows)
    summary, store = _audit([path], f"sqlite:///{tmp_path / 'store.db'}")
    assert summary.analysed == 3
    counts = store.counts_frame("rule")
    fired = {record_id: set(counts[counts["record_id"] == record_id]["name"])
             for record_id in ("L1", "C1", "R1")}
    assert "structure.letter-not-to-reader" in fired["L1"]
    assert "structure.letter-not-to-reader" not in fired["C1"] | fired["R1"]
    store.close()
