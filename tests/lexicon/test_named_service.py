"""A care word inside the name of a charity, a project or a service (issue 14,
document_names.yaml named_service): the organisation's own name, which the worker cannot
change, is not flagged; the same word in the writer's own sentence still is. Invented
sentences; both profiles."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse

PROFILES = ["fast", "accurate"]

MUST_FLAG = [
    ("Contact with Dad is every other Saturday.", "Contact"),
    ("Mum will engage with the Youth Offending Service.", "engage"),
    ("Respite at the weekend gives Gran a rest.", "Respite"),
]
MUST_NOT_FLAG = [
    "Tom goes to the Engage Sports Project in Corby on Tuesdays.",
    "Respite, a local charity for young carers, took Lily to the coast.",
    "Leo goes to the Intervention Boxing Club in Deptford.",
]


def _care(text: str, profile: str) -> list[str]:
    return [f.text for f in analyse(text, profile=profile).findings
            if f.subtype == "care_jargon"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(("text", "word"), MUST_FLAG)
def test_must_flag(text: str, word: str, profile: str) -> None:
    assert word in _care(text, profile)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_must_not_flag(text: str, profile: str) -> None:
    assert _care(text, profile) == []
