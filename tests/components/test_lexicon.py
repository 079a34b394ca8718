"""The lexicon component's context window: what an entry's exception patterns can see."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "vague"), [
    # the parser may end a sentence at the colon; the detail after it still belongs to it
    ("The nursery raised a concern on 9 October: Maisie had a round burn on her hand and "
     "said it was from a cigarette.", []),
    ("The nursery raised a concern on 9 October.", ["concern"]),
    # a concrete detail in the next sentence or the clause after a semicolon
    ("The school has raised concerns. Mia came to school without a coat on five cold days.",
     []),
    ("There are issues with the tenancy. The landlord has served notice to end it on 30 May.",
     []),
    ("Her clothes were unsuitable; she came to school in sandals on 3 December.", []),
    ("The school has raised concerns. Everyone is worried.", ["concerns"]),
])
def test_vague_word_flagged_only_without_a_detail_after_it(profile: str, text: str,
                                                           vague: list[str]) -> None:
    report = analyse(text, profile=profile)
    assert [f.text for f in report.findings if f.subtype == "vague"] == vague
