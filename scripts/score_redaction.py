"""Score redaction on whole labelled sets (development sets, a new blind set): one line per
set, without family names and with them, or the full table with --table, misses with --misses.

    python scripts/score_redaction.py eval/redaction_dev*.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_lang.evaluation.common import load_jsonl
from sos_lang.evaluation.redaction import (
    annotated_types,
    evaluate_both_ways,
    format_redaction_evaluation,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--table", action="store_true", help="per-type table for each set")
    parser.add_argument("--misses", action="store_true",
                        help="list what was missed and the false alarms")
    args = parser.parse_args()
    for path in args.sets:
        result = evaluate_both_ways(load_jsonl(path), annotated_types(path.name))
        head, names = result["without_family_names"], result["with_family_names"]
        print(f"{path.name:28} names {head['names_recall']:.3f} ({names['names_recall']:.3f}) "
              f"structured {head['structured_recall']:.3f} "
              f"({names['structured_recall']:.3f}) precision {head['precision']:.3f} "
              f"({names['precision']:.3f}) items {head['items']}")
        if args.table:
            print(format_redaction_evaluation(result))
        if args.misses:
            for miss in head["misses"]:
                print(f"  {miss['id']:10} {miss['type']:14} {miss['text']!r}"
                      f"{' (partly)' if miss['partly'] == 'True' else ''}")
            for alarm in head["false_alarms"]:
                print(f"  {alarm['id']:10} {alarm['type']:14} {alarm['text']!r} (false alarm)")


if __name__ == "__main__":
    main()
