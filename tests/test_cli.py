"""The ``sos-lang check`` contract: JSON schema, offsets, exit statuses, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from sos_lang.cli import exit_status, main

DRAFT = ("Mum was non-compliant and failed to engage; the LAC review is prior to contact. "
         "Sam said: 'Mum is non-compliant'. The contact number is on the file.")


def _schema() -> dict:
    return json.loads(resources.files("sos_lang").joinpath("data", "report.schema.json")
                      .read_text(encoding="utf-8"))


def _check_json(capsys, path: Path, *extra: str) -> tuple[int, dict]:
    status = main(["check", str(path), "--format", "json", *extra])
    return status, json.loads(capsys.readouterr().out)


def test_json_validates_and_offsets_are_exact(tmp_path: Path, capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    _, report = _check_json(capsys, path, "--fail-on", "never")
    jsonschema.validate(report, _schema())
    for item in report["findings"] + report["sentences"]:
        assert DRAFT[item["start"]:item["end"]] == item["text"]


def test_flags_deficit_and_jargon_with_alternatives(tmp_path: Path, capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    _, report = _check_json(capsys, path, "--fail-on", "never")
    found = {(f["kind"], f["text"]) for f in report["findings"]}
    for expected in [("deficit", "non-compliant"), ("deficit", "failed to engage"),
                     ("jargon", "LAC"), ("jargon", "prior to"), ("jargon", "contact")]:
        assert expected in found
    assert all(f["alternatives"] for f in report["findings"])
    quoted_start = DRAFT.index("'Mum is non-compliant'")
    assert not any(quoted_start <= f["start"] < quoted_start + 22 for f in report["findings"]
                   if f["kind"] == "deficit"), "quoted speech must not be flagged"
    number_start = DRAFT.index("contact number")
    assert not any(f["start"] == number_start for f in report["findings"])


def test_offsets_are_into_decoded_text_with_bom_and_crlf(tmp_path: Path, capsys) -> None:
    text = "Visit note.\r\nMum was non-compliant.\r\n"
    path = tmp_path / "draft.txt"
    path.write_bytes(text.encode("utf-16"))
    _, report = _check_json(capsys, path, "--fail-on", "never")
    finding = next(f for f in report["findings"] if f["kind"] == "deficit")
    assert text[finding["start"]:finding["end"]] == "non-compliant"


@pytest.mark.parametrize(("worst", "fail_on", "expected"), [
    (None, "error", 0), ("warning", "error", 0), ("error", "error", 1),
    ("info", "info", 1), ("error", "never", 0), ("warning", "warning", 1),
])
def test_exit_status(worst, fail_on, expected) -> None:
    assert exit_status(worst, fail_on) == expected


def test_input_errors_exit_2_with_one_line(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    for path in (tmp_path / "missing.txt", tmp_path, empty):
        assert main(["check", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("sos-lang: ") and err.count("\n") == 1


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2


@pytest.mark.slow
def test_console_script_reads_stdin_and_never_tracebacks() -> None:
    run = subprocess.run([sys.executable, "-m", "sos_lang", "check", "-", "--format", "json",
                          "--fail-on", "warning"], input=DRAFT.encode(), capture_output=True,
                         timeout=300)
    assert run.returncode == 1, run.stderr
    assert json.loads(run.stdout)["schema_version"] == 1
    binary = subprocess.run([sys.executable, "-m", "sos_lang", "check", "-"],
                            input=b"\x00\x01\x02binary\x00", capture_output=True, timeout=300)
    assert binary.returncode == 2
    assert b"Traceback" not in binary.stderr


def test_check_and_classify_never_print_terminal_escapes(tmp_path, capsys) -> None:
    """Issue #22 finding 6: escape sequences in a record (set the title, clear the screen,
    hide text) reached the terminal raw."""
    path = tmp_path / "draft.txt"
    path.write_text("Mum was non-compliant.\x1b]0;owned\x07 Dad hit Sam.\x1b[2J\r\n"
                    "Gran\u202e said hello.\x9b31m\n", encoding="utf-8")
    main(["check", str(path), "--profile", "fast", "--colour", "never"])
    checked = capsys.readouterr().out
    main(["classify", str(path)])
    classified = capsys.readouterr().out
    for out in (checked, classified):
        assert not any(char in out for char in "\x1b\x07\x9b\u202e")
        assert "\ufffd" in out
    assert "\r" not in classified
