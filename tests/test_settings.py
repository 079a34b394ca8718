"""The data files parse as their authors meant: YAML 1.1 reads a bare on, off, yes or no as
a boolean, so a word list holding one silently loses that word (people.yaml's "on" and
compare.yaml's "yes" both did)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sos_lang.settings import parse_yaml

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = sorted([*(ROOT / "sos_lang" / "data").rglob("*.yaml"),
                     *(ROOT / "lexicons").rglob("*.yaml")])


def _booleans_in_lists(value: Any, path: str = "") -> list[str]:
    """Where a list holds a boolean: no word list, example list or table here means one."""
    if isinstance(value, dict):
        return [found for key, item in value.items()
                for found in _booleans_in_lists(item, f"{path}/{key}")]
    if isinstance(value, list):
        return [f"{path}[{index}]" if isinstance(item, bool) else found
                for index, item in enumerate(value)
                for found in ([""] if isinstance(item, bool)
                              else _booleans_in_lists(item, f"{path}[{index}]"))]
    return []


def test_the_data_files_are_found() -> None:
    assert len(DATA_FILES) > 20


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.name)
def test_no_list_in_a_data_file_holds_a_boolean(path: Path) -> None:
    assert _booleans_in_lists(parse_yaml(path.read_text(encoding="utf-8"))) == []


def test_a_bare_on_in_a_list_is_caught() -> None:
    assert _booleans_in_lists(parse_yaml("groups:\n  - [agree, ok, on]\n")) == ["/groups[0][2]"]
    assert _booleans_in_lists(parse_yaml('groups:\n  - [agree, ok, "on"]\n')) == []


def test_a_cache_file_is_written_whole_for_the_user_alone(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from sos_lang.settings import write_cache_file

    path = tmp_path / "cache" / "model.json"
    write_cache_file(path, b"{}")
    assert path.read_bytes() == b"{}" and path.stat().st_mode & 0o077 == 0

    def refuse(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_cache_file(path, b'{"a": 1}')
    assert path.read_bytes() == b"{}"  # the old file stands, and no temporary file is left
    assert [p.name for p in path.parent.iterdir()] == ["model.json"]
