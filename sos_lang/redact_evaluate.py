"""Redaction evaluation on the labelled set ``sos_lang/data/eval/redaction_set.jsonl``.

A gold span is recalled when a redacted span of the same type overlaps it; a
redacted span is precise when it overlaps a gold span of the same type.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from sos_lang.evaluation import (
    eval_data_path,
    load_jsonl,
    locate_in_order,
    ratio,
    test_items_of,
)
from sos_lang.redact import redact

STRUCTURED = ("PHONE", "EMAIL", "POSTCODE", "NHS_NUMBER", "NI_NUMBER", "DATE_OF_BIRTH",
              "ADDRESS")


def redaction_set_path() -> Path:
    return eval_data_path("redaction_set.jsonl")


def load_redaction_set(path: Path | None = None) -> list[dict[str, Any]]:
    return load_jsonl(path or redaction_set_path())


def heldout_test_items() -> list[dict[str, Any]]:
    return test_items_of(load_redaction_set())


def _gold(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    spans = item["spans"]
    starts = locate_in_order(item["id"], item["text"], [span["text"] for span in spans])
    return [(start, start + len(span["text"]), span["type"])
            for start, span in zip(starts, spans, strict=True)]


def evaluate_redaction(items: list[dict[str, Any]], use_model: bool = True) -> dict[str, Any]:
    """Recall and precision per type, and for names and structured identifiers together."""
    found, gold_count, precise, predicted_count = Counter(), Counter(), Counter(), Counter()
    misses: list[dict[str, str]] = []
    for item in items:
        gold = _gold(item)
        _, spans = redact(item["text"], family_names=item.get("family_names", []),
                          use_model=use_model)
        predicted = [(s.start, s.end, s.kind) for s in spans]
        for start, end, kind in gold:
            gold_count[kind] += 1
            if any(p[2] == kind and p[0] < end and start < p[1] for p in predicted):
                found[kind] += 1
            else:
                misses.append({"id": item["id"], "type": kind, "text": item["text"][start:end]})
        for start, end, kind in predicted:
            predicted_count[kind] += 1
            if any(g[2] == kind and g[0] < end and start < g[1] for g in gold):
                precise[kind] += 1
    kinds = sorted(set(gold_count) | set(predicted_count))

    return {
        "per_type": {kind: {"recall": ratio(found[kind], gold_count[kind]),
                            "precision": ratio(precise[kind], predicted_count[kind]),
                            "gold": gold_count[kind], "redacted": predicted_count[kind]}
                     for kind in kinds},
        "names_recall": ratio(found["NAME"], gold_count["NAME"]),
        "structured_recall": ratio(sum(found[k] for k in STRUCTURED),
                                   sum(gold_count[k] for k in STRUCTURED)),
        "precision": ratio(sum(precise.values()), sum(predicted_count.values())),
        "items": len(items), "misses": misses,
    }


def format_redaction_evaluation(result: dict[str, Any]) -> str:
    lines = [f"{'type':15}{'recall':>8}{'precision':>11}{'gold':>6}{'redacted':>10}"]
    for kind, row in result["per_type"].items():
        lines.append(f"{kind:15}{row['recall']:>8.3f}{row['precision']:>11.3f}"
                     f"{row['gold']:>6}{row['redacted']:>10}")
    lines += ["", f"names recall {result['names_recall']:.3f}, structured identifiers recall "
                  f"{result['structured_recall']:.3f}, precision {result['precision']:.3f} "
                  f"({result['items']} items)"]
    return "\n".join(lines) + "\n"
