"""What a verb of admitting or refusing is about (issue 14, lexicon/acts.py): a past act
admitted is a real admission, not doubt; a child refusing another child is no refusal of the
plan. Invented sentences; the same cases in both profiles (from the words)."""

from __future__ import annotations

from tests.lexicon.mechanism_examples import example_tests

# A feeling, a difficulty or a wish admitted stays doubt wording; so does a present act.
ADMIT_MUST_FLAG = [
    ("Mum admits she finds the school holidays long.", "admits"),
    ("Dad admitted he had found the move hard.", "admitted"),
    ("Ms Obi admitted to feeling lonely at weekends.", "admitted"),
    ("Mr Hale admitted he was nervous about the meeting.", "admitted"),
    ("Mum admitted she had been struggling since Christmas.", "admitted"),
    ("Nan admits that she has joined a knitting group.", "admits"),
    # a linking "get" and a state in -ed: how the person becomes, not an act
    ("Dad admits he gets stressed when the twins fight in the car.", "admits"),
    ("Mum admits she gets overwhelmed at teatime with the three of them.", "admits"),
]
# A past act admitted, listed or not: the record of a real admission.
ADMIT_MUST_NOT_FLAG = [
    "Ms Rowe admitted the toddler had slept in her bed after she had been drinking.",
    "Dad admitted that he locked Theo in the shed on Sunday.",
    "Mum admitted she forgot to give Ivy her inhaler on the school trip.",
    "The foster carer admitted she had left the gate open.",
    "Mr Amin admitted chasing the boys down the street with a bat.",
    "Mum admitted she gets drunk most weekends while the children are at home.",
]
test_admit_must_flag, test_admit_must_not_flag = example_tests(
    ADMIT_MUST_FLAG, ADMIT_MUST_NOT_FLAG, subtypes=("doubt",))

# A refusal of the plan, or of a professional, stays compliance wording.
PEER_MUST_FLAG = [
    ("Jay refused to play at the family centre.", "refused"),
    ("Mum refused to talk to me about the bruise.", "refused"),
    ("Ollie refused to sit with the school nurse.", "refused"),
    ("Dad refused to share the payslips with the worker.", "refused"),
]
# A child refusing a friend, a brother or sister, another child or a child named.
PEER_MUST_NOT_FLAG = [
    "At break Poppy refused to play with Kai, and the teacher helped them make up.",
    "Ellis refused to share the swing with his sister.",
    "Tia refused to lend her pens to another girl in class.",
    "Rory refused to sit next to his friends at lunch after the argument.",
]
test_peer_must_flag, test_peer_must_not_flag = example_tests(
    PEER_MUST_FLAG, PEER_MUST_NOT_FLAG, subtypes=("compliance",))

# Hospitality offered and refused, with words before the food or drink: no refusal of the
# plan (compliance-refuse's exception); the plan refused stays flagged.
HOSPITALITY_MUST_FLAG = [
    ("Dad refused the second assessment and left the room.", "refused"),
]
HOSPITALITY_MUST_NOT_FLAG = [
    "Grandad refused another hot drink and showed me the garden.",
    "Mum refused a second cup of coffee because she had to do the school run.",
]
test_hospitality_must_flag, test_hospitality_must_not_flag = example_tests(
    HOSPITALITY_MUST_FLAG, HOSPITALITY_MUST_NOT_FLAG, subtypes=("compliance",))
