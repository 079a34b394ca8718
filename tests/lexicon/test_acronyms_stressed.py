"""The acronym rule leaves a short word in capitals for stress alone where an adjective
stands (issue 14, notes precision; family: short dictionary words in capitals for
emphasis): after a linking verb, maybe with a word of degree, before the end of the clause
or a small word. Not in other slots, not letters that spell no word, and not the table's
acronyms. Invented sentences."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import acronyms_flagged as _acronyms

STRESSED = [
    "Dad said the receptionist was RUDE to him on the phone.",
    "Kai told me he felt so GLUM after the match.",
    "Mum says Nana is really MEAN and shouts at the dog.",
    "SUPERVISION NOTE\nWorker felt the visit was TENSE, but Mum stayed calm.",
]

STILL_LETTERS = [
    # Letters that spell no word in the same slot.
    ("Dad said the plan was QXV and left.", "QXV"),
    # A word-like acronym of the table after "is" is still flagged.
    ("Leo is LAC and lives with his aunt.", "LAC"),
    # Not where an adjective stands: before a noun of a service.
    ("Mum was DAPP referred last May.", "DAPP"),
    # Not after an article: a noun's slot, where acronyms stand.
    ("The RUDE group meets on Tuesdays.", "RUDE"),
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", STRESSED)
def test_a_stressed_adjective_is_no_acronym(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "acronym"), STILL_LETTERS)
def test_capitals_elsewhere_are_still_letters(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)
