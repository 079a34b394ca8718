#!/usr/bin/env bash
# Regenerates the hashed lock files from pyproject.toml (run after changing dependencies).
# requirements.lock: runtime; requirements-test.lock: runtime + test tools, same pins.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
uv="${UV:-.venv/bin/uv}"
common=(--generate-hashes --python-version 3.11 --python-platform x86_64-unknown-linux-gnu -q)
"$uv" pip compile pyproject.toml "${common[@]}" -o requirements.lock
"$uv" pip compile pyproject.toml --extra test -c requirements.lock "${common[@]}" \
  -o requirements-test.lock
