"""The bounded memo every per-text cache uses (sos_lang/kept.py)."""

from __future__ import annotations

from sos_lang.kept import KEPT_ANSWERS, KeptAnswers


def test_an_answer_is_made_once_and_read_again() -> None:
    made: list[str] = []

    def make(text: str) -> int:
        made.append(text)
        return len(text)

    kept: KeptAnswers[str, int] = KeptAnswers()
    assert kept.answer("abc", make, "abc") == 3
    assert kept.answer("abc", make, "abc") == 3
    assert made == ["abc"]
    assert kept.limit == KEPT_ANSWERS == 20_000


def test_the_memo_is_emptied_when_full() -> None:
    kept: KeptAnswers[int, int] = KeptAnswers(3)
    for number in range(10):
        kept.answer(number, int, number)
        assert len(kept) <= 3
    kept.clear()
    assert len(kept) == 0
