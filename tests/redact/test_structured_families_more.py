"""Probes for the structured identifiers the thirteenth round's work added (issue 16): each
family has must-redact probes (the value must lie inside a span of its type) and must-not
probes (no span of that type). The sentences are invented for these tests, not taken from
any evaluation set. Where a layout follows a published form or guidance, the address is
given beside its probes."""

from __future__ import annotations

import pytest

from tests.redact.probes import redacted_within as _found
from tests.redact.probes import spans_of as _of

# Tables typed with both pipes and padding spaces: the header and its rows keep the same
# cells however each is padded.
PADDED_TABLES = [
    ("NAME          | ROLE     | DOB        | SCHOOL\n"
     "KHAN, Amira   | mother   | 04/04/1990 | -\n"
     "KHAN, Zain    | son      | 05/06/2014 | -", ["04/04/1990", "05/06/2014"]),
    ("Child   |  DOB\nAva Lee    |    03/03/2015", ["03/03/2015"]),
]


@pytest.mark.parametrize(("text", "values"), PADDED_TABLES)
def test_padded_table_cells_keep_their_columns(text: str, values: list[str]) -> None:
    for value in values:
        assert _found(text, value, "DATE_OF_BIRTH"), value


def test_padded_table_visit_column_stays() -> None:
    text = "VISIT       | DOB        | SEEN BY\n12/03/2024  | 03/03/2015 | SW"
    assert _of(text, "DATE_OF_BIRTH") == ["03/03/2015"]


# Dates of birth under the labels of the documents families bring (a Ukrainian passport's
# data page prints its fields in Ukrainian and English on the ICAO Doc 9303 layout:
# https://cis-legislation.com/document.fwx?rgn=11329; Welsh bilingual forms:
# https://legislation.gov.uk/uksi/2009/2165/schedules/made), the Polish "ur.", the Hijri
# calendar, a case system's year-first digits, a list with each child's name before its
# date, a Gregorian gloss after "=", a birth year after a parent, and a date beside a bare
# age in brackets.
DATES_OF_BIRTH = [
    ("The visa letter gives дата народження 14.06.1987 for her.", "14.06.1987"),
    ("Dyddiad geni: 9 Ebrill 2012", "9 Ebrill 2012"),
    ("Zofia (ur. 21.11.2016) was late again.", "21.11.2016"),
    ("Adnan (DOB 4 Ramadan 1431) is in Year 8.", "4 Ramadan 1431"),
    ("Child: Bilal Noor, DOB 20150722, Year 5", "20150722"),
    ("DOBs: 03.03.2015; Taras 12.12.2017; Olena 1.1.2020.", "12.12.2017"),
    ("DOBs: 03.03.2015; Taras 12.12.2017; Olena 1.1.2020.", "1.1.2020"),
    ("DOB 1401/02/03 (Solar Hijri) = 23/04/2022", "23/04/2022"),
    ("Mum (b 1991) and Dad (b. '87) both attended.", "1991"),
    ("Mum (b 1991) and Dad (b. '87) both attended.", "'87"),
    ("Dad, born '87, lives in Hull.", "'87"),
    ("Children: Kai Lowe (9) 03/03/2015, Amy Lowe 1/2/2019 (5).", "03/03/2015"),
    ("Children: Kai Lowe (9) 03/03/2015, Amy Lowe 1/2/2019 (5).", "1/2/2019"),
    ("nan rang. dob bryony 02/02/2011 checked", "02/02/2011"),
    ("DOB for Kai - 3/4/2015", "3/4/2015"),
]


@pytest.mark.parametrize(("text", "value"), DATES_OF_BIRTH)
def test_date_of_birth_found(text: str, value: str) -> None:
    assert _found(text, value, "DATE_OF_BIRTH")


