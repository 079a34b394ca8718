"""Synthetic case-record exports for the demo dashboard.

:func:`generate_records` yields invented records whose recording language
improves over time the way sos_lang measures it: before the two-day training
programme (September 2016) most sentences use deficit labels, jargon, acronyms,
long passive sentences and vague worries; after it, and more after practice leads
were trained (July 2017), more sentences are plain, describe behaviour, say who is
worried, give dates and sources, name strengths and existing safety, set safety
goals and next steps, and quote the child. Each team moves at its own speed, one
slips back in 2019, and every record is noisy.

All wording, names, teams and timeline settings are data in
``sos_lang/data/demo_phrases.yaml``; this module only draws from them. Output
depends on ``count`` and ``seed`` alone: one ``random.Random(seed)`` drives every
choice, so the same arguments always give byte-identical output.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import itertools
import random
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from os import PathLike
from typing import Any

from sos_lang.settings import load_yaml

PHRASES_FILE = "demo_phrases.yaml"
GROUP_FIELDS = ("ethnicity", "disability", "sex", "age_band")
"""The invented grouping columns (``audit --group-cols``) for the equity view."""
FIELDS = ("record_id", "team", "worker", "date", "record_type", *GROUP_FIELDS, "text")
"""The columns of every record, in CSV order."""

_SLOT = re.compile(r"\{(\w+)\}")
_MAX_FILL_PASSES = 6
_SENTENCE_ALLOWANCE = 70
"""Words kept free under a record type's maximum for the sentence that crosses the target."""
_TEMPLATE_TRIES = 4
_DAYS_PER_MONTH = 30.44


@functools.cache
def phrases() -> dict[str, Any]:
    """The phrase data, parsed once per process (treat it as read-only)."""
    return load_yaml(PHRASES_FILE)


def _ramp(day: dt.date, start: dt.date, months: float) -> float:
    """0 before start, rising linearly to 1 over months."""
    elapsed = (day - start).days
    if elapsed <= 0:
        return 0.0
    return min(1.0, elapsed / (months * _DAYS_PER_MONTH))


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _team(name: str) -> Mapping[str, Any]:
    for team in phrases()["teams"]:
        if team["name"] == name:
            return team
    raise KeyError(f"unknown team {name!r}")


def practice_level(team: str, day: dt.date) -> float:
    """Chance that a sentence by this team on this day is written in good practice.

    The team's level before per-worker and per-record noise: the baseline, plus each
    training milestone's gain times the team's uptake, minus the team's 2019 drop.
    """
    timeline = phrases()["timeline"]
    settings = _team(team)
    gain = sum(milestone["gain"] * _ramp(day, milestone["start"], milestone["ramp_months"])
               for milestone in timeline["milestones"])
    regression = timeline["regression"]
    drop = settings["regress"] * _ramp(day, regression["start"], regression["ramp_months"])
    level = timeline["baseline"] + settings["uptake"] * gain - drop
    return _clamp(level, timeline["floor"], timeline["ceiling"])


def _workers(rng: random.Random, data: Mapping[str, Any]) -> dict[str, list[tuple[str, float]]]:
    """About six invented workers per team, each with a small shift in practice level."""
    names = data["names"]
    combos = [f"{first} {last}"
              for first, last in itertools.product(names["worker_first"], names["surnames"])]
    sizes = [rng.randint(5, 7) for _ in data["teams"]]
    chosen = iter(rng.sample(combos, sum(sizes)))
    spread = data["timeline"]["worker_spread"]
    return {team["name"]: [(next(chosen), rng.gauss(0.0, spread)) for _ in range(size)]
            for team, size in zip(data["teams"], sizes, strict=True)}


def _record_type_weights(data: Mapping[str, Any], team: Mapping[str, Any]) -> dict[str, float]:
    overrides = team.get("record_types") or {}
    return {name: float(overrides.get(name, spec["weight"]))
            for name, spec in data["record_types"].items()}


