#!/usr/bin/env bash
# Sets everything up, then runs the main job on the embedded defaults: writes a synthetic
# export of 5,000 case records, audits it into the SQLite store sos_lang.db, and opens the
# dashboard on http://127.0.0.1:8501 (Ctrl+C stops it). Extra arguments go to `sos-lang demo`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
cd "$root"
exec "$root/.venv/bin/sos-lang" demo "$@"
