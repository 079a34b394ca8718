"""Names found by their place where a sentence or a line starts, and word-names joined to a
found name (round eleven's families; the sentences are the developer's own)."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


@pytest.mark.parametrize(("text", "expected"), [
    # an unknown first name opening a sentence, before a found surname
    ("Dhruvesh Raval NI no. given at the desk.", "[NAME] NI no. given at the desk."),
    ("Seo-yeon Park's visa check is due.", "[NAME]'s visa check is due."),
    # a first name that is a word, with a strong cue after the surname
    ("Frost Nguyen (DOB 3/4/2015) moved school.", "[NAME] (DOB 3/4/2015) moved school."),
])
def test_a_sentence_opening_first_name_joins_the_surname(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0].replace("[DATE_OF_BIRTH]", "3/4/2015") == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("Contact Patel on Monday about the plan.", "Contact"),
    ("Text Okafor the new time.", "Text"),
    ("Notify Okafor of the outcome.", "Notify"),
    ("Emailed Nguyen the minutes.", "Emailed"),
    ("Frost Nguyen was seen at home.", "Frost"),  # a word, and no strong cue
])
def test_a_sentence_opening_word_stays(text: str, kept: str) -> None:
    redacted = redact(text, use_model=False)[0]
    assert redacted.startswith(kept) and "[NAME]" in redacted


@pytest.mark.parametrize(("text", "expected"), [
    ("Summer and Rowan Adeyemi were late again.", "[NAME] and [NAME] were late again."),
    ("Comfort and Tendai Moyo both go to the club.", "[NAME] and [NAME] both go to the club."),
    ("Will and Kacper were collected at three.", "[NAME] and [NAME] were collected at three."),
])
def test_a_word_name_joined_to_a_name_is_a_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("In April and May Kacper was off school.", "In April and"),
    ("We met at the Rose and Crown.", "We met at the Rose and Crown."),
])
def test_a_word_joined_to_a_name_stays_a_word(text: str, kept: str) -> None:
    assert redact(text, use_model=False)[0].startswith(kept)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gwenllian's NHS number is on the letter.", "[NAME]'s NHS number is on the letter."),
    ("Hermione's date of birth was wrong.", "[NAME]'s date of birth was wrong."),
])
def test_a_word_before_a_personal_identifier_is_a_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    "Patient's NHS number is on the letter.",
    "Referrer's date of birth was not given.",
    "Applicant's passport was seen.",
])
def test_a_role_before_a_personal_identifier_stays(text: str) -> None:
    assert "[NAME]" not in redact(text, use_model=False)[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pupil | DOB\nKOWALCZYKOVÁ, Marta | year 4", "Pupil | DOB\n[NAME] | year 4"),
    ("Re: Vrbenská, Hana (sibling group)", "Re: [NAME] (sibling group)"),
])
def test_surname_comma_first_name_is_one_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("URGENT, Emma rang the office.", "URGENT, "),
    ("However, Emma said she was fine.", "However, "),
    ("In Leeds, Emma was seen at home.", "In Leeds, "),
])
def test_a_word_and_a_comma_before_a_first_name_stays(text: str, kept: str) -> None:
    assert redact(text, use_model=False)[0].startswith(kept)


@pytest.mark.parametrize(("text", "expected"), [
    ("T.W. said the older boys took her bike.", "[NAME] said the older boys took her bike."),
    ("I asked again. R.B. told me it was fine.", "I asked again. [NAME] told me it was fine."),
])
def test_initials_as_a_sentence_subject_are_a_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", ["N.B. is on leave this week.", "P.E. was cancelled today.",
                                  "The U.K. office said no."])
def test_dotted_abbreviations_stay(text: str) -> None:
    assert redact(text, use_model=False)[0] == text


@pytest.mark.parametrize(("text", "expected"), [
    ('She is scared of "Big Kacper" from the park.', 'She is scared of "[NAME]" from the park.'),
    ("Staff on shift: Lil Tomasz and Amira.", "Staff on shift: [NAME] and [NAME]."),
])
def test_a_nicknames_size_word_is_part_of_the_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


def test_little_outside_quotes_stays() -> None:
    assert redact("Little Kacper Nowak rang.", use_model=False)[0].startswith("Little ")
