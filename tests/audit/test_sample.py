"""Audit samples (issue 20, part 1): reproducible, stratified, spread over the score range;
the workbook holds ids, scores, elements with redacted sentences, and nothing runs as a
formula."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sos_lang.audit.elements import element_ids
from sos_lang.audit.sample import SampleError, SampleRequest, allocate, draw_sample, sample_workbook
from sos_lang.audit.workbook import COVER, COVER_HEADER_ROW, ELEMENT_HEADER
from sos_lang.store import RecordResult, Store
from sos_lang.store.schema import SCORE_COLUMNS


def _records(sizes: dict[str, int], seed: int = 1) -> pd.DataFrame:
    """A records frame shaped like Store.records_frame: teams of the given sizes, scores
    spread 0-100, dates over 2020-2023."""
    rng = np.random.default_rng(seed)
    rows = []
    for team, size in sizes.items():
        for i in range(size):
            rows.append({"team": team, "record_id": f"{team[:1]}{i:04d}",
                         "record_date": pd.Timestamp("2020-01-01")
                         + pd.Timedelta(days=int(rng.integers(0, 1460))),
                         "score_overall": float(rng.uniform(0, 100)),
                         "worker": f"w{i % 7}", "record_type": "case note"})
    return pd.DataFrame(rows)


SIZES = {"North": 300, "South": 120, "East": 40, "Leaving Care": 6, "Front Door": 2}


def test_the_same_seed_gives_the_same_sample_and_another_seed_another() -> None:
    records = _records(SIZES)
    first = draw_sample(records, SampleRequest(n=40, by="team", seed=11))
    again = draw_sample(records.sample(frac=1.0, random_state=3), SampleRequest(
        n=40, by="team", seed=11))  # the store's row order does not matter
    other = draw_sample(records, SampleRequest(n=40, by="team", seed=12))
    assert list(first["record_id"]) == list(again["record_id"])
    assert list(first["record_id"]) != list(other["record_id"])
    assert first["record_id"].is_unique and len(first) == 40


def test_every_stratum_is_covered_in_proportion() -> None:
    sample = draw_sample(_records(SIZES), SampleRequest(n=40, by="team", seed=5))
    taken = sample["stratum"].value_counts().to_dict()
    assert set(taken) == set(SIZES)  # the two-record team is audited too
    assert taken["North"] > taken["South"] > taken["East"] >= taken["Leaving Care"] >= 1
    assert allocate(pd.Series({"A": 90, "B": 10}), 10) == {"A": 9, "B": 1}
    assert allocate(pd.Series({"A": 1, "B": 50}), 10) == {"A": 1, "B": 9}


def test_each_stratum_is_spread_over_its_score_range() -> None:
    """One record from each score band: with k records drawn from a team, one comes from
    its lowest-scoring k-th and one from its highest, for any seed."""
    records = _records(SIZES)
    for seed in range(5):
        sample = draw_sample(records, SampleRequest(n=40, by="team", seed=seed))
        for team in ("North", "South", "East"):
            scores = records.loc[records["team"] == team, "score_overall"]
            drawn = sample.loc[sample["stratum"] == team, "score_overall"]
            share = 1 / len(drawn)
            assert len(drawn) >= 3
            assert drawn.min() <= scores.quantile(share)
            assert drawn.max() >= scores.quantile(1 - share)
            assert list(sample.loc[sample["stratum"] == team, "score_band"]) == \
                list(range(1, len(drawn) + 1))


def test_dates_limit_the_pool_and_an_empty_range_is_refused() -> None:
    records = _records(SIZES)
    sample = draw_sample(records, SampleRequest(n=30, by="worker", seed=1,
                                                date_from=dt.date(2021, 1, 1),
                                                date_to=dt.date(2021, 12, 31)))
    assert sample["record_date"].dt.year.eq(2021).all()
    with pytest.raises(SampleError, match="no records in that date range"):
        draw_sample(records, SampleRequest(n=5, date_from=dt.date(2030, 1, 1)))
    assert len(draw_sample(records.head(7), SampleRequest(n=40))) == 7


def _stored(record_id: str, team: str | None, overall: float, counts: dict[str, int],
            excerpts: list[dict[str, str]]) -> RecordResult:
    return RecordResult(
        record_id=record_id, content_hash="h" + record_id, analyser_version="0.3.0",
        profile="fast", team=team, worker=None, record_date=dt.date(2024, 5, 2),
        record_type="case note", scores={name: overall for name in SCORE_COLUMNS},
        metrics={}, rule_counts={"deficit.label-hostile": 1}, element_counts=counts,
        excerpts=excerpts)


def test_workbook_holds_ids_scores_elements_and_no_formula(tmp_path: Path) -> None:
    """A team and an id that would run as formulas are written as text; each record sheet
    lists every element with the tool's finding, its redacted sentences and empty grade
    and comment columns."""
    from openpyxl import load_workbook

    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    store.prepare()
    hostile = "=HYPERLINK(\"http://x\",\"y\")"
    counts = dict.fromkeys(element_ids(), 0) | {"strengths": 2}
    excerpts = [{"rule_id": "element.strengths", "kind": "element", "subtype": "strengths",
                 "severity": "info", "excerpt": "[NAME] walks to school with Mum."},
                {"rule_id": "deficit.label-hostile", "kind": "deficit", "subtype": "label",
                 "severity": "error", "excerpt": "@SUM(1) [NAME] was hostile."}]
    run = store.start_run(["x"], "fast", "0.3.0")
    store.write([_stored("R1", hostile, 40.0, counts, excerpts),
                 _stored("+R2", "North", 80.0, {}, [])], run)
    out = tmp_path / "audit.xlsx"
    sample = sample_workbook(store, SampleRequest(n=5, by="team", seed=1), out)
    store.close()
    assert len(sample) == 2
    book = load_workbook(out)
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    cover = book[COVER]
    listed = {cover[f"C{row}"].value: cover[f"A{row}"].value
              for row in range(COVER_HEADER_ROW + 1, COVER_HEADER_ROW + 3)}
    assert set(listed) == {"R1", "'+R2"}
    sheet = book[listed["R1"]]
    assert sheet["B3"].value == "R1" and sheet["B4"].value == "'" + hostile
    header = next(row for row in range(1, 40) if sheet[f"A{row}"].value == ELEMENT_HEADER[0])
    rows = {sheet[f"A{r}"].value: [sheet[f"{c}{r}"].value for c in "DEFG"]
            for r in range(header + 1, header + 1 + len(element_ids()))}
    assert list(rows) == list(element_ids())
    assert rows["strengths"] == ["present", "• [NAME] walks to school with Mum.", None, None]
    assert rows["harm"] == ["missing", None, None, None]
    text = [str(cell.value) for cell in cells if cell.value is not None]
    assert "'@SUM(1) [NAME] was hostile." in text
    unjudged = book[listed["'+R2"]]  # audited before elements were stored
    assert unjudged[f"D{header + 1}"].value == "not judged"
