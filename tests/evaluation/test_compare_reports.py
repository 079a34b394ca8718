"""scripts/compare_reports.py: the check that a refactoring changed no output reports a
difference, a missing file and a file the save never wrote (an unfinished save is no
pass)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "compare_reports", ROOT / "scripts" / "compare_reports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_identical_folders_pass_and_inputs_are_ignored(tmp_path: Path) -> None:
    compare = _script().compare
    files = {"fast/0001.json": '{"score": 70}', "evaluate.txt": "0.90\n"}
    saved = _write(tmp_path / "saved", {**files, "records/0001.txt": "Mum said", "demo.csv": "x"})
    fresh = _write(tmp_path / "fresh", files)
    assert compare(saved, fresh) == []


def test_a_difference_a_missing_file_and_an_unsaved_file_are_reported(tmp_path: Path) -> None:
    compare = _script().compare
    saved = _write(tmp_path / "saved", {"fast/0001.json": '{"score": 70}',
                                        "fast/0002.json": '{"score": 60}'})
    fresh = _write(tmp_path / "fresh", {"fast/0001.json": '{"score": 71}',
                                        "evaluate.txt": "0.90\n"})
    assert compare(saved, fresh) == ["evaluate.txt (not saved)", "fast/0001.json",
                                     "fast/0002.json (missing)"]


def test_an_optional_field_the_old_output_lacked_is_no_difference(tmp_path: Path) -> None:
    compare = _script().compare
    saved = _write(tmp_path / "saved", {"a.json": '{"findings": [{"id": 1}]}'})
    fresh = _write(tmp_path / "fresh", {"a.json": '{"findings": [{"id": 1, "replacement": "x"}]}'})
    assert compare(saved, fresh) == []
