"""A surname that is an ordinary word, as the rest of a form field's whole value after a
first name (issue 16, fourteenth round). The sentences are the developer's own."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


def _names(text: str) -> list[str]:
    return [s.text for s in redact(text)[1] if s.kind == "NAME"]


@pytest.mark.parametrize(("text", "name"), [
    ("Member: Esme Croft\nAge: 12", "Esme Croft"),
    ("Guest: Harvey Shore", "Harvey Shore"),
    ("Lodger: Freya Vale\tRoom: 2", "Freya Vale"),
    ("Emergency contact: Nia Brook 07700 900 321", "Nia Brook"),
])
def test_word_surname_completes_a_field_value(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(("text", "word"), [
    # no label straight before the first name
    ("Notes: seen Jack Today", "Today"),
    ("Ask Oliver Monday 3pm", "Monday"),
    # the cell goes on after the word
    ("Pupil: Amelia Class 4", "Class"),
    ("Member: Isla Brook Lane Tennis Club", "Brook"),
])
def test_word_after_a_first_name_stays_a_word(text: str, word: str) -> None:
    assert not any(word in name for name in _names(text))
