"""About people, not things (issue 14 part 3): label, compliance and blame wording is
flagged only about a person in the family or their network, not about a thing, a place, an
organisation or a service. The same cases in both profiles (the parse and the words)."""

from __future__ import annotations

import pytest

from tests.lexicon.mechanism_examples import deficit_candidates, example_tests

MUST_FLAG = [
    # A label given through "as" after a verb of describing is about its object, and a
    # passive's subject is the one described.
    ("The school described Mum as chaotic.", "chaotic"),
    # The second of two coordinated labels after "described X as" is about X too.
    ("The midwife described Gran as loud and volatile after the birth.", "volatile"),
    ("Staff described Gran as cold, hostile and volatile.", "volatile"),
    ("The health visitor described the home as chaotic.", "chaotic"),
    ("Minutes: Dad was described by the chair as aggressive and uncooperative.", "aggressive"),
    ("Mum refused the visit on Tuesday.", "refused"),
    ("Ms Young was aggressive at the door.", "aggressive"),
    ("The family were resistant to early help.", "resistant"),
    ("His behaviour was aggressive.", "aggressive"),
    ("Mum's partner is volatile.", "volatile"),
    ("Amber is a manipulative young person.", "manipulative"),
    ("Kacper refused to come to the review.", "refused"),
    ("The home remains chaotic.", "chaotic"),
    ("The service user was uncooperative.", "uncooperative"),
    ("Mum's failure to protect placed the children at risk.", "failure to protect"),
    ("This looks like disguised compliance.", "disguised compliance"),
    ("There is evidence of poor parenting.", "poor parenting"),
    ("Dad has chaotic routines.", "chaotic"),
    ("Refused the visit again.", "Refused"),  # no subject: stays flagged
    # A relative clause about a person: the person is the subject.
    ("The man who lives next door is hard to reach.", "hard to reach"),
    # An initial standing for a person in shorthand.
    ("Notes: D non-compliant with the plan, school aware.", "non-compliant"),
    # A hyphenated family word is still a person.
    ("The mother-in-law was difficult and shouted at the children.", "was difficult"),
    # A second predicate joined by "and": the same subject, a person.
    ("Dad has been slow and uncooperative about the visits.", "uncooperative"),
    # A plural family word is a person too.
    ("Hard-to-reach families often move house.", "Hard-to-reach"),
    # An illness named elsewhere in the sentence does not make the person a thing.
    ("Mum has a skin condition and is aggressive to staff.", "aggressive"),
    # A person as the subject still, with a place after it.
    ("The mother of the twins was hostile at the door.", "hostile"),
    ("Dad allowed the girls to walk home alone at midnight.", "allowed the girls"),
    ("The atmosphere in the home was volatile all evening.", "volatile"),
    ("Mum at the meeting was hostile to the chair.", "hostile"),
    # A first name the tables lack that is a word of the dictionary too, with a person's
    # pronoun after it (eval/notes/lexicon_dev16.md).
    ("Juniper has been disruptive at the club, and the leader sent her home.", "disruptive"),
    # A family word after the preposition still names a person.
    ("The partner of Mum refused the visit on Monday.", "refused"),
    # A family named by its surname after a determiner is still people.
    ("Then the Jones children were aggressive at the door.", "aggressive"),
    # A family word before a word of people taken together, a person's ways or the home
    # still names people; a family word before a verb is the subject itself.
    ("The family home is chaotic.", "chaotic"),
    ("The family unit is chaotic.", "chaotic"),
    ("Family life is chaotic.", "chaotic"),
    ("The parent group was hostile to the new worker.", "hostile"),
    ("The family network was hostile to the plan.", "hostile"),
    ("The Marsh family remain hard to reach.", "hard to reach"),
    ("The youth pastor allowed the girls to walk home alone.", "allowed the girls"),
    ("Chronology, 14/02/2024: Mother failed to attend the conference.", "failed to"),
    # A place preposition after a person: still the person.
    ("The boys outside the shop were aggressive to staff.", "aggressive"),
    # The object of a lexical verb is its subject's; "is" keeps the subject as the one
    # described; a noun's owner is a person.
    ("Uncle Joe runs a chaotic household.", "chaotic"),
    ("Dad keeps a chaotic diary of his appointments.", "chaotic"),
    ("Mum's refusal to meet the worker was noted.", "refusal"),
    # A label the parse takes for a noun after a preposition is still its subject's.
    ("Kai came to the youth club unkempt and tired.", "unkempt"),
    # An owner before a person, a person's ways or doings, or the home: still the person.
    ("Mum's partner refused the visit on Friday.", "refused"),
    ("Dad's manner was hostile at the door.", "hostile"),
    ("Mum's drinking is chaotic at weekends.", "chaotic"),
    ("Mum's house was chaotic when I visited.", "chaotic"),
    # The family's home after the place is no thing's modifier: still the family.
    ("The atmosphere at the family home was volatile all evening.", "volatile"),
]

