"""In CI (CI=true) a skipped test fails the run; elsewhere a skip stays a skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CONFTEST = Path(__file__).resolve().parent / "conftest.py"


@pytest.mark.parametrize(("ci", "returncode"), [("true", 1), ("", 0)])
def test_a_skip_fails_the_run_only_in_ci(tmp_path: Path, ci: str, returncode: int) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "test_skips.py").write_text(
        "import pytest\n\n\ndef test_needs_something() -> None:\n"
        "    pytest.skip('a dependency is missing')\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          str(tmp_path)], capture_output=True, text=True, timeout=300,
                         cwd=tmp_path, env={**os.environ, "CI": ci})
    assert run.returncode == returncode, run.stdout + run.stderr
    assert ("skipped, which CI does not allow" in run.stdout) is (ci == "true")
