"""Word shapes: jargon families found by the form of a word rather than by a list of its
members (issue 14). A published glossary's term that no entry lists is still flagged when
its shape marks it as office language, as the acronym rule flags letters no entry lists.

The shapes are data (``sos_lang/data/word_shapes.yaml``): for each, one regular expression
for the whole word (searched once over the text, so the fast profile pays one scan) and the
everyday words of that shape that families use and read without help. An entry names its
shape with ``word_shape`` (docs/lexicon-format.md).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sos_lang.caseless import CaselessPattern
from sos_lang.settings import load_yaml, lowered_words

SHAPES_FILE = "word_shapes.yaml"


@dataclass(frozen=True)
class WordShape:
    """One shape: the words it matches, and its everyday words left alone."""

    name: str
    pattern: CaselessPattern
    everyday: frozenset[str]
    note: str
    quick_test: tuple[str, ...]
    """Lower-case strings of which the lower-cased text must hold one before the pattern is
    run (the shape's words are rare in records, so most texts stop at these tests)."""


@functools.cache
def word_shapes() -> dict[str, WordShape]:
    """The packaged shapes, read and compiled once."""
    from sos_lang.rules.model import RuleError

    raw = load_yaml(SHAPES_FILE)
    shapes: dict[str, WordShape] = {}
    try:
        for name, item in raw["shapes"].items():
            everyday = lowered_words(item["everyday"])
            source, quick_test = _pattern_and_quick_test(item)
            pattern = CaselessPattern(rf"(?<![\w-])(?:{source})(?![\w-])")
            quick = tuple(str(part).lower() for part in quick_test)
            shapes[str(name)] = WordShape(str(name), pattern, everyday,
                                          " ".join(str(item["note"]).split()), quick)
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise RuleError(f"{SHAPES_FILE}: malformed word shape ({exc})") from exc
    return shapes


def _pattern_and_quick_test(item: dict) -> tuple[str, list[str]]:
    """A shape's pattern and quick test: as written, or built from its parts when it
    names a family of words rather than a form (character_judgement): a good quality
    denied by a prefix (``denied``: each prefix before each quality) and the words of its
    named families (``families``: each with its words and source)."""
    if "pattern" in item:
        return str(item["pattern"]), list(item["quick_test"])
    denied = item.get("denied") or {}
    prefixes = [re.escape(str(prefix)) for prefix in denied.get("prefixes", ())]
    qualities = [str(quality).lower() for quality in denied.get("qualities", ())]
    words = [str(word).lower() for family in (item.get("families") or {}).values()
             for word in family["words"]]
    parts = [re.escape(word) for word in sorted(words, key=len, reverse=True)]
    if prefixes and qualities:
        parts.insert(0, f"(?:{'|'.join(prefixes)})(?:{'|'.join(map(re.escape, qualities))})")
    if not parts:
        raise KeyError("pattern")
    return "|".join(parts), qualities + words


def shape_names() -> tuple[str, ...]:
    return tuple(word_shapes())


def shape_key(word: str) -> str:
    """A word as shapes and entries are compared: lower case, -ization spelt -isation."""
    return word.lower().replace("ization", "isation")


def shaped_words(shape: str, text: str, listed: frozenset[str]) -> list[tuple[int, int]]:
    """Where the text has a word of the shape that is no everyday word of it and that no
    entry lists (an entry's own word keeps its entry's advice; ``listed`` holds shape_key
    forms)."""
    data = word_shapes()[shape]
    lowered = text.lower()
    if not any(part in lowered for part in data.quick_test):
        return []
    spans = []
    for match in data.pattern.finditer(text, lowered):
        word = shape_key(match.group())
        if word not in data.everyday and word not in listed:
            spans.append(match.span())
    return spans
