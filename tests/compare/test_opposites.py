"""Opposite words, note-line labels and shorthand in the comparison (issue 21). Probe
pairs written for this test, not taken from the development pairs."""

from __future__ import annotations

import pytest

from sos_lang import compare
from sos_lang.compare.core import _antonym_flipped, _shorthand_of
from sos_lang.compare.vocabulary import antonyms, stem


def test_the_antonym_table_holds_wordnet_pairs_and_not_common_verbs() -> None:
    table = antonyms()
    assert stem("accept") in table[stem("declined")]
    assert stem("dirty") in table[stem("clean")]
    # 'take' and 'give' have over 18 senses each: no pair
    assert stem("give") not in table.get(stem("take"), frozenset())


@pytest.mark.parametrize(("draft", "source"), [
    ("Mrs Osei declined the place at the holiday club for Kofi.",
     "Mrs Osei accepted the place at the holiday club for Kofi."),
    ("The bathroom was dirty when the worker called round.",
     "The bathroom was clean when I called round."),
    ("Grandad rejected the offer of a carer's assessment.",
     "Grandad accepted the offer of a carer's assessment."),
])
def test_an_opposite_word_is_a_contradiction(draft: str, source: str) -> None:
    assert _antonym_flipped(draft, source)


@pytest.mark.parametrize(("draft", "source"), [
    # a negated opposite agrees
    ("Mrs Osei did not accept the place at the holiday club for Kofi.",
     "Mrs Osei declined the place at the holiday club for Kofi."),
    # the source weighs both words
    ("The bathroom was clean.", "The bathroom was clean but the kitchen was dirty."),
    # a next step and a question say nothing of what is
    ("Mrs Osei will decline the place at the holiday club.",
     "Mrs Osei accepted the place at the holiday club."),
    ("Mrs Osei accepted the place at the holiday club.",
     "Has Mrs Osei declined the place at the holiday club?"),
    # the same word
    ("Mrs Osei accepted the place at the holiday club for Kofi.",
     "Mrs Osei has accepted a place at the holiday club for Kofi."),
])
def test_no_opposite_or_no_account_is_not_a_contradiction(draft: str, source: str) -> None:
    assert not _antonym_flipped(draft, source)


def test_an_opposite_word_is_reported_as_unsupported_and_can_be_switched_off() -> None:
    draft = "Mrs Osei declined the place at the holiday club for Kofi."
    source = ["Housing officer: Mrs Osei accepted the place at the holiday club for Kofi."]
    assert any(f.subtype == "unsupported" and "opposite" in f.message
               for f in compare(draft, source).findings)
    assert not any("opposite" in f.message
                   for f in compare(draft, source, off=frozenset({"antonyms"})).findings)


@pytest.mark.parametrize(("short", "word", "expected"), [
    ("alc", "alcohol", True), ("appt", "appointment", True), ("wknds", "weekends", True),
    ("hosp", "hospital", True), ("appt", "apartment", False), ("alc", "local", False),
    ("wknds", "windows", False), ("alc", "alcohol"[:4], False),
])
def test_shorthand_is_a_word_cut_short_or_its_letters_in_order(short: str, word: str,
                                                               expected: bool) -> None:
    assert _shorthand_of(short, word) is expected


def _unsupported(draft: str, notes: str, off: frozenset[str] = frozenset()) -> list[str]:
    return [f.text for f in compare(draft, [("notes", notes)], off=off).findings
            if f.subtype == "unsupported"]


NOTES = ("Wed 12/3 - Harbour Lane centre\n"
         "Says 12 days alc free, cravings in evenings.\n"
         "Parenting group Tues - been twice, enjoys it.\n"
         "Next appt 19/3 10am.\n")


def test_a_word_the_notes_give_in_shorthand_is_not_invented() -> None:
    draft = "He says he has had no alcohol for twelve days and has cravings in the evenings."

    def invented(off: frozenset[str]) -> list[str]:
        return [f.text for f in compare(draft, [("notes", NOTES)], off=off).findings
                if f.subtype == "invented_specific"]

    assert "alcohol" not in invented(frozenset())
    assert "alcohol" in invented(frozenset({"shorthand"}))


def test_a_note_line_label_is_part_of_what_the_line_says() -> None:
    draft = "Mr Price has been to the parenting group on Tuesdays twice and enjoys it."
    assert not _unsupported(draft, NOTES)
    assert _unsupported(draft, NOTES, off=frozenset({"labels"}))

