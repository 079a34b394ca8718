"""sos-lang compare: text and JSON output, exit status as check, errors as status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sos_lang.cli import main
from tests.compare.test_core import FAITHFUL, FAULTY, SOURCE

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v SW>How is nursery going?</v>

00:00:04.500 --> 00:00:09.000
<v Mum (Carla)>Jayden goes every day now and he loves it.</v>
"""


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"source": tmp_path / "visit.txt", "faulty": tmp_path / "faulty.md",
             "faithful": tmp_path / "faithful.txt", "vtt": tmp_path / "call.vtt",
             "empty": tmp_path / "empty.txt"}
    paths["source"].write_text(SOURCE, "utf-8")
    paths["faulty"].write_text(FAULTY, "utf-8")
    paths["faithful"].write_text(FAITHFUL, "utf-8")
    paths["vtt"].write_text(VTT, "utf-8")
    paths["empty"].write_text("", "utf-8")
    return paths


def test_json_output_and_exit_status(files: dict[str, Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["compare", str(files["faulty"]), "--source", str(files["source"]),
                   "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert status == 1
    assert {f["subtype"] for f in document["findings"]} >= {"invented_specific", "unsupported"}
    assert main(["compare", str(files["faulty"]), "--source", str(files["source"]),
                 "--fail-on", "never"]) == 0


def test_text_output_names_the_nearest_source(files: dict[str, Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    main(["compare", str(files["faulty"]), "--source", str(files["source"]),
          "--source", str(files["vtt"])])
    out = capsys.readouterr().out
    assert out.startswith("support score")
    assert "nearest source:" in out


def test_bad_input_exits_2(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(files["faithful"]), "--source", str(files["empty"])]) == 2
    assert "empty.txt: is empty" in capsys.readouterr().err
    assert main(["compare", str(files["source"]), "--source", str(files["source"])]) == 2
    assert "identical" in capsys.readouterr().err
