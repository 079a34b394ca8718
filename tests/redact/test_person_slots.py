"""Names that are also places or words, found by the person's slot they stand in (issue 16):
the subject of what only a person does ("Dallas has been missing from school", "Faith
refused to eat"), a family word joined to them ("Lincoln and his mum Keira", "Skye and her
nan", "Dallas's mum") or a list with found names; a place's own slots ("from Dallas",
"Lincoln Road", "Dallas Police") stay places. The sentences are the developer's own."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from sos_lang.redact.names import person_slot_name_spans


def _names(text: str, use_model: bool = True) -> list[str]:
    return [s.text for s in redact(text, use_model=use_model)[1] if s.kind == "NAME"]


@pytest.mark.parametrize(("text", "name"), [
    # places of many countries that are also given names
    ("I visited Lincoln and his mum Keira at home.", "Lincoln"),
    ("Dallas has been missing from school.", "Dallas"),
    ("Chelsea refused to go to school.", "Chelsea"),
    ("Brooklyn cried when I left.", "Brooklyn"),
    ("Devon is 7 and lives with his nan.", "Devon"),
    ("Kingston was asleep when I arrived.", "Kingston"),
    ("I spoke to Dallas's mum on the phone.", "Dallas"),
    ("I saw Tyler, Dallas and Mia at the contact centre.", "Dallas"),
    ("Jordan has been missing from school since Monday.", "Jordan"),
    ("Paris refused to come downstairs.", "Paris"),
    ("Florence cried throughout the visit.", "Florence"),
    ("Austin was asleep on the sofa.", "Austin"),
    ("Skye and her nan came to the office.", "Skye"),
    ("Sydney is 9 and attends the local primary.", "Sydney"),
    ("Camden told me she was happy.", "Camden"),
    ("Camden has been missing from home since Friday.", "Camden"),
    # words that are also given names
    ("Hope has been missing from home.", "Hope"),
    ("Faith refused to eat her tea.", "Faith"),
    ("Rowan cried when mum left.", "Rowan"),
    ("Amber and her dad came to the meeting.", "Amber"),
    ("Precious was asleep when I visited.", "Precious"),
    ("Blessing is 4.", "Blessing"),
    ("Marvellous refused to speak to me.", "Marvellous"),
    ("Marvellous and her mum came in.", "Marvellous"),
])
def test_a_name_in_a_persons_slot_is_redacted(text: str, name: str) -> None:
    assert name in _names(text, use_model=False)  # whatever the entity model says
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    # places in their own slots
    "The family moved from Dallas in 2019.",
    "Mum grew up in Lincoln.",
    "They live on Lincoln Road.",
    "The hearing is at Lincoln Crown Court.",
    "Dallas Police sent a report.",
    "Dad was born in Paris.",
    "They moved to Kingston last year.",
    "Lincoln Crown Court told the parties to file statements.",
    # words in their own slots
    "She wore an amber necklace.",
    "There is hope that things improve.",
    # a person's slot held by no one person
    "Staff refused to let him in.",
    "School told me he was absent.",
    "Nobody told me.",
    "Everyone cried at the end.",
    "Mum cried during the visit.",
    "She refused to answer the door.",
])
def test_a_place_or_a_word_in_its_own_slot_is_kept(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "The family moved from Dallas in 2019.",
    "Lincoln Crown Court told the parties to file statements.",
    "Staff refused to let him in.",
    "Police told me he was known to them.",
    "Teachers told me she was fine.",
    "Score is 7.",
    "Lincoln's plan for the city was agreed.",
])
def test_the_person_slot_finder_leaves_others(text: str) -> None:
    assert person_slot_name_spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # how a child is getting on is said of a person (names that are words, at the start)
    ("Autumn is doing so well in Year 1.", "[NAME] is doing so well in Year 1."),
    ("Precious has settled in well with her carers.",
     "[NAME] has settled in well with her carers."),
    ("Storm is thriving at the new placement.", "[NAME] is thriving at the new placement."),
    # a thing does well too: a dictionary word no table names, at the start, stays
    ("Business is doing well.", "Business is doing well."),
    ("Reading is doing better.", "Reading is doing better."),
])
def test_how_a_child_is_getting_on(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected
