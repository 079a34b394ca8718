"""The equity view: does deficit wording fall evenly across the families a service works with?

Per group of one grouping column (``--group-cols`` at audit time), the rates per 1,000 words
of deficit labels, doubt words, compliance words and opinions stated as facts, and the
share of records with the child's own words (the measures are data in
``data/equity.yaml``); each set against all records in the view as a ratio with a 95%
interval.

Intervals (both log-normal, both for a group that is part of the whole it is compared with,
so the covariance of the two is subtracted; both tested against hand-computed examples):

- a **rate ratio** ``(a/w) / (A/W)`` (``a`` findings in ``w`` words of the group, ``A`` in
  ``W`` of all records): ``log RR ± 1.96 sqrt(phi (1/a - 1/A))``, Poisson counts with the
  variance scaled by ``phi``, the over-dispersion between records (Pearson chi-square of
  the records' counts about the overall rate over n - 1, at least 1: quasi-Poisson), since
  wording clusters within records;
- a **share ratio** ``(x/n) / (X/N)`` (Katz's log interval): ``log RR ± 1.96 sqrt(1/x - 1/n +
  1/X - 1/N - 2 (1 - x/n) / X)``, the whole's variance taken as binomial (an overestimate
  when groups differ, so the interval errs wide).

A group with no findings has a ratio of 0 and no interval. Groups of fewer than
``MIN_CELL_RECORDS`` records are suppressed, and then as many of the smallest other groups
as it takes for at least two groups and at least ``MIN_CELL_RECORDS`` records to be hidden
together (secondary suppression), so no suppressed group can be worked out from the whole.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from sos_lang.audit.groups import NOT_RECORDED, NOT_RECORDED_LABEL
from sos_lang.settings import load_yaml
from sos_lang.store.database import Store
from sos_lang.store.trends import MIN_CELL_RECORDS, TrendError

EQUITY_FILE = "equity.yaml"
Z_95 = 1.959963984540054
WHOLE = "(all records)"
"""The group label of the row for every record in the view."""
TABLE_COLUMNS = ["measure", "title", "group", "records", "value", "ratio", "low", "high",
                 "suppressed"]


@dataclass(frozen=True)
class Measure:
    """One compared measure: a rate per 1,000 words or a share of records."""

    id: str
    title: str
    kind: str  # rate | share
    source: str  # subtype | metric | element
    name: str


@functools.cache
def measures() -> tuple[Measure, ...]:
    """The measures of data/equity.yaml, in order."""
    found = []
    for spec in load_yaml(EQUITY_FILE)["measures"]:
        source, name = spec["count"].split(":", 1)
        if spec["kind"] not in ("rate", "share") or source not in ("subtype", "metric",
                                                                   "element"):
            raise ValueError(f"{EQUITY_FILE}: bad measure {spec['id']!r}")
        found.append(Measure(spec["id"], spec["title"], spec["kind"], source, name))
    return tuple(found)


@functools.cache
def caution() -> str:
    """The plain caution printed with every equity table."""
    return str(load_yaml(EQUITY_FILE)["caution"]).strip()


# --- statistics ------------------------------------------------------------------------------

Interval = tuple[float, float, float]
"""(ratio, low, high); NaN where undefined."""
NAN = float("nan")


def overdispersion(counts: pd.Series, words: pd.Series) -> float:
    """Pearson chi-square of the records' counts about the overall rate, over n - 1; at
    least 1 (quasi-Poisson): how much more the counts vary than Poisson counts would."""
    used = words > 0
    counts, words = counts[used].astype(float), words[used].astype(float)
    if len(counts) < 2 or counts.sum() == 0:
        return 1.0
    expected = words * counts.sum() / words.sum()
    chi_square = float(((counts - expected) ** 2 / expected).sum())
    return max(1.0, chi_square / (len(counts) - 1))


def rate_ratio(a: float, w: float, total: float, total_words: float,
               phi: float = 1.0) -> Interval:
    """The group's rate over the whole's, with its log-normal 95% interval (module doc)."""
    if w <= 0 or total <= 0 or total_words <= 0:
        return NAN, NAN, NAN
    ratio = (a / w) / (total / total_words)
    if a <= 0:
        return ratio, NAN, NAN
    spread = Z_95 * math.sqrt(max(0.0, phi * (1 / a - 1 / total)))
    return ratio, ratio * math.exp(-spread), ratio * math.exp(spread)


def share_ratio(x: float, n: float, total: float, total_n: float) -> Interval:
    """The group's share over the whole's, with Katz's log 95% interval (module doc)."""
    if n <= 0 or total <= 0 or total_n <= 0:
        return NAN, NAN, NAN
    ratio = (x / n) / (total / total_n)
    if x <= 0:
        return ratio, NAN, NAN
    variance = 1 / x - 1 / n + 1 / total - 1 / total_n - 2 * (1 - x / n) / total
    spread = Z_95 * math.sqrt(max(0.0, variance))
    return ratio, ratio * math.exp(-spread), ratio * math.exp(spread)


