"""Redacted excerpts kept with an audited record when ``--keep-excerpts`` asks for them.

Each excerpt is the sentence around a deficit, jargon or structure finding, cut from
the record redacted as a whole (the one redaction function, with the record's family
names), so the store never holds raw record text and a name found anywhere in the
record is redacted in every excerpt.
"""

from __future__ import annotations

from collections.abc import Sequence

from sos_lang.report import Report

EXCERPT_KINDS = ("deficit", "jargon", "structure")
MAX_EXCERPT_CHARS = 1000


def excerpts(text: str, report: Report, family_names: Sequence[str] = ()
             ) -> list[dict[str, str]]:
    """One redacted excerpt per finding worth reading in context."""
    from sos_lang.redact import redact_parts

    kept, parts = [], []
    for finding in report.findings:
        if finding.kind not in EXCERPT_KINDS or not finding.text:
            continue
        sentence = next((s for s in report.sentences
                         if s.start <= finding.start and finding.end <= s.end), None)
        kept.append(finding)
        parts.append((sentence.start, sentence.end) if sentence
                     else (finding.start, finding.end))
    if not kept:
        return []
    redacted = redact_parts(text, parts, family_names=family_names)
    return [{"rule_id": finding.rule_id, "kind": finding.kind, "subtype": finding.subtype,
             "severity": finding.severity, "excerpt": excerpt[:MAX_EXCERPT_CHARS]}
            for finding, excerpt in zip(kept, redacted, strict=True)]
