"""Shared evaluation helpers."""

from __future__ import annotations

import pytest

from sos_lang.evaluation.common import locate_in_order


def test_each_span_is_found_after_the_one_before() -> None:
    text = "Dad has failed to engage and has failed to keep the children away."
    starts = locate_in_order("x", text, ["failed to engage", "failed to"])
    assert starts == [8, text.index("failed to", 20)]


def test_repeated_span_takes_its_next_occurrence() -> None:
    assert locate_in_order("x", "Sam and Sam", ["Sam", "Sam"]) == [0, 8]


def test_missing_span_names_the_item() -> None:
    with pytest.raises(ValueError, match="item-7"):
        locate_in_order("item-7", "Sam and Ava", ["Ava", "Sam"])
