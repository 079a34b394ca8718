"""The lexicon component's context window: what an entry's exception patterns can see."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse

COLON_RECORD = ("The nursery raised a concern on 9 October: Maisie had a round burn on her "
                "hand and said it was from a cigarette.")


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_detail_after_a_colon_counts_as_following_the_word(profile: str) -> None:
    # the parser may end a sentence at the colon; the detail after it still belongs to it
    report = analyse(COLON_RECORD, profile=profile)
    assert not [f for f in report.findings if f.subtype == "vague"]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_a_bare_concern_is_still_vague(profile: str) -> None:
    report = analyse("The nursery raised a concern on 9 October.", profile=profile)
    assert [f.text for f in report.findings if f.subtype == "vague"] == ["concern"]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", [
    "The school has raised concerns. Mia came to school without a coat on five cold days.",
    "There are issues with the tenancy. The landlord has served notice to end it on 30 May.",
    "Her clothes were unsuitable; she came to school in sandals on 3 December.",
])
def test_detail_in_the_next_sentence_or_clause_counts(profile: str, text: str) -> None:
    report = analyse(text, profile=profile)
    assert not [f for f in report.findings if f.subtype == "vague"]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_no_detail_in_the_next_sentence_keeps_the_flag(profile: str) -> None:
    report = analyse("The school has raised concerns. Everyone is worried.", profile=profile)
    assert [f.text for f in report.findings if f.subtype == "vague"] == ["concerns"]
