"""The acronym rule leaves one word cut short in capitals alone (issue 14, notes precision;
family: words in capitals that are no acronym): capitals with a vowel, ending in a consonant,
that begin a longer easy word ("HOSP", hospital) or, from six letters, a longer dictionary
word ("TELECON", teleconference), as notes head their entries. Letters that begin only a
rare word, end in a vowel, or have no vowel are still letters. Invented sentences."""

from __future__ import annotations

import pytest

from sos_lang.lexicon import acronyms
from tests.lexicon.probes import acronyms_flagged as _acronyms

CLIPPED = [
    "HOSP DISCHARGE PLANNING\nBaby feeding well and ready to go home on Friday.",
    "TELECON WITH NURSERY\nStaff say Ava settles well after drop-off.",
    "Phone note: Dad took Leo to HOSP after the fall and waited with him.",
]

STILL_LETTERS = [
    # Begins only a rare word (sarcasm): letters.
    ("SARC APPOINTMENT\nMum went with her sister.", "SARC"),
    # Ends in a vowel: a cut word ends in a consonant.
    ("SUPA REVIEW\nDad came on time.", "SUPA"),
    # No vowel: letters.
    ("HSPT REVIEW\nDad came on time.", "HSPT"),
    # A care acronym beside a cut word is still flagged.
    ("HOSP VISIT\nThe CG met on the ward.", "CG"),
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", CLIPPED)
def test_a_word_cut_short_is_no_acronym(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "acronym"), STILL_LETTERS)
def test_other_capitals_are_still_letters(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)


@pytest.mark.parametrize(("token", "clipped"), [
    ("HOSP", True), ("TELECON", True), ("SARC", False), ("SUPA", False), ("HOS", False),
    ("HOSPITAL", False), ("H0SP", False), ("Hosp", False),
])
def test_clipped_word(token: str, clipped: bool) -> None:
    assert acronyms.clipped_word(token) is clipped
