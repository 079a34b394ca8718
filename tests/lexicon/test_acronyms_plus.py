"""Letters with a plus sign for "Plus" are still an acronym (issue 14, published glossary
round 8: "Pupil Premium Plus (PP+) - Extra money given to schools to help children who were
in care", families.stoke.gov.uk kinship glossary). The tokenizer keeps the sign on the
token, so the rule once passed them by. Spelled out, the sign stands for the word "Plus"
("Pupil Premium Plus (PP+)", "PP+ (Pupil Premium Plus)"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import acronyms_flagged as _acronyms

FLAGGED = [
    ("On Monday we talked about PP+ with Mum.", "PP"),
    ("The school will use PP+ money for a tutor for Kai.", "PP"),
    ("Gran asked whether KEP+ covers the school trip.", "KEP"),
]

NOT_FLAGGED = [
    "Pupil Premium Plus (PP+) will pay for a tutor, and PP+ also pays for the trip.",
    "PP+ (Pupil Premium Plus) will pay for a tutor, and PP+ also pays for the trip.",
    # A grade or an age with a plus is no acronym.
    "Kai got an A+ in his maths test.",
    "Leah is on the 16+ team's list from June.",
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "acronym"), FLAGGED)
def test_letters_with_a_plus_are_flagged(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_spelled_out_with_plus_or_no_letters(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []
