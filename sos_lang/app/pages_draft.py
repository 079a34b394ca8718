"""Page 1, check a draft: flags marked in the text, reasons, scores, columns, verdict, rewrite.

Nothing typed or uploaded is stored, cached or logged: the text and its report live in
this browser session's memory only, and are gone when the session ends.
"""

from __future__ import annotations

import html

import streamlit as st

from sos_lang.analysis import analyse
from sos_lang.app.common import config_in_force, plain_markdown, warm_pipeline
from sos_lang.app.feedback import (
    COLUMN_TITLES,
    SCORE_LABELS,
    findings_frame,
    sentences_by_column,
)
from sos_lang.app.highlight import highlight_html, legend_html, spans_for
from sos_lang.inputs import InputError, check_record, text_from_bytes
from sos_lang.lexicon.schema import LexiconError
from sos_lang.report import Report, SentenceReport
from sos_lang.rewrite import apply_replacements, plan_rewrite
from sos_lang.verdict import verdict, verdict_item

MAX_DRAFT_MB = 2
DRAFT_TYPES = ["txt", "md", "docx"]
PROFILE = "accurate"
_CHECKED = "draft_checked"  # session state: {"text", "report", "config", "docx": (name, bytes)}
_UPLOAD = "draft_docx"  # session state: (name, bytes) of the .docx the text came from
_REVISED = "draft_revised"  # session state: {"text": str, "revised": str, "changes": list}


def read_upload(name: str, data: bytes, limit_mb: int = MAX_DRAFT_MB) -> str:
    """The text of an uploaded draft, or InputError with a message for the worker."""
    if len(data) > limit_mb * 1024 * 1024:
        raise InputError(f"{name}: is larger than {limit_mb} MB; paste the text instead")
    return text_from_bytes(data, name)


def _draft_input() -> str | None:
    """The text the worker gave (pasted or uploaded), or None with an error shown."""
    source = st.radio("Draft", ["Paste text", "Upload a file"], horizontal=True,
                      key="draft_source", label_visibility="collapsed")
    st.session_state.pop(_UPLOAD, None)
    if source == "Paste text":
        return st.text_area("Paste the draft", height=220, key="draft_text",
                            placeholder="Paste the case record or letter here.")
    upload = st.file_uploader(f"Upload a .txt, .md or .docx file (up to {MAX_DRAFT_MB} MB)",
                              type=DRAFT_TYPES, max_upload_size=MAX_DRAFT_MB, key="draft_file")
    if upload is None:
        return None
    try:
        text = read_upload(upload.name, upload.getvalue())
        if upload.name.lower().endswith(".docx"):
            st.session_state[_UPLOAD] = (upload.name, upload.getvalue())
        return text
    except InputError as exc:
        st.error(f"Cannot read this file. {plain_markdown(exc)}")
        return None


NO_TYPE = "Not given: every check"


def _record_type() -> str | None:
    """The record type the worker picks; its checks and targets then apply."""
    from sos_lang.record_types import record_types

    types = record_types(config_in_force())
    titles = {type_.title: name for name, type_ in types.items()}
    picked = st.selectbox("What kind of record is it?", [NO_TYPE, *titles], key="record_type",
                          help="A letter or plan is checked as the family will read it; a "
                               "case note is not asked for the sections of an assessment.")
    return titles.get(picked)


def _check(text: str | None, record_type: str | None = None) -> None:
    """Analyse the draft and keep the report in this session's memory."""
    if not text or not text.strip():
        st.warning("There is nothing to check yet: paste a draft or upload a file.")
        return
    try:
        config = config_in_force()
        with st.spinner("Checking the draft..."):
            check_record(text, "The draft")
            warm_pipeline(PROFILE, config)
            report = analyse(text, profile=PROFILE, config_path=config,
                             record_type=record_type)
    except (InputError, LexiconError) as exc:
        st.error(plain_markdown(exc))
        return
    st.session_state[_CHECKED] = {"text": text, "report": report, "config": config,
                                  "docx": st.session_state.get(_UPLOAD)}
    st.session_state.pop(_REVISED, None)


def _verdict(report: Report) -> None:
    result = verdict(report)
    if result.ready:
        st.success("**Ready to share.** No deficit, jargon or structure problems at warning "
                   "level or above. Read it once more as the family will.")
        return
    more = (f" (the {len(result.items)} most serious of {result.total})"
            if result.total > len(result.items) else "")
    st.error(f"**Fix these first** before sharing this with the family{more}:")
    items = "".join(f"<li>{html.escape(verdict_item(f))}</li>" for f in result.items)
    st.html(f'<ol class="sos-verdict">{items}</ol>')


def _scores(report: Report) -> None:
    columns = st.columns(len(SCORE_LABELS))
    for column, (name, (label, why)) in zip(columns, SCORE_LABELS.items(), strict=True):
        column.metric(label, f"{report.scores.get(name, 0.0):.0f}", help=f"{why} 0-100, "
                      "higher is better.")
    metrics = report.metrics
    st.caption(f"Reading age about {metrics.get('reading_age', 0):.0f} (Flesch-Kincaid grade + "
               f"5; aim for about 9). Flesch reading ease "
               f"{metrics.get('flesch_reading_ease', 0):.0f} (60 or more is plain). "
               f"{metrics.get('sentences', 0):.0f} sentences, on average "
               f"{metrics.get('mean_sentence_words', 0):.1f} words (aim for 15-20).")


