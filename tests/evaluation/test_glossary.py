"""The published glossary set and its recall evaluator (eval/published_glossary.jsonl)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest

from sos_lang.evaluation.glossary import (
    FRAMES,
    evaluate_glossary,
    example_spans,
    glossary_part,
    load_glossary,
    neutral_sentence,
)
from sos_lang.lexicon.schema import VOCABULARY_SUBTYPES


def _part(term: str) -> str:
    """The split rule eval/README.md states, recomputed independently."""
    key = "glossary:" + re.sub(r"\s+", " ", term.strip().lower())
    return "test" if hashlib.sha256(key.encode()).digest()[0] % 3 == 0 else "dev"


def test_every_item_is_sourced_split_by_its_term_and_scoreable() -> None:
    items = load_glossary()
    assert len({item["id"] for item in items}) == len(items)
    assert len({item["term"].lower() for item in items}) == len(items)
    for item in items:
        assert item["part"] == _part(item["term"]) == glossary_part(item["term"]), item["id"]
        assert item["sources"] and all(s["url"].startswith("http") and s["quote"]
                                       and len(s["quote"]) <= 200 for s in item["sources"])
        assert item["frame"] in FRAMES
        assert item["round"] in (1, 2, 3, 4, 5, 6, 7, 8)
        # from round 5 on the test part is frozen: candidates whose hash puts them in
        # it are left out (scripts/add_glossary_terms.py --dev-only)
        assert item["round"] < 5 or item["part"] == "dev", item["id"]
        if item["in_scope"]:
            assert item["subtype"] in VOCABULARY_SUBTYPES[item["kind"]], item["id"]
        else:
            assert item["subtype"] is None and item["why_not"], item["id"]
        text, start, end = neutral_sentence(item)
        assert text[start:end] == item["form"]
        for (sentence, s_start, s_end), example in zip(example_spans(item), item["examples"],
                                                        strict=True):
            assert sentence[s_start:s_end] == example["span"]
            assert example["url"].startswith("http")


def _item(term: str, part: str, frame: str = "noun", in_scope: bool = True,
          examples: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": term, "term": term, "form": term, "frame": frame, "kind": "jargon",
            "subtype": "care_jargon" if in_scope else None, "in_scope": in_scope,
            "why_not": None if in_scope else "test", "sources": [], "examples": examples or [],
            "round": 1, "part": part}


def test_recall_counts_flagged_terms_and_example_sentences_of_one_part() -> None:
    items = [
        _item("placement", "dev", examples=[
            {"text": "Kai likes his placement.", "span": "placement", "url": "http://x"},
            {"text": "Sue said “the placement is fine”.", "span": "placement", "url": "http://x"}]),
        _item("garden", "dev"),                      # plain: must count as a miss
        _item("respite", "test"),                    # other part: not counted
        _item("siblings", "dev", in_scope=False),    # out of scope: not counted
    ]
    result = evaluate_glossary(items, "dev", profile="fast")
    assert (result["terms"], result["neutral_found"]) == (2, 1)
    assert result["neutral_recall"] == 0.5
    # the quoted use is someone else's words, so one of the two sentences is found
    assert (result["examples"], result["example_found"]) == (2, 1)
    assert {(m["term"], m["where"]) for m in result["misses"]} == {
        ("garden", "neutral"), ("placement", "example")}


def test_a_round_of_collection_can_be_scored_alone() -> None:
    """A part's first terms stay comparable after a later round adds to the part."""
    later = {**_item("respite", "dev"), "round": 2}
    items = [_item("placement", "dev"), _item("garden", "dev"), later]
    assert evaluate_glossary(items, "dev", profile="fast")["terms"] == 3
    first = evaluate_glossary(items, "dev", profile="fast", collection=1)
    assert (first["terms"], first["neutral_found"]) == (2, 1)


@pytest.mark.slow
def test_dev_part_recall_stays_at_its_measured_level() -> None:
    """README: dev neutral 0.978 and own examples 0.893 after round 3's entries (0.964
    before the glossary policy left "birth family" beside adoption and foster carers in two
    own sentences, docs/lexicon-sources.md); round 4's terms, which get no entries, were
    added at 0.381 and 0.200 (the whole part 0.899 and 0.711) and the word shape
    'nominalisation' finds them at 0.571 and 0.600 (the whole part 0.925 and 0.816). With
    round 6's terms, the practice_name shape's compounds, -tional adjectives and names of
    what happens out of court, and the entry for "lived experience": 0.967 and 0.897 (0.950
    and 0.872 before). Round 8's three terms: 2 of 3 before the acronym rule read letters
    with a plus sign (PP+), 3 of 3 after (the whole part 0.968)."""
    items = load_glossary()
    result = evaluate_glossary(items, "dev", profile="fast")
    assert result["neutral_recall"] >= 0.96
    assert result["example_recall"] >= 0.89
    fourth = evaluate_glossary(items, "dev", profile="fast", collection=4)
    assert fourth["neutral_recall"] >= 0.57
    assert fourth["example_recall"] >= 0.6
    eighth = evaluate_glossary(items, "dev", profile="fast", collection=8)
    assert eighth["neutral_recall"] == 1.0


@pytest.mark.slow
def test_held_out_part_recall_is_as_documented() -> None:
    """README: the first 47 test terms neutral 0.766 and own sentences 0.636; the whole
    test part, with round 2's, round 3's and round 4's terms added unseen, neutral 0.726
    (0.708 before round 4, 0.694 before round 3; below the 0.90 target)."""
    items = load_glossary()
    first = evaluate_glossary(items, "test", profile="fast", collection=1)
    assert first["neutral_recall"] >= 0.76
    assert first["example_recall"] >= 0.63
    whole = evaluate_glossary(items, "test", profile="fast")
    assert whole["neutral_recall"] >= 0.69
