"""Score `sos-lang compare` on the labelled pairs of eval/compare (issue 21).

    python scripts/score_compare.py --part dev              # development pairs (tune here)
    python scripts/score_compare.py --part dev --ablation   # each component switched off
    python scripts/score_compare.py --part test             # the held-out pairs, never tuned on
    python scripts/score_compare.py --file eval/sealed/compare_part_d.jsonl.gz  # a sealed set
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_lang.compare.core import CHECKS
from sos_lang.compare.evaluate import format_scores, load_pairs, score
from sos_lang.evaluation.common import load_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--file", type=Path,
                        help="score the pairs of this file (JSON Lines, may be gzipped) instead")
    parser.add_argument("--ablation", action="store_true",
                        help="also score with each component switched off")
    args = parser.parse_args()
    pairs = load_jsonl(args.file) if args.file else load_pairs(args.part)
    name = args.file.name if args.file else args.part
    print(format_scores(score(pairs), f"{name}: {len(pairs)} pairs, all components"))
    if args.ablation:
        for check in CHECKS:
            print()
            print(format_scores(score(pairs, off=frozenset({check})), f"without {check}"))


if __name__ == "__main__":
    main()
