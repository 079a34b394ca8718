"""The acronym rule in notes written in capitals (issue 14, notes precision; family: words
in capitals that are no acronym, and every mention of a person's initials):

- British words the American CMU list lacks, five letters or more, read from the WordNet
  index the English model ships, inflected (PLIMSOLLS) or two joined (STAIRGATE);
- the first word of a place of several words (HEBDEN of Hebden Bridge);
- initials given before a bracket that opens with the person's family role ("KB (DAD)"),
  at every mention;
- "re" before a topic; the Welsh words for grandparents.

Unknown letters that are no word, no place and no one's initials are still flagged.
Invented sentences."""

from __future__ import annotations

import pytest

from sos_lang.lexicon.people import person_words
from sos_lang.readability import wordnet_compound, wordnet_word
from tests.lexicon.probes import PROFILES
from tests.lexicon.probes import acronyms_flagged as _acronyms

WORDS_NOT_LETTERS = [
    # British words, in the WordNet index (or inflections of one) but not in the CMU list.
    "KIT LIST\nCAGOULE AND PACKED LUNCH",
    "Mum brought her PAYSLIPS to the meeting.",
    # Two words joined.
    "Nan left the bins KERBSIDE.",
    # The first word of a place of several words.
    "SCHOOL RUN\nDAD DROVE TO HEBDEN FIRST",
    "Dad has moved to BOGNOR for work and rings the boys on Sundays.",
    # Initials given with the family role: every mention.
    "HOME VISIT\nKB (DAD) AND LB (DAUGHTER, 4) AT HOME\nLB SANG ME A SONG",
    # re before a topic.
    "PHONE CALL\nSCHOOL RANG RE THE TRIP MONEY",
    # The Welsh words for grandparents.
    "WEEKEND PLAN\nBOYS STAYING AT TAID'S, MAMGU COLLECTING SUNDAY",
]

STILL_LETTERS = [
    # Five letters or more, no word of either list, not two words joined.
    ("STRATEGY NOTE\nLSCPB PROTOCOL FOLLOWED", "LSCPB"),
    ("The PQRSW panel meets on Friday.", "PQRSW"),
    # Four letters in running text: no place, no word.
    ("VISIT - HEBDEN\nMum said the SARC nurse was kind.", "SARC"),
    # A bracket that only mentions a family word gives no initials at other mentions.
    ("Mum was told about FIS (for families) and took the FIS leaflet home.", "FIS"),
]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", WORDS_NOT_LETTERS)
def test_words_in_capitals_are_no_acronyms(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "acronym"), STILL_LETTERS)
def test_unknown_letters_are_still_flagged(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)


@pytest.mark.parametrize(("word", "known"), [
    ("plimsolls", True), ("pushchair", True), ("nappy", True), ("tellies", True),
    ("lscpb", False), ("marac", False), ("unocini", False), ("cafcass", False),
])
def test_wordnet_word(word: str, known: bool) -> None:
    assert wordnet_word(word) is known


@pytest.mark.parametrize(("word", "joined"), [
    ("stairgate", True), ("playgroups", True), ("kerbside", True),
    ("unocini", False), ("girfec", False), ("net", False), ("ab12cd", False),
])
def test_wordnet_compound(word: str, joined: bool) -> None:
    assert wordnet_compound(word) is joined


def test_welsh_grandparents_are_family_words() -> None:
    assert {"nain", "taid", "mamgu", "tadcu"} <= person_words()
