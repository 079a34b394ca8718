"""Page 3, team trends: has recording changed since the training, which teams moved, is it real?

Every figure comes from the store (numbers only). Cells with fewer than
MIN_CELL_RECORDS records are suppressed everywhere, and the page says how many.
"""

from __future__ import annotations

import functools

import altair as alt
import pandas as pd
import streamlit as st

from sos_lang.app.charts import (
    change_chart,
    chart_png,
    comparison_chart,
    histogram_chart,
    trend_chart,
)
from sos_lang.app.common import (
    EMPTY_STORE_MESSAGE,
    csv_download,
    load_counts,
    plain_markdown,
    records_or_stop,
    sidebar_store_caption,
    store_url,
)
from sos_lang.app.stats import (
    DEFAULT_EVENTS,
    Event,
    before_after,
    change_sentence,
    changes_frame,
    filter_records,
    histogram,
    parse_events,
    period_start,
    suppressed_count,
    top_flags,
)
from sos_lang.report import KINDS
from sos_lang.store.schema import METRIC_COLUMNS, SCORE_COLUMNS
from sos_lang.store.trends import MIN_CELL_RECORDS, metric_column, trend_table

METRICS = [*SCORE_COLUMNS, *METRIC_COLUMNS]
WINDOWS = {"6 months each side": 6, "12 months each side": 12, "24 months each side": 24,
           "all records": None}
SUPPRESSION_NOTE = (f"Cells with fewer than {MIN_CELL_RECORDS} records are suppressed (left "
                    "blank), so nobody reads noise as change.")



def title(metric: str) -> str:
    """A metric name for a heading: 'mean_sentence_words' -> 'Mean sentence words'."""
    return metric.replace("_", " ").capitalize()


def _download_chart(chart: alt.TopLevelMixin, name: str) -> None:
    """A PNG download of a chart, rendered only when clicked."""
    st.download_button("Download the chart (PNG)", functools.partial(chart_png, chart),
                       file_name=f"{name}.png", mime="image/png", on_click="ignore",
                       key=f"png_{name}")


def _filters(records: pd.DataFrame) -> tuple[pd.DataFrame, str, str, list[Event]]:
    """Sidebar choices: metric, period, date range, record types, teams, events."""
    sidebar = st.sidebar
    metric = sidebar.selectbox("Measure", METRICS, key="trend_metric",
                               help="Scores run 0-100, higher is better (README, Scores).")
    freq = sidebar.radio("Period", ["quarter", "month"], horizontal=True, key="trend_freq")
    dated = records.dropna(subset=["record_date"])
    first, last = dated["record_date"].min().date(), dated["record_date"].max().date()
    chosen = sidebar.date_input("Dates", value=(first, last), min_value=first, max_value=last,
                                key="trend_dates")
    if isinstance(chosen, tuple | list):  # a range: empty or half-picked while choosing
        start = chosen[0] if chosen else first
        end = chosen[1] if len(chosen) > 1 else last
    else:
        start, end = chosen or first, last
    all_types = sorted(records["record_type"].fillna("(none)").unique())
    types = sidebar.multiselect("Record types", all_types, default=all_types, key="trend_types")
    all_teams = sorted(records["team"].fillna("(none)").unique())
    teams = sidebar.multiselect("Teams", all_teams, default=all_teams, key="trend_teams")
    text = sidebar.text_area("Events to mark (one per line: YYYY-MM-DD label)",
                             DEFAULT_EVENTS, key="trend_events")
    events, bad = parse_events(text)
    if bad:
        sidebar.warning("Not read (use YYYY-MM-DD then a label): "
                        + plain_markdown("; ".join(bad)))
    filtered = filter_records(records, start, end, types, teams)
    return filtered, metric, freq, [e for e in events if first <= e.date <= last]


def _over_time(table: pd.DataFrame, metric: str, freq: str, events: list[Event]) -> None:
    st.subheader(f"{title(metric)} over time, per team")
    hidden = suppressed_count(table)
    st.caption(f"Mean {metric} per {freq} and team. {SUPPRESSION_NOTE} {hidden} of "
               f"{len(table)} cells suppressed here.")
    chart = trend_chart(table.assign(start=period_start(table["period"], freq)), metric, events)
    st.altair_chart(chart, width="stretch")
    left, right = st.columns(2)
    with left:
        _download_chart(chart, f"trend-{metric}-{freq}")
    with right:
        csv_download(table, f"trend-{metric}-{freq}")
    with st.expander("The table behind the chart"):
        st.dataframe(table, hide_index=True)


