"""Record-level plain-language metrics from sentence counts, one function per metric.

Metrics are computed from sentence reports, so chunked analysis of long
records gives the same numbers as analysing them whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from sos_lang import readability, specificity
from sos_lang.report import Finding, Highlight, SentenceReport
from sos_lang.rules.model import SentenceText, sentence_texts
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
                   highlights: Sequence[Highlight],
                   texts: Sequence[SentenceText] | None = None) -> dict[str, float]:
    """All record metrics; names are the JSON keys under ``metrics`` (texts: a SentenceText
    per sentence, shared with the sentence rules)."""
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
        **detail_metrics(sentences, texts),
    }


def detail_metrics(sentences: Sequence[SentenceReport],
                   texts: Sequence[SentenceText] | None = None) -> dict[str, float]:
    """What the plain and evidence scores read of concrete detail (sos_lang/specificity.py):
    words of detail, sentence length with a detail word counted as ``detail_word_weight`` of a
    word (mean, and the mean excess over ``long_sentence_words`` as a share of the way to
    ``sentence_length_bad``), and the mean share of specific-statement features over all
    sentences, whatever their label (1 for no sentences). plain_reading_ease is Flesch
    reading ease with that sentence length. texts: a SentenceText per sentence, if the
    caller has them."""
    if texts is None:
        texts = sentence_texts(sentences)
    plain = thresholds()["plain_score"]
    weight, long_limit = plain["detail_word_weight"], plain["long_sentence_words"]
    span = plain["sentence_length_bad"] - long_limit
    details = [min(specificity.detail_words(text), s.words)
               for s, text in zip(sentences, texts, strict=True)]
    lengths = [s.words - (1.0 - weight) * detail for s, detail in zip(sentences, details,
                                                                     strict=True)]
    excess = [min(1.0, max(0.0, length - long_limit) / span) for length in lengths]
    plain_length = readability.mean(sum(lengths), len(sentences))
    return {
        "detail_words": float(sum(details)),
        "plain_sentence_words": round(plain_length, 2),
        "plain_reading_ease": round(readability.flesch_reading_ease(
            total_words(sentences), len(sentences), sum(s.syllables for s in sentences),
            sentence_words=plain_length), 2),
        "long_sentence_excess": round(readability.mean(sum(excess), len(sentences)), 4),
        "specific_detail": round(readability.mean(
            sum(specificity.feature_share(text) for text in texts), len(sentences)), 4)
        if sentences else 1.0,
    }


def statement_counts(sentences: Sequence[SentenceReport]) -> dict[str, float]:
    """Sentences per label and per Signs of Safety column, opinions stated as fact, and
    safety goals phrased as a bad thing that will stop (data/goal_phrasing.yaml)."""
    counts = {f"label_{label}": 0.0 for label in LABELS}
    counts.update({f"{column}_sentences": 0.0 for column in sorted(set(COLUMNS.values()))})
    counts["opinion_as_fact_sentences"] = 0.0
    counts["stop_goal_sentences"] = 0.0
    for sentence in sentences:
        if sentence.label is None:
            continue
        counts[f"label_{sentence.label}"] += 1
        counts[f"{COLUMNS[sentence.label]}_sentences"] += 1
        counts["opinion_as_fact_sentences"] += bool(sentence.opinion_as_fact)
        counts["stop_goal_sentences"] += (sentence.label == "goal"
                                          and specificity.stop_goal(sentence.text))
    return counts