MUST_NOT_FLAG = [
    # The object of a verb of describing is a thing (flagged before).
    "The coach described the away trip to Leeds as chaotic but fun.",
    "Staff saw the fire drill as chaotic, so it will be practised again.",
    "The council refused the housing transfer.",
    "The top cupboard in the kitchen is hard to reach.",
    "The weather was volatile all week.",
    "It was a lazy afternoon in the park.",
    "The school allowed extra time for the test.",
    "Heating failed to come on in the flat.",
    "The plan failed to say who would collect Sam.",
    "The car park at the hospital was chaotic.",
    # The subject is the noun a relative clause describes, not the person in the clause.
    "The caravan where Mum stays is hard to reach without a car.",
    # A label joined to another by "and": the same subject.
    "The steps to the flat are steep and difficult with a pram.",
    # A hyphen inside a word does not end the noun phrase before the verb.
    "The stairs to the third-floor flat are difficult with a pushchair.",
    "The waiting room at the out-of-hours clinic was chaotic all evening.",
    # A second predicate joined by "and" or a comma: the same subject, a thing.
    "The letting agent's office has been slow, rude and uncooperative about the repairs.",
    # An illness or a condition, whoever has it: the medical sense.
    "Gran's cancer is aggressive, so she is in hospital.",
    "Mr Ito's arthritis is the aggressive kind, the consultant said.",
    # An organisation as the subject: the person the term acts on is not whom it judges.
    "The gym allowed the girls to train for free over the summer.",
    # A place or an owner after the subject's noun does not make it a person.
    "The fire doors at Heath View were non-compliant with the safety rules.",
    "The car park at Heath View was chaotic with prams this morning.",
    # A town's name ending that place, just before the term: no person either
    # (eval/notes/lexicon_dev16.md).
    "The leisure centre in Ludlow refused entry to everyone during the storm.",
    # "on" is a preposition like the others (YAML once read the bare word as true).
    "The gears on Jack's bike do not engage properly, so Dad is fixing them.",
    # Capitalised words that a determiner opens name a thing or an event, though one of
    # them is a surname (Day).
    "The Boxing Day sales at the retail park were chaotic, so Aunt Tess took the girls home.",
    # The head noun phrase before "to" and a place: "the causeway to Holy Island".
    "The weather on the causeway to Holy Island was hostile, so the visit moved.",
    # After a preposition a noun phrase has no owner, in the parse as in the words.
    "The foster family live in a volatile part of the flood plain.",
    # Nor does the object of a clause with no subject of its own take another clause's
    # subject as its owner (the parse hangs "was" on "played").
    "Sunday was a lazy afternoon at home: the boys played football while Dad cooked.",
    # A family word as a thing's modifier, not its possessor: the label is about the thing
    # (eval/notes/lexicon_dev17.md), and a place preposition ends the subject's phrase.
    "The Dunmore family farm outside Melton Mowbray is hard to reach when the lane floods.",
    "The family car was volatile on the motorway and kept cutting out.",
    "The family caravan near the coast is hard to reach in winter.",
    "The family allotment beyond the railway is hard to reach on foot.",
    "The family van outside the flats was hard to reach behind the skip.",
    "The family garage behind the flats refused to open.",
    "The baby buggy was hard to reach on the top shelf.",
    # The object of "has" is not its subject's way in the parse, as in the words: the
    # label is about the thing had (issue 14, accurate-only false alarms of round 11).
    "Gran has a lazy cat that sleeps on the sofa all day.",
    "The lodger has a hostile landlord at his other flat.",
    # A misparsed verb whose subject became its modifiers is about that noun phrase.
    "The new pram complies with the latest safety rules.",
    # A participle describes the noun it follows.
    "A paramedic exposed to the fumes was checked over at the scene.",
    # The actor is not the family: a person or a family word owns the thing, the team or
    # the organisation that acts (lexicon_dev17, dev19: "the home's manager refused", "the
    # tenants' association is resistant"), in both profiles.
    "The care home's manager refused the plumbers entry until the residents had gone out.",
    "The tenants' committee is resistant to the new parking scheme.",
    "The parents' association refused to run the summer fair this year.",
    "The girls' netball coach refused to change the training night.",
    "Reuben's football team was aggressive in the second half and won the cup.",
    "Dad's car was volatile on the motorway and kept cutting out.",
    # A family word as a thing's modifier in the place after the subject, just before the
    # term: the place is a thing (lexicon_dev19, the printer at the family hub).
    "The kettle at the family centre failed to boil, so we had squash instead.",
]


def test_people_words_are_words() -> None:
    """Every word list of people.yaml holds strings: YAML reads a bare on, off, yes or no as
    a boolean, which no token ever equals ("on" went missing from not_a_noun_after)."""
    from sos_lang.lexicon.people import people_rules

    rules = people_rules()
    assert "on" in rules.not_a_noun_after
    assert all(isinstance(word, str) for field in vars(rules).values() for word in field)


test_must_flag, test_must_not_flag = example_tests(
    MUST_FLAG, MUST_NOT_FLAG, subtypes=("label", "compliance", "blame"))


