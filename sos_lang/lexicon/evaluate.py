"""Lexicon evaluation on a labelled set of sentences: precision, recall, false alarms.

The set is JSON Lines: {"id", "text", "flags": [{"text", "kind", "subtype"}]}, each flag's
text an exact substring of the item's text (repeated once per occurrence flagged).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from sos_lang.analysis import analyse
from sos_lang.lexicon.schema import VOCABULARY_SUBTYPES

WORDING_KINDS = ("deficit", "jargon")


def heldout_path() -> Path:
    return Path(str(resources.files("sos_lang").joinpath("data", "eval", "lexicon_heldout.jsonl")))


def load_items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def is_dev_item(item: dict[str, Any]) -> bool:
    """About a third of the set, fixed by a hash of the id, may be looked at while building
    the lexicons (the dev part); the rest is the held-out test part, only ever reported."""
    return hashlib.sha256(item["id"].encode()).digest()[0] % 3 == 0


def heldout_test_items() -> list[dict[str, Any]]:
    return [item for item in load_items(heldout_path()) if not is_dev_item(item)]


def gold_spans(item: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, subtype) of each gold flag, located in order of appearance."""
    spans, used = [], Counter()
    for flag in item["flags"]:
        start, skip = -1, used[flag["text"]]
        for _ in range(skip + 1):
            start = item["text"].find(flag["text"], start + 1)
        if start < 0:
            raise ValueError(f"{item['id']}: flag {flag['text']!r} not found in text")
        used[flag["text"]] += 1
        spans.append((start, start + len(flag["text"]), flag["kind"], flag["subtype"]))
    return spans


def _overlaps(a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[3] == b[3]


def evaluate_lexicon(items: Iterable[dict[str, Any]], profile: str = "accurate",
                     config_path: str | None = None) -> dict[str, Any]:
    """Per-subtype precision and recall (overlap with the same subtype) and the false-alarm
    rate: the share of items with no gold flag on which anything is flagged."""
    true_pos, predicted_count, gold_count = Counter(), Counter(), Counter()
    clean_items = clean_flagged = 0
    errors: list[dict[str, Any]] = []
    for item in items:
        gold = gold_spans(item)
        report = analyse(item["text"], profile=profile, config_path=config_path)
        predicted = [(f.start, f.end, f.kind, f.subtype) for f in report.findings
                     if f.kind in WORDING_KINDS]
        for span in gold:
            gold_count[span[3]] += 1
            if any(_overlaps(span, other) for other in predicted):
                true_pos[("recall", span[3])] += 1
            else:
                errors.append({"id": item["id"], "type": "missed", "text": item["text"],
                               "span": item["text"][span[0]:span[1]], "subtype": span[3]})
        for span in predicted:
            predicted_count[span[3]] += 1
            if any(_overlaps(span, other) for other in gold):
                true_pos[("precision", span[3])] += 1
            else:
                errors.append({"id": item["id"], "type": "false alarm", "text": item["text"],
                               "span": item["text"][span[0]:span[1]], "subtype": span[3]})
        if not gold:
            clean_items += 1
            clean_flagged += bool(predicted)
    subtypes = [s for kind in WORDING_KINDS for s in VOCABULARY_SUBTYPES[kind]]
    per_subtype = {}
    for subtype in subtypes:
        per_subtype[subtype] = {
            "precision": _ratio(true_pos[("precision", subtype)], predicted_count[subtype]),
            "recall": _ratio(true_pos[("recall", subtype)], gold_count[subtype]),
            "gold": gold_count[subtype], "predicted": predicted_count[subtype],
        }
    all_tp_p = sum(v for (kind, _), v in true_pos.items() if kind == "precision")
    all_tp_r = sum(v for (kind, _), v in true_pos.items() if kind == "recall")
    return {
        "per_subtype": per_subtype,
        "precision": _ratio(all_tp_p, sum(predicted_count.values())),
        "recall": _ratio(all_tp_r, sum(gold_count.values())),
        "false_alarm_rate": _ratio(clean_flagged, clean_items),
        "clean_items": clean_items,
        "errors": errors,
    }


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 3) if denominator else 1.0


def format_lexicon_evaluation(result: dict[str, Any]) -> str:
    lines = [f"{'subtype':14}{'precision':>10}{'recall':>8}{'gold':>6}{'found':>7}"]
    for subtype, row in result["per_subtype"].items():
        lines.append(f"{subtype:14}{row['precision']:>10.3f}{row['recall']:>8.3f}"
                     f"{row['gold']:>6}{row['predicted']:>7}")
    lines += ["", f"all subtypes: precision {result['precision']:.3f}, "
                  f"recall {result['recall']:.3f}",
              f"false alarms: {result['false_alarm_rate']:.1%} of "
              f"{result['clean_items']} sentences that must not be flagged"]
    return "\n".join(lines) + "\n"
