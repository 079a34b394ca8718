"""Context rules: what counts as a concrete detail after a vague word."""

from __future__ import annotations

import pytest

from sos_lang.lexicon.context import concrete_detail
from sos_lang.settings import load_yaml

EXAMPLES = load_yaml("concrete_detail.yaml")["examples"]


@pytest.mark.parametrize("text", EXAMPLES["concrete"])
def test_concrete_examples(text: str) -> None:
    assert concrete_detail(text)


@pytest.mark.parametrize("text", EXAMPLES["not_concrete"])
def test_not_concrete_examples(text: str) -> None:
    assert not concrete_detail(text)


def test_both_kinds_of_example_are_given() -> None:
    assert EXAMPLES["concrete"] and EXAMPLES["not_concrete"]
