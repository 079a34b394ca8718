"""Shorthand notes (issue 14): a note written wholly in capitals has only its first line as a
heading, so care jargon and complex words in its other lines are the writer's own; a label
written with its verb left out ("Mum difficult") is still a label; a worry raised "with"
someone on a day is not given its content by the day, and a plan's date in the next line is
no detail of the worry. Invented sentences; the same in both profiles."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import PROFILES
from tests.lexicon.probes import wording_findings as _found


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "span", "subtype"), [
    ("FOSTER CARER LOG - TUES\nTEA AT 5, HOMEWORK DONE\nPLACEMENT SETTLED, SLEEPING WELL",
     "PLACEMENT", "care_jargon"),
    ("NIGHT LOG - UNIT 2\nKYLE ABSCONDED AT 22:40, BACK BY 23:30\nPOLICE INFORMED",
     "ABSCONDED", "care_jargon"),
    ("REVIEW MTG - ORLA\nHOSPITAL TO FACILITATE A VISIT WITH GRAN ON FRIDAY",
     "FACILITATE", "complex"),
])
def test_body_lines_of_a_capitals_note_are_not_headings(text: str, span: str, subtype: str,
                                                        profile: str) -> None:
    assert (span, subtype) in _found(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    # the first line names the record; a label before a colon names its section
    "PLACEMENT REVIEW - ORLA\nGOING WELL, LIKES HER SCHOOL",
    "NIGHT LOG - ORLA\nPLACEMENT: SETTLED, SLEEPING WELL",
    # in a record with lower case, a line in capitals is still a heading
    "PLACEMENT PLANNING MEETING\nOrla likes her school and wants to stay.",
])
def test_headings_of_a_capitals_note_stay_unflagged(text: str, profile: str) -> None:
    assert not [f for f in _found(text, profile) if f[1] == "care_jargon"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "span"), [
    ("Nurse says Mum difficult, shouted at the desk.", "difficult"),
    ("CALL FROM HOSTEL\nSTAFF SAY DAD DIFFICULT AT THE DOOR LAST NIGHT", "DIFFICULT"),
    ("Mr K difficult on the phone, hung up twice.", "difficult"),
])
def test_a_label_with_its_verb_left_out(text: str, span: str, profile: str) -> None:
    assert (span, "label") in _found(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    "Kai finds maths difficult and asked for help with his homework.",
    "I had to give Dad difficult news about the court date.",
    "Gran found him difficult to wake for school.",
    "Mum not difficult at all today, made us tea.",
])
def test_difficult_not_said_of_a_person(text: str, profile: str) -> None:
    assert not [f for f in _found(text, profile) if f[1] == "label"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "span"), [
    ("The youth worker raised concerns with the nurse on Friday.", "concerns"),
    ("Staff reported issues with the two girls on Sunday.", "issues"),
    ("NOTES - BABY DUE\nConcerns re partner.\nAssessment to be finished by 34 wks.",
     "Concerns"),
])
def test_a_day_of_raising_or_a_plan_is_no_detail(text: str, span: str, profile: str) -> None:
    assert (span, "vague") in _found(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    "The nurse raised concerns with me as Ava was found alone in the car park on Friday.",
    "There are issues with the flat: the boiler broke on 3 May and has not been fixed.",
])
def test_a_detail_after_with_or_a_colon_still_counts(text: str, profile: str) -> None:
    assert not [f for f in _found(text, profile) if f[1] == "vague"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "flagged"), [
    # the record's heading names the setting that gives the word its other sense
    ("ADOPTION SUPPORT - LETTERBOX\nA card from his birth dad came on Friday.", False),
    ("FOSTERING PANEL - REVIEW\nApplicants: Mr and Mrs Shah, approved for one child.", False),
    ("HOUSING OPTIONS - CALL\nApplicant: Ms Reid, two children, bidding on 2-bed flats.", False),
    # a heading that names no such setting, or none in capitals, leaves the word flagged
    ("HOME VISIT - TUESDAY\nA card from his birth dad came on Friday.", True),
    ("Adoption support letterbox\nA card from his birth dad came on Friday.", True),
    ("CARE PROCEEDINGS - HEARING\nThe applicants asked for an adjournment.", True),
])
def test_a_heading_gives_the_other_sense(text: str, flagged: bool, profile: str) -> None:
    found = [f for f in _found(text, profile) if f[1] == "care_jargon"]
    assert bool(found) is flagged, found
