"""One thing made several (issue 21, amounts changed): a vague amount of at least three
before a plural noun that the sources count as one. Probe sentences written for this
test, not taken from the development pairs."""

from __future__ import annotations

import pytest

from sos_lang import compare
from sos_lang.compare.core import _count_before, _plural, _source_counts
from sos_lang.compare.text import words


def _counts(text: str, noun: str) -> float | None:
    found = words(text)
    return _count_before(found, next(i for i, w in enumerate(found) if w.text == noun))


def test_the_count_opens_the_noun_phrase() -> None:
    assert _counts("she brought a ten pound note", "note") == 1
    assert _counts("she brought two ten pound notes", "notes") == 2
    assert _counts("she brought ten pound notes", "notes") == 10
    assert _counts("she brought the notes", "notes") is None


def test_plurals_in_s_only() -> None:
    assert [_plural(w) for w in words("cuts previous bus glass visits")] == [
        True, False, False, False, True]


def test_a_count_of_one_after_a_notes_label() -> None:
    assert _source_counts(words("cuts")[0].stem, ["Cuts seen on arm: one (healed)."]) \
        == (True, False)
    assert _source_counts(words("cuts")[0].stem, ["Two cuts on her arm."]) == (False, True)


@pytest.mark.parametrize(("draft", "source", "flagged"), [
    ("The youth worker found several lighters in his bag.",
     "The youth worker found a lighter in his bag.", True),
    ("The youth worker found several lighters in his bag.",
     "The youth worker found two lighters in his bag.", False),
    ("The youth worker found many lighters in his bag.",
     "The youth worker found lighters in his bag.", False),
    ("The youth worker found a lighter in his school bag.",
     "The youth worker found a lighter in his bag.", False),
])
def test_one_made_several(draft: str, source: str, flagged: bool) -> None:
    report = compare(draft, [source])
    assert any("the source counts one" in f.message for f in report.findings) == flagged


def test_the_count_check_can_be_switched_off() -> None:
    report = compare("The youth worker found several lighters in his bag.",
                     ["The youth worker found a lighter in his bag."],
                     off=frozenset({"counts"}))
    assert not any("the source counts one" in f.message for f in report.findings)
