"""Numbers behind the Team trends page: filters, events, comparisons, before/after tests.

Pure pandas and scipy, so the page stays thin and every rule (above all small-cell
suppression: no figure from fewer than MIN_CELL_RECORDS records) is tested directly.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from sos_lang.store.trends import FREQUENCIES, MIN_CELL_RECORDS, metric_column

DEFAULT_EVENTS = "2016-09-01 Two-day training starts\n2017-07-01 Practice leads trained"
ALL_TEAMS = "All teams"


@dataclass(frozen=True)
class Event:
    """A dated event drawn on the charts (a training programme, a new policy)."""

    date: dt.date
    label: str


def parse_events(text: str) -> tuple[list[Event], list[str]]:
    """Events from lines 'YYYY-MM-DD label', and the lines that could not be read."""
    events, bad = [], []
    for line in text.splitlines():
        if not line.strip():
            continue
        day, _, label = line.strip().partition(" ")
        try:
            events.append(Event(dt.date.fromisoformat(day), label.strip() or day))
        except ValueError:
            bad.append(line.strip())
    return sorted(events, key=lambda event: event.date), bad


def filter_records(records: pd.DataFrame, start: dt.date | None = None,
                   end: dt.date | None = None, types: list[str] | None = None,
                   teams: list[str] | None = None) -> pd.DataFrame:
    """Dated records within [start, end] of the given record types and teams (None: all)."""
    data = records.dropna(subset=["record_date"])
    if start is not None:
        data = data.loc[data["record_date"] >= pd.Timestamp(start)]
    if end is not None:
        data = data.loc[data["record_date"] <= pd.Timestamp(end)]
    if types is not None:
        data = data.loc[data["record_type"].fillna("(none)").isin(types)]
    if teams is not None:
        data = data.loc[data["team"].fillna("(none)").isin(teams)]
    return data


def period_start(periods: pd.Series, freq: str) -> pd.Series:
    """The first day of each period label ('2016-09', '2016Q3') as a timestamp, for charts."""
    return pd.PeriodIndex(periods.astype(str), freq=FREQUENCIES[freq]).start_time.to_series(
        index=periods.index)


def suppressed_count(table: pd.DataFrame) -> int:
    """How many cells of a trend table were suppressed for having too few records."""
    return int(table["suppressed"].sum()) if "suppressed" in table else 0


def histogram(values: pd.Series, bins: int = 20, low: float = 0.0, high: float = 100.0,
              min_records: int = MIN_CELL_RECORDS) -> pd.DataFrame:
    """Counts per bin; bins with fewer than min_records records (but some) are suppressed."""
    data = values.dropna().astype(float)
    if not data.empty:
        low, high = min(low, float(data.min())), max(high, float(data.max()))
    counts, edges = np.histogram(data, bins=bins, range=(low, high if high > low else low + 1))
    frame = pd.DataFrame({"from": edges[:-1].round(1), "to": edges[1:].round(1),
                          "records": counts.astype(int)})
    frame["suppressed"] = (frame["records"] > 0) & (frame["records"] < min_records)
    frame["shown"] = frame["records"].where(~frame["suppressed"])
    return frame


def _record_keys(frame: pd.DataFrame) -> pd.Series:
    """One key per record, team and id (ids are namespaced by team)."""
    return frame["team"].fillna("").astype(str) + "\x1f" + frame["record_id"].astype(str)


def top_flags(counts: pd.DataFrame, records: pd.DataFrame, kind: str | None = None,
              top: int = 5, min_records: int = MIN_CELL_RECORDS) -> pd.DataFrame:
    """The most frequent rules per team among the given records.

    Columns: team, rule, kind, records_flagged, share (of the team's records),
    occurrences, suppressed. Rows flagged in fewer than min_records records are kept
    but blanked and marked suppressed, as trend cells are.
    """
    columns = ["team", "rule", "kind", "records_flagged", "share", "occurrences", "suppressed"]
    data = counts.loc[_record_keys(counts).isin(_record_keys(records))]
    data = data.assign(kind=data["name"].str.split(".").str[0],
                       team=data["team"].fillna("(none)"))
    if kind:
        data = data.loc[data["kind"] == kind]
    if data.empty:
        return pd.DataFrame(columns=columns)
    team_sizes = records.assign(team=records["team"].fillna("(none)")).groupby("team").size()
    table = (data.groupby(["team", "name", "kind"])
             .agg(records_flagged=("record_id", "nunique"), occurrences=("count", "sum"))
             .reset_index().rename(columns={"name": "rule"}))
    table["share"] = (table["records_flagged"] / table["team"].map(team_sizes)).round(3)
    table = (table.sort_values(["team", "records_flagged", "rule"], ascending=[True, False, True])
             .groupby("team").head(top).reset_index(drop=True))
    table["suppressed"] = table["records_flagged"] < min_records
    for column in ("records_flagged", "share", "occurrences"):
        table[column] = table[column].astype(float).where(~table["suppressed"])
    return table[columns]


@dataclass(frozen=True)
class Change:
    """A before/after comparison of one group's metric around an event date."""

    group: str
    before: int
    after: int
    mean_before: float
    mean_after: float
    difference: float
    ci_low: float
    ci_high: float
    p_value: float
    suppressed: bool

    @property
    def distinguishable(self) -> bool:
        """True when the 95% interval excludes no change (p < 0.05)."""
        return (not self.suppressed and not math.isnan(self.p_value)
                and (self.ci_low > 0 or self.ci_high < 0))


def welch_change(group: str, before: pd.Series, after: pd.Series,
                 min_records: int = MIN_CELL_RECORDS) -> Change:
    """Difference in means (after - before), Welch's 95% interval and p-value."""
    before, after = before.dropna().astype(float), after.dropna().astype(float)
    nan = float("nan")
    if len(before) < min_records or len(after) < min_records:
        return Change(group, len(before), len(after), nan, nan, nan, nan, nan, nan, True)
    result = stats.ttest_ind(after, before, equal_var=False)
    interval = result.confidence_interval(confidence_level=0.95)
    return Change(group, len(before), len(after), float(before.mean()), float(after.mean()),
                  float(after.mean() - before.mean()), float(interval.low),
                  float(interval.high), float(result.pvalue), False)


def before_after(records: pd.DataFrame, metric: str, event: dt.date,
                 months: int | None = None, min_records: int = MIN_CELL_RECORDS
                 ) -> list[Change]:
    """Per team and for all teams: records in the months before the event against after.

    months=None compares everything before with everything on or after the date.
    """
    column = metric_column(metric)
    day = pd.Timestamp(event)
    data = records.dropna(subset=["record_date"])
    if months:
        data = data.loc[(data["record_date"] >= day - pd.DateOffset(months=months))
                        & (data["record_date"] < day + pd.DateOffset(months=months))]
    is_after = data["record_date"] >= day
    changes = [welch_change(ALL_TEAMS, data.loc[~is_after, column], data.loc[is_after, column],
                            min_records)]
    teams = data["team"].fillna("(none)")
    for team in sorted(teams.unique()):
        mine = teams == team
        changes.append(welch_change(team, data.loc[mine & ~is_after, column],
                                    data.loc[mine & is_after, column], min_records))
    return changes


def changes_frame(changes: list[Change]) -> pd.DataFrame:
    """The comparisons as a table, rounded for reading."""
    rows = [{"team": c.group, "records before": c.before, "records after": c.after,
             "mean before": c.mean_before, "mean after": c.mean_after,
             "difference": c.difference, "95% CI low": c.ci_low, "95% CI high": c.ci_high,
             "p-value": c.p_value, "suppressed": c.suppressed} for c in changes]
    frame = pd.DataFrame(rows)
    numbers = ["mean before", "mean after", "difference", "95% CI low", "95% CI high"]
    if not frame.empty:
        frame[numbers] = frame[numbers].round(2)
        frame["p-value"] = frame["p-value"].round(4)
    return frame


def change_sentence(change: Change, metric: str, event: Event) -> str:
    """One plain sentence on whether a change is real or could be noise."""
    who = "Across all teams" if change.group == ALL_TEAMS else change.group
    if change.suppressed:
        return (f"{who}: too few records to compare (fewer than {MIN_CELL_RECORDS} before or "
                f"after {event.date:%-d %B %Y}).")
    direction = "rose" if change.difference > 0 else "fell"
    size = f"{metric} {direction} by {abs(change.difference):.1f} points"
    interval = f"95% CI {change.ci_low:+.1f} to {change.ci_high:+.1f}"
    p_text = "p < 0.001" if change.p_value < 0.001 else f"p = {change.p_value:.3f}"
    basis = f"({change.before} records before, {change.after} after; {interval}, {p_text})"
    when = f"from {event.date:%-d %B %Y} ({event.label})"
    if change.distinguishable:
        return (f"{who}: {size} {when} {basis}. A change this large is unlikely to be noise; "
                "on its own it does not show that the event caused it.")
    return (f"{who}: {size} {when} {basis}. The interval includes no change, so this cannot "
            "be told apart from noise.")
