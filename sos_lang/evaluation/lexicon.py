"""Lexicon evaluation on a labelled set of sentences: precision, recall, false alarms.

The set is JSON Lines: {"id", "text", "flags": [{"text", "kind", "subtype"}]}, each flag's
text an exact substring of the item's text (repeated once per occurrence flagged).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sos_lang.analysis import analyse
from sos_lang.evaluation.common import (
    eval_data_path,
    load_jsonl,
    locate_in_order,
    ratio,
    test_items_of,
)
from sos_lang.lexicon.schema import VOCABULARY_SUBTYPES

WORDING_KINDS = ("deficit", "jargon")


def heldout_path() -> Path:
    return eval_data_path("lexicon_heldout.jsonl")


def load_items(path: Path) -> list[dict[str, Any]]:
    return load_jsonl(path)


def heldout_test_items() -> list[dict[str, Any]]:
    return test_items_of(load_items(heldout_path()))


def gold_spans(item: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, subtype) of each gold flag, located in order of appearance."""
    flags = item["flags"]
    starts = locate_in_order(item["id"], item["text"], [flag["text"] for flag in flags])
    return [(start, start + len(flag["text"]), flag["kind"], flag["subtype"])
            for start, flag in zip(starts, flags, strict=True)]


def _overlaps(a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[3] == b[3]


def evaluate_lexicon(items: Iterable[dict[str, Any]], profile: str = "accurate",
                     config_path: str | None = None) -> dict[str, Any]:
    """Per-subtype precision and recall (overlap with the same subtype) and the false-alarm
    rate: the share of items with no gold flag on which anything is flagged. Items with a
    ``genre`` (the capital-heavy "note" block of the blind sets) also get their precision per
    subtype, since acronym false alarms live in notes' headings, names and codes."""
    true_pos, predicted_count, gold_count = Counter(), Counter(), Counter()
    genre_true_pos, genre_predicted = Counter(), Counter()
    clean_items = clean_flagged = 0
    errors: list[dict[str, Any]] = []
    for item in items:
        gold = gold_spans(item)
        report = analyse(item["text"], profile=profile, config_path=config_path)
        predicted = [(f.start, f.end, f.kind, f.subtype) for f in report.findings
                     if f.kind in WORDING_KINDS]
        # Recall counts gold spans a prediction overlaps; precision the reverse.
        for spans, others, counts, side, error in (
                (gold, predicted, gold_count, "recall", "missed"),
                (predicted, gold, predicted_count, "precision", "false alarm")):
            for span in spans:
                counts[span[3]] += 1
                found = any(_overlaps(span, other) for other in others)
                if side == "precision" and item.get("genre"):
                    genre_predicted[(item["genre"], span[3])] += 1
                    genre_true_pos[(item["genre"], span[3])] += found
                if found:
                    true_pos[(side, span[3])] += 1
                else:
                    errors.append({"id": item["id"], "type": error, "text": item["text"],
                                   "span": item["text"][span[0]:span[1]], "subtype": span[3]})
        if not gold:
            clean_items += 1
            clean_flagged += bool(predicted)
    subtypes = [s for kind in WORDING_KINDS for s in VOCABULARY_SUBTYPES[kind]]
    per_subtype = {}
    for subtype in subtypes:
        per_subtype[subtype] = {
            "precision": ratio(true_pos[("precision", subtype)], predicted_count[subtype]),
            "recall": ratio(true_pos[("recall", subtype)], gold_count[subtype]),
            "gold": gold_count[subtype], "predicted": predicted_count[subtype],
        }
    all_tp_p = sum(v for (kind, _), v in true_pos.items() if kind == "precision")
    all_tp_r = sum(v for (kind, _), v in true_pos.items() if kind == "recall")
    return {
        "per_subtype": per_subtype,
        "precision": ratio(all_tp_p, sum(predicted_count.values())),
        "recall": ratio(all_tp_r, sum(gold_count.values())),
        "false_alarm_rate": ratio(clean_flagged, clean_items),
        "clean_items": clean_items,
        "genre_precision": {key: {"precision": ratio(genre_true_pos[key], count),
                                  "predicted": count}
                            for key, count in sorted(genre_predicted.items())},
        "errors": errors,
    }


def format_lexicon_evaluation(result: dict[str, Any]) -> str:
    lines = [f"{'subtype':14}{'precision':>10}{'recall':>8}{'gold':>6}{'found':>7}"]
    for subtype, row in result["per_subtype"].items():
        lines.append(f"{subtype:14}{row['precision']:>10.3f}{row['recall']:>8.3f}"
                     f"{row['gold']:>6}{row['predicted']:>7}")
    lines += ["", f"all subtypes: precision {result['precision']:.3f}, "
                  f"recall {result['recall']:.3f}",
              f"false alarms: {result['false_alarm_rate']:.1%} of "
              f"{result['clean_items']} sentences that must not be flagged"]
    for (genre, subtype), row in result["genre_precision"].items():
        lines.append(f"{genre} items: {subtype} precision {row['precision']:.3f} "
                     f"of {row['predicted']} flagged")
    return "\n".join(lines) + "\n"
