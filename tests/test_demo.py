"""The synthetic case-record generator behind the demo dashboard (sos_lang.demo)."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import sos_lang
from sos_lang.demo import (
    FIELDS,
    GROUP_FIELDS,
    generate_records,
    phrases,
    practice_level,
    write_csv,
)

COUNT = 1500


@pytest.fixture(scope="module")
def records() -> list[dict[str, str]]:
    return list(generate_records(COUNT, seed=7))


def _dates(records: list[dict[str, str]]) -> list[dt.date]:
    return [dt.date.fromisoformat(record["date"]) for record in records]


def test_same_seed_gives_the_same_records(records: list[dict[str, str]]) -> None:
    assert list(generate_records(COUNT, seed=7)) == records


def test_different_seed_gives_different_records(records: list[dict[str, str]]) -> None:
    other = list(generate_records(COUNT, seed=8))
    assert len(other) == COUNT
    assert [r["text"] for r in other] != [r["text"] for r in records]


def test_global_random_state_is_neither_used_nor_changed() -> None:
    random.seed(1)
    first = list(generate_records(50, seed=3))
    state = random.getstate()
    random.seed(2)
    second = list(generate_records(50, seed=3))
    random.setstate(state)
    assert first == second
    random.seed(1)
    expected = random.random()
    random.seed(1)
    list(generate_records(50, seed=3))
    assert random.random() == expected


def test_count_is_honoured() -> None:
    assert list(generate_records(0)) == []
    assert len(list(generate_records(7, seed=1))) == 7
    with pytest.raises(ValueError):
        list(generate_records(-1))


def test_columns_and_ids(records: list[dict[str, str]]) -> None:
    assert all(tuple(record) == FIELDS for record in records)
    assert all(isinstance(value, str) and value for r in records
               for name, value in r.items() if name not in GROUP_FIELDS)
    assert all(isinstance(r[name], str) for r in records for name in GROUP_FIELDS)
    assert any(not r["ethnicity"] for r in records)  # some left blank: not recorded
    assert [r["record_id"] for r in records] == [f"R{n:06d}" for n in range(1, COUNT + 1)]


def test_dates_are_iso_in_range_and_in_order(records: list[dict[str, str]]) -> None:
    dates = _dates(records)
    assert all(dt.date(2015, 1, 1) <= day <= dt.date(2019, 12, 31) for day in dates)
    assert dates == sorted(dates)
    assert {day.year for day in dates} == {2015, 2016, 2017, 2018, 2019}


def test_teams_workers_and_record_types(records: list[dict[str, str]]) -> None:
    teams = Counter(r["team"] for r in records)
    assert len(teams) >= 8
    assert {"Front Door", "Children in Care", "Disabled Children"} <= set(teams)
    assert max(teams.values()) > 4 * min(teams.values())  # some teams are small
    workers_per_team = Counter(team for team, _ in {(r["team"], r["worker"]) for r in records})
    assert all(4 <= n <= 8 for n in workers_per_team.values())
    kinds = {r["record_type"] for r in records}
    assert {"case note", "assessment", "child protection plan", "visit record", "review"} <= kinds


def test_some_team_months_have_fewer_than_five_records(records: list[dict[str, str]]) -> None:
    per_team_month = Counter((r["team"], r["date"][:7]) for r in records)
    assert any(n < 5 for n in per_team_month.values())


def test_lengths_follow_record_type(records: list[dict[str, str]]) -> None:
    limits = {name: spec["words"] for name, spec in phrases()["record_types"].items()}
    lengths: dict[str, list[int]] = {}
    for record in records:
        words = len(record["text"].split())
        low, high = limits[record["record_type"]]
        assert 40 <= low <= words <= high <= 600, (record["record_id"], words)
        lengths.setdefault(record["record_type"], []).append(words)
    assert statistics.mean(lengths["assessment"]) > 2 * statistics.mean(lengths["case note"])


def test_every_slot_is_filled_and_texts_vary(records: list[dict[str, str]]) -> None:
    assert not any("{" in r["text"] or "}" in r["text"] for r in records)
    assert len({r["text"] for r in records}) == COUNT


def test_phrase_data_has_several_hundred_templates() -> None:
    data = phrases()
    parts = data["parts"]
    assert set(parts) >= {"harm", "danger", "complicating", "strength", "safety", "goal",
                          "next_step", "other"}
    total = sum(len(templates) for part in parts.values() for templates in part.values())
    total += sum(len(t) for kind in data["openings"].values() for t in kind.values())
    assert total >= 300
    assert all(part["good"] and part["poor"] for part in parts.values())


def test_teams_change_at_their_own_speed() -> None:
    before, after = dt.date(2016, 6, 1), dt.date(2018, 6, 1)
    names = [team["name"] for team in phrases()["teams"]]
    gains = {name: practice_level(name, after) - practice_level(name, before) for name in names}
    assert min(gains.values()) < 0.1 < 0.5 < max(gains.values())
    regressed = [name for name in gains
                 if practice_level(name, dt.date(2019, 12, 1)) < practice_level(name, after)]
    assert regressed


def _sample(records: list[dict[str, str]], keep: bool, size: int) -> list[str]:
    chosen = [r["text"] for r in records if keep(dt.date.fromisoformat(r["date"]))]
    return random.Random(0).sample(chosen, size)


def test_known_deficit_and_jargon_terms_fall_after_training(
        records: list[dict[str, str]]) -> None:
    terms = ("concerns", "non-compliant", "failed to", "lacks insight", "presented as", "SW ",
             "CP ", "LAC", "index child", "in order to", "engage")

    def rate(texts: list[str]) -> float:
        return statistics.mean(sum(text.count(term) for term in terms) / len(text.split())
                               for text in texts)

    early = _sample(records, lambda day: day < dt.date(2016, 9, 1), 150)
    late = _sample(records, lambda day: day >= dt.date(2017, 7, 1), 150)
    assert rate(early) > 1.5 * rate(late)


def test_analysed_scores_improve_after_training(records: list[dict[str, str]]) -> None:
    early = _sample(records, lambda day: day < dt.date(2016, 9, 1), 100)
    late = _sample(records, lambda day: day >= dt.date(2017, 7, 1), 100)

    def means(texts: list[str]) -> dict[str, float]:
        reports = list(sos_lang.analyse_many(texts, profile="fast"))
        return {key: statistics.mean(report.scores[key] for report in reports)
                for key in ("deficit", "jargon", "overall")}

    before, after = means(early), means(late)
    assert after["deficit"] > before["deficit"] + 10
    assert after["jargon"] > before["jargon"] + 10
    assert after["overall"] > before["overall"]


def test_write_csv_round_trips_through_pandas(tmp_path: Path) -> None:
    path = tmp_path / "records.csv"
    assert write_csv(path, count=300, seed=5) == 300
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    assert list(frame.columns) == list(FIELDS)
    assert len(frame) == 300
    assert frame.to_dict("records") == list(generate_records(300, seed=5))


def test_write_csv_is_byte_identical_for_the_same_seed(tmp_path: Path) -> None:
    first, second, third = (tmp_path / name for name in ("a.csv", "b.csv", "c.csv"))
    write_csv(first, count=200, seed=11)
    write_csv(second, count=200, seed=11)
    write_csv(third, count=200, seed=12)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != third.read_bytes()
