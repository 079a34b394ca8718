"""Context rules: what counts as a concrete detail after a vague word."""

from __future__ import annotations

import pytest

from sos_lang.lexicon.context import concrete_detail, detail_later_in_sentence, first_spelled_out
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


@pytest.mark.parametrize(("text", "vague", "follows"), [
    ("Home conditions were poor: there was dog mess on the kitchen floor.", "poor", True),
    ("Poor home conditions (a leaking roof and no working cooker) were seen.", "conditions",
     True),
    ("The school has concerns, e.g. she has arrived without breakfast on 6 days.", "concerns",
     True),
    ("Concerns about Callum's attendance: the school will send a warning letter.", "Concerns",
     False),
    ("Issues identified: hygiene, routines and supervision.", "Issues", False),
    ("We have some concerns about home, and I would like to see you after school on Monday.",
     "concerns", False),
    ("Poor parenting and poor home conditions have been the pattern since 2021.", "conditions",
     False),
])
def test_a_detail_later_in_the_sentence(text: str, vague: str, follows: bool) -> None:
    """After an introducer (colon, bracket, e.g.) the rest must be concrete and not a plan."""
    end = text.index(vague) + len(vague)
    assert detail_later_in_sentence(text, end, len(text)) is follows


@pytest.mark.parametrize(("text", "expansion"), [
    ("Mum has an Independent Domestic Violence Adviser (IDVA).",
     "independent domestic violence advisor"),
    ("The Looked After Children (LAC) review met.", "looked after child"),
    ("The Organization Team (OT) met.", "organisation team"),
])
def test_an_expansion_is_found_in_other_spellings(text: str, expansion: str) -> None:
    assert first_spelled_out(text, expansion) < len(text)


def test_an_expansion_not_given_is_not_found() -> None:
    text = "The IDVA will call Mum."
    assert first_spelled_out(text, "independent domestic violence advisor") == len(text)
