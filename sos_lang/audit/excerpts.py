"""Redacted excerpts kept with an audited record when ``--keep-excerpts`` asks for them.

Each excerpt is the sentence around a deficit, jargon or structure finding, or one of the
first few sentences that show a Signs of Safety element (kind ``element``, the element in
``subtype``: what an audit sample shows the auditor), cut from the record redacted as a
whole (the one redaction function, with the record's family names), so the store never
holds raw record text and a name found anywhere in the record is redacted in every excerpt.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from sos_lang.report import Report, SentenceReport

EXCERPT_KINDS = ("deficit", "jargon", "structure")
MAX_EXCERPT_CHARS = 1000


def excerpts(text: str, report: Report, family_names: Sequence[str] = ()
             ) -> list[dict[str, str]]:
    """One redacted excerpt per finding worth reading in context, and up to
    ``EXCERPTS_PER_ELEMENT`` per Signs of Safety element the record shows."""
    from sos_lang.audit.elements import ELEMENT_COUNT_KIND, EXCERPTS_PER_ELEMENT, element_sentences
    from sos_lang.redact import redact_parts

    kept: list[dict[str, str]] = []
    parts: list[tuple[int, int]] = []
    starts = [sentence.start for sentence in report.sentences]
    for finding in report.findings:
        if finding.kind not in EXCERPT_KINDS or not finding.text:
            continue
        sentence = _sentence_around(report.sentences, starts, finding.start, finding.end)
        kept.append({"rule_id": finding.rule_id, "kind": finding.kind,
                     "subtype": finding.subtype, "severity": finding.severity})
        parts.append((sentence.start, sentence.end) if sentence
                     else (finding.start, finding.end))
    for element, shown in element_sentences(report).items():
        for sentence in shown[:EXCERPTS_PER_ELEMENT]:
            kept.append({"rule_id": f"element.{element}", "kind": ELEMENT_COUNT_KIND,
                         "subtype": element, "severity": "info"})
            parts.append((sentence.start, sentence.end))
    if not kept:
        return []
    redacted = redact_parts(text, parts, family_names=family_names)
    return [{**about, "excerpt": excerpt[:MAX_EXCERPT_CHARS]}
            for about, excerpt in zip(kept, redacted, strict=True)]


def _sentence_around(sentences: Sequence[SentenceReport], starts: Sequence[int], start: int,
                     end: int) -> SentenceReport | None:
    """The sentence holding [start, end), found by bisecting the sentence starts (a long
    record has thousands of sentences and findings; a scan for each finding was
    quadratic). Sentences come in text order and do not overlap."""
    index = bisect_right(starts, start) - 1
    if index >= 0 and end <= sentences[index].end:
        return sentences[index]
    return None
