"""Fixtures for the dashboard tests: demo and small stores, and page runners."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sos_lang.app.launch import STORE_ENV
from tests.conftest import audited_store_url

APP_SCRIPT = Path(__file__).resolve().parents[2] / "sos_lang" / "app" / "streamlit_app.py"
TIMEOUT = 300
"""Seconds AppTest waits for a run: the first run loads spaCy and the statement model."""

KNOWN_DRAFT = "Mum was non-compliant and failed to engage; the LAC review is prior to contact."
CLEAN_DRAFT = (
    'On Monday 3 May Dad hit Sam on the arm, and Sam told his teacher "Dad hurt me". '
    "The school is worried that Dad may hurt Sam again when he is angry, and that Sam will "
    "be scared at home. Mum is proud of Sam and they enjoy cooking together. When Dad was "
    "angry last week, Mum took Sam to Gran's house, and she has done this every time for six "
    "months. We need to see Dad stay calm when he is cross, so everyone knows Sam is safe. "
    "I will visit on Friday 7 May to talk with Mum and Dad about a plan."
)
SMALL_EXPORT = (
    "record_id,text,team,date,record_type\n"
    "A1,Mum was non-compliant and failed to engage.,North,2020-01-02,case note\n"
    "A2,Gran loves Sam and takes him to school every day.,North,2020-01-03,case note\n"
    "A3,,South,2020-01-04,case note\n"
)
"""Three rows: two records to analyse and one with empty text (a run error)."""


def _draft_page() -> None:
    from sos_lang.app import pages_draft

    pages_draft.render()


def _audit_page() -> None:
    from sos_lang.app import pages_audit

    pages_audit.render()


def _trends_page() -> None:
    from sos_lang.app import pages_trends

    pages_trends.render()


def _equity_page() -> None:
    from sos_lang.app import pages_equity

    pages_equity.render()


def _vocabulary_page() -> None:
    from sos_lang.app import pages_vocabulary

    pages_vocabulary.render()


def _compare_page() -> None:
    from sos_lang.app import pages_compare

    pages_compare.render()


PAGES: dict[str, Callable[[], None]] = {"draft": _draft_page, "audit": _audit_page,
                                        "trends": _trends_page, "vocabulary": _vocabulary_page,
                                        "compare": _compare_page, "equity": _equity_page}


@pytest.fixture
def run_page() -> Callable[[str], AppTest]:
    """Run one page on its own (AppTest.from_function) and return the finished AppTest."""
    def run(name: str) -> AppTest:
        app = AppTest.from_function(PAGES[name], default_timeout=TIMEOUT)
        return app.run()
    return run


@pytest.fixture
def app_script() -> Path:
    return APP_SCRIPT


@pytest.fixture(scope="session")
def demo_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding 400 demo records (seed 7) with their grouping columns, audited once
    per test session."""
    from sos_lang.demo import GROUP_FIELDS, write_csv

    export = tmp_path_factory.mktemp("demo_store") / "demo.csv"
    write_csv(export, count=400, seed=7)
    return audited_store_url(export, analysed=400, failed=0, groups=GROUP_FIELDS)


@pytest.fixture(scope="session")
def small_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with the three-row export audited (excerpts kept), once per session."""
    from sos_lang.app.audit_upload import audit_upload
    from sos_lang.audit.readers import ColumnMap
    from sos_lang.audit.runner import AnalysisOptions
    from sos_lang.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('small_store') / 'store.db'}"
    store = Store(url)
    try:
        summary = audit_upload("export.csv", SMALL_EXPORT.encode(), store, ColumnMap(),
                               options=AnalysisOptions(keep_excerpts=True), key="k")
    finally:
        store.close()
    assert (summary.analysed, summary.failed) == (2, 1), summary.line()
    return url


@pytest.fixture
def use_store(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Point the app at a store through $SOS_LANG_STORE, as `sos-lang app --store` does."""
    def use(url: str) -> None:
        monkeypatch.setenv(STORE_ENV, url)
    return use
