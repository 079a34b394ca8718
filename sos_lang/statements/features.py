"""Parse-free sentence features for the statement classifier, and the override rules.

The classifier needs no dependency parse, so it runs at tokenizer speed in both
profiles. Its terms are words, Porter stems and stem pairs and triples (so
"worried"/"worry", "visited"/"visit" share evidence), word beginnings and
endings (a cheap stand-in for tense and inflection: ~ed, ~ing), shapes
(numbers such as dates and times, capitalised words such as names) and cue classes
(``#past``, ``#modal``, ``#report``, ``#time``, ``#hurt``, ``#protect``, ...:
data/statement_cues.yaml) that say what a sentence does in a way that carries across
writers, and the pairs of classes a sentence holds ("#past&#protect").
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np
from nltk.stem.porter import PorterStemmer
from scipy import sparse

from sos_lang.kept import KeptAnswers
from sos_lang.settings import load_word_list, load_yaml

_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*|\d+(?:[:./]\d+)*|[?!\"“”‘:;]")
_STEMMER = PorterStemmer()
_SHAPES = frozenset({"#num", "#cap"})
"""Shape terms: not cue classes, so they make no class pairs."""


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


_HAVE = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m",
                 "isn't", "aren't", "wasn't", "weren't"})
_BETWEEN = frozenset({"not", "never", "always", "just", "already", "now", "since", "also",
                      "still", "often", "been", "consistently", "regularly", "repeatedly"})
"""Words that may stand between an auxiliary and its verb ("has not been", "has always")."""


def _participle(word: str) -> bool:
    return (len(word) >= 5 and word.endswith("ed")) or word in load_word_list(
        "irregular_participles.txt")


def aspect_terms(words: Sequence[str]) -> list[str]:
    """Tense and aspect by rule from lower-case words: "#perfect" (has/have + participle:
    something done that holds now, as existing safety is told), "#pluperfect" (had +
    participle: a past before the past, as a history is told) and "#progressive" (be +
    -ing). The rule needs no parse, so both profiles read the same terms."""
    found: set[str] = set()
    for index, word in enumerate(words):
        if word in _HAVE or word == "had":
            after = index + 1
            while after < len(words) and words[after] in _BETWEEN and words[after] != "been":
                after += 1
            if after < len(words) and (words[after] == "been" or _participle(words[after])):
                found.add("#perfect" if word in _HAVE else "#pluperfect")
        elif word in _BE and index + 1 < len(words):
            following = words[index + 1]
            if len(following) >= 5 and following.endswith("ing"):
                found.add("#progressive")
    return sorted(found)


def _opens_with_clause(text: str) -> str | None:
    """The words after the first comma when a sentence opens with a clause of time or
    cause (its first word in the ``opening_clause`` class), else None."""
    first = _TOKEN.match(text.lstrip())
    comma = text.find(",")
    if first is None or comma < 0:
        return None
    if "opening_clause" not in _cue_classes().get(first.group().lower(), ()):
        return None
    return text[comma + 1:]


def main_clause_terms(text: str, classes_of: Callable[[str], Iterable[str]]) -> list[str]:
    """In a sentence that opens with a clause of time or cause, the cue classes of the
    words after its comma again, marked as the main clause's ("#main:protect"): what the
    sentence tells (protective action, a worry, harm) against what it tells it by (a past
    event that was only the occasion). ``classes_of`` gives a token's cue classes."""
    tail = _opens_with_clause(text)
    if tail is None:
        return []
    found = {name for token in _TOKEN.findall(tail) for name in classes_of(token)}
    return sorted("#main:" + name[1:] for name in found)


def class_pairs(classes: set[str]) -> list[str]:
    """One term for each pair of cue classes found anywhere in a sentence ("#past&#hurt",
    "#past&#protect"): what a sentence does is often two classes at once (a past event that
    hurt, a past action that protected, a past circumstance), which a linear model cannot
    read from the classes one at a time."""
    ordered = sorted(classes)
    return [f"{a}&{b}" for a, b in itertools.combinations(ordered, 2)]


