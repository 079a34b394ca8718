"""``opinion_as_fact`` on published fact-and-opinion examples: do the judgements that
recording guides hold up as opinions written as facts get the flag, and do their own
observed, attributed or owned rewrites go without it?

The set (``eval/published_opinion.jsonl``) has one sentence per item, each from a recording
guide, training exercise or article on fact and opinion in case records (``source``, its
address; the sentences are short quotations), labelled by the labelling guide, section 2,
with the source's own verdict in ``guide``. Its ``part`` is fixed by a hash of the item id
(``evaluation.common.is_dev_item``) before anything was scored: the development third may be
looked at, the test part is only reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sos_lang.evaluation.common import eval_data_path, is_dev_item, load_jsonl, ratio
from sos_lang.statements.model import StatementModel, default_model

OPINION_SET = "published_opinion.jsonl"


def load_opinion_set() -> list[dict[str, Any]]:
    return load_jsonl(eval_data_path(OPINION_SET))


def part_of(item: dict[str, Any]) -> str:
    """``dev`` or ``test``: the hash split every evaluation set here uses."""
    return "dev" if is_dev_item(item) else "test"


def score_part(items: list[dict[str, Any]], flagged: list[bool]) -> dict[str, Any]:
    """Precision, recall and F1 of the flag on one part, and the sentences it got wrong."""
    gold = [bool(item["opinion_as_fact"]) for item in items]
    true_pos = sum(g and f for g, f in zip(gold, flagged, strict=True))
    precision = ratio(true_pos, sum(flagged))
    recall = ratio(true_pos, sum(gold))
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    return {"items": len(items), "opinions": sum(gold), "precision": precision,
            "recall": recall, "f1": f1,
            "missed": [item["id"] for item, g, f in zip(items, gold, flagged, strict=True)
                       if g and not f],
            "false_alarms": [item["id"] for item, g, f in zip(items, gold, flagged, strict=True)
                             if f and not g]}


def evaluate_opinion(items: Iterable[dict[str, Any]] | None = None,
                     model: StatementModel | None = None) -> dict[str, Any]:
    """The flag's scores on the development and test parts of the published set."""
    items = list(load_opinion_set() if items is None else items)
    model = model or default_model()
    flagged = [c.opinion_as_fact for c in model.classify([item["text"] for item in items])]
    result = {}
    for part in ("test", "dev"):
        chosen = [i for i, item in enumerate(items) if part_of(item) == part]
        result[part] = score_part([items[i] for i in chosen], [flagged[i] for i in chosen])
    return result


def format_opinion_evaluation(result: dict[str, Any]) -> str:
    """The two parts as a plain-text table (ids of the misses, never their text)."""
    lines = [f"{'part':6}{'items':>7}{'opinions':>10}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for part in ("test", "dev"):
        row = result[part]
        lines.append(f"{part:6}{row['items']:>7}{row['opinions']:>10}{row['precision']:>11.3f}"
                     f"{row['recall']:>8.3f}{row['f1']:>7.3f}")
    for part in ("test", "dev"):
        row = result[part]
        lines.append(f"{part}: missed {', '.join(row['missed']) or 'none'}; false alarms "
                     f"{', '.join(row['false_alarms']) or 'none'}")
    return "\n".join(lines) + "\n"
