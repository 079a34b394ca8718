"""An institution's own procedure (issue 14, lexicon/acts.an_institutions_procedure): a court
that adjourns, the police who share a notification, are the institution's words in a record of
what it did; the same words in the worker's own sentence to a family stay complex. Invented
sentences; the same in both profiles."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse

PROFILES = ["fast", "accurate"]

MUST_FLAG = [
    ("The hearing was adjourned until the spring.", "adjourned"),
    ("I will notify you when the report is ready.", "notify"),
    ("Please bring the bundle to the next meeting.", "bundle"),
    ("Mum will notify the nursery if Ava is poorly.", "notify"),
]
MUST_NOT_FLAG = [
    "The magistrates adjourned the case against the driver until May.",
    "The judge refused the request to adjourn, so the hearing went ahead.",
    "The police shared a notification with the school the next morning.",
    "MASH notified 09:40; strategy discussion this afternoon.",
    "The court office could not find the bundle, so the hearing started late.",
]


def _complex(text: str, profile: str) -> list[str]:
    return [f.text for f in analyse(text, profile=profile).findings if f.subtype == "complex"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), MUST_FLAG)
def test_must_flag(text: str, word: str, profile: str) -> None:
    assert word in _complex(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_must_not_flag(text: str, profile: str) -> None:
    assert _complex(text, profile) == []
