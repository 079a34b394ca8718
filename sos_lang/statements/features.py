"""Parse-free sentence features for the statement classifier, and the override rules.

The classifier needs no dependency parse, so it runs at tokenizer speed in both
profiles. Its terms are words, Porter stems and stem pairs and triples (so
"worried"/"worry", "visited"/"visit" share evidence), word beginnings and
endings (a cheap stand-in for tense and inflection: ~ed, ~ing) and shapes
(numbers such as dates and times, capitalised words such as names).
"""

from __future__ import annotations

import functools
import itertools
import re

from nltk.stem.porter import PorterStemmer

from sos_lang.settings import load_yaml

_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*|\d+(?:[:./]\d+)*|[?!\"“”‘:;]")
_STEMMER = PorterStemmer()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-case word, cached (records reuse their words)."""
    return _STEMMER.stem(word)


def sentence_terms(text: str) -> list[str]:
    """The terms the TF-IDF vectoriser counts for one sentence."""
    raw = _TOKEN.findall(text)
    words = [token.lower() for token in raw]
    stems = [stem(word) for word in words]
    terms = list(words)
    terms.extend("s:" + item for item in stems)
    terms.extend(f"{a} {b}" for a, b in itertools.pairwise(stems))
    terms.extend(f"{a} {b} {c}" for a, b, c in zip(stems, stems[1:], stems[2:], strict=False))
    for token, word in zip(raw, words, strict=True):
        if len(word) >= 5 and word.isalpha():
            terms.append("~" + word[-3:])
            terms.append(word[:4] + "~")
        if token[0].isdigit():
            terms.append("#num")
        elif token[0].isupper():
            terms.append("#cap")
    return terms


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
