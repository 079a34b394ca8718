"""Long records: the run index, the bounded sentence bounds and the position lookups give
the same result as the whole-text searches they replace (issue 16: a 100 KB record took
seconds per quadratic part, a megabyte did not finish)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from sos_lang.redact import word_runs
from sos_lang.redact.lines import sentence_end, sentence_start
from sos_lang.redact.pipeline import _Positions, redact

ROOT = Path(__file__).resolve().parents[2]
# letters re.IGNORECASE treats specially (long s, Kelvin sign, dotted and dotless i, the
# Greek sigmas), accents, apostrophes, hyphens, @ and the marks that end sentences
_ALPHABET = [*"abksiSKI", "ſ", "K", "İ", "ı", "σ", "ς", "Σ", "é", "É", "ß", "’",
             *" '-@.,!?\n_1"]


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(length))


def _old_sentence_start(text: str, position: int) -> int:
    cut = max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "\n"))
    start = cut + 1 if cut >= 0 else 0
    while start < position and text[start].isspace():
        start += 1
    return start


def _old_sentence_end(text: str, position: int) -> int:
    ends = [found for found in (text.find(mark, position) for mark in (". ", "! ", "? ", "\n"))
            if found >= 0]
    return min(ends, default=len(text))


def test_sentence_bounds_equal_the_whole_text_searches() -> None:
    rng = random.Random(16)
    for _ in range(300):
        text = _random_text(rng, rng.randint(0, 60))
        for position in range(len(text) + 1):
            assert sentence_start(text, position) == _old_sentence_start(text, position)
            assert sentence_end(text, position) == _old_sentence_end(text, position)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_literal_matches_equal_finditer(flags: int) -> None:
    rng = random.Random(7 + flags)
    for _ in range(400):
        text = _random_text(rng, rng.randint(0, 80))
        literal = _random_text(rng, rng.randint(1, 4)).replace("\n", " ")
        for pattern in (rf"(?<![\w-]){re.escape(literal)}(?![\w-])",
                        rf"(?<![\w'’.@/-]){re.escape(literal)}(?![\w'’@-]| +[A-Z])",
                        rf"(?<![\w.@]){re.escape(literal)}(?![\w@]|\.\w)"):
            regex = re.compile(pattern, flags)
            word_runs.run_index.cache_clear()
            assert [m.span() for m in word_runs.literal_matches(text, regex, literal)] == [
                m.span() for m in regex.finditer(text)], (text, literal, pattern)


def test_alternation_matches_equal_finditer() -> None:
    rng = random.Random(21)
    for _ in range(400):
        text = _random_text(rng, rng.randint(0, 80))
        names = {_random_text(rng, rng.randint(2, 4)).replace("\n", " ").lower()
                 for _ in range(rng.randint(1, 6))}
        ordered = sorted(names, key=len, reverse=True)
        regex = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, ordered))
                           + r")(?![\w-])", re.IGNORECASE)
        alone = {name: re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])",
                                  re.IGNORECASE) for name in ordered}
        word_runs.run_index.cache_clear()
        found = word_runs.alternation_matches(text, regex, ordered, alone)
        if found is None:  # a name that does not start with a word character
            assert any(word_runs.first_run(name) is None for name in ordered)
            continue
        assert [m.span() for m in found] == [m.span() for m in regex.finditer(text)], (
            text, ordered)


def test_positions_between() -> None:
    rng = random.Random(3)
    for _ in range(200):
        values = [rng.randint(0, 100) for _ in range(rng.randint(0, 20))]
        positions = _Positions(values)
        low = rng.randint(-10, 110)
        high = low + rng.randint(0, 90)
        assert positions.between(low, high) == sorted({v for v in values if low <= v <= high})
        assert all((v in positions) == (v in values) for v in range(-5, 105))


def _long_record(size: int) -> str:
    texts = []
    for path in sorted((ROOT / "eval").glob("redaction_dev*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines()
                  if line.strip()]
    parts, length = [], 0
    for text in texts:
        parts.append(text)
        length += len(text) + 2
        if length >= size:
            break
    return "\n\n".join(parts)[:size]


def test_a_long_record_redacts_as_by_whole_text_searches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A 30 KB record of development items: the indexed mention searches (every found
    name, school and handle looked for where its first word stands) give the same text and
    spans as a search of the whole record for each."""
    text = _long_record(30_000)
    indexed = redact(text, use_model=False)
    monkeypatch.setattr(word_runs, "INDEX_FROM", len(text) + 1)
    assert redact(text, use_model=False) == indexed
    assert len(indexed[1]) > 100
