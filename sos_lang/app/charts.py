"""Altair charts for the Team trends and Equity pages, and their PNG rendering for download.

PNG files come from the same Vega-Lite spec the page shows, rendered offline by
vl-convert-python (Altair's own PNG route), so a downloaded chart is the chart seen.
"""

from __future__ import annotations

import io

import altair as alt
import pandas as pd

from sos_lang.app.stats import Event
from sos_lang.store.equity import WHOLE
from sos_lang.store.trends import MIN_CELL_RECORDS


def _events_layer(events: list[Event]) -> list[alt.Chart]:
    if not events:
        return []
    frame = pd.DataFrame({"date": [pd.Timestamp(e.date) for e in events],
                          "event": [e.label for e in events]})
    rules = alt.Chart(frame).mark_rule(strokeDash=[4, 4], color="#555").encode(
        x="date:T", tooltip=[alt.Tooltip("date:T", format="%d %b %Y"), "event:N"])
    labels = alt.Chart(frame).mark_text(align="left", baseline="top", dx=4, dy=4,
                                        color="#333", fontSize=11).encode(
        x="date:T", y=alt.value(0), text="event:N")
    return [rules, labels]


def trend_chart(table: pd.DataFrame, metric: str, events: list[Event]) -> alt.LayerChart:
    """Mean metric per period and team, with gaps where cells were suppressed."""
    lines = alt.Chart(table).mark_line(point=True).encode(
        x=alt.X("start:T", title="period"),
        y=alt.Y("mean:Q", title=f"mean {metric}", scale=alt.Scale(zero=False)),
        color=alt.Color("group:N", title="team"),
        tooltip=["period:N", alt.Tooltip("group:N", title="team"), "records:Q",
                 alt.Tooltip("mean:Q", format=".1f")],
    )
    return alt.layer(lines, *_events_layer(events)).properties(height=380)


def comparison_chart(table: pd.DataFrame, metric: str) -> alt.LayerChart:
    """Mean per team for one period; record counts (or 'n<5') above the bars."""
    data = table.assign(
        label=[f"n<{MIN_CELL_RECORDS}" if suppressed else f"n={int(records)}"
               for records, suppressed in zip(table["records"], table["suppressed"],
                                              strict=True)],
        label_at=table["mean"].fillna(0.0))
    base = alt.Chart(data).encode(x=alt.X("group:N", title="team", sort="-y"))
    bars = base.mark_bar().encode(
        y=alt.Y("mean:Q", title=f"mean {metric}"),
        tooltip=[alt.Tooltip("group:N", title="team"), "records:Q",
                 alt.Tooltip("mean:Q", format=".1f")])
    labels = base.mark_text(dy=-4, baseline="bottom").encode(y="label_at:Q", text="label:N")
    return alt.layer(bars, labels).properties(height=320)


def histogram_chart(bins: pd.DataFrame, metric: str) -> alt.Chart:
    """Records per score band; suppressed bands drawn empty."""
    return alt.Chart(bins).mark_bar().encode(
        x=alt.X("from:Q", bin="binned", title=metric),
        x2="to:Q",
        y=alt.Y("shown:Q", title="records"),
        tooltip=["from:Q", "to:Q", alt.Tooltip("shown:Q", title="records")],
    ).properties(height=260)


def change_chart(changes: pd.DataFrame, metric: str) -> alt.LayerChart:
    """Difference in means per team with its 95% interval; zero marked."""
    data = changes.loc[~changes["suppressed"]]
    base = alt.Chart(data).encode(y=alt.Y("team:N", title=None, sort=None))
    bars = base.mark_rule(strokeWidth=2).encode(
        x=alt.X("95% CI low:Q", title=f"change in mean {metric} (after - before), 95% CI"),
        x2="95% CI high:Q")
    points = base.mark_point(filled=True, size=60).encode(
        x="difference:Q", tooltip=["team:N", "difference:Q", "95% CI low:Q", "95% CI high:Q",
                                   "p-value:Q", "records before:Q", "records after:Q"])
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#999").encode(x="x:Q")
    return alt.layer(zero, bars, points).properties(height=max(120, 28 * len(data)))


def ratio_chart(table: pd.DataFrame, title: str) -> alt.LayerChart:
    """One measure's ratio to all records per group with its 95% interval; 1 marked.
    Suppressed groups and the whole are left out."""
    data = table.loc[~table["suppressed"] & (table["group"] != WHOLE)]
    base = alt.Chart(data).encode(y=alt.Y("group:N", title=None, sort=None))
    bars = base.mark_rule(strokeWidth=2).encode(
        x=alt.X("low:Q", title=f"{title}: ratio to all records, 95% interval"), x2="high:Q")
    points = base.mark_point(filled=True, size=60).encode(
        x="ratio:Q", tooltip=["group:N", "records:Q", "value:Q", "ratio:Q", "low:Q", "high:Q"])
    one = alt.Chart(pd.DataFrame({"x": [1]})).mark_rule(color="#999").encode(x="x:Q")
    return alt.layer(one, bars, points).properties(height=max(120, 28 * len(data)))


def chart_png(chart: alt.TopLevelMixin) -> bytes:
    """The chart as a PNG (rendered offline by vl-convert-python)."""
    buffer = io.BytesIO()
    chart.save(buffer, format="png", scale_factor=2)
    return buffer.getvalue()
