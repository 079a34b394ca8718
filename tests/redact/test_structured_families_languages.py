"""Probes for structured identifiers written in other languages, scripts and layouts (#16): each
family has must-redact probes (the value must lie inside a span of its type) and must-not
probes (no span of that type). The sentences are invented for these tests, not taken from
any evaluation set."""

from __future__ import annotations

import pytest

from tests.redact.probes import redacted_within as _found
from tests.redact.probes import spans_of as _of

# Dates of birth after the word "born" in the family's language, with a month of another
# language or another script, and a date glossed by the same date in another script.
BIRTHS_ABROAD = [
    ("Zuzia, urodzona 3 maja 2016, is with her gran.", ["3 maja 2016"]),
    ("Kuba (urodzony 14.02.2012) was in school.", ["14.02.2012"]),
    ("Ana, nascida em 09/10/2011, came with her dad.", ["09/10/2011"]),
    ("Mateo, nacido el 21 de julio de 2013, and his mum.", ["21 de julio de 2013"]),
    ("Giulia, nata il 2 marzo 2010, lives at the farm.", ["2 marzo 2010"]),
    ("Ionuț, născut la 5 noiembrie 2014, has asthma.", ["5 noiembrie 2014"]),
    ("Emma, geboren op 8 mei 2015, spoke Dutch.", ["8 mei 2015"]),
    ("Petra, narozena dne 1. října 2012, was quiet.", ["1. října 2012"]),
    ("Elif, DOB 4 Haziran 2016, started nursery.", ["4 Haziran 2016"]),
    ("Dima, born 19 июля 2011 г., is in Year 8.", ["19 июля 2011"]),
    ("Eleni, DOB 12 Μαρτίου 2015, plays the piano.", ["12 Μαρτίου 2015"]),
    ("Levan, DOB 2010 წლის 3 მაისი / 03/05/2010, plays rugby.", ["2010 წლის 3 მაისი",
                                                                  "03/05/2010"]),
    ("Child: Aram, DOB 11/09/2017 (ծնվ. 2017 թ. սեպտեմբերի 11)", ["11/09/2017",
                                                                 "2017 թ. սեպտեմբերի 11"]),
    ("Baby Chana born 12th Kislev 5785 (13/12/2024) at home.", ["12th Kislev 5785",
                                                               "13/12/2024"]),
    ("DOB 3rd Shawwal 1433 (21/08/2012)", ["3rd Shawwal 1433", "21/08/2012"]),
]


@pytest.mark.parametrize(("text", "values"), BIRTHS_ABROAD)
def test_dates_of_birth_in_the_familys_language(text: str, values: list[str]) -> None:
    for value in values:
        assert _found(text, value, "DATE_OF_BIRTH"), value


NOT_BIRTHS_ABROAD = [
    "The review is on 4 Haziran 2025 at the centre.",
    "She arrived on 19 июля 2022 with her mother.",
    "NATO il 4 was on the news; nata was her word for cream.",
    "The café opened 12 Μαρτίου 2019 (12/03/2019).",
]


@pytest.mark.parametrize("text", NOT_BIRTHS_ABROAD)
def test_other_dates_in_other_languages_stay(text: str) -> None:
    assert _of(text, "DATE_OF_BIRTH") == []


# Handles: a dotted lower-case name near an app's name, an account's name given "as", and
# lower-case letters with digits after "account".
HANDLES = [
    ("She chats on Discord with a boy, marco.vento, most nights.", "marco.vento"),
    ("He listed his Xbox gamertag as Grim_Reaper_12 on the form.", "Grim_Reaper_12"),
    ("His TikTok is kai_._b and he has another account kaib2010.", "kaib2010"),
]


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_handles_without_a_digit_or_after_as(text: str, value: str) -> None:
    assert _found(text, value, "HANDLE"), value


NOT_HANDLES = [
    "She is on Snapchat a lot.e.g. at night, and mum.was worried; see gov.uk.",
    "On WhatsApp her account no1 was closed; the account as evidence was shown.",
]


@pytest.mark.parametrize("text", NOT_HANDLES)
def test_prose_run_together_is_no_handle(text: str) -> None:
    assert _of(text, "HANDLE") == []


# Vehicle registrations: a goods vehicle's foreign plate, and a plate read in part.
REGISTRATIONS = [
    ("Two boys were found in the trailer of an HGV, BV 21 PLK, at Dover.", "BV 21 PLK"),
    ("Witness saw a red Fiesta, partial reg \"KN68 V..\", drive off.", "KN68 V"),
]


