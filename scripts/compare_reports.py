"""Save or compare the outputs a refactoring must not change.

``save DIR`` writes, with the code in force: ``check --format json`` on the
sample draft and on every record of a 500-record demo export, in both profiles,
and the output of ``sos-lang evaluate``. ``compare DIR`` writes them again to a
temporary folder and reports every file that differs (exit 1), ignoring only
fields listed in ``OPTIONAL_FIELDS`` that the older output did not have.

Every command runs through ``sos_lang.cli.main`` in this process, so the files
hold exactly what the command prints. Record text is written only to the folder
you name (synthetic demo records).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

from sos_lang.cli import main as cli_main

RECORDS = 500
PROFILES = ("accurate", "fast")
SAMPLE = Path(__file__).resolve().parent.parent / "sos_lang" / "data" / "sample_draft.txt"
# Fields a finding may gain without breaking schema_version 1.
OPTIONAL_FIELDS = {"replacement"}


def _run(argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli_main(argv)
    return out.getvalue()


def _records(folder: Path) -> list[Path]:
    """The demo export's record texts, one file each (written once, then reused)."""
    import csv

    texts = folder / "records"
    if not texts.is_dir():
        texts.mkdir(parents=True)
        export = folder / "demo.csv"
        _run(["demo-data", str(export), "--records", str(RECORDS)])
        with export.open(newline="", encoding="utf-8") as handle:
            for number, row in enumerate(csv.DictReader(handle)):
                (texts / f"{number:04d}.txt").write_text(row["text"], encoding="utf-8")
    return sorted(texts.glob("*.txt"))


def write_outputs(folder: Path, records: list[Path]) -> None:
    """Every output the acceptance compares, written under folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for profile in PROFILES:
        out = folder / profile
        out.mkdir(exist_ok=True)
        (out / "sample_draft.json").write_text(
            _run(["check", str(SAMPLE), "--format", "json", "--profile", profile,
                  "--fail-on", "never"]))
        for path in records:
            (out / f"{path.stem}.json").write_text(
                _run(["check", str(path), "--format", "json", "--profile", profile,
                      "--fail-on", "never"]))
    (folder / "evaluate.txt").write_text(_run(["evaluate"]))


def _strip_new(new: object, old: object) -> object:
    """new without the optional fields old lacks, recursively."""
    if isinstance(new, dict) and isinstance(old, dict):
        return {key: _strip_new(value, old.get(key)) for key, value in new.items()
                if key in old or key not in OPTIONAL_FIELDS}
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        return [_strip_new(a, b) for a, b in zip(new, old, strict=True)]
    return new


def _outputs(folder: Path) -> set[Path]:
    """The output files under folder, relative to it (the demo records are inputs)."""
    return {path.relative_to(folder) for path in folder.rglob("*")
            if path.is_file() and path.parts[len(folder.parts)] != "records"
            and path.name != "demo.csv"}


def compare(saved: Path, fresh: Path) -> list[str]:
    """Relative paths of files that differ between two output folders, and of files only
    one of them holds (a save that did not finish is no pass)."""
    old_files, new_files = _outputs(saved), _outputs(fresh)
    differ = [f"{relative} (not saved)" for relative in sorted(new_files - old_files)]
    for relative in sorted(old_files):
        old_path, new_path = saved / relative, fresh / relative
        if relative not in new_files:
            differ.append(f"{relative} (missing)")
            continue
        if old_path.suffix == ".json":
            old, new = json.loads(old_path.read_text()), json.loads(new_path.read_text())
            if _strip_new(new, old) != old:
                differ.append(str(relative))
        elif old_path.read_text() != new_path.read_text():
            differ.append(str(relative))
    return differ


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "compare"):
        print("usage: compare_reports.py save|compare DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    records = _records(folder)
    if argv[0] == "save":
        write_outputs(folder / "outputs", records)
        print(f"saved {len(records)} records x {len(PROFILES)} profiles, the sample draft "
              f"and evaluate under {folder / 'outputs'}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        write_outputs(Path(tmp), records)
        differ = compare(folder / "outputs", Path(tmp))
    compared = len(PROFILES) * (len(records) + 1) + 1
    if differ:
        print(f"{len(differ)} of {compared} outputs differ: " + ", ".join(differ[:20]))
        return 1
    print(f"all {compared} outputs identical ({len(records)} demo records and the sample "
          f"draft in {len(PROFILES)} profiles, and evaluate)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
