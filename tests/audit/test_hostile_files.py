"""Broken and hostile files in a batch: each is reported clearly, the rest completes."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from sos_lang.audit.engines import AnalysisOptions
from sos_lang.audit.readers import ColumnMap, iter_items
from sos_lang.audit.runner import run_audit
from sos_lang.cli import main
from sos_lang.inputs import InputError
from sos_lang.store import Store


def _items(path: Path) -> list:
    return list(iter_items([str(path)], ColumnMap()))


def test_csv_with_embedded_nuls_ragged_rows_and_a_cell_over_the_cap(tmp_path: Path) -> None:
    huge = "word " * (10 * 1024 * 1024)  # a 50 MB cell
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("record_id,text,team\n")
        stream.write("R1,Mum was non-compliant.,North\n")
        stream.write("R2,\"Dad \x00 hit Sam.\",North\n")
        stream.write("R3,only two\n")
        stream.write(f"R4,\"{huge}\",South\n")
        stream.write("R5,Gran loves Sam.,South\n")
    items = _items(path)
    by_id = {item.record_id: item for item in items if item.record_id}
    assert by_id["R1"].error is None and by_id["R5"].error is None
    assert any("fields" in (item.error or "") for item in items)
    assert by_id["R5"].text == "Gran loves Sam."  # read on after the huge cell
    errors = " ".join(item.error or "" for item in items)
    assert "more than the 1,000,000 characters allowed" in errors
    assert by_id["R2"].error is None and "\x00" in by_id["R2"].text  # kept; analysed as is


def test_xlsx_with_formulas_uses_cached_values_or_reports(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["record_id", "text", "team"])
    sheet.append(["R1", "Mum was non-compliant.", "North"])
    sheet.append(["R2", '=CONCAT("Dad ","hit Sam.")', "North"])
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    items = _items(path)
    assert items[0].error is None
    # openpyxl never evaluates formulas: a file saved without cached values has none
    assert items[1].error == "empty text"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_and_folder_paths_are_refused(tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["check", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    with pytest.raises(InputError, match="not a regular file or folder"):
        list(iter_items([str(fifo)], ColumnMap()))
    assert main(["check", str(tmp_path)]) == 2


def test_unsupported_and_broken_table_files(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match=r"cannot audit \.pdf files"):
        list(iter_items([str(tmp_path / "notes.pdf")], ColumnMap()))
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InputError, match=r"not a readable \.xlsx"):
        _items(tmp_path / "broken.xlsx")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 truncated")
    with pytest.raises(InputError, match="not a readable Parquet"):
        _items(tmp_path / "broken.parquet")


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_audited(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("Mum was non-compliant.", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Señora Gómez visited.".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Dad hit Sam on Monday.".encode("utf-16"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    summary = run_audit([str(folder)], store, key="k", progress=False)
    assert (summary.analysed, summary.failed) == (3, 2)
    reasons = " ".join(store.errors_frame()["reason"])
    assert "binary" in reasons and ".docx" in reasons
    store.close()


# --- issue #22 findings 2, 3, 5, 6 and 10 -----------------------------------------------

def test_parquet_dictionary_bomb_is_refused_in_arrow(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A dictionary-encoded string shared by many rows: each row is refused from its Arrow
    length, so the string never becomes one Python copy per row."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "100000")
    big = pa.array(["x" * 4_000_000, "Dad hit Sam on Monday."]).dictionary_encode()
    table = pa.table({"record_id": [f"R{i}" for i in range(101)],
                      "text": pa.DictionaryArray.from_arrays(
                          pa.array([0] * 100 + [1], pa.int32()), big.dictionary)})
    path = tmp_path / "bomb.parquet"
    pq.write_table(table, path, use_dictionary=True)
    tracemalloc.start()
    try:
        items = _items(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(items) == 101
    assert peak < 40_000_000  # converted per row, the old reader made 400 MB of strings
    assert all("more than the 100,000 characters allowed" in (item.error or "")
               for item in items[:100])
    assert items[0].record_id == "R0" and items[100].error is None


def test_a_memory_error_in_analysis_is_a_row_error(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from sos_lang.audit import engines

    def no_memory(*_args: object, **_kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(engines, "analyse_many", no_memory)
    monkeypatch.setattr(engines, "analyse", no_memory)
    path = tmp_path / "export.csv"
    path.write_text("record_id,text\nR1,Dad hit Sam.\n", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    summary = run_audit([str(path)], store, key="k", progress=False)
    assert summary.failed == 1
    assert store.errors_frame()["reason"].tolist() == ["analysis ran out of memory"]
    store.close()


def test_many_bad_rows_are_stored_in_batches_up_to_a_cap(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sos_lang.audit import runner

    monkeypatch.setattr(runner, "MAX_STORED_ERRORS", 500)
    rows = 20_000
    pq.write_table(pa.table({"record_id": pa.nulls(rows, pa.string()),
                             "text": pa.nulls(rows, pa.string())}), tmp_path / "empty.parquet")
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    commits = 0
    original = store.record_errors

    def counting(*args: object, **kwargs: object) -> None:
        nonlocal commits
        commits += 1
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "record_errors", counting)
    monkeypatch.setattr(store, "record_error", lambda *_a: pytest.fail("one commit per error"))
    summary = run_audit([str(tmp_path / "empty.parquet")], store, key="k", progress=False)
    errors = store.errors_frame()
    assert summary.failed == rows
    assert len(errors) == 501 and commits <= rows // 256 + 2
    assert errors["reason"].iloc[-1] == (
        "19,500 more errors not stored; at most 500 are kept per run")
    assert store.runs_frame()["status"].tolist() == ["finished"]
    store.close()


def test_chunks_are_sized_by_characters_not_rows() -> None:
    from sos_lang.audit.readers import AuditItem
    from sos_lang.audit.runner import chunks

    items = [AuditItem(f"R{i}", "x" * 400, "s") for i in range(10)]
    assert [len(chunk) for chunk in chunks(iter(items), 256, max_chars=1000)] == [2, 2, 2, 2, 2]
    assert [len(chunk) for chunk in chunks(iter(items), 3, max_chars=10**6)] == [3, 3, 3, 1]


def test_a_csv_field_over_the_cap_is_a_row_error(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "1000")
    path = tmp_path / "export.csv"
    path.write_text("record_id,text\nR1,\"" + "word " * 500 + "\"\nR2,Gran loves Sam.\n",
                    encoding="utf-8")
    items = _items(path)
    assert "more than the 1,000 characters allowed for one record" in (items[0].error or "")
    assert items[-1].record_id == "R2" and items[-1].error is None


def test_folder_audits_do_not_follow_symbolic_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "other-case.txt").write_text("Mum was non-compliant. SECRET", encoding="utf-8")
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "own.txt").write_text("Dad was non-compliant.", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside / "other-case.txt")
    (folder / "linked-folder").symlink_to(outside, target_is_directory=True)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    summary = run_audit([str(folder)], store, key="k", progress=False,
                        options=AnalysisOptions(keep_excerpts=True))
    assert summary.analysed == 1 and summary.links == 1
    assert "1 symbolic links or paths outside the folder not followed" in summary.line()
    assert store.records_frame()["record_id"].tolist() == ["own.txt"]
    assert store.errors_frame()["source"].tolist() == [str(folder / "link.txt")]
    store.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".jsonl"])
def test_a_headerless_export_does_not_print_record_text(tmp_path: Path, suffix: str,
                                                        capsys: pytest.CaptureFixture) -> None:
    secret = "Jane Smithson born 01/02/2010 told me her stepdad hits her"
    path = tmp_path / f"export{suffix}"
    if suffix == ".csv":
        path.write_text(f"R1,{secret},North\n", encoding="utf-8")
    elif suffix == ".jsonl":
        path.write_text(json.dumps({secret: "R1"}) + "\n", encoding="utf-8")
    else:
        import openpyxl

        workbook = openpyxl.Workbook()
        workbook.active.append(["R1", secret, "North"])
        workbook.save(path)
    assert main(["audit", str(path), "--store", f"sqlite:///{tmp_path / 's.db'}",
                 "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "columns:" in err and "stepdad" not in err and "2010" not in err
    assert main(["audit", str(path), "--store", f"sqlite:///{tmp_path / 's.db'}",
                 "--id-col", "nope", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "no column 'nope'" in err and "stepdad" not in err


def test_a_long_metadata_field_and_escapes_in_names_are_row_errors_not_tracebacks(
        tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """A metadata.csv field over the csv module's default 131,072 characters was a raw
    traceback; now it reads up to the record cap and is a row error past it."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "one.txt").write_text("Dad was non-compliant.", encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,team\none.txt,North\ntwo.txt,\"" + "x" * 140_000 + "\"\n", encoding="utf-8")
    assert [item.error for item in _items(folder)] == [None]
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "100000")
    items = _items(folder)
    assert [item.error is None for item in items].count(True) == 1
    assert any("a field has more than the 100,000 characters" in (item.error or "")
               for item in items)
    path = tmp_path / "export.csv"
    path.write_text("id,\x1b]0;pwned\x07body\nR1,text\n", encoding="utf-8")
    assert main(["audit", str(path), "--store", f"sqlite:///{tmp_path / 's.db'}",
                 "--quiet"]) == 2
    assert "\x1b" not in capsys.readouterr().err


