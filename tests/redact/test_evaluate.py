"""Redaction scoring: a name half redacted is not found, family names only when asked,
types a set does not annotate are not scored."""

from __future__ import annotations

from typing import Any

from sos_lang.evaluation.redaction import annotated_types, evaluate_redaction


def _item(text: str, spans: list[tuple[str, str]], family: list[str] | None = None
          ) -> dict[str, Any]:
    return {"id": "t-1", "text": text, "family_names": family or [],
            "spans": [{"text": t, "type": k} for t, k in spans]}


def test_half_a_name_is_a_miss() -> None:
    item = _item("Seen: Jade zqxv.", [("Jade zqxv", "NAME")], family=["Jade"])
    result = evaluate_redaction([item], use_model=False, family_names=True)
    row = result["per_type"]["NAME"]
    assert row["overlap_recall"] == 1.0 and row["recall"] == 0.0
    assert 0.4 < row["characters"] < 0.6
    assert result["misses"][0]["partly"] == "True"


def test_family_names_are_used_only_when_asked() -> None:
    item = _item("zqxv was seen.", [("zqxv", "NAME")], family=["Zqxv"])
    assert evaluate_redaction([item], use_model=False)["names_recall"] == 0.0
    assert evaluate_redaction([item], use_model=False, family_names=True)["names_recall"] == 1.0


def test_types_a_set_does_not_annotate_are_not_false_alarms() -> None:
    item = _item("Ring 07700 900123 about it.", [])
    assert evaluate_redaction([item], use_model=False)["precision"] == 0.0
    assert evaluate_redaction([item], use_model=False, types=["NAME"])["precision"] == 1.0
    assert "SCHOOL" not in annotated_types("redaction_set")
    assert "SCHOOL" in annotated_types("a_set_written_this_session")
