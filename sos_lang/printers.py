"""What the commands print: a report (the text with flags marked, reasons, alternatives,
scores), classified sentences, vocabulary entries, run errors and evaluation tables."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sos_lang.report import Finding, Report

if TYPE_CHECKING:
    import pandas as pd

    from sos_lang.lexicon.loader import Lexicon
    from sos_lang.lexicon.schema import Entry
    from sos_lang.statements.model import Classification

_STYLE = {"deficit": "\033[1;31m", "jargon": "\033[1;33m", "plain": "\033[4m",
          "structure": "\033[1;35m"}
_RESET = "\033[0m"
_MARKS = {"deficit": ("[[", "]]"), "jargon": ("{{", "}}")}

_UNPRINTABLE = re.compile("\r(?!\n)|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f"
                          "\u202a-\u202e\u2066-\u2069]")
"""Control characters (C0 but tab and newline, a carriage return not ending a line, DEL,
C1) and bidirectional overrides: printed raw they move the cursor, rewrite earlier
output, set the window title or reorder what is shown."""


def safe_to_print(text: str, limit: int | None = None) -> str:
    """Text from input made safe to print on a terminal: each control character becomes
    U+FFFD (so printed offsets still line up) and, given a limit, it is cut to that many
    characters with an ellipsis. The one helper every message and report uses for
    text that came from a file."""
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "\u2026"
    return _UNPRINTABLE.sub("\ufffd", text)


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def _word_findings(findings: Sequence[Finding]) -> list[tuple[int, Finding]]:
    """Word-level findings numbered in text order (sentence-level ones are listed, not marked)."""
    word_level = [f for f in findings if f.kind in _MARKS]
    return list(enumerate(word_level, start=1))


def marked_text(text: str, report: Report, colour: bool) -> str:
    """The text with each word-level finding wrapped and numbered."""
    pieces: list[str] = []
    position = 0
    for number, finding in _word_findings(report.findings):
        if finding.start < position:  # overlapping: already inside an earlier mark
            continue
        pieces.append(safe_to_print(text[position:finding.start]))
        shown = safe_to_print(finding.text)
        if colour:
            pieces.append(f"{_STYLE[finding.kind]}{shown}{_RESET}[{number}]")
        else:
            left, right = _MARKS[finding.kind]
            pieces.append(f"{left}{shown}{right}[{number}]")
        position = finding.end
    pieces.append(safe_to_print(text[position:]))
    return "".join(pieces)


def _finding_lines(number: str, finding: Finding) -> list[str]:
    lines = [f"  {number} {finding.severity.upper():7} {finding.kind}/{finding.subtype} "
             f"\u201c{_short(finding.text)}\u201d"]
    lines.append(f"      {finding.message}")
    if finding.alternatives:
        lines.append("      try: " + " | ".join(finding.alternatives))
    return lines


def _short(text: str, limit: int = 70) -> str:
    return safe_to_print(" ".join(text.split()), limit)


def to_text(text: str, report: Report, colour: bool = False) -> str:
    """The human report printed by ``sos-lang check``."""
    out = [marked_text(text, report, colour).rstrip(), ""]
    numbered = _word_findings(report.findings)
    if numbered:
        out.append("Wording to change:")
        for number, finding in numbered:
            out.extend(_finding_lines(f"[{number}]", finding))
    sentence_level = [f for f in report.findings if f.kind not in _MARKS]
    if sentence_level:
        out.append("Sentences to look at:")
        for finding in sentence_level:
            out.extend(_finding_lines(" - ", finding))
    if not report.findings:
        out.append("No wording or plain-language findings.")
    metrics = report.metrics
    out.append("")
    out.append("Scores (0-100, higher is better): " + ", ".join(
        f"{name} {value:.0f}" for name, value in report.scores.items()))
    out.append(
        f"Reading: Flesch reading ease {metrics['flesch_reading_ease']:.0f} (60+ is plain), "
        f"reading age {metrics['reading_age']:.0f}, "
        f"{metrics['mean_sentence_words']:.1f} words a sentence, "
        f"{metrics['share_sentences_over_25']:.0%} of sentences over 25 words, "
        f"{metrics['passive_share']:.0%} passive.")
    return "\n".join(out) + "\n"


def classification_line(result: Classification, style: str) -> str:
    """One classified sentence for ``sos-lang classify`` (``text`` or ``jsonl``)."""
    if style == "jsonl":
        return json.dumps(result.to_dict(), ensure_ascii=False)
    flag = "  [opinion as fact]" if result.opinion_as_fact else ""
    return f"{result.label:13} {result.confidence:.2f}  {safe_to_print(result.text)}{flag}"


def entry_line(entry: Entry) -> str:
    """One vocabulary entry in ``sos-lang lexicon list``."""
    by_shape = entry.any_acronym or entry.word_shape
    terms = entry.terms_text if by_shape else ", ".join(entry.terms[:4])
    return f"{entry.rule_id:45} {entry.subtype:12} {entry.severity:8} {terms}"


def acronym_lines(lexicon: Lexicon) -> list[str]:
    """The acronym rule's data for ``sos-lang lexicon acronyms``: what it leaves alone (the
    everyday allowlist, words a local config allows, code shapes) and the expansion table."""
    from sos_lang.lexicon.acronyms import acronym_data, allowlist_path

    data = acronym_data()
    lines = [f"Everyday acronyms, never flagged ({allowlist_path().name}):"]
    lines += [f"  {item.acronym:8} {item.note} [{item.source}]" for item in data.everyday]
    lines.append("One word shortened, read as the word: "
                 + ", ".join(sorted(data.word_abbreviations)))
    lines.append("Two-letter words written for stress in running text: "
                 + ", ".join(sorted(data.short_emphasis)))
    lines.append("Trading names of shops and chains, written in capitals: "
                 + ", ".join(sorted(data.trading_names)))
    lines.append("Prefixes of a boat's name, before its name where the record speaks of a "
                 "boat: " + ", ".join(sorted(data.vessel_prefixes)))
    lines.append("Allowed by the local config (allow):")
    lines += [f"  {word}" for word in sorted(lexicon.allowed)] or ["  (none)"]
    lines.append("Codes and identifiers, never flagged:")
    lines += [f"  {shape.name:18} {shape.note}" for shape in data.codes]
    lines.append("  and anything redaction finds by its pattern (NI numbers, registrations, "
                 "references, dates, addresses, school names)")
    table = [entry for entry in lexicon.entries
             if entry.subtype == "acronym" and entry.expansion]
    lines.append(f"Known acronyms: {len(table)} entries, each offering its expansion "
                 "(any other acronym is asked to be spelled out the first time):")
    lines += [f"  {', '.join(entry.terms[:3]):24} {entry.expansion:48} {entry.rule_id}"
              for entry in sorted(table, key=lambda e: e.terms[0])]
    return lines


def entry_lines(entry: Entry) -> list[str]:
    """One vocabulary entry in full, for ``sos-lang lexicon show``."""
    lines = [f"{entry.rule_id} ({entry.vocabulary}/{entry.subtype}, {entry.severity})",
             f"  terms:        {entry.terms_text}"]
    if entry.expansion:
        lines.append(f"  stands for:   {entry.expansion}")
    lines += [f"  alternatives: {' | '.join(entry.alternatives)}",
              f"  why:          {entry.note}",
              f"  source:       {entry.source}"]
    if entry.exceptions:
        lines.append(f"  not when:     {' | '.join(entry.exceptions)}")
    if entry.rewrite:
        lines.append("  rewrites:     " + ", ".join(f"{k} -> {v}"
                                                  for k, v in entry.rewrite.items()))
    lines += [f"  flags:        {' | '.join(entry.examples.flag)}",
              f"  does not:     {' | '.join(entry.examples.no_flag)}",
              f"  defined in:   {entry.origin}"]
    return lines


def errors_text(frame: pd.DataFrame) -> str:
    """The run errors for ``sos-lang errors``: tab-separated source, record id and reason
    (often pasted into a spreadsheet, so written by the formula-safe CSV writer)."""
    from sos_lang.spreadsheet import frame_to_csv

    if frame.empty:
        return "No errors recorded.\n"
    rows = frame[["source", "record_id", "reason"]].fillna({"record_id": "-"})
    return frame_to_csv(rows, sep="\t", header=False)


def trend_text(table: pd.DataFrame, metric: str) -> str:
    """The trend table ``sos-lang trends`` prints: periods down, groups across, 'n<5'
    where suppressed."""
    from sos_lang.store.trends import MIN_CELL_RECORDS

    if table.empty:
        return "No dated records in the store.\n"
    cells = table.assign(cell=[
        f"n<{MIN_CELL_RECORDS}" if suppressed else f"{mean:.1f} ({records})"
        for mean, records, suppressed in zip(table["mean"], table["records"],
                                             table["suppressed"], strict=True)])
    wide = cells.pivot(index="period", columns="group", values="cell").fillna("-")
    header = (f"{metric}: mean (records) per cell; cells with fewer than {MIN_CELL_RECORDS} "
              "records are suppressed\n")
    return header + wide.to_string() + "\n"


def equity_text(table: pd.DataFrame, column: str, caution: str) -> str:
    """The equity table ``sos-lang trends --by COLUMN`` prints: per measure, the whole then
    each group with its rate or share and its ratio to the whole (95% interval); '*' marks
    an interval that excludes 1, 'suppressed' a group hidden for its size."""
    import textwrap

    from sos_lang.store.equity import WHOLE, differs, measures

    kinds = {measure.id: measure.kind for measure in measures()}
    if table.empty:
        return f"No records with the grouping column {column!r}.\n"
    width = min(60, max(len(str(group)) for group in table["group"]))
    lines = [f"Equity view by {column} (ratio to all records, 95% interval; * excludes 1)"]
    for _, block in table.groupby("measure", sort=False):
        lines += ["", str(block["title"].iloc[0])]
        for row in block.to_dict("records"):
            name = safe_to_print(str(row["group"]), width)
            if row["suppressed"]:
                lines.append(f"  {name:<{width}} suppressed")
                continue
            share = kinds[row["measure"]] == "share"
            value = f"{row['value']:.1%}" if share else f"{row['value']:.2f}"
            ratio = ("" if row["group"] == WHOLE else
                     f"  ratio {row['ratio']:.2f}" + (
                         f" ({row['low']:.2f} to {row['high']:.2f})"
                         if row["low"] == row["low"] else " (no interval)")
                     + (" *" if differs(row) else ""))
            lines.append(f"  {name:<{width}} {row['records']:>6} records  {value:>7}{ratio}")
    lines += ["", *textwrap.wrap(caution, 90)]
    return "\n".join(lines) + "\n"


_EVALUATION_TITLES = {
    "statements_by_writer": "Statement classifier, each writer's part left out of training "
                            "in turn (the headline figures)",
    "statements": "Statement classifier, held-out split (families never trained on; every "
                  "writer on both sides)",
    "lexicon": "Lexicons, held-out test part of eval/lexicon_heldout.jsonl",
    "redaction": "Redaction, held-out test part of eval/redaction_set.jsonl",
    "passive": "Passive voice, eval/passive_test.jsonl (be + participle: passive or adjective)",
    "headings": "Statement labels on mapping documents built from the corpus, each writer "
                "left out: without and with the heading each sentence is under",
    "opinion": "opinion_as_fact on published fact-and-opinion examples, "
               "eval/published_opinion.jsonl (test part held out)",
}


def evaluation_text(result: Mapping[str, Any]) -> str:
    """The tables ``sos-lang evaluate`` prints, one titled section per part evaluated."""
    from sos_lang.evaluation.headings import format_headings_evaluation
    from sos_lang.evaluation.lexicon import format_lexicon_evaluation
    from sos_lang.evaluation.opinion import format_opinion_evaluation
    from sos_lang.evaluation.passive import format_passive_evaluation
    from sos_lang.evaluation.redaction import format_redaction_evaluation
    from sos_lang.evaluation.statements import format_by_writer, format_evaluation

    formatters = {"statements_by_writer": format_by_writer, "statements": format_evaluation,
                  "lexicon": format_lexicon_evaluation,
                  "redaction": format_redaction_evaluation,
                  "passive": format_passive_evaluation,
                  "headings": format_headings_evaluation,
                  "opinion": format_opinion_evaluation}
    lines: list[str] = []
    for part, title in _EVALUATION_TITLES.items():
        if part in result:
            lines += [title, formatters[part](result[part])]
    return "\n".join(lines)
