"""Redacted spans: what was found, how overlapping finds are merged, and the rendered text."""

from __future__ import annotations

import bisect
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


class Cover:
    """Spans asked "does any of you overlap this one?" in logarithmic time: the spans
    sorted by start, with the furthest end among each prefix (the same answer as
    :func:`overlaps`, which reads every span: a long text's thousands of names against its
    thousands of identifiers cost seconds)."""

    def __init__(self, spans: Iterable[RedactedSpan]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        self._furthest: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._furthest.append(furthest)

    def overlaps(self, span: RedactedSpan) -> bool:
        """Whether span shares at least one character with any of the spans."""
        before = bisect.bisect_left(self._starts, span.end)  # those that start before its end
        return before > 0 and self._furthest[before - 1] > span.start


def merge(spans: list[RedactedSpan]) -> list[RedactedSpan]:
    """Keep the longest of overlapping spans, in text order. The spans kept never overlap
    (as :func:`overlaps` has it), so a new one can overlap only the kept span that starts
    last before its end; empty spans come last (the longest first) and block no other
    empty one, so they are not indexed."""
    kept: list[RedactedSpan] = []
    starts: list[int] = []
    ends: list[int] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        index = bisect.bisect_left(starts, span.end)
        if index and ends[index - 1] > span.start:
            continue
        if span.end > span.start:
            starts.insert(index, span.start)
            ends.insert(index, span.end)
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
