"""Grouped cross-validation on the TRAINING split only, to choose classifier settings.

The held-out split is never read here. Prints mean macro-F1, harm-vs-danger F1
and opinion_as_fact F1 across folds for each setting tried; copy the chosen
values into sos_lang/data/thresholds.yaml (classifier section).
"""

from __future__ import annotations

import itertools
import sys

import numpy as np
from sklearn.model_selection import GroupKFold

from sos_lang.evaluation.statements import evaluate
from sos_lang.settings import thresholds
from sos_lang.statements.corpus import split_corpus
from sos_lang.statements.model import train


def cross_validate(settings: dict, folds: int = 5) -> dict[str, float]:
    train_part, _ = split_corpus()
    groups = [s.group for s in train_part]
    scores: dict[str, list[float]] = {"macro_f1": [], "harm_vs_danger_f1": [],
                                      "opinion_as_fact_f1": []}
    for fit_index, test_index in GroupKFold(n_splits=folds).split(train_part, groups=groups):
        model = train([train_part[i] for i in fit_index], settings=settings)
        result = evaluate(model, [train_part[i] for i in test_index])
        for key in scores:
            scores[key].append(result[key])
    return {key: round(float(np.mean(values)), 4) for key, values in scores.items()}


def main() -> None:
    base = dict(thresholds()["classifier"])
    grid = {"label_c": [5.0, 10.0, 20.0], "opinion_c": [1.0, 4.0],
            "char_ngrams": [None, [2, 5]]}
    if len(sys.argv) > 1 and sys.argv[1] == "--quick":
        grid = {"label_c": [20.0], "opinion_c": [4.0], "char_ngrams": [None]}
    for values in itertools.product(*grid.values()):
        settings = {**base, **dict(zip(grid, values, strict=True))}
        print(dict(zip(grid, values, strict=True)), cross_validate(settings), flush=True)


if __name__ == "__main__":
    main()
