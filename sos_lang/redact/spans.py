"""Redacted spans: what was found, how overlapping finds are merged, and the rendered text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class RedactedSpan:
    """A stretch of the original text that was replaced, and by what kind of placeholder."""

    start: int
    end: int
    kind: str
    text: str


def overlaps(span: RedactedSpan, others: Iterable[RedactedSpan]) -> bool:
    """Whether span shares at least one character with any of the others."""
    return any(span.start < other.end and other.start < span.end for other in others)


def merge(spans: list[RedactedSpan]) -> list[RedactedSpan]:
    """Keep the longest of overlapping spans, in text order."""
    kept: list[RedactedSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not overlaps(span, kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def render(text: str, spans: list[RedactedSpan]) -> str:
    """The text with each (merged, ordered) span replaced by its ``[KIND]`` placeholder."""
    pieces, position = [], 0
    for span in spans:
        pieces.extend([text[position:span.start], f"[{span.kind}]"])
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def render_part(text: str, spans: list[RedactedSpan], start: int, end: int) -> str:
    """text[start:end] with the (merged, ordered) spans that touch it replaced by their
    placeholders: an excerpt cut from a text redacted as a whole, so that a name found
    anywhere in the text is redacted in every excerpt of it."""
    inside = [s for s in spans if s.start < end and start < s.end]
    if not inside:
        return text[start:end]
    start, end = min(start, inside[0].start), max(end, inside[-1].end)
    return render(text[start:end], [RedactedSpan(s.start - start, s.end - start, s.kind, s.text)
                                     for s in inside])
