"""analyse(): profiles, chunking of long text, metrics and scores."""

from __future__ import annotations

import itertools

import pytest

from sos_lang.analysis import analyse, analyse_many, chunk_bounds
from sos_lang.inputs import InputError


def test_chunk_bounds_cover_text_and_respect_limit() -> None:
    text = ("word " * 50 + "\n") * 40
    bounds = chunk_bounds(text, 1000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end - start <= 1000 for start, end in bounds)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))


def test_chunk_bounds_hard_cut_without_spaces() -> None:
    bounds = chunk_bounds("x" * 2500, 1000)
    assert bounds == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_long_text_is_chunked_with_right_offsets(monkeypatch) -> None:
    from sos_lang import settings

    original = settings.thresholds()
    monkeypatch.setattr(settings, "thresholds", lambda: {**original, "chunk_chars": 300})
    import sos_lang.analysis as analysis

    monkeypatch.setattr(analysis, "thresholds", lambda: {**original, "chunk_chars": 300})
    text = "Sam played in the park today.\n" * 30 + "Mum was non-compliant.\n"
    report = analysis.analyse(text, profile="fast")
    whole = analysis.analyse(text.replace("\n", " "), profile="fast")
    assert len(report.sentences) == 31
    for item in [*report.sentences, *report.findings]:
        assert text[item.start:item.end] == item.text
    assert report.metrics["words"] == whole.metrics["words"]


def test_empty_text_is_refused() -> None:
    with pytest.raises(InputError):
        analyse("   \n")


def test_scores_are_bounded_and_clean_text_scores_full() -> None:
    report = analyse("Mum took Sam to school. Sam was happy.", profile="fast")
    assert report.scores["deficit"] == 100.0
    assert report.scores["jargon"] == 100.0
    assert all(0 <= value <= 100 for value in report.scores.values())


def test_deficit_wording_lowers_deficit_score() -> None:
    clean = analyse("Mum came to the meeting.", profile="fast").scores["deficit"]
    flagged = analyse("Mum was non-compliant.", profile="fast").scores["deficit"]
    assert flagged < clean


def test_analyse_many_matches_analyse() -> None:
    texts = ["Mum was non-compliant.", "Sam enjoys football. Dad failed to engage."]
    many = [r.to_dict() for r in analyse_many(texts, profile="fast")]
    one = [analyse(t, profile="fast").to_dict() for t in texts]
    assert many == one


def test_profiles_agree_on_wording_findings() -> None:
    text = "Mum was non-compliant and failed to engage; the LAC review is prior to contact."
    def wording(profile):
        return {(f.rule_id, f.start) for f in analyse(text, profile=profile).findings
                if f.kind in ("deficit", "jargon")}
    assert wording("fast") == wording("accurate")


@pytest.mark.parametrize("run", [lambda text: analyse(text, profile="fast"),
                                 lambda text: list(analyse_many([text]))],
                         ids=["analyse", "analyse_many"])
def test_python_api_callers_are_held_to_the_record_cap(monkeypatch, run) -> None:
    """The cap guards the API as well as the file, upload and paste edges: a caller of
    analyse() cannot hand it a record larger than any input edge would accept."""
    monkeypatch.setenv("SOS_LANG_MAX_RECORD_CHARS", "1000")
    assert run("Dad hit Sam. " * 70)  # 910 characters: under the cap
    with pytest.raises(InputError, match="1,040 characters, more than the 1,000"):
        run("Dad hit Sam. " * 80)


def test_report_records_serialise_as_asdict_would() -> None:
    """flat_dict (the report's fast serialiser) gives asdict's dict, in field order, with
    lists copied, for every record a report holds."""
    from dataclasses import asdict

    from sos_lang.report import flat_dict

    report = analyse("Mum was non-compliant prior to the LAC review. Sam loves football; "
                     "Dad keeps Sam safe at home.", profile="fast")
    records = [*report.sentences, *report.findings, *report.highlights]
    assert {type(record) for record in records} >= {type(report.findings[0]),
                                                    type(report.sentences[0])}
    for record in records:
        assert list(flat_dict(record).items()) == list(asdict(record).items())
    finding = report.findings[0]
    assert flat_dict(finding)["alternatives"] is not finding.alternatives
