"""The acronym rule on capitals that name a workplace, a unit after its number, a pair of
initials with their role in apposition, an everyday name of public life (MOT), a
broadcaster (BBC) and a word cut short in a heading (issue 14, the sixteenth-round blind
set's families: eval/notes/lexicon_dev24.md). Care acronyms in the same slots are still
flagged. Invented sentences, none taken from a development set."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import PROFILES
from tests.lexicon.probes import acronyms_flagged as _acronyms

MUST_NOT_FLAG = [
    # A family member's employer or trade after "works for / at / in" (employer_before).
    "Grandad worked for the RAC for twenty years before he retired.",
    "Mum works part-time at the DWP office on Fridays.",
    "Her brother works in HR at the hospital and helps with the forms.",
    "Dad now works at KLMO on weekends.",
    # An everyday name of public life (everyday list: MOT) and a broadcaster (trading names: BBC).
    "Uncle Ray took the car for its MOT before the trip to Devon.",
    "Tia watched a BBC cartoon with her nan after school.",
    # A unit beside its number in a heading (singular WK, YR, HR, MTH, MIN).
    "HEALTH VISITOR 1 YR REVIEW\nBilly crawling and pulling to stand",
    "MIDWIFE VISIT, 2 WK CHECK\nfeeding well\nMum tired but coping",
    "SESSION 1 HR\nplayed with Lego\nMum joined in",
    # Two sets of initials with their role in apposition after a comma.
    "TR and BK, the two support workers, took Ellie to the cinema.",
    "DW, our family support worker, phoned Mum on Monday.",
    "AK and PJ, both night staff, checked the boys at midnight.",
    # A word cut short in a heading, five letters beginning a dictionary word.
    "STRAT MEETING\nagreed plan\nnext review in 4 weeks",
]

MUST_FLAG = [
    # Care acronyms in the same slots keep their flag (the expansion table wins).
    ("Mum works with the IRO and the SW on the plan.", "IRO"),
    ("Dad said the CIN plan works for him.", "CIN"),
    # Unknown letters outside a workplace slot are still letters to spell out.
    ("Dad now shops at KLMO on weekends.", "KLMO"),
    # A unit's letters with no number, word of time or capitals heading beside them.
    ("Tom was referred to the WK service by school.", "WK"),
    # Initials with no role after them are letters when a role's article is before them.
    ("The TM and the PA met Kai at the office.", "TM"),
    # The appropriate adult's letters away from a workplace (lexicon_dev17's AA).
    ("CUSTODY CALL\nAA needed for Jordan at the station.", "AA"),
]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_workplaces_units_and_appositions_are_not_flagged(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "acronym"), MUST_FLAG)
def test_care_acronyms_beside_them_are_flagged(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)
