"""The rule model: fields every check shares, and the three scopes.

A rule says what it finds (``kind``, ``subtype``), how bad it is (``severity``), why
(``message``), what to write instead (``alternatives``), where the advice comes from
(``source``) and ships ``examples`` it must and must not fire on. Term rules (vocabulary
entries) add their terms and context; sentence and record rules add the conditions on a
labelled sentence or a whole record. ``RuleSet`` holds every rule in force.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from sos_lang.caseless import CaselessPattern, alternation

if TYPE_CHECKING:
    from sos_lang.lexicon.loader import Lexicon
    from sos_lang.report import SentenceReport

SEVERITIES = ("info", "warning", "error")


class RuleError(ValueError):
    """A malformed rule file or config; the message names the file, the entry and the field."""


@dataclass(frozen=True)
class Examples:
    """Texts in which a rule must and must not fire."""

    flag: tuple[str, ...]
    no_flag: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Rule:
    """What every check declares, whatever it looks at."""

    rule_id: str
    kind: str
    subtype: str
    severity: str
    message: str
    alternatives: tuple[str, ...]
    source: str
    examples: Examples
    origin: str = ""
    """The file that declared the rule (and the config that changed it, if any)."""

    scope: ClassVar[str] = ""
    overridable: ClassVar[frozenset[str]] = frozenset({"severity", "alternatives", "message",
                                                       "source"})
    """Fields a local config may change."""


Patterns = tuple[CaselessPattern | re.Pattern[str], ...]


@functools.lru_cache(maxsize=1024)
def _one_pass(patterns: Patterns) -> tuple[CaselessPattern | None, Patterns]:
    """The case-insensitive patterns of a rule as one alternation (a single pass over the
    text: a sentence meets up to eight of them), and the patterns left to run alone."""
    folded = tuple(pattern for pattern in patterns if isinstance(pattern, CaselessPattern))
    combined = alternation(tuple(p.pattern for p in folded)) if len(folded) > 1 else None
    if combined is None:
        return None, patterns
    return combined, tuple(p for p in patterns if not isinstance(p, CaselessPattern))


def matches_any(text: str, patterns: Patterns, lowered: str | None = None) -> bool:
    """Whether any pattern matches; lowered is text.lower(), if the caller has it."""
    combined, alone = _one_pass(patterns)
    if combined is not None:
        if lowered is None:
            lowered = text.lower()
        if combined.search(text, lowered):
            return True
    for pattern in alone:
        if isinstance(pattern, CaselessPattern):
            if lowered is None:
                lowered = text.lower()
            if pattern.search(text, lowered):
                return True
        elif pattern.search(text):
            return True
    return False


@dataclass(frozen=True, kw_only=True)
class SentenceRule(Rule):
    """A check on one sentence: fires when every declared condition holds and none of the
    ``unless_any`` patterns finds what the sentence should have."""

    labels: tuple[str, ...] = ()
    """Only sentences with one of these labels (empty: any sentence)."""
    when_opinion_as_fact: bool = False
    when_passive: bool = False
    min_words: int = 0
    max_words: int | None = None
    unless_any: Patterns = field(default=(), compare=False, repr=False)
    score_group: str | None = None
    """The score part this rule counts towards (scoring.py reads it, never the id)."""

    scope: ClassVar[str] = "sentence"

    def fires(self, sentence: SentenceReport, lowered: str) -> bool:
        """Whether the rule fires on a sentence (lowered is its text lower-cased)."""
        if self.when_opinion_as_fact and not sentence.opinion_as_fact:
            return False
        if self.when_passive and not sentence.passive:
            return False
        if self.labels and sentence.label not in self.labels:
            return False
        if sentence.words < self.min_words or (
                self.max_words is not None and sentence.words > self.max_words):
            return False
        return not (self.unless_any and matches_any(sentence.text, self.unless_any, lowered))

    def message_for(self, sentence: SentenceReport) -> str:
        """The message, with {words} filled in."""
        return self.message.replace("{words}", str(sentence.words))


@dataclass(frozen=True, kw_only=True)
class RecordRule(Rule):
    """A check on a whole labelled record."""

    has_any: tuple[str, ...] = ()
    has_none: tuple[str, ...] = ()
    min_words: int = 0
    unless_any: Patterns = field(default=(), compare=False, repr=False)
    sections: str | None = None
    """``missing`` or ``empty``: a check on the Signs of Safety sections of a record written
    under the headings, one finding per section (``{section}`` in the message is its
    title); the other conditions are then not used."""

    scope: ClassVar[str] = "record"
    SECTION_CHECKS: ClassVar[tuple[str, ...]] = ("missing", "empty")

    def fires(self, text: str, lowered: str, sentences: Sequence[SentenceReport],
              labels: set[str | None]) -> bool:
        """Whether the rule fires on a record with these sentences and labels."""
        if self.has_any and not labels & set(self.has_any):
            return False
        if self.has_none and labels & set(self.has_none):
            return False
        if self.min_words and sum(s.words for s in sentences) < self.min_words:
            return False
        return not matches_any(text, self.unless_any, lowered)


@dataclass(frozen=True, eq=False)
class RuleSet:
    """Every rule in force: the lexicon (term rules and allowed words), then the sentence
    and record rules, after a local config."""

    lexicon: Lexicon
    sentence_rules: tuple[SentenceRule, ...]
    record_rules: tuple[RecordRule, ...]

    @property
    def rules(self) -> tuple[Rule, ...]:
        """All rules of every scope."""
        return (*self.lexicon.entries, *self.sentence_rules, *self.record_rules)

    def score_group_size(self, group: str) -> int:
        """How many sentence rules count towards a score part."""
        return sum(1 for rule in self.sentence_rules if rule.score_group == group)

    def score_groups(self) -> dict[str, str]:
        """The score part of each rule that declares one, by rule id."""
        return {rule.rule_id: rule.score_group for rule in self.sentence_rules
                if rule.score_group}
