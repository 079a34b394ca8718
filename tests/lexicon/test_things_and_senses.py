"""Other senses of care and deficit words, told by mechanism (issue 14, the sixteenth-round
blind set's families: eval/notes/lexicon_dev24.md): a care noun with "of" and a thing (the
placement of a smoke alarm), "of" and a plural noun before a relative clause's subject (a
case of pears Mum bought), a case in another forum (a tribunal case), back issues of a
comic, admitting a patient to a ward, and a tester's verdict on a thing (condemned as
non-compliant). The same words about a child or a parent are still flagged. Invented
sentences, none taken from a development set."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import PROFILES, wording_findings

MUST_NOT_FLAG = [
    "The placement of the new carbon monoxide alarm in the kitchen was checked.",
    "The placement of a second handrail on the stairs helped Gran.",
    "The cases of pears Mum bought at the market went to the neighbours.",
    "Cases of nappies Dad collected from the food bank are in the hall.",
    "Gran's compensation case against the bus company settles in May.",
    "His appeal case about the parking fine was dismissed.",
    "Back issues of the Dandy fill a shelf in Noah's room.",
    "Dr Okoro admitted the toddler to the ward after the fit.",
    "The consultant admitted Baby Rhys to the children's ward at midnight.",
    "The electrician classed the wiring in the loft as non-compliant.",
    "The surveyor condemned the boiler in the flat as non-compliant last week.",
]

MUST_FLAG = [
    ("The placement of Maya with her grandparents is going well.", "placement"),
    ("The placement of both girls with one carer is the plan.", "placement"),
    ("The placement of a three-year-old so far from Mum worries the team.", "placement"),
    ("Leo's placement for adoption was agreed at panel.", "placement"),
    ("The case of Leo and his sister goes to conference next month.", "case"),
    ("The cases of brothers Sami and Omar are held by one team.", "cases"),
    ("The case will be stepped down to early help.", "case"),
    ("Mum admits she would like more help with bedtimes.", "admits"),
    ("The nursery labelled Dad as aggressive after the pick-up.", "aggressive"),
]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_other_senses_are_not_flagged(text: str, profile: str) -> None:
    assert wording_findings(text, profile) == []


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), MUST_FLAG)
def test_the_care_sense_is_flagged(text: str, word: str, profile: str) -> None:
    assert word in [found for found, _ in wording_findings(text, profile)]
