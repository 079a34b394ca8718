"""Word shapes (sos_lang/lexicon/shapes.py, data/word_shapes.yaml): a jargon family found by
the form of a word, here nouns made from verbs, that no entry lists word by word."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse
from sos_lang.lexicon.schema import LexiconError, parse_entry
from sos_lang.lexicon.shapes import shape_names, shaped_words, word_shapes

PROFILES = ["fast", "accurate"]

MUST_FLAG = [
    ("The prioritisation of Sam's dental work was agreed.", "prioritisation"),
    ("Dad is waiting for authorisation of the trip to Wales.", "authorisation"),
    ("Stabilization of Leo's sleep is the first goal.", "Stabilization"),
    ("Mum and the school agreed the implementation of the new routine.", "implementation"),
    ("Desensitisation work with Kai starts in May.", "Desensitisation"),
    ("The plan came from co-production with the family.", "co-production"),
    ("Staff use co-regulation when Amir is upset.", "co-regulation"),
]
MUST_NOT_FLAG = [
    "Mia had her immunisations at the clinic on Monday.",
    "The organisation that runs the youth club rang Dad.",
    "Mum said “the modification is finished” and showed me the ramp.",
    "Police notification 002317 was read to Mum.",
    "Sam is cross that his phone shows no notifications.",
    "Mum knows co-sleeping with the baby is not safe.",
    "Mum and Dad are co-parenting well since the summer.",
    "Dad brought his photo identification to the office.",
    "Sam is proud of his qualifications.",
    "Ruby loved the improvisation games at drama club.",
]


def _shape_words(text: str, profile: str) -> list[str]:
    return [f.text for f in analyse(text, profile=profile).findings
            if f.rule_id == "jargon.complex-nominalisation"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), MUST_FLAG)
def test_nouns_made_from_verbs_are_flagged(text: str, word: str, profile: str) -> None:
    assert _shape_words(text, profile) == [word]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_everyday_words_of_the_shape_and_other_uses_are_not(text: str, profile: str) -> None:
    assert _shape_words(text, profile) == []


def test_a_word_an_entry_lists_keeps_its_entry() -> None:
    """'participation' has its own entry and advice (complex-participation)."""
    findings = analyse("Mum's participation in the group has been good.", profile="fast").findings
    assert [f.rule_id for f in findings if f.text == "participation"] == [
        "jargon.complex-participation"]


def test_the_shape_reads_whole_words_and_both_spellings() -> None:
    text = "organization, modernization; nation; co-sleeping; re-authorisation"
    spans = shaped_words("nominalisation", text, frozenset())
    assert [text[start:end] for start, end in spans] == ["modernization", "re-authorisation"]
    assert shaped_words("nominalisation", text, frozenset({"modernisation"})) == spans[1:]


def test_every_shape_is_compiled_with_its_everyday_words_in_shape() -> None:
    for name, shape in word_shapes().items():
        assert shape.note and shape.everyday, name
        for word in shape.everyday:  # each one of the shape, so that the list means something
            assert [m.group() for m in shape.pattern.finditer(word)] == [word], (name, word)
            assert any(part in word for part in shape.quick_test), (name, word)
            assert shaped_words(name, word, frozenset()) == [], (name, word)


def test_an_entry_must_name_a_known_shape() -> None:
    raw = {"id": "complex-x", "subtype": "complex", "word_shape": "no-such-shape",
           "alternatives": ["x"], "note": "x", "source": "x",
           "examples": {"flag": ["x"], "no_flag": ["y"]}}
    with pytest.raises(LexiconError, match="word_shape"):
        parse_entry(raw, "jargon", "test.yaml", 0)
    raw["word_shape"] = shape_names()[0]
    entry = parse_entry(raw, "jargon", "test.yaml", 0)
    assert entry.terms == () and entry.terms_text.startswith("(any word of the shape")


# Phrases in Latin (shape latin_phrase, entry complex-latin) and names of ways of working
# (shape practice_name, entry care-practice-name): families of the published glossary's
# held-out misses found by form (issue 14, round 13). Invented sentences.
LATIN_MUST_FLAG = [
    ("The council applied ex parte on Friday night.", "ex parte"),
    ("Nan has been in loco parentis since the summer.", "in loco parentis"),
    ("There was a prima facie reason to act.", "prima facie"),
    ("The case is sub judice, so the worker cannot comment.", "sub judice"),
    ("The review was adjourned sine die.", "sine die"),
    ("Gran is paid pro rata for the days she has Ava.", "pro rata"),
    ("The plan names, inter alia, the dentist and the optician.", "inter alia"),
    ("We held an ad hoc meeting at school.", "ad hoc"),
]
LATIN_MUST_NOT_FLAG = [
    "Dad's hours went down by ten per cent.",
    "Her ex wife picks the twins up on Fridays.",
    "Mum's ex partner has moved to Leeds.",
    "Dad had a long day at work.",
    'The barrister said "that is sub judice" and moved on.',
]
PRACTICE_MUST_FLAG = [
    ("School will use a graduated approach for Mia's reading.", "graduated approach"),
    ("Jordan met the victim through restorative justice.", "restorative justice"),
    ("Staff follow a reflective practice model.", "reflective practice"),
    ("The carers have training in collaborative parenting.", "collaborative parenting"),
    # Compounds in -based, -informed, -centred, -focused, -led, adjectives in -tional, and
    # the names of what happens out of court (the same family, fourteenth round).
    ("The nursery uses a trauma-informed approach with Ava.", "trauma-informed approach"),
    ("Staff take a strengths based approach with the boys.", "strengths based approach"),
    ("The home offers child-centred care.", "child-centred care"),
    ("The team uses solution-focused interventions.", "solution-focused interventions"),
    ("Workers follow a transactional model here.", "transactional model"),
    ("Reece was offered an out-of-court resolution.", "out-of-court resolution"),
]
PRACTICE_MUST_NOT_FLAG = [
    "Mum finished the positive parenting course in May.",
    "Please ring the designated safeguarding lead at the school.",
    "We agreed an alternative approach to mornings.",
    "The local authority will pay for the bus.",
    # Verbs, places and everyday offers of the new forms' words.
    "Gran informed care staff that Ava was ill.",
    "Dad led planning for the street party.",
    "The school asked for a trauma-informed plan.",
    "Tia has a conditional offer from the sixth form.",
    "Nan prefers the traditional approach to bedtime.",
    "Mum gets emotional support from her sister.",
    "The case was settled out of court last year.",
]


def _rule_words(text: str, profile: str, rule_id: str) -> list[str]:
    return [f.text for f in analyse(text, profile=profile).findings if f.rule_id == rule_id]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), LATIN_MUST_FLAG)
def test_latin_phrases_are_flagged(text: str, word: str, profile: str) -> None:
    assert _rule_words(text, profile, "jargon.complex-latin") == [word]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", LATIN_MUST_NOT_FLAG)
def test_english_words_beside_latin_ones_are_not(text: str, profile: str) -> None:
    assert _rule_words(text, profile, "jargon.complex-latin") == []


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), PRACTICE_MUST_FLAG)
def test_practice_names_are_flagged(text: str, word: str, profile: str) -> None:
    assert _rule_words(text, profile, "jargon.care-practice-name") == [word]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", PRACTICE_MUST_NOT_FLAG)
def test_everyday_names_and_posts_are_not(text: str, profile: str) -> None:
    assert _rule_words(text, profile, "jargon.care-practice-name") == []