# Doubt words said of a thing do not doubt anyone's account (so-called, supposedly: the
# so-called shortcut, a forecast that supposedly promised sun; lexicon_dev15), while an
# illness or an injury a person gives as a reason keeps its doubt (not the medical sense a
# label has: "her so-called illness").
DOUBT_MUST_FLAG = [
    ("Mum's so-called illness means the children are late for school.", "so-called"),
    ("Her supposed back injury means she has not walked the children to school.", "supposed"),
    ("Her so-called boyfriend is 24.", "so-called"),
    ("The so-called uncle who collects Freya is not related to the family.", "so-called"),
    ("The children were supposedly in bed when Dad left.", "supposedly"),
    ("Dad is supposedly living with his brother.", "supposedly"),
]
DOUBT_MUST_NOT_FLAG = [
    "The so-called short cut through the woods floods every winter, so we walked round.",
    "The weather app supposedly promised sun, but the picnic was rained off.",
    "The supposed cure for colic did nothing for the baby.",
]
test_doubt_must_flag, test_doubt_must_not_flag = example_tests(
    DOUBT_MUST_FLAG, DOUBT_MUST_NOT_FLAG, subtypes=("doubt",))


# A child's own choice is no blame on a parent (lexicon_dev12, dev18: "Elodie chose to stay
# at school over half-term for the drama course"); a parent's or a carer's choice, and any
# choice that involves someone of the family, stays flagged.
CHOICE_MUST_FLAG = [
    ("Kerry chose to leave the baby with a neighbour overnight.", "chose to"),
    ("Mum chose to stay with Lee after the second assault.", "chose to"),
    ("Ms Reilly has chosen to stay with Mr Connolly after the assault.", "chosen to"),
    ("Dad chose to drink on the day he was looking after the baby.", "chose to"),
    ("Mr Lily chose to drink before the visit.", "chose to"),
    # An adult named by first name alone: what is chosen tells (a person named, a
    # relationship, drink, a choice "despite"), issue 14 round 13.
    ("Kayleigh chose to go back to Liam after the assault.", "chose to"),
    ("Shannon chose to spend the evening in the pub.", "chose to"),
    ("Tegan chose to drink at the party despite the safety plan.", "chose to"),
    # A move that brings a risk back: not the protective move the everyday list means.
    ("Ms Quinn chose to move her boyfriend into the flat.", "chose to"),
    ("Dad chose to move back in with Mum despite his bail conditions.", "chose to"),
]
CHOICE_MUST_NOT_FLAG = [
    "Maisie chose to hold her meeting at the foster home.",
    "The girls chose to paint the bedroom yellow.",
    "Kofi chose to stay at school after hours for the robotics club.",
    "Mum chose to move the children to her sister's the night he came back.",
]
test_choice_must_flag, test_choice_must_not_flag = example_tests(
    CHOICE_MUST_FLAG, CHOICE_MUST_NOT_FLAG, subtypes=("blame",))


@pytest.mark.parametrize(("word", "person"), [
    ("Mum", True), ("partner", True), ("she", True), ("Kacper", True), ("M", True),
    ("council", False),
    ("weather", False), ("cupboard", False),
])
def test_names_a_person(word: str, person: bool) -> None:
    from spacy.lang.en import English

    from sos_lang.lexicon.people import names_a_person

    doc = English()(f"Then {word} came.")
    assert names_a_person(doc[1]) is person


@pytest.mark.parametrize("text", [text for text, _ in MUST_FLAG] + MUST_NOT_FLAG)
def test_parse_and_word_rules_agree_on_the_examples(text: str) -> None:
    """Both ways of answering, on the same parsed Doc, for every label, compliance and
    blame term of the examples."""
    from sos_lang.lexicon import people
    from sos_lang.pipeline import build_pipeline

    doc = build_pipeline("accurate")(text)
    spans = [doc.char_span(m.start, m.end) for m in deficit_candidates(doc)
             if m.entry.subtype in ("label", "compliance", "blame")]
    assert spans, "the example must hold a label, compliance or blame term"
    for span in spans:
        assert people.thing_by_parse(span) == people.thing_by_tokens(span), span.text


# The object of a transitive use (object_not_a_person, care-engage): another sense when the
# object names no one; a person as the object, or no object, stays flagged.
OBJECT_CASES = [
    ("Mr Ali has been engaging local shops to give prizes for the fun day.", True),
    ("Dad engaged a solicitor before the hearing.", True),
    ("Mr Tran engages the child locks before every journey.", True),
    ("The worker is trying to engage him in a college course.", False),
    ("The worker engaged the family in the plan.", False),
    ("Mum engaged every week with the course.", False),
    ("Dad has engaged really well since March.", False),
    ("Mum engaged with the nursery.", False),
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "other_sense"), OBJECT_CASES)
def test_object_names_no_person(text: str, other_sense: bool, profile: str) -> None:
    from sos_lang.analysis import analyse

    found = [f.text for f in analyse(text, profile=profile).findings
             if f.subtype == "care_jargon" and f.text.lower().startswith("engag")]
    assert (found == []) is other_sense, found
