"""Excerpts: each finding is shown in its own sentence, cut from the redacted record."""

from __future__ import annotations

from sos_lang.analysis import analyse
from sos_lang.audit.excerpts import excerpts


def test_each_excerpt_is_the_sentence_around_its_finding() -> None:
    text = ("Visit on Monday. Mum was hostile at the door. The kitchen was clean. "
            "Dad was non-compliant with the plan. Sam showed me his room.")
    report = analyse(text, profile="fast")
    shown = {(e["kind"], e["subtype"], e["excerpt"]) for e in excerpts(text, report)
             if e["kind"] == "deficit"}
    assert shown == {("deficit", "label", "Mum was hostile at the door."),
                     ("deficit", "compliance", "Dad was non-compliant with the plan.")}


def test_findings_deep_in_a_long_record_find_their_sentence() -> None:
    """Thousands of sentences: every finding still gets its own sentence (the lookup
    bisects the sentence starts instead of scanning them for each finding)."""
    text = " ".join(f"Visit {n} went well. Mum was hostile on day {n}." for n in range(1500))
    report = analyse(text, profile="fast")
    found = [e for e in excerpts(text, report) if e["kind"] == "deficit"]
    assert len(found) == 1500
    assert all(e["excerpt"].startswith("Mum was hostile on day ") for e in found)
