"""analyse(): text in, Report out. Long texts are cut into chunks, offsets kept right."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

import sos_lang
from sos_lang.components.doctext import make_doc
from sos_lang.extract import DocParts, extract
from sos_lang.inputs import check_record
from sos_lang.metrics import record_metrics
from sos_lang.pipeline import build_pipeline
from sos_lang.record_types import (
    RecordType,
    resolve,
    rules_for,
    target_findings,
    term_findings_in_force,
)
from sos_lang.report import Report
from sos_lang.rules.model import RuleSet, sentence_texts
from sos_lang.rules.stage import rule_findings
from sos_lang.scoring import score_report
from sos_lang.settings import thresholds


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut text into pieces of at most limit characters, at a line break or space if possible."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = text.rfind("\n", start + limit // 2, window_end)
        if cut < 0:
            cut = text.rfind(" ", start + limit // 2, window_end)
        cut = window_end if cut < 0 else cut + 1
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _merge(text: str, parts: Iterable[tuple[int, DocParts]], profile: str,
           rules: RuleSet, record_type: RecordType | None = None) -> Report:
    """One report from the parts of each chunk; then the sentence and record rules run on
    the whole record, then metrics and scores. A record type's rules regrade the term
    findings, and its targets add findings of the whole record."""
    sentences, findings, highlights = [], [], []
    for offset, part in parts:
        sentences.extend(s.shifted(offset) for s in part.sentences)
        findings.extend(f.shifted(offset) for f in part.findings)
        highlights.extend(h.shifted(offset) for h in part.highlights)
    if record_type is not None:
        findings = term_findings_in_force(findings, rules)
    texts = sentence_texts(sentences)  # the pattern tests both stages read, run once
    findings.extend(rule_findings(text, sentences, rules, texts))
    metrics = record_metrics(sentences, findings, highlights, texts)
    if record_type is not None:
        findings.extend(target_findings(metrics, record_type))
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.rule_id))
    return Report(
        scores=score_report(metrics, findings, rules), metrics=metrics, sentences=sentences,
        findings=findings, highlights=highlights, profile=profile,
        analyser_version=sos_lang.__version__,
        record_type=record_type.name if record_type else None,
    )


def _chunk_limit(nlp: Language) -> int:
    """Longest text analysed in one piece: the configured chunk size, within spaCy's limit."""
    return min(int(thresholds()["chunk_chars"]), nlp.max_length)


def _analyse_with(nlp: Language, text: str, profile: str, rules: RuleSet,
                  record_type: RecordType | None = None) -> Report:
    bounds = chunk_bounds(text, _chunk_limit(nlp))
    docs = nlp.pipe(make_doc(nlp, text[start:end]) for start, end in bounds)
    return _merge(text, ((start, extract(doc))
                         for (start, _), doc in zip(bounds, docs, strict=True)), profile,
                  rules, record_type)


def analyse(text: str, profile: str = "accurate", config_path: str | None = None,
            record_type: str | None = None) -> Report:
    """Analyse one record, as a record type if one is named (record_types.py). Raises
    sos_lang.inputs.InputError for empty text, text over the record cap (the same cap as
    every input edge, so API callers are held to it too) or an unknown record type."""
    check_record(text)
    type_ = resolve(record_type, config_path)
    return _analyse_with(build_pipeline(profile, config_path), text, profile,
                         rules_for(config_path, type_.name if type_ else None), type_)


def analyse_many(texts: Iterable[str], profile: str = "fast", config_path: str | None = None,
                 batch_size: int = 64, record_type: str | None = None) -> Iterator[Report]:
    """Analyse many records in order (all of one record type, if named), batching short
    ones through spaCy's pipe."""
    nlp = build_pipeline(profile, config_path)
    type_ = resolve(record_type, config_path)
    rules = rules_for(config_path, type_.name if type_ else None)
    limit = _chunk_limit(nlp)
    batch: list[str] = []

    def flush() -> Iterator[Report]:
        docs = nlp.pipe((make_doc(nlp, text) for text in batch), batch_size=batch_size)
        for text, doc in zip(batch, docs, strict=True):
            yield _merge(text, [(0, extract(doc))], profile, rules, type_)
        batch.clear()

    for text in texts:
        check_record(text)
        if len(text) > limit:
            yield from flush()
            yield _analyse_with(nlp, text, profile, rules, type_)
        else:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from flush()
    yield from flush()
