"""Care words that name the family's own life in a record's heading or label (issue 14):
"contact" in "FAMILY CONTACT LOG" or "Contact notes:" still names the child's family time,
which the child reads in the heading too, so it is flagged there as in running text; the name
of a service ("Contact, the charity for ...") and another sense (a first contact, online
contact from a stranger, contact details) are not. Process words in a heading still name the
form (names_a_document, heading_in_capitals). Invented sentences; both profiles."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse

PROFILES = ["fast", "accurate"]


def _care_jargon(text: str, profile: str) -> list[str]:
    return [f.text for f in analyse(text, profile=profile).findings
            if f.subtype == "care_jargon"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), [
    ("FAMILY CONTACT LOG\nGran came on time and brought a jigsaw for Noah.", "CONTACT"),
    ("Contact notes: Dad and Poppy baked biscuits together.", "Contact"),
    ("CONTACT RECORD - SATURDAY\nMum and Alfie fed the ducks.", "CONTACT"),
])
def test_contact_in_a_heading_or_label_is_flagged(text: str, word: str, profile: str) -> None:
    assert word in _care_jargon(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    "FIRST CONTACT - HOME EDUCATION\nMum showed me the timetable and the maths books.",
    "ONLINE CONTACT WORRY\nA man on a game server asked Zeb for pictures.",
    "EMERGENCY CONTACT DETAILS\nGran, on the landline.",
    "Contact, the charity for families with disabled children, sent Mum a guide to grants.",
    "SAFEGUARDING LOG - ELM PRIMARY\nMaisie arrived without a coat.",
])
def test_other_senses_services_and_process_headings_are_not(text: str, profile: str) -> None:
    assert _care_jargon(text, profile) == []
