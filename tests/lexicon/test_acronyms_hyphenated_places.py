"""The acronym rule reads each word of a place's name joined by hyphens in capitals as part
of that name (issue 14, notes precision; family: places in capitals): the run is a place of
the place table or has a small word of a place's name between its words, so its short last
word (LYNE, AVON) is no acronym. Invented sentences."""

from __future__ import annotations

import pytest

from sos_lang.lexicon import acronyms
from tests.lexicon.probes import acronyms_flagged as _acronyms

PLACES = [
    "Gran has moved to ASHTON-UNDER-LYNE to be near her sister.",
    "TRANSFER IN - STRATFORD-UPON-AVON\nFamily arrived last week.",
    "Dad works nights in a warehouse near CHESTER-LE-STREET.",
    "HOLIDAY CHECK - BETWS-Y-COED\nThe children stayed with Taid.",
]

STILL_LETTERS = [
    # A care acronym joined by a hyphen to ordinary words is still flagged.
    ("The CGM-LED plan was shared with Mum.", "CGM"),
    # Letters before a place, not inside its name.
    ("The QZX team covers ASHTON-UNDER-LYNE.", "QZX"),
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", PLACES)
def test_a_hyphenated_place_is_a_name(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "acronym"), STILL_LETTERS)
def test_other_capitals_are_still_letters(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)


def test_in_a_hyphenated_place() -> None:
    text = "Moved to ASHTON-UNDER-LYNE and then to SOUTHEND-ON-SEA."
    lyne = text.index("LYNE")
    assert acronyms.in_a_hyphenated_place(text, lyne, lyne + 4)
    text = "The KT-LED group."
    assert not acronyms.in_a_hyphenated_place(text, 4, 6)
