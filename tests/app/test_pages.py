"""Every dashboard page rendered with Streamlit's AppTest (no browser, no sockets)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sos_lang.rules.config import active_lexicon
from tests.app.conftest import CLEAN_DRAFT, KNOWN_DRAFT, SMALL_EXPORT, TIMEOUT


def _check(app: AppTest, text: str) -> AppTest:
    app.text_area(key="draft_text").input(text)
    app.button(key="check_draft").click()
    return app.run()


def _html(app: AppTest) -> str:
    return "\n".join(element.value for element in app.html)


def _dataframe_text(app: AppTest) -> str:
    return "\n".join(frame.value.to_string() for frame in app.dataframe)


# --- the app as a whole --------------------------------------------------------------------

@pytest.mark.slow
def test_app_script_opens_on_the_draft_page(app_script: Path) -> None:
    app = AppTest.from_file(str(app_script), default_timeout=TIMEOUT).run()
    assert not app.exception
    assert app.title[0].value == "Check a draft"
    assert app.button(key="check_draft").label == "Check the draft"


def test_root_app_py_runs_the_same_app(app_script: Path) -> None:
    root_entry = app_script.parents[2] / "app.py"
    app = AppTest.from_file(str(root_entry), default_timeout=TIMEOUT).run()
    assert not app.exception
    assert app.title[0].value == "Check a draft"


# --- 1. check a draft ----------------------------------------------------------------------

@pytest.mark.slow
def test_draft_with_known_flags_is_marked_and_must_be_fixed(run_page) -> None:
    app = _check(run_page("draft"), KNOWN_DRAFT)
    assert not app.exception
    html = _html(app)
    for rule, words in [("deficit.compliance-non-compliant", "non-compliant"),
                        ("deficit.compliance-failed-to-engage", "failed to engage"),
                        ("jargon.acronym-lac", "LAC"),
                        ("jargon.complex-prior-to", "prior to")]:
        assert f'data-rule="{rule}"' in html
        assert f"{words}</mark>" in html
    assert 'class="sos-deficit"' in html and 'class="sos-jargon"' in html
    table = _dataframe_text(app)
    assert "failed to engage" in table and "non-compliant" in table
    assert app.error[0].value.startswith("**Fix these first**")
    assert not app.success
    assert len(app.metric) == 6
    assert "opinion written as fact" in html


@pytest.mark.slow
def test_the_record_type_picked_changes_what_is_flagged(run_page) -> None:
    letter = ("Jay was seen at home on Tuesday. Jay said that Mum makes breakfast every "
              "morning and that he feels safe at home.")
    app = run_page("draft")
    app.selectbox(key="record_type").set_value("Letter to a child or family").run()
    app = _check(app, letter)
    assert not app.exception
    assert "talks about the reader instead of to them" in _html(app)
    app.selectbox(key="record_type").set_value("Case note").run()
    app.button(key="check_draft").click().run()
    assert "talks about the reader instead of to them" not in _html(app)


def test_clean_draft_is_ready_to_share_and_fills_the_three_columns(run_page) -> None:
    app = _check(run_page("draft"), CLEAN_DRAFT)
    assert not app.exception
    assert app.success[0].value.startswith("**Ready to share.**")
    assert not app.error
    columns = [element.value for element in app.html if element.value.startswith("<ul>")]
    assert len(columns) == 3  # worried, working well, needs to happen: each has sentences
    assert "Gran&#x27;s house" in columns[1]


@pytest.mark.slow
def test_safe_replacements_give_a_revised_text_to_download(run_page) -> None:
    app = _check(run_page("draft"), KNOWN_DRAFT)
    app.button(key="apply_replacements").click()
    app.run()
    assert not app.exception
    revised = app.text_area(key="revised_preview").value
    assert revised == KNOWN_DRAFT.replace("prior to", "before")
    assert app.get("download_button")[0].label == "Download the revised text"


@pytest.mark.slow
def test_draft_typed_text_is_escaped(run_page) -> None:
    app = _check(run_page("draft"), "<script>alert(1)</script> Mum was non-compliant.")
    html = _html(app)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.slow
def test_uploaded_docx_draft_is_checked(run_page) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(KNOWN_DRAFT)
    buffer = io.BytesIO()
    document.save(buffer)
    app = run_page("draft")
    app.radio(key="draft_source").set_value("Upload a file").run()
    app.file_uploader(key="draft_file").upload("draft.docx", buffer.getvalue())
    app.run()
    app.button(key="check_draft").click()
    app.run()
    assert not app.exception
    assert 'data-rule="deficit.compliance-non-compliant"' in _html(app)
    labels = [element.proto.label for element in app.get("download_button")]
    assert "Download your draft with comments" in labels
    assert "Download with the safe replacements made" in labels


def test_bad_upload_gives_a_clear_error(run_page) -> None:
    app = run_page("draft")
    app.radio(key="draft_source").set_value("Upload a file").run()
    app.file_uploader(key="draft_file").upload("draft.txt", b"\x00\x01\x02binary\x00")
    app.run()
    assert not app.exception
    assert "Cannot read this file" in app.error[0].value
    assert "binary" in app.error[0].value


def test_a_docx_bomb_upload_and_an_over_long_paste_get_clear_errors(run_page) -> None:
    """Issue #22 finding 2: the page's 2 MB limit applies to the compressed upload; a small
    .docx that unpacks to millions of characters was accepted (68.7 M in the probe)."""
    import zipfile

    buffer = io.BytesIO()
    body = "<w:p><w:r><w:t>" + "Dad hit Sam. " * 1000 + "</w:t></w:r></w:p>"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", (
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            f'main"><w:body>{body * 100}</w:body></w:document>'))
    assert len(buffer.getvalue()) < 2 * 1024 * 1024
    app = run_page("draft")
    app.radio(key="draft_source").set_value("Upload a file").run()
    app.file_uploader(key="draft_file").upload("bomb.docx", buffer.getvalue())
    app.run()
    assert not app.exception
    assert "more than the 1,000,000 characters allowed for one record" in app.error[0].value
    app = run_page("draft")
    app.text_area(key="draft_text").set_value("Dad hit Sam. " * 80_000).run()
    app.button(key="check_draft").click()
    app.run()
    assert not app.exception
    assert "more than the 1,000,000 characters allowed" in app.error[0].value


def test_checking_nothing_asks_for_a_draft(run_page) -> None:
    app = run_page("draft")
    app.button(key="check_draft").click()
    app.run()
    assert "nothing to check" in app.warning[0].value


# --- 2. audit records ----------------------------------------------------------------------

@pytest.mark.slow
def test_audit_page_lists_records_of_a_prefilled_store(run_page, use_store,
                                                       small_store_url: str) -> None:
    use_store(small_store_url)
    app = run_page("audit")
    assert not app.exception
    records = app.dataframe[0].value
    assert sorted(records["record_id"]) == ["A1", "A2"]
    assert "score_overall" in records.columns
    assert "empty text" in _dataframe_text(app)  # the run error for row A3
    app.selectbox(key="audit_record").set_value(("A1", "North")).run()
    shown = _dataframe_text(app)
    assert "deficit.compliance-non-compliant" in shown  # rule counts
    assert "excerpt" in shown  # redacted excerpts were kept by this audit


def test_audit_page_on_an_empty_store_explains(run_page, use_store, tmp_path: Path) -> None:
    use_store(f"sqlite:///{tmp_path / 'empty.db'}")
    app = run_page("audit")
    assert not app.exception
    assert "sos-lang demo" in app.info[0].value


@pytest.mark.slow
def test_audit_page_audits_an_uploaded_export(run_page, use_store, tmp_path: Path) -> None:
    use_store(f"sqlite:///{tmp_path / 'store.db'}")
    app = run_page("audit")
    app.file_uploader(key="audit_file").upload("records.csv", SMALL_EXPORT.encode(),
                                               "text/csv")
    app.run()
    assert app.selectbox(key="audit_col_id").value == "record_id"
    assert app.selectbox(key="audit_col_text").value == "text"
    assert app.selectbox(key="audit_col_worker").value == "(none)"
    app.button(key="run_audit").click()
    app.run()
    assert not app.exception
    assert app.success[0].value.startswith("Audit finished: analysed 2")
    assert sorted(app.dataframe[0].value["record_id"]) == ["A1", "A2"]
    errors = _dataframe_text(app)
    assert "records.csv:4" in errors and "empty text" in errors


# --- 3. team trends ------------------------------------------------------------------------

@pytest.mark.slow
def test_trends_page_renders_from_a_demo_store_and_suppresses_small_cells(
        run_page, use_store, demo_store_url: str) -> None:
    use_store(demo_store_url)
    app = run_page("trends")
    assert not app.exception
    counts = next(match for caption in app.caption
                  if (match := re.search(r"(\d+) of (\d+) cells suppressed", caption.value)))
    hidden, total = int(counts[1]), int(counts[2])
    assert 0 < hidden < total
    table = app.dataframe[0].value  # the trend table
    assert table.loc[table["suppressed"], "mean"].isna().all()
    assert (table.loc[table["suppressed"], "records"] < 5).all()
    assert not table.loc[~table["suppressed"], "mean"].isna().any()
    before_after = next(frame.value for frame in app.dataframe if "p-value" in frame.value)
    assert before_after.iloc[0]["team"] == "All teams"
    assert before_after.loc[before_after["suppressed"], "p-value"].isna().all()
    sentences = [m.value for m in app.markdown if m.value.startswith("- ")]
    assert any("noise" in sentence for sentence in sentences)
    labels = {button.label for button in app.get("download_button")}
    assert {"Download the chart (PNG)", "Download the table (CSV)"} <= labels


@pytest.mark.slow
def test_trends_filters_and_monthly_periods(run_page, use_store, demo_store_url: str) -> None:
    use_store(demo_store_url)
    app = run_page("trends")
    app.sidebar.radio(key="trend_freq").set_value("month").run()
    app.sidebar.multiselect(key="trend_teams").set_value(["Front Door"]).run()
    assert not app.exception
    table = app.dataframe[0].value
    assert set(table["group"]) == {"Front Door"}
    assert table["period"].str.match(r"^\d{4}-\d{2}$").all()


def test_trends_page_on_an_empty_store_explains(run_page, use_store, tmp_path: Path) -> None:
    use_store(f"sqlite:///{tmp_path / 'empty.db'}")
    app = run_page("trends")
    assert not app.exception
    assert "sos-lang demo" in app.info[0].value


# --- 4. vocabulary -------------------------------------------------------------------------

def test_vocabulary_page_lists_every_entry(run_page, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no sos-lang.toml here: the packaged vocabulary
    app = run_page("vocabulary")
    assert not app.exception
    entries = app.dataframe[0].value
    assert len(entries) == len(active_lexicon().entries)
    assert "jargon.complex-prior-to" in set(entries["rule"])
    assert "No local config found" in app.info[0].value
    app.text_input(key="vocab_search").input("prior to").run()
    assert "jargon.complex-prior-to" in set(app.dataframe[0].value["rule"])
    assert app.selectbox(key="vocab_entry").value == "jargon.complex-prior-to"


def test_vocabulary_page_shows_the_checks_as_the_config_leaves_them(
        run_page, monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "sos-lang.toml").write_text(
        'disable = ["plain.passive"]\n[override."structure.*"]\nseverity = "error"\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    app = run_page("vocabulary")
    assert not app.exception
    checks = app.dataframe[1].value
    assert "plain.passive" not in set(checks["rule"]) and "plain.long-sentence" in set(
        checks["rule"])
    structure = checks[checks["kind"] == "structure"]
    from sos_lang.rules.checks import packaged_checks

    declared = [rule for scope in packaged_checks() for rule in scope if rule.kind == "structure"]
    assert len(structure) == len(declared) >= 11 and set(structure["severity"]) == {"error"}
    assert set(checks["looks at"]) == {"sentence", "record"}


def test_vocabulary_page_shows_local_overrides(run_page, monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "sos-lang.toml").write_text(
        'disable = ["jargon.care-case"]\nallow = ["CAMHS"]\n'
        '[override."jargon.care-contact"]\nseverity = "info"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    app = run_page("vocabulary")
    assert not app.exception
    rules = set(app.dataframe[0].value["rule"])
    assert "jargon.care-case" not in rules and "jargon.care-contact" in rules
    text = "\n".join(m.value for m in app.markdown)
    assert "sos-lang.toml" in text and "`jargon.care-case`" in text and "`CAMHS`" in text
    assert "jargon.care-contact" in _dataframe_text(app)
