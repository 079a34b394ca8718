"""Add newly collected published glossary terms to eval/published_glossary.jsonl.

    python scripts/add_glossary_terms.py candidates.json --round 2

The candidates file is a JSON list of items without ``id`` and ``part`` (fields as in
eval/README.md); decide ``in_scope`` and ``why_not`` before running this, since the
part is known only afterwards. Each new term gets the next id and the part its hash
decides. A term already in the set is skipped (its item keeps its sources). Development
terms are listed by name; held-out terms are only counted, so that nobody writes an
entry for them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sos_lang.evaluation.common import eval_data_path
from sos_lang.evaluation.glossary import GLOSSARY_SET, glossary_part, load_glossary

FIELDS = ("term", "form", "frame", "kind", "subtype", "in_scope", "why_not", "sources")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", type=Path)
    parser.add_argument("--round", type=int, required=True, dest="collection",
                        help="the round of collection these terms belong to")
    parser.add_argument("--dev-only", action="store_true",
                        help="leave out candidates whose hash puts them in the test part")
    args = parser.parse_args()
    items = load_glossary()
    known = {item["term"].lower() for item in items}
    next_number = max(int(item["id"].split("-")[1]) for item in items) + 1
    added = {"dev": [], "test": []}
    skipped = []
    left_out = 0
    for candidate in json.loads(args.candidates.read_text(encoding="utf-8")):
        missing = [name for name in FIELDS if name not in candidate]
        if missing:
            raise SystemExit(f"{candidate.get('term')!r}: missing {missing}")
        part = glossary_part(candidate["term"])
        if args.dev_only and part == "test":
            # Before the check against the set: a "skipped" count taken first would tell
            # which test-hashed candidates are already held-out terms.
            left_out += 1
            continue
        if candidate["term"].lower() in known:
            skipped.append(candidate["term"])
            continue
        item = {"id": f"pg-{next_number:03d}", **{name: candidate[name] for name in FIELDS},
                "examples": candidate.get("examples", []), "round": args.collection,
                "part": part}
        items.append(item)
        known.add(candidate["term"].lower())
        added[part].append(item)
        next_number += 1
    path = eval_data_path(GLOSSARY_SET)
    with open(path, "w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    for item in added["dev"]:
        scope = "in scope" if item["in_scope"] else "not in scope"
        print(f"dev  {item['id']} {item['term']!r} ({scope})")
    held_in = sum(item["in_scope"] for item in added["test"])
    print(f"test part: {len(added['test'])} terms added ({held_in} in scope), not listed")
    if left_out:
        print(f"left out (their hash puts them in the test part, --dev-only): {left_out}")
    if skipped:
        print(f"already in the set, skipped: {len(skipped)}")


if __name__ == "__main__":
    main()
