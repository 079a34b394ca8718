"""Trend tables: grouping, periods, counts and small-cell suppression."""

from __future__ import annotations

import pandas as pd
import pytest

from sos_lang.printers import trend_text
from sos_lang.store.trends import TrendError, metric_column, trend_table


def _records() -> pd.DataFrame:
    rows = []
    for day in range(1, 8):  # 7 North records in Jan 2016
        rows.append(("North", f"2016-01-{day:02d}", 60.0 + day))
    for day in range(1, 3):  # 2 South records in Jan 2016: suppressed
        rows.append(("South", f"2016-01-{day:02d}", 10.0))
    rows.append(("North", "2016-04-01", 99.0))
    frame = pd.DataFrame(rows, columns=["team", "record_date", "score_overall"])
    frame["record_date"] = pd.to_datetime(frame["record_date"])
    frame["worker"] = "w"
    frame["record_type"] = "case note"
    return frame


def test_monthly_means_counts_and_suppression() -> None:
    table = trend_table(_records(), by="team", freq="month", metric="overall")
    north = table[(table.group == "North") & (table.period == "2016-01")].iloc[0]
    assert north.records == 7 and north["mean"] == pytest.approx(64.0)
    south = table[table.group == "South"].iloc[0]
    assert south.suppressed and pd.isna(south["mean"]) and south.records == 2


def test_quarters() -> None:
    table = trend_table(_records(), by="team", freq="quarter", metric="overall")
    assert set(table.period) == {"2016Q1", "2016Q2"}


def test_text_shows_suppressed_cells() -> None:
    text = trend_text(trend_table(_records(), freq="month"), "overall")
    assert "n<5" in text and "64.0 (7)" in text


def test_unknown_metric_and_grouping() -> None:
    with pytest.raises(TrendError, match="unknown metric"):
        metric_column("happiness")
    with pytest.raises(TrendError, match="unknown grouping"):
        trend_table(_records(), by="planet")
