"""Must-flag and must-not-flag example tests for a context mechanism (negation, the person
check), run in both profiles: one definition that each mechanism's test module binds."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from sos_lang.analysis import analyse
from sos_lang.pipeline import build_pipeline

PROFILES = ["fast", "accurate"]


def deficit_words(text: str, profile: str, subtypes: Sequence[str] | None = None) -> list[str]:
    """The deficit words flagged in ``text`` (of ``subtypes`` only, when given)."""
    return [f.text for f in analyse(text, profile=profile).findings
            if f.kind == "deficit" and (subtypes is None or f.subtype in subtypes)]


def example_tests(must_flag: Sequence[tuple[str, str]], must_not_flag: Sequence[str],
                  subtypes: Sequence[str] | None = None
                  ) -> tuple[Callable[..., None], Callable[..., None]]:
    """``test_must_flag`` and ``test_must_not_flag`` over a mechanism's examples."""

    @pytest.mark.parametrize("profile", PROFILES)
    @pytest.mark.parametrize(("text", "word"), must_flag)
    def test_must_flag(text: str, word: str, profile: str) -> None:
        assert word in deficit_words(text, profile, subtypes)

    @pytest.mark.parametrize("profile", PROFILES)
    @pytest.mark.parametrize("text", must_not_flag)
    def test_must_not_flag(text: str, profile: str) -> None:
        assert deficit_words(text, profile, subtypes) == []

    return test_must_flag, test_must_not_flag


def deficit_candidates(doc: Any) -> list[Any]:
    """Every deficit term in the Doc before context predicates drop any."""
    from sos_lang.components.lexicon import LexiconMatcher
    from sos_lang.lexicon.loader import Lexicon, default_lexicon

    entries = tuple(e for e in default_lexicon().entries if e.vocabulary == "deficit")
    bare = tuple(dataclasses.replace(entry, context=()) for entry in entries)
    return LexiconMatcher(build_pipeline("accurate"), Lexicon(entries=bare)).find(doc)
