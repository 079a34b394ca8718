"""Lower-case names in a clause of shorthand whose line also holds capitals (issue 16,
fourteenth round): a field label, a capitalised name or an acronym elsewhere in the line no
longer hides the lower-case names beside it. The sentences are the developer's own."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


def _names(text: str) -> list[str]:
    return [s.text for s in redact(text)[1] if s.kind == "NAME"]


@pytest.mark.parametrize(("text", "name"), [
    # a lower-case clause after a field label and a capitalised name
    ("Present: Dad Ioan Pryce, kids nesta (6) + gwilym (3).", "gwilym"),
    # after a clause break made by a dash, in a line with an officer's capitalised name
    ("Visit with DC Harrow - seen w/ zarifa, calm and chatty.", "zarifa"),
    # after a comma, before what a person does next
    ("Call from Ms Okafor, olumidé rang school twice today.", "olumidé"),
])
def test_lower_case_name_in_a_lower_case_clause(text: str, name: str) -> None:
    assert name in _names(text)


def test_every_mention_follows_the_clause_name() -> None:
    text = "Present: Dad Ioan Pryce, kids nesta (6) + gwilym (3). gwilym hid behind the sofa."
    assert _names(text).count("gwilym") == 2


@pytest.mark.parametrize(("text", "word"), [
    # an ordinary word's place in a mixed line: after a possessive or a determiner
    ("Seen by Dr Okafor, his tazkira says he is 15.", "tazkira"),
    ("Spoke to Mrs Hale, the ketamine was found in the car.", "ketamine"),
    # a shorthand abbreviation in a lower-case clause
    ("Call with Mum, camhs to call back tmrw.", "camhs"),
    # a lower-case prose clause with no cue
    ("Karen rang, she is worried about the rent arrears.", "arrears"),
])
def test_no_name_in_an_ordinary_lower_case_clause(text: str, word: str) -> None:
    assert not any(word in name for name in _names(text))
