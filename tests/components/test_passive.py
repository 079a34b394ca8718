"""Passive voice that is passive, in both profiles: be/get + a participle read as a verb,
never a participle used as an adjective (sos_lang/data/participles.yaml)."""

from __future__ import annotations

import pytest

from sos_lang.components.passive import (
    is_state_word,
    names_agent,
    participle_rules,
    reads_as_passive,
)
from sos_lang.settings import load_yaml

PASSIVE = [
    "Sam was hit.",
    "The referral was made by the school.",
    "He has been excluded.",
    "The children were taken into care.",
    "It was decided that Dad would move out.",
    "Kai got hurt when he fell off the wall.",
    "Mum was frightened by the banging on the door.",   # a by-agent makes it a verb
    "The boys were well looked after by their gran.",
    "We are worried that Kai may be left alone at night.",
    "The boys might get hit too.",                      # "too" after it means "also"
    "So nobody gets hurt.",                             # a connective, not a degree word
    "His speech will be seriously delayed.",            # the parser's be + acomp reading
]
NOT_PASSIVE = [
    "We are worried.",
    "She is interested in a parenting group.",
    "He was upset.",
    "The flat was untidy.",
    "Mum was tired.",
    "Mum was very worried about Jake.",                 # a degree word: adjective
    "Nan was tired and upset after the visit.",         # coordinated with an adjective
    "Ellie was hurt and frightened after the row.",
    "Mum seemed worried when I mentioned school.",      # seem/look/feel are not be/get
    "Dad looked exhausted.",
    "Mum feels isolated since the move.",
    "Child was dressed by the time I arrived.",         # by + a deadline names no doer
    "Dad was extremely upset by the letter.",           # degree beats the by-phrase
    "The children were unsupervised in the park.",      # un- + participle, no un- verb
    "Dad is left-handed.",
    "Mum needs to be clear-headed at contact.",         # a hyphenated compound adjective
    "Mum was fed up with the repairs.",
    "Mum is supposed to ring the school.",
    "The twins are well behaved.",                      # intransitive: cannot be passive
    "Mum has taken the children to school.",            # active perfect
]


def _passive(nlp, text: str) -> bool:
    return any(fact.passive for fact in nlp(text)._.sos_sentences)


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", PASSIVE)
def test_true_passives_are_found(profile: str, text: str, fast_nlp, accurate_nlp) -> None:
    assert _passive(fast_nlp if profile == "fast" else accurate_nlp, text)


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", NOT_PASSIVE)
def test_adjectives_after_be_are_not_passive(profile: str, text: str, fast_nlp,
                                             accurate_nlp) -> None:
    assert not _passive(fast_nlp if profile == "fast" else accurate_nlp, text)


def _data_examples() -> list[tuple[str, str, bool]]:
    data = load_yaml("participles.yaml")
    groups = [(group["group"], group) for group in data["state_words"]]
    groups += [(name, data[name]) for name in ("degree_words", "idioms",
                                               "coordinated_adjectives", "between_words",
                                               "not_agent_after_by", "un_verbs")]
    return [(name, text, expected) for name, group in groups
            for key, expected in (("passive", True), ("not_passive", False))
            for text in group["examples"][key]]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("group", "text", "expected"), _data_examples())
def test_every_group_of_the_data_file_ships_examples_that_hold(
        profile: str, group: str, text: str, expected: bool, fast_nlp, accurate_nlp) -> None:
    assert _passive(fast_nlp if profile == "fast" else accurate_nlp, text) is expected


def test_every_group_has_both_kinds_of_example_and_a_note() -> None:
    data = load_yaml("participles.yaml")
    assert data["source"]
    for group in [*data["state_words"], *(data[name] for name in (
            "degree_words", "idioms", "coordinated_adjectives", "between_words",
            "not_agent_after_by", "un_verbs"))]:
        assert group["note"] and group["examples"]["passive"]
        assert group["examples"]["not_passive"]


def test_the_order_of_the_cues() -> None:
    cues = {"next_word": "", "degree": False, "agent": False, "coordinated_adjective": False}
    assert reads_as_passive("hit", **cues)
    assert not reads_as_passive("worried", **cues)
    assert reads_as_passive("worried", **{**cues, "agent": True})
    assert not reads_as_passive("worried", **{**cues, "agent": True, "degree": True})
    assert not reads_as_passive("taken", **{**cues, "coordinated_adjective": True})
    assert reads_as_passive("taken", **{**cues, "coordinated_adjective": True, "agent": True})
    assert not reads_as_passive("left", **{**cues, "next_word": "-"})
    assert not reads_as_passive("fed", **{**cues, "next_word": "up"})


def test_un_words_and_agents() -> None:
    assert is_state_word("unwashed") and is_state_word("unsupervised")
    assert not is_state_word("unlocked") and not is_state_word("undermined")
    assert not is_state_word("understood")
    assert names_agent(["the", "school"]) and not names_agent(["the", "time"])
    assert not names_agent(["Friday"])
    assert "worried" in participle_rules().state_words
