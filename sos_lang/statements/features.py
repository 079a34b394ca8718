"""Parse-free sentence features for the statement classifier, and the override rules.

The classifier needs no dependency parse, so it runs at tokenizer speed in both
profiles. Its terms are words, Porter stems and stem pairs and triples (so
"worried"/"worry", "visited"/"visit" share evidence), word beginnings and
endings (a cheap stand-in for tense and inflection: ~ed, ~ing), shapes
(numbers such as dates and times, capitalised words such as names) and cue classes
(``#past``, ``#modal``, ``#report``, ``#time``, ...: data/statement_cues.yaml) that say
what a sentence does in a way that carries across writers.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

import numpy as np
from nltk.stem.porter import PorterStemmer
from scipy import sparse

from sos_lang.settings import load_yaml

_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*|\d+(?:[:./]\d+)*|[?!\"“”‘:;]")
_STEMMER = PorterStemmer()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-case word, cached (records reuse their words)."""
    return _STEMMER.stem(word)


@functools.lru_cache(maxsize=1)
def _cue_classes() -> dict[str, tuple[str, ...]]:
    """Each listed word and the cue classes it belongs to (data/statement_cues.yaml)."""
    classes: dict[str, list[str]] = {}
    for name, spec in load_yaml("statement_cues.yaml")["classes"].items():
        for word in spec["words"]:
            classes.setdefault(str(word), []).append(name)
    return {word: tuple(names) for word, names in classes.items()}


def cue_terms(word: str) -> list[str]:
    """The cue-class terms of a lower-case word: listed classes, plus regular past tense
    and "n't" negation by rule."""
    terms = ["#" + name for name in _cue_classes().get(word, ())]
    if (len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")
            and word.isalpha() and "#past" not in terms):
        terms.append("#past")
    if word.endswith("n't") and "#negation" not in terms:
        terms.append("#negation")
    return terms


def token_terms(token: str) -> tuple[str, list[str]]:
    """The stem of one token and the terms it contributes on its own."""
    word = token.lower()
    root = stem(word)
    terms = [word, "s:" + root, *cue_terms(word)]
    if len(word) >= 5 and word.isalpha():
        terms.append("~" + word[-3:])
        terms.append(word[:4] + "~")
    if token[0].isdigit():
        terms.append("#num")
    elif token[0].isupper():
        terms.append("#cap")
    return root, terms


def sentence_terms(text: str) -> list[str]:
    """The terms the TF-IDF vectoriser counts for one sentence: each token's own terms,
    then stem pairs and triples."""
    stems, terms = [], []
    for token in _TOKEN.findall(text):
        root, own = token_terms(token)
        stems.append(root)
        terms.extend(own)
    terms.extend(f"{a} {b}" for a, b in itertools.pairwise(stems))
    terms.extend(f"{a} {b} {c}" for a, b, c in zip(stems, stems[1:], stems[2:], strict=False))
    return terms


class FastTermVectorizer:
    """The same TF-IDF matrix as the fitted TfidfVectorizer over sentence_terms (sublinear
    tf, idf, L2 rows), several times faster: each token's own terms are looked up once and
    cached as feature ids, so only stem pairs and triples are built per sentence."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float64)
        self._tokens: dict[str, tuple[str, list[int]]] = {}
        # stem pairs and triples keyed by tuples of stems: zip builds the keys for free,
        # where joining strings for every pair and triple of every sentence would not
        self._grams: dict[tuple[str, ...], int] = {
            tuple(term.split(" ")): index for term, index in vocabulary.items() if " " in term}

    def _token(self, token: str) -> tuple[str, list[int]]:
        cached = self._tokens.get(token)
        if cached is None:
            root, terms = token_terms(token)
            lookup = self.vocabulary.get
            cached = (root, [i for i in map(lookup, terms) if i is not None])
            if len(self._tokens) < 500_000:
                self._tokens[token] = cached
        return cached

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        gram = self._grams.get
        tokens = self._tokens
        indices: list[int] = []
        indptr = [0]
        for text in texts:
            stems = []
            for token in _TOKEN.findall(text):
                root, ids = tokens.get(token) or self._token(token)
                stems.append(root)
                indices.extend(ids)
            grams = itertools.chain(itertools.pairwise(stems),
                                    zip(stems, stems[1:], stems[2:], strict=False))
            indices.extend(index for index in map(gram, grams) if index is not None)
            indptr.append(len(indices))
        matrix = sparse.csr_matrix(
            (np.ones(len(indices)), np.asarray(indices, dtype=np.int64),
             np.asarray(indptr, dtype=np.int64)), shape=(len(texts), len(self.idf)))
        matrix.sum_duplicates()
        matrix.data = (np.log(matrix.data) + 1.0) * self.idf[matrix.indices]
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0.0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


@functools.lru_cache(maxsize=1)
def override_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Rules that are clearly right: a pattern and the label it forces."""
    rules = load_yaml("statement_rules.yaml")["rules"]
    return tuple((re.compile(rule["pattern"], re.IGNORECASE), rule["label"]) for rule in rules)


def forced_label(text: str) -> str | None:
    for pattern, label in override_rules():
        if pattern.search(text):
            return label
    return None
