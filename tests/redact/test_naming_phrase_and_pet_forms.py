"""Names no table holds, told by how a record gives them (issue 16): a naming phrase ("her
name is Blaze", "asked to be called Kit", "..., name Tariq") and a long name's pet form cut
from its middle or its end in brackets ("Adebayowale (Wale)"). The sentences are the
developer's own."""

from __future__ import annotations

import pytest

from sos_lang.redact.names import naming_phrase_name_spans
from tests.redact.probes import spans_of


@pytest.mark.parametrize(("text", "name"), [
    # a word the dictionary holds, given as a name by the phrase
    ("Her name is Blaze and she is in Year 4.", "Blaze"),
    ("The baby's name was Ocean, the midwife said.", "Ocean"),
    ("his name's Tiberius apparently", "Tiberius"),
    ("He asked to be called Sky from now on.", "Sky"),
    ("Caller gave no surname, name Dove, rang twice.", "Dove"),
    ('Her first name is "Zuri" on the school roll.', "Zuri"),
    ("The man's name was River Stone.", "River Stone"),
])
def test_a_naming_phrase_gives_a_name(text: str, name: str) -> None:
    assert name in spans_of(text, "NAME")


@pytest.mark.parametrize("text", [
    "His name is not on the list.",
    "Her name was Unknown at the time.",
    "Her name is Mum to the little ones.",
    "The name was changed by deed poll.",
    "Her surname is on the form; his username is private.",
    "The group's name is NSPCC Young Voices.",
])
def test_no_name_without_one_after_the_phrase(text: str) -> None:
    assert naming_phrase_name_spans(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Adebayowale (Wale) was not at nursery today.", ["Adebayowale", "Wale"]),
    ('Oluwatosin ("Tosin") has a clinic letter.', ["Oluwatosin", "Tosin"]),
])
def test_a_pet_form_from_inside_a_long_name(text: str, names: list[str]) -> None:
    found = spans_of(text, "NAME")
    assert all(name in found for name in names)


@pytest.mark.parametrize(("text", "word"), [
    ("Assessment (Session 2) was held at the centre.", "Assessment"),
    ("Hillingdon (Don) offered a room.", "Hillingdon"),
])
def test_no_pet_form_from_a_dictionary_word_or_a_place(text: str, word: str) -> None:
    assert word not in spans_of(text, "NAME")


def test_a_chat_exports_dated_speakers() -> None:
    # a speaker whose stamp carries the date, as a chat app's export writes it, is a name
    # when another speaker is one (Family: message-thread speakers)
    text = ("[03/04/2025, 19:02] Tazz: where r u\n"
            "[03/04/2025, 19:05] Leanne: at the park\n"
            "[03/04/2025, 19:06] Tazz: come to mine")
    assert spans_of(text, "NAME").count("Tazz") == 2


def test_a_lower_case_name_after_a_courtesy_title() -> None:
    # a lower-case first name after "mrs" in a line with capitals elsewhere
    text = ("call from Westfield Primary\nmrs bethany (year 4 teacher at Westfield) rang: "
            "worried re Lily")
    assert "bethany" in spans_of(text, "NAME")
