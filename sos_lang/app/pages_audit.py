"""Page 2, audit records: upload an export, map its columns, audit it into the store, browse.

The store keeps numbers, rule counts and (only when asked) redacted excerpts, never the
record text; the upload itself is deleted as soon as the audit is over.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from sos_lang.app.access import signed_in_teams, visible_runs
from sos_lang.app.audit_upload import (
    EXPORT_TYPES,
    FIELD_LABELS,
    MAX_EXPORT_MB,
    audit_upload,
    column_map,
    default_mapping,
    source_label,
    upload_header,
)
from sos_lang.app.common import (
    EMPTY_STORE_MESSAGE,
    clear_store_caches,
    config_in_force,
    csv_download,
    load_counts,
    load_errors,
    load_excerpts,
    load_runs,
    of_record,
    plain_markdown,
    records_or_stop,
    sidebar_store_caption,
    store_url,
    with_store,
)
from sos_lang.audit.runner import AnalysisOptions, AuditSummary
from sos_lang.inputs import InputError
from sos_lang.lexicon.schema import LexiconError
from sos_lang.store import Store, StoreError
from sos_lang.store.schema import SCORE_COLUMNS

NONE = "(none)"
ALL_RUNS = "All runs"
MY_RUNS = "audit_my_runs"
"""Runs this session uploaded: their errors are shown even with access limited to teams."""
RECORD_COLUMNS = ["record_id", "team", "record_type", "record_date",
                  *(f"score_{name}" for name in SCORE_COLUMNS),
                  "words", "deficit_findings", "jargon_findings", "opinion_as_fact_sentences"]


def _mapping_widgets(header: list[str]) -> dict[str, str | None]:
    """One selectbox per field, defaulting to the column the CLI would pick."""
    defaults = default_mapping(header)
    options = [NONE, *header]
    chosen: dict[str, str | None] = {}
    columns = st.columns(3)
    for index, (field, label) in enumerate(FIELD_LABELS.items()):
        default = defaults.get(field)
        choice = columns[index % 3].selectbox(
            label, options, index=options.index(default) if default else 0,
            key=f"audit_col_{field}")
        chosen[field] = None if choice == NONE else choice
    return chosen


def _run(url: str, upload, mapping: dict[str, str | None], options: AnalysisOptions,  # type: ignore[no-untyped-def]
         names: tuple[str, ...] = (), teams: frozenset[str] | None = None) -> None:
    bar = st.progress(0.0, text="Reading the export...")

    def progress(fraction: float, summary: AuditSummary) -> None:
        bar.progress(fraction, text=f"Analysed {summary.analysed}, skipped {summary.skipped}, "
                                    f"failed {summary.failed}")

    store = Store(url)
    try:
        summary = audit_upload(upload.name, upload.getvalue(), store,
                               column_map(mapping, names), options=options,
                               on_progress=progress, teams=teams)
    except (InputError, StoreError, LexiconError) as exc:
        bar.empty()
        st.error(f"The audit did not run. {plain_markdown(exc)}")
        return
    finally:
        store.close()
    clear_store_caches()
    st.session_state["audit_last_run"] = summary.run_id
    st.session_state.setdefault(MY_RUNS, []).append(summary.run_id)
    st.success(f"Audit finished: {summary.line()}.")


def _upload_section(url: str, teams: frozenset[str] | None) -> None:
    st.subheader("Audit an export")
    if teams is not None:
        st.caption("Rows are audited only for your teams: "
                   + plain_markdown(", ".join(sorted(teams)))
                   + ". Rows of other teams, or with no team, are not written.")
    upload = st.file_uploader(
        f"An export of records ({', '.join('.' + t for t in EXPORT_TYPES)}, up to "
        f"{MAX_EXPORT_MB} MB): one row per record, with an id and the text",
        type=EXPORT_TYPES, max_upload_size=MAX_EXPORT_MB, key="audit_file")
    if upload is None:
        return
    try:
        header = upload_header(upload.name, upload.getvalue())
    except InputError as exc:
        st.error(f"Cannot read this file. {plain_markdown(exc)}")
        return
    st.markdown("**Which column holds what?**")
    mapping = _mapping_widgets(header)
    names = st.multiselect(
        "Columns with the family's names (for redaction only)",
        [column for column in header if column not in mapping.values()], key="audit_name_cols",
        help="The child's and family's names in these columns are redacted wherever they "
             "appear in kept excerpts. The columns themselves are never stored.")
    left, right = st.columns(2)
    profile = left.radio("Analysis", ["fast", "accurate"], horizontal=True, key="audit_profile",
                         help="fast: rule-based sentences, quick for big exports; accurate: "
                              "the full spaCy parse.")
    keep = right.checkbox("Keep redacted excerpts", key="audit_keep_excerpts",
                          help="Store the flagged sentences with names, addresses, phone "
                               "numbers and other details replaced by placeholders, so a "
                               "record's findings can be read here.")
    if st.button("Run the audit", type="primary", key="run_audit"):
        try:
            config = config_in_force()
        except LexiconError as exc:
            st.error(f"The local vocabulary config is broken: {plain_markdown(exc)}")
            return
        _run(url, upload, mapping, AnalysisOptions(profile=profile, keep_excerpts=keep,
                                                   config_path=config), tuple(names), teams)


def _runs_choice(url: str, records: pd.DataFrame, teams: frozenset[str] | None) -> str | None:
    """The run whose records and errors are shown (None: all runs); with access limited to
    some teams, only runs that wrote the visitor's records, counting those alone."""
    runs = visible_runs(load_runs(url), records, teams)
    if runs.empty:
        return None
    runs = runs.iloc[::-1]
    labels = {ALL_RUNS: None}
    for row in runs.itertuples():
        inputs = ", ".join(source_label(name)
                           for name in str(getattr(row, "inputs", "")).splitlines())
        when = f"{row.started_at:%Y-%m-%d %H:%M}" + (f" {inputs}" if inputs else "")
        labels[f"{when} ({row.status}, {row.analysed} analysed)"] = row.run_id
    last = st.session_state.get("audit_last_run")
    names = list(labels)
    index = next((i for i, name in enumerate(names) if labels[name] == last), 0)
    return labels[st.selectbox("Show records from", names, index=index, key="audit_run")]


