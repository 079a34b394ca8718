"""The acronym rule on firms and boats in shorthand notes (issue 14, notes precision): a
shop's or a chain's trading name in capitals (from published lists of UK chains) and a
boat's prefix and name are names, not letters to spell out; the same letters elsewhere, and
care acronyms beside them, are still flagged. Invented sentences."""

from __future__ import annotations

import pytest

from sos_lang.lexicon.acronyms import acronym_data
from tests.lexicon.probes import acronyms_flagged as _acronyms

MUST_NOT_FLAG = [
    # Trading names written in capitals, as signs and receipts write them.
    "HOME VISIT\nDad now works at ALDI on weekends.\nMum pleased.",
    "Mum does the big shop at LIDL every Friday with Gran.",
    "SUPPORT NOTE\nGave Mum a voucher for ASDA and one for B&M.",
    "Corey has a Saturday job at SPAR near the flats.",
    # Chains of the published lists added in the fourteenth round (a restaurant, two shops).
    "Dad took the boys to KFC after football on Saturday.",
    "Mum bought a cot from IKEA with the grant money.",
    "Jade has a Saturday job at H&M in town.",
    # The apps and consoles children use, in capitals as their logos are.
    "ONLINE SAFETY VISIT\nAbi shows me her SNAPCHAT and TIKTOK settings.",
    "Dad says Theo is up past midnight on his XBOX playing FORTNITE.",
    # Bed and breakfast: the everyday name of the emergency housing (everyday list).
    "The family moved from a B&B into a two-bedroom flat on Monday.",
    # A boat's prefix and its name, in a note about a boat.
    "CANAL VISIT - NB OTTERBURN\nFamily of three on the boat, moored by the lock.",
    "Visited MV Saltash at the marina; both children on board and well.",
    "BOAT VISIT\nNB ZEB moored at the towpath; stove and alarm fine.",
]

MUST_FLAG = [
    # A care acronym beside a trading name is still an acronym.
    ("Mum works at ALDI; the CG meets after her shift.", "CG"),
    # NB with no boat in the record is letters (nota bene), as before.
    ("VISIT NOTE\nNB Dad not told about the move.\nMum agreed.", "NB"),
    # NB before a family word is no boat's name, even on a canal.
    ("CANAL VISIT\nNB Mum not told about the lock repairs.", "NB"),
    # NB (a nota bene) before letters and more words: the letters are no boat's name and
    # no heading's word, on a canal or not (CMU lists dapp).
    ("BOAT VISIT\nNB DAPP place offered to Dad, moored at the lock.", "DAPP"),
    ("HOME VISIT\nNB DAPP place offered to Dad.", "DAPP"),
    # Letters that are no listed chain are still asked to be spelled out.
    ("Dad now shops at KLMO on weekends.", "KLMO"),
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_firms_and_boats_are_not_flagged(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "acronym"), MUST_FLAG)
def test_other_capitals_beside_them_are_flagged(text: str, acronym: str, profile: str) -> None:
    assert acronym in _acronyms(text, profile)


def test_trading_names_come_from_sourced_groups() -> None:
    data = acronym_data()
    assert {"ALDI", "LIDL", "ASDA", "B&M", "KFC", "IKEA", "H&M"} <= data.trading_names
    assert {"SNAPCHAT", "TIKTOK", "XBOX"} <= data.trading_names
    assert data.vessel_prefixes >= {"NB", "MV"}
