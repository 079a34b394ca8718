"""Redaction evaluation on the labelled sets (``redaction_set.jsonl`` and the development
sets).

Two ways to count a gold span as found, both reported:

- *overlap*: a redacted span of the same type overlaps it (the old, lenient count);
- *covered*: every letter and digit of it lies inside redacted spans of the same type, so
  "Jade Jones" -> "Jade [NAME]" is not found. The headline recalls use this stricter count,
  and the share of gold characters redacted is reported beside it.

A redacted span is precise when it overlaps a gold span of the same type. A set written
before some types existed (``redaction_types.yaml`` lists the types each set annotates) is
scored only on those: spans of other types are neither gold nor false alarms there.

The headline figures are measured without the items' ``family_names`` (as ``redact(text)``
is called by default); the figures with the names given, as ``--name-cols`` does, are beside
them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from sos_lang.evaluation.common import (
    eval_data_path,
    load_jsonl,
    locate_in_order,
    ratio,
    test_items_of,
)
from sos_lang.redact import redact

STRUCTURED = ("PHONE", "EMAIL", "POSTCODE", "NHS_NUMBER", "NI_NUMBER", "DATE_OF_BIRTH",
              "ADDRESS", "HANDLE", "VEHICLE_REG", "REFERENCE")
ALL_TYPES = ("NAME", *STRUCTURED, "SCHOOL")


def redaction_set_path() -> Path:
    return eval_data_path("redaction_set.jsonl")


def load_redaction_set(path: Path | None = None) -> list[dict[str, Any]]:
    return load_jsonl(path or redaction_set_path())


def heldout_test_items() -> list[dict[str, Any]]:
    return test_items_of(load_redaction_set())


def annotated_types(set_name: str) -> tuple[str, ...]:
    """The identifier types a set annotates (``redaction_types.yaml``); every type for a
    set it does not list."""
    manifest = yaml.safe_load(eval_data_path("redaction_types.yaml").read_text("utf-8"))
    return tuple(manifest.get(Path(set_name).stem, ALL_TYPES))


def _gold(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    spans = item["spans"]
    starts = locate_in_order(item["id"], item["text"], [span["text"] for span in spans])
    return [(start, start + len(span["text"]), span["type"])
            for start, span in zip(starts, spans, strict=True)]


def _covered(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """(letters and digits of text[start:end] inside the spans, letters and digits in all)."""
    wanted = [i for i in range(start, end) if text[i].isalnum()]
    inside = sum(1 for i in wanted if any(s <= i < e for s, e in spans))
    return inside, len(wanted)


def evaluate_redaction(items: list[dict[str, Any]], use_model: bool = True,
                       types: Iterable[str] = ALL_TYPES, family_names: bool = False
                       ) -> dict[str, Any]:
    """Recall (overlap and fully covered), the share of characters covered and precision,
    per type and for names and structured identifiers together."""
    scored = set(types)
    found, covered, gold_count, precise, predicted_count = (Counter(), Counter(), Counter(),
                                                            Counter(), Counter())
    chars_in, chars_all = Counter(), Counter()
    misses: list[dict[str, str]] = []
    false_alarms: list[dict[str, str]] = []
    for item in items:
        gold = [g for g in _gold(item) if g[2] in scored]
        _, spans = redact(item["text"], use_model=use_model,
                          family_names=item.get("family_names", []) if family_names else ())
        predicted = [(s.start, s.end, s.kind) for s in spans if s.kind in scored]
        for start, end, kind in gold:
            gold_count[kind] += 1
            same = [(p[0], p[1]) for p in predicted if p[2] == kind]
            inside, total = _covered(item["text"], start, end, same)
            chars_in[kind] += inside
            chars_all[kind] += total
            if any(s < end and start < e for s, e in same):
                found[kind] += 1
            if inside == total:
                covered[kind] += 1
            else:
                misses.append({"id": item["id"], "type": kind, "text": item["text"][start:end],
                               "partly": str(inside > 0)})
        for start, end, kind in predicted:
            predicted_count[kind] += 1
            if any(g[2] == kind and g[0] < end and start < g[1] for g in gold):
                precise[kind] += 1
            else:
                false_alarms.append({"id": item["id"], "type": kind,
                                     "text": item["text"][start:end]})
    kinds = sorted(set(gold_count) | set(predicted_count))
    structured = [k for k in STRUCTURED if k in scored]

    def together(counter: Counter[str], kinds: Iterable[str]) -> int:
        return sum(counter[k] for k in kinds)

    return {
        "per_type": {kind: {"recall": ratio(covered[kind], gold_count[kind]),
                            "overlap_recall": ratio(found[kind], gold_count[kind]),
                            "characters": ratio(chars_in[kind], chars_all[kind]),
                            "precision": ratio(precise[kind], predicted_count[kind]),
                            "gold": gold_count[kind], "redacted": predicted_count[kind]}
                     for kind in kinds},
        "names_recall": ratio(covered["NAME"], gold_count["NAME"]),
        "names_overlap_recall": ratio(found["NAME"], gold_count["NAME"]),
        "structured_recall": ratio(together(covered, structured),
                                   together(gold_count, structured)),
        "structured_overlap_recall": ratio(together(found, structured),
                                           together(gold_count, structured)),
        "precision": ratio(sum(precise.values()), sum(predicted_count.values())),
        "types": sorted(scored), "family_names": family_names,
        "items": len(items), "misses": misses, "false_alarms": false_alarms,
    }


def evaluate_both_ways(items: list[dict[str, Any]], types: Iterable[str] = ALL_TYPES
                       ) -> dict[str, Any]:
    """The headline (no family names) and, beside it, with the items' family names."""
    types = tuple(types)
    return {"without_family_names": evaluate_redaction(items, types=types),
            "with_family_names": evaluate_redaction(items, types=types, family_names=True)}


def format_redaction_evaluation(result: dict[str, Any]) -> str:
    """Per-type table of the headline run, the with-names figures beside each recall."""
    head, names = result["without_family_names"], result["with_family_names"]
    lines = ["Without family names (as redact(text) is called); with them in brackets.",
             "recall: every letter and digit redacted; overlap: any part redacted.",
             f"{'type':15}{'recall':>15}{'overlap':>9}{'chars':>8}{'precision':>11}"
             f"{'gold':>6}{'redacted':>10}"]
    for kind, row in head["per_type"].items():
        other = names["per_type"].get(kind, {}).get("recall", 1.0)
        lines.append(f"{kind:15}{row['recall']:>7.3f} ({other:.3f}){row['overlap_recall']:>9.3f}"
                     f"{row['characters']:>8.3f}{row['precision']:>11.3f}"
                     f"{row['gold']:>6}{row['redacted']:>10}")
    lines += ["",
              f"names recall {head['names_recall']:.3f} ({names['names_recall']:.3f} with "
              f"family names; overlap {head['names_overlap_recall']:.3f}), structured "
              f"identifiers recall {head['structured_recall']:.3f} "
              f"({names['structured_recall']:.3f}), precision {head['precision']:.3f} "
              f"({names['precision']:.3f}) ({head['items']} items)"]
    return "\n".join(lines) + "\n"
