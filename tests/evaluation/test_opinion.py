"""The published fact-and-opinion set and its evaluator (eval/published_opinion.jsonl)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pytest

from sos_lang.evaluation.opinion import (
    evaluate_opinion,
    format_opinion_evaluation,
    load_opinion_set,
    score_part,
)


def _part(item_id: str) -> str:
    """The split rule eval/README.md states, recomputed independently."""
    return "dev" if hashlib.sha256(item_id.encode()).digest()[0] % 3 == 0 else "test"


def test_every_item_is_sourced_short_labelled_and_split_by_its_id() -> None:
    items = load_opinion_set()
    assert len({item["id"] for item in items}) == len(items)
    assert len({item["text"] for item in items}) == len(items)
    for item in items:
        assert item["source"].startswith("http"), item["id"]
        assert isinstance(item["opinion_as_fact"], bool), item["id"]
        assert item["guide"], item["id"]
        assert len(item["text"]) <= 250, f"{item['id']}: only short quotations"
        assert item["part"] == _part(item["id"]), item["id"]
    for part in ("dev", "test"):
        flags = {item["opinion_as_fact"] for item in items if item["part"] == part}
        assert flags == {True, False}, f"{part} part needs opinions and plain statements"


def test_score_part_counts_precision_recall_and_names_the_errors() -> None:
    items = [{"id": "a", "opinion_as_fact": True}, {"id": "b", "opinion_as_fact": True},
             {"id": "c", "opinion_as_fact": False}, {"id": "d", "opinion_as_fact": False}]
    result = score_part(items, [True, False, True, False])
    assert (result["precision"], result["recall"], result["f1"]) == (0.5, 0.5, 0.5)
    assert result["missed"] == ["b"] and result["false_alarms"] == ["c"]


@dataclass
class _Flag:
    opinion_as_fact: bool


class _WordModel:
    """Flags a sentence when it holds the word 'drunk': a model whose answers are known."""

    def classify(self, texts: list[str]) -> list[_Flag]:
        return [_Flag("drunk" in text) for text in texts]


def test_evaluate_scores_each_part_with_the_model_given() -> None:
    items = [{"id": "fo-001", "text": "He was drunk.", "opinion_as_fact": True},
             {"id": "fo-002", "text": "He smelt of beer.", "opinion_as_fact": False},
             {"id": "fo-003", "text": "He is lazy.", "opinion_as_fact": True},
             {"id": "fo-004", "text": "He denied being drunk.", "opinion_as_fact": False}]
    result = evaluate_opinion(items, model=_WordModel())  # type: ignore[arg-type]
    by_id = {i: p for p in ("dev", "test") for i in result[p]["missed"]
             + result[p]["false_alarms"]}
    assert by_id == {"fo-003": _part("fo-003"), "fo-004": _part("fo-004")}
    assert sum(result[p]["items"] for p in ("dev", "test")) == 4
    assert "missed" in format_opinion_evaluation(result)


@pytest.mark.slow
def test_shipped_model_meets_the_target_on_the_held_out_part() -> None:
    """Issue 15: opinion_as_fact F1 at least 0.80 on the held-out published examples."""
    assert evaluate_opinion()["test"]["f1"] >= 0.80