def _comparison(table: pd.DataFrame, metric: str, freq: str) -> None:
    st.subheader("Team comparison for one period")
    periods = sorted(table["period"].unique())
    shown = (~table["suppressed"]).groupby(table["period"]).sum()
    # default: the latest period showing at least three quarters of the most teams ever shown
    best = max(p for p in periods if shown[p] >= 0.75 * shown.max())
    period = st.selectbox(f"The {freq}", periods, index=periods.index(best), key="trend_period")
    cells = table.loc[table["period"] == period]
    hidden = suppressed_count(cells)
    st.caption(f"Mean {metric} per team in {period}, with the number of records above each bar."
               + (f" {hidden} team(s) had fewer than {MIN_CELL_RECORDS} records and are not "
                  "shown." if hidden else ""))
    chart = comparison_chart(cells, metric)
    st.altair_chart(chart, width="stretch")
    _download_chart(chart, f"comparison-{metric}-{period}")


def _distribution(filtered: pd.DataFrame, metric: str) -> None:
    st.subheader(f"Distribution of {metric.replace('_', ' ')}")
    values = filtered[metric_column(metric)]
    bins = (histogram(values) if metric in SCORE_COLUMNS
            else histogram(values, low=float(values.min()), high=float(values.max())))
    hidden = int(bins["suppressed"].sum())
    st.caption(f"Records per band of {metric} ({len(values)} records)."
               + (f" {hidden} band(s) with 1-{MIN_CELL_RECORDS - 1} records are suppressed."
                  if hidden else ""))
    chart = histogram_chart(bins, metric)
    st.altair_chart(chart, width="stretch")
    _download_chart(chart, f"distribution-{metric}")


def _flags(url: str, filtered: pd.DataFrame) -> None:
    st.subheader("Most frequent flags per team")
    left, right = st.columns(2)
    kind = left.selectbox("Kind of flag", ["all", *KINDS], key="trend_flag_kind")
    top = right.slider("Flags per team", 3, 15, 5, key="trend_flag_top")
    table = top_flags(load_counts(url, "rule"), filtered, None if kind == "all" else kind, top)
    if table.empty:
        st.info("No flags of this kind in the records chosen.")
        return
    hidden = int(table["suppressed"].sum())
    st.caption("Records flagged, their share of the team's records, and occurrences."
               + (f" {hidden} row(s) flagged in fewer than {MIN_CELL_RECORDS} records are "
                  "suppressed." if hidden else ""))
    st.dataframe(table, hide_index=True,
                 column_config={"share": st.column_config.NumberColumn(format="percent")})
    csv_download(table, "top-flags", "Download the flags table (CSV)")


def _before_after(filtered: pd.DataFrame, metric: str, events: list[Event]) -> None:
    st.subheader("Before and after an event")
    if not events:
        st.info("Add an event in the sidebar (YYYY-MM-DD label) to compare before and after.")
        return
    left, right = st.columns(2)
    labels = [f"{e.date:%-d %B %Y}: {e.label}" for e in events]
    event = events[labels.index(left.selectbox("Event", labels, key="trend_event"))]
    window = WINDOWS[right.selectbox("Compare", list(WINDOWS), index=1, key="trend_window")]
    changes = before_after(filtered, metric, event.date, window)
    frame = changes_frame(changes)
    st.caption("Difference in mean (after minus before) with a 95% confidence interval and "
               "p-value from Welch's t-test (unequal variances). "
               f"Teams with fewer than {MIN_CELL_RECORDS} records on either side are suppressed.")
    st.dataframe(frame, hide_index=True)
    for change in changes:
        st.markdown("- " + plain_markdown(change_sentence(change, metric, event)))
    if not frame["suppressed"].all():
        chart = change_chart(frame, metric)
        st.altair_chart(chart, width="stretch")
        _download_chart(chart, f"before-after-{metric}-{event.date}")
    csv_download(frame, f"before-after-{metric}-{event.date}", "Download the comparison (CSV)")


def render() -> None:
    """Language change across teams and months, from the store."""
    url = store_url()
    st.title("Team trends")
    st.caption("Has recording changed since the training? Which teams moved, on which "
               "measures, and is the change real or noise?")
    sidebar_store_caption(url)
    records = records_or_stop(url)
    if records.dropna(subset=["record_date"]).empty:
        st.info(EMPTY_STORE_MESSAGE if records.empty else
                "The store has records, but none has a date, so there are no trends to show.")
        return
    filtered, metric, freq, events = _filters(records)
    if filtered.empty:
        st.warning("No records match the filters in the sidebar.")
        return
    table = trend_table(filtered, by="team", freq=freq, metric=metric)
    _over_time(table, metric, freq, events)
    _comparison(table, metric, freq)
    _distribution(filtered, metric)
    _flags(url, filtered)
    _before_after(filtered, metric, events)
