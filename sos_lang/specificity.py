"""Concrete detail in one sentence, for the scores.

Two measures, both from the sentence text alone (so chunked analysis gives the same):

- ``features``: which of the five things a specific statement says (who, what behaviour,
  when, the impact on the child, whose view it is or how it is known). Each feature is a
  list of pattern groups named in ``thresholds.yaml`` (``evidence_score.specific_detail``):
  the structure checks' patterns (``data/structure_checks.yaml``) and the concrete-detail
  patterns (``data/concrete_detail.yaml``), so a statement rule and the score read one
  definition.
- ``stop_goal``: whether a goal is phrased as the bad thing that will stop instead of the
  good thing that will happen (``data/goal_phrasing.yaml``).
- ``detail_words``: how many words are concrete details (numbers, dates, days, times, counts
  of times, names, quoted words), which the plain score does not count in full as length.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from sos_lang.caseless import CaselessPattern, declared_pattern
from sos_lang.lexicon.context import detail_spans, observation, quoted_spans
from sos_lang.regex_cache import compile as _compile
from sos_lang.rules.model import SentenceText, pattern_group, sentence_text
from sos_lang.settings import load_yaml, thresholds

_WORD_START = re.compile(r"(?<![\w'’-])[\w'’-]")
"""The first character of each word (a run of word characters, apostrophes and hyphens)."""


Sentence = str | SentenceText
"""A sentence's text, or its SentenceText (shared with the sentence rules, so the pattern
groups both read run once per sentence)."""


def _sentence(text: Sentence) -> SentenceText:
    return text if isinstance(text, SentenceText) else sentence_text(text)


def _pattern_test(patterns: list[str]) -> Callable[[SentenceText], bool]:
    """Whether any of a group's patterns matches, read as the structure checks read them
    (rules/checks.py): case-insensitive ones on the lower-cased text, in one pass. The
    compiled group is the same tuple a rule's ``unless_any`` holds for the same list (the
    patterns are compiled once each, and pattern_group makes equal groups one), so both
    share one answer per sentence."""
    compiled = pattern_group(declared_pattern(pattern) for pattern in patterns)
    return lambda sentence: sentence.matches_any(compiled)


def _detail_spans(sentence: SentenceText) -> list[tuple[int, int]]:
    return detail_spans(sentence.text, sentence.lowered)


def _observation(sentence: SentenceText) -> bool:
    return observation(sentence.text, sentence.lowered)


@functools.cache
def _groups() -> dict[str, Callable[[SentenceText], bool]]:
    """Every pattern group a feature may name."""
    groups = {name: _pattern_test(patterns)
              for name, patterns in load_yaml("structure_checks.yaml")["patterns"].items()}
    groups["detail"] = lambda sentence: bool(sentence.answer(_detail_spans))
    groups["observation"] = lambda sentence: sentence.answer(_observation)
    return groups


@functools.cache
def _features() -> dict[str, tuple[Callable[[SentenceText], bool], ...]]:
    groups = _groups()
    named = thresholds()["evidence_score"]["specific_detail"]["features"]
    return {feature: tuple(groups[group] for group in group_names)
            for feature, group_names in named.items()}


def features(text: Sentence) -> frozenset[str]:
    """The specific-statement features the sentence has (worked out once per SentenceText)."""
    return _sentence(text).answer(_found_features)


def _found_features(sentence: SentenceText) -> frozenset[str]:
    found = []
    for name, tests in _features().items():
        for test in tests:  # a loop, not any(): this runs for every sentence of a record
            if test(sentence):
                found.append(name)
                break
    return frozenset(found)


def feature_share(text: Sentence) -> float:
    """Share (0-1) of the specific-statement features the sentence has."""
    return len(features(text)) / len(_features())


@functools.cache
def _name_pattern() -> re.Pattern[str]:
    """Compiled by regex_cache: the pattern opens with a lookbehind, which re alone tries
    at every position of every new sentence."""
    return _compile(thresholds()["plain_score"]["name_pattern"])


def detail_words(text: Sentence) -> int:
    """Words inside a concrete detail: a number, date, day, time or count of times, a
    quotation, or a name (a capitalised word that does not start the sentence); worked out
    once per SentenceText."""
    return _sentence(text).answer(_detail_word_count)


def _detail_word_count(sentence: SentenceText) -> int:
    text = sentence.text
    spans = [*sentence.answer(_detail_spans), *quoted_spans(text),
             *(match.span() for match in _name_pattern().finditer(text))]
    if not spans:
        return 0
    # the spans' union as sorted, disjoint stretches
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif start < end:
            merged.append([start, end])
    # a word starts inside a stretch: its first character is a word character with none
    # before it, so each stretch's starts are found by one search in C, not a Python walk
    return sum(len(_WORD_START.findall(text, start, end)) for start, end in merged)


@functools.cache
def _stop_goal_pattern() -> CaselessPattern:
    return CaselessPattern(load_yaml("goal_phrasing.yaml")["stop"])


def stop_goal(text: Sentence) -> bool:
    """Whether a goal sentence says what will stop ("will not shout") rather than what will
    happen ("will talk calmly"), which Signs of Safety guidance asks for. Worked out once per
    SentenceText (every record's goal sentences are asked, and records repeat them), on the
    lower-cased text as every case-insensitive pattern runs."""
    return _sentence(text).answer(_stop_goal)


def _stop_goal(sentence: SentenceText) -> bool:
    return _stop_goal_pattern().search(sentence.text, sentence.lowered) is not None
