"""The acronym rule reads a spelling-out in every usual shape (issue 14; labelling guide,
section 3: "Spelled out means in any usual form"): the letters named after the words with a
cue ("known as", "or", a comma, a slash), in square brackets or quotes, with a filler in the
bracket ("for short", "i.e."), and glossed after the letters ("which means", "is short
for"). The letters are read as spelled out only where the words fit them, and only from
there on. Invented sentences; KEP and PWR are in no expansion table."""

from __future__ import annotations

import pytest

from sos_lang.lexicon import acronyms
from tests.lexicon.probes import acronyms_flagged as _acronyms

SPELLED_OUT = [
    "Mum has a kinship evidence pack, known as the KEP, and the KEP is with her solicitor.",
    "The KEP, which means kinship evidence pack, went to Gran. Gran read the KEP.",
    "Gran has a kinship evidence pack (or KEP). The KEP is ready.",
    "Gran has a kinship evidence pack ('KEP'). The KEP is ready.",
    "Gran has a kinship evidence pack [KEP]. The KEP is ready.",
    "Gran has a kinship evidence pack (KEP for short). The KEP is ready.",
    "Gran has a kinship evidence pack, or KEP for short. The KEP is ready.",
    "Gran has what we call a kinship evidence pack (called a KEP). The KEP is ready.",
    "KEP (i.e. the kinship evidence pack) sent to Gran; KEP read with her.",
    "KEP means a kinship evidence pack. Gran has the KEP.",
    "KEP is short for kinship evidence pack. Gran has the KEP.",
    "The kinship evidence pack, KEP, went to Gran on Friday. The KEP is ready.",
    "Kinship Evidence Pack/KEP sent to Gran. KEP read with her.",
    "PARENT WELLBEING REVIEW [PWR]\nPWR booked with Dad for June.",
]

STILL_FLAGGED = [
    # Used before it is spelled out: flagged there.
    ("The KEP is ready. Gran has a kinship evidence pack, known as the KEP.", "KEP"),
    # A comma or a slash before letters the words do not fit is no spelling-out.
    ("Gran came with the family support worker, KEP, and the school.", "KEP"),
    ("Notes sent to Gran/KEP on Friday.", "KEP"),
    # "called" before letters the words do not fit: still letters.
    ("Gran called KEP about the pack.", "KEP"),
    # A bracket of letters after words that do not fit them.
    ("Gran brought her papers [KEP] to the meeting.", "KEP"),
]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("text", SPELLED_OUT)
def test_spelled_out_in_any_usual_shape(text: str, profile: str) -> None:
    assert _acronyms(text, profile) == []


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "acronym"), STILL_FLAGGED)
def test_letters_the_words_do_not_fit_are_flagged(text: str, acronym: str,
                                                  profile: str) -> None:
    assert acronym in _acronyms(text, profile)


def test_the_spelling_out_starts_at_the_letters_and_spans_the_words() -> None:
    text = "Gran has a kinship evidence pack, known as the KEP."
    (acronym, at, words_start, words_end), = acronyms.spellings_out(text)
    assert (acronym, at) == ("KEP", text.index("KEP"))
    assert text[words_start:words_end] == "kinship evidence pack"