def sentence_terms(text: str) -> list[str]:
    """The terms the TF-IDF vectoriser counts for one sentence: each token's own terms,
    tense and aspect by rule, then stem pairs and triples, then pairs of the cue classes
    present."""
    stems, terms = [], []
    tokens = _TOKEN.findall(text)
    for token in tokens:
        root, own = token_terms(token)
        stems.append(root)
        terms.extend(own)
    terms.extend(aspect_terms([token.lower() for token in tokens]))
    terms.extend(f"{a} {b}" for a, b in itertools.pairwise(stems))
    terms.extend(f"{a} {b} {c}" for a, b, c in zip(stems, stems[1:], stems[2:], strict=False))
    terms.extend(class_pairs({term for term in terms if term.startswith("#")
                              and term not in _SHAPES}))
    terms.extend(main_clause_terms(text, _token_classes))
    return terms


def _token_classes(token: str) -> list[str]:
    return cue_terms(token.lower())


_is_an_index = functools.partial(operator.is_not, None)
"""Whether a vocabulary lookup found a feature id (0 is one): a filter that runs in C,
where a generator expression resumed a Python frame for every stem pair and triple."""


class FastTermVectorizer:
    """The same TF-IDF matrix as the fitted TfidfVectorizer over sentence_terms (sublinear
    tf, idf, L2 rows), several times faster: each token's own terms are looked up once and
    cached as feature ids, so only stem pairs and triples are built per sentence."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float64)
        self._tokens: dict[str, tuple[str, list[int], frozenset[str]]] = {}
        self._rows: KeptAnswers[str, list[int]] = KeptAnswers()
        """Each sentence's feature ids (repeats included), kept per text: records repeat
        sentences, and a row is a function of its text alone (bounded: sos_lang.kept)."""
        self._pairs: dict[frozenset[str], list[int]] = {}
        """Class-pair feature ids by the set of classes a sentence holds (few distinct sets)."""
        # stem pairs and triples keyed by tuples of stems: zip builds the keys for free,
        # where joining strings for every pair and triple of every sentence would not
        self._grams: dict[tuple[str, ...], int] = {
            tuple(term.split(" ")): index for term, index in vocabulary.items() if " " in term}

    def _token(self, token: str) -> tuple[str, list[int], frozenset[str]]:
        cached = self._tokens.get(token)
        if cached is None:
            root, terms = token_terms(token)
            lookup = self.vocabulary.get
            cached = (root, [i for i in map(lookup, terms) if i is not None],
                      frozenset(term for term in terms
                                if term.startswith("#") and term not in _SHAPES))
            if len(self._tokens) < 500_000:
                self._tokens[token] = cached
        return cached

    def _cues(self, token: str) -> frozenset[str]:
        return (self._tokens.get(token) or self._token(token))[2]

    def _row(self, text: str) -> list[int]:
        """One sentence's feature ids, repeats included."""
        lookup = self.vocabulary.get
        tokens = self._tokens
        row: list[int] = []
        stems = []
        classes: set[str] = set()
        found = _TOKEN.findall(text)
        for token in found:
            root, ids, cues = tokens.get(token) or self._token(token)
            stems.append(root)
            row.extend(ids)
            classes.update(cues)
        aspects = aspect_terms([token.lower() for token in found])
        classes.update(aspects)
        row.extend(filter(_is_an_index, map(lookup, aspects)))
        grams = itertools.chain(itertools.pairwise(stems),
                                zip(stems, stems[1:], stems[2:], strict=False))
        row.extend(filter(_is_an_index, map(self._grams.get, grams)))
        key = frozenset(classes)
        pair_ids = self._pairs.get(key)
        if pair_ids is None:
            pair_ids = self._pairs[key] = [index for index in map(lookup, class_pairs(classes))
                                           if index is not None]
        row.extend(pair_ids)
        row.extend(filter(_is_an_index, map(lookup, main_clause_terms(text, self._cues))))
        return row

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        indices: list[int] = []
        indptr = [0]
        rows = self._rows
        row = self._row
        for text in texts:
            indices.extend(rows.answer(text, row, text))
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
