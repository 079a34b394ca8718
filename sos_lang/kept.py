"""Answers kept by the text they were worked out from, within one process.

Records repeat sentences (a template's lines, "Home visit undertaken.", headings), so work
that is a function of a sentence's text alone is kept and read again for each repeat. Every
such memo is bounded the same way: emptied when it holds ``limit`` answers, never written
anywhere, gone with the process (README, "Security and privacy")."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

KEPT_ANSWERS = 20_000
"""How many answers one memo keeps before it is emptied."""

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class KeptAnswers(Generic[K, V]):
    """A bounded memo: ``answer(key, make, *args)`` returns the answer kept for key, or
    make(*args), which it keeps (emptying itself first when full)."""

    __slots__ = ("_answers", "limit")

    def __init__(self, limit: int = KEPT_ANSWERS) -> None:
        self.limit = limit
        self._answers: dict[K, V] = {}

    def answer(self, key: K, make: Callable[..., V], *args: Any) -> V:
        kept = self._answers.get(key)
        if kept is None:
            if len(self._answers) >= self.limit:
                self._answers.clear()
            kept = self._answers[key] = make(*args)
        return kept

    def __len__(self) -> int:
        return len(self._answers)

    def clear(self) -> None:
        self._answers.clear()
