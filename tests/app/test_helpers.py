"""The dashboard's pure helpers: highlighting, verdict, statistics, audit of an upload."""

from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats as scipy_stats

from sos_lang.app import audit_upload as upload
from sos_lang.app import stats
from sos_lang.app.feedback import findings_frame, sentences_by_column
from sos_lang.app.highlight import Span, highlight_html, legend_html, spans_for
from sos_lang.audit.readers import ColumnMap
from sos_lang.audit.runner import AnalysisOptions
from sos_lang.inputs import InputError
from sos_lang.report import Finding, Highlight, Report, SentenceReport
from sos_lang.store import Store
from sos_lang.verdict import verdict, verdict_item
from tests.app.conftest import SMALL_EXPORT


def _finding(kind: str, start: int, end: int, text: str, severity: str = "warning",
             rule: str | None = None) -> Finding:
    return Finding(rule or f"{kind}.x", kind, "x", start, end, text, f"about {text}",
                   ["instead"], severity)


def _report(findings: list[Finding], sentences: list[SentenceReport] | None = None) -> Report:
    return Report(scores={}, metrics={}, sentences=sentences or [], findings=findings)


# --- highlighting ---------------------------------------------------------------------------

def test_highlight_nests_word_marks_inside_sentence_marks() -> None:
    text = "Mum was non-compliant. Fine."
    spans = spans_for([_finding("structure", 0, 22, text[:22]),
                       _finding("deficit", 8, 21, "non-compliant")])
    html = highlight_html(text, spans)
    assert ('<mark class="sos-structure" data-rule="structure.x" title="about Mum was '
            'non-compliant. Try: instead"><mark class="sos-deficit"') in html
    assert ">non-compliant</mark></mark>" in html
    assert html.endswith(" Fine.</div>")


def test_highlight_escapes_text_and_tooltips() -> None:
    text = '<b onclick="x">Mum</b> & "Dad"'
    html = highlight_html(text, [Span(15, 18, "jargon", 'r"<', 'say "x" <now>')])
    assert "<b " not in html and "&lt;b onclick=&quot;x&quot;&gt;" in html
    assert 'data-rule="r&quot;&lt;"' in html and 'title="say &quot;x&quot; &lt;now&gt;"' in html
    assert "Mum</mark>&lt;/b&gt; &amp; &quot;Dad&quot;" in html


def test_highlight_skips_record_level_findings_and_keeps_all_text() -> None:
    text = "Gran loves Sam."
    spans = spans_for([_finding("structure", 0, 0, "")],
                      [Highlight("strengths.loves", "strength", 5, 10, "loves")])
    html = highlight_html(text, spans)
    assert html.count("<mark") == 1 and 'class="sos-strength"' in html
    assert "Gran <mark" in html and "loves</mark> Sam." in html


def test_legend_names_every_kind() -> None:
    legend = legend_html()
    for kind in ("deficit", "jargon", "plain", "structure"):
        assert f'class="sos-{kind}"' in legend


# --- verdict and columns ---------------------------------------------------------------------

def test_verdict_ready_when_only_plain_or_info_findings() -> None:
    report = _report([_finding("plain", 0, 5, "long"), _finding("jargon", 0, 3, "abc", "info")])
    result = verdict(report)
    assert result.ready and result.headline == "Ready to share" and not result.items


def test_verdict_lists_at_most_five_most_severe_first() -> None:
    findings = [_finding("jargon", i, i + 1, f"w{i}") for i in range(6)]
    findings.append(_finding("deficit", 50, 55, "label", "error"))
    result = verdict(_report(findings))
    assert not result.ready and result.headline == "Fix these first"
    assert len(result.items) == 5 and result.total == 7
    assert result.items[0].severity == "error"
    assert [f.text for f in result.items[1:]] == ["w0", "w1", "w2", "w3"]
    assert verdict_item(result.items[0]) == "\u201clabel\u201d: about label Try: instead"


