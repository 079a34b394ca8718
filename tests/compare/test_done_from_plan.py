"""A next step retold as done is unsupported (issue 21: an action nobody took). Probe
sentences written for this test, not taken from the development pairs."""

from __future__ import annotations

import pytest

from sos_lang import compare
from sos_lang.compare.core import _done_from_plan


@pytest.mark.parametrize(("draft", "source"), [
    ("The housing officer has already sent the repair form to the landlord.",
     "The housing officer will send the repair form to the landlord tomorrow."),
    ("The doorbell footage has been passed to the police.",
     "Mr Osei can pass the doorbell footage to the police at the weekend."),
    ("Grandad has been told about the hospital appointment.",
     "I'll tell Grandad about the hospital appointment tonight."),
    ("The pharmacist has phoned the surgery about the missed dose.",
     "The pharmacist is going to phone the surgery about the missed dose."),
])
def test_a_plan_retold_as_done_is_found(draft: str, source: str) -> None:
    assert _done_from_plan(draft, source)


@pytest.mark.parametrize(("draft", "source"), [
    # the draft keeps the plan, or agrees to it
    ("The housing officer will send the repair form to the landlord.",
     "The housing officer will send the repair form to the landlord tomorrow."),
    ("The housing officer has agreed to send the repair form to the landlord.",
     "The housing officer will send the repair form to the landlord tomorrow."),
    # the source says it is done as well as what comes next
    ("The housing officer has sent the repair form to the landlord.",
     "The housing officer has sent the repair form and will chase the landlord."),
    # the done action is the background of a plan in the draft
    ("I will ring Dad on Friday, after the school has sent the letter.",
     "I'll ring Dad on Friday once the school sends the letter out."),
    # the plan is of another action than the one done
    ("The housing officer has sent the repair form to the landlord.",
     "The landlord will fix the boiler next week, the housing officer sent the form."),
    # the source asks
    ("The housing officer has sent the repair form to the landlord.",
     "Will the housing officer send the repair form to the landlord?"),
    # negated in the draft: the polarity check's business
    ("The housing officer has not sent the repair form to the landlord.",
     "The housing officer will send the repair form to the landlord tomorrow."),
])
def test_a_plan_kept_or_a_done_action_is_not_found(draft: str, source: str) -> None:
    assert not _done_from_plan(draft, source)


def test_a_plan_retold_as_done_is_reported_as_unsupported() -> None:
    report = compare("Mr Osei has given the doorbell footage to the police.",
                     ["Mr Osei: The doorbell footage, I can give that to the police at the "
                      "weekend when my son is round."])
    assert any(f.subtype == "unsupported" and "still to come" in f.message
               for f in report.findings)


def test_the_done_check_can_be_switched_off() -> None:
    report = compare("Mr Osei has given the doorbell footage to the police.",
                     ["Mr Osei: The doorbell footage, I can give that to the police at the "
                      "weekend when my son is round."], off=frozenset({"done"}))
    assert not any("still to come" in f.message for f in report.findings)
