"""The labelled statement corpus shipped with sos_lang, and its fixed held-out split.

Sentences come in groups (one invented family each). Whole groups are held
out, so no family appears on both sides; the held-out groups are listed in
``heldout_groups.txt`` and never used for training or tuning.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

LABELS = ("harm", "danger", "complicating", "strength", "safety", "goal", "next_step", "other")
COLUMNS = {
    "harm": "worried", "danger": "worried", "complicating": "worried",
    "strength": "working_well", "safety": "working_well",
    "goal": "needs_to_happen", "next_step": "needs_to_happen",
    "other": "other",
}
"""The Signs of Safety column of each label (labelling guide, section 1)."""


class CorpusError(ValueError):
    """A malformed corpus line; the message names file and line."""


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    label: str
    opinion_as_fact: bool
    group: str
    style: str
    writer: str = ""
    """The corpus part the sentence comes from: each part is one writer's (README)."""


def corpus_dir() -> Traversable:
    return resources.files("sos_lang").joinpath("data", "statements")


def _corpus_files() -> list[Traversable]:
    return sorted((item for item in corpus_dir().iterdir() if item.name.endswith(".jsonl")),
                  key=lambda item: item.name)


def heldout_groups() -> frozenset[str]:
    text = corpus_dir().joinpath("heldout_groups.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _parse(line: str, origin: str, writer: str = ""
           ) -> tuple[dict[str, Any], LabelledSentence | None]:
    """One corpus line: its fields, and the labelled sentence, or None for a section
    heading (parts e and f keep their documents whole, headings included, ``is_heading``,
    and a heading is not a statement)."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{origin}: not valid JSON ({exc.msg})") from exc
    if raw.get("label") not in LABELS:
        raise CorpusError(f"{origin}: label must be one of {', '.join(LABELS)}")
    if not isinstance(raw.get("text"), str) or not raw["text"].strip():
        raise CorpusError(f"{origin}: text must be a non-empty string")
    if not isinstance(raw.get("opinion_as_fact"), bool):
        raise CorpusError(f"{origin}: opinion_as_fact must be true or false")
    if raw.get("is_heading") is True:
        return raw, None
    return raw, LabelledSentence(text=raw["text"].strip(), label=raw["label"],
                                 opinion_as_fact=raw["opinion_as_fact"],
                                 group=str(raw.get("group", "")),
                                 style=str(raw.get("style", "")), writer=writer)


def corpus_rows() -> Iterator[tuple[dict[str, Any], LabelledSentence | None]]:
    """Every line of the shipped corpus, in file order: its fields (``doc``, ``position``
    and ``heading`` in the parts written as whole documents) and its labelled sentence
    (None for a heading line), checked once here for every reader."""
    for item in _corpus_files():
        writer = item.name.removesuffix(".jsonl")
        for number, line in enumerate(item.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                yield _parse(line, f"{item.name}:{number}", writer=writer)


def load_corpus() -> list[LabelledSentence]:
    """Every labelled sentence in the shipped corpus, in file order, with its writer's part."""
    return [sentence for _, sentence in corpus_rows() if sentence is not None]


def split_corpus(sentences: list[LabelledSentence] | None = None
                 ) -> tuple[list[LabelledSentence], list[LabelledSentence]]:
    """(train, heldout): held-out sentences are those of the listed held-out groups."""
    sentences = load_corpus() if sentences is None else sentences
    held = heldout_groups()
    train = [s for s in sentences if s.group not in held]
    heldout = [s for s in sentences if s.group in held]
    return train, heldout


def corpus_hash() -> str:
    """A digest of the corpus, split, rule and settings files: changes when any of them does."""
    digest = hashlib.sha256()
    for item in [*_corpus_files(), corpus_dir().joinpath("heldout_groups.txt"),
                 resources.files("sos_lang").joinpath("data", "statement_rules.yaml"),
                 resources.files("sos_lang").joinpath("data", "statement_cues.yaml"),
                 resources.files("sos_lang").joinpath("data", "irregular_participles.txt"),
                 resources.files("sos_lang").joinpath("data", "thresholds.yaml")]:
        digest.update(item.name.encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()
