"""Signs of Safety section headings: finding them, the section each sentence is under,
the prior a section puts on the classifier, and the sections a map lacks or leaves empty.

A heading is strong evidence for the label of the sentences under it, but writers file
sentences under the wrong heading too, so the heading never overwrites the classifier: the
label's probability is multiplied by the section's prior (1 for the labels it allows,
``outside_weight`` for the others) and renormalised. The headings, their variants and the
weights are data (``sos_lang/data/headings.yaml``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from sos_lang.settings import load_yaml, lowered_words
from sos_lang.statements.corpus import LABELS

if TYPE_CHECKING:
    from sos_lang.report import SentenceReport

_MAX_HEADING_CHARS = 80
_DECORATION = re.compile(r"^(?:#{1,6}\s*|[-*•]\s+|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+"
                         r"|(?:section|part|step)\s+\d{1,2}\s*[:.)-]\s*)+", re.IGNORECASE)
_BREAK_WORDS = 8
"""A line of at most this many words with no closing full stop, standing alone in a record
that has Signs of Safety headings, is taken for a heading of another kind ("Background",
"Reason for referral:", "Section 1: Introduction"): it ends the section before it."""
_SENTENCE_END = re.compile(r"[.!;,]$")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_CLOSING = re.compile(r"[\s:?.!]+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Section:
    """One heading of a map: what it is called, the labels it allows, its column."""

    id: str
    title: str
    labels: tuple[str, ...]
    column: str
    """The id of the column this section is in (its own id for a column)."""
    required: bool
    heading_examples: tuple[str, ...]
    not_heading_examples: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    """A heading line: character offsets of its text and the section it starts."""

    start: int
    end: int
    section: str


@dataclass(frozen=True)
class _Compound:
    """How a heading written in parts is split (headings.yaml's ``compound``)."""

    separators: re.Pattern[str]
    pair_separators: re.Pattern[str]
    gloss: re.Pattern[str]
    unread_words: int
    sentence_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def _compound() -> _Compound:
    data = load_yaml("headings.yaml")["compound"]
    return _Compound(separators=re.compile(data["separators"]),
                     pair_separators=re.compile(data["pair_separators"]),
                     gloss=re.compile(data["gloss"]),
                     unread_words=int(data["unread_words"]),
                     sentence_words=lowered_words(data["sentence_words"]))


@functools.lru_cache(maxsize=1)
def _data() -> tuple[dict[str, Section], re.Pattern[str], tuple[str, ...], float, int]:
    data = load_yaml("headings.yaml")
    sections: dict[str, Section] = {}
    alternatives, order = [], []
    frames: dict[str, str] = data.get("frames", {})
    for raw in data["sections"]:
        unknown = set(raw["labels"]) - set(LABELS)
        if unknown:
            raise ValueError(f"headings.yaml: section {raw['id']}: unknown labels {unknown}")
        sections[raw["id"]] = Section(
            id=raw["id"], title=raw["title"], labels=tuple(raw["labels"]),
            column=raw.get("column", raw["id"]), required=bool(raw.get("required", False)),
            heading_examples=tuple(raw["examples"]["heading"]),
            not_heading_examples=tuple(raw["examples"]["not_heading"]))
        worded = [*raw["variants"], *phrased(frames, raw.get("phrases", {}))]
        alternatives.append(f"(?P<s{len(order)}>{'|'.join(worded)})")
        order.append(raw["id"])
    pattern = re.compile("|".join(alternatives))
    return (sections, pattern, tuple(order), float(data["outside_weight"]),
            int(data["min_headings_for_map"]))


def phrased(frames: dict[str, str], phrases: dict[str, list[str]]) -> list[str]:
    """A section's heading wordings from its core phrases, each put in its frame (the data
    file's ``frames``): one phrase covers the family of ways writers word that heading."""
    unknown = set(phrases) - set(frames)
    if unknown:
        raise ValueError(f"headings.yaml: phrases in unknown frames {sorted(unknown)}")
    return [frames[frame].format(phrase=f"(?:{phrase})")
            for frame, listed in phrases.items() for phrase in listed]


def sections() -> dict[str, Section]:
    """Every section by id, in the order of the data file."""
    return _data()[0]


def min_headings_for_map() -> int:
    return _data()[4]


def normalise_heading(line: str) -> str:
    """A line as headings are matched: numbering, bullets, markdown and closing
    punctuation taken off, spaces collapsed, lower case."""
    text = line.strip().replace("’", "'")
    for _ in range(2):  # decoration may stand inside or outside the emphasis
        emphasis = _EMPHASIS.match(text)
        if emphasis:
            text = emphasis.group(2).strip()
        text = _CLOSING.sub("", _DECORATION.sub("", text))
    return _SPACES.sub(" ", text).lower()


def section_of_line(line: str) -> str | None:
    """The section a line heads, if the whole line is a heading."""
    if len(line) > _MAX_HEADING_CHARS or not line.strip():
        return None
    normalised = normalise_heading(line)
    return _section_of(normalised) or (None if line.strip().endswith(".")
                                       else _section_of_parts(normalised))


def _section_of(normalised: str) -> str | None:
    """The section a whole normalised line is worded as, if any."""
    _, pattern, order, _, _ = _data()
    match = pattern.fullmatch(normalised)
    return order[int(match.lastgroup[1:])] if match and match.lastgroup else None


def _section_of_parts(normalised: str) -> str | None:
    """The section of a heading written in parts (a bilingual pair, a column and a section
    inside it, a heading and its section in brackets): the parts read must lie in one
    column, the narrowest is the section, and a part not read is a short wording beside
    another (another language) or before a gloss that is read, never a title's subject."""
    compound = _compound()
    gloss = compound.gloss.match(normalised)
    head = gloss.group(1) if gloss else normalised
    parts = [_CLOSING.sub("", part).strip() for part in compound.separators.split(head)]
    glossed = _section_of(_CLOSING.sub("", gloss.group(2)).strip()) if gloss else None
    if (len(parts) < 2 and not gloss) or (gloss and glossed is None):
        return None
    side_by_side = len(compound.pair_separators.split(head)) == len(parts) or bool(glossed)
    found = sections()
    read = [_section_of(part) for part in parts]
    for part, section in zip(parts, read, strict=True):
        words = part.split()
        if section is None and (not side_by_side or len(words) > compound.unread_words
                                or compound.sentence_words.intersection(words)):
            return None
    named = {section for section in [*read, glossed] if section is not None}
    columns = {found[section].column for section in named}
    if len(columns) != 1:
        return None
    column = columns.pop()
    narrow = named - {column}
    return narrow.pop() if len(narrow) == 1 else column


def _looks_like_heading(line: str) -> bool:
    """A short line with no closing full stop that starts with a capital or a number."""
    stripped = line.strip()
    return (bool(stripped) and len(stripped) <= _MAX_HEADING_CHARS
            and len(stripped.split()) <= _BREAK_WORDS and not _SENTENCE_END.search(stripped)
            and (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "#*"))


def find_headings(text: str) -> list[Heading]:
    """Every heading line of a text, in order (a heading stands alone on its line). In a
    record with Signs of Safety headings, other heading-like lines are returned too, with
    no section: they end the section before them (a section break)."""
    headings: list[Heading] = []
    breaks: list[Heading] = []
    position = 0
    for line in text.splitlines(keepends=True):
        if len(line) <= _MAX_HEADING_CHARS + 2:
            section = section_of_line(line)
            if section is not None or _looks_like_heading(line):
                stripped = line.strip()
                start = position + line.index(stripped)
                found = Heading(start=start, end=start + len(stripped), section=section)
                (headings if section is not None else breaks).append(found)
        position += len(line)
    if not headings or not breaks:
        return headings
    return sorted(headings + breaks, key=lambda heading: heading.start)


def sentence_sections(headings: Sequence[Heading], bounds: Sequence[tuple[int, int]]
                      ) -> list[tuple[str | None, bool]]:
    """For each sentence (start, end): the section it is under and whether it is (part of)
    a heading line itself."""
    ends = [heading.end for heading in headings]
    result: list[tuple[str | None, bool]] = []
    for start, end in bounds:
        index = bisect.bisect_right(ends, start) - 1
        inside = next((h for h in headings if h.start <= start < h.end
                       or (start <= h.start and h.end <= end)), None)
        if inside is not None:
            result.append((inside.section, inside.section is not None))
        else:
            result.append((headings[index].section if index >= 0 else None, False))
    return result


def priors(section_ids: Sequence[str | None], outside_weight: float | None = None
           ) -> np.ndarray:
    """One row of label weights per sentence: 1 for the labels its section allows,
    ``outside_weight`` (the data file's unless given) for the others, all 1 outside any
    section."""
    found, _, _, outside, _ = _data()
    outside = outside if outside_weight is None else outside_weight
    rows = np.ones((len(section_ids), len(LABELS)))
    for row, section_id in zip(rows, section_ids, strict=True):
        if section_id is not None:
            allowed = found[section_id].labels
            row[[i for i, label in enumerate(LABELS) if label not in allowed]] = outside
    return rows


# --- structure: sections a map leaves out or empty --------------------------------------

def uses_headings(sentences: Sequence[SentenceReport]) -> bool:
    """Whether a record is written under the headings (enough heading lines)."""
    return sum(1 for sentence in sentences if sentence.heading) >= min_headings_for_map()


def missing_sections(sentences: Sequence[SentenceReport]) -> list[Section]:
    """The required sections (the columns) with no heading of their own or of a section
    inside them, in a record that uses the headings."""
    if not uses_headings(sentences):
        return []
    found = sections()
    present = {found[s.section].column for s in sentences if s.heading and s.section}
    present |= {s.section for s in sentences if s.heading and s.section}
    return [section for section in found.values()
            if section.required and section.id not in present]


def empty_sections(sentences: Sequence[SentenceReport]) -> list[SentenceReport]:
    """The heading lines with nothing under them: the next sentence is another heading
    (not one inside this heading's column) or the record ends."""
    if not uses_headings(sentences):
        return []
    found = sections()
    empty = []
    for index, sentence in enumerate(sentences):
        if not sentence.heading or sentence.section is None:
            continue
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if following is not None and not following.heading:
            continue
        if (following is not None and following.section is not None
                and found[following.section].column == sentence.section
                and following.section != sentence.section):
            continue  # a column heading followed by a section inside it
        empty.append(sentence)
    return empty
