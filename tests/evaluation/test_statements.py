"""The classifier's evaluation: targets on the held-out split, no held-out group in training
(recorded in the model JSON), and the writer-held-out figures `sos-lang evaluate` leads with."""

from __future__ import annotations

import json

import pytest

from sos_lang.cli import main
from sos_lang.evaluation import statements as statements_evaluation
from sos_lang.evaluation.statements import (
    HEADLINE,
    TrainedOnTestData,
    evaluate,
    evaluate_by_writer,
)
from sos_lang.statements.corpus import heldout_groups, load_corpus, split_corpus
from sos_lang.statements.model import default_model, model_cache_path, train

WRITERS = ("part-a", "part-b", "part-c", "part-d", "part-e", "part-f", "part-g",
           "part-h", "part-i", "part-j", "part-k", "part-l", "part-m", "part-n",
           "part-o", "part-p", "part-q", "part-r", "part-s")
"""One corpus part per writer (sos_lang/data/statements/README.md)."""


def test_no_heldout_group_is_in_the_training_data_recorded_in_the_model_json() -> None:
    model = default_model()
    recorded = set(json.loads(model_cache_path().read_text(encoding="utf-8"))
                   ["training_groups"])
    assert recorded == set(model.to_json()["training_groups"]) == model.training_groups
    assert recorded == {s.group for s in split_corpus()[0]}
    assert not recorded & heldout_groups()


def test_a_model_trained_on_heldout_groups_is_refused() -> None:
    train_part, heldout = split_corpus()
    leaky = train(train_part[::4] + heldout[:40])
    with pytest.raises(TrainedOnTestData, match=r"trained on \d+ of the groups"):
        evaluate(leaky, heldout)


def test_each_corpus_part_is_one_writer_and_each_group_in_one_part() -> None:
    sentences = load_corpus()
    writers = {s.writer for s in sentences}
    assert writers == set(WRITERS)
    part_of_group: dict[str, str] = {}
    for s in sentences:
        assert part_of_group.setdefault(s.group, s.writer) == s.writer, s.group


def test_section_headings_in_whole_documents_are_not_statements() -> None:
    """Parts e to s keep documents whole; their heading lines (is_heading) are not
    sentences to classify, while every other line is."""
    from sos_lang.statements.corpus import corpus_dir

    whole = ("part-e", "part-f", "part-g", "part-h", "part-i", "part-j", "part-k", "part-l",
             "part-m", "part-n", "part-o", "part-p", "part-q", "part-r", "part-s")
    lines = [json.loads(line) for name in whole
             for line in corpus_dir().joinpath(f"{name}.jsonl").read_text(encoding="utf-8")
             .splitlines()]
    headings = {row["text"] for row in lines if row.get("is_heading")}
    assert headings and all(row["label"] == "other" for row in lines if row.get("is_heading"))
    texts = [s.text for s in load_corpus() if s.writer in whole]
    assert len(texts) == len(lines) - sum(bool(row.get("is_heading")) for row in lines)


@pytest.mark.slow
def test_classifier_meets_the_targets_on_the_heldout_split() -> None:
    """The issue's targets: macro-F1 0.85, harm vs danger 0.92, opinion_as_fact 0.85."""
    result = evaluate()
    assert result["sentences"] == len(split_corpus()[1])
    assert result["macro_f1"] >= 0.85
    assert result["harm_vs_danger_f1"] >= 0.92
    assert result["opinion_as_fact_f1"] >= 0.85


@pytest.fixture(scope="module")
def by_writer() -> dict:
    return evaluate_by_writer()


@pytest.mark.slow
def test_writer_heldout_scores_every_sentence_of_each_left_out_part(by_writer: dict) -> None:
    sentences = load_corpus()
    assert list(by_writer["writers"]) == list(WRITERS)
    for writer, row in by_writer["writers"].items():
        assert row["sentences"] == sum(s.writer == writer for s in sentences)
    assert by_writer["pooled"]["sentences"] == len(sentences)
    for key in HEADLINE:
        assert by_writer["worst"][key] == min(row[key] for row in by_writer["writers"].values())
        assert 0.5 < by_writer["pooled"][key] < 0.99  # a leak into training gives about 1.0


@pytest.mark.slow
def test_evaluate_prints_writer_heldout_figures_first(
        by_writer: dict, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(statements_evaluation, "evaluate_by_writer", lambda: by_writer)
    assert main(["evaluate", "statements"]) == 0
    out = capsys.readouterr().out
    assert out.index("each writer's part left out") < out.index("held-out split")
    pooled = by_writer["pooled"]
    # the row as format_by_writer lays it out (the count right-aligned, however many digits)
    assert f"{'pooled':10}{len(load_corpus()):>10}{pooled['macro_f1']:>10.3f}" in out
    for writer in WRITERS:
        assert f"\n{writer} " in out
    assert main(["evaluate", "statements", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["statements_by_writer"] == by_writer
