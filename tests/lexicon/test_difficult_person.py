"""Who a word is about (issue 14): "difficult" about a person at a time or when something
happens is a label ("Jayden is difficult at bedtime"); an infinitive that strands its
preposition ("difficult to talk to") makes the subject the one dealt with, a label on that
person; difficult for someone, or a task or a thing that is difficult, is not. Invented
sentences; the same in both profiles."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import PROFILES
from tests.lexicon.probes import wording_findings as _found


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "span"), [
    ("Jayden is difficult at bedtime and kicks his bedroom door.", "is difficult"),
    ("Dad is difficult when he has been drinking.", "is difficult"),
    ("Nana was difficult to talk to when I rang about the school run.", "was difficult"),
    ("Mr Kerr is difficult to talk to and rarely answers the door.", "is difficult"),
])
def test_difficult_about_a_person_is_a_label(text: str, span: str, profile: str) -> None:
    assert (span, "label") in _found(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    "It was difficult to talk to Mia about her dad at first.",
    "It was difficult for Sam to talk about his dad, so we drew pictures.",
    "The back steps are difficult at night because the light is broken.",
    "The allotment is difficult to get to without a car.",
])
def test_difficult_about_a_task_or_a_thing_is_not(text: str, profile: str) -> None:
    assert not [f for f in _found(text, profile) if f[1] == "label"]
