"""Shared pieces of the held-out evaluations (lexicons, redaction): finding and loading the
labelled sets, their fixed development/test split, and locating labelled spans in the text."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

EVAL_DIR_ENV = "SOS_LANG_EVAL_DIR"


class EvaluationDataMissing(Exception):
    """The labelled sets are not where they were looked for (an installed copy has none)."""


def eval_dir() -> Path:
    """``eval/`` beside the package in a source checkout, or ``$SOS_LANG_EVAL_DIR``.

    The sets are kept out of the wheel so no installed copy carries test data.
    """
    configured = os.environ.get(EVAL_DIR_ENV)
    folder = (Path(configured) if configured
              else Path(__file__).resolve().parent.parent.parent / "eval")
    if not folder.is_dir():
        raise EvaluationDataMissing(
            f"no evaluation sets in {folder}: they live in eval/ of a source checkout and are "
            f"not installed with the package (run from a checkout, or set {EVAL_DIR_ENV})")
    return folder


def eval_data_path(name: str) -> Path:
    """A labelled set in the evaluation folder (see ``eval_dir``)."""
    path = eval_dir() / name
    if not path.is_file():
        raise EvaluationDataMissing(f"evaluation set {name} not found in {path.parent}")
    return path


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Items of a JSON Lines set; a ``.gz`` set (the sealed ones) is read the same way."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


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


def split_set(test_file: str, dev_prefix: str
              ) -> tuple[list[dict[str, Any]], list[tuple[str, dict[str, Any]]]]:
    """The test part of ``test_file`` and every development item tagged with its file:
    the dev third of ``test_file`` and each ``{dev_prefix}*.jsonl`` development set."""
    items = load_jsonl(eval_data_path(test_file))
    dev = [(test_file, item) for item in items if is_dev_item(item)]
    for path in sorted(eval_dir().glob(f"{dev_prefix}*.jsonl")):
        dev += [(path.name, item) for item in load_jsonl(path)]
    return test_items_of(items), dev
