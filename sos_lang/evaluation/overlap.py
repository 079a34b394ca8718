"""Exact and near duplicates between development and test items of an evaluation set.

A test item that repeats a development item, or nearly does, was in effect tuned on, so
it cannot stand in a test part. Texts are compared normalised (lower case, words and
numbers only). Two texts are near duplicates when their normalised edit similarity
(difflib's ratio) is at least ``MIN_SIMILARITY``, or when the shorter, at least
``MIN_CONTAINED_WORDS`` words long, appears whole inside the other. Word trigrams pick
the candidate pairs, so the comparison stays fast on thousands of items.

Redaction items can also share a template without reading alike: the same address or
phone number in a different letter. ``shared_identifiers`` finds test items whose labelled
identifier (of the kinds in ``SHARED_KINDS``) appears in a development item.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MIN_SIMILARITY = 0.8
MIN_CONTAINED_WORDS = 6
SHARED_KINDS = ("ADDRESS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE")
"""Identifiers a pattern could be tuned to; dates of birth and names recur by chance."""
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Duplicate:
    test_id: str
    dev_id: str
    dev_source: str
    similarity: float
    contained: bool


def normalised(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def _trigrams(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {words[i:i + 3] for i in range(max(1, len(words) - 2))}


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))


def near_duplicates(test_items: Iterable[dict[str, Any]],
                    dev_items: Iterable[tuple[str, dict[str, Any]]]) -> list[Duplicate]:
    """Every (test item, development item) pair that is an exact or near duplicate;
    development items come as (source name, item)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    devs = [(source, item, normalised(item["text"])) for source, item in dev_items]
    for number, (_, _, words) in enumerate(devs):
        for gram in _trigrams(words):
            index[gram].append(number)
    found = []
    for test in test_items:
        words = normalised(test["text"])
        candidates = {number for gram in _trigrams(words) for number in index.get(gram, ())}
        for number in sorted(candidates):
            source, dev, dev_words = devs[number]
            shorter, longer = sorted((words, dev_words), key=len)
            contained = len(shorter) >= MIN_CONTAINED_WORDS and _contains(longer, shorter)
            similarity = difflib.SequenceMatcher(None, " ".join(words),
                                                 " ".join(dev_words)).ratio()
            if contained or similarity >= MIN_SIMILARITY:
                found.append(Duplicate(test["id"], dev["id"], source, round(similarity, 3),
                                       contained))
    return found


def shared_identifiers(test_items: Iterable[dict[str, Any]],
                       dev_items: Iterable[tuple[str, dict[str, Any]]]) -> list[Duplicate]:
    """Redaction test items whose labelled identifier (``SHARED_KINDS``) appears, normalised,
    in a development item's text."""
    devs = [(source, item, " ".join(normalised(item["text"]))) for source, item in dev_items]
    found = []
    for test in test_items:
        for span in test.get("spans", []):
            value = " ".join(normalised(span["text"]))
            if span["type"] not in SHARED_KINDS or not value:
                continue
            pattern = re.compile(rf"(?<![a-z0-9]){re.escape(value)}(?![a-z0-9])")
            found += [Duplicate(test["id"], dev["id"], source, 0.0, True)
                      for source, dev, text in devs if pattern.search(text)]
    return found


def quoted_items(test_items: Iterable[dict[str, Any]], documents: dict[str, str],
                 run_words: int = 7) -> list[tuple[str, str]]:
    """(item id, document name) for each test item of which a run of ``run_words`` words
    appears, normalised, in a document: documentation that quotes a test item hands it to
    the people who tune the checks."""
    texts = {name: f" {' '.join(normalised(text))} " for name, text in documents.items()}
    quoted = []
    for item in test_items:
        words = normalised(item["text"])
        runs = {" ".join(words[i:i + run_words])
                for i in range(max(1, len(words) - run_words + 1))}
        quoted += [(item["id"], name) for name, text in texts.items()
                   if any(f" {run} " in text for run in runs)]
    return quoted
