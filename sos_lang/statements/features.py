"""Parse-free sentence features: cue groups from ``statement_cues.yaml``, present or not.

The classifier needs no dependency parse, so it runs at tokenizer speed in
both profiles; word and character n-grams carry the rest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np

from sos_lang.settings import load_yaml


@functools.lru_cache(maxsize=1)
def cue_groups() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, one compiled alternation of the group's patterns), in file order."""
    cues = load_yaml("statement_cues.yaml")["cues"]
    return tuple((name, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
                 for name, patterns in cues.items())


@functools.lru_cache(maxsize=1)
def override_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Rules that are clearly right: a pattern and the label it forces."""
    rules = load_yaml("statement_cues.yaml").get("rules", [])
    return tuple((re.compile(rule["pattern"], re.IGNORECASE), rule["label"]) for rule in rules)


def cue_names() -> list[str]:
    return [name for name, _ in cue_groups()] + ["log_words"]


def cue_vector(text: str) -> list[float]:
    """1 for each cue group with a match in the sentence, plus sentence length (log words)."""
    values = [1.0 if pattern.search(text) else 0.0 for _, pattern in cue_groups()]
    values.append(float(np.log1p(len(text.split()))))
    return values


def cue_matrix(texts: Sequence[str]) -> np.ndarray:
    return np.asarray([cue_vector(text) for text in texts], dtype=np.float64).reshape(
        len(texts), len(cue_names()))


def forced_label(text: str) -> str | None:
    for pattern, label in override_rules():
        if pattern.search(text):
            return label
    return None
