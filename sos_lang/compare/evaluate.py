"""Scoring the comparison on the labelled pairs of eval/compare (issue 21): per-kind
precision and recall, the child's-words recall, and the share of a faithful draft's
sentences that get a finding (false alarms)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sos_lang.compare.core import compare
from sos_lang.compare.report import SUBTYPES

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval" / "compare"


def heldout_ids(folder: Path = EVAL_DIR) -> set[str]:
    """The ids of the held-out pairs (heldout_ids.txt, less its # comment lines)."""
    lines = (folder / "heldout_ids.txt").read_text("utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def load_pairs(part: str, folder: Path = EVAL_DIR) -> list[dict[str, Any]]:
    """The development (dev) or held-out (test) pairs; 'all' for both."""
    held = heldout_ids(folder)
    pairs = []
    for path in sorted(folder.glob("part-*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                pair = json.loads(line)
                if part == "all" or (pair["id"] in held) == (part == "test"):
                    pairs.append(pair)
    return pairs


@dataclass
class Scores:
    found: dict[str, int] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    flagged: dict[str, int] = field(default_factory=dict)
    faithful_sentences: int = 0
    faithful_flagged: int = 0
    false_alarms: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(pair id, kind, text, message) of every finding on a faithful draft: the draft
    span, or for left_out the source passage (scripts/score_compare.py --errors)."""

    def add(self, table: dict[str, int], key: str, value: int = 1) -> None:
        table[key] = table.get(key, 0) + value

    def rows(self) -> list[tuple[str, float | None, float | None, int]]:
        """(kind, precision, recall, faults) for every kind and the child's words."""
        rows = []
        for kind in (*SUBTYPES, "left_out (child's words)"):
            faults, flagged = self.faults.get(kind, 0), self.flagged.get(kind, 0)
            rows.append((kind, self.right.get(kind, 0) / flagged if flagged else None,
                         self.found.get(kind, 0) / faults if faults else None, faults))
        return rows

    @property
    def false_alarm_rate(self) -> float:
        return self.faithful_flagged / max(1, self.faithful_sentences)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(pairs: Iterable[dict[str, Any]], off: frozenset[str] = frozenset()) -> Scores:
    """Runs compare on every pair and matches findings to the planted faults by span."""
    scores = Scores()
    for pair in pairs:
        sources = [(s["kind"], s["text"]) for s in pair["sources"]]
        report = compare(pair["draft"], sources, off=off)
        draft = pair["draft"]
        faults = []
        for fault in pair["faults"]:
            if fault["kind"] == "left_out":
                text = pair["sources"][fault["source_index"]]["text"]
                at = text.find(fault["source_text"])
                span = (fault["source_index"], at, at + len(fault["source_text"]))
            else:
                at = draft.find(fault["draft_text"])
                span = (-1, at, at + len(fault["draft_text"]))
            faults.append((fault["kind"], span, fault["child_words"]))

        def hits(finding: Any, kind: str, span: tuple[int, int, int]) -> bool:
            if finding.subtype != kind:
                return False
            if kind == "left_out":
                return finding.source_index == span[0] and _overlaps(
                    (finding.source_start, finding.source_end), span[1:])
            return _overlaps((finding.start, finding.end), span[1:])

        for kind, span, child in faults:
            got = any(hits(f, kind, span) for f in report.findings)
            for name in (kind, *(("left_out (child's words)",) if child and
                                 kind == "left_out" else ())):
                scores.add(scores.faults, name)
                scores.add(scores.found, name, int(got))
        for finding in report.findings:
            scores.add(scores.flagged, finding.subtype)
            scores.add(scores.right, finding.subtype,
                       int(any(hits(finding, k, s) for k, s, _ in faults)))
        if pair["faithful"]:
            scores.faithful_sentences += len(report.sentences)
            spans = [(f.start, f.end) for f in report.findings if f.subtype != "left_out"]
            scores.faithful_flagged += sum(any(_overlaps((s, e), sp) for sp in spans)
                                           for s, e, _ in report.sentences)
            scores.faithful_flagged += sum(f.subtype == "left_out" for f in report.findings)
            scores.false_alarms.extend(
                (pair["id"], f.subtype, f.source_text if f.subtype == "left_out" else f.text,
                 f.message) for f in report.findings)
    return scores


def format_scores(scores: Scores, title: str) -> str:
    """A plain table of the scores."""
    lines = [title, f"{'kind':28} {'precision':>9} {'recall':>7} {'faults':>6}"]
    for kind, precision, recall, faults in scores.rows():
        p = f"{precision:.2f}" if precision is not None else "-"
        r = f"{recall:.2f}" if recall is not None else "-"
        lines.append(f"{kind:28} {p:>9} {r:>7} {faults:>6}")
    lines.append(f"faithful drafts: {scores.faithful_flagged} findings over "
                 f"{scores.faithful_sentences} sentences = {scores.false_alarm_rate:.1%} "
                 "false alarms")
    return "\n".join(lines)
