"""Evaluation of the statement classifier: the numbers behind the model card.

Two measurements. The held-out split keeps 40 invented families out of training, but every
writer of the corpus appears on both sides of it, so it flatters a model that learned a
writer's habits. Writer-held-out evaluation leaves each writer's part out of training in
turn and scores the model on that part: the headline figure, being the nearer to text by
someone the model has never read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from sos_lang.statements.corpus import (
    LABELS,
    LabelledSentence,
    heldout_groups,
    load_corpus,
    split_corpus,
)
from sos_lang.statements.model import Classification, StatementModel, default_model, train


class TrainedOnTestData(ValueError):
    """The model was trained on a group it is being scored on."""


def check_unseen(model: StatementModel, sentences: Sequence[LabelledSentence]) -> None:
    """Refuse to score a model on groups it was trained on (its JSON records them)."""
    seen = model.training_groups & {s.group for s in sentences}
    if seen:
        raise TrainedOnTestData(f"the model was trained on {len(seen)} of the groups it is "
                                f"scored on (e.g. {sorted(seen)[0]})")


def evaluate(model: StatementModel | None = None,
             sentences: Sequence[LabelledSentence] | None = None) -> dict[str, Any]:
    """Per-label precision/recall/F1, macro-F1, confusion matrix, harm-vs-danger and opinion F1."""
    model = model or default_model()
    if sentences is None:
        _, sentences = split_corpus()
    check_unseen(model, sentences)
    return score(sentences, model.classify([s.text for s in sentences]))


def score(sentences: Sequence[LabelledSentence],
          predicted: Sequence[Classification]) -> dict[str, Any]:
    """The figures of ``evaluate`` for predictions already made."""
    gold_labels = [s.label for s in sentences]
    predicted_labels = [p.label for p in predicted]
    precision, recall, f1, support = precision_recall_fscore_support(
        gold_labels, predicted_labels, labels=list(LABELS), zero_division=0)
    worry = [(g, p) for g, p in zip(gold_labels, predicted_labels, strict=True)
             if g in ("harm", "danger")]
    return {
        "sentences": len(sentences),
        "per_label": {label: {"precision": round(float(precision[i]), 3),
                              "recall": round(float(recall[i]), 3),
                              "f1": round(float(f1[i]), 3), "support": int(support[i])}
                      for i, label in enumerate(LABELS)},
        "macro_f1": round(float(f1_score(gold_labels, predicted_labels, labels=list(LABELS),
                                         average="macro", zero_division=0)), 3),
        "accuracy": round(sum(g == p for g, p in zip(gold_labels, predicted_labels, strict=True))
                          / max(1, len(sentences)), 3),
        # harm versus danger: sentences whose gold label is harm or danger, macro-F1 over the
        # two labels (a prediction of any other label counts as a miss)
        "harm_f1": round(float(f1[LABELS.index("harm")]), 3),
        "harm_vs_danger_f1": round(float(f1_score(
            [g for g, _ in worry], [p for _, p in worry], labels=["harm", "danger"],
            average="macro", zero_division=0)), 3),
        "opinion_as_fact_f1": round(float(f1_score(
            [s.opinion_as_fact for s in sentences], [p.opinion_as_fact for p in predicted],
            zero_division=0)), 3),
        "confusion_matrix": {"labels": list(LABELS), "rows_gold_columns_predicted":
                             confusion_matrix(gold_labels, predicted_labels,
                                              labels=list(LABELS)).tolist()},
    }


HEADLINE = ("macro_f1", "accuracy", "harm_f1", "harm_vs_danger_f1", "opinion_as_fact_f1")


def evaluate_by_writer(sentences: Sequence[LabelledSentence] | None = None) -> dict[str, Any]:
    """Leave each writer's part out in turn: train on the other writers' training groups
    (held-out families stay out of every model), score every sentence of the left-out part.

    ``pooled`` scores all the left-out predictions together; ``worst`` is the lowest writer
    on each figure.
    """
    sentences = list(load_corpus() if sentences is None else sentences)
    held = heldout_groups()
    writers = sorted({s.writer for s in sentences})
    per_writer: dict[str, dict[str, Any]] = {}
    pooled_gold: list[LabelledSentence] = []
    pooled_predicted: list[Classification] = []
    for writer in writers:
        left_out = [s for s in sentences if s.writer == writer]
        model = train([s for s in sentences if s.writer != writer and s.group not in held])
        check_unseen(model, left_out)
        predicted = model.classify([s.text for s in left_out])
        result = score(left_out, predicted)
        per_writer[writer] = {key: result[key] for key in ("sentences", *HEADLINE)}
        pooled_gold += left_out
        pooled_predicted += predicted
    pooled = score(pooled_gold, pooled_predicted)
    return {"writers": per_writer,
            "pooled": {key: pooled[key] for key in ("sentences", *HEADLINE)},
            "pooled_per_label": pooled["per_label"],
            "worst": {key: min(row[key] for row in per_writer.values()) for key in HEADLINE}}


def format_by_writer(result: dict[str, Any]) -> str:
    """The writer-held-out figures as a plain-text table."""
    lines = [f"{'left out':10}{'sentences':>10}{'macro-F1':>10}{'accuracy':>10}"
             f"{'harm':>7}{'harm/danger':>13}{'opinion':>9}"]
    rows = [*result["writers"].items(), ("pooled", result["pooled"])]
    for name, row in rows:
        lines.append(f"{name:10}{row['sentences']:>10}{row['macro_f1']:>10.3f}"
                     f"{row['accuracy']:>10.3f}{row['harm_f1']:>7.3f}"
                     f"{row['harm_vs_danger_f1']:>13.3f}{row['opinion_as_fact_f1']:>9.3f}")
    worst = result["worst"]
    lines += ["", f"lowest writer: macro-F1 {worst['macro_f1']:.3f}, harm F1 "
                  f"{worst['harm_f1']:.3f}, harm vs danger F1 "
                  f"{worst['harm_vs_danger_f1']:.3f}, opinion_as_fact F1 "
                  f"{worst['opinion_as_fact_f1']:.3f}"]
    return "\n".join(lines) + "\n"


def format_evaluation(result: dict[str, Any]) -> str:
    """The evaluation as a plain-text table."""
    lines = [f"Held-out sentences: {result['sentences']}", "",
             f"{'label':14}{'precision':>10}{'recall':>10}{'f1':>8}{'support':>9}"]
    for label, row in result["per_label"].items():
        lines.append(f"{label:14}{row['precision']:>10.3f}{row['recall']:>10.3f}"
                     f"{row['f1']:>8.3f}{row['support']:>9}")
    lines += ["", f"macro-F1 (8 labels):   {result['macro_f1']:.3f}",
              f"accuracy:              {result['accuracy']:.3f}",
              f"harm vs danger F1:     {result['harm_vs_danger_f1']:.3f}",
              f"opinion_as_fact F1:    {result['opinion_as_fact_f1']:.3f}", "",
              "Confusion matrix (rows gold, columns predicted):",
              " " * 14 + "".join(f"{label[:6]:>7}" for label in LABELS)]
    matrix = result["confusion_matrix"]["rows_gold_columns_predicted"]
    for label, row in zip(LABELS, matrix, strict=True):
        lines.append(f"{label:14}" + "".join(f"{value:>7}" for value in row))
    return "\n".join(lines) + "\n"
