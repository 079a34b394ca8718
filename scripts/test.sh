#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite (slow tests included) and ruff.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
cd "$root"
.venv/bin/ruff check sos_lang tests
exec .venv/bin/python -m pytest "$@"
