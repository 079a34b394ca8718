"""Do the scores move the way practitioners mean? Before/after rewrite pairs, scored whole.

The set is JSON Lines: {"id", "poor", "improved", "changed": [score names the rewrite
improved], "source": address or "own", "part": "dev" | "test"}. The part is fixed by the
hash of the id (``common.is_dev_item``), so it was decided before anything was scored; the
test part is only reported in totals, never listed pair by pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sos_lang.analysis import analyse_many
from sos_lang.evaluation.common import eval_data_path, is_dev_item, load_jsonl, ratio

DIMENSIONS = ("plain", "jargon", "deficit", "strengths", "evidence")
PARTS = ("dev", "test")


def pairs_path() -> Path:
    return eval_data_path("rewrite_pairs.jsonl")


def load_pairs(path: Path | None = None) -> list[dict[str, Any]]:
    return load_jsonl(path or pairs_path())


def part_of(pair: dict[str, Any]) -> str:
    """dev or test, from the hash of the id (the same rule as the other held-out sets)."""
    return "dev" if is_dev_item(pair) else "test"


def score_pairs(pairs: Iterable[dict[str, Any]], profile: str = "accurate",
                config_path: str | None = None) -> list[dict[str, Any]]:
    """Each pair with the scores of its poor and improved versions."""
    pairs = list(pairs)
    texts = [text for pair in pairs for text in (pair["poor"], pair["improved"])]
    reports = list(analyse_many(texts, profile=profile, config_path=config_path))
    return [{**pair, "poor_scores": reports[2 * i].scores,
             "improved_scores": reports[2 * i + 1].scores}
            for i, pair in enumerate(pairs)]


def summarise(scored: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Share of pairs whose improved version scores strictly higher overall, and for each
    dimension the share strictly higher among the pairs whose rewrite changed it."""
    scored = list(scored)
    overall = sum(p["improved_scores"]["overall"] > p["poor_scores"]["overall"]
                  for p in scored)
    changed, higher = Counter(), Counter()
    for pair in scored:
        for name in pair["changed"]:
            changed[name] += 1
            higher[name] += pair["improved_scores"][name] > pair["poor_scores"][name]
    dimension_pairs = sum(changed.values())
    return {
        "pairs": len(scored),
        "overall_higher": ratio(overall, len(scored)),
        "changed_higher": ratio(sum(higher.values()), dimension_pairs),
        "by_dimension": {name: {"pairs": changed[name],
                                "higher": ratio(higher[name], changed[name])}
                         for name in DIMENSIONS if changed[name]},
    }


def misses(scored: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dev pairs where a score did not rise as it should (never test pairs: they are only
    ever reported in totals)."""
    found = []
    for pair in scored:
        if part_of(pair) != "dev":
            continue
        failed = [name for name in ("overall", *pair["changed"])
                  if pair["improved_scores"][name] <= pair["poor_scores"][name]]
        if failed:
            found.append({"id": pair["id"], "failed": failed, "poor": pair["poor"],
                          "improved": pair["improved"], "poor_scores": pair["poor_scores"],
                          "improved_scores": pair["improved_scores"]})
    return found


def evaluate_rewrites(profile: str = "accurate", path: Path | None = None,
                      config_path: str | None = None) -> dict[str, Any]:
    """Summary per part (dev, test) and the dev misses."""
    scored = score_pairs(load_pairs(path), profile=profile, config_path=config_path)
    result: dict[str, Any] = {"profile": profile}
    for part in PARTS:
        result[part] = summarise(p for p in scored if part_of(p) == part)
    result["dev_misses"] = misses(scored)
    return result


def format_rewrites(result: dict[str, Any]) -> str:
    """One line per part: overall, every changed dimension, and each dimension."""
    lines = [f"rewrite pairs ({result['profile']} profile): share where the improved version "
             "scores higher"]
    for part in PARTS:
        summary = result[part]
        dims = ", ".join(f"{name} {value['higher']:.3f} (n={value['pairs']})"
                         for name, value in summary["by_dimension"].items())
        lines.append(f"  {part:4} n={summary['pairs']:3}  overall {summary['overall_higher']:.3f}"
                     f"  changed dimensions {summary['changed_higher']:.3f}  [{dims}]")
    return "\n".join(lines)