def _day_month(day: dt.date, months: Sequence[str]) -> str:
    return f"{day.day} {months[day.month - 1]}"


class _Record:
    """Composes the text of one record from the phrase data."""

    def __init__(self, rng: random.Random, data: Mapping[str, Any], team: Mapping[str, Any],
                 record_type: str, day: dt.date, good: float) -> None:
        self.rng = rng
        self.data = data
        self.record_type = record_type
        self.day = day
        self.good = good
        self.theme: Mapping[str, list[str]] = data["themes"][rng.choice(team["themes"])]
        self.slots = self._record_slots(team)
        self.generated: dict[str, Callable[[], str]] = {
            "date": self._past_date, "day": self._past_weekday, "next_date": self._next_date,
            "next_day": lambda: rng.choice(self._names("weekdays")[:5]),
            "month": self._earlier_month, "weeks": lambda: str(rng.randint(3, 16)),
            "money": lambda: f"{rng.randint(4, 60) * 50:,}",
            "scale": lambda: str(rng.randint(2, 8)), "scale2": lambda: str(rng.randint(2, 8)),
            "number": lambda: str(rng.randint(2, 6)),
        }

    # ---------------------------------------------------------------- slots

    def _names(self, key: str) -> list[str]:
        return self.data["names"][key]

    def _record_slots(self, team: Mapping[str, Any]) -> dict[str, str]:
        rng = self.rng
        girl = rng.random() < 0.5
        child = rng.choice(self._names("girls" if girl else "boys"))
        child2 = rng.choice(self._names("boys" if rng.random() < 0.5 else "girls"))
        while child2 == child:
            child2 = rng.choice(self._names("boys") + self._names("girls"))
        mum_name = rng.choice(self._names("women"))
        dad_name = rng.choice(self._names("men"))
        partner = rng.choice([name for name in self._names("men") if name != dad_name])
        low, high = team["ages"]
        slots = {
            "child": child, "child2": child2,
            "children": rng.choice([f"{child} and {child2}", f"{child} and {child2}",
                                    "the children"]),
            "age": str(rng.randint(low, high)),
            "he": "she" if girl else "he", "his": "her" if girl else "his",
            "him": "her" if girl else "him", "himself": "herself" if girl else "himself",
            "mum_name": mum_name, "dad_name": dad_name, "partner": partner,
            "mum": "Mum" if rng.random() < 0.6 else mum_name,
            "dad": "Dad" if rng.random() < 0.6 else dad_name,
            "woman": rng.choice([n for n in self._names("women") if n != mum_name]),
            "man": rng.choice([n for n in self._names("men") if n not in (dad_name, partner)]),
            "school": rng.choice(self._names("schools")),
            "visit_date": (f"{self._names('weekdays')[self.day.weekday()]} "
                           f"{_day_month(self.day, self._names('months'))}"),
        }
        carer = rng.choice(self._names("carers"))
        slots["carer"] = self._fill_with(carer["name"], slots)
        slots["carer_home"] = self._fill_with(carer["home"], slots)
        return slots

    def _past_date(self) -> str:
        past = self.day - dt.timedelta(days=self.rng.randint(1, 45))
        return _day_month(past, self._names("months"))

    def _past_weekday(self) -> str:
        past = self.day - dt.timedelta(days=self.rng.randint(1, 10))
        return self._names("weekdays")[past.weekday()]

    def _next_date(self) -> str:
        ahead = self.day + dt.timedelta(days=self.rng.randint(2, 21))
        weekday = self._names("weekdays")[ahead.weekday()]
        return f"{weekday} {_day_month(ahead, self._names('months'))}"

    def _earlier_month(self) -> str:
        earlier = self.day - dt.timedelta(days=self.rng.randint(45, 300))
        return self._names("months")[earlier.month - 1]

    def _value(self, name: str, slots: Mapping[str, str]) -> str:
        if name in slots:
            return slots[name]
        if name in self.theme:
            return self.rng.choice(self.theme[name])
        if name in self.generated:
            return self.generated[name]()
        fills = self.data["fills"]
        if name in fills:
            return self.rng.choice(fills[name])
        raise KeyError(f"demo phrases: unknown slot {{{name}}}")

    def _fill_with(self, template: str, slots: Mapping[str, str]) -> str:
        text = template
        for _ in range(_MAX_FILL_PASSES):
            if "{" not in text:
                return text
            text = _SLOT.sub(lambda match: self._value(match.group(1), slots), text)
        raise ValueError(f"demo phrases: slots nested too deeply in {template!r}")

    def fill(self, template: str) -> str:
        """Fill every slot, then capitalise the first letter."""
        text = self._fill_with(template, self.slots)
        return text[:1].upper() + text[1:]

    # ---------------------------------------------------------------- composition

    def _pick(self, templates: Sequence[str], used: set[str]) -> str:
        template = self.rng.choice(templates)
        for _ in range(_TEMPLATE_TRIES):
            if template not in used:
                break
            template = self.rng.choice(templates)
        used.add(template)
        return template

    def _quality(self) -> str:
        return "good" if self.rng.random() < self.good else "poor"

    def text(self) -> str:
        rng, data = self.rng, self.data
        spec = data["record_types"][self.record_type]
        low, high = spec["words"]
        target = rng.randint(low, max(low, high - _SENTENCE_ALLOWANCE))
        used: set[str] = set()
        opening = self.fill(self._pick(data["openings"][self.record_type][self._quality()], used))
        words = len(opening.split())
        chosen: list[tuple[str, str]] = []

        voice = data["child_words"]
        scale = voice["good_scale"] if target >= voice["min_words"] else voice["short_scale"]
        if rng.random() < scale * self.good:
            chosen.append(("child_words", "good"))
        elif rng.random() < voice["poor_chance"]:
            chosen.append(("child_words", "poor"))

        parts = list(spec["good_mix"])
        weights = [(1 - self.good) * spec["poor_mix"][part] + self.good * spec["good_mix"][part]
                   for part in parts]
        sentences: list[tuple[str, str]] = []
        last_poor: dict[str, int] = {}
        pending = iter(chosen)
        while words < target:
            part, quality = next(pending, None) or (rng.choices(parts, weights)[0],
                                                    self._quality())
            sentence = self.fill(self._pick(data["parts"][part][quality], used))
            joined = quality == "poor" and self._join(sentences, last_poor.get(part), sentence)
            if not joined:
                if quality == "poor":
                    last_poor[part] = len(sentences)
                sentences.append((part, sentence))
            words = len(opening.split()) + sum(len(text.split()) for _, text in sentences)
        return self._layout(opening, sentences)

    def _join(self, sentences: list[tuple[str, str]], index: int | None, sentence: str) -> bool:
        """Run a poor sentence on from an earlier poor one of the same part, sometimes."""
        joining = self.data["poor_joining"]
        if index is None or self.rng.random() >= joining["chance"]:
            return False
        part, earlier = sentences[index]
        if len(earlier.split()) + len(sentence.split()) > joining["max_words"]:
            return False
        if len(sentence) > 1 and sentence[1].islower():  # "The ...", "Mum ...", not "SW ..."
            sentence = sentence[0].lower() + sentence[1:]
        joined = earlier.rstrip(".") + self.rng.choice(joining["joiners"]) + sentence
        sentences[index] = (part, joined)
        return True

    def _layout(self, opening: str, sentences: list[tuple[str, str]]) -> str:
        order = {part: index for index, part in enumerate(self.data["part_order"])}
        ordered = sorted(sentences, key=lambda item: order[item[0]])  # stable within a part
        if self.record_type == "case note":
            return " ".join([opening, *(sentence for _, sentence in ordered)])
        column_of = {part: column for column, members in self.data["columns"].items()
                     for part in members}
        paragraphs: list[list[str]] = [[opening]]
        current: str | None = None
        for part, sentence in ordered:
            column = column_of.get(part, "other")
            if column != current:
                paragraphs.append([])
                current = column
            paragraphs[-1].append(sentence)
        return "\n\n".join(" ".join(paragraph) for paragraph in paragraphs)


