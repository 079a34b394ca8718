"""The acronym rule reads two sets of two capitals joined by "and" before what people do as
two people's initials, when they end in different letters too (issue 14, notes precision;
family: initials pairs "JB and CK"): not before a passive said of documents and meetings,
and not for longer letters. Invented sentences."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import acronyms_flagged as _acronyms

PEOPLE = [
    "HOME VISIT\nRT and MK were in the front room watching cartoons.",
    "RT and MK both stayed at Nan's on Friday night.",
    "RT and MK were both seen at school on their own.",
]

STILL_LETTERS = [
    # A passive said of things: letters.
    ("QT and MK were discussed at the panel.", "QT"),
    ("RT and MK have been completed and sent.", "MK"),
    # Three letters that end differently: no pair of initials by this reading.
    ("FSP and CGM were on the agenda.", "FSP"),
    # No verb of a person after the pair.
    ("RT and MK forms on file.", "RT"),
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", PEOPLE)
def test_a_pair_of_initials_is_two_people(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "acronym"), STILL_LETTERS)
def test_other_pairs_are_still_letters(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)
