"""Places and peoples are not people: the place table (names/places.txt, built from
GeoNames and a sourced supplement) keeps towns, boroughs, counties, peoples and languages
out of NAME, and a place that is also a person's name (Kingston, Skye, Holt) stays a name
unless a place's cue stands beside it."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from sos_lang.redact.names import names_a_place
from sos_lang.redact.rules import rules
from sos_lang.redact.spans import RedactedSpan


def _names(text: str) -> list[str]:
    return [s.text for s in redact(text)[1] if s.kind == "NAME"]


def test_the_place_tables_load() -> None:
    found = rules()
    assert {"islington", "lisburn", "merthyr tydfil", "aberdeenshire", "zambian",
            "afaan oromo"} <= found.places
    assert {"kingston", "skye", "holt"} <= found.place_person_names
    assert "islington" not in found.place_person_names


@pytest.mark.parametrize(("text", "word"), [
    # a town, a borough or a county that titles the record or names a service
    ("Rochdale - health visitor to MASH, call written up\nDad rang at 9.", "Rochdale"),
    ("Referral passed to Lewisham YOS - duty officer.", "Lewisham YOS"),
    # a place that is also a name, with a place's cue
    ("Her grandmother came to England from Kingston in 1961.", "Kingston"),
    ("She studies at the University of Kent in Canterbury.", "Kent"),
    ("Brent Early Help - family plan\nFamily: Awut Deng", "Brent"),
    # peoples and languages beside a name
    ("Mother: Mercy Phiri (Malawian); partner: Gift Banda", "Malawian"),
    ("Interpreter: Lensa Bekele (Afaan Oromo) attended.", "Afaan Oromo"),
    ("Wycombe - Hazara family, DSL referral to social care\nPupil seen.", "Hazara"),
])
def test_places_and_peoples_are_not_names(text: str, word: str) -> None:
    assert not any(word in name or name in word.split() for name in _names(text))


@pytest.mark.parametrize(("text", "name"), [
    # a place that is also a person's name, with no place's cue, or with a name's cue
    ("Text received from +447700900123 at 01:14 asking where Skye was.", "Skye"),
    ("Present: Dorothea, Winston Grant (grandad), Keisha Grant (mum)", "Winston Grant"),
    ("Before HHJ Fairlie\n10:00 hearing", "Fairlie"),
    ("Surname of children: Whitehead.", "Whitehead"),
    ("Children: Mere Ravouvou (5), Josaia Ravouvou (3)", "Mere Ravouvou"),
    ("Mr Bolton said he would call back.", "Bolton"),
    ("Dear Jordan,\n\nI know moving house was hard.", "Jordan"),
    ("2nd Respondent (father): BRANDON LEE HIRST, DOB 09.09.1999", "BRANDON LEE HIRST"),
])
def test_places_that_are_names_stay_names(text: str, name: str) -> None:
    rendered = redact(text)[0]
    assert not any(word in rendered for word in name.split())


def test_one_word_of_a_longer_place() -> None:
    text = "His father lives with his partner in Thornton Heath now."
    start = text.index("Heath")
    assert names_a_place(text, RedactedSpan(start, start + 5, "NAME", "Heath"))
    assert not names_a_place(text, RedactedSpan(0, 3, "NAME", "His"))


@pytest.mark.parametrize(("text", "word"), [
    # a place written with a letter outside A-Z, or with its small words hyphenated
    ("The mother fears he will take the boys to Izmir at half term.", "Izmir"),
    ("Grandad's family live in İzmir, she said.", "İzmir"),
    ("He was stopped outside Harrow-on-the-Hill station at 9pm.", "Harrow-on-the-Hill"),
    # family words kept in the family's language, as a child says them
    ('She said "because I told Hooyo" and ran upstairs.', "Hooyo"),
    ('He said "Baba hits the door so Mama cries".', "Baba"),
    ("You would like to sleep at hers on Fridays. Nani lives near the park.", "Nani"),
    # a month after a day's number is a date
    ("Disclosure given in person on 9 Jan by the duty officer.", "Jan"),
    ("At about 22:30 on 18 Jan I took an order to the flat.", "Jan"),
    # a title's first word that is an ordinary word, what the record is about
    ("Kennels and grooming - owner's message to the council\nA dog came in.", "Kennels"),
    ("Hospice family support - day service note\nSeen today.", "Hospice"),
])
def test_words_of_places_kin_dates_and_titles_are_not_names(text: str, word: str) -> None:
    assert not any(word in name for name in _names(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Jan said she would ring on 9 May.", "Jan"),
])
def test_names_beside_those_words_stay(text: str, name: str) -> None:
    rendered = redact(text)[0]
    assert not any(word in rendered for word in name.split())


@pytest.mark.parametrize(("text", "name"), [
    # 's and what only a person has: their own accounts, address and carers (names the
    # dictionary knows, so no table or dictionary test finds them)
    ("Wiremu's Steam name changed last week.", "Wiremu"),
    ("Amadou's new foster carer's postcode is not yet known.", "Amadou"),
    ("Iman's Threads handle was shared in the group.", "Iman"),
])
def test_a_persons_own_things_after_s_make_a_name(text: str, name: str) -> None:
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Patient's address: see the referral form.",
    "The Council's address is on the letter.",
])
def test_a_role_or_service_before_s_stays(text: str) -> None:
    assert [s for s in redact(text)[1] if s.kind == "NAME"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # deported, extradited or repatriated to a place: a journey's end, not a person
    ("He talked about his dad Winston being deported to Kingston last year.",
     "He talked about his dad [NAME] being deported to Kingston last year."),
    ("Her uncle was repatriated to Kingston in May.",
     "Her uncle was repatriated to Kingston in May."),
    # the place that is a name stays a name where a name's cue says so
    ("Kingston said he was deported to Jamaica.", "[NAME] said he was deported to Jamaica."),
])
def test_a_place_after_a_removal(text: str, expected: str) -> None:
    assert redact(text)[0] == expected
