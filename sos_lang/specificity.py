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

from sos_lang.caseless import declared_pattern
from sos_lang.lexicon.context import detail_spans, observation, quoted_spans
from sos_lang.rules.model import matches_any
from sos_lang.settings import load_yaml, thresholds

_WORD = re.compile(r"[\w'’-]+")


def _pattern_test(patterns: list[str]) -> Callable[[str], bool]:
    """Whether any of a group's patterns matches, read as the structure checks read them
    (rules/checks.py): case-insensitive ones on the lower-cased text, in one pass."""
    compiled = tuple(declared_pattern(pattern) for pattern in patterns)
    return lambda text: matches_any(text, compiled)


@functools.cache
def _groups() -> dict[str, Callable[[str], bool]]:
    """Every pattern group a feature may name."""
    groups = {name: _pattern_test(patterns)
              for name, patterns in load_yaml("structure_checks.yaml")["patterns"].items()}
    groups["detail"] = lambda text: bool(detail_spans(text))
    groups["observation"] = observation
    return groups


@functools.cache
def _features() -> dict[str, tuple[Callable[[str], bool], ...]]:
    groups = _groups()
    named = thresholds()["evidence_score"]["specific_detail"]["features"]
    return {feature: tuple(groups[group] for group in group_names)
            for feature, group_names in named.items()}


def features(text: str) -> frozenset[str]:
    """The specific-statement features the sentence has."""
    return frozenset(name for name, tests in _features().items()
                     if any(test(text) for test in tests))


def feature_share(text: str) -> float:
    """Share (0-1) of the specific-statement features the sentence has."""
    return len(features(text)) / len(_features())


@functools.cache
def _name_pattern() -> re.Pattern[str]:
    return re.compile(thresholds()["plain_score"]["name_pattern"])


def detail_words(text: str) -> int:
    """Words inside a concrete detail: a number, date, day, time or count of times, a
    quotation, or a name (a capitalised word that does not start the sentence)."""
    spans = [*detail_spans(text), *quoted_spans(text),
             *(match.span() for match in _name_pattern().finditer(text))]
    if not spans:
        return 0
    return sum(1 for word in _WORD.finditer(text)
               if any(start <= word.start() < end for start, end in spans))


@functools.cache
def _stop_goal_pattern() -> re.Pattern[str]:
    return re.compile(load_yaml("goal_phrasing.yaml")["stop"], re.IGNORECASE)


def stop_goal(text: str) -> bool:
    """Whether a goal sentence says what will stop ("will not shout") rather than what will
    happen ("will talk calmly"), which Signs of Safety guidance asks for."""
    return _stop_goal_pattern().search(text) is not None