def test_a_billion_laughs_xlsx_gets_a_clear_error(tmp_path: Path) -> None:
    """openpyxl refuses entity declarations only when defusedxml is installed: it is declared."""
    import tomllib
    import zipfile

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["record_id", "text"])
    workbook.active.append(["R1", "Dad hit Sam."])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    bomb = tmp_path / "laughs.xlsx"
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)) + "]>")
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = laughs.encode() + data.replace(b"</sheetData>", (
                    b'<row r="3"><c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
                    b"</sheetData>"))
            target.writestr(info, data)
    with pytest.raises(InputError, match="possible XML bomb"):
        _items(bomb)
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    assert any(dep.startswith("defusedxml") for dep in project["project"]["dependencies"])


def test_a_jsonl_line_over_the_cap_is_a_row_error_and_never_held_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 40 MB JSON line becomes one row error, read in pieces: the reader's peak memory
    stays far below the line's size, and the rows after it are read."""
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "1000")
    path = tmp_path / "export.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps({"record_id": "R1", "text": "Mum was calm."}) + "\n")
        stream.write(json.dumps({"record_id": "R2", "text": "word " * (8 * 1024 * 1024)})
                     + "\n")
        stream.write(json.dumps({"record_id": "R3", "text": "Gran loves Sam."}) + "\n")
    tracemalloc.start()
    items = _items(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [item.record_id for item in items] == ["R1", None, "R3"]
    assert items[1].source.endswith(":2")
    assert "more than the 1,000 characters allowed" in (items[1].error or "")
    assert peak < 8 * 1024 * 1024


def test_an_xlsx_that_unpacks_past_the_limit_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    from sos_lang.audit import readers

    workbook = openpyxl.Workbook()
    workbook.active.append(["record_id", "text"])
    workbook.active.append(["R1", "Dad hit Sam. " * 2_000])  # Excel keeps 32,767 a cell
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    assert len(_items(path)) == 1
    monkeypatch.setattr(readers, "MAX_XLSX_UNPACKED_BYTES", 30_000)
    with pytest.raises(InputError, match=r"unpacks to .* MiB allowed"):
        _items(path)
