"""Labels from published avoid-lists (issue 14: the sixteenth round's blind writer drew
about 40 of its labels from no list the lexicon had): words that language guides,
trauma-informed practice guides and poverty-language guides ask workers not to use of a
child or a family (stubborn, intransigent, feral, thief, troublemaker, work-shy, poor
historian, frequent flyer, alcoholic, low functioning ...). A word with an everyday
sense is flagged only when it is said of a person (people.said_of_a_person, the
predicate of the character-judgement family), and a label that heads a noun phrase after
a person and a verb of being is said of that person ("Jay is a thief", "Dad is a bit
stubborn"). Invented sentences; the same in both profiles."""

from __future__ import annotations

import pytest

from tests.lexicon.probes import PROFILES
from tests.lexicon.probes import wording_findings as _found


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "span"), [
    # said of a person after a verb of being
    ("Dad is stubborn about bedtimes and the boys are tired at school.", "stubborn"),
    ("Mr Hale has been intransigent at every meeting since March.", "intransigent"),
    ("The children are feral by the time Mum gets home.", "feral"),
    ("Dad was ignorant to the receptionist and walked out.", "ignorant"),
    # the label heads or ends the noun phrase after the person and the verb
    ("Jay is a thief and his carers lock their doors.", "thief"),
    ("Jay's a thief, according to his carers.", "thief"),
    ("Dad is a bit stubborn about the new routine.", "stubborn"),
    ("Dad has always been a bit unreliable.", "unreliable"),
    ("Gran is a poor historian, so the dates came from the GP.", "poor historian"),
    ("Mum is a frequent flyer at the walk-in centre.", "frequent flyer"),
    # after "as"
    ("The school described Jay as a thief.", "thief"),
    ("Nan was described by the ward staff as a frequent flyer.", "frequent flyer"),
    ("Mum presents as a bit intransigent.", "intransigent"),
    # before a person's noun
    ("Ruby is a wilful child.", "wilful"),
    ("Neighbours complain about the feral kids at number 12.", "feral"),
    # words that only ever name a person by a verdict
    ("Dad is workshy and the children go without.", "workshy"),
    ("The family belong to the underclass on the estate.", "underclass"),
    ("Tyler hangs around with the troublemakers from the estate.", "troublemakers"),
    ("Police records from 2014 describe Mia as a child prostitute.", "child prostitute"),
    ("Dad is an alcoholic and the boys do not want to stay over.", "alcoholic"),
    ("The mother is low functioning.", "low functioning"),
    # the second of two hyphenated labels, across the hyphens the tokeniser splits
    ("Dad is hot-headed and short-tempered.", "short-tempered"),
    ("Staff described Mum as manipulative and short-tempered.", "short-tempered"),
])
def test_a_published_label_said_of_a_person_is_flagged(text: str, span: str,
                                                       profile: str) -> None:
    assert (span, "label") in _found(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", [
    # the everyday senses: a thing, an animal, an illness
    "Jay has a stubborn cough that has lasted three weeks.",
    "A feral cat lives under the shed and the boys feed it.",
    "The cats on the farm are feral, so Lily does not stroke them.",
    "The housing association has been intransigent about the damp.",
    "The stool sample showed parasites, so Jay is on medicine for a week.",
    # a thief who is nobody in the family
    "Mum's purse was taken by a thief on the bus.",
    "Police have a thief in custody for the shed break-in.",
    "Police caught the thieves who broke into Gran's shed.",
    # a label word before a noun after a name, in shorthand
    "The hotel gave Dad frequent flyer points for the flights to Lagos.",
    # not knowing is no judgement of manners
    "Mum was ignorant of the court process until the solicitor explained it.",
    "Gran has alcoholic liver disease and is in hospital.",
    "Dad has gone to Alcoholics Anonymous every week since January.",
    "The roads were slow-moving and unpredictable after the snow.",
    # quoted and negated
    'Nan said "those kids are feral" and laughed.',
    "Jay is not a thief; the phone was his brother's.",
    'Dad said the neighbours call him a "scrounger" and it upsets him.',
    # the behaviour the guides ask for instead
    "Kayla said no four times when asked to turn off the tablet, then threw it on the sofa.",
])
def test_an_everyday_sense_or_the_behaviour_is_not(text: str, profile: str) -> None:
    assert not [f for f in _found(text, profile) if f[1] == "label"]