NOT_DATES_OF_BIRTH = [
    "DOB 1/2/2015; Visit 3/4/2024 went well; Seen 4/4/2024.",
    "Kai Lowe (9) 12/03/2024 visit went well.",
    "DOB unknown 12/03/2024 visit; DOB checked 4/5/2024.",
    "Invoice 20240311 paid on 12/03/2024 (3) items.",
    "Eid fell on 1 Shawwal 1445 this year; ramadan started.",
    "The meeting (b) on 12/03/2024 was moved.",
]


@pytest.mark.parametrize("text", NOT_DATES_OF_BIRTH)
def test_not_a_date_of_birth(text: str) -> None:
    found = _of(text, "DATE_OF_BIRTH")
    if text.startswith("DOB 1/2/2015"):
        assert found == ["1/2/2015"]
    else:
        assert found == []


# Handles with no @: a chat transcript's speaker labels, "Handle x", an app's account in
# apposition, "someone called" a marked handle on an app, an app's short name and a colon,
# "insta is", and "added x on Snapchat"; apps from the NSPCC's Net Aware list
# (https://www.net-aware.org.uk/networks/).
HANDLES = [
    ("Snapchat messages shown to me\nv0idw4lker: u there\nkez_99: ye wot", "v0idw4lker"),
    ("Handle tiny.vex is hers, she says.", "tiny.vex"),
    ("Her Wattpad account, luna.writes.x, has the chapters.", "luna.writes.x"),
    ("On VRChat he talks to someone called DarkFox99 who says he is 12.", "DarkFox99"),
    ("sc: mollzxo and insta is kaydeexo, she said.", "mollzxo"),
    ("sc: mollzxo and insta is kaydeexo, she said.", "kaydeexo"),
    ("She added avaleexo on Snapchat last week.", "avaleexo"),
    ("The messages came from a Facebook profile (Dee Marie Xo).", "Dee Marie Xo"),
    ("His Instagram profile is Kyle Official Page.", "Kyle Official Page"),
]


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_handle_found(text: str, value: str) -> None:
    assert _found(text, value, "HANDLE")


NOT_HANDLES = [
    "Messages shown to me\nMcKenzie: u there\nEllie: ye\nNB: at 10:30 she left",
    "He cannot handle change; someone called McKenzie rang.",
    "Her Snapchat account, Kayla says, is private.",
    "Snapchat is addictive and TikTok was down.",
    "She added him on Snapchat and messaged mum on WhatsApp.",
    "Minutes\nAction 1: book room\nItem 2.1: review",
]


def test_handle_after_is_taken_whole() -> None:
    """A handle after "snap is" that goes on past a dot is the whole handle, never its
    first part."""
    assert _of("cg notes: his snap is kez.b07 - mum to show me", "HANDLE") == ["kez.b07"]
    assert _of("Mum's Facebook profile is Kerry Ann Lees.", "HANDLE") == ["Kerry Ann Lees"]


@pytest.mark.parametrize("text", NOT_HANDLES)
def test_not_a_handle(text: str) -> None:
    assert _of(text, "HANDLE") == []


