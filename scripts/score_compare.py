"""Score `sos-lang compare` on the labelled pairs of eval/compare (issue 21).

    python scripts/score_compare.py --part dev              # development pairs, parts a-d (tune)
    python scripts/score_compare.py --part dev --ablation   # each component switched off
    python scripts/score_compare.py --part dev --by-part    # also each writer's part alone
    python scripts/score_compare.py --part dev --errors     # every false alarm (dev only)
    python scripts/score_compare.py --part test             # the held-out pairs, never tuned on
    python scripts/score_compare.py --file eval/compare/part-o.jsonl  # one file (a sealed set)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_lang.compare.core import CHECKS
from sos_lang.compare.evaluate import format_scores, heldout_ids, load_pairs, score
from sos_lang.evaluation.common import load_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--file", type=Path,
                        help="score the pairs of this file (JSON Lines, may be gzipped) instead")
    parser.add_argument("--by-part", action="store_true",
                        help="also score each writer's part (a, b, c, d) alone, to see whether a "
                             "change carries across writers")
    parser.add_argument("--ablation", action="store_true",
                        help="also score with each component switched off")
    parser.add_argument("--errors", action="store_true",
                        help="also list every finding on a faithful draft (false alarms); "
                             "development pairs only: held-out pairs are left out, never "
                             "listed")
    args = parser.parse_args()
    if args.errors and args.part == "test" and not args.file:
        parser.error("--errors lists development pairs only: the held-out part is scored, "
                     "never read for errors")
    pairs = load_jsonl(args.file) if args.file else load_pairs(args.part)
    name = args.file.name if args.file else args.part
    scores = score(pairs)
    print(format_scores(scores, f"{name}: {len(pairs)} pairs, all components"))
    if args.errors:
        held = heldout_ids()
        print()
        print("false alarms (pair, kind, text, message):")
        for pair_id, kind, text, message in scores.false_alarms:
            if pair_id not in held:
                print(f"{pair_id}\t{kind}\t{' '.join(text.split())}\t{message}")
    if args.by_part:
        for author in sorted({pair["author"] for pair in pairs}):
            part = [pair for pair in pairs if pair["author"] == author]
            print()
            print(format_scores(score(part), f"part {author}: {len(part)} pairs"))
    if args.ablation:
        for check in CHECKS:
            print()
            print(format_scores(score(pairs, off=frozenset({check})), f"without {check}"))


if __name__ == "__main__":
    main()
