"""Names, not wording (issue 14, other senses): care jargon and complex words in the name of
a record, a document, a team or a service (names_a_document) or in the words that spell an
acronym out (in_a_spelled_out_name) are not flagged. Must-flag and must-not-flag cases, both
profiles."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse

PROFILES = ["fast", "accurate"]

MUST_FLAG = [
    # A lead-in label with no word naming a record, or a sentence, names no record.
    ("Respite for the boys: Nan will have them at the weekend.", "Respite"),
    ("The accommodation review: Mum wants a ground-floor flat.", "accommodation"),
    ("We will facilitate the review meeting: Mum chose the room.", "facilitate"),
    # A label that names the family, not a record.
    ("Case: the Lloyd children (3)\nDiscussed: the letter.", "Case"),
    # A document word later in a sentence, not a heading.
    ("We talked about the case and the court bundle index.", "case"),
    ("I read the safeguarding referral with Mum on Friday.", "safeguarding"),
    # A case of or for someone is the family's case.
    ("The cases of both children are held by the same team.", "cases"),
    ("The case of the Lloyd children is with the court.", "case"),
    ("Her case for Leo staying at home was heard.", "case"),
    # A sentence, not a heading: the form's name still calls Mum a service user.
    ("The service user feedback form was sent to Mum.", "service user"),
    # A year or a date is no reference number.
    ("Prior to 2023 he lived at the family home.", "Prior to"),
    ("Mum was notified 12/05/2024 by letter.", "notified"),
    # A complex word outside the words that spell the acronym out.
    ("Osian needs additional help with additional learning needs (ALN).", "additional"),
    # The guide's own care jargon spelled out is still care jargon.
    ("Looked After Children (LAC) review held for Bella on 3 June.", "Looked After Children"),
    # Not the name of a job: the word "leads" is a verb here.
    ("The placement leads to arguments every weekend.", "placement"),
    # Not before the word team or service: the family's own care, not a service's name.
    ("Jo will be leaving care in June and wants her own flat.", "leaving care"),
    # A post's title in lower case is the writer's word (TACT: "the person who chairs my
    # meetings").
    ("Leo asked the reviewing officer if he could stay at his school.", "reviewing officer"),
]

MUST_NOT_FLAG = [
    # A lead-in label naming the record, meeting or report the sentence comes from (each
    # flagged before the label rule).
    "Housing liaison report: the family moved to a two-bed flat on Monday.",
    "Respite review: the boys enjoyed the weekend at the farm.",
    "Police notification received: Dad was arrested after a fight outside the pub on 3 May.",
    "Court bundle index\nPart III: statements",
    "Case number ZW26C0071",
    "Safeguarding log (Year 9 office): Kai came in late.",
    # A referral, a notification, a note or a summary heading the record it names.
    "Ambulance safeguarding referral: the crew saw Mum and the baby at 02:10.",
    # A case of or for something that names no one: an instance or an argument.
    "There have been three cases of measles at Lily's nursery this month.",
    "The GP says the rash is not a case for antibiotics.",
    "Source: police notification 002317\nEvent: Mr Sharp arrested.",
    "Osian has additional learning needs (ALN), and his ALN teacher meets Mum.",
    # The name of a team or a service.
    "Jo's file went to the leaving care team on Friday.",
    "The placements team rang about the new carers.",
    # The name of a job.
    "Safeguarding lead at the synagogue: we will meet the family on Monday.",
    "Parish safeguarding officer rang the duty team at 13:10.",
    # A post's title written as a name (lexicon_dev13, dev16).
    "The Independent Reviewing Officer will chair Sami's meeting at school on Friday.",
    # The name of a statutory system (Wales's ALN, Scotland's ASN; lexicon_dev19).
    "The council leaflet on additional learning needs was sent to Dad in Welsh.",
    "Maisie has additional support needs, and her teacher meets Mum each term.",
    # Words that spell an acronym out, as the acronym rule asks.
    "The IRO (independent reviewing officer) met Sasha at her school.",
    "Mr and Mrs Ojo read the Child Permanence Report (CPR) with the family finder.",
]

SUBTYPES = ("care_jargon", "complex")


def _jargon(text: str, profile: str) -> list[str]:
    return [f.text for f in analyse(text, profile=profile).findings if f.subtype in SUBTYPES]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), MUST_FLAG)
def test_must_flag(text: str, word: str, profile: str) -> None:
    assert word in _jargon(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_must_not_flag(text: str, profile: str) -> None:
    assert _jargon(text, profile) == []
