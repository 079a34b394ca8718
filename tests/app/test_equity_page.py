"""The Equity view page (AppTest) and the demo's planted difference, which the view must find
with an interval that excludes 1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sos_lang.store import RecordResult, Store
from sos_lang.store import schema as tables
from sos_lang.store.equity import WHOLE, differs, equity_frame, equity_table

PLANTED = "Black, Black British, Black Welsh, Caribbean or African"


def _result(number: int, group: str, labels: int) -> RecordResult:
    return RecordResult(
        record_id=f"R{number}", content_hash=f"h{number}", analyser_version="0.1.0",
        profile="fast", team="North", worker=None, record_date=dt.date(2020, 1, 1),
        record_type="case note", scores={name: 50.0 for name in tables.SCORE_COLUMNS},
        metrics={"words": 200.0, "opinion_as_fact_sentences": float(number % 2)},
        element_counts={"child_words": number % 3},
        subtype_counts={"deficit.label": labels, "deficit.doubt": number % 2},
        groups={"area": group})


@pytest.fixture
def grouped_store(tmp_path: Path) -> str:
    """60 records in group A, 40 in B (three times A's deficit labels), 3 in C (suppressed)
    and 6 not recorded (suppressed with C so C cannot be worked out)."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    try:
        store.prepare()
        run_id = store.start_run(["in.csv"], "fast", "0.1.0")
        groups = ["A"] * 60 + ["B"] * 40 + ["C"] * 3 + [""] * 6
        store.write([_result(n, group, (3 if group == "B" else 1) * (n % 2))
                     for n, group in enumerate(groups)], run_id)
    finally:
        store.close()
    return url


def test_equity_page_renders_with_caution_suppression_and_the_difference(
        run_page, use_store, grouped_store: str) -> None:
    use_store(grouped_store)
    app = run_page("equity")
    assert not app.exception
    assert app.title[0].value == "Equity view"
    assert "do not show why wording differs" in app.info[0].value
    assert app.selectbox(key="equity_by").options == ["area"]
    table = app.dataframe[0].value  # deficit labels per 1,000 words
    hidden = table[table["suppressed"]]
    assert set(hidden["group"]) == {"C", "(not recorded)"}
    assert hidden[["records", "value", "ratio"]].isna().all().all()
    listed = next(m.value for m in app.markdown if "Intervals that exclude 1" in m.value)
    assert "**B**: deficit labels per 1,000 words" in listed
    assert any("2 group(s) suppressed" in caption.value for caption in app.caption)
    assert "Download the equity table (CSV)" in {b.label for b in app.get("download_button")}


def test_equity_page_without_grouping_columns_explains(run_page, use_store,
                                                       tmp_path: Path) -> None:
    use_store(f"sqlite:///{tmp_path / 'empty.db'}")
    app = run_page("equity")
    assert not app.exception
    assert "--group-cols" in app.info[0].value


@pytest.mark.slow
def test_the_view_finds_the_demos_planted_difference(demo_store_url: str) -> None:
    store = Store(demo_store_url)
    try:
        table = equity_table(equity_frame(store, "ethnicity"))
    finally:
        store.close()
    labels = table[table["measure"] == "deficit_labels"].set_index("group")
    planted = labels.loc[PLANTED]
    assert planted["low"] > 1, planted  # the interval excludes 1
    assert labels.loc[WHOLE, "records"] == 400
    # the other measures the planted sentences do not touch stay within chance
    for measure in ("doubt_words", "compliance_words"):
        row = table[(table["measure"] == measure) & (table["group"] == PLANTED)].iloc[0]
        assert not differs(row.to_dict()), measure


@pytest.mark.slow
def test_equity_page_on_the_demo_store(run_page, use_store, demo_store_url: str) -> None:
    use_store(demo_store_url)
    app = run_page("equity")
    app.selectbox(key="equity_by").set_value("ethnicity").run()
    assert not app.exception
    listed = next(m.value for m in app.markdown if "Intervals that exclude 1" in m.value)
    assert "Black, Black British" in listed
    assert app.dataframe[0].value["suppressed"].any()  # 3 records of one group: hidden