def test_sentences_by_column_and_findings_frame() -> None:
    sentences = [SentenceReport(0, 5, "Hit.", 1, 1, 0, False, "harm", 0.9, False),
                 SentenceReport(6, 12, "Loves.", 1, 1, 0, False, "strength", 0.9, False),
                 SentenceReport(13, 20, "Hello.", 1, 1, 0, False, "other", 0.9, False)]
    report = _report([_finding("structure", 0, 0, ""), _finding("deficit", 0, 3, "Hit", "error")],
                     sentences)
    grouped = sentences_by_column(report)
    assert [s.text for s in grouped["worried"]] == ["Hit."]
    assert [s.text for s in grouped["working_well"]] == ["Loves."]
    assert grouped["needs_to_happen"] == [] and [s.text for s in grouped["other"]] == ["Hello."]
    frame = findings_frame(report)
    assert list(frame["severity"]) == ["error", "warning"]
    assert frame.iloc[1]["words"] == "(whole record)"


# --- statistics ------------------------------------------------------------------------------

def test_parse_events_reads_dates_and_reports_bad_lines() -> None:
    events, bad = stats.parse_events(stats.DEFAULT_EVENTS + "\nsoon Training\n\n2018-01-05")
    assert [(e.date, e.label) for e in events] == [
        (dt.date(2016, 9, 1), "Two-day training starts"),
        (dt.date(2017, 7, 1), "Practice leads trained"), (dt.date(2018, 1, 5), "2018-01-05")]
    assert bad == ["soon Training"]


def _records(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    return pd.DataFrame({"record_id": [f"R{i}" for i in range(len(rows))],
                         "team": [team for team, _, _ in rows],
                         "record_date": pd.to_datetime([day for _, day, _ in rows]),
                         "record_type": "case note",
                         "score_overall": [value for _, _, value in rows]})


def test_filter_records_by_dates_types_and_teams() -> None:
    records = _records([("A", "2016-01-01", 1), ("B", "2017-01-01", 2), ("A", "2018-01-01", 3)])
    kept = stats.filter_records(records, dt.date(2016, 6, 1), dt.date(2018, 1, 1),
                                ["case note"], ["A"])
    assert list(kept["score_overall"]) == [3]
    assert stats.filter_records(records, types=["review"]).empty


def test_histogram_suppresses_bands_with_one_to_four_records() -> None:
    values = pd.Series([10.0] * 7 + [55.0] * 3)
    bins = stats.histogram(values, bins=10)
    assert bins["records"].sum() == 10
    assert bins.loc[bins["suppressed"], "records"].tolist() == [3]
    assert math.isnan(bins.loc[bins["suppressed"], "shown"].iloc[0])
    assert bins["shown"].max() == 7


def test_top_flags_counts_records_per_team_and_suppresses_rare_ones() -> None:
    records = _records([("A", "2017-01-01", 1)] * 6 + [("B", "2017-01-01", 1)] * 2)
    counts = pd.DataFrame({
        "record_id": [f"R{i}" for i in range(6)] + ["R0", "R6"],
        "name": ["deficit.label-x"] * 6 + ["jargon.acronym-y", "deficit.label-x"],
        "count": [2] * 6 + [1, 1], "team": ["A"] * 7 + ["B"]})
    table = stats.top_flags(counts, records)
    row = table.loc[(table["team"] == "A") & (table["rule"] == "deficit.label-x")].iloc[0]
    assert (row["records_flagged"], row["occurrences"], row["share"]) == (6, 12, 1.0)
    assert table.loc[table["team"] == "B", "suppressed"].all()
    assert table.loc[table["suppressed"], "records_flagged"].isna().all()
    assert list(stats.top_flags(counts, records, kind="jargon")["rule"]) == ["jargon.acronym-y"]


def test_welch_change_matches_the_formula() -> None:
    rng = np.random.default_rng(1)
    before, after = pd.Series(rng.normal(40, 10, 30)), pd.Series(rng.normal(50, 5, 20))
    change = stats.welch_change("A", before, after)
    v1, v2 = before.var(ddof=1) / 30, after.var(ddof=1) / 20
    df = (v1 + v2) ** 2 / (v1 ** 2 / 29 + v2 ** 2 / 19)
    half = scipy_stats.t.ppf(0.975, df) * math.sqrt(v1 + v2)
    difference = after.mean() - before.mean()
    assert change.difference == pytest.approx(difference)
    assert (change.ci_low, change.ci_high) == pytest.approx((difference - half, difference + half))
    assert change.p_value == pytest.approx(
        scipy_stats.ttest_ind(after, before, equal_var=False).pvalue)
    assert change.distinguishable


def test_before_after_suppresses_small_groups_and_says_so() -> None:
    rows = ([("A", "2016-03-01", 40.0 + i % 3) for i in range(8)]
            + [("A", "2017-03-01", 41.0 - i % 3) for i in range(8)]
            + [("B", "2016-03-01", 50.0)] * 3 + [("B", "2017-03-01", 60.0)] * 9)
    changes = stats.before_after(_records(rows), "overall", dt.date(2016, 9, 1))
    by_team = {change.group: change for change in changes}
    assert set(by_team) == {stats.ALL_TEAMS, "A", "B"}
    assert by_team["B"].suppressed and math.isnan(by_team["B"].p_value)
    assert not by_team["A"].suppressed and not by_team["A"].distinguishable
    event = stats.Event(dt.date(2016, 9, 1), "Two-day training starts")
    assert "cannot be told apart from noise" in stats.change_sentence(by_team["A"], "overall",
                                                                        event)
    assert "too few records" in stats.change_sentence(by_team["B"], "overall", event)
    frame = stats.changes_frame(changes)
    assert list(frame["records before"]) == [11, 8, 3]


def test_period_start_reads_month_and_quarter_labels() -> None:
    assert list(stats.period_start(pd.Series(["2016-09"]), "month")) == [
        pd.Timestamp("2016-09-01")]
    assert list(stats.period_start(pd.Series(["2016Q3"]), "quarter")) == [
        pd.Timestamp("2016-07-01")]


# --- auditing an upload ------------------------------------------------------------------------

def test_header_and_default_mapping_for_each_export_type(tmp_path: Path) -> None:
    frame = pd.DataFrame({"Note_ID": ["1"], "Narrative": ["Text."], "Team": ["A"]})
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False)
    xlsx = buffer.getvalue()
    parquet = frame.to_parquet(index=False)
    csv_utf16 = frame.to_csv(index=False).encode("utf-16")
    for name, data in [("a.xlsx", xlsx), ("a.parquet", parquet), ("a.csv", csv_utf16)]:
        header = upload.upload_header(name, data)
        assert header == ["Note_ID", "Narrative", "Team"]
        mapping = upload.default_mapping(header)
        assert mapping == {"id": "Note_ID", "text": "Narrative", "team": "Team", "date": None,
                           "type": None, "worker": None}


