"""Score the wording flags on whole labelled sets (a development set, a sealed blind set):
the per-subtype table, precision, recall and false alarms for each, misses with --misses.

    python scripts/score_lexicon.py eval/lexicon_dev9.jsonl eval/sealed/lexicon_test2.jsonl.gz
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_lang.evaluation.common import load_jsonl
from sos_lang.evaluation.lexicon import evaluate_lexicon, format_lexicon_evaluation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--profile", choices=("accurate", "fast"), default="accurate")
    parser.add_argument("--misses", action="store_true",
                        help="list what was missed and the false alarms")
    args = parser.parse_args()
    for path in args.sets:
        result = evaluate_lexicon(load_jsonl(path), profile=args.profile)
        print(f"{path.name} ({args.profile} profile)")
        print(format_lexicon_evaluation(result))
        if args.misses:
            for error in result["errors"]:
                print(f"  {error['id']:10} {error['type']:12} {error['subtype']:12} "
                      f"{error['span']!r}")


if __name__ == "__main__":
    main()
