"""The equity view's statistics (against hand-computed examples), its suppression (a group of
3 records, with secondary suppression that holds against the totals) and the grouping
columns in the store (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pandas as pd
import pytest

from sos_lang.store import RecordResult, Store
from sos_lang.store import schema as tables
from sos_lang.store.equity import (
    WHOLE,
    equity_frame,
    equity_table,
    measures,
    overdispersion,
    rate_ratio,
    share_ratio,
    suppressed_groups,
)
from sos_lang.store.trends import TrendError


def test_rate_ratio_matches_a_hand_computed_example() -> None:
    # 30 findings in 10,000 words against 100 in 50,000: RR = 0.003 / 0.002 = 1.5;
    # SE(log RR) = sqrt(1/30 - 1/100) = sqrt(0.0233333) = 0.152753;
    # 1.96 x 0.152753 = 0.299389; 1.5 / e^0.299389 = 1.11191, 1.5 x e^0.299389 = 2.02355
    ratio, low, high = rate_ratio(30, 10_000, 100, 50_000)
    assert ratio == pytest.approx(1.5)
    assert low == pytest.approx(1.11191, abs=1e-5)
    assert high == pytest.approx(2.02355, abs=1e-5)
    # over-dispersion 2 widens the log interval by sqrt(2): 1.96 x 0.152753 x 1.414214
    ratio, low, high = rate_ratio(30, 10_000, 100, 50_000, phi=2.0)
    assert low == pytest.approx(1.5 * math.exp(-0.423401), abs=1e-5)
    assert high == pytest.approx(1.5 * math.exp(0.423401), abs=1e-5)


def test_share_ratio_matches_a_hand_computed_example() -> None:
    # 20 of 40 records against 50 of 200: ratio 0.5 / 0.25 = 2; variance of the log
    # 1/20 - 1/40 + 1/50 - 1/200 - 2 (1 - 0.5) / 50 = 0.05 - 0.025 + 0.02 - 0.005 - 0.02
    # = 0.02, SE 0.141421, 1.96 x SE = 0.277181: 2 / e^0.277181 = 1.51583, 2 x = 2.63881
    ratio, low, high = share_ratio(20, 40, 50, 200)
    assert ratio == pytest.approx(2.0)
    assert low == pytest.approx(1.51583, abs=1e-5)
    assert high == pytest.approx(2.63881, abs=1e-5)


def test_a_group_that_is_the_whole_has_ratio_one_and_no_spread() -> None:
    assert rate_ratio(40, 1000, 40, 1000) == (1.0, 1.0, 1.0)
    assert share_ratio(7, 10, 7, 10) == pytest.approx((1.0, 1.0, 1.0))


def test_no_findings_gives_ratio_zero_and_no_interval() -> None:
    ratio, low, high = rate_ratio(0, 1000, 20, 5000)
    assert ratio == 0 and math.isnan(low) and math.isnan(high)
    assert all(math.isnan(value) for value in rate_ratio(0, 1000, 0, 5000))


def test_overdispersion_by_hand() -> None:
    # counts 0, 0, 6 in 100 words each: rate 0.02, expected 2 each; Pearson chi-square
    # (4 + 4 + 16) / 2 = 12, over n - 1 = 2: 6
    assert overdispersion(pd.Series([0, 0, 6]), pd.Series([100, 100, 100])) == pytest.approx(6)
    # Poisson-like or under-dispersed counts never narrow the interval: at least 1
    assert overdispersion(pd.Series([2, 2, 2]), pd.Series([100, 100, 100])) == 1.0


def test_a_group_of_three_is_suppressed_with_a_second_group() -> None:
    assert suppressed_groups({"A": 40, "B": 12, "C": 3, "D": 9}) == {"C", "D"}
    # hidden together they must reach 5 records: 1 + 2 needs a third group
    assert suppressed_groups({"A": 40, "B": 12, "C": 1, "D": 2}) == {"C", "D", "B"}
    assert suppressed_groups({"A": 40, "B": 12}) == set()


def _frame(sizes: dict[str, int]) -> pd.DataFrame:
    """Records per group with made-up words and counts (group index shapes the counts)."""
    rows = []
    for number, (group, size) in enumerate(sizes.items()):
        for index in range(size):
            row: dict[str, object] = {"team": "", "record_id": f"{group}{index}",
                                      "group": group, "words": 200 + 10 * index}
            for measure in measures():
                row[measure.id] = (float((index + number) % 2) if measure.kind == "share"
                                   else float((index * (number + 1)) % 5))
            rows.append(row)
    return pd.DataFrame(rows)


def test_no_suppressed_group_can_be_worked_out_from_the_totals() -> None:
    sizes = {"Group A": 60, "Group B": 25, "Group C": 3, "Group D": 8}
    table = equity_table(_frame(sizes))
    for measure, block in table.groupby("measure"):
        hidden = block[block["suppressed"]]
        assert set(hidden["group"]) == {"Group C", "Group D"}, measure
        assert hidden[["records", "value", "ratio", "low", "high"]].isna().all().all()
        whole = block[block["group"] == WHOLE].iloc[0]
        shown = block[~block["suppressed"] & (block["group"] != WHOLE)]
        # what the totals give away is the hidden groups together: two groups, 11 records
        left = int(whole["records"]) - int(shown["records"].sum())
        assert left == 11 and len(hidden) >= 2


def test_a_whole_under_five_records_is_suppressed_too() -> None:
    table = equity_table(_frame({"Group A": 3}))
    assert table["suppressed"].all()
    assert table["records"].isna().all()


def _result(record_id: str, groups: dict[str, str], labels: int = 0, team: str = "North"
            ) -> RecordResult:
    return RecordResult(
        record_id=record_id, content_hash="h" + record_id, analyser_version="0.1.0",
        profile="fast", team=team, worker=None, record_date=dt.date(2020, 1, 1),
        record_type="case note", scores={name: 50.0 for name in tables.SCORE_COLUMNS},
        metrics={"words": 100.0, "opinion_as_fact_sentences": 1.0},
        element_counts={"child_words": 1} if labels == 0 else {},
        subtype_counts={"deficit.label": labels} if labels else {}, groups=groups)


def test_groups_are_stored_replaced_and_read_back(store_url: str) -> None:
    store = Store(store_url)
    try:
        store.prepare()
        run_id = store.start_run(["in.csv"], "fast", "0.1.0")
        results = [_result(f"R{n}", {"ethnicity": "A" if n < 6 else "B", "sex": "Female"},
                           labels=n % 3) for n in range(12)]
        store.write(results, run_id)
        assert store.group_names() == ["ethnicity", "sex"]
        assert store.group_values("ethnicity") == {"A", "B"}
        # re-written without groups: its group rows go with its old row
        store.write([dataclasses.replace(results[0], groups={})], run_id)
        frame = equity_frame(store, "ethnicity")
        assert len(frame) == 11
        assert frame["deficit_labels"].sum() == sum(n % 3 for n in range(1, 12))
        table = equity_table(frame)
        whole = table[(table["measure"] == "deficit_labels") & (table["group"] == WHOLE)]
        assert whole["value"].iloc[0] == pytest.approx(
            1000 * sum(n % 3 for n in range(1, 12)) / 1100, abs=1e-3)
        with pytest.raises(TrendError, match="no grouping column 'postcode'"):
            equity_frame(store, "postcode")
    finally:
        store.close()


def test_a_store_written_before_the_groups_table_gets_it_on_first_use(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        store.prepare()
        with store.engine.begin() as connection:
            tables.record_groups.drop(connection)
        store = Store(store.url)
        assert store.group_names() == []
        run_id = store.start_run(["in.csv"], "fast", "0.1.0")
        store.write([_result("R1", {})], run_id)  # no groups: no table needed
        store.write([_result("R2", {"sex": "Male"})], run_id)
        assert store.group_names() == ["sex"]
    finally:
        store.close()
