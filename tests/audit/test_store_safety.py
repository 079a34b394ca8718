"""What the audit keeps in the store and beside it (issue #22, finding 7): metadata over
its column's size is a row error, content hashes are keyed, and the pseudonym key file is
created once, privately and atomically, however many processes start at once."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import stat
from pathlib import Path

import pytest

from sos_lang.audit.pseudonyms import content_hash, pseudonym_key
from sos_lang.audit.readers import AuditItem, ColumnMap
from sos_lang.audit.runner import run_audit
from sos_lang.store import Store, StoreError

LONG_TEXT = "Mum was non-compliant and failed to engage with the plan. " * 6  # 348 characters


def _export(path: Path, *rows: str) -> Path:
    path.write_text("record_id,text,team,worker\n" + "".join(f"{row}\n" for row in rows),
                    encoding="utf-8")
    return path


def test_metadata_over_its_column_size_is_a_row_error(tmp_path: Path) -> None:
    """The text column mapped as the team (--team-col text) stores nothing of the text."""
    export = _export(tmp_path / "export.csv", f"R1,{LONG_TEXT},North,Ann",
                     f"R2,Short note.,North,{'x' * 129}")
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        summary = run_audit([str(export)], store, ColumnMap(team="text"), key="k",
                            progress=False)
        assert (summary.analysed, summary.failed) == (0, 2)
        reasons = store.errors_frame()["reason"].tolist()
        assert reasons[0].startswith(f"team is {len(LONG_TEXT.strip())} characters, over the 128")
        assert reasons[1].startswith("worker is 129 characters, over the 128")
        assert not any("non-compliant" in reason for reason in reasons)
        summary = run_audit([str(export)], store, key="k", progress=False)  # right columns
        assert (summary.analysed, summary.failed) == (1, 1)
        assert store.count_records() == 1
    finally:
        store.close()


def test_content_hash_is_keyed_with_the_pseudonym_key(tmp_path: Path) -> None:
    """A plain SHA-256 over text and metadata let anyone confirm a guessed worker name."""
    export = _export(tmp_path / "export.csv", "R1,Dad hit Sam on Monday.,North,Ann Smith")
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        run_audit([str(export)], store, key="key-one", progress=False)
        stored = store.records_frame()["content_hash"].iloc[0]
        plain = hashlib.sha256()
        for part in ("Dad hit Sam on Monday.", "North", "", "", "Ann Smith"):
            plain.update(part.encode() + b"\x1f")
        assert stored != plain.hexdigest()
        item = AuditItem("R1", "Dad hit Sam on Monday.", "x", team="North", worker="Ann Smith")
        assert stored == content_hash(item, b"key-one") != content_hash(item, b"key-two")
        again = run_audit([str(export)], store, key="key-one", progress=False)
        assert (again.analysed, again.skipped) == (0, 1)  # same key: already stored
    finally:
        store.close()


def test_key_file_is_private_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOS_LANG_PSEUDONYM_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    key = pseudonym_key()
    path = tmp_path / "sos_lang" / "pseudonym.key"
    assert len(key) == 64 and pseudonym_key() == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["pseudonym.key"]  # no temporary left


def test_key_file_created_by_another_process_meanwhile_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lose the race: another process links its key in first; this one reads that key."""
    monkeypatch.delenv("SOS_LANG_PSEUDONYM_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = tmp_path / "sos_lang" / "pseudonym.key"
    real_link = os.link

    def link_after_the_winner(source: str, target: str) -> None:
        Path(target).write_text("winner" * 8, encoding="ascii")
        real_link(source, target)

    monkeypatch.setattr(os, "link", link_after_the_winner)
    assert pseudonym_key() == b"winner" * 8
    assert [p.name for p in path.parent.iterdir()] == ["pseudonym.key"]


def test_empty_key_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOS_LANG_PSEUDONYM_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "sos_lang").mkdir()
    (tmp_path / "sos_lang" / "pseudonym.key").write_text("", encoding="ascii")
    with pytest.raises(StoreError, match="is empty"):
        pseudonym_key()


def _race(start: object, results: object) -> None:
    """One racer: wait for the others, then ask for the key (or report the error)."""
    start.wait()  # type: ignore[attr-defined]
    try:
        results.put(pseudonym_key().decode())  # type: ignore[attr-defined]
    except Exception as exc:  # reported to the test, which fails on it
        results.put(f"{type(exc).__name__}: {exc}")  # type: ignore[attr-defined]


@pytest.mark.slow
def test_many_processes_starting_at_once_share_one_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Twelve processes on an empty config, released together by a barrier, five times over:
    none fails, all read the same complete key."""
    context = multiprocessing.get_context("fork")  # the module is imported already
    monkeypatch.delenv("SOS_LANG_PSEUDONYM_KEY", raising=False)
    for round_ in range(5):
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / f"config{round_}"))
        start, results = context.Barrier(12), context.Queue()
        racers = [context.Process(target=_race, args=(start, results)) for _ in range(12)]
        for racer in racers:
            racer.start()
        keys = [results.get(timeout=60) for _ in racers]
        for racer in racers:
            racer.join(timeout=60)
        assert len(set(keys)) == 1, sorted(set(keys))
        assert len(keys[0]) == 64, keys[0]