def generate_records(count: int = 5000, seed: int = 7) -> Iterator[dict[str, str]]:
    """Yield ``count`` invented case records in date order, the same for the same seed.

    Each record is a dict with the keys in :data:`FIELDS`: ``record_id``
    ("R000001"...), ``team``, ``worker``, ``date`` (ISO, 2015-01-01 to 2019-12-31),
    ``record_type``, the grouping columns of :data:`GROUP_FIELDS` and ``text``. Records of
    the planted group (demo_phrases.yaml, ``planted``) more often carry deficit labels.
    """
    if count < 0:
        raise ValueError("count must be zero or more")
    data = phrases()
    rng = random.Random(seed)
    timeline = data["timeline"]
    start: dt.date = timeline["start"]
    span = (timeline["end"] - start).days
    workers = _workers(rng, data)
    group_rng = random.Random(f"groups-{seed}")  # its own stream: texts stay as they were
    teams = data["teams"]
    team_weights = [float(team["volume"]) for team in teams]
    type_weights = {team["name"]: _record_type_weights(data, team) for team in teams}
    offsets = sorted(rng.randint(0, span) for _ in range(count))
    for number, offset in enumerate(offsets, start=1):
        day = start + dt.timedelta(days=offset)
        team = rng.choices(teams, team_weights)[0]
        worker, shift = rng.choice(workers[team["name"]])
        kinds = type_weights[team["name"]]
        record_type = rng.choices(list(kinds), list(kinds.values()))[0]
        good = _clamp(practice_level(team["name"], day) + shift
                      + rng.gauss(0.0, timeline["record_noise"]),
                      timeline["floor"], timeline["ceiling"])
        record = _Record(rng, data, team, record_type, day, good)
        text = record.text()
        groups = _groups(group_rng, data, record.slots)
        text = _planted(group_rng, data, record.slots, groups, text)
        yield {"record_id": f"R{number:06d}", "team": team["name"], "worker": worker,
               "date": day.isoformat(), "record_type": record_type, **groups, "text": text}


