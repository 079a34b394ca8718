"""Score the statement classifier on a labelled file written by a new writer (a blind part
of the corpus before it joins the training data): the model trained on the shipped corpus
labels every sentence of the file; headings (``is_heading``) are skipped.

    python scripts/score_statements.py eval/sealed/statements_part_t.jsonl.gz

(the seventeenth round's sealed part, scored once at the round's end; a gzipped or plain JSON
Lines file in the corpus format)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sos_lang.evaluation.common import load_jsonl
from sos_lang.evaluation.statements import evaluate, format_evaluation
from sos_lang.statements.corpus import LabelledSentence
from sos_lang.statements.model import default_model


def labelled(path: Path) -> list[LabelledSentence]:
    return [LabelledSentence(text=row["text"].strip(), label=row["label"],
                             opinion_as_fact=row["opinion_as_fact"], group=row["group"],
                             style=row.get("style", ""), writer=path.name)
            for row in load_jsonl(path) if not row.get("is_heading")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = evaluate(default_model(), labelled(args.path))
    print(json.dumps(result, indent=2) if args.json else format_evaluation(result))


if __name__ == "__main__":
    main()
