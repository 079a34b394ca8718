"""Scores 0-100 (higher is better) from a report's metrics and findings.

Each formula lives here once and is explained in the README; thresholds and
weights come from ``sos_lang/data/thresholds.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sos_lang.metrics import per_100_words
from sos_lang.report import Finding
from sos_lang.rules.model import RuleSet
from sos_lang.settings import thresholds


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def plain_score(metrics: Mapping[str, float]) -> float:
    """Weighted mix of reading ease, sentence length, long sentences and passive voice. The
    length terms count a word of concrete detail (a date, a time, a name, a number, a quoted
    word) as only part of a word, so necessary detail is not read as length; a long sentence
    costs more the nearer it is to ``sentence_length_bad``."""
    settings = thresholds()["plain_score"]
    weights = settings["weights"]
    good, bad = settings["sentence_length_good"], settings["sentence_length_bad"]
    length = metrics["plain_sentence_words"]
    parts = {
        "reading_ease": _clamp(metrics["plain_reading_ease"] / settings["reading_ease_target"]),
        "sentence_length": _clamp((bad - length) / (bad - good)),
        "long_sentences": 1.0 - metrics["long_sentence_excess"],
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


def strengths_score(metrics: Mapping[str, float]) -> float:
    """Presence of strengths-based wording and balance of working-well against worry
    sentences, less a share for safety goals phrased as what will stop rather than what
    will happen."""
    settings = thresholds()["strengths_score"]
    presence = _clamp(metrics["strength_markers_per_100_words"] / settings["target_density"])
    worried, working_well = metrics["worried_sentences"], metrics["working_well_sentences"]
    if worried:
        balance = _clamp(working_well / (settings["target_ratio"] * worried))
    else:
        balance = 1.0 if working_well else settings["balance_without_worries"]
    goals = metrics["label_goal"]
    stop_share = metrics["stop_goal_sentences"] / goals if goals else 0.0
    return 100.0 * (settings["presence_weight"] * presence
                    + settings["balance_weight"] * balance) * (
        1.0 - settings["stop_goal_penalty"] * stop_share)


def _gap_quality(findings: Sequence[Finding], group: str, sentences: float,
                 rules: RuleSet) -> float:
    """1 minus the share of (sentence, rule) pairs that a rule of the score group flagged;
    the rules declare their group (``score_group``) and the group's size is the number of
    its rules in force."""
    checks = rules.score_group_size(group)
    if not sentences or not checks:
        return 1.0
    groups = rules.score_groups()
    gaps = sum(1 for f in findings if groups.get(f.rule_id) == group)
    return _clamp(1.0 - gaps / (checks * sentences))


def evidence_score(metrics: Mapping[str, float], findings: Sequence[Finding],
                   rules: RuleSet) -> float:
    """Owned opinions, well-formed danger and harm statements, worries backed by harm, and
    specific detail (who, behaviour, when, impact on the child, whose view) in every
    sentence: a bare label scores below the statement that says what happened."""
    settings = thresholds()["evidence_score"]
    weights = settings["weights"]
    count = metrics["sentences"]
    danger, harm = metrics["label_danger"], metrics["label_harm"]
    parts = {
        "owned_opinions": 1.0 - (metrics["opinion_as_fact_sentences"] / count if count else 0.0),
        "danger_statements": _gap_quality(findings, "danger_statements", danger, rules),
        "harm_statements": _gap_quality(findings, "harm_statements", harm, rules),
        "grounded_worries": _clamp(harm / danger) if danger else 1.0,
        "specific_detail": metrics["specific_detail"],
    }
    return 100.0 * sum(weights[name] * part for name, part in parts.items()) / sum(
        weights.values())


def overall_score(scores: Mapping[str, float]) -> float:
    """Weighted mean of the other scores present."""
    weights = thresholds()["overall_weights"]
    present = {name: weight for name, weight in weights.items() if name in scores}
    return sum(scores[name] * weight for name, weight in present.items()) / sum(present.values())


def score_report(metrics: Mapping[str, float], findings: Sequence[Finding],
                 rules: RuleSet) -> dict[str, float]:
    """All scores for one record, rounded to one decimal; rules are those in force (the
    evidence score counts the findings of each score group)."""
    words = int(metrics["words"])
    scores = {
        "plain": plain_score(metrics),
        "jargon": density_score(findings, "jargon", words),
        "deficit": density_score(findings, "deficit", words),
        "strengths": strengths_score(metrics),
        "evidence": evidence_score(metrics, findings, rules),
    }
    scores["overall"] = overall_score(scores)
    return {name: round(value, 1) for name, value in scores.items()}
