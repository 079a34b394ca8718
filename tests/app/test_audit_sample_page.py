"""The audit page offers the audit sample and shows the latest agreement (issue 20)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sos_lang.store import Store


@pytest.mark.slow
def test_audit_page_draws_a_sample_and_shows_agreement(run_page, use_store,
                                                       small_store_url: str,
                                                       tmp_path: Path) -> None:
    copy = tmp_path / "store.db"
    shutil.copy(small_store_url.removeprefix("sqlite:///"), copy)
    url = f"sqlite:///{copy}"
    use_store(url)
    app = run_page("audit")
    assert not app.exception
    assert not [s for s in app.subheader if s.value == "Agreement with auditors"]
    app.number_input(key="sample_n").set_value(2)
    app.button(key="sample_draw").click().run()
    assert not app.exception
    assert "2 records from 1 group(s)." in [s.value for s in app.success]

    store = Store(url)
    try:
        store.write_agreement([{
            "run_id": "r1", "computed_at": dt.datetime(2026, 1, 5, 9, 0),
            "workbooks": "graded.xlsx", "first": "sos_lang", "second": "auditor 1",
            "element": "harm", "records": 2, "agreement": 0.5, "kappa": 0.0,
            "kappa_low": -0.9, "kappa_high": 0.9, "disagreements": "[]"}])
    finally:
        store.close()
    app = run_page("audit")
    assert not app.exception
    assert [s for s in app.subheader if s.value == "Agreement with auditors"]
    assert "sos_lang vs auditor 1" in "\n".join(f.value.to_string() for f in app.dataframe)
