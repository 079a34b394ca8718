"""Probes for the fifteenth round's structured-identifier work (issue 16): a school cue that
took ordinary words for a school's name ("to talk about school"), a person's name with a
suffix that is also a school's kind (Tyrone Junior), a date of birth after a person and
their bare age, and hostile input (long runs with no space) that made a pattern's time
grow with the square of the run's length. The sentences are invented for these tests."""

from __future__ import annotations

import time

import pytest

from sos_lang.redact import redact
from sos_lang.redact.rules import rules
from tests.redact.probes import redacted_within as _found
from tests.redact.probes import spans_of as _of


@pytest.mark.parametrize("text", [
    "He wants to talk about school.",
    "She did not want to think about college.",
    "Mum is scared to drive past school.",
])
def test_everyday_words_before_a_kind_are_no_school(text: str) -> None:
    assert _of(text, "SCHOOL") == []


@pytest.mark.parametrize(("text", "value"), [
    ("kids both at holy family rc this am", "holy family rc"),
    ("last seen outside fernlea academy", "fernlea academy"),
    ("last seen outside bradford academy.", "bradford academy"),
    ("he is at oak tree primary per mum", "oak tree primary"),
])
def test_shorthand_school_still_found(text: str, value: str) -> None:
    assert _found(text, value, "SCHOOL")


@pytest.mark.parametrize("text", [
    "Re: Kian (02/08/2019), Tyrone Junior (30/11/2023)",
    "On 4 March Tyrone Junior was found by a driver on the verge.",
])
def test_first_name_and_junior_is_a_person(text: str) -> None:
    assert _of(text, "SCHOOL") == []


def test_junior_child_keeps_date_of_birth() -> None:
    assert _found("Re: Kian (02/08/2019), Tyrone Junior (30/11/2023)", "30/11/2023",
                  "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", ["He is at Highfield Junior.",
                                  "Both go to Chadderton Hall Junior."])
def test_junior_school_still_found(text: str) -> None:
    assert _of(text, "SCHOOL") and _of(text, "SCHOOL")[0].endswith("Junior")


def test_date_of_birth_after_person_and_age() -> None:
    assert _found("Caller Kirsty Grimshaw, 17, 08-08-2007", "08-08-2007", "DATE_OF_BIRTH")
    assert _found("Mum Kirsty Grimshaw, 34, 12/03/1990, came in.", "12/03/1990",
                  "DATE_OF_BIRTH")


def test_event_date_after_person_and_age_stays() -> None:
    assert _of("Seen Kian Fraser, 15, 12/03/2024 visit", "DATE_OF_BIRTH") == []


def _seconds(call: object, *args: object) -> float:
    start = time.perf_counter()
    call(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def _email() -> object:
    return next(p for p in rules().patterns if p.kind == "EMAIL").regex


@pytest.mark.parametrize("run", ["1" * 1_000_000 + "@", "a'" * 100_000 + "@",
                                 "1.-" * 300_000 + "@"])
def test_email_pattern_is_linear_on_long_runs(run: str) -> None:
    """A search from every place of a long run read it to its end from each: a 200,000
    character run took about ten minutes; at one read of the run it takes well under a
    second (the bound is loose for a loaded machine)."""
    regex = _email()
    assert _seconds(lambda: list(regex.finditer(run))) < 10  # type: ignore[attr-defined]


def test_email_still_found_after_an_apostrophe_run() -> None:
    assert _of("Send to LIAM.O'CONNELL@CARERS.EXAMPLE.ORG.UK today", "EMAIL") == [
        "LIAM.O'CONNELL@CARERS.EXAMPLE.ORG.UK"]
    assert _of("email 'jo.bell@mail.example' today", "EMAIL") == ["jo.bell@mail.example"]


def test_long_capitalised_word_is_linear() -> None:
    """Name patterns that open with a person tried every capital of a long word, each to the
    word's end: 4,000 capitals took about ninety seconds; now a few (loose bound)."""
    text = "Mum said at school " + "A" * 20_000
    assert _seconds(lambda: redact(text, use_model=False)) < 30
