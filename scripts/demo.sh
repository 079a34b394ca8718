#!/usr/bin/env bash
# Sets everything up, then runs the main job on the embedded defaults:
# checks the sample draft shipped with sos_lang and prints the report.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
exec "$root/.venv/bin/sos-lang" check "$root/sos_lang/data/sample_draft.txt" --fail-on never "$@"