def suppressed_groups(sizes: Mapping[str, int], minimum: int = MIN_CELL_RECORDS) -> set[str]:
    """Groups to hide: those under ``minimum`` records, then the smallest others until at
    least two groups and at least ``minimum`` records are hidden together (none then)."""
    hidden = {group for group, size in sizes.items() if size < minimum}
    if not hidden:
        return hidden
    others = sorted((size, group) for group, size in sizes.items() if group not in hidden)
    while others and (len(hidden) < 2 or sum(sizes[g] for g in hidden) < minimum):
        hidden.add(others.pop(0)[1])
    return hidden


# --- the table -------------------------------------------------------------------------------

def equity_frame(store: Store, name: str) -> pd.DataFrame:
    """One row per record that has the grouping column: its group, words and, per measure,
    its count (rates) or 0/1 (shares). Raises TrendError for a column not in the store."""
    stored = store.group_names()
    if name not in stored:
        known = ", ".join(stored) if stored else "none: audit with --group-cols"
        raise TrendError(f"no grouping column {name!r} in the store (stored: {known})")
    groups = store.groups_frame(name)
    records = store.records_frame()
    key = ["team", "record_id"]
    for frame in (groups, records):
        frame["team"] = frame["team"].fillna("")
    frame = groups.merge(records, on=key, how="inner")
    frame["group"] = frame["value"].replace({NOT_RECORDED: NOT_RECORDED_LABEL})
    out = frame[[*key, "group", "words"]].copy()
    counted: dict[str, pd.DataFrame] = {}
    for measure in measures():
        if measure.source == "metric":
            values = frame[measure.name].astype(float)
        else:
            if measure.source not in counted:
                counts = store.counts_frame(measure.source)
                counts["team"] = counts["team"].fillna("")
                counted[measure.source] = counts
            counts = counted[measure.source]
            mine = counts[counts["name"] == measure.name][[*key, "count"]]
            values = out[key].merge(mine, on=key, how="left")["count"].fillna(0).astype(float)
            values.index = out.index
        out[measure.id] = (values > 0).astype(float) if measure.kind == "share" else values
    return out


def equity_table(frame: pd.DataFrame, min_records: int = MIN_CELL_RECORDS) -> pd.DataFrame:
    """Per measure, the whole then each group: records, the rate (per 1,000 words) or share,
    the ratio to the whole and its 95% interval; suppressed groups have only their name."""
    rows: list[dict[str, object]] = []
    if frame.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    sizes = frame.groupby("group").size().to_dict()
    hidden = suppressed_groups(sizes, min_records)
    whole_hidden = len(frame) < min_records
    order = sorted(sizes, key=lambda g: (g == NOT_RECORDED_LABEL, g))
    total_words = float(frame["words"].sum())
    for measure in measures():
        total = float(frame[measure.id].sum())
        phi = overdispersion(frame[measure.id], frame["words"]) if measure.kind == "rate" \
            else 1.0

        def value(count: float, words: float, records: int, kind: str = measure.kind) -> float:
            if kind == "rate":
                return 1000 * count / words if words else NAN
            return count / records if records else NAN

        rows.append({"measure": measure.id, "title": measure.title, "group": WHOLE,
                     "records": NAN if whole_hidden else len(frame),
                     "value": NAN if whole_hidden else value(total, total_words, len(frame)),
                     "ratio": NAN if whole_hidden else 1.0, "low": NAN, "high": NAN,
                     "suppressed": whole_hidden})
        for group in order:
            members = frame[frame["group"] == group]
            count, words, records = float(members[measure.id].sum()), float(
                members["words"].sum()), len(members)
            if group in hidden or whole_hidden:
                rows.append({"measure": measure.id, "title": measure.title, "group": group,
                             "records": NAN, "value": NAN, "ratio": NAN, "low": NAN,
                             "high": NAN, "suppressed": True})
                continue
            if measure.kind == "rate":
                ratio, low, high = rate_ratio(count, words, total, total_words, phi)
            else:
                ratio, low, high = share_ratio(count, records, total, len(frame))
            rows.append({"measure": measure.id, "title": measure.title, "group": group,
                         "records": records, "value": value(count, words, records),
                         "ratio": ratio, "low": low, "high": high, "suppressed": False})
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    for column in ("value", "ratio", "low", "high"):
        table[column] = table[column].astype(float).round(3)
    table["records"] = table["records"].astype("Int64")
    return table


def differs(row: Mapping[str, object]) -> bool:
    """True when a group's interval excludes 1 (its wording differs from the whole's)."""
    low, high = row.get("low"), row.get("high")
    return (isinstance(low, float) and isinstance(high, float) and not math.isnan(low)
            and (low > 1 or high < 1))
