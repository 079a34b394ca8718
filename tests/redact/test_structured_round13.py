"""Probes for the structured identifiers the thirteenth round's work added (issue 16): each
family has must-redact probes (the value must lie inside a span of its type) and must-not
probes (no span of that type). The sentences are invented for these tests, not taken from
any evaluation set. Where a layout follows a published form or guidance, the address is
given beside its probes."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


def _of(text: str, kind: str) -> list[str]:
    _, spans = redact(text, use_model=False)
    return [s.text for s in spans if s.kind == kind]


def _found(text: str, value: str, kind: str) -> bool:
    _, spans = redact(text, use_model=False)
    start = text.index(value)
    end = start + len(value)
    return any(s.kind == kind and s.start <= start and end <= s.end for s in spans)


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
