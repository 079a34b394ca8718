"""How often the fast and accurate answers of the two-way context predicates agree
(negation scope, who a word is about), on every term of the wording rules that list them,
over the development sets (never a test part).

    python scripts/context_agreement.py            # eval/lexicon_dev*.jsonl + the dev third
    python scripts/context_agreement.py FILE ...

Each answer is computed on the same parsed Doc: the parse's answer and the clause rules'
(which the fast profile uses, on tokens alone).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from pathlib import Path

from sos_lang.components.lexicon import LexiconMatcher
from sos_lang.evaluation.common import eval_data_path, is_dev_item, load_jsonl
from sos_lang.lexicon.context import TWO_WAY_PREDICATES
from sos_lang.lexicon.loader import Lexicon
from sos_lang.pipeline import build_pipeline
from sos_lang.rules.config import active_lexicon


def _texts(paths: list[Path]) -> list[str]:
    if not paths:
        paths = sorted(eval_data_path("lexicon_heldout.jsonl").parent.glob("lexicon_dev*.jsonl"))
        heldout = load_jsonl(eval_data_path("lexicon_heldout.jsonl"))
        texts = [item["text"] for item in heldout if is_dev_item(item)]
    else:
        texts = []
    for path in paths:
        texts += [item["text"] for item in load_jsonl(path)]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    args = parser.parse_args()
    nlp = build_pipeline("accurate")
    entries = active_lexicon().entries
    bare = {name: LexiconMatcher(nlp, Lexicon(entries=tuple(
        dataclasses.replace(entry, context=("quoted",)) for entry in entries
        if name in entry.context))) for name in TWO_WAY_PREDICATES}
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    both: Counter[tuple[str, bool, bool]] = Counter()
    texts = _texts(args.sets)
    for doc in nlp.pipe(texts):
        for name, (by_parse, by_tokens) in TWO_WAY_PREDICATES.items():
            for match in bare[name].find(doc):
                span = doc.char_span(match.start, match.end)
                parse, tokens = by_parse(span), by_tokens(span)
                total[name] += 1
                agree[name] += parse == tokens
                both[(name, parse, tokens)] += 1
    print(f"{len(texts)} texts")
    for name in TWO_WAY_PREDICATES:
        print(f"{name}: fast and accurate agree on {agree[name]} of {total[name]} terms "
              f"({agree[name] / max(total[name], 1):.1%}); true in accurate only "
              f"{both[(name, True, False)]}, in fast only {both[(name, False, True)]}, "
              f"in both {both[(name, True, True)]}")


if __name__ == "__main__":
    main()
