"""Page 4, vocabulary: the words sos_lang flags and suggests, the sentence and record
checks, and the local overrides in force.

Shows the rules exactly as the analysis uses them (``active_rules(find_config())``), so a
practice lead can see why something is flagged and what their authority has changed.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from sos_lang.app.common import code_span, plain_markdown
from sos_lang.lexicon.loader import Lexicon
from sos_lang.lexicon.schema import VOCABULARY_SUBTYPES, Entry, LexiconError
from sos_lang.rules.config import active_rules, find_config, read_config
from sos_lang.rules.model import RuleSet

ALL = "all"


def entries_frame(entries: list[Entry]) -> pd.DataFrame:
    """One row per entry, lists joined for reading."""
    return pd.DataFrame([{
        "rule": entry.rule_id, "vocabulary": entry.vocabulary, "subtype": entry.subtype,
        "severity": entry.severity, "terms": entry.terms_text,
        "alternatives": " / ".join(entry.alternatives), "note": entry.note,
        "source": entry.source, "safe rewrite": bool(entry.rewrite),
    } for entry in entries], columns=["rule", "vocabulary", "subtype", "severity", "terms",
                                      "alternatives", "note", "source", "safe rewrite"])


def checks_frame(rules: RuleSet) -> pd.DataFrame:
    """One row per sentence or record rule in force (plain and structure checks)."""
    return pd.DataFrame([{
        "rule": rule.rule_id, "kind": rule.kind, "looks at": rule.scope,
        "severity": rule.severity, "message": rule.message,
        "alternatives": " / ".join(rule.alternatives), "source": rule.source,
    } for rule in (*rules.sentence_rules, *rules.record_rules)],
        columns=["rule", "kind", "looks at", "severity", "message", "alternatives", "source"])


def matching_entries(lexicon: Lexicon, vocabulary: str = ALL, subtype: str = ALL,
                     search: str = "") -> list[Entry]:
    """Entries of a vocabulary and subtype whose id, terms, alternatives or note hold search."""
    needle = search.strip().lower()
    found = []
    for entry in lexicon.entries:
        if vocabulary != ALL and entry.vocabulary != vocabulary:
            continue
        if subtype != ALL and entry.subtype != subtype:
            continue
        haystack = " ".join([entry.rule_id, *entry.terms, *entry.alternatives, entry.note])
        if needle and needle not in haystack.lower():
            continue
        found.append(entry)
    return found


def _entry_detail(entry: Entry) -> None:
    # entries may come from a local vocabulary file: every value is shown as text
    st.markdown(f"#### {code_span(entry.rule_id)}")
    st.markdown(f"**{plain_markdown(entry.vocabulary)} / {plain_markdown(entry.subtype)}**, "
                f"severity **{plain_markdown(entry.severity)}**")
    st.markdown(plain_markdown(entry.note))
    st.caption(f"Source: {plain_markdown(entry.source)}")
    left, right = st.columns(2)
    with left:
        st.markdown("**Terms matched**")
        st.markdown(plain_markdown(entry.terms_text))
        if entry.expansion:
            st.markdown(f"**Stands for:** {plain_markdown(entry.expansion)}")
        st.markdown("**Write instead**")
        st.markdown(_bullets(entry.alternatives))
        if entry.rewrite:
            st.markdown("**Safe automatic replacement**")
            st.markdown(plain_markdown(", ".join(f"{old} -> {new}"
                                                 for old, new in entry.rewrite.items())))
    with right:
        st.markdown("**Flagged in these examples**")
        st.markdown(_bullets(entry.examples.flag))
        st.markdown("**Not flagged in these**")
        st.markdown(_bullets(entry.examples.no_flag))
    if entry.exceptions:
        with st.expander(f"Exception patterns ({len(entry.exceptions)})"):
            st.code("\n".join(entry.exceptions), language="text")
    st.caption(f"Defined in {plain_markdown(entry.origin)}")


def _bullets(values: list[str]) -> str:
    """A markdown list of values shown as text."""
    return "\n".join(f"- {plain_markdown(value)}" for value in values)


def _overrides(config: Path | None) -> None:
    st.subheader("Local overrides in force")
    if config is None:
        st.info("No local config found: the packaged vocabulary is in force. An authority "
                "adds, overrides, disables or allows words in `sos-lang.toml` (or "
                "`[tool.sos_lang]` in `pyproject.toml`) in the folder the app was started "
                "from.")
        return
    settings = read_config(config)
    st.markdown(f"Config: {code_span(config.resolve())}")
    files = settings.get("lexicon_files", [])
    st.markdown("**Extra vocabulary files:** " +
                (", ".join(code_span(name) for name in files) if files else "none"))
    disabled = settings.get("disable", [])
    st.markdown("**Rules switched off:** " +
                (", ".join(code_span(rule) for rule in disabled) if disabled else "none"))
    allowed = settings.get("allow", [])
    st.markdown("**Words allowed:** " +
                (", ".join(code_span(word) for word in allowed) if allowed else "none"))
    overrides = settings.get("override", {})
    if overrides:
        st.markdown("**Changed entries:**")
        st.dataframe(pd.DataFrame([{"rule": rule, "field": field, "value": str(value)}
                                   for rule, changes in overrides.items()
                                   for field, value in changes.items()]), hide_index=True)
    else:
        st.markdown("**Changed entries:** none")


def render() -> None:
    """Browse the vocabulary in force."""
    st.title("Vocabulary")
    st.caption("Every word and phrase sos_lang flags or counts as strengths-based, why, where "
               "the guidance comes from, and what to write instead.")
    try:
        config = find_config()
        rules = active_rules(str(config) if config else None)
        lexicon = rules.lexicon
    except LexiconError as exc:
        st.error(f"The local vocabulary config cannot be used: {plain_markdown(exc)}")
        return
    left, middle, right = st.columns(3)
    vocabulary = left.selectbox("Vocabulary", [ALL, *VOCABULARY_SUBTYPES], key="vocab_vocabulary")
    subtypes = (sorted({s for names in VOCABULARY_SUBTYPES.values() for s in names})
                if vocabulary == ALL else list(VOCABULARY_SUBTYPES[vocabulary]))
    subtype = middle.selectbox("Subtype", [ALL, *subtypes], key="vocab_subtype")
    search = right.text_input("Search words, alternatives and notes", key="vocab_search")
    entries = matching_entries(lexicon, vocabulary, subtype, search)
    st.caption(f"{len(entries)} of {len(lexicon.entries)} entries.")
    if not entries:
        st.info("No entry matches; clear the search or choose another vocabulary.")
    else:
        st.dataframe(entries_frame(entries), hide_index=True)
        chosen = st.selectbox("Show one entry in full", [e.rule_id for e in entries],
                              key="vocab_entry")
        _entry_detail(next(e for e in entries if e.rule_id == chosen))
    st.subheader("Sentence and record checks")
    st.caption("Plain-language checks on each sentence and Signs of Safety structure checks "
               "on sentences and whole records, as the local config leaves them.")
    st.dataframe(checks_frame(rules), hide_index=True)
    _overrides(config)
