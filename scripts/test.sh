#!/usr/bin/env bash
# Sets everything up, then runs ruff and the whole test suite, slow tests included.
# It also makes sure what the end-to-end tests need is there: PostgreSQL answering on
# 127.0.0.1:5432 (started if it is installed but stopped), Debian's chromium for the
# browser test, LibreOffice Writer for the Word round trip and LibreOffice Calc for the
# audit workbook (installed with apt-get when running as root). In CI (CI=true) any one
# missing fails the run, and so does any skipped test (tests/conftest.py).
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
install_for_tests() {  # package, what needs it, then apt-get options
  local package="$1" purpose="$2"
  shift 2
  echo "test: installing Debian's $package for $purpose" >&2
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" \
        "$package") >&2; then
    if [ "${CI:-}" = true ]; then
      echo "test: could not install $package, which CI needs for $purpose" >&2
      exit 1
    fi
    echo "test: could not install $package; $purpose will be skipped" >&2
  fi
}
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  [ -x /usr/bin/chromium ] || install_for_tests chromium "the browser test"
  command -v soffice >/dev/null 2>&1 || install_for_tests libreoffice-writer-nogui \
    "the Word round-trip test" --no-install-recommends
  [ -e /usr/lib/libreoffice/program/libsclo.so ] || install_for_tests libreoffice-calc-nogui \
    "the audit workbook test" --no-install-recommends
fi
if [ "${CI:-}" = true ] && { [ ! -x /usr/bin/chromium ] || ! command -v soffice >/dev/null 2>&1 \
  || [ ! -e /usr/lib/libreoffice/program/libsclo.so ]; }
then
  echo "test: CI needs chromium at /usr/bin/chromium and LibreOffice's soffice with Calc" >&2
  exit 1
fi
.venv/bin/ruff check sos_lang tests benchmarks scripts app.py
exec .venv/bin/python -m pytest "$@"
