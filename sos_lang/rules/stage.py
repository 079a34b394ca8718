"""The rule stage: runs the sentence and record rules on a merged report's sentences, after
the Doc has been flattened (term rules run in the spaCy lexicon component)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sos_lang.report import Finding, SentenceReport
from sos_lang.rules.model import RecordRule, RuleSet, SentenceRule
from sos_lang.statements.headings import empty_sections, missing_sections, sections


class SentenceIndex:
    """The sentence rules a sentence can meet, by label and opinion flag: rules for any
    sentence, rules for its label, and the opinion rules when it states an opinion as
    fact, so that each sentence meets only the rules that concern it. Built once per rule
    set; each entry also says whether any of its rules reads the lower-cased text."""

    def __init__(self, rules: Sequence[SentenceRule]) -> None:
        self._any_sentence = tuple(r for r in rules
                                   if not r.labels and not r.when_opinion_as_fact)
        self._opinion = tuple(r for r in rules if r.when_opinion_as_fact)
        self._by_label: dict[str, tuple[SentenceRule, ...]] = {}
        for rule in rules:
            if not rule.when_opinion_as_fact:
                for label in rule.labels:
                    self._by_label[label] = (*self._by_label.get(label, ()), rule)
        self._cache: dict[tuple[str | None, bool], tuple[tuple[SentenceRule, ...], bool]] = {}

    def for_sentence(self, sentence: SentenceReport) -> tuple[tuple[SentenceRule, ...], bool]:
        """The rules for a sentence, and whether any of them needs its text lower-cased."""
        key = (sentence.label, bool(sentence.opinion_as_fact))
        found = self._cache.get(key)
        if found is None:
            rules = self._any_sentence
            if sentence.label is not None:
                rules = rules + self._by_label.get(sentence.label, ())
            if sentence.opinion_as_fact:
                rules = self._opinion + rules
            found = self._cache[key] = (rules, any(rule.unless_any for rule in rules))
        return found


def _finding(rule: SentenceRule | RecordRule, start: int, end: int, text: str,
             message: str) -> Finding:
    return Finding(rule_id=rule.rule_id, kind=rule.kind, subtype=rule.subtype, start=start,
                   end=end, text=text, message=message, alternatives=list(rule.alternatives),
                   severity=rule.severity)


def sentence_findings(sentences: Sequence[SentenceReport],
                      index: SentenceIndex) -> list[Finding]:
    """The findings of the sentence rules, each spanning its sentence."""
    findings = []
    for sentence in sentences:
        if sentence.heading:
            continue  # a heading line is never flagged
        rules, needs_lowered = index.for_sentence(sentence)
        if not rules:
            continue
        lowered = sentence.text.lower() if needs_lowered else ""
        findings.extend(_finding(rule, sentence.start, sentence.end, sentence.text,
                                 rule.message_for(sentence))
                        for rule in rules if rule.fires(sentence, lowered))
    return findings


def record_findings(text: str, sentences: Sequence[SentenceReport],
                    rules: Sequence[RecordRule]) -> list[Finding]:
    """The findings of the record rules, at offset 0 with no text; only on labelled
    sentences (every profile labels them)."""
    if not rules or not sentences or sentences[0].label is None:
        return []
    lowered = text.lower()
    labels = {sentence.label for sentence in sentences}
    findings = [_finding(rule, 0, 0, "", rule.message) for rule in rules
                if rule.sections is None and rule.fires(text, lowered, sentences, labels)]
    for rule in rules:
        if rule.sections is not None:
            findings += section_findings(rule, sentences)
    return findings


def section_findings(rule: RecordRule, sentences: Sequence[SentenceReport]) -> list[Finding]:
    """A section rule's findings: each required section a map leaves out (at offset 0, no
    text), or each heading with nothing under it (spanning the heading)."""
    if not any(sentence.heading for sentence in sentences):
        return []
    if rule.sections == "missing":
        return [_finding(rule, 0, 0, "", rule.message.replace("{section}", section.title))
                for section in missing_sections(sentences)]
    found = sections()
    return [_finding(rule, heading.start, heading.end, heading.text,
                     rule.message.replace("{section}", found[heading.section].title
                                          if heading.section else heading.text))
            for heading in empty_sections(sentences)]


@functools.lru_cache(maxsize=16)
def sentence_index(rules: RuleSet) -> SentenceIndex:
    """The sentence rules of a rule set by label, built once per rule set."""
    return SentenceIndex(rules.sentence_rules)


def rule_findings(text: str, sentences: Sequence[SentenceReport],
                  rules: RuleSet) -> list[Finding]:
    """Every sentence and record rule's findings on a whole record."""
    return (sentence_findings(sentences, sentence_index(rules))
            + record_findings(text, sentences, rules.record_rules))