def test_unusable_uploads_raise_input_error() -> None:
    with pytest.raises(InputError, match="cannot audit this file type"):
        upload.safe_file_name("records.exe")
    with pytest.raises(InputError, match="cannot read the column names"):
        upload.upload_header("broken.xlsx", b"not a workbook")
    with pytest.raises(InputError, match="Record text"):
        upload.column_map({"id": "record_id", "text": None})
    assert upload.safe_file_name("../../etc/my records.csv") == "my_records.csv"


def test_audit_upload_writes_results_and_deletes_the_upload(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    seen: list[float] = []
    try:
        summary = upload.audit_upload(
            "records.csv", SMALL_EXPORT.encode(), store,
            upload.column_map(upload.default_mapping(["record_id", "text", "team", "date"])),
            options=AnalysisOptions(), key="k",
            on_progress=lambda fraction, _summary: seen.append(fraction))
        records = store.records_frame()
        errors = store.errors_frame(summary.run_id)
    finally:
        store.close()
    assert (summary.analysed, summary.failed) == (2, 1)
    assert sorted(records["record_id"]) == ["A1", "A2"]
    assert list(records["team"]) == ["North", "North"]
    assert [upload.source_label(s) for s in errors["source"]] == ["records.csv:4"]
    assert seen and seen[-1] == 1.0
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary copy is gone


def test_audit_upload_refuses_a_file_without_the_columns(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        with pytest.raises(InputError, match="no column 'body'"):
            upload.audit_upload("records.csv", SMALL_EXPORT.encode(), store,
                                ColumnMap(id="record_id", text="body"), key="k")
    finally:
        store.close()
