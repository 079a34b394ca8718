"""Redaction of form fields whose label names a role (the value is a person), and of role
words, titles, venues and products that name no person (issue 16). Examples written for
these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from sos_lang.redact.names import not_a_name, venue_or_product


@pytest.mark.parametrize(("text", "names"), [
    ("Parent/carer 1: Tobin Marsh-Ulla\nParent/carer 2: Idris Belhaj Amrani\nTel: none",
     ["Idris Belhaj Amrani"]),
    ("2nd Respondent (father): Tavo Merrick\nSolicitor: none", ["Tavo Merrick"]),
    ("Respondent: Keela Varn", ["Keela Varn"]),
    ("Legal name: Ona Vesk     Preferred name: Nuri\nYear: 4", ["Nuri"]),
    ("Applicant - Wenna Quill", ["Wenna Quill"]),
    ("Key worker - Morwen Tally", ["Morwen Tally"]),
    ("Name given: Abdulkarim Yunis Hamid  Claimed DOB: 01/01/2010", ["Abdulkarim Yunis Hamid"]),
    ("Maiden name: Orsolya Kertesz\nLanguage: Hungarian", ["Orsolya Kertesz"]),
])
def test_a_role_label_makes_its_value_a_name(text: str, names: list[str]) -> None:
    redacted, _ = redact(text, use_model=False)
    for name in names:
        assert name not in redacted
    assert "[NAME]" in redacted


@pytest.mark.parametrize("text", [
    "Parent/carer 2: Not known\nRespondent: The local authority",
    "Applicant: Eastmoor Metropolitan Borough Council\nHearing: 10am",
    "Venue: Park Hall   Time: 10am",
    "School name: Oakfield Primary\nTeam name: Duty and Assessment",
])
def test_a_role_label_without_a_person_redacts_no_name(text: str) -> None:
    _, spans = redact(text, use_model=False)
    assert not [span for span in spans if span.kind == "NAME"]


@pytest.mark.parametrize("role", [
    "Respondent", "1st Respondent", "Chair", "Vicar", "Designated Safeguarding Lead",
    "Consultant Community Paediatrician", "Senior Social Worker", "Parent/Carer",
])
def test_role_words_are_no_names(role: str) -> None:
    assert not_a_name(role)


@pytest.mark.parametrize("name", ["Keela Varn", "Chairo", "Vicary", "Tobin Marsh-Ulla"])
def test_names_are_not_taken_for_roles(name: str) -> None:
    assert not not_a_name(name)


@pytest.mark.parametrize("text", [
    "Present: Chair (IRO), Duty Social Worker, Team Manager.",
    "Referrer: Lyra Penhallow, Designated Safeguarding Lead",
    "Raised by: Revd Osk Tamber, Vicar, St Cuthbert's",
    "Letter from the Consultant Community Paediatrician.",
])
def test_role_words_stay(text: str) -> None:
    redacted, _ = redact(text)
    for role in ("Chair", "Designated Safeguarding Lead", "Vicar",
                 "Consultant Community Paediatrician"):
        if role in text:
            assert role in redacted


@pytest.mark.parametrize(("text", "kept"), [
    ("Contact will be at the McDonald's near the bus station.", "McDonald"),
    ("Venue: Nando's, Crystal Peaks. Both boys ate.", "Nando"),
    ("He drives a silver Skoda Octavia now.", "Octavia"),
    ("The car is a Ford Galaxy, reg KX19 PLM, insured.", "Galaxy"),
])
def test_venues_and_products_are_no_names(text: str, kept: str) -> None:
    redacted, _ = redact(text)
    assert kept in redacted


@pytest.mark.parametrize(("text", "name"), [
    ("Kitty's dad rang; she went to Donna's after school.", "Donna"),
    ("Dad took Orla's phone at the Khan's house.", "Orla"),
    ("Mum's new partner Zbig Harlow has a silver car.", "Zbig Harlow"),
])
def test_possessive_names_stay_names(text: str, name: str) -> None:
    redacted, _ = redact(text)
    assert name not in redacted


def test_venue_or_product_by_position() -> None:
    text = "at the McDonald's in town; a blue Dacia; Kitty's dad"
    assert venue_or_product(text, text.index("McDonald"), text.index("McDonald") + 8)
    assert venue_or_product(text, text.index("Dacia"), text.index("Dacia") + 5)
    assert not venue_or_product(text, text.index("Kitty"), text.index("Kitty") + 5)


def test_an_email_subject_line_is_no_person_field() -> None:
    """"Subject:" heads an email's free text, not a person: its words are names only when
    another finder says so."""
    kept, _ = redact("From: Dee Hollis\nTo: Duty\nSubject: Minutes for Tuesday panel\n\nHi all")
    assert "Minutes" in kept
    named, _ = redact("From: Dee Hollis\nSubject: Concern about Bartek Zielony\n\nHi")
    assert "Concern" in named and "Bartek" not in named


@pytest.mark.parametrize(("text", "name"), [
    ("Pupil initials: F.K.  Clinic no: 4471", "F.K."),
    ("Worker: Maisie Dunmore\tTeam: Pennine North", "Maisie Dunmore"),
    ("Child: Tobi Wren    Surgery: Moor Lane", "Tobi Wren"),
])
def test_a_column_gap_ends_the_name_before_the_next_cell(text: str, name: str) -> None:
    """A form's column gap (two spaces or more, or a tab) ends a name's cell: the next
    cell's label (Clinic, Surgery, Team) is no organisation's last word."""
    redacted, _ = redact(text, use_model=False)
    assert name not in redacted


def test_an_organisation_in_one_cell_is_still_no_name() -> None:
    _, spans = redact("Applicant: Westmoor Borough Council  Hearing: 10am",
                             use_model=False)
    assert not [span for span in spans if span.kind == "NAME"]
