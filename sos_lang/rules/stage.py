"""The rule stage: runs the sentence and record rules on a merged report's sentences, after
the Doc has been flattened (term rules run in the spaCy lexicon component)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sos_lang.report import Finding, SentenceReport
from sos_lang.rules.model import (
    RecordRule,
    RuleSet,
    SentenceRule,
    SentenceText,
    sentence_texts,
)
from sos_lang.statements.headings import empty_sections, missing_sections, sections


class SentenceIndex:
    """The sentence rules a sentence can meet, by label and opinion flag: rules for any
    sentence, rules for its label, and the opinion rules when it states an opinion as
    fact, so that each sentence meets only the rules that concern it. Built once per rule
    set."""

    def __init__(self, rules: Sequence[SentenceRule]) -> None:
        self._any_sentence = tuple(r for r in rules
                                   if not r.labels and not r.when_opinion_as_fact)
        self._opinion = tuple(r for r in rules if r.when_opinion_as_fact)
        self._by_label: dict[str, tuple[SentenceRule, ...]] = {}
        for rule in rules:
            if not rule.when_opinion_as_fact:
                for label in rule.labels:
                    self._by_label[label] = (*self._by_label.get(label, ()), rule)
        self._cache: dict[tuple[str | None, bool], tuple[SentenceRule, ...]] = {}

    def for_sentence(self, sentence: SentenceReport) -> tuple[SentenceRule, ...]:
        """The rules for a sentence."""
        key = (sentence.label, bool(sentence.opinion_as_fact))
        found = self._cache.get(key)
        if found is None:
            rules = self._any_sentence
            if sentence.label is not None:
                rules = rules + self._by_label.get(sentence.label, ())
            if sentence.opinion_as_fact:
                rules = self._opinion + rules
            found = self._cache[key] = rules
        return found


def _finding(rule: SentenceRule | RecordRule, start: int, end: int, text: str,
             message: str) -> Finding:
    return Finding(rule_id=rule.rule_id, kind=rule.kind, subtype=rule.subtype, start=start,
                   end=end, text=text, message=message, alternatives=list(rule.alternatives),
                   severity=rule.severity)


def sentence_findings(sentences: Sequence[SentenceReport], index: SentenceIndex,
                      texts: Sequence[SentenceText] | None = None) -> list[Finding]:
    """The findings of the sentence rules, each spanning its sentence (texts: a SentenceText
    per sentence, shared with the metrics so each pattern group runs once a sentence)."""
    if texts is None:
        texts = sentence_texts(sentences)
    findings = []
    for sentence, text in zip(sentences, texts, strict=True):
        if sentence.heading:
            continue  # a heading line is never flagged
        rules = index.for_sentence(sentence)
        if not rules:
            continue
        findings.extend(_finding(rule, sentence.start, sentence.end, sentence.text,
                                 rule.message_for(sentence))
                        for rule in rules if rule.fires(sentence, text))
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


def rule_findings(text: str, sentences: Sequence[SentenceReport], rules: RuleSet,
                  texts: Sequence[SentenceText] | None = None) -> list[Finding]:
    """Every sentence and record rule's findings on a whole record (texts as for
    sentence_findings)."""
    return (sentence_findings(sentences, sentence_index(rules), texts)
            + record_findings(text, sentences, rules.record_rules))