def _groups(rng: random.Random, data: Mapping[str, Any], slots: Mapping[str, str]
            ) -> dict[str, str]:
    """The record's grouping columns: sex and age band of its child, the rest by weight."""
    spec = data["groups"]
    age = int(slots["age"])
    drawn = {name: rng.choices(list(spec[name]), [float(w) for w in spec[name].values()])[0]
             for name in ("ethnicity", "disability")}
    return {**drawn, "sex": spec["sex"]["girl" if slots["he"] == "she" else "boy"],
            "age_band": next(band for low, high, band in spec["age_bands"]
                             if low <= age <= high)}


def _planted(rng: random.Random, data: Mapping[str, Any], slots: Mapping[str, str],
             groups: Mapping[str, str], text: str) -> str:
    """The text, with the planted deficit sentence added to a record of the planted group
    (by chance); drawn from the grouping stream, so other records are untouched."""
    planted = data["planted"]
    if groups.get(planted["column"]) != planted["group"] or rng.random() >= planted["chance"]:
        return text
    sentence = _SLOT.sub(lambda match: slots[match.group(1)], rng.choice(planted["sentences"]))
    return f"{text} {sentence}"


def write_csv(path: str | PathLike[str], count: int = 5000, seed: int = 7) -> int:
    """Write generated records to a UTF-8 CSV with a header row; return how many were written."""
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        for record in generate_records(count, seed):
            writer.writerow(record)
            written += 1
    return written
