"""Names told by their place or their label where no table knows them: a list in a plural
family word's bracket, a name in apposition after a family word, the value of an agent
noun's label, a shorthand note's family label, a quoted name after a name's label, and a
table's name-part columns."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from sos_lang.redact.names import agent_noun, kin_list_spans


@pytest.mark.parametrize(("text", "expected"), [
    ("It began after her parents (Oyelowo and Thandiwe) told her to stop.",
     "It began after her parents ([NAME] and [NAME]) told her to stop."),
    ("Siblings (Amarachi, Tobenna & Kelechi) were at school.",
     "Siblings ([NAME], [NAME] & [NAME]) were at school."),
    ("kids (tayo and kemi) at nan's", "kids ([NAME] and [NAME]) at nan's"),
])
def test_a_family_words_bracket_list(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    "Children (Year 3 and Year 5) were seen at the school.",
    "Parents (both present and engaged) agreed the plan.",
    "Parents (Polish and Roma) speak little English.",
    "Her grandparents (Leeds and Bradford) were both called.",
])
def test_a_bracket_of_words_is_no_list_of_names(text: str) -> None:
    assert kin_list_spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Her mother-in-law, Odete, visits on Sundays.",
     "Her mother-in-law, [NAME], visits on Sundays."),
    ("His father-in-law, Temuulen, drives the van.",
     "His father-in-law, [NAME], drives the van."),
])
def test_a_name_in_apposition_after_a_family_word(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Reporter: Eilidh Macaulay. Hearing set for the 14th.",
     "Reporter: [NAME]. Hearing set for the 14th."),
    ("Driver: Sione Tupou\nRoute: 14", "Driver: [NAME]\nRoute: 14"),
    ("Visitor: Oyelowo", "Visitor: [NAME]"),
])
def test_an_agent_nouns_label(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    "Treatment: Sertraline",
    "Equipment: Xbox",
    "Employer: Polkerris Boatyard",
    "Number: Two",
    "Manager: Tashkent Hotel",
])
def test_a_things_label_keeps_its_value(text: str) -> None:
    assert redact(text, use_model=False)[0] == text


@pytest.mark.parametrize(("word", "agent"), [
    ("Reporter", True), ("Driver", True), ("Artist", True), ("Resident", True),
    ("Trainee", True), ("Treatment", False), ("Equipment", False), ("Statement", False),
])
def test_agent_nouns(word: str, agent: bool) -> None:
    assert agent_noun(word) is agent


@pytest.mark.parametrize(("text", "expected"), [
    ("notes 3/4\nfam: adeyemi x3 kids\n- tolu off school",
     "notes 3/4\nfam: [NAME] x3 kids\n- [NAME] off school"),
    ("sw: kasia | fam: joy hendry + baby (2m) | hv ok",
     "sw: kasia | fam: [NAME] + baby (2m) | hv ok"),
])
def test_a_shorthand_family_label(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    "family: new referral, 3 kids",
    "fam: will call back",
])
def test_a_shorthand_family_label_before_words(text: str) -> None:
    assert redact(text, use_model=False)[0] == text


@pytest.mark.parametrize(("text", "expected"), [
    ('A man on Discord (display name "Rook") messaged her.',
     'A man on Discord (display name "[NAME]") messaged her.'),
    ('His street name is "Trapz" and he sells.', 'His street name is "[NAME]" and he sells.'),
    ('The display name "Unknown" was shown.', 'The display name "Unknown" was shown.'),
])
def test_a_quoted_name_after_a_names_label(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


def test_a_tables_name_part_columns() -> None:
    text = ("person_id,surname,forename,dob,role\n501,Tshibangu,Ornella,2014-08-02,Child\n"
            "502,Tshibangu,Gloire,2017-12-25,Child")
    assert redact(text, use_model=False)[0] == (
        "person_id,surname,forename,dob,role\n501,[NAME],[NAME],[DATE_OF_BIRTH],Child\n"
        "502,[NAME],[NAME],[DATE_OF_BIRTH],Child")
