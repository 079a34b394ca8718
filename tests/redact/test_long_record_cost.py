"""A long record's names cost its length, not its square: merging spans reads only the
kept spans near each one, and a sentence's bounds only the name's line; both give what
reading everything gave."""

from __future__ import annotations

import random
import time

from sos_lang.redact.lines import sentence_end, sentence_start
from sos_lang.redact.spans import RedactedSpan, merge, overlaps


def _random_spans(count: int, seed: int) -> list[RedactedSpan]:
    rng = random.Random(seed)
    spans = []
    for _ in range(count):
        start = rng.randrange(0, count * 5)
        end = start + rng.randrange(1, 12)
        spans.append(RedactedSpan(start, end, rng.choice(["NAME", "PHONE"]), "x"))
    return spans


def _merge_by_reading_all(spans: list[RedactedSpan]) -> list[RedactedSpan]:
    kept: list[RedactedSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not overlaps(span, kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def test_merge_keeps_what_reading_every_kept_span_kept() -> None:
    for seed in range(5):
        spans = _random_spans(400, seed)
        assert merge(spans) == _merge_by_reading_all(spans)


def test_merging_many_spans_is_not_quadratic() -> None:
    # 40,000 spans: reading every kept span for each took minutes; a bisect takes well
    # under a second even on a loaded machine
    spans = [RedactedSpan(i * 10, i * 10 + 5, "NAME", "x") for i in range(40_000)]
    began = time.perf_counter()
    assert len(merge(spans)) == 40_000
    assert time.perf_counter() - began < 5


def _sentence_start_reading_back(text: str, position: int) -> int:
    cut = max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "\n"))
    start = cut + 1 if cut >= 0 else 0
    while start < position and text[start].isspace():
        start += 1
    return start


def _sentence_end_reading_on(text: str, position: int) -> int:
    ends = [found for found in (text.find(mark, position) for mark in (". ", "! ", "? ", "\n"))
            if found >= 0]
    return min(ends, default=len(text))


def test_sentence_bounds_read_only_the_line_and_find_the_same() -> None:
    rng = random.Random(7)
    pieces = ["Kai rang", ". ", "! ", "? ", "\n", " ", "mum", "?", ".", "Jo"]
    for _ in range(50):
        text = "".join(rng.choice(pieces) for _ in range(60))
        for position in range(len(text) + 1):
            assert sentence_start(text, position) == _sentence_start_reading_back(text, position)
            assert sentence_end(text, position) == _sentence_end_reading_on(text, position)


def test_sentence_bounds_in_a_long_record_are_not_quadratic() -> None:
    # no "?" or "!" anywhere: each look for one read back to the record's start
    text = "Seen Kai at home\n" * 30_000
    began = time.perf_counter()
    for position in range(0, len(text), 17):
        sentence_start(text, position)
        sentence_end(text, position)
    assert time.perf_counter() - began < 5