def _record_detail(url: str, records: pd.DataFrame) -> None:
    st.subheader("One record's findings")
    keys = sorted(zip(records["record_id"], records["team"].fillna(""), strict=True))
    chosen = st.selectbox("Record", keys, key="audit_record",
                          format_func=lambda key: f"{key[0]} ({key[1] or 'no team'})")
    if chosen is None:
        return
    record_id, team = chosen[0], chosen[1] or None
    row = records.loc[of_record(records, team, record_id)].iloc[0]
    scores = st.columns(len(SCORE_COLUMNS))
    for column, name in zip(scores, SCORE_COLUMNS, strict=True):
        column.metric(name.capitalize(), f"{row[f'score_{name}']:.0f}")
    rules = load_counts(url, "rule")
    rules = rules.loc[of_record(rules, team, record_id), ["name", "count"]]
    left, right = st.columns(2)
    with left:
        st.markdown("**Flags (rule counts)**")
        if rules.empty:
            st.caption("No flags.")
        else:
            table = rules.assign(kind=rules["name"].str.split(".").str[0]).rename(
                columns={"name": "rule"})[["kind", "rule", "count"]]
            st.dataframe(table.sort_values(["count", "rule"], ascending=[False, True]),
                         hide_index=True)
    with right:
        st.markdown("**Sentences per Signs of Safety label**")
        labels = load_counts(url, "label")
        labels = labels.loc[of_record(labels, team, record_id), ["name", "count"]]
        st.dataframe(labels.rename(columns={"name": "label"}), hide_index=True)
    excerpts = load_excerpts(url, record_id, team)
    excerpts = excerpts.loc[excerpts["kind"] != "element"]  # the audit sample shows those
    if excerpts.empty:
        st.info("No excerpts are stored for this record: an audit keeps redacted excerpts "
                "only when *Keep redacted excerpts* is ticked (or `--keep-excerpts`).")
    else:
        st.markdown("**Flagged sentences (redacted)**")
        st.dataframe(excerpts[["kind", "subtype", "severity", "rule_id", "excerpt"]],
                     hide_index=True,
                     column_config={"excerpt": st.column_config.TextColumn(width="large")})


