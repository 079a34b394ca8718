"""Vague words with their content named right after them (issue 14, detail_follows): a list
of things after a colon or that the vague noun is said to be, or a reason about a thing,
is the detail the guide asks for; a list of kinds of worry, a person's state as the reason
or a plan is not. Sentences written for the purpose; the same cases in both profiles."""

from __future__ import annotations

from tests.lexicon.mechanism_examples import example_tests

MUST_FLAG = [
    ("Mum has issues.", "issues"),
    # a list of kinds of worry names nothing
    ("There are issues at home: hygiene, routines and boundaries.", "issues"),
    # a person's state as the reason is the worry itself
    ("The flat is unsafe because Dad is drinking again.", "unsafe"),
    ("Dad has issues with anger because of his childhood.", "issues"),
    # a plan after the colon is no detail of the worry
    ("Concerns about Leo's attendance: the school will write to Mum.", "Concerns"),
    ("The home is unsafe for the children.", "unsafe"),
]

MUST_NOT_FLAG = [  # each flagged before the change
    "Gran listed the issues with the caravan: a cracked skylight, a sticking door and a damp "
    "mattress.",
    "The issues Kai raised with his mentor were a lost bus pass, a phone bill and his driving "
    "lessons, and each has a plan.",
    "The high chair is unsafe because the top strap has come loose.",
    "The old swing was unsafe because its chain would not hold on the hill.",
]

test_must_flag, test_must_not_flag = example_tests(MUST_FLAG, MUST_NOT_FLAG, ["vague"])


CHOICE_MUST_FLAG = [("Dad chose to drink on the day he was looking after the baby.", "chose to")]
CHOICE_MUST_NOT_FLAG = [  # a choice made for a purpose the sentence gives (flagged before)
    "Jay chose to miss the bus so that he could walk home with his friend.",
]
test_choice_must_flag, test_choice_must_not_flag = example_tests(
    CHOICE_MUST_FLAG, CHOICE_MUST_NOT_FLAG, ["blame"])
