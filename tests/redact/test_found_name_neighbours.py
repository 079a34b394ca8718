"""Names found by their neighbours: the first name before a found surname, judged with
that surname as a name (its place words and the words after it say nothing then)."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


@pytest.mark.parametrize(("text", "expected"), [
    # a first name no table holds, before a found surname, after "in" or before Ward
    ("Please send the letter and copy in Fran Whitaker.",
     "Please send the letter and copy in [NAME]."),
    ("Family: Mikey Ward and Jolene Ward, two trailers.",
     "Family: [NAME] and [NAME], two trailers."),
])
def test_first_name_before_a_found_surname(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    "Patients on Lister Ward were moved to the new unit.",
    "She was seen in Leeds on Monday by the duty team.",
])
def test_places_and_wards_stay(text: str) -> None:
    assert redact(text, use_model=False)[0] == text
