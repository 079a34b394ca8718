"""Hostile and broken text: analyse() never raises, offsets stay valid, time grows with size."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sos_lang.analysis import analyse
from sos_lang.inputs import InputError

FRAGMENTS = [
    "Mum was non-compliant.", "مرحبا بالعالم", "שלום", "\u202eevil\u202c", "👩‍👧‍👦🔥",
    "<p onclick='x()'>Dad <b>hit</b> Sam</p>", "{\\rtf1\\ansi\\b Mum\\b0 failed to engage}",
    "\x00\x01\x07\x1b[31m", "\u200b\u200d\ufeff", "e\u0301\u0301\u0301", "'unclosed quote",
    "“curly ‘nested’ quotes”", "LAC/CLA/S47", "\t\r\n\r\n", "ﬁnancial ＣＰ plan", "...?!",
]


def assert_report_consistent(text: str, profile: str) -> None:
    try:
        report = analyse(text, profile=profile)
    except InputError:
        assert not text.strip()
        return
    for item in [*report.sentences, *report.findings, *report.highlights]:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
    assert all(0 <= value <= 100 for value in report.scores.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=3000))
def test_arbitrary_unicode_fast(text: str) -> None:
    assert_report_consistent(text, "fast")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), min_size=1,
                max_size=30).map(" ".join))
def test_mixed_fragments_both_profiles(text: str) -> None:
    assert_report_consistent(text, "fast")
    assert_report_consistent(text, "accurate")


@pytest.mark.slow
def test_five_megabyte_single_line_in_time_bounded_by_size(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Time grows with the text, not its square; the record cap (1,000,000 characters by
    default, which analyse() enforces) is raised so that 5 MB may be analysed at all."""
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "6000000")
    unit = "Mum was non-compliant and failed to engage with the plan "
    small = unit * (500_000 // len(unit))
    large = unit * (5_000_000 // len(unit))
    timings = []
    for text in (small, large):
        started = time.perf_counter()
        assert_report_consistent(text, "fast")
        timings.append(time.perf_counter() - started)
    assert timings[1] < 25 * timings[0] + 5  # about linear: 10x the text, not 100x the time


@pytest.mark.slow
def test_hundred_thousand_one_word_lines() -> None:
    assert_report_consistent("word\n" * 100_000, "fast")
