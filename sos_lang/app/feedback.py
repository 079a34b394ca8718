"""What the draft page says about a report: the three columns and the findings table (the
verdict is ``sos_lang.verdict``).

Pure functions of the Report, so the page stays thin and the rules are tested directly.
"""

from __future__ import annotations

import pandas as pd

from sos_lang.report import SEVERITY_ORDER, Report, SentenceReport

COLUMN_TITLES = {
    "worried": "What are we worried about?",
    "working_well": "What's working well?",
    "needs_to_happen": "What needs to happen?",
}

SCORE_LABELS = {
    "overall": ("Overall", "The mean of the five scores below."),
    "plain": ("Plain", "Reading ease, sentence length, long sentences and passive voice."),
    "jargon": ("Jargon", "Care jargon, unexplained acronyms and complex words per 100 words."),
    "deficit": ("Deficit", "Labels, blame, compliance and doubt words per 100 words."),
    "strengths": ("Strengths", "Strengths-based wording, and what is working well beside "
                               "the worries."),
    "evidence": ("Evidence", "Owned opinions, complete danger and harm statements, worries "
                             "grounded in what happened."),
}
"""Display name and a one-line explanation per score (formulas: README, Scores)."""


def sentences_by_column(report: Report) -> dict[str, list[SentenceReport]]:
    """The report's sentences grouped by Signs of Safety column ('other' last)."""
    grouped: dict[str, list[SentenceReport]] = {column: [] for column in COLUMN_TITLES}
    grouped["other"] = []
    for sentence in report.sentences:
        grouped.setdefault(sentence.column or "other", []).append(sentence)
    return grouped


def findings_frame(report: Report) -> pd.DataFrame:
    """Every finding as a table row, most severe first, then in text order."""
    rows = [{"severity": f.severity, "kind": f.kind, "subtype": f.subtype,
             "words": f.text if f.text else "(whole record)", "why": f.message,
             "alternatives": " / ".join(f.alternatives), "rule": f.rule_id,
             "position": f.start}
            for f in sorted(report.findings,
                            key=lambda f: (-SEVERITY_ORDER[f.severity], f.start, f.rule_id))]
    columns = ["severity", "kind", "subtype", "words", "why", "alternatives", "rule", "position"]
    return pd.DataFrame(rows, columns=columns)
