"""Agreement between the tool and auditors, element by element: percent agreement and
Cohen's kappa with a 95% interval, and the records where the two disagree.

The honest anchor is two auditors grading the same records: the tool is good enough on an
element where its agreement with an auditor matches the auditors' agreement with each other.

Kappa is Cohen's (1960): (po - pe) / (1 - pe), po the share of records graded alike and pe
the share expected by chance from each rater's own rates. Its standard error is Cohen's
large-sample approximation sqrt(po (1 - po) / (n (1 - pe)^2)), and the 95% interval is
kappa +/- 1.96 standard errors, clipped to [-1, 1]. When both raters gave every record the
same grade, kappa is undefined (pe = 1) and reported as missing, as scikit-learn does.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from sos_lang.audit.elements import element_ids
from sos_lang.audit.workbook import GRADES, GradedRecord, RecordKey

if TYPE_CHECKING:
    from sos_lang.store import Store

Z_95 = 1.959963984540054
ALL_ELEMENTS = "all elements"
TOOL = "sos_lang"


@dataclass(frozen=True)
class Kappa:
    records: int
    agreement: float  # share of records graded alike (po)
    kappa: float | None
    low: float | None
    high: float | None


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> Kappa:
    """Percent agreement and Cohen's kappa with its 95% interval for two raters' grades of
    the same items (any categories)."""
    if len(first) != len(second):
        raise ValueError("both raters must grade the same items")
    n = len(first)
    if not n:
        return Kappa(0, math.nan, None, None, None)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    categories = set(first) | set(second)
    expected = sum((first.count(c) / n) * (second.count(c) / n) for c in categories)
    if expected >= 1.0:
        return Kappa(n, observed, None, None, None)
    kappa = (observed - expected) / (1.0 - expected)
    error = math.sqrt(observed * (1.0 - observed) / (n * (1.0 - expected) ** 2))
    return Kappa(n, observed, kappa, max(-1.0, kappa - Z_95 * error),
                 min(1.0, kappa + Z_95 * error))


@dataclass
class Comparison:
    """One pair of raters on one element (or all elements pooled)."""

    first: str
    second: str
    element: str
    result: Kappa
    disagreements: list[RecordKey] = field(default_factory=list)


Grades = Mapping[RecordKey, Mapping[str, str]]
"""Per record, per element: present or missing."""


def tool_grades(element_counts: Mapping[RecordKey, Mapping[str, int]]) -> dict[RecordKey,
                                                                               dict[str, str]]:
    """The tool's judgement in the auditors' terms: a record's element is present when at
    least one sentence shows it. A record audited before elements were stored has none."""
    return {key: {element: GRADES[0] if count else GRADES[1]
                  for element, count in counts.items()}
            for key, counts in element_counts.items()}


def graded(records: Sequence[GradedRecord]) -> dict[RecordKey, dict[str, str]]:
    return {record.key: dict(record.grades) for record in records}


def compare(raters: Mapping[str, Grades]) -> list[Comparison]:
    """Every pair of raters (in the given order), per element and pooled over elements, on
    the records and elements both graded."""
    names = list(raters)
    found = []
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            found.extend(_pair(first, second, raters[first], raters[second]))
    return found


def _pair(first: str, second: str, a: Grades, b: Grades) -> list[Comparison]:
    shared = sorted(set(a) & set(b), key=lambda key: (key[0] or "", key[1]))
    pooled_a: list[str] = []
    pooled_b: list[str] = []
    pooled_off: list[RecordKey] = []
    found = []
    for element in element_ids():
        keys = [key for key in shared if element in a[key] and element in b[key]]
        grades_a = [a[key][element] for key in keys]
        grades_b = [b[key][element] for key in keys]
        off = [key for key, x, y in zip(keys, grades_a, grades_b, strict=True) if x != y]
        found.append(Comparison(first, second, element, cohen_kappa(grades_a, grades_b), off))
        pooled_a += grades_a
        pooled_b += grades_b
        pooled_off += [key for key in off if key not in pooled_off]
    found.append(Comparison(first, second, ALL_ELEMENTS, cohen_kappa(pooled_a, pooled_b),
                            pooled_off))
    return found


def auditor_name(position: int) -> str:
    return f"auditor {position}"


def agreement_from_workbooks(store: Store, paths: Sequence[str | Path]) -> list[Comparison]:
    """Read one or two graded workbooks against the store, compare the tool with each
    auditor (and the auditors with each other) and keep the results in the store."""
    from sos_lang.audit.workbook import WorkbookError, read_graded
    from sos_lang.spreadsheet import safe_cell

    records = store.records_frame()
    known = {(safe_cell(team if isinstance(team, str) else ""), safe_cell(str(record_id))):
             (team if isinstance(team, str) else None, str(record_id))
             for team, record_id in zip(records["team"], records["record_id"], strict=True)}
    auditors = {}
    for position, path in enumerate(paths, 1):
        grades = graded(read_graded(path, known))
        if not any(grades.values()):
            raise WorkbookError(f"{Path(path).name}: no element is graded; write present or "
                                "missing in the Auditor grade column")
        auditors[auditor_name(position)] = grades
    keys = {key for grades in auditors.values() for key in grades}
    comparisons = compare({TOOL: tool_grades(store.element_counts(keys)), **auditors})
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    run_id = str(uuid.uuid4())
    workbooks = "\n".join(Path(path).name for path in paths)[:1024]
    store.write_agreement([{
        "run_id": run_id, "computed_at": now, "workbooks": workbooks,
        "first": c.first, "second": c.second, "element": c.element,
        "records": c.result.records,
        "agreement": None if math.isnan(c.result.agreement) else c.result.agreement,
        "kappa": c.result.kappa, "kappa_low": c.result.low, "kappa_high": c.result.high,
        "disagreements": json.dumps([[team, record_id] for team, record_id in c.disagreements]),
    } for c in comparisons])
    return comparisons


def agreement_table(comparisons: Sequence[Comparison]) -> pd.DataFrame:
    """One row per pair of raters and element, as printed and as the dashboard shows it."""
    return pd.DataFrame([{
        "raters": f"{c.first} vs {c.second}", "element": c.element,
        "records": c.result.records, "agreement": c.result.agreement,
        "kappa": c.result.kappa, "kappa_low": c.result.low, "kappa_high": c.result.high,
        "disagree": "; ".join(f"{team}/{record_id}" if team else record_id
                              for team, record_id in c.disagreements),
    } for c in comparisons])


def agreement_text(table: pd.DataFrame) -> str:
    """The agreement table for the terminal: one block per pair of raters."""
    from sos_lang.printers import safe_to_print

    lines = ["Agreement per element: percent agreement and Cohen's kappa (95% interval).",
             "The tool is good enough on an element where its kappa with an auditor matches "
             "the two auditors' kappa with each other.", ""]
    for raters, rows in table.groupby("raters", sort=False):
        lines.append(str(raters))
        for row in rows.itertuples():
            share = "-" if pd.isna(row.agreement) else f"{100 * row.agreement:5.1f}%"
            kappa = ("kappa undefined (one grade only)" if row.kappa is None
                     or pd.isna(row.kappa) else
                     f"kappa {row.kappa:5.2f} ({row.kappa_low:5.2f} to {row.kappa_high:5.2f})")
            lines.append(f"  {row.element:<16} n={row.records:<3} {share}  {kappa}")
            if row.disagree:
                lines.append(f"    disagree: {safe_to_print(str(row.disagree), 300)}")
        lines.append("")
    return "\n".join(lines)
