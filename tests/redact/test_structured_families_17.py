"""Probes for the structured identifiers the seventeenth round's work added (issue 16): a
table's row of details under its header read as a second header, Irish-medium pre-schools,
a wrong date of birth the record corrects, dates of birth with the year in words, gaming
tags and handles of words joined by underscores, plates read in the phonetic alphabet, and
National Insurance numbers in every written form, an unissued prefix among them. The
sentences are invented for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from tests.redact.probes import redacted_within as _found
from tests.redact.probes import spans_of as _of

MUST_REDACT = [
    # a row of short cells under a header is a row, not a second header
    ("Attendees\nName | Role | Agency\nPriti Lal | DSL, Hollins Grove Academy |\n"
     "Sam Ode | Police | West Yorkshire Police",
     "Hollins Grove Academy", "SCHOOL"),
    # Irish-medium pre-schools, kind word first
    ("Orla (3) goes to Naíscoil na Fuiseoige three mornings.", "Naíscoil na Fuiseoige",
     "SCHOOL"),
    ("He was at Naionra an Chnoic before the move.", "Naionra an Chnoic", "SCHOOL"),
    # a wrong date of birth set against the right one
    ("Her DOB is 02/09/2016, not 09/02/2016 as the GP has it.", "09/02/2016",
     "DATE_OF_BIRTH"),
    ("DOB 7/7/2012 (previously recorded as 7/7/2011).", "7/7/2011", "DATE_OF_BIRTH"),
    # a date of birth with its year in words
    ("Caller says he was born on the ninth of May, two thousand and eleven.",
     "the ninth of May, two thousand and eleven", "DATE_OF_BIRTH"),
    ("Child (6), DOB 14th June twenty eighteen per Nan.", "14th June twenty eighteen",
     "DATE_OF_BIRTH"),
    # a gaming tag after "gaming tag", and an underscored handle near a game
    ("His gaming tag is Storm_Rider_77 and he is online late.", "Storm_Rider_77", "HANDLE"),
    ("She chats on Fortnite with Pixel_Queen_2 every night.", "Pixel_Queen_2", "HANDLE"),
    # a plate read in the phonetic alphabet
    ("The caller read the plate as Bravo Delta six eight, November Yankee Oscar.",
     "Bravo Delta six eight, November Yankee Oscar", "VEHICLE_REG"),
    # National Insurance numbers: hyphens, threes, unissued prefixes, no suffix after a cue
    ("NI number JK-70-31-42-B on the tenancy form.", "JK-70-31-42-B", "NI_NUMBER"),
    ("His NINO is RT 703 142 A.", "RT 703 142 A", "NI_NUMBER"),
    ("Copied from the letter: QQ 70 31 42 C.", "QQ 70 31 42 C", "NI_NUMBER"),
    ("Mum's N.I. no: RT703142 (no letter on the form)", "RT703142", "NI_NUMBER"),
]

MUST_NOT = [
    ("Name | Role | Agency\nChair | IRO | Council\nJo Bell | SW | Leeds", "SCHOOL"),
    ("The naíscoil rang; Ardscoil is in the city; the Gaelscoil is shut.", "SCHOOL"),
    ("Seen 3/4/2024, not 4/4/2024 as planned.", "DATE_OF_BIRTH"),
    ("Born in Leeds; two thousand and eleven people came to the fair.", "DATE_OF_BIRTH"),
    ("Team name: Leeds_U12; notes in Visit_Notes_2.docx; CP_PLAN filed.", "HANDLE"),
    ("Call sign Bravo Two; Charlie and Mike said one or two things.", "VEHICLE_REG"),
    ("Flight QQ 12 at 10:30; Room AB 12 34; PC 1234 at 10:30.", "NI_NUMBER"),
    ("NI number not known; the NI team; NINO applied for 12/03/2024.", "NI_NUMBER"),
    ("The form shows the example number QQ 12 34 56 C, not hers.", "NI_NUMBER"),
]


@pytest.mark.parametrize(("text", "value", "kind"), MUST_REDACT)
def test_seventeenth_round_families_redacted(text: str, value: str, kind: str) -> None:
    assert _found(text, value, kind), (text, value, kind)


@pytest.mark.parametrize(("text", "kind"), MUST_NOT)
def test_seventeenth_round_families_kept(text: str, kind: str) -> None:
    assert _of(text, kind) == [], (text, kind)
