"""The one extractor: flattens a processed Doc into report parts (sentences, term-rule
findings, highlights). Sentence and record rules run later, on the merged report
(rules/stage.py)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from sos_lang.components.doctext import doc_text
from sos_lang.components.lexicon import LexiconMatch
from sos_lang.components.plain import SentenceFacts
from sos_lang.lexicon.schema import Entry
from sos_lang.report import Finding, Highlight, SentenceReport
from sos_lang.rewrite import safe_replacement
from sos_lang.settings import load_yaml
from sos_lang.statements.model import Classification


@dataclass
class DocParts:
    """What one Doc contributes to a report, offsets relative to the Doc."""

    sentences: list[SentenceReport]
    findings: list[Finding]
    highlights: list[Highlight]


def _sentence_report(text: str, facts: SentenceFacts, statement: Classification | None,
                     section: tuple[str | None, bool]) -> SentenceReport:
    heading = section[1]
    return SentenceReport(
        start=facts.start, end=facts.end, text=text[facts.start:facts.end],
        words=facts.words, syllables=facts.syllables, polysyllables=facts.polysyllables,
        passive=facts.passive and not heading,
        label=statement.label if statement else None,
        confidence=statement.confidence if statement else None,
        opinion_as_fact=statement.opinion_as_fact if statement else None,
        section=section[0], heading=heading,
    )


def _in_heading(start: int, headings: list) -> bool:  # type: ignore[type-arg]
    return any(heading.start <= start < heading.end for heading in headings)


_MESSAGES: dict[tuple[str, str, str, str, str], str] = {}
"""Finding messages by what they are made of (vocabulary, subtype, note, expansion and, for
acronyms, the matched text), built once: records repeat their words. Keyed by content, not
rule id, so an entry whose note a local config overrides gets its own message."""


def _message(entry: Entry, text: str) -> str:
    key = (entry.vocabulary, entry.subtype, entry.note, entry.expansion or "",
           text if entry.expansion else "")
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
        replacement=safe_replacement(entry, text) if entry.rewrite else None,
    )


def extract(doc: Doc) -> DocParts:
    """Flatten the sos_lang extensions of a Doc into report parts."""
    text = doc_text(doc)
    facts = doc._.sos_sentences or []
    statements = doc._.sos_statements or [None] * len(facts)
    sections = doc._.sos_sections or [(None, False)] * len(facts)
    sentences = [_sentence_report(text, fact, statement, section)
                 for fact, statement, section in zip(facts, statements, sections, strict=True)]
    findings: list[Finding] = []
    highlights: list[Highlight] = []
    # Signs of Safety headings only: a section break ("Background") is flagged as usual
    headings = [h for h in doc._.sos_headings or [] if h.section is not None]
    for match in doc._.sos_matches or []:
        if headings and _in_heading(match.start, headings):
            continue  # a heading is never flagged (nor highlighted)
        if match.entry.vocabulary == "strengths":
            highlights.append(Highlight(
                rule_id=match.entry.rule_id, subtype=match.entry.subtype,
                start=match.start, end=match.end, text=text[match.start:match.end],
            ))
        else:
            findings.append(lexicon_finding(text, match))
    return DocParts(sentences=sentences, findings=findings, highlights=highlights)
