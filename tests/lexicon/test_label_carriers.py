"""One flag for one judgement (issue 14): a label beside one of a person's ways ("a chaotic
lifestyle", "her lifestyle remains chaotic") is the judgement; the label is flagged and the
vague noun that carries it is not flagged again (context.carried_by_a_label). Invented
sentences; the same in both profiles."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import PROFILES
from tests.lexicon.probes import wording_findings as _found


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    "Dad has a chaotic lifestyle and sleeps at friends most nights.",
    "Her lifestyle has been very chaotic since the summer.",
])
def test_a_label_carries_the_judgement_of_a_persons_way(text: str, profile: str) -> None:
    found = _found(text, profile)
    assert ("chaotic", "label") in found
    assert not [span for span, subtype in found if subtype == "vague"], found


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    "Mum has an unsettled lifestyle.",  # no label beside it: the noun is the vague word
    "The lifestyle of both parents is a worry.",
    "Her lifestyle is not chaotic.",  # the label is negated away: the noun stays
])
def test_a_persons_way_with_no_label_stays_vague(text: str, profile: str) -> None:
    assert ("lifestyle", "vague") in _found(text, profile)
