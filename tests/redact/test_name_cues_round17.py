"""Names told by the record around them (issue 16, the seventeenth round's families): a
quoted nickname straight after the name it stands for or after "one called", a title the
title pattern reads before a name that is a word, a role in brackets after a lower-case
name in shorthand, a short form cut from a first name found in the record, and a person
copied in; and words that stay: a weekday's short form beside a time or in a rota, a
person's part as a label, a Welsh sign-off. The sentences are written for these tests,
not taken from any evaluation set."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from sos_lang.redact.names import not_a_name


def _redacted(text: str) -> str:
    return redact(text, use_model=False)[0]


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted nickname straight after the found name it stands for
    ('Staff call Marcus Obi "Bones" and his cousin Dwayne "Little D".',
     'Staff call [NAME] "[NAME]" and his cousin [NAME] "[NAME]".'),
    # "one called", and the quoted name listed after it by "the other"
    ('Two older boys were there, one called "Spud", the other "Tiny T".',
     'Two older boys were there, one called "[NAME]", the other "[NAME]".'),
])
def test_quoted_nicknames(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_quoted_words_stay() -> None:
    assert _redacted('I told Kyle "Sorry" and left.') == 'I told [NAME] "Sorry" and left.'
    # "one called" gives a name only after a plural of people
    text = 'Two options were offered, one called "Plan B".'
    assert _redacted(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    # the ranks the title pattern reads are a strong cue for a name that is a word
    ("Ellie told PCSO Hart that she was scared.", "[NAME] told PCSO [NAME] that she was scared."),
    # a role's bracket after a lower-case name in shorthand
    ("seen at the hub by jas (youth worker), ok", "seen at the hub by [NAME] (youth worker), ok"),
    # a short form cut from a first name the record writes in full
    ("Mon 09:10 Kerry: ok but gav will b here\nMon 09:12 Me: Is Gavin ok with that?",
     "Mon 09:10 [NAME]: ok but [NAME] will b here\nMon 09:12 Me: Is [NAME] ok with that?"),
    # a person copied in: "in" is no place's here
    ("I have copied in Gemma who covers welfare rights.",
     "I have copied in [NAME] who covers welfare rights."),
])
def test_names_by_their_cue(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", [
    # a role's bracket after a thing, not after a determiner's noun
    "went to the gym (key worker) today",
    "seen by duty (sw) today",
    # a place after "in"
    "He used to live in Gemma Road.",
])
def test_words_before_a_role_or_after_in_stay(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("text", [
    "Teams chat export - Thu 09:14 to 09:31",
    "The rota: Mon - Nan, Tue - Dad, Wed - Mum, Thu - Nan, Fri - Aunty.",
])
def test_weekdays_stay(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("word", ["Supervisee", "Referrer", "Neighbour", "Diolch"])
def test_parts_and_sign_offs_the_model_takes_for_people(word: str) -> None:
    assert not_a_name(word)


def test_a_weekday_name_is_still_a_name() -> None:
    assert _redacted("Mum said Thu was tired.") == "Mum said [NAME] was tired."
