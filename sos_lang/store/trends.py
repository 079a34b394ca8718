"""Trend tables: a metric per group and period, with record counts and small-cell suppression.

Cells with fewer than ``MIN_CELL_RECORDS`` records are kept in the table but
marked suppressed and their value blanked, so nobody reads noise as change and
nothing disappears silently.
"""

from __future__ import annotations

import pandas as pd

from sos_lang.store import schema

MIN_CELL_RECORDS = 5
GROUP_COLUMNS = {"team": "team", "worker": "worker", "type": "record_type"}
FREQUENCIES = {"month": "M", "quarter": "Q"}


class TrendError(ValueError):
    """A trend request that cannot be answered (unknown metric or grouping)."""


def metric_column(name: str) -> str:
    """The store column for a metric or score name ('overall' -> 'score_overall')."""
    if name in schema.SCORE_COLUMNS:
        return f"score_{name}"
    if name in schema.METRIC_COLUMNS or name.removeprefix("score_") in schema.SCORE_COLUMNS:
        return name
    known = ", ".join([*schema.SCORE_COLUMNS, *schema.METRIC_COLUMNS])
    raise TrendError(f"unknown metric {name!r}; choose one of: {known}")


def period_labels(dates: pd.Series, freq: str) -> pd.Series:
    if freq not in FREQUENCIES:
        raise TrendError(f"unknown frequency {freq!r}; choose month or quarter")
    return dates.dt.to_period(FREQUENCIES[freq]).astype(str)


def trend_table(records: pd.DataFrame, by: str = "team", freq: str = "month",
                metric: str = "overall", min_records: int = MIN_CELL_RECORDS) -> pd.DataFrame:
    """Columns: period, group, records, mean, suppressed (True where records < min_records)."""
    if by not in GROUP_COLUMNS:
        raise TrendError(f"unknown grouping {by!r}; choose team, worker or type")
    column = metric_column(metric)
    data = records.dropna(subset=["record_date"])
    if data.empty:
        return pd.DataFrame(columns=["period", "group", "records", "mean", "suppressed"])
    frame = pd.DataFrame({
        "period": period_labels(data["record_date"], freq),
        "group": data[GROUP_COLUMNS[by]].fillna("(none)"),
        "value": data[column].astype(float),
    })
    table = (frame.groupby(["period", "group"], sort=True)["value"]
             .agg(records="count", mean="mean").reset_index())
    table["suppressed"] = table["records"] < min_records
    table.loc[table["suppressed"], "mean"] = float("nan")
    table["mean"] = table["mean"].round(2)
    return table
