"""Shared pieces of the held-out evaluations (lexicons, redaction): loading the labelled
sets, their fixed development/test split, and locating labelled spans in the text."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any


def eval_data_path(name: str) -> Path:
    """A labelled set shipped in ``sos_lang/data/eval``."""
    return Path(str(resources.files("sos_lang").joinpath("data", "eval", name)))


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def is_dev_item(item: dict[str, Any]) -> bool:
    """About a third of a set, fixed by a hash of the id, may be looked at while improving
    lexicons or patterns (the dev part); the rest is the held-out test part, only reported."""
    return hashlib.sha256(item["id"].encode()).digest()[0] % 3 == 0


def test_items_of(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for item in items if not is_dev_item(item)]


def locate_in_order(item_id: str, text: str, substrings: Iterable[str]) -> list[int]:
    """Start offset of each labelled substring, listed in text order: each is searched for
    forward from the end of the one before, as the evaluation sets' README says."""
    starts, cursor = [], 0
    for substring in substrings:
        start = text.find(substring, cursor)
        if start < 0:
            raise ValueError(f"{item_id}: labelled text {substring!r} not found after "
                             f"offset {cursor}")
        starts.append(start)
        cursor = start + len(substring)
    return starts


def ratio(numerator: float, denominator: float) -> float:
    """A rounded share; 1.0 when there was nothing to count."""
    return round(numerator / denominator, 3) if denominator else 1.0
