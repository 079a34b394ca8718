"""The labelled pairs: the split is the committed one, and the development scores hold."""

from __future__ import annotations

import pytest

from sos_lang.compare.evaluate import heldout_ids, load_pairs, score


def test_the_split_follows_heldout_ids() -> None:
    held = heldout_ids()
    assert len(held) == 23
    dev, test = load_pairs("dev"), load_pairs("test")
    assert {p["id"] for p in test} == held
    assert not {p["id"] for p in dev} & held
    assert len(dev) + len(test) == len(load_pairs("all"))


def test_every_part_is_development_data_but_the_heldout_pairs() -> None:
    """Parts d to o (the fifth to sixteenth rounds' blind pairs, retired) are development
    data: all their pairs are in --part dev, and every fault's spans are in its texts."""
    dev = load_pairs("dev")
    assert {p["author"] for p in dev} == set("abcdefghijklmno")
    retired = {"d": 79, "e": 87, "f": 103, "g": 88, "h": 98, "i": 98, "j": 100, "k": 107,
               "l": 102, "m": 105, "n": 100, "o": 100}
    for author, faults in retired.items():
        part = [p for p in dev if p["author"] == author]
        assert len(part) == 24 and sum(len(p["faults"]) for p in part) == faults
    for pair in (p for p in dev if p["author"] in retired):
        for fault in pair["faults"]:
            assert fault["draft_text"] in pair["draft"]
            assert fault["source_text"] in pair["sources"][fault["source_index"]]["text"]


@pytest.mark.slow
def test_development_scores_do_not_fall() -> None:
    """Floors a little under the measured dev figures (README, 'Check a draft against
    its notes'), so a change that loses a kind of finding fails here."""
    scores = score(load_pairs("dev"))
    recall = {kind: r for kind, _, r, _ in scores.rows()}
    assert recall["wording_introduced"] >= 0.75
    assert recall["invented_specific"] >= 0.6
    assert recall["left_out (child's words)"] >= 0.6
    assert recall["unsupported"] >= 0.40
    assert recall["attribution_lost"] >= 0.35
    assert scores.false_alarm_rate <= 0.09


def test_errors_lists_a_faithful_drafts_findings_and_refuses_the_heldout_part(
        tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """score_compare.py --errors lists the findings on faithful drafts, and will not list
    the held-out part's (it is scored, never read for errors)."""
    import json
    import runpy
    import sys
    from pathlib import Path

    pair = {"id": "probe-1", "author": "z", "faithful": True, "faults": [],
            "sources": [{"kind": "transcript", "text": "Mum: Kai goes to bed at eight."}],
            "draft": "Mum said Kai goes to bed at ten."}
    path = Path(str(tmp_path)) / "pairs.jsonl"
    path.write_text(json.dumps(pair) + "\n", "utf-8")
    script = str(Path(__file__).resolve().parents[2] / "scripts" / "score_compare.py")
    old = sys.argv
    try:
        sys.argv = [script, "--file", str(path), "--errors"]
        runpy.run_path(script, run_name="__main__")
        assert "probe-1\tinvented_specific\tten" in capsys.readouterr().out
        sys.argv = [script, "--part", "test", "--errors"]
        with pytest.raises(SystemExit):
            runpy.run_path(script, run_name="__main__")
    finally:
        sys.argv = old
