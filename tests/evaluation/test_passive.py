"""The passive-voice evaluator: precision and recall per profile, and the sets' shape."""

from __future__ import annotations

import pytest

from sos_lang.evaluation.passive import (
    DEV_SET,
    TEST_SET,
    evaluate_passive,
    format_passive_evaluation,
    load_set,
)


def test_precision_and_recall_count_items_per_profile() -> None:
    items = [{"id": "a", "text": "Sam was hit.", "passive": True},
             {"id": "b", "text": "Mum hit the wall.", "passive": True},      # a miss
             {"id": "c", "text": "We are worried.", "passive": False},
             {"id": "d", "text": "The bike was stolen.", "passive": False}]  # a false alarm
    result = evaluate_passive(items, profiles=("fast",))
    assert result["fast"] == {"precision": 0.5, "recall": 0.5, "misses": ["b"],
                              "false_alarms": ["d"]}
    assert "accurate" not in result
    assert "fast" in format_passive_evaluation(result)


@pytest.mark.parametrize("name", [TEST_SET, DEV_SET])
def test_every_item_names_its_verb_and_label(name: str) -> None:
    items = load_set(name)
    assert len({item["id"] for item in items}) == len(items) >= 100
    for item in items:
        assert isinstance(item["passive"], bool) and item["genre"]
        assert item["verb"].lower() in item["text"].lower()
    assert 0.3 < sum(item["passive"] for item in items) / len(items) < 0.6


def test_the_development_set_meets_the_target_in_both_profiles() -> None:
    result = evaluate_passive(load_set(DEV_SET))
    for profile in ("fast", "accurate"):
        assert result[profile]["precision"] >= 0.95 and result[profile]["recall"] >= 0.95
