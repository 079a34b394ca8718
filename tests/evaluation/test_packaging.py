"""Evaluation sets stay out of the installed package; an installed copy says where they are."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from sos_lang.cli import main
from sos_lang.evaluation.common import EVAL_DIR_ENV, eval_dir

ROOT = Path(__file__).resolve().parents[2]


def _eval_set_names() -> set[str]:
    return {path.name for path in (ROOT / "eval").glob("*.jsonl")}


def test_the_sets_are_read_from_the_checkout() -> None:
    assert eval_dir() == ROOT / "eval"
    assert "lexicon_heldout.jsonl" in _eval_set_names()


@pytest.mark.slow
def test_the_wheel_holds_no_evaluation_set(tmp_path: Path) -> None:
    """Builds the wheel with the project's backend and lists its files."""
    from hatchling.builders.wheel import WheelBuilder

    wheel = Path(next(iter(WheelBuilder(str(ROOT)).build(directory=str(tmp_path),
                                                         versions=["standard"]))))
    names = zipfile.ZipFile(wheel).namelist()
    assert "sos_lang/cli.py" in names  # the listing is of a real wheel
    assert any(name.startswith("sos_lang/data/statements/") for name in names)
    eval_sets = _eval_set_names()
    shipped = [name for name in names
               if Path(name).name in eval_sets or "/eval/" in f"/{name}"]
    assert shipped == []
    for name in names:
        if name.endswith(".jsonl"):  # the only JSONL the package needs is its training corpus
            assert name.startswith("sos_lang/data/statements/"), name


def test_missing_sets_give_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(EVAL_DIR_ENV, str(tmp_path / "absent"))
    assert main(["evaluate", "lexicon"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "eval/ of a source checkout" in err and "Traceback" not in err


def test_a_named_folder_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    item = {"id": "x-1", "text": "Mum was non-compliant.",
            "flags": [{"text": "non-compliant", "kind": "deficit", "subtype": "compliance"}]}
    (tmp_path / "lexicon_heldout.jsonl").write_text(
        "\n".join(json.dumps({**item, "id": f"x-{i}"}) for i in range(6)) + "\n",
        encoding="utf-8")
    monkeypatch.setenv(EVAL_DIR_ENV, str(tmp_path))
    assert main(["evaluate", "lexicon", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)["lexicon"]
    assert result["per_subtype"]["compliance"]["gold"] > 0
