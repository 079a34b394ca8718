"""The one extractor: turns a processed Doc into report parts (sentences, findings, highlights)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.components.lexicon import LexiconMatch
from sos_lang.components.plain import SentenceFacts
from sos_lang.lexicon.schema import Entry
from sos_lang.report import Finding, Highlight, SentenceReport
from sos_lang.settings import load_yaml, plain_checks
from sos_lang.statements.model import Classification


@dataclass
class DocParts:
    """What one Doc contributes to a report, offsets relative to the Doc."""

    sentences: list[SentenceReport]
    findings: list[Finding]
    highlights: list[Highlight]


def _sentence_report(text: str, facts: SentenceFacts,
                     statement: Classification | None) -> SentenceReport:
    return SentenceReport(
        start=facts.start, end=facts.end, text=text[facts.start:facts.end],
        words=facts.words, syllables=facts.syllables, polysyllables=facts.polysyllables,
        passive=facts.passive,
        label=statement.label if statement else None,
        confidence=statement.confidence if statement else None,
        opinion_as_fact=statement.opinion_as_fact if statement else None,
    )


def _check_hits(check: dict[str, Any], sentence: SentenceReport) -> bool:
    if check["subtype"] == "passive":
        return sentence.passive
    return check.get("min_words", 0) <= sentence.words <= check.get("max_words", float("inf"))


def plain_findings(sentence: SentenceReport) -> list[Finding]:
    """Findings of kind ``plain`` for one sentence, from the declared checks."""
    return [
        Finding(
            rule_id=check["rule_id"], kind="plain", subtype=check["subtype"],
            start=sentence.start, end=sentence.end, text=sentence.text,
            message=check["message"].format(words=sentence.words),
            alternatives=list(check["alternatives"]), severity=check["severity"],
        )
        for check in plain_checks()
        if _check_hits(check, sentence)
    ]


_MESSAGES: dict[tuple[str, str], str] = {}
"""Finding messages by rule id and matched text, built once (records repeat their words)."""


def _message(entry: Entry, text: str) -> str:
    key = (entry.rule_id, text if entry.expansion else "")
    message = _MESSAGES.get(key)
    if message is None:
        title = load_yaml("subtypes.yaml")[entry.vocabulary][entry.subtype]
        message = (f"{title} ({text} = {entry.expansion}): {entry.note}" if entry.expansion
                   else f"{title}: {entry.note}")
        if len(_MESSAGES) < 100_000:
            _MESSAGES[key] = message
    return message


def lexicon_finding(source: str, match: LexiconMatch) -> Finding:
    """A deficit or jargon finding from a lexicon match in the source text."""
    entry = match.entry
    text = source[match.start:match.end]
    message = _message(entry, text)
    return Finding(
        rule_id=entry.rule_id, kind=entry.vocabulary, subtype=entry.subtype,
        start=match.start, end=match.end, text=text, message=message,
        alternatives=list(entry.alternatives), severity=entry.severity,
    )


def extract(doc: Doc) -> DocParts:
    """Flatten the sos_lang extensions of a Doc into report parts."""
    text = doc_text(doc)
    facts = doc._.sos_sentences or []
    statements = doc._.sos_statements or [None] * len(facts)
    sentences = [_sentence_report(text, fact, statement)
                 for fact, statement in zip(facts, statements, strict=True)]
    findings: list[Finding] = []
    highlights: list[Highlight] = []
    for match in doc._.sos_matches or []:
        if match.entry.vocabulary == "strengths":
            highlights.append(Highlight(
                rule_id=match.entry.rule_id, subtype=match.entry.subtype,
                start=match.start, end=match.end, text=text[match.start:match.end],
            ))
        else:
            findings.append(lexicon_finding(text, match))
    for sentence in sentences:
        findings.extend(plain_findings(sentence))
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.rule_id))
    return DocParts(sentences=sentences, findings=findings, highlights=highlights)
