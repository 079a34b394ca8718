#!/usr/bin/env bash
# Sets everything up, then runs ruff and the whole test suite, slow tests included.
# It also makes sure what the end-to-end tests need is there: PostgreSQL answering on
# 127.0.0.1:5432 (started if it is installed but stopped) and Debian's chromium for the
# browser test (installed with apt-get when running as root). In CI (CI=true) a chromium that
# could not be installed fails the run, and so does any skipped test (tests/conftest.py).
# Extra arguments go to pytest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" test
cd "$root"
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "test: starting PostgreSQL" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  fi
fi
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test: installing Debian's chromium for the browser test" >&2
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  then
    if [ "${CI:-}" = true ]; then
      echo "test: could not install chromium, which CI needs for the browser test" >&2
      exit 1
    fi
    echo "test: could not install chromium; the browser test will be skipped" >&2
  fi
fi
if [ "${CI:-}" = true ] && [ ! -x /usr/bin/chromium ]; then
  echo "test: no chromium at /usr/bin/chromium, which CI needs for the browser test" >&2
  exit 1
fi
.venv/bin/ruff check sos_lang tests benchmarks scripts app.py
exec .venv/bin/python -m pytest "$@"
