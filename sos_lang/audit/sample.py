"""Drawing an audit sample from the store: reproducible, stratified, spread over the scores.

A practice lead audits a few dozen files by hand. The sample is split over the groups
(teams, workers or record types) in proportion to their size, every group getting at least
one record while the sample is large enough; within a group the records are ranked by their
overall score and cut into as many bands as records to draw, one drawn at random from each
band, so weak and strong records are both audited. The same store, options and seed give
the same sample.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import numpy as np
import pandas as pd

from sos_lang.inputs import InputError

if TYPE_CHECKING:
    from sos_lang.store import Store

GROUPINGS = {"team": "team", "worker": "worker", "type": "record_type"}
"""``--by`` choice -> records column (the same names ``trends --by`` takes)."""

NO_GROUP = "(none)"


class SampleError(InputError):
    """The sample cannot be drawn as asked (no records in the range, a bad size)."""


@dataclass(frozen=True)
class SampleRequest:
    n: int
    by: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    seed: int = 0


def draw_sample(records: pd.DataFrame, request: SampleRequest) -> pd.DataFrame:
    """The sampled rows of ``records`` (the store's records frame), with ``stratum`` and
    ``score_band`` (1 = the lowest-scoring band of its stratum) added, in stratum and score
    order."""
    if request.n < 1:
        raise SampleError("the sample size --n must be at least 1")
    if request.by is not None and request.by not in GROUPINGS:
        raise SampleError(f"--by must be one of {', '.join(GROUPINGS)}")
    pool = _in_range(records, request.date_from, request.date_to)
    if pool.empty:
        raise SampleError("the store holds no records in that date range")
    if request.by is None:
        strata = pd.Series("all records", index=pool.index)
    else:
        strata = pool[GROUPINGS[request.by]].fillna(NO_GROUP).astype(str).replace("", NO_GROUP)
    pool = pool.assign(stratum=strata.to_numpy())
    sizes = pool.groupby("stratum").size().sort_index()
    allocation = allocate(sizes, min(request.n, len(pool)))
    rng = np.random.default_rng(request.seed)
    drawn = []
    for stratum, take in allocation.items():
        if not take:
            continue
        members = pool.loc[pool["stratum"] == stratum].sort_values(
            ["score_overall", "team", "record_id"], na_position="first")
        for band, positions in enumerate(np.array_split(np.arange(len(members)), take), 1):
            row = members.iloc[[int(rng.choice(positions))]].assign(score_band=band)
            drawn.append(row)
    return pd.concat(drawn).reset_index(drop=True)


def allocate(sizes: pd.Series, n: int) -> dict[str, int]:
    """Records to draw per stratum: proportional to its size by largest remainder, at least
    one per stratum when ``n`` allows (small teams are audited too), never more than it
    holds. Ties go to the stratum named first, so the allocation is reproducible."""
    total = int(sizes.sum())
    names = [str(name) for name in sizes.index]
    counts = dict(zip(names, (int(size) for size in sizes), strict=True))
    take = dict.fromkeys(names, 0)
    if n >= len(names):
        take = dict.fromkeys(names, 1)
    left = n - sum(take.values())
    while left > 0:
        room = {name: counts[name] - take[name] for name in names if counts[name] > take[name]}
        if not room:
            break
        shares = {name: n * counts[name] / total - take[name] for name in room}
        best = max(room, key=lambda name: (shares[name], -names.index(name)))
        take[best] += 1
        left -= 1
    return take


def _in_range(records: pd.DataFrame, date_from: dt.date | None, date_to: dt.date | None
              ) -> pd.DataFrame:
    """Records dated within [from, to]; with either bound given, an undated record is out."""
    frame = records
    if date_from is not None:
        frame = frame.loc[frame["record_date"] >= pd.Timestamp(date_from)]
    if date_to is not None:
        frame = frame.loc[frame["record_date"] <= pd.Timestamp(date_to)]
    return frame


def sample_workbook(store: Store, request: SampleRequest, out: str | Path | BinaryIO,
                    teams: frozenset[str] | None = None) -> pd.DataFrame:
    """Draw the sample from the store and write its audit workbook to ``out`` (a path or a
    binary stream); returns the sample. ``teams`` (None: all) limits the records drawn
    from, as the dashboard limits a visitor to their own teams."""
    from sos_lang.audit.workbook import SampledRecord, write_workbook

    records = store.records_frame()
    if teams is not None:
        records = records.loc[records["team"].isin(teams)]
    if records.empty:
        raise SampleError("the store holds no records to sample")
    sample = draw_sample(records, request)
    keys = [(_team(row.team), str(row.record_id)) for row in sample.itertuples()]
    elements = store.element_counts(keys)
    rules = store.counts_frame("rule")
    sampled = []
    for row, key in zip(sample.to_dict("records"), keys, strict=True):
        of_record = rules.loc[(rules["record_id"] == key[1])
                              & (rules["team"].fillna("") == (key[0] or ""))]
        sampled.append(SampledRecord(
            row=row, element_counts=elements.get(key, {}),
            excerpts=store.excerpts_for(key[1], key[0]),
            rule_counts=dict(zip(of_record["name"], of_record["count"].astype(int),
                                 strict=True))))
    about = {"Store": store.safe_url, "Records sampled": len(sample),
             "Stratified by": request.by or "(not stratified)",
             "From": request.date_from, "To": request.date_to, "Seed": request.seed,
             "Drawn at (UTC)": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")}
    write_workbook(out, sampled, about)
    return sample


def _team(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) \
        else str(value)
