"""The lexicon evaluation on the held-out test part: a guard at the issue's targets."""

from __future__ import annotations

import pytest

from sos_lang.evaluation.lexicon import evaluate_lexicon, heldout_test_items


@pytest.mark.slow
def test_heldout_flags_meet_the_targets() -> None:
    """Precision 0.90, recall 0.85, false alarms at most 5% (README has the figures)."""
    result = evaluate_lexicon(heldout_test_items())
    assert result["precision"] >= 0.90
    assert result["recall"] >= 0.85
    assert result["false_alarm_rate"] <= 0.05
