"""Audits pass the names an export holds (--name-cols, and the same columns in a folder's
metadata.csv) to redaction: stored excerpts never show them, and no name column reaches
the store."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

from sos_lang.audit.readers import ColumnMap, family_names, iter_items

# Names no table or model knows, so that only the name columns can redact them.
CHILD, PARENTS = "Zqxa Vrennik", "Oblu Vrennik; Tarv Quassel"
TEXT = ("Oblu Vrennik was non-compliant and failed to engage. zqxa said tarv hit her. "
        "Vrennik was hostile at the LAC review and the concerns remain.")


def _export(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=["record_id", "text", "child_name",
                                                    "parent_names"])
        writer.writeheader()
        writer.writerow({"record_id": "R1", "text": TEXT, "child_name": CHILD,
                         "parent_names": PARENTS})
    return path


def _store_text(database: Path) -> str:
    """Every value of every table of the SQLite store, as one string."""
    connection = sqlite3.connect(database)
    try:
        tables = [row[0] for row in connection.execute(
            "select name from sqlite_master where type = 'table'")]
        return "\n".join(str(value) for table in tables
                         for row in connection.execute(f'select * from "{table}"')
                         for value in row)
    finally:
        connection.close()


def test_name_cols_redact_stored_excerpts_and_are_never_stored(tmp_path: Path) -> None:
    export = _export(tmp_path / "export.csv")
    database = tmp_path / "s.db"
    result = subprocess.run(
        [sys.executable, "-m", "sos_lang", "audit", str(export), "--store",
         f"sqlite:///{database}", "--keep-excerpts", "--quiet",
         "--name-cols", "child_name,parent_names"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    stored = _store_text(database)
    assert "[NAME]" in stored  # excerpts were kept, redacted
    for name in ("Zqxa", "zqxa", "Vrennik", "Oblu", "Tarv", "tarv", "Quassel"):
        assert name not in stored


def test_without_name_cols_the_unknown_names_would_be_kept(tmp_path: Path) -> None:
    """The control: the same audit without --name-cols stores some of these names, so the
    test above shows the name columns at work."""
    export = _export(tmp_path / "export.csv")
    database = tmp_path / "s.db"
    subprocess.run([sys.executable, "-m", "sos_lang", "audit", str(export), "--store",
                    f"sqlite:///{database}", "--keep-excerpts", "--quiet"], check=True,
                   capture_output=True)
    assert "tarv" in _store_text(database)


def test_name_columns_of_a_folder_metadata_file(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        f"file,child_name,parent_names\none.txt,{CHILD},\"{PARENTS}\"\n", encoding="utf-8")
    items = list(iter_items([str(tmp_path)], ColumnMap(names=("child_name", "parent_names"))))
    assert items[0].family_names == ["Zqxa Vrennik", "Oblu Vrennik", "Tarv Quassel"]


def test_name_cells_split_into_names() -> None:
    assert family_names(["Jo and Sam Smith-Ali", None, "Kacper, Zofia / Adam"]) == [
        "Jo", "Sam Smith-Ali", "Kacper", "Zofia", "Adam"]


def test_the_app_mapping_passes_name_columns() -> None:
    from sos_lang.app.audit_upload import column_map

    columns = column_map({"id": "record_id", "text": "text"}, ("child_name",))
    assert columns.names == ("child_name",)
