"""Headings as evidence: statement labels on Signs of Safety mapping documents, with and
without the prior of the heading each sentence is under.

The documents are built from the labelled corpus (``mapping_documents``): each invented
family's sentences are written under the headings of a map, in one of three layouts (the
three columns only; columns and their sections; sections only), with heading wordings
drawn from the variants in ``headings.yaml``. Writers misfile sentences, so a share of them
(``MISFILED``) is put under a neighbouring section of the same column and a smaller share
(``ELSEWHERE``) under any section: the heading must not simply overwrite the classifier.
As in the writer-held-out evaluation, each writer's documents are labelled by a model
trained without that writer.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sos_lang.evaluation.statements import check_unseen, score
from sos_lang.statements.corpus import (
    LabelledSentence,
    corpus_rows,
    heldout_groups,
    load_corpus,
)
from sos_lang.statements.headings import find_headings, priors, sections, sentence_sections
from sos_lang.statements.model import train

MISFILED = 0.10
"""Share of sentences put under another section of the same column."""
ELSEWHERE = 0.03
"""Share of sentences put under any other section."""
SEED = 20261206
_SECTION_OF_LABEL = {"harm": "harm", "danger": "danger", "complicating": "complicating",
                     "strength": "strength", "safety": "safety", "goal": "goal",
                     "next_step": "next_step"}
_LAYOUTS = ("columns", "sections", "sections_only")
FIGURES = ("macro_f1", "accuracy", "harm_vs_danger_f1")


@dataclass(frozen=True)
class MappingDocument:
    """A map's text, its sentences in order with their character bounds, and how many
    heading lines were written into it."""

    text: str
    sentences: tuple[LabelledSentence, ...]
    bounds: tuple[tuple[int, int], ...]
    headings: int


def _placement(label: str, rng: random.Random) -> str | None:
    """The section a sentence of this gold label is filed under (None: the preamble)."""
    section = _SECTION_OF_LABEL.get(label)
    if section is None:
        return None
    found = sections()
    roll = rng.random()
    if roll < ELSEWHERE:
        return rng.choice(sorted(_SECTION_OF_LABEL.values()))
    if roll < ELSEWHERE + MISFILED:
        column = found[section].column
        siblings = sorted(s.id for s in found.values()
                          if s.column == column and s.id not in (section, column))
        return rng.choice(siblings) if siblings else section
    return section


def _heading_line(section_id: str, rng: random.Random) -> str:
    section = sections()[section_id]
    return rng.choice([section.title, *section.heading_examples])


def build_document(family: Sequence[LabelledSentence], rng: random.Random) -> MappingDocument:
    """One family's sentences written as a map under headings."""
    found = sections()
    layout = rng.choice(_LAYOUTS)
    preamble: list[LabelledSentence] = []
    filed: dict[str, list[LabelledSentence]] = {}
    for sentence in family:
        section = _placement(sentence.label, rng)
        if section is None:
            preamble.append(sentence)
        else:
            filed.setdefault(section, []).append(sentence)
    parts: list[str | LabelledSentence] = list(preamble)
    heading_count = 0
    columns = [s for s in found.values() if s.column == s.id and s.required]
    for column in columns:
        inner = [s.id for s in found.values() if s.column == column.id and s.id != column.id]
        if layout == "columns":
            body = [sentence for section in inner for sentence in filed.get(section, [])]
            rng.shuffle(body)
            parts += ["\n" + _heading_line(column.id, rng), *body]
            heading_count += 1
            continue
        if layout == "sections":
            parts.append("\n" + _heading_line(column.id, rng))
            heading_count += 1
        for section in inner:
            if filed.get(section):
                parts += [_heading_line(section, rng), *filed[section]]
                heading_count += 1
    text, kept, bounds = "", [], []
    for part in parts:
        if isinstance(part, str):
            text += ("" if not text else "\n") + part.lstrip("\n") + "\n"
            continue
        joiner = "" if not text or text.endswith("\n") else " "
        if joiner and rng.random() < 0.5:
            joiner = "\n"
        text += joiner
        bounds.append((len(text), len(text) + len(part.text)))
        kept.append(part)
        text += part.text
    return MappingDocument(text=text, sentences=tuple(kept), bounds=tuple(bounds),
                           headings=heading_count)


