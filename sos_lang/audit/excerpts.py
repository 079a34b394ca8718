"""Redacted excerpts kept with an audited record when ``--keep-excerpts`` asks for them.

Each excerpt is the sentence around a deficit, jargon or structure finding, cut from
the record redacted as a whole (the one redaction function, with the record's family
names), so the store never holds raw record text and a name found anywhere in the
record is redacted in every excerpt.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from sos_lang.report import Report, SentenceReport

EXCERPT_KINDS = ("deficit", "jargon", "structure")
MAX_EXCERPT_CHARS = 1000


def excerpts(text: str, report: Report, family_names: Sequence[str] = ()
             ) -> list[dict[str, str]]:
    """One redacted excerpt per finding worth reading in context."""
    from sos_lang.redact import redact_parts

    kept, parts = [], []
    starts = [sentence.start for sentence in report.sentences]
    for finding in report.findings:
        if finding.kind not in EXCERPT_KINDS or not finding.text:
            continue
        sentence = _sentence_around(report.sentences, starts, finding.start, finding.end)
        kept.append(finding)
        parts.append((sentence.start, sentence.end) if sentence
                     else (finding.start, finding.end))
    if not kept:
        return []
    redacted = redact_parts(text, parts, family_names=family_names)
    return [{"rule_id": finding.rule_id, "kind": finding.kind, "subtype": finding.subtype,
             "severity": finding.severity, "excerpt": excerpt[:MAX_EXCERPT_CHARS]}
            for finding, excerpt in zip(kept, redacted, strict=True)]


def _sentence_around(sentences: Sequence[SentenceReport], starts: Sequence[int], start: int,
                     end: int) -> SentenceReport | None:
    """The sentence holding [start, end), found by bisecting the sentence starts (a long
    record has thousands of sentences and findings; a scan for each finding was
    quadratic). Sentences come in text order and do not overlap."""
    index = bisect_right(starts, start) - 1
    if index >= 0 and end <= sentences[index].end:
        return sentences[index]
    return None