@pytest.mark.parametrize(("text", "value"), REGISTRATIONS)
def test_registrations_of_goods_vehicles_and_in_part(text: str, value: str) -> None:
    assert _found(text, value, "VEHICLE_REG"), value


NOT_REGISTRATIONS = [
    "The car arrived at 10.. then left; car park level 3..; the van started PC1 training.",
    "HGV drivers' hours: 9 a day; the trailer was 13.6 m long.",
]


@pytest.mark.parametrize("text", NOT_REGISTRATIONS)
def test_no_registration_in_vehicle_talk(text: str) -> None:
    assert _of(text, "VEHICLE_REG") == []


def test_a_private_plate_is_a_registration() -> None:
    assert _found("Dad drives a Mercedes with a private plate, SAM 5.", "SAM 5", "VEHICLE_REG")


# References: a UK driving licence number, spaced or not; a code with spaced digit groups
# after a hyphen. A "#" before one to three digits counts a row or a badge.
REFERENCES = [
    ("Her provisional licence, DAVIE751103J99NA, was checked at the door.", "DAVIE751103J99NA"),
    ("Licence LEE99 812305 K99HJ 01 shown to staff.", "LEE99 812305 K99HJ 01"),
    ("The claim UC-2231 8890 14 is in Mum's name.", "UC-2231 8890 14"),
]


@pytest.mark.parametrize(("text", "value"), REFERENCES)
def test_licence_numbers_and_spaced_codes(text: str, value: str) -> None:
    assert _found(text, value, "REFERENCE"), value


def test_a_short_number_after_a_hash_is_no_reference() -> None:
    assert _of("Seat #14, row 9; steward Dan Hale #302 took him to the office.",
               "REFERENCE") == []


# Irish Eircodes.
def test_an_eircode_is_a_postcode() -> None:
    assert _found("Her new address is 7 Quay Street, Westport, Co. Mayo, F28 K2N4.",
                  "F28 K2N4", "POSTCODE")


def test_roads_and_words_are_no_eircode() -> None:
    assert _of("Roadworks on the N11 2024; shop W12 CAFE; A12 road closed.", "POSTCODE") == []


def test_a_travel_card_number_is_a_reference() -> None:
    assert _found("Her Oyster card 0555 1234 9876 was used at 3am.", "0555 1234 9876",
                  "REFERENCE")


def test_cards_counted_or_sent_are_no_reference() -> None:
    assert _of("She sent a card 3 weeks late; passed 4 GCSEs; ticket for 2 adults.",
               "REFERENCE") == []


# Schools: kind first (Talmud Torah, École), two schools named together, and what is no
# child's school (a language school; a child's name before a year group).
SCHOOLS = [
    ("The boys attend Talmud Torah Yetev Lev and Beis Chaya Girls' School.",
     ["Talmud Torah Yetev Lev", "Beis Chaya Girls' School"]),
    ("Before the move she was at École de la Paix in Lyon.", ["École de la Paix"]),
]


@pytest.mark.parametrize(("text", "values"), SCHOOLS)
def test_schools_whose_kind_comes_first(text: str, values: list[str]) -> None:
    for value in values:
        assert _found(text, value, "SCHOOL"), value


NOT_SCHOOLS = [
    "Referral received from language school staff and a driving school instructor.",
    "Notes brought in by Jo Vance (mum). Tyler Vance Y10, Macy Vance Y7.",
]


@pytest.mark.parametrize("text", NOT_SCHOOLS)
def test_no_school_in_lessons_or_year_groups(text: str) -> None:
    assert _of(text, "SCHOOL") == []


def test_a_school_a_child_is_excluded_from() -> None:
    assert _found("Kyle was permanently excluded from Moor Edge in March.", "Moor Edge",
                  "SCHOOL")
    assert _of("She was excluded from Science and suspended from Friday.", "SCHOOL") == []


# An age before the date under "Age/DOB"; a pregnancy's or a record's other dates listed
# after a date of birth under a label in capitals are no birth.
def test_age_then_date_of_birth() -> None:
    text = "Age/DOB: 11 / 02.06.2013"
    assert _of(text, "DATE_OF_BIRTH") == ["02.06.2013"]


def test_a_labelled_date_after_a_birth_is_no_birth() -> None:
    assert _of("Mum DOB 3rd May 1994; EDD 12/09/2025; LMP 05/12/2024.",
               "DATE_OF_BIRTH") == ["3rd May 1994"]
