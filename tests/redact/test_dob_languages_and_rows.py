"""Identifier formats other writers set down that the patterns missed (issue 16): dates of
birth in other languages, calendars and row layouts; written for these tests, not taken
from any evaluation set. Each must be redacted whole as its type; the sentences that keep
must keep every word of that type."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from tests.redact.probes import spans_of as _of


@pytest.mark.parametrize(("text", "dates"), [
    ("Konsulatet: gutten, fødselsdato 21.03.2013, bor hos faren.", ["21.03.2013"]),
    ("Datos: fecha de nacimiento 2 de octubre de 2009, Quito.", ["2 de octubre de 2009"]),
    ("Pupil record: b. 7.viii.2012, arrived in May.", ["7.viii.2012"]),
    ("Jia Hui (born 2014年11月30日) lives with her aunt.", ["2014年11月30日"]),
    ("Mother's DOB 12 Nisan 5748 (31 March 1988) per the kesubah copy.",
     ["12 Nisan 5748", "31 March 1988"]),
    ("Baby was born the third of June 2024 at home.", ["the third of June 2024"]),
    ("NOWAK, Kacper - 29.01.2018 - Year 2", ["29.01.2018"]),
])
def test_dates_of_birth_in_other_languages_calendars_and_rows(text: str,
                                                              dates: list[str]) -> None:
    assert _of(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize("text", [
    "The hearing is listed for 4 de junio de 2026 in Lima.",
    "See item 3.iv.2 of the plan; Nisan is a spring month.",
    "Meeting on 14 Nisan 5784 was moved.",
])
def test_other_dates_are_no_date_of_birth(text: str) -> None:
    assert _of(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Enhanced DBS certificate 001234567890 was clear.", "REFERENCE", "001234567890"),
    ("PVG disclosure: 001998877665; no convictions.", "REFERENCE", "001998877665"),
    ("Uncle in Oslo rang from 004791234567 last night.", "PHONE", "004791234567"),
])
def test_a_certificate_number_is_no_phone(text: str, kind: str, value: str) -> None:
    assert _of(text, kind) == [value]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Her stream is twitch.tv/lunamoth_22 on school nights.", "HANDLE", "twitch.tv/lunamoth_22"),
    ("He posts on Reddit as u/pixel_fox88 about the game.", "HANDLE", "u/pixel_fox88"),
    ('Then a user "DarkKnight_007" asked for photos.', "HANDLE", "DarkKnight_007"),
    ("An Irish-plated Corolla, 12-KY-8841, was at the gate.", "VEHICLE_REG", "12-KY-8841"),
    ("Dad picks them up in a white Octavia, MIZ 4410.", "VEHICLE_REG", "MIZ 4410"),
])
def test_handles_and_registrations_in_other_forms(text: str, kind: str, value: str) -> None:
    assert _of(text, kind) == [value]


@pytest.mark.parametrize(("text", "kind"), [
    ("Seen u/s (unsupervised) at lunch; she lives u/stairs.", "HANDLE"),
    ('The user "guest" is shared by the class.', "HANDLE"),
    ("He wrote a note in room AIZ 412 after the review.", "VEHICLE_REG"),
])
def test_words_like_handles_and_registrations_stay(text: str, kind: str) -> None:
    assert _of(text, kind) == []


@pytest.mark.parametrize(("text", "address", "name"), [
    ("Foster carer: Gwenllian Parry, Tyn y Coed, Bala LL23 7EZ", "Tyn y Coed",
     "Gwenllian Parry"),
    ("Host: Marian Quinn, Drumlee Cottage, Rathfriland BT34 5QA", "Drumlee Cottage",
     "Marian Quinn"),
])
def test_a_house_alone_before_its_town_keeps_the_person_before_it(text: str, address: str,
                                                                  name: str) -> None:
    assert _of(text, "ADDRESS") == [address]
    names = " ".join(_of(text, "NAME"))
    assert all(word in names for word in name.split())


@pytest.mark.parametrize(("text", "addresses"), [
    ("The boys stay with gran at The Steading, Nether Cluny, Alford AB33 8QT.",
     ["The Steading, Nether Cluny"]),
    ("Location: The Old Manse, Kilchoan, PH36 4LH", ["The Old Manse"]),
    ("Visit to Croft 12, North Tolsta, Isle of Lewis HS2 0NH - dog in yard.",
     ["Croft 12, North Tolsta"]),
    ("Address: Married quarter 9, Tidworth Road, Bulford SP4 9AB",
     ["Married quarter 9, Tidworth Road"]),
    ("We met at The Hub, Leeds LS6 2AB; the Home Office, London SW1P 4DF wrote.", []),
    ("Home: Hafan Deg, Heol y Parc, Pontyberem SA15 5AB", ["Hafan Deg, Heol y Parc"]),
])
def test_rural_and_service_addresses_with_no_street(text: str, addresses: list[str]) -> None:
    assert _of(text, "ADDRESS") == addresses



@pytest.mark.parametrize("text", [
    # a form's label, then a column gap of spaces or a tab: the person the label names, in
    # front of the firm's ending, is redacted whole as after a single space
    "Solicitor:     Tariq Hussain & Co",
    "Solicitor:\tTariq Hussain & Co",
    "Solicitor: Tariq Hussain & Co",
])
def test_a_person_after_a_label_before_a_firm_ending_across_a_column_gap(text: str) -> None:
    rendered, _ = redact(text, use_model=False)
    assert "Tariq" not in rendered and "Hussain" not in rendered


def test_a_firm_in_running_text_is_no_person() -> None:
    from sos_lang.redact.names import opens_a_firm
    text = "Letters went to Okonedo & Co on Monday."
    start = text.index("Okonedo")
    assert opens_a_firm(text, start, start + len("Okonedo"))


@pytest.mark.parametrize(("text", "kept"), [
    ("Youth club (U16s) welfare officer - note (Ripon)\nEllis said he was hungry.", "Ripon"),
    ("Port alert note (Family Court, Leicester)\nCase no: LE26P00102", "Leicester"),
    ("Housing officer visit record, Rutland\nTenant rang twice.", "Rutland"),
    ("I rang 999 at once. Landlord: Mr Piotr Zawada, 07700 900 111.", "Landlord"),
    ("Client has rent arrears and a court date.", "Client"),
])
def test_places_of_a_title_and_role_words_are_no_names(text: str, kept: str) -> None:
    rendered, _ = redact(text)
    assert kept in rendered


@pytest.mark.parametrize(("text", "name"), [
    ("Supervision notes, Kacper\nHe is settled.", "Kacper"),
    ("Call from mum, Kerry\nShe was upset.", "Kerry"),
])
def test_a_person_after_a_titles_comma_stays_a_name(text: str, name: str) -> None:
    rendered, _ = redact(text)
    assert name not in rendered


def test_a_one_line_messages_sign_off_is_no_title() -> None:
    rendered, _ = redact("Could you send the weights? My line is 0113 496 0721. Thanks, Dapo")
    assert "Dapo" not in rendered


def test_a_collar_number_before_an_officers_name_is_no_house_number() -> None:
    text = "Officer: PC 2290 Bethan Morgan, Aberystwyth station"
    assert _of(text, "ADDRESS") == []
