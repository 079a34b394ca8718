"""Page: the equity view. Does deficit wording fall evenly across the families we work with?

Per group of a grouping column kept at audit time (``--group-cols``), the rates and share
of store/equity.py, each against all records the visitor may see, with a 95% interval;
groups of fewer than 5 records are suppressed with secondary suppression, and the plain
caution of data/equity.yaml is shown above the figures. Numbers only: no record text.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from sos_lang.app.access import signed_in_teams
from sos_lang.app.charts import ratio_chart
from sos_lang.app.common import (
    EMPTY_STORE_MESSAGE,
    csv_download,
    plain_markdown,
    sidebar_store_caption,
    store_url,
    with_store,
)
from sos_lang.store import StoreError
from sos_lang.store.equity import caution, differs, equity_frame, equity_table, measures
from sos_lang.store.trends import MIN_CELL_RECORDS

COMMAND = "sos-lang audit EXPORT.csv --group-cols ethnicity,disability,sex,age_band"


@st.cache_data(ttl=60, show_spinner=False)
def load_group_names(url: str) -> list[str]:
    """The grouping columns in the store."""
    return with_store(url, lambda store: store.group_names())


@st.cache_data(ttl=60, show_spinner=False)
def load_equity(url: str, name: str) -> pd.DataFrame:
    """One row per record with the grouping column: group, words, per-measure counts."""
    return with_store(url, lambda store: equity_frame(store, name))


def _sentence(row: dict[str, object], title: str) -> str:
    """One plain sentence for a group whose interval excludes 1."""
    direction = "higher" if float(row["ratio"]) > 1 else "lower"  # type: ignore[arg-type]
    return (f"**{plain_markdown(row['group'])}**: {title.lower()} {row['ratio']:.2f} times "
            f"the rate in all records ({row['low']:.2f} to {row['high']:.2f}), {direction} "
            "than chance alone would explain.")


def render() -> None:
    """The equity view for one grouping column."""
    url = store_url()
    teams = signed_in_teams()  # with sign-in on, only the teams the visitor is allowed
    st.title("Equity view")
    st.caption("Does deficit wording fall evenly across the families we work with?")
    sidebar_store_caption(url)
    try:
        names = load_group_names(url)
    except StoreError as exc:
        st.error(f"Cannot read the store: {plain_markdown(exc)}")
        return
    if not names:
        st.info("No grouping columns in the store yet. Keep categorical columns of an export "
                f"at audit time: `{COMMAND}`. " + EMPTY_STORE_MESSAGE.split(". ", 1)[0] + ".")
        return
    st.info(caution())
    name = st.selectbox("Group by", names, key="equity_by")
    frame = load_equity(url, name)
    if teams is not None:
        frame = frame[frame["team"].isin(teams)]
    table = equity_table(frame)
    if table.empty:
        st.info("No records you can see have this grouping column.")
        return
    hidden = int(table.loc[table["measure"] == measures()[0].id, "suppressed"].sum())
    st.caption(f"Rates per 1,000 words, or the share of records, per group; the ratio to all "
               "records with a 95% interval (log-normal: quasi-Poisson for rates, Katz for "
               f"shares). {hidden} group(s) suppressed: fewer than {MIN_CELL_RECORDS} records, "
               "or hidden with them so that none can be worked out from the totals.")
    found = [(_sentence(row, measure.title)) for measure in measures()
             for row in table[table["measure"] == measure.id].to_dict("records")
             if differs(row)]
    if found:
        st.markdown("**Intervals that exclude 1**\n\n" + "\n".join(f"- {s}" for s in found))
    else:
        st.markdown("No group's interval excludes 1 on any measure.")
    for measure in measures():
        block = table[table["measure"] == measure.id]
        st.subheader(measure.title)
        st.dataframe(block.drop(columns=["measure", "title"]), hide_index=True)
        if not block[~block["suppressed"]].empty:
            st.altair_chart(ratio_chart(block, measure.title), width="stretch")
    csv_download(table, f"equity-{name}", "Download the equity table (CSV)")
