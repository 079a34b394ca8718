"""Page: check a draft against its notes (issue 21). The draft and the source side by
side; the draft's unsupported, invented, unattributed and introduced spans marked, each
with the nearest source passage on hover, and that passage marked in the source.

Nothing typed is stored, cached or logged: both texts live in this session's memory.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from sos_lang.app.highlight import Span, highlight_html
from sos_lang.inputs import InputError

KIND_OF = {"unsupported": "deficit", "invented_specific": "deficit",
           "attribution_lost": "structure", "wording_introduced": "structure",
           "left_out": "jargon"}
"""The draft page's colours reused: red for content not in the source, purple for
attribution and wording, yellow for source passages the draft left out or is nearest."""
SOURCE_KINDS = ["transcript", "srt", "vtt", "notes", "record"]


def render() -> None:
    """Two text areas, one button, then both texts marked and the findings listed."""
    st.title("Check a draft against its notes")
    st.caption("Paste the draft and what it was written from: a transcript (speaker turns, "
               "SRT or WebVTT) or notes. Nothing is stored.")
    left, right = st.columns(2)
    draft = left.text_area("Draft", height=260, key="compare_draft")
    kind = right.selectbox("Source kind", SOURCE_KINDS, key="compare_kind")
    source = right.text_area("Source (transcript or notes)", height=200, key="compare_source")
    if not st.button("Compare", key="compare_run", type="primary"):
        return
    from sos_lang.compare import compare

    try:
        report = compare(draft or "", [(kind, source or "")])
    except InputError as exc:
        st.error(str(exc))
        return
    st.metric("Support score", f"{report.support_score:.0f} / 100")
    draft_spans = [Span(f.start, f.end, KIND_OF[f.subtype], f.subtype,
                        f"{f.subtype}: {f.message}. Nearest source: {f.source_text}")
                   for f in report.findings if f.end > f.start]
    source_spans = [Span(f.source_start, f.source_end, "jargon", f.subtype,
                         f"{f.subtype}: {f.text or f.message}")
                    for f in report.findings if f.source_end > f.source_start]
    left, right = st.columns(2)
    with left:
        st.subheader("Draft")
        st.html(highlight_html(draft, draft_spans))
    with right:
        st.subheader("Source")
        st.html(highlight_html(source, source_spans))
    if report.findings:
        st.dataframe(pd.DataFrame(
            [{"kind": f.subtype, "severity": f.severity, "draft": f.text,
              "nearest source": f.source_text, "why": f.message} for f in report.findings]),
            hide_index=True, key="compare_findings")
    else:
        st.success("Everything in the draft was found in the source.")
