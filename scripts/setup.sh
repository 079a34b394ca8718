#!/usr/bin/env bash
# Creates .venv beside the repository and installs sos_lang into it from the hashed lock file.
#   scripts/setup.sh          runtime dependencies (requirements.lock)
#   scripts/setup.sh test     runtime and test tools (requirements-test.lock)
# Everything comes from PyPI by package name and is checked against the lock's hashes;
# nothing is downloaded at run time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:-runtime}"
lock=requirements.lock
[ "$mode" = test ] && lock=requirements-test.lock
python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
  echo "setup: python3 (3.11 or newer) is needed" >&2
  exit 2
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: python3 is $("$python" --version 2>&1); sos_lang needs 3.11 or newer" >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  "$python" -m venv .venv
fi
stamp=".venv/.sos-lang-$mode"
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing from $lock (a few minutes the first time)" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r "$lock"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  touch "$stamp"
fi
