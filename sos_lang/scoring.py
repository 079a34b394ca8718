"""Scores 0-100 (higher is better) from a report's metrics and findings.

Each formula lives here once and is explained in the README; thresholds and
weights come from ``sos_lang/data/thresholds.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sos_lang.metrics import per_100_words
from sos_lang.report import Finding
from sos_lang.settings import thresholds


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def plain_score(metrics: Mapping[str, float]) -> float:
    """Weighted mix of reading ease, sentence length, long sentences and passive voice."""
    settings = thresholds()["plain_score"]
    weights = settings["weights"]
    good, bad = settings["sentence_length_good"], settings["sentence_length_bad"]
    parts = {
        "reading_ease": _clamp(metrics["flesch_reading_ease"] / settings["reading_ease_target"]),
        "sentence_length": _clamp((bad - metrics["mean_sentence_words"]) / (bad - good)),
        "long_sentences": 1.0 - metrics["share_sentences_over_25"],
        "passive": 1.0 - metrics["passive_share"],
    }
    return 100.0 * sum(weights[name] * part for name, part in parts.items()) / sum(
        weights.values())


def density_score(findings: Sequence[Finding], kind: str, words: int) -> float:
    """100 / (1 + severity-weighted findings per 100 words / the density that halves it)."""
    severity_weights = thresholds()["severity_weights"]
    weighted = sum(severity_weights[f.severity] for f in findings if f.kind == kind)
    half = thresholds()["density_scores"][kind]["half_score_density"]
    return 100.0 / (1.0 + per_100_words(weighted, words) / half)


def overall_score(scores: Mapping[str, float]) -> float:
    """Weighted mean of the other scores present."""
    weights = thresholds()["overall_weights"]
    present = {name: weight for name, weight in weights.items() if name in scores}
    return sum(scores[name] * weight for name, weight in present.items()) / sum(present.values())


def score_report(metrics: Mapping[str, float], findings: Sequence[Finding]) -> dict[str, float]:
    """All scores for one record, rounded to one decimal."""
    words = int(metrics["words"])
    scores = {
        "plain": plain_score(metrics),
        "jargon": density_score(findings, "jargon", words),
        "deficit": density_score(findings, "deficit", words),
    }
    scores["overall"] = overall_score(scores)
    return {name: round(value, 1) for name, value in scores.items()}
