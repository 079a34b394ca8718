"""Names told by a cue beside them that no table needs to know: a rank or a faith's title
before them, a family word in brackets after them, a bracket inside a name, a surname two
members of a family share, a copied thread's speakers, and what an unknown word does next.
Each family ships sentences that must be redacted and sentences that must stay."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


def _redacted(text: str) -> str:
    return redact(text, use_model=False)[0]


@pytest.mark.parametrize(("text", "expected"), [
    # ranks and faiths' titles before a name no table holds
    ("Spoke to Cpl Waisale Rokotuiveikau (Welfare, 2 Rifles) about the move.",
     "Spoke to Cpl [NAME] (Welfare, 2 Rifles) about the move."),
    ("The boys slept at Pastor Uko's on Friday.",
     "The boys slept at Pastor [NAME]'s on Friday."),
    ("Phone on file. Ven. Sumana / teacher", "Phone on file. Ven. [NAME] / teacher"),
])
def test_names_after_a_rank_or_a_faiths_title(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", [
    "The Pastor said the hall is free on Sunday.",
    "Rev up the engine before the test.",
    "Sgt. on duty took the call.",
])
def test_titles_with_no_name_after_them_stay(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    # a family word in brackets after a word marks it as a person
    ("hv - bea weighed 6.2kg, kat (mum) tired but coping",
     "hv - bea weighed 6.2kg, [NAME] (mum) tired but coping"),
    ("She rang; Bishop (her son) was suspended.",
     "She rang; [NAME] (her son) was suspended."),
    # a shorthand cue before and an age after, in a line with an address in capitals
    ("- back at 9 Sunnybank Grove w/ massinissa (2) today",
     "- back at [ADDRESS] w/ [NAME] (2) today"),
])
def test_names_marked_by_a_family_word_or_two_cues(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", [
    "The cot (baby) was moved and the phone (mum) rang.",
    "hv - weights (2) done, bottles (mum) washed",
    "Notes from the meeting (school) were shared.",
])
def test_things_before_a_bracket_stay(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Mentee: Jermaine (JJ) Campbell, 15\nSession 6. JJ talked about his dad.",
     "Mentee: [NAME] ([NAME]) [NAME], 15\nSession 6. [NAME] talked about his dad."),
])
def test_a_nickname_in_brackets_inside_a_name(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", [
    "Emma (SW) Office hours are 9 to 5.",
    "Leo (Year) Maths set is full.",
])
def test_a_role_or_a_word_in_brackets_after_a_name_stays(text: str) -> None:
    assert "(SW)" in _redacted(text) or "(Year)" in _redacted(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Note\nSky Doyle and River Doyle at the park. River said the sky went black.",
     "Note\n[NAME] and [NAME] at the park. [NAME] said the sky went black."),
    ("Godspower Etim and Favour Etim slept over.", "[NAME] and [NAME] slept over."),
])
def test_first_names_before_a_shared_surname(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Doyle and Mrs Doyle came. Visited Doyle.",
     "Mr [NAME] and Mrs [NAME] came. Visited [NAME]."),
    ("The Gurung family swim here. The younger boy, Aashish Gurung (8), was hurt.",
     "The [NAME] family swim here. The younger boy, [NAME] (8), was hurt."),
])
def test_titles_and_verbs_before_a_shared_surname_stay(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Texts\nMum: where are u\nKenji: at home by 9",
     "Texts\nMum: where are u\n[NAME]: at home by 9"),
    ("WhatsApp export\n[09/05, 07:12] Abdulkarim: where is he\n"
     "[09/05, 07:13] Bilqis Al-Sanabani: he stayed out",
     "WhatsApp export\n[09/05, 07:12] [NAME]: where is he\n"
     "[09/05, 07:13] [NAME]: he stayed out"),
])
def test_speakers_of_a_copied_thread(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", [
    "Mum: present\nDad: absent\nOutcome: plan agreed",
    "Visit\nPlan: review in May\nMum: agreed",
    "Session log\nArea: rec ground\nPresent: two lads\nWorker: on shift",
    "Contact note\nContact: by phone\nWorker: duty\nMum: Present",
])
def test_a_forms_labels_are_no_speakers(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Dumisani's Home Office ref is on the file.", "[NAME]'s Home Office ref is on the file."),
    ("Chidera sent the picture to a boy in Year 10.",
     "[NAME] sent the picture to a boy in Year 10."),
    ("Eilidh from Women's Aid has the key.", "[NAME] from Women's Aid has the key."),
])
def test_unknown_words_by_what_a_person_does(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", [
    "Snapchat sent a code to her phone.",
    "The Home Office ref is on the file.",
    "Referral from Children's Services has the detail.",
])
def test_things_that_send_or_come_from_somewhere_stay(text: str) -> None:
    assert _redacted(text) == text