def mapping_documents(sentences: Sequence[LabelledSentence],
                      seed: int = SEED) -> list[MappingDocument]:
    """One map per invented family (group), in a fixed random layout."""
    rng = random.Random(seed)
    families: dict[str, list[LabelledSentence]] = {}
    for sentence in sentences:
        families.setdefault(sentence.group, []).append(sentence)
    return [build_document(families[group], rng) for group in sorted(families)]


def written_documents() -> list[MappingDocument]:
    """The corpus's own headed documents (parts written whole, with a ``doc``, ``position``
    and ``is_heading`` field per line), as their writers laid them out: each heading line
    on its own line, the sentences under it on the next. Headings are not scored."""
    lines: dict[str, list[tuple[dict[str, Any], LabelledSentence | None]]] = {}
    for raw, sentence in corpus_rows():
        if raw.get("doc"):
            lines.setdefault(raw["doc"], []).append((raw, sentence))
    documents = []
    for doc_id in sorted(lines):
        text, kept, bounds, headings = "", [], [], 0
        for raw, sentence in sorted(lines[doc_id], key=lambda row: row[0]["position"]):
            if sentence is None:  # a heading line
                text += ("\n" if text else "") + raw["text"].strip() + "\n"
                headings += 1
                continue
            text += "" if not text or text.endswith("\n") else " "
            bounds.append((len(text), len(text) + len(sentence.text)))
            kept.append(sentence)
            text += sentence.text
        documents.append(MappingDocument(text=text, sentences=tuple(kept),
                                         bounds=tuple(bounds), headings=headings))
    return documents


def evaluate_headings(sentences: Sequence[LabelledSentence] | None = None,
                      outside_weight: float | None = None) -> dict[str, Any]:
    """Label accuracy and F1 on mapping documents, each writer's documents labelled by a
    model trained without that writer: without and with the heading prior."""
    sentences = list(load_corpus() if sentences is None else sentences)
    held = heldout_groups()
    written = written_documents()
    built: dict[str, list[Any]] = {"gold": [], "plain": [], "with": [], "written": 0,
                                   "found": 0}
    real: dict[str, list[Any]] = {"gold": [], "plain": [], "with": [], "written": 0,
                                  "found": 0}
    for writer in sorted({s.writer for s in sentences}):
        left_out = [s for s in sentences if s.writer == writer]
        model = train([s for s in sentences if s.writer != writer and s.group not in held])
        check_unseen(model, left_out)
        own = [d for d in written if d.sentences and d.sentences[0].writer == writer]
        for tally, documents in ((built, mapping_documents(left_out)), (real, own)):
            for document in documents:
                found = find_headings(document.text)
                tally["written"] += document.headings
                tally["found"] += sum(1 for heading in found if heading.section)
                section_ids = [section for section, _
                               in sentence_sections(found, document.bounds)]
                texts = [s.text for s in document.sentences]
                tally["gold"] += document.sentences
                tally["plain"] += model.classify(texts)
                tally["with"] += model.classify(texts, priors(section_ids, outside_weight))
    result: dict[str, Any] = {"misfiled_share": MISFILED + ELSEWHERE}
    for name, tally in (("built", built), ("written", real)):
        without, within = score(tally["gold"], tally["plain"]), score(tally["gold"],
                                                                      tally["with"])
        result[name] = {"sentences": len(tally["gold"]), "headings_written": tally["written"],
                        "headings_found": tally["found"],
                        "without_headings": {key: without[key] for key in FIGURES},
                        "with_headings": {key: within[key] for key in FIGURES}}
    return result


def format_headings_evaluation(result: dict[str, Any]) -> str:
    """Without and with the heading prior, on the built maps and the written documents."""
    titles = {"built": f"maps built from every writer's sentences "
                       f"({result['misfiled_share']:.0%} filed under another heading)",
              "written": "documents written whole under headings (parts e to s; their "
                         "heading lines are of any kind, those found are the Signs of "
                         "Safety ones)"}
    lines: list[str] = []
    for name, title in titles.items():
        part = result[name]
        lines += [f"{title}: {part['sentences']} sentences, heading lines found "
                  f"{part['headings_found']} of {part['headings_written']}",
                  f"{'':18}{'macro-F1':>10}{'accuracy':>10}{'harm/danger':>13}"]
        for key, label in (("without_headings", "without headings"),
                           ("with_headings", "with headings")):
            row = part[key]
            lines.append(f"{label:18}{row['macro_f1']:>10.3f}{row['accuracy']:>10.3f}"
                         f"{row['harm_vs_danger_f1']:>13.3f}")
        lines.append("")
    return "\n".join(lines)
