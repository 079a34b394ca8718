"""A long record's names cost its length, not its square: merging spans reads only the
kept spans near each one, and gives what reading them all gave."""

from __future__ import annotations

import random
import time

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
