"""Probes for the structured identifiers the sixteenth round's work added (issue 16): house
names with their locality before a postcode, a house before a farm and a street, streets whose
street word comes first, the CAD label with its number, police exhibits, numbers said in
words without their leading "oh", and partial registrations with no mark. The sentences are
invented for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from tests.redact.probes import redacted_within as _found
from tests.redact.probes import spans_of as _of

MUST_REDACT = [
    # house names with a locality, no street, a comma and the postcode
    ("Callum Isbister, 03/03/2014, Quoys, Tingwall, ZE2 9SB.", "Quoys, Tingwall", "ADDRESS"),
    ("Home address: Skaill View, Sandwick, KW16 3LQ", "Skaill View, Sandwick", "ADDRESS"),
    ("Tel 01595 810 000, Burnside, Bixter, ZE2 9NB", "Burnside, Bixter", "ADDRESS"),
    # a house's name before a farm and its street
    ("Proposed address: her aunt's, The Annexe, Low Farm, Chapel Lane, near Selby.",
     "The Annexe, Low Farm, Chapel Lane", "ADDRESS"),
    # a street word first
    ("He stays with his gran, 41 Garth Nineteen, Killingworth.", "41 Garth Nineteen", "ADDRESS"),
    ("Dad: Jean Le Brun, 6 Rue du Pont, St Helier.", "6 Rue du Pont", "ADDRESS"),
    # the CAD label with its number
    ("Police attended; CAD 4417 09/02 refers.", "CAD 4417 09/02", "REFERENCE"),
    ("Officers attended at 02:00 (CAD 0213 11MAR).", "CAD 0213 11MAR", "REFERENCE"),
    # police exhibits
    ("PC Shah bagged the knife as exhibit RS/2.", "RS/2", "REFERENCE"),
    ("Exhibits KL/4 and KL/5 went to the lab.", "KL/5", "REFERENCE"),
    # a number said in words without its leading "oh"
    ('Voicemail: "ring me back on seven nine double eight, one two three, double four five."',
     "seven nine double eight, one two three, double four five", "PHONE"),
    # a partial registration with no mark
    ("The van drove off, partial reg KP21 R.", "KP21 R", "VEHICLE_REG"),
]

MUST_NOT = [
    ("DOB 05/05/2012, Lerwick, Shetland, ZE1 0AA", "ADDRESS"),
    ("Phone 0113 496 0000, Jo Smith, Leeds, LS6 2AB", "ADDRESS"),
    ("He bought 2 Garth Brooks albums and 3 Via Rail tickets.", "ADDRESS"),
    ("The CAD team sent the drawings on 14/07.", "REFERENCE"),
    ("The exhibit was shown; exhibit 4 of the bundle.", "REFERENCE"),
    ("She counted one two three four five six seven eight, then double nine; call later.",
     "PHONE"),
    ("A partial plate starting YD6 was seen; partial reg not noted.", "VEHICLE_REG"),
]


@pytest.mark.parametrize(("text", "value", "kind"), MUST_REDACT)
def test_sixteenth_round_families_redacted(text: str, value: str, kind: str) -> None:
    assert _found(text, value, kind), (text, value, kind)


@pytest.mark.parametrize(("text", "kind"), MUST_NOT)
def test_sixteenth_round_families_kept(text: str, kind: str) -> None:
    assert _of(text, kind) == [], (text, kind)