# Phones with dots between their groups and said in words (the Ofcom drama ranges:
# https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbers-for-drama), a
# Northern Ireland plate after its registered keeper, references after "ref given" and
# "PP ref", a CAD number with its day and month run together, a Glasgow flat's position,
# a letter's house name with no street, and rural houses named after a cue.
FOUND = [
    ("Text me on 07700.900.462 after six.", "07700.900.462", "PHONE"),
    ("Ring the office, 0161.496.0123.", "0161.496.0123", "PHONE"),
    ("Call me back on oh seven seven double oh nine double oh one two three, thanks.",
     "oh seven seven double oh nine double oh one two three", "PHONE"),
    ("The registered keeper of LIZ 2207 is a Mr Quinn.", "LIZ 2207", "VEHICLE_REG"),
    ("ANPR picked up AXZ 118 on the M1.", "AXZ 118", "VEHICLE_REG"),
    ("Police ref given: abx77120 by the call handler.", "abx77120", "REFERENCE"),
    ("PP ref WYP-PPN-24-00317 was given.", "WYP-PPN-24-00317", "REFERENCE"),
    ("Log: CAD 2210 14MAR from the night.", "2210 14MAR", "REFERENCE"),
    ("Address: Flat 3/L, 22 Dumbarton Road, Glasgow G11 6AA.", "Flat 3/L, 22 Dumbarton Road",
     "ADDRESS"),
    ("Outcome letter\nGlasfryn\nLlanrug\nGwynedd\nLL55 4AA\nDear Mr Jones,", "Glasfryn", "ADDRESS"),
    ("The family is staying at holiday let Fellside View, Keswick.", "Fellside View", "ADDRESS"),
    ("Dad's last known Glanrafon, Bethesda.", "Glanrafon", "ADDRESS"),
    ("Carer: Mrs Jo Hart, Lowfield Farm, nr Skipton", "Lowfield Farm", "ADDRESS"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_identifier_found(text: str, value: str, kind: str) -> None:
    assert _found(text, value, kind)


NOT_FOUND = [
    ("DOB 01.02.2015, seen at 10.30; £1.250.000; version 0.12.3.", "PHONE"),
    ("Oh one more thing, zero or one of them, oh two three four.", "PHONE"),
    ("We spoke in room AIZ 412 about the plan.", "VEHICLE_REG"),
    ("The Wi-Fi code (BL-2024-1187) changes; flight EZY6123 to Malaga.", "REFERENCE"),
    ("Brussels Airlines SN2093 lands at 10:00.", "REFERENCE"),
    ("See pp 12-14 of the bundle.", "REFERENCE"),
    ("Leeds City Council\nMerrion House\nLeeds\nLS2 8BB", "ADDRESS"),
    ("She is staying at Premier Inn, Wakefield.", "ADDRESS"),
    ("She is staying at Mum's, Leeds.", "ADDRESS"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_identifier_not_found(text: str, kind: str) -> None:
    assert _of(text, kind) == []


SCHOOLS = [
    ("He has been at Brookfield since Year 3.", "Brookfield"),
    ("Ava is at Oakdene Vale in Year 5; Jo at Hillside (Y4).", "Oakdene Vale"),
    ("Ava is at Oakdene Vale in Year 5; Jo at Hillside (Y4).", "Hillside"),
    ("Children: Tomasz Nowak, Y8, Cardinal Heenan; Ola Nowak, Y3, Rosewood.", "Cardinal Heenan"),
    ("Children: Tomasz Nowak, Y8, Cardinal Heenan; Ola Nowak, Y3, Rosewood.", "Rosewood"),
]


@pytest.mark.parametrize(("text", "value"), SCHOOLS)
def test_school_with_no_kind_word_found(text: str, value: str) -> None:
    assert _found(text, value, "SCHOOL")


NOT_SCHOOLS = [
    "She started work at Tesco in May; he was at home in Year 3 and at the park since 3pm.",
    "Kai, Y10, DOB 1/2/2010; Jo, Year 8, Brecon residential; Y6, Mr Baxter's class.",
    "19/06/2024 | School | Ben asleep in lessons\n02/07/2024 | Housing | Move approved",
    "Sibling table\nName              DOB           School\nAmy Lee           02/02/2012    -",
]


@pytest.mark.parametrize("text", NOT_SCHOOLS)
def test_not_a_school(text: str) -> None:
    assert _of(text, "SCHOOL") == []


def test_public_hall_is_no_address() -> None:
    assert _of("Children's Services, Hove Town Hall, Norton Road: the duty team.",
               "ADDRESS") == []


def test_action_table_row_is_no_header() -> None:
    """A long row of an action table with no digit is no header: its school stays found."""
    text = ("| Action | Who | When |\n"
            "| Ask Fernside Community School for a mentor for Kai | Jo Bell (SW) | soon |\n"
            "| Book the review | Jo Bell (SW) | June |")
    assert _found(text, "Fernside Community School", "SCHOOL")
