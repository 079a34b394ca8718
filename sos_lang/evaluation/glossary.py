"""Recall on published glossary terms: is each term that a jargon buster or language guide
explains to families, or asks workers not to use, flagged in plain use?

The set (``eval/published_glossary.jsonl``) has one item per term with its sources, its
part (``dev`` or ``test``, fixed by a hash of the term, see ``eval/README.md``), the
``round`` of collection that added it, a
``frame`` naming the neutral sentence the term is put in, the surface ``form`` used
there, and the glossaries' own sentences that use the term (``examples``, each with the
exact ``span`` of the term). A term counts as found when any wording finding (deficit or
jargon, any subtype) overlaps it: the question is whether the worker is told at all.
Items with ``in_scope: false`` (reason in ``why_not``) are kept for the record and not
scored.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from sos_lang.analysis import analyse
from sos_lang.evaluation.common import eval_data_path, load_jsonl, ratio
from sos_lang.evaluation.lexicon import WORDING_KINDS

GLOSSARY_SET = "published_glossary.jsonl"

# Neutral sentences: the term in the writer's own voice, about the family, with no
# spelling-out, quotation or negation, so that only the term itself can be flagged.
FRAMES = {
    "acr": "On Monday we talked about {form} with Mum.",
    "noun": "We talked about the {form} on Monday.",
    "mass": "We talked about {form} on Monday.",
    "adj": "On Monday he was {form} at home.",
    "verb": "On Monday she {form} from home.",
    "person": "On Monday he was {form} at home.",
}


def load_glossary() -> list[dict[str, Any]]:
    return load_jsonl(eval_data_path(GLOSSARY_SET))


def glossary_part(term: str) -> str:
    """The part a term belongs to, fixed by a hash of the term alone (eval/README.md), so
    that a term collected later lands in the same part whoever collects it."""
    key = "glossary:" + re.sub(r"\s+", " ", term.strip().lower())
    return "test" if hashlib.sha256(key.encode()).digest()[0] % 3 == 0 else "dev"


def neutral_sentence(item: dict[str, Any]) -> tuple[str, int, int]:
    """The item's neutral sentence and the offsets of the term in it."""
    frame = FRAMES[item["frame"]]
    text = frame.format(form=item["form"])
    start = frame.index("{form}")
    return text, start, start + len(item["form"])


def example_spans(item: dict[str, Any]) -> list[tuple[str, int, int]]:
    """Each own example sentence with the offsets of its labelled span (first occurrence)."""
    spans = []
    for example in item["examples"]:
        start = example["text"].find(example["span"])
        if start < 0:
            raise ValueError(f"{item['id']}: span {example['span']!r} not in its example")
        spans.append((example["text"], start, start + len(example["span"])))
    return spans


def is_flagged(text: str, start: int, end: int, profile: str,
               config_path: str | None = None) -> bool:
    """Whether any wording finding overlaps text[start:end]."""
    report = analyse(text, profile=profile, config_path=config_path)
    return any(f.kind in WORDING_KINDS and f.start < end and start < f.end
               for f in report.findings)


def evaluate_glossary(items: Iterable[dict[str, Any]], part: str, profile: str = "accurate",
                      config_path: str | None = None,
                      collection: int | None = None) -> dict[str, Any]:
    """Recall of the in-scope terms of one part, in the neutral sentence (one per term)
    and in the glossaries' own example sentences (one count per sentence). With
    ``collection``, only the terms of that round of collection (``round``), so that a
    part's first terms stay comparable after later rounds add to it."""
    scored = [item for item in items if item["in_scope"] and item["part"] == part
              and (collection is None or item["round"] == collection)]
    neutral_hits = example_hits = example_count = 0
    misses: list[dict[str, Any]] = []
    for item in scored:
        text, start, end = neutral_sentence(item)
        if is_flagged(text, start, end, profile, config_path):
            neutral_hits += 1
        else:
            misses.append({"id": item["id"], "where": "neutral", "term": item["term"],
                           "subtype": item["subtype"], "text": text})
        for text, start, end in example_spans(item):
            example_count += 1
            if is_flagged(text, start, end, profile, config_path):
                example_hits += 1
            else:
                misses.append({"id": item["id"], "where": "example", "term": item["term"],
                               "subtype": item["subtype"], "text": text})
    return {
        "part": part, "profile": profile, "collection": collection, "terms": len(scored),
        "neutral_recall": ratio(neutral_hits, len(scored)), "neutral_found": neutral_hits,
        "example_recall": ratio(example_hits, example_count), "example_found": example_hits,
        "examples": example_count, "misses": misses,
    }


def format_glossary_evaluation(result: dict[str, Any]) -> str:
    which = f" (round {result['collection']} terms)" if result.get("collection") else ""
    return (f"{result['part']} part{which}, {result['profile']} profile: "
            f"neutral {result['neutral_recall']:.3f} ({result['neutral_found']} of "
            f"{result['terms']} terms), own examples {result['example_recall']:.3f} "
            f"({result['example_found']} of {result['examples']} sentences)\n")
