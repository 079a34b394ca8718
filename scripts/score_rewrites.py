"""Score the rewrite pairs (eval/rewrite_pairs.jsonl): how often the improved version scores
higher overall and on each dimension the rewrite changed, per part, for one or both profiles.

    python scripts/score_rewrites.py                  # both profiles, dev and test totals
    python scripts/score_rewrites.py --misses         # also list the dev pairs that fail
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sos_lang.evaluation.rewrites import evaluate_rewrites, format_rewrites


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=("accurate", "fast", "both"), default="both")
    parser.add_argument("--set", type=Path, default=None, help="another pairs file")
    parser.add_argument("--misses", action="store_true",
                        help="list the dev pairs where a score did not rise (never test pairs)")
    args = parser.parse_args()
    profiles = ("accurate", "fast") if args.profile == "both" else (args.profile,)
    for profile in profiles:
        result = evaluate_rewrites(profile=profile, path=args.set)
        print(format_rewrites(result))
        if args.misses:
            for miss in result["dev_misses"]:
                print(f"    {miss['id']}: {', '.join(miss['failed'])}")
                print(f"      poor     {miss['poor_scores']}  {miss['poor']!r}")
                print(f"      improved {miss['improved_scores']}  {miss['improved']!r}")


if __name__ == "__main__":
    main()
