"""Broken and hostile files in a batch: each is reported clearly, the rest completes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sos_lang.audit.readers import ColumnMap, iter_items
from sos_lang.audit.runner import run_audit
from sos_lang.cli import main
from sos_lang.inputs import InputError
from sos_lang.store import Store


def _items(path: Path) -> list:
    return list(iter_items([str(path)], ColumnMap()))


def test_csv_with_embedded_nuls_ragged_rows_and_a_huge_cell(tmp_path: Path) -> None:
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
    assert by_id["R4"].error is None and len(by_id["R4"].text) > 50_000_000
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
