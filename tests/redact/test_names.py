"""Names without a family list: every mention of a person found anywhere, name positions,
names that are words only when used as names, shorthand notes, the name tables."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from sos_lang.redact.names import known_name_spans, name_parts, table_name_spans
from sos_lang.redact.spans import RedactedSpan


@pytest.mark.parametrize(("text", "expected"), [
    # one person, every mention: first name, surname, possessive, hyphenated part
    ("Mr Oyelaran-Brooks came. Later Oyelaran-Brooks said Oyelaran's car was gone.",
     "Mr [NAME] came. Later [NAME] said [NAME]'s car was gone."),
    ("Child: Zqxa Vrenn\nzqxa was upset; Vrenn's mum rang.",
     "Child: [NAME]\n[NAME] was upset; [NAME]'s mum rang."),
    # name positions
    ("Her mum, Jo Smith-Ali, said she was fine.", "Her mum, [NAME], said she was fine."),
    ("The IRO, Sam Patel, chaired the review.", "The IRO, [NAME], chaired the review."),
    ("Storm told me she likes school.", "[NAME] told me she likes school."),
    ("We met Faith and Storm (6) at home.", "We met [NAME] and [NAME] (6) at home."),
    # name tables: names of many origins, with no model and no family list
    ("Hodan and Chiamaka were at the session with Zarghona.",
     "[NAME] and [NAME] were at the session with [NAME]."),
    ("txt from mum re kyle", "txt from mum re [NAME]"),
    ("seen ruby at home, summer hols soon", "seen [NAME] at home, summer hols soon"),
    ("Faith lives with her dad.", "[NAME] lives with her dad."),
    ("Happier since Arjun started; hello i am father of Dilan.",
     "Happier since [NAME] started; hello i am father of [NAME]."),
    ("yp (callum) seen at bus stn. car GX71 WBE.",
     "yp ([NAME]) seen at bus stn. car [VEHICLE_REG]."),
    ("She lives with her father, Dale Morris, and Malik Grant.",
     "She lives with her father, [NAME], and [NAME]."),
    ('Text from Dad: "tell courtney il be there"', 'Text from Dad: "tell [NAME] il be there"'),
])
def test_names_found_without_a_family_list(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    "There is hope that the summer will be calmer; grace before meals.",
    "Will the meeting go ahead in April?",
    "We have not met since May; the end of June.",
    "Summer is a hard time for the family.",
    "The baby was moved from St James's to the ward.",
    "She said the Ronald McDonald House stay ended in June 2023.",
    "Mum rang the Hope Centre and Grace Court.",
    "She said it was a good day at Bradford Royal Infirmary.",
])
def test_words_and_places_stay(text: str) -> None:
    assert [s.text for s in redact(text, use_model=False)[1] if s.kind == "NAME"] == []


def test_name_parts_and_one_pass_for_every_mention() -> None:
    parts = name_parts([RedactedSpan(0, 14, "NAME", "Jo Smith-Ali")])
    assert parts == {"Jo", "Smith-Ali", "Smith", "Ali"}
    text = "Ali rang. ALI later.\nnote: smith-ali and jo seen"
    assert [s.text for s in known_name_spans(text, parts)] == ["Ali", "ALI", "smith-ali", "jo"]


def test_a_word_name_needs_a_name_position() -> None:
    assert table_name_spans("Grace period ends.") == []
    assert [s.text for s in table_name_spans("Later Grace said no.")] == ["Grace"]
