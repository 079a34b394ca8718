"""Write the demo's filled-in pair of audit workbooks (issue 20): a sample of a small demo
store graded by two invented auditors who disagree with the tool, and a little with each
other, the way real auditors do. The grades are invented, not anyone's judgement.

    python scripts/demo_audit_workbooks.py docs/audit-demo

builds the store it needs (demo-data --records 120 --seed 7, audited with
--keep-excerpts and the demo's grouping columns) in a temporary folder, so anyone can
rebuild the same store and run

    sos-lang demo-data demo.csv --records 120 --seed 7
    sos-lang audit demo.csv --store demo-audit.db --keep-excerpts \
        --group-cols ethnicity,disability,sex,age_band
    sos-lang agreement --store demo-audit.db docs/audit-demo/auditor-1.xlsx \
        docs/audit-demo/auditor-2.xlsx
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

DEMO_RECORDS, DEMO_SEED, SAMPLE_SIZE = 120, 7, 30

TOOL_MISREAD = {"harm": 0.25, "danger": 0.2, "complicating": 0.3, "strengths": 0.12,
                "existing_safety": 0.3, "safety_goals": 0.15, "next_steps": 0.1,
                "child_words": 0.05, "family_plan": 0.3}
"""The invented first auditor's chance of grading an element otherwise than the tool:
higher where a person weighs quality (is this harm statement complete, can a family read
this plan), lower where presence is plain to see (the child's quoted words)."""

SECOND_DIFFERS = 0.1
"""The invented second auditor's chance of grading an element otherwise than the first."""

COMMENTS = {"harm": "No date given for the incident.", "family_plan": "Plan uses acronyms.",
            "danger": "Worry does not say who is worried.",
            "existing_safety": "Safety is what Gran does, not recorded as safety."}


def grade(sample: Path, out: Path, grades: dict[tuple[str, str], str],
          comments: dict[tuple[str, str], str]) -> None:
    """Copy the sample workbook with the grades (and a few comments) filled in."""
    from openpyxl import load_workbook

    book = load_workbook(sample)
    for sheet in book.worksheets[1:]:
        record = str(sheet["B3"].value)
        for row in range(1, sheet.max_row + 1):
            key = (record, str(sheet[f"A{row}"].value))
            if key in grades:
                sheet[f"F{row}"] = grades[key]
            if key in comments:
                sheet[f"G{row}"] = comments[key]
    book.save(out)


def build_store_and_sample(folder: Path, out: Path) -> tuple[list[str], dict[str, dict[str, str]]]:
    """Audit the demo export into a store in ``folder``, write the sample workbook to
    ``out``; return the sampled record ids and the tool's grade per record and element."""
    from sos_lang.audit.agreement import tool_grades
    from sos_lang.audit.readers import ColumnMap
    from sos_lang.audit.runner import AnalysisOptions, run_audit
    from sos_lang.audit.sample import SampleRequest, sample_workbook
    from sos_lang.demo import GROUP_FIELDS, write_csv
    from sos_lang.store import Store

    export = folder / "demo.csv"
    write_csv(export, count=DEMO_RECORDS, seed=DEMO_SEED)
    store = Store(f"sqlite:///{folder / 'demo-audit.db'}")
    try:
        run_audit([str(export)], store, ColumnMap(groups=GROUP_FIELDS),
                  options=AnalysisOptions(keep_excerpts=True), progress=False)
        sample = sample_workbook(store, SampleRequest(n=SAMPLE_SIZE, by="team",
                                                      seed=DEMO_SEED), out)
        keys = [(team, str(record_id)) for team, record_id
                in zip(sample["team"], sample["record_id"], strict=True)]
        tool = tool_grades(store.element_counts(keys))
    finally:
        store.close()
    return [key[1] for key in keys], {key[1]: grades for key, grades in tool.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(DEMO_SEED)
    with tempfile.TemporaryDirectory() as folder:
        sample, tool = build_store_and_sample(Path(folder), args.out / "audit-sample.xlsx")
    first: dict[tuple[str, str], str] = {}
    second: dict[tuple[str, str], str] = {}
    comments: dict[tuple[str, str], str] = {}
    other = {"present": "missing", "missing": "present"}
    for record in sample:
        for element, judged in sorted(tool[record].items()):
            key = (record, element)
            first[key] = other[judged] if rng.random() < TOOL_MISREAD[element] else judged
            second[key] = other[first[key]] if rng.random() < SECOND_DIFFERS else first[key]
            if first[key] != judged and element in COMMENTS and rng.random() < 0.5:
                comments[key] = COMMENTS[element]
    grade(args.out / "audit-sample.xlsx", args.out / "auditor-1.xlsx", first, comments)
    grade(args.out / "audit-sample.xlsx", args.out / "auditor-2.xlsx", second, {})
    print(f"wrote {args.out}/audit-sample.xlsx, auditor-1.xlsx and auditor-2.xlsx "
          f"({len(sample)} records)")


if __name__ == "__main__":
    main()
