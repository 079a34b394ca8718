"""Shared pieces of the dashboard: the store in use, cached store reads, the warm pipeline.

Store reads are cached in memory (never ``persist``) and keyed by the store URL, so
switching stores never shows stale numbers; they hold numbers and redacted excerpts
only, never record text. Typed or uploaded text is never cached.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TypeVar

import pandas as pd
import streamlit as st

from sos_lang.app.launch import STORE_ENV
from sos_lang.spreadsheet import frame_to_csv
from sos_lang.store import DEFAULT_STORE_URL, Store, StoreError

T = TypeVar("T")

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=^&\"'])")
_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")

STORE_TTL_SECONDS = 60
"""Store reads are refreshed at least this often, so a CLI audit shows up without a restart."""

EMPTY_STORE_MESSAGE = (
    "The store has no records yet. Run `sos-lang demo` (synthetic records) or "
    "`sos-lang audit EXPORT.csv`, or upload an export on the **Audit records** page."
)


def store_url() -> str:
    """The store the app reads and writes: $SOS_LANG_STORE, else the CLI's default."""
    return os.environ.get(STORE_ENV) or DEFAULT_STORE_URL


def safe_store_url(url: str) -> str:
    """The store URL without a password, for display."""
    store = Store(url)
    try:
        return store.safe_url
    finally:
        store.close()


def with_store(url: str, read: Callable[[Store], T]) -> T:
    """Open the store (creating the tables in an empty one), run read, close it."""
    store = Store(url)
    try:
        store.prepare()
        return read(store)
    finally:
        store.close()


@st.cache_data(ttl=STORE_TTL_SECONDS, show_spinner=False)
def load_records(url: str) -> pd.DataFrame:
    """Every stored record's metadata, scores and metrics."""
    return with_store(url, lambda store: store.records_frame())


@st.cache_data(ttl=STORE_TTL_SECONDS, show_spinner=False)
def load_counts(url: str, kind: str = "rule") -> pd.DataFrame:
    """Per-record rule (or label) counts, with team, date and record type."""
    return with_store(url, lambda store: store.counts_frame(kind))


@st.cache_data(ttl=STORE_TTL_SECONDS, show_spinner=False)
def load_runs(url: str) -> pd.DataFrame:
    """The audit runs, oldest first."""
    return with_store(url, lambda store: store.runs_frame())


@st.cache_data(ttl=STORE_TTL_SECONDS, show_spinner=False)
def load_errors(url: str, run_id: str | None = None) -> pd.DataFrame:
    """Rows an audit could not analyse, for one run or all runs."""
    return with_store(url, lambda store: store.errors_frame(run_id))


def load_excerpts(url: str, record_id: str, team: str | None) -> pd.DataFrame:
    """Redacted excerpts of one record (read fresh: small, and only for the record shown)."""
    return with_store(url, lambda store: store.excerpts_for(record_id, team))


def of_record(frame: pd.DataFrame, team: str | None, record_id: str) -> pd.Series:
    """Rows of one record: ids are namespaced by team, so both must match."""
    same_team = frame["team"].isna() if team is None else frame["team"] == team
    return same_team & (frame["record_id"] == record_id)


def clear_store_caches() -> None:
    """Forget cached store reads, after an audit wrote new results."""
    for cached in (load_records, load_counts, load_runs, load_errors):
        cached.clear()


def records_or_stop(url: str) -> pd.DataFrame:
    """The stored records the visitor may see, or an explanation and a stop when the store
    cannot be read. With sign-in on, only the teams the visitor is allowed."""
    from sos_lang.app.access import signed_in_teams, visible_records

    teams = signed_in_teams()
    try:
        return visible_records(load_records(url), teams)
    except StoreError as exc:
        st.error(f"Cannot read the store: {plain_markdown(exc)}")
        st.stop()


@st.cache_resource(show_spinner="Loading the language model (once per server)...")
def warm_pipeline(profile: str, config_path: str | None) -> str:
    """Build the spaCy pipeline and the statement model once per server process."""
    from sos_lang.pipeline import build_pipeline
    from sos_lang.statements.model import default_model

    build_pipeline(profile, config_path)
    default_model()
    return profile


def config_in_force() -> str | None:
    """The local vocabulary config found in the working directory, as the CLI finds it."""
    from sos_lang.rules.config import config_path_in_force

    return config_path_in_force()


def sidebar_store_caption(url: str) -> None:
    """Say which store the page reads, and offer a refresh."""
    st.sidebar.caption(f"Store: `{safe_store_url(url)}`")
    if st.sidebar.button("Reload from the store", key="reload_store"):
        clear_store_caches()


def plain_markdown(value: object) -> str:
    """Text from the data or an upload (team names, event labels, file names, error
    messages naming them) made inert for st.markdown, st.caption, st.error and friends:
    every markdown, directive (``:red[...]``, ``:material/...:``) and maths character is
    escaped and line breaks become spaces, so a team named ``[x](https://...)`` or
    ``![x](https://...)`` shows as text instead of a link or a remote image."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", str(value)))


def code_span(value: object) -> str:
    """A value from a config or vocabulary file as inline code: nothing inside a code span
    is markdown, so only backticks (which would end it) and line breaks are replaced."""
    return "`" + _LINE_BREAKS.sub(" ", str(value)).replace("`", "'") + "`"


def csv_download(table: pd.DataFrame, name: str, label: str = "Download the table (CSV)"
                 ) -> None:
    """A download button for a table, written by the one CSV helper (formula cells
    neutralised); Streamlit's own table export is switched off (client.disableDataExport),
    so every CSV the dashboard gives out comes from here."""
    st.download_button(label, frame_to_csv(table), file_name=f"{name}.csv", mime="text/csv",
                       on_click="ignore", key=f"csv_{name}")