def _sentence_item(sentence: SentenceReport) -> str:
    flag = (' <strong class="sos-opinion">opinion written as fact</strong>'
            if sentence.opinion_as_fact else "")
    label = html.escape(sentence.label or "unlabelled")
    return f"<li>{html.escape(sentence.text.strip())} <em>({label})</em>{flag}</li>"


def _columns(report: Report) -> None:
    grouped = sentences_by_column(report)
    for column, (key, title) in zip(st.columns(3), COLUMN_TITLES.items(), strict=True):
        column.markdown(f"**{title}**")
        sentences = grouped.get(key, [])
        if sentences:
            column.html("<ul>" + "".join(_sentence_item(s) for s in sentences) + "</ul>")
        else:
            column.caption("Nothing recorded here yet.")
    if grouped.get("other"):
        with st.expander(f"Other sentences ({len(grouped['other'])}): admin and description"):
            st.html("<ul>" + "".join(_sentence_item(s) for s in grouped["other"]) + "</ul>")
    opinions = sum(1 for s in report.sentences if s.opinion_as_fact)
    if opinions:
        st.caption(f"{opinions} sentence(s) state an opinion as a fact: say whose view it is "
                   "and what was seen or heard.")


def _rewrite(checked: dict) -> None:
    st.subheader("Safe replacements")
    st.caption("Only words with one unambiguous plain equivalent are replaced (for example "
               "'prior to' becomes 'before'); everything else stays a suggestion for you.")
    if st.button("Apply the safe replacements", key="apply_replacements"):
        changes = plan_rewrite(checked["report"])  # the report already holds them
        st.session_state[_REVISED] = {"text": checked["text"], "changes": changes,
                                      "revised": apply_replacements(checked["text"], changes)}
    revised = st.session_state.get(_REVISED)
    if not revised or revised["text"] != checked["text"]:
        return
    if not revised["changes"]:
        st.info("No safe replacements apply to this draft.")
        return
    st.dataframe([{"was": c.original, "now": c.replacement, "rule": c.rule_id}
                  for c in revised["changes"]], hide_index=True)
    st.text_area("Revised draft", revised["revised"], height=200, disabled=True,
                 key="revised_preview")
    st.download_button("Download the revised text", revised["revised"],
                       file_name="draft-revised.txt", mime="text/plain", on_click="ignore",
                       key="download_revised")


def _word_downloads(checked: dict) -> None:
    """For an uploaded .docx: the worker's own document back with a comment on each
    finding, or with the safe replacements made in place (built in memory, never stored)."""
    if not checked.get("docx"):
        return
    from sos_lang.word.annotate import annotated_copy, replaced_copy

    name, data = checked["docx"]
    stem = name[:-5] if name.lower().endswith(".docx") else name
    if "docx_out" not in checked:
        with st.spinner("Writing the comments into your document..."):
            checked["docx_out"] = (
                annotated_copy(data, name, checked["text"], checked["report"]),
                replaced_copy(data, name, checked["text"], checked["report"]))
    commented, replaced = checked["docx_out"]
    st.subheader("Your Word document")
    left, right = st.columns(2)
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    left.download_button("Download your draft with comments", commented,
                         file_name=f"{stem}-checked.docx", mime=mime, on_click="ignore",
                         key="download_commented")
    right.download_button("Download with the safe replacements made", replaced,
                          file_name=f"{stem}-plain.docx", mime=mime, on_click="ignore",
                          key="download_replaced")


def render() -> None:
    """Check a draft before it goes to a family."""
    st.title("Check a draft")
    st.caption("Is it plain, free of labels and jargon, clear about what happened, who is "
               "worried, what is working well and what needs to happen? Nothing you type or "
               "upload is stored or logged.")
    text = _draft_input()
    record_type = _record_type()
    if st.button("Check the draft", type="primary", key="check_draft"):
        _check(text, record_type)
    checked = st.session_state.get(_CHECKED)
    if not checked:
        return
    if text is not None and text != checked["text"]:
        st.caption("The results below are for the draft as last checked; press "
                   "*Check the draft* again after changing it.")
    report: Report = checked["report"]
    _verdict(report)
    st.subheader("Your draft, with flags marked")
    st.html(legend_html())
    st.html(highlight_html(checked["text"], spans_for(report.findings, report.highlights)))
    st.subheader("Scores")
    _scores(report)
    st.subheader("Signs of Safety columns")
    _columns(report)
    st.subheader("What was flagged and why")
    table = findings_frame(report)
    if table.empty:
        st.success("Nothing flagged.")
    else:
        st.dataframe(table, hide_index=True, column_config={"position": None})
    _word_downloads(checked)
    _rewrite(checked)
