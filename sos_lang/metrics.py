"""Record-level plain-language metrics from sentence counts, one function per metric.

Metrics are computed from sentence reports, so chunked analysis of long
records gives the same numbers as analysing them whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from sos_lang import readability
from sos_lang.report import Finding, Highlight, SentenceReport
from sos_lang.settings import thresholds
from sos_lang.statements.corpus import COLUMNS, LABELS


def total_words(sentences: Sequence[SentenceReport]) -> int:
    return sum(sentence.words for sentence in sentences)


def share_of_sentences_over(sentences: Sequence[SentenceReport], words: int) -> float:
    """Share (0-1) of sentences with more than ``words`` words."""
    return readability.mean(sum(1 for s in sentences if s.words > words), len(sentences))


def passive_share(sentences: Sequence[SentenceReport]) -> float:
    return readability.mean(sum(1 for s in sentences if s.passive), len(sentences))


def per_100_words(count: float, words: int) -> float:
    return 100.0 * count / words if words else 0.0


def record_metrics(sentences: Sequence[SentenceReport], findings: Sequence[Finding],
                   highlights: Sequence[Highlight]) -> dict[str, float]:
    """All record metrics; names are the JSON keys under ``metrics``."""
    words = total_words(sentences)
    count = len(sentences)
    syllables = sum(s.syllables for s in sentences)
    grade = readability.flesch_kincaid_grade(words, count, syllables)
    long_limit = thresholds()["plain_score"]["long_sentence_words"]
    return {
        "sentences": float(count),
        "words": float(words),
        "flesch_reading_ease": round(readability.flesch_reading_ease(words, count, syllables), 2),
        "fk_grade": round(grade, 2),
        "reading_age": round(readability.reading_age(grade), 1) if count else 0.0,
        "mean_sentence_words": round(readability.mean(words, count), 2),
        "share_sentences_over_25": round(share_of_sentences_over(sentences, long_limit), 4),
        "share_sentences_over_40": round(share_of_sentences_over(sentences, 40), 4),
        "passive_sentences": float(sum(1 for s in sentences if s.passive)),
        "passive_share": round(passive_share(sentences), 4),
        "long_word_share": round(readability.mean(sum(s.polysyllables for s in sentences),
                                                  words), 4),
        "deficit_findings": float(sum(1 for f in findings if f.kind == "deficit")),
        "jargon_findings": float(sum(1 for f in findings if f.kind == "jargon")),
        "strength_markers": float(len(highlights)),
        "deficit_per_100_words": round(per_100_words(
            sum(1 for f in findings if f.kind == "deficit"), words), 3),
        "jargon_per_100_words": round(per_100_words(
            sum(1 for f in findings if f.kind == "jargon"), words), 3),
        "strength_markers_per_100_words": round(per_100_words(len(highlights), words), 3),
        **statement_counts(sentences),
    }


def statement_counts(sentences: Sequence[SentenceReport]) -> dict[str, float]:
    """Sentences per label and per Signs of Safety column, and opinions stated as fact."""
    counts = {f"label_{label}": 0.0 for label in LABELS}
    counts.update({f"{column}_sentences": 0.0 for column in sorted(set(COLUMNS.values()))})
    counts["opinion_as_fact_sentences"] = 0.0
    for sentence in sentences:
        if sentence.label is None:
            continue
        counts[f"label_{sentence.label}"] += 1
        counts[f"{COLUMNS[sentence.label]}_sentences"] += 1
        counts["opinion_as_fact_sentences"] += bool(sentence.opinion_as_fact)
    return counts
