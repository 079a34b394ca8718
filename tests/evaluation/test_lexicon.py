"""The lexicon evaluation on the held-out test part: a guard at the issue's targets."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sos_lang.evaluation.lexicon import evaluate_lexicon, heldout_test_items


@pytest.mark.slow
def test_heldout_flags_meet_the_targets() -> None:
    """Precision 0.90, recall 0.85, false alarms at most 5% (README has the figures)."""
    result = evaluate_lexicon(heldout_test_items())
    assert result["precision"] >= 0.90
    assert result["recall"] >= 0.85
    assert result["false_alarm_rate"] <= 0.05


def test_notes_get_their_own_precision_per_subtype(monkeypatch: pytest.MonkeyPatch) -> None:
    """A note's acronym false alarm counts against notes' acronym precision, and an item
    without a genre does not enter the per-genre figures."""
    text_note = "Visit 10:00\nCIN plan reviewed with Mum. ROOM 4 booked."
    text_plain = "Mum said the FGC was helpful."

    def fake_analyse(text: str, **_: object) -> SimpleNamespace:
        words = ("CIN", "ROOM") if text == text_note else ("FGC",)
        return SimpleNamespace(findings=[
            SimpleNamespace(start=text.index(word), end=text.index(word) + len(word),
                            kind="jargon", subtype="acronym") for word in words])

    monkeypatch.setattr("sos_lang.evaluation.lexicon.analyse", fake_analyse)
    items = [
        {"id": "n-1", "genre": "note", "text": text_note,
         "flags": [{"text": "CIN", "kind": "jargon", "subtype": "acronym"}]},
        {"id": "s-1", "text": text_plain,
         "flags": [{"text": "FGC", "kind": "jargon", "subtype": "acronym"}]},
    ]
    result = evaluate_lexicon(items)
    assert result["genre_precision"] == {("note", "acronym"): {"precision": 0.5,
                                                               "predicted": 2}}
    assert result["precision"] == pytest.approx(2 / 3, abs=0.001)
