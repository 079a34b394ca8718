"""Grouping columns (audit --group-cols): only categories are kept, never free text; a
column with more than 50 values or a value that reads as notes is refused before anything
is analysed, with a message naming the column and row but never quoting the value."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sos_lang.audit.groups import free_text_reason, parse_column_names
from sos_lang.audit.readers import ColumnMap
from sos_lang.audit.runner import run_audit
from sos_lang.cli import main
from sos_lang.inputs import InputError
from sos_lang.store import Store

NOTE = "Mum said the flat was cold. She has no money for the meter until Friday."


def _export(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _rows(count: int, **columns: object) -> list[dict[str, str]]:
    return [{"record_id": f"R{n}", "text": "Gran takes Sam to school every day.",
             **{name: str(value(n) if callable(value) else value)
                for name, value in columns.items()}} for n in range(count)]


@pytest.mark.parametrize("value", [
    "x" * 65, "White\nBritish", " ".join(["word"] * 11), NOTE, "Seen at home. All well."])
def test_values_that_read_as_free_text_are_refused(value: str) -> None:
    assert free_text_reason(value) is not None


@pytest.mark.parametrize("value", [
    "White", "Black, Black British, Black Welsh, Caribbean or African", "10 to 15",
    "Any other Mixed or Multiple ethnic background", "Not known", "", None, "F", "16+"])
def test_categories_are_kept(value: str | None) -> None:
    assert free_text_reason(value) is None


def test_a_free_text_column_is_refused_before_anything_is_analysed(tmp_path: Path) -> None:
    export = _export(tmp_path / "in.csv", _rows(6, ethnicity="White", notes=lambda n: (
        NOTE if n == 4 else "Fine")))
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        with pytest.raises(InputError) as refused:
            run_audit([str(export)], store, ColumnMap(groups=("ethnicity", "notes")),
                      progress=False, key="k")
        assert store.runs_frame().empty and store.count_records() == 0
    finally:
        store.close()
    message = str(refused.value)
    assert "'notes'" in message and "in.csv:6" in message and "free text" in message
    assert "meter" not in message and "Mum" not in message  # the value is never quoted


def test_a_column_of_more_than_50_values_is_refused(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    export = _export(tmp_path / "in.csv", _rows(60, postcode=lambda n: f"LS{n} 1AA"))
    status = main(["audit", str(export), "--store", str(tmp_path / "s.db"), "--quiet",
                   "--group-cols", "postcode"])
    assert status == 2
    message = capsys.readouterr().err
    assert "'postcode' has more than 50 different values" in message
    assert "in.csv:52" in message and "1AA" not in message


def test_values_already_in_the_store_count_towards_the_50(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    first = _export(tmp_path / "a.csv", _rows(30, area=lambda n: f"Area {n}"))
    second = _export(tmp_path / "b.csv", [
        {**row, "record_id": f"S{n}"}
        for n, row in enumerate(_rows(30, area=lambda n: f"Area {n + 30}"))])
    store = Store(url)
    try:
        run_audit([str(first)], store, ColumnMap(groups=("area",)), progress=False, key="k")
        with pytest.raises(InputError, match=r"more than 50 different values.*b\.csv"):
            run_audit([str(second)], store, ColumnMap(groups=("area",)), progress=False,
                      key="k")
    finally:
        store.close()


def test_the_text_column_cannot_be_a_grouping_column(tmp_path: Path) -> None:
    export = _export(tmp_path / "in.csv", _rows(3))
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        with pytest.raises(InputError, match="record text or id column"):
            run_audit([str(export)], store, ColumnMap(groups=("text",)), progress=False,
                      key="k")
    finally:
        store.close()


def test_group_names_are_parsed_once_each() -> None:
    assert parse_column_names(" ethnicity, sex,,ethnicity ") == ("ethnicity", "sex")
    with pytest.raises(InputError, match="--group-cols"):
        parse_column_names("x" * 65)
    assert parse_column_names("child_name, parent_names", "--name-cols") == (
        "child_name", "parent_names")
    with pytest.raises(InputError, match="--name-cols"):
        parse_column_names("x" * 65, "--name-cols")


def test_audit_keeps_the_category_and_adding_groups_re_analyses(tmp_path: Path) -> None:
    rows = _rows(6, ethnicity=lambda n: "White" if n % 2 else "", sex="Female")
    export = _export(tmp_path / "in.csv", rows)
    url = f"sqlite:///{tmp_path / 's.db'}"
    store = Store(url)
    try:
        assert run_audit([str(export)], store, progress=False, key="k").analysed == 6
        again = run_audit([str(export)], store, ColumnMap(groups=("ethnicity", "sex")),
                          progress=False, key="k")
        assert again.analysed == 6  # the grouping values are new: each record is re-stored
        assert store.group_values("ethnicity") == {"White", ""}
        assert run_audit([str(export)], store, ColumnMap(groups=("ethnicity", "sex")),
                         progress=False, key="k").skipped == 6
    finally:
        store.close()
