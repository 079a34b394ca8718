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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, TypeVar

from sos_lang.caseless import (
    CaselessPattern,
    alternation,
    ascii_matching_is_faithful,
    ascii_twin,
    lower_case_is_faithful,
)
from sos_lang.kept import KeptAnswers

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
T = TypeVar("T")

_GROUPS: dict[Patterns, Patterns] = {}


def pattern_group(patterns: Iterable[CaselessPattern | re.Pattern[str]]) -> Patterns:
    """The one tuple of a group of compiled patterns: equal groups (a rule's ``unless_any``
    and a score's feature group compiled from the same list) are the same object, so a
    sentence's answers and a group's searches are kept by the group's identity. Keyed by
    the tuple itself, every lookup would hash each re.Pattern's whole compiled code."""
    group = tuple(patterns)
    return _GROUPS.setdefault(group, group)


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


@functools.lru_cache(maxsize=1024)
def _on_lowered(patterns: Patterns, ascii: bool = False
                ) -> tuple[tuple[re.Pattern[str], bool], ...] | None:
    """The searches matches_any makes for a group on a text whose lower case is faithful
    (caseless.lower_case_is_faithful): each compiled regex, and whether it reads the
    lower-cased text; None when a pattern keeps IGNORECASE (matches_any then decides).
    With ascii (caseless.ascii_matching_is_faithful holds for the text), each regex's
    ascii_twin, which finds the same matches there with fewer instructions."""
    combined, alone = _one_pass(patterns)
    searches = []
    for pattern in (*((combined,) if combined is not None else ()), *alone):
        if isinstance(pattern, CaselessPattern):
            if pattern.lowered_regex is None:
                return None
            searches.append((pattern.lowered_regex, True))
        else:
            searches.append((pattern, False))
    if ascii:
        return tuple((ascii_twin(regex), on_lowered) for regex, on_lowered in searches)
    return tuple(searches)


_SEARCHES: dict[tuple[int, bool], tuple[Patterns, object]] = {}


def _searches(patterns: Patterns, ascii: bool
              ) -> tuple[tuple[re.Pattern[str], bool], ...] | None:
    """_on_lowered(patterns, ascii), found by the group's identity (the entry holds the
    group, so its id cannot be reused while the entry stands)."""
    entry = _SEARCHES.get((id(patterns), ascii))
    if entry is None or entry[0] is not patterns:
        if len(_SEARCHES) >= 1024:
            _SEARCHES.clear()
        entry = _SEARCHES[id(patterns), ascii] = (patterns, _on_lowered(patterns, ascii))
    return entry[1]  # type: ignore[return-value]


class SentenceText:
    """One sentence's text, lower-cased once, with the answers of the tests already run on
    it. The sentence rules (``unless_any``) and the specificity score (its feature groups)
    ask the same pattern groups of data/structure_checks.yaml of every sentence: with one
    SentenceText per sentence each group runs once, whichever asks first."""

    __slots__ = ("_answers", "_ascii", "_faithful", "_lowered", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._faithful: bool | None = None
        self._ascii: bool | None = None
        self._answers: dict[object, object] = {}

    @property
    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    @property
    def faithful(self) -> bool:
        """Whether case-insensitive patterns may run on the lower-cased text (checked once
        for every group, where each pattern would check it again)."""
        if self._faithful is None:
            self._faithful = lower_case_is_faithful(self.text, self.lowered)
        return self._faithful

    @property
    def ascii(self) -> bool:
        """Whether patterns may run as their ascii_twin on the text and its lower case
        (caseless.ascii_matching_is_faithful; the text is then faithful too)."""
        if self._ascii is None:
            self._ascii = ascii_matching_is_faithful(self.text)
        return self._ascii

    def matches_any(self, patterns: Patterns) -> bool:
        """matches_any on this sentence, run once per pattern group (kept by the group's
        identity: see pattern_group; the entry holds the group, so its id stays its own)."""
        entry = self._answers.get(id(patterns))
        if entry is not None and entry[0] is patterns:  # type: ignore[index]
            return entry[1]  # type: ignore[index,no-any-return]
        searches = _searches(patterns, self.ascii) if self.faithful else None
        if searches is None:
            answer = matches_any(self.text, patterns, self.lowered)
        else:
            answer = False
            for regex, on_lowered in searches:
                if regex.search(self._lowered if on_lowered else self.text):
                    answer = True
                    break
        self._answers[id(patterns)] = (patterns, answer)
        return answer

    def answer(self, test: Callable[[SentenceText], T]) -> T:
        """test(self), worked out once (a test is keyed by the function itself)."""
        if test in self._answers:
            return self._answers[test]  # type: ignore[return-value]
        answer = self._answers[test] = test(self)
        return answer


_KEPT: KeptAnswers[str, SentenceText] = KeptAnswers()


def sentence_text(text: str) -> SentenceText:
    """The SentenceText of a sentence, kept across records: records repeat sentences (a
    template's lines, "Home visit undertaken.", headings), and every answer a SentenceText
    holds is a function of the text alone (a pattern group's, kept by the group's identity,
    or a test function's), so a repeated sentence reads its answers instead of running the
    pattern groups again (bounded: sos_lang.kept)."""
    return _KEPT.answer(text, SentenceText, text)


def sentence_texts(sentences: Sequence[SentenceReport]) -> list[SentenceText]:
    """A SentenceText for each sentence, in order (sentence_text: kept per text)."""
    return [sentence_text(sentence.text) for sentence in sentences]


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

    def fires(self, sentence: SentenceReport, text: SentenceText | None = None) -> bool:
        """Whether the rule fires on a sentence (text is its SentenceText, if the caller
        has one)."""
        if self.when_opinion_as_fact and not sentence.opinion_as_fact:
            return False
        if self.when_passive and not sentence.passive:
            return False
        if self.labels and sentence.label not in self.labels:
            return False
        if sentence.words < self.min_words or (
                self.max_words is not None and sentence.words > self.max_words):
            return False
        if not self.unless_any:
            return True
        return not (text or SentenceText(sentence.text)).matches_any(self.unless_any)

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
