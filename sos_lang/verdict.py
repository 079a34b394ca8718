"""Whether a record can go to a family, and the most serious things to fix first: one rule
for the draft page, the Word summary comment and anything else that gives a verdict."""

from __future__ import annotations

from dataclasses import dataclass

from sos_lang.report import SEVERITY_ORDER, Finding, Report

BLOCKING_KINDS = ("deficit", "jargon", "structure")
"""Kinds that must be fixed before a record is shared with a family (plain is advice)."""
BLOCKING_SEVERITIES = ("warning", "error")
VERDICT_ITEMS = 5


@dataclass(frozen=True)
class Verdict:
    """Whether a draft can go to a family, and the most severe things to fix first."""

    ready: bool
    items: tuple[Finding, ...]
    total: int

    @property
    def headline(self) -> str:
        return "Ready to share" if self.ready else "Fix these first"


BLOCKING_TARGETS = ("plain.reading-age-above-target",)
"""A record type's targets (record_types.py): a letter that reads above its reader's age is
not ready to share either."""


def verdict(report: Report, limit: int = VERDICT_ITEMS) -> Verdict:
    """Ready when no deficit, jargon or structure finding, and no missed target of the
    record type, is a warning or an error."""
    blocking = [f for f in report.findings
                if (f.kind in BLOCKING_KINDS or f.rule_id in BLOCKING_TARGETS)
                and f.severity in BLOCKING_SEVERITIES]
    blocking.sort(key=lambda f: (-SEVERITY_ORDER[f.severity], f.start, f.end, f.rule_id))
    return Verdict(ready=not blocking, items=tuple(blocking[:limit]), total=len(blocking))


def verdict_item(finding: Finding) -> str:
    """One plain line for the fix list: the words, why, and the first alternative."""
    what = f"\u201c{finding.text}\u201d: " if finding.text and len(finding.text) <= 80 else ""
    first = f" Try: {finding.alternatives[0]}" if finding.alternatives else ""
    return f"{what}{finding.message}{first}"
