"""Shared fixtures. Every test runs with the network switched off."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Every test run trains and caches models in a fresh folder of its own, never the
    user's cache, so a stale cached model can never answer for changed code."""
    import os
    import tempfile

    folder = tempfile.mkdtemp(prefix="sos-lang-test-cache-")
    config.stash[_CACHE_KEY] = (folder, os.environ.get("SOS_LANG_CACHE"))
    os.environ["SOS_LANG_CACHE"] = folder  # subprocesses started by tests inherit it


def pytest_unconfigure(config: pytest.Config) -> None:
    import os
    import shutil

    folder, before = config.stash.get(_CACHE_KEY, (None, None))
    if folder is None:
        return
    shutil.rmtree(folder, ignore_errors=True)
    if before is None:
        os.environ.pop("SOS_LANG_CACHE", None)
    else:
        os.environ["SOS_LANG_CACHE"] = before


_CACHE_KEY = pytest.StashKey[tuple]()


class NetworkBlockedError(RuntimeError):
    """Raised when code under test tries to open a network connection."""


_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", ""}


def _is_loopback(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # a Unix socket path
        return True
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in _LOOPBACK_HOSTS or host.startswith("127.")
    return False


def _caller() -> str:
    import traceback

    frame = next((f for f in reversed(traceback.extract_stack()[:-2])
                  if "conftest.py" not in f.filename and "/socket.py" not in f.filename),
                 None)
    return f"{frame.filename}:{frame.lineno} ({frame.name})" if frame else "unknown"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[None]:
    """Make every socket connection fail, naming the caller, so offline use is tested everywhere.

    Tests marked ``loopback`` (a database on 127.0.0.1, a local Dask cluster) may connect
    to loopback addresses only.
    """
    allow_loopback = request.node.get_closest_marker("loopback") is not None
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_getaddrinfo = socket.getaddrinfo

    def guarded(original):  # type: ignore[no-untyped-def]
        def connect(self, address):  # type: ignore[no-untyped-def]
            if allow_loopback and _is_loopback(address):
                return original(self, address)
            raise NetworkBlockedError(f"network access to {address!r} attempted from {_caller()}")
        return connect

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if allow_loopback and _is_loopback((host,)):
            return original_getaddrinfo(host, *args, **kwargs)
        raise NetworkBlockedError(f"name lookup of {host!r} attempted from {_caller()}")

    monkeypatch.setattr(socket.socket, "connect", guarded(original_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(original_connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield


@pytest.fixture(scope="session")
def fast_nlp():
    from sos_lang.pipeline import build_pipeline

    return build_pipeline("fast")


@pytest.fixture(scope="session")
def accurate_nlp():
    from sos_lang.pipeline import build_pipeline

    return build_pipeline("accurate")


PG_URL = __import__("os").environ.get("SOS_LANG_TEST_PG_URL",
                                      "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A fresh store URL: a SQLite file, or a PostgreSQL schema of its own, dropped after."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    yield from _postgres_schema_url()


def _postgres_schema_url() -> Iterator[str]:
    import uuid

    import sqlalchemy

    schema = f"sos_test_{uuid.uuid4().hex[:12]}"
    base = PG_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    admin = sqlalchemy.create_engine(base)
    with admin.begin() as connection:
        connection.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    yield from _postgres_schema_url()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a PostgreSQL store may reach the database server on loopback."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        uses_pg = "postgres_url" in getattr(item, "fixturenames", ()) or (
            callspec is not None and callspec.params.get("store_url") == "postgresql")
        if uses_pg:
            item.add_marker(pytest.mark.loopback)


@pytest.fixture(autouse=True)
def keep_main_module() -> Iterator[None]:
    """Streamlit's AppTest swaps ``sys.modules['__main__']`` for the app script; restore it,
    or process pools started later (Dask's spawned workers) would re-run that script."""
    import sys

    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


HOSTILE_TEAM = ('=HYPERLINK("http://evil.example","x") [a](http://evil.example) '
                '![b](http://evil.example/i.png) :material/home:')
"""A team name that is a spreadsheet formula, a markdown link, a remote image and an icon."""
HOSTILE_TYPE = '@SUM(1+1)*cmd|" /C calc"!A0'
HOSTILE_ID = "=1+2"


def hostile_export() -> str:
    """An export whose metadata attacks spreadsheets and markdown: 12 records of the hostile
    team either side of 1 September 2016 (the dashboard's default event), 6 of North, and
    one row with empty text (a run error naming a hostile record id)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["record_id", "text", "team", "date", "record_type", "worker"])
    for index in range(12):
        date = f"2016-{6 + index // 2:02d}-{1 + index:02d}"
        writer.writerow([f"{HOSTILE_ID}{index}", "Mum was non-compliant and failed to engage.",
                         HOSTILE_TEAM, date, HOSTILE_TYPE, "-Jo Smith"])
    for index in range(6):
        writer.writerow([f"N{index}", "Gran takes Sam to school every day.", "North",
                         f"2016-{7 + index:02d}-03", "case note", "Ann"])
    writer.writerow([HOSTILE_ID, "", HOSTILE_TEAM, "2016-08-01", HOSTILE_TYPE, ""])
    return out.getvalue()


def audited_store_url(export: Path, analysed: int, failed: int,
                      groups: tuple[str, ...] = ()) -> str:
    """A new SQLite store beside ``export`` holding its audit (keeping the grouping columns
    ``groups``), checked to have analysed and failed as many records as expected."""
    from sos_lang.audit.readers import ColumnMap
    from sos_lang.audit.runner import run_audit
    from sos_lang.store import Store

    url = f"sqlite:///{export.parent / 'store.db'}"
    store = Store(url)
    try:
        summary = run_audit([str(export)], store, ColumnMap(groups=groups), progress=False,
                            key="k")
    finally:
        store.close()
    assert (summary.analysed, summary.failed) == (analysed, failed), summary.line()
    return url


@pytest.fixture(scope="session")
def hostile_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the hostile export, audited once per test session."""
    export = tmp_path_factory.mktemp("hostile_store") / "export.csv"
    export.write_text(hostile_export(), encoding="utf-8")
    return audited_store_url(export, analysed=18, failed=1)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI (CI=true) a skipped test fails the run: a missing declared test dependency or
    browser must not pass as a green run that tested less."""
    import os

    if os.environ.get("CI") != "true":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped and session.exitstatus == 0:
        names = ", ".join(report.nodeid for report in skipped[:5])
        reporter.write_line(f"CI: {len(skipped)} test(s) skipped, which CI does not allow: "
                            f"{names}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
