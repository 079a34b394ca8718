"""Recall on the published glossary terms (eval/published_glossary.jsonl): each term in a
neutral sentence and in the glossaries' own example sentences, per part and profile.

    python scripts/score_glossary.py --part dev --misses
    python scripts/score_glossary.py --part test --profile fast
    python scripts/score_glossary.py --part test --round 1
"""

from __future__ import annotations

import argparse

from sos_lang.evaluation.glossary import (
    evaluate_glossary,
    format_glossary_evaluation,
    load_glossary,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), action="append",
                        help="part to score (repeatable; default both)")
    parser.add_argument("--profile", choices=("accurate", "fast"), action="append",
                        help="profile (repeatable; default both)")
    parser.add_argument("--round", type=int, dest="collection",
                        help="only the terms added in this round of collection (1: the first 152)")
    parser.add_argument("--misses", action="store_true",
                        help="list the missed terms of the dev part (never the test part's)")
    args = parser.parse_args()
    items = load_glossary()
    for part in args.part or ["dev", "test"]:
        for profile in args.profile or ["accurate", "fast"]:
            result = evaluate_glossary(items, part, profile=profile,
                                       collection=args.collection)
            print(format_glossary_evaluation(result), end="")
            if args.misses and part == "dev":  # the test part is held out: never listed
                for miss in result["misses"]:
                    print(f"  {miss['id']:7} {miss['where']:8} {miss['subtype']:12} "
                          f"{miss['term']!r}: {miss['text']}")


if __name__ == "__main__":
    main()
