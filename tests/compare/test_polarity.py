"""The polarity check: a draft sentence that keeps the source's words and turns the
statement round is unsupported (issue 21, polarity flips). Probe sentences written for
this test, not taken from the development pairs."""

from __future__ import annotations

import pytest

from sos_lang import compare
from sos_lang.compare.core import _polarity_flipped


@pytest.mark.parametrize(("draft", "source"), [
    ("The gas engineer has checked the boiler.", "Gas engineer has not checked the boiler."),
    ("The caretaker has not reported the broken lock to the council.",
     "The caretaker reported the broken lock to the council on Friday."),
    ("The school has informed the dentist.", "School hasn’t informed the dentist."),
])
def test_a_statement_turned_round_is_found(draft: str, source: str) -> None:
    assert _polarity_flipped(draft, source)


@pytest.mark.parametrize(("draft", "source"), [
    # both negated, in other words
    ("Nobody reported the broken lock to the council.",
     "The broken lock was not reported to the council."),
    # a word that negates by its meaning
    ("The caretaker failed to report the broken lock to the council.",
     "The caretaker did not report the broken lock to the council."),
    # the source asks; the draft may record the answer
    ("The caretaker has not reported the broken lock to the council.",
     "Has the caretaker reported the broken lock to the council?"),
    # a next step is a plan, not an account
    ("The caretaker will report the broken lock to the council.",
     "The broken lock has not been reported to the council."),
    # what might be is no statement of what is
    ("The caretaker reported the broken lock to the council.",
     "If the broken lock is not reported to the council, the door stays open."),
    # the negation is about something the other text does not say
    ("The caretaker reported the broken lock to the council without a photo.",
     "The caretaker reported the broken lock to the council."),
])
def test_the_same_polarity_or_no_account_is_not_a_flip(draft: str, source: str) -> None:
    assert not _polarity_flipped(draft, source)


def test_a_flipped_sentence_is_reported_as_unsupported() -> None:
    report = compare("Mr Adebayo has not paid the gas bill for the flat this month.",
                     ["Mr Adebayo told me he paid the gas bill for the flat this month."])
    assert any(f.subtype == "unsupported" and "says the opposite" in f.message
               for f in report.findings)


def test_the_polarity_check_can_be_switched_off() -> None:
    report = compare("Mr Adebayo has not paid the gas bill for the flat this month.",
                     ["Mr Adebayo told me he paid the gas bill for the flat this month."],
                     off=frozenset({"polarity"}))
    assert not any("says the opposite" in f.message for f in report.findings)


@pytest.mark.parametrize(("draft", "source"), [
    # 'not ... yet' says what is so far: it is no supposition
    ("The caretaker has not yet reported the broken lock to the council.",
     "The caretaker reported the broken lock to the council on Friday."),
    ("The caretaker reported the broken lock to the council on Friday.",
     "The caretaker has not reported the broken lock to the council yet."),
    # a sentence that parts what is from what is not ('but', a semicolon) affirms its part
    ("The caretaker has reported the broken lock to the council but has no reply.",
     "The caretaker has not reported the broken lock to the council and nobody has."),
    ("The caretaker has not reported the broken lock to the council.",
     "The caretaker reported the broken lock to the council; no reply has come."),
])
def test_a_turned_round_account_is_found_with_yet_or_in_a_part(draft: str,
                                                                source: str) -> None:
    assert _polarity_flipped(draft, source)


@pytest.mark.parametrize(("draft", "source"), [
    # the shared cues' 'no doubt' is no negation (data/negation.yaml not_negation_after)
    ("There is no doubt the caretaker reported the broken lock to the council.",
     "The caretaker reported the broken lock to the council on Friday."),
    # the part flipped must turn round the negated word itself, not a word beside it
    ("No further injuries have been reported since the initial conference in March.",
     "The initial conference was in March; no further injuries have been reported."),
    # a part after a negated one may still be under its negation
    ("The caretaker did not report the broken lock; he did tell the council.",
     "The caretaker did not report the broken lock to the council but told the landlord."),
])
def test_no_doubt_or_a_part_beside_the_negation_is_not_a_flip(draft: str,
                                                              source: str) -> None:
    assert not _polarity_flipped(draft, source)
