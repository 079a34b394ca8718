"""The quick test run before each redaction pattern on a long text (``prefilter``) and the
driver's letterless path: a pattern is skipped only where it could match nothing, so the
spans are the same with and without them, and a hostile megabyte of digits runs only the
few patterns a digit can meet."""

from __future__ import annotations

import re

import pytest

from sos_lang.redact import patterns as redact_patterns
from sos_lang.redact import pipeline, redact
from sos_lang.redact.patterns import _patterns_for, pattern_spans
from sos_lang.redact.prefilter import distinct_characters, pattern_needs
from sos_lang.redact.rules import rules


def _holds(regex: re.Pattern[str], text: str) -> bool:
    need = pattern_needs([regex])[0]
    return need.holds(distinct_characters(text), {})


@pytest.mark.parametrize(("pattern", "flags", "text", "expected"), [
    (r"\bflat\s+\d+", re.IGNORECASE, "0123 456", False),  # needs f, l, a, t
    (r"\bflat\s+\d+", re.IGNORECASE, "FLAT 3", True),  # case folded as re folds it
    (r"k\d", re.IGNORECASE, "\u212a1", True),  # the Kelvin sign folds to k
    (r"(?!abc)\d+", 0, "123", True),  # a negative lookahead asks nothing
    (r"(?=x)\d", 0, "123", False),  # a positive one's character is in the text
    (r"a|\d", 0, "5", True),  # one of the branches
    (r"(?:a|b)c", 0, "ab", False),  # all of the sequence
    (r"x?\d", 0, "7", True),  # an optional item asks nothing
    (r"[^\W\d_]+", 0, "12_34", False),  # a letter
    (r"(?-i:[A-Z])\d", re.IGNORECASE, "a1", False),  # the flags where it stands
])
def test_need_of_a_pattern(pattern: str, flags: int, text: str, expected: bool) -> None:
    assert _holds(re.compile(pattern, flags), text) is expected


def _examples() -> list[str]:
    texts = []
    for rule in [*rules().patterns, *rules().table_columns]:
        texts += [re.sub(r"\[\[|\]\]", "", example) for example in (*rule.redact, *rule.keep)]
    return texts


def test_filter_forced_on_every_rule_example_changes_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _examples()
    before = [pattern_spans(text) for text in texts]
    monkeypatch.setattr(redact_patterns, "LONG_TEXT", 0)
    assert [pattern_spans(text) for text in texts] == before


def test_a_line_of_digits_runs_few_patterns() -> None:
    text = "0123456789" * 3000
    ran = list(_patterns_for(text))
    assert len(ran) <= 10, len(ran)
    assert len(list(_patterns_for("0123456789"))) > 30  # a short text runs them all


@pytest.mark.parametrize("text", [
    "07700 900123 | 12/03/2024 | 9434765919",
    "0113 496 0000\n45/3\n+44 7700 900123 #58213",
    "0123456789" * 3000 + " 07700 900123",
])
def test_letterless_path_finds_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = redact(text, use_model=False)
    monkeypatch.setattr(pipeline, "_LETTER", re.compile(""))  # every text "has a letter"
    monkeypatch.setattr(redact_patterns, "LONG_TEXT", 10**12)
    assert redact(text, use_model=False) == found
    assert found[1]


def test_cover_and_merge_answer_as_the_plain_reading() -> None:
    """The indexed overlap test and merge give what reading every span gives, empty spans
    and spans of the same start among them (random spans, a fixed seed)."""
    import random

    from sos_lang.redact.spans import Cover, RedactedSpan, merge, overlaps

    def plain_merge(spans: list[RedactedSpan]) -> list[RedactedSpan]:
        kept: list[RedactedSpan] = []
        for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if not overlaps(span, kept):
                kept.append(span)
        return sorted(kept, key=lambda s: s.start)

    chance = random.Random(16)
    for _ in range(300):
        spans = []
        for _ in range(chance.randint(0, 30)):
            start = chance.randint(0, 60)
            end = start + chance.choice([0, 1, 2, 3, 5, 8, 13])
            spans.append(RedactedSpan(start, end, "X", ""))
        assert merge(spans) == plain_merge(spans)
        cover = Cover(spans[: len(spans) // 2])
        for span in spans:
            assert cover.overlaps(span) == overlaps(span, spans[: len(spans) // 2])
