"""Held-out evaluation of the statement classifier: the numbers behind the model card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from sos_lang.statements.corpus import LABELS, LabelledSentence, split_corpus
from sos_lang.statements.model import StatementModel, default_model


def evaluate(model: StatementModel | None = None,
             sentences: Sequence[LabelledSentence] | None = None) -> dict[str, Any]:
    """Per-label precision/recall/F1, macro-F1, confusion matrix, harm-vs-danger and opinion F1."""
    model = model or default_model()
    if sentences is None:
        _, sentences = split_corpus()
    predicted = model.classify([s.text for s in sentences])
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
