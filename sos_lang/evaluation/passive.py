"""Passive-voice evaluation: precision and recall of the sentence flag, per profile.

The sets are JSON Lines, one sentence each: {"id", "text", "passive": bool, "verb",
"genre"}. ``passive`` is true when the sentence holds a verbal passive (a form of "be" or
"get" and a past participle naming an action done to the subject); a participle used as
an adjective ("we are worried", "Mum was very tired") is not one. ``verb`` is the word the
label turns on. ``passive_dev.jsonl`` is for tuning; ``passive_test.jsonl`` is only
reported (eval/README.md has the labelling rules and the first score).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sos_lang.evaluation.common import eval_data_path, load_jsonl, ratio
from sos_lang.pipeline import PROFILES, build_pipeline

TEST_SET = "passive_test.jsonl"
DEV_SET = "passive_dev.jsonl"


def load_set(name: str = TEST_SET) -> list[dict[str, Any]]:
    """The items of a passive set in eval/."""
    return load_jsonl(eval_data_path(name))


def predict(texts: Sequence[str], profile: str) -> list[bool]:
    """Whether the profile's pipeline marks any sentence of each text passive."""
    nlp = build_pipeline(profile)
    return [any(fact.passive for fact in doc._.sos_sentences or [])
            for doc in nlp.pipe(texts)]


def evaluate_passive(items: Iterable[dict[str, Any]],
                     profiles: Sequence[str] = PROFILES) -> dict[str, Any]:
    """Precision and recall of the passive flag in each profile, with the items each got
    wrong (misses: passive, not flagged; false alarms: flagged, not passive)."""
    items = list(items)
    gold = [bool(item["passive"]) for item in items]
    result: dict[str, Any] = {"items": len(items), "passive_items": sum(gold)}
    for profile in profiles:
        predicted = predict([item["text"] for item in items], profile)
        hits = sum(g and p for g, p in zip(gold, predicted, strict=True))
        result[profile] = {
            "precision": ratio(hits, sum(predicted)), "recall": ratio(hits, sum(gold)),
            "misses": [item["id"] for item, g, p in zip(items, gold, predicted, strict=True)
                       if g and not p],
            "false_alarms": [item["id"] for item, g, p in zip(items, gold, predicted,
                                                              strict=True) if p and not g],
        }
    return result


def format_passive_evaluation(result: dict[str, Any]) -> str:
    """The figures as a plain-text table, one row per profile."""
    lines = [f"Sentences: {result['items']} ({result['passive_items']} passive)", "",
             f"{'profile':10}{'precision':>10}{'recall':>8}{'misses':>8}{'false alarms':>14}"]
    for profile in PROFILES:
        if profile in result:
            row = result[profile]
            lines.append(f"{profile:10}{row['precision']:>10.3f}{row['recall']:>8.3f}"
                         f"{len(row['misses']):>8}{len(row['false_alarms']):>14}")
    return "\n".join(lines) + "\n"
