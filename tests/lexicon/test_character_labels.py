"""A judgement of character said of a person (issue 14, the fifteenth round's label
misses): a family of labels found by what the word does, a good quality denied by its
prefix or a word of the published studies' categories (data/word_shapes.yaml
character_judgement), flagged only when said of a person (people.said_of_a_person): after
the person and a verb of being, after a verb of presenting or a passive verb of
describing and "as", before a person's noun, or right after the person in shorthand.
Invented sentences; the same in both profiles."""

from __future__ import annotations

import pytest

from sos_lang.lexicon.shapes import shaped_words
from tests.lexicon.probes import PROFILES
from tests.lexicon.probes import wording_findings as _found


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "span"), [
    # a good quality denied by its prefix
    ("Dad is unreliable and the boys no longer wait at the window for him.", "unreliable"),
    ("Ms Lane is unpredictable, and the twins never know how she will be.", "unpredictable"),
    ("Mr Cole is dishonest with the school about where the children sleep.", "dishonest"),
    ("Gran says Uncle Pete is untrustworthy with money.", "untrustworthy"),
    # the studies' families
    ("Staff at the refuge say Ms Kaur is demanding and rude.", "demanding"),
    ("Staff at the refuge say Ms Kaur is demanding and rude.", "rude"),
    ("Mr Dodd was belligerent at the front door.", "belligerent"),
    ("Mum at the review meeting was rude to the chair.", "rude"),
    ("Kai's stepdad is a deceitful man.", "deceitful"),
    ("Dad is a neglectful father.", "neglectful"),
    ("Gareth is a loving but neglectful father.", "neglectful"),
    ("Mr Carr is a controlling man who frightens the children.", "controlling"),
    ("Lee was defensive and controlling throughout the session.", "controlling"),
    ("Mr Ford's own father was neglectful.", "neglectful"),
    # "as" after a verb of presenting, or after a passive verb of describing
    ("Dad came across as arrogant at the meeting.", "arrogant"),
    ("Tia's mum was described by the childminder as chaotic and disorganised.",
     "disorganised"),
    # shorthand: right after the person, the verb left out
    ("CORE GROUP\nDad 4 wks sober\npartner controlling, Mum withdrawn", "controlling"),
    ("DUTY CALL\nneighbour says DAD RUDE to her kids", "RUDE"),
])
def test_a_judgement_of_character_said_of_a_person_is_a_label(text: str, span: str,
                                                              profile: str) -> None:
    assert (span, "label") in _found(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    # said of a thing, a place or a service
    "The weather at the coast was unpredictable, so we met at the library.",
    "The bus service to the village is unreliable in winter.",
    "The film was rude in places, so Mum turned it off.",
    "Nan described Jay's bus times as unpredictable.",
    "Family time arrangements with one parent are unreliable this month.",
    # a surname of the shape
    "Mr Moody brought the dog to the vet, and Jenson Moody waited outside.",
    # before a thing's noun
    "Mum has a demanding job at the hospital and works nights.",
    "It was a rude awakening for everyone when the fire alarm went off.",
    # an -ing word with an object is an act
    "Dad was controlling his temper well when the school rang.",
    "Jay was demanding money from his gran, so she rang the police.",
    "Texts from a man demanding £40 were shown to the key worker.",
    # the person's own feeling
    "Dad told me he felt useless when the baby was in hospital.",
    "Mum says she feels useless since the operation.",
    # quoted, and negated
    'Mr Khan said the head teacher was "arrogant and rude".',
    "Dad has never been unreliable about family time.",
    # "inconsistent" is said of accounts and routines: everyday in the shape
    "Mum's account of the fall was inconsistent with the bruise.",
])
def test_a_judgement_not_said_of_a_person_is_not(text: str, profile: str) -> None:
    assert not [f for f in _found(text, profile) if f[1] == "label"]


def test_the_shape_is_built_from_prefixes_and_families() -> None:
    text = "unreliable, irresponsible, dishonest; reliable; belligerent; inconsistent"
    spans = shaped_words("character_judgement", text, frozenset({"irresponsible"}))
    assert [text[start:end] for start, end in spans] == ["unreliable", "dishonest",
                                                         "belligerent"]