def _errors(url: str, run_id: str | None, teams: frozenset[str] | None) -> None:
    errors = load_errors(url, run_id)
    if teams is not None:  # errors carry no team: limited visitors see their own uploads'
        errors = errors.loc[errors["run_id"].isin(st.session_state.get(MY_RUNS, []))]
    if errors.empty:
        return
    with st.expander(f"Rows that could not be analysed ({len(errors)})", expanded=True):
        st.dataframe(pd.DataFrame({"source": errors["source"].map(source_label),
                                   "record": errors["record_id"],
                                   "reason": errors["reason"]}), hide_index=True)


def _sample_section(url: str, teams: frozenset[str] | None) -> None:
    """The audit sample of ``sos-lang sample``: the same draw, the same workbook, built in
    memory from the store (numbers and redacted excerpts only) for the visitor's teams."""
    import io

    from sos_lang.audit.sample import GROUPINGS, SampleRequest, sample_workbook

    st.subheader("Audit sample")
    st.caption("A reproducible sample for a hand audit, spread over the groups and the score "
               "range: a workbook with one sheet per record to grade each Signs of Safety "
               "element present or missing. Then run `sos-lang agreement` on it.")
    left, middle, right = st.columns(3)
    size = left.number_input("Records", min_value=1, max_value=500, value=40,
                             key="sample_n")
    by = middle.selectbox("Spread over", [NONE, *GROUPINGS], index=1, key="sample_by")
    seed = right.number_input("Seed (same seed, same sample)", min_value=0, value=0,
                              key="sample_seed")
    if not st.button("Draw the sample", key="sample_draw"):
        return
    buffer = io.BytesIO()
    request = SampleRequest(n=int(size), by=None if by == NONE else by, seed=int(seed))
    store = Store(url)
    try:
        sample = sample_workbook(store, request, buffer, teams=teams)
    except (InputError, StoreError) as exc:
        st.error(f"No sample. {plain_markdown(exc)}")
        return
    finally:
        store.close()
    st.success(f"{len(sample)} records from {sample['stratum'].nunique()} group(s).")
    st.download_button("Download the audit workbook (.xlsx)", buffer.getvalue(),
                       file_name="audit-sample.xlsx", on_click="ignore", key="sample_xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _agreement_section(url: str, teams: frozenset[str] | None) -> None:
    """The latest ``sos-lang agreement`` results (shown to visitors who see every team:
    the records in disagreement may be anyone's)."""
    if teams is not None:
        return
    frame = with_store(url, lambda store: store.agreement_frame())
    if frame.empty:
        return
    latest = frame.loc[frame["run_id"] == frame["run_id"].iloc[-1]]
    st.subheader("Agreement with auditors")
    st.caption(f"From {latest['computed_at'].iloc[0]:%Y-%m-%d %H:%M} "
               f"({plain_markdown(', '.join(str(latest['workbooks'].iloc[0]).splitlines()))}). "
               "The tool is good enough on an element where its kappa with an auditor "
               "matches the two auditors' kappa with each other.")
    table = latest.assign(raters=latest["first"] + " vs " + latest["second"])[
        ["raters", "element", "records", "agreement", "kappa", "kappa_low", "kappa_high"]]
    st.dataframe(table, hide_index=True)


def render() -> None:
    """Audit an export of records and browse the stored results."""
    url = store_url()
    st.title("Audit records")
    st.caption("Upload an export, say which column holds what, and audit it into the store. "
               "The store keeps scores and counts, never the record text.")
    sidebar_store_caption(url)
    teams = signed_in_teams()  # stops here for anyone without teams
    _upload_section(url, teams)
    records = records_or_stop(url)
    st.subheader("Records in the store")
    if records.empty:
        st.info(EMPTY_STORE_MESSAGE)
        return
    run_id = _runs_choice(url, records, teams)
    shown = records if run_id is None else records.loc[records["run_id"] == run_id]
    st.caption(f"{len(shown)} record(s). Click a column heading to sort.")
    table = shown[[c for c in RECORD_COLUMNS if c in shown.columns]]
    st.dataframe(table, hide_index=True,
                 column_config={"record_date": st.column_config.DateColumn("date")})
    csv_download(table, "records", "Download these records (CSV)")
    _errors(url, run_id, teams)
    if not shown.empty:
        _record_detail(url, shown)
    _sample_section(url, teams)
    _agreement_section(url, teams)
