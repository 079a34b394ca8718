"""Sentence and record rules: loading and validation, the stage after the merge, and the
data files left as they were read."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse
from sos_lang.rules.checks import packaged_checks, parse_check
from sos_lang.rules.model import RecordRule, RuleError, SentenceRule
from sos_lang.settings import load_yaml

GOOD = {"rule_id": "plain.tiny", "severity": "info", "message": "Has {words} words.",
        "alternatives": ["Say more."], "source": "a guide", "max_words": 2,
        "examples": {"flag": ["Mum came."], "no_flag": ["Mum came home on Monday."]}}


def test_packaged_checks_load_in_their_scopes() -> None:
    sentence, record = packaged_checks()
    assert {r.kind for r in sentence} == {"plain", "structure"}
    assert all(isinstance(r, SentenceRule) for r in sentence)
    assert record and all(isinstance(r, RecordRule) and r.kind == "structure" for r in record)


def test_data_files_are_not_written_back() -> None:
    """Compiled patterns live in the rule objects, never in the cached YAML."""
    packaged_checks()
    analyse("We are worried that Dad will keep drinking every night.")
    for section in ("sentence_checks", "record_checks"):
        for raw in load_yaml("structure_checks.yaml")[section]:
            assert set(raw) <= {"rule_id", "subtype", "severity", "message", "alternatives",
                                "source", "examples", "labels", "when_opinion_as_fact",
                                "unless_any", "score_group", "has_any", "has_none",
                                "min_words", "sections"}, raw["rule_id"]


@pytest.mark.parametrize(("change", "field"), [
    ({"severity": "loud"}, "severity"),
    ({"message": ""}, "message"),
    ({"source": None}, "source"),
    ({"alternatives": []}, "alternatives"),
    ({"examples": {"flag": ["x"]}}, "no_flag"),
    ({"max_words": -1}, "max_words"),
    ({"when_passive": "yes"}, "when_passive"),
    ({"unless_any": ["(unclosed"]}, "unless_any"),
    ({"colour": "red"}, "colour"),
])
def test_bad_check_names_file_entry_and_field(change: dict, field: str) -> None:
    raw = {**GOOD, **change}
    with pytest.raises(RuleError) as error:
        parse_check(raw, "plain", "sentence", "local/plain.yaml", 0)
    message = str(error.value)
    assert "local/plain.yaml" in message and "plain.tiny" in message and field in message


def test_rule_id_must_carry_its_kind() -> None:
    with pytest.raises(RuleError, match="field 'rule_id'"):
        parse_check({**GOOD, "rule_id": "structure.tiny"}, "plain", "sentence", "f.yaml", 0)


def test_sentence_rule_fires_on_its_conditions() -> None:
    rule = parse_check(GOOD, "plain", "sentence", "f.yaml", 0)
    assert isinstance(rule, SentenceRule) and rule.max_words == 2 and rule.subtype == "tiny"
    report = analyse("Mum came.")
    sentence = report.sentences[0]
    assert rule.fires(sentence)
    assert rule.message_for(sentence) == "Has 2 words."


def test_record_findings_have_empty_span() -> None:
    report = analyse("On 2 March Dad hit Sam and Sam told his teacher.")
    plan = [f for f in report.findings if f.rule_id == "structure.worries-without-plan"]
    assert plan and plan[0].start == plan[0].end == 0 and plan[0].text == ""


def test_one_loader_reads_every_kind_of_rule_file(tmp_path) -> None:
    from pathlib import Path

    from sos_lang.cli import main
    from sos_lang.rules.loader import load_rule_file

    data = Path(__file__).resolve().parents[2] / "sos_lang" / "data"
    lexicons = Path(__file__).resolve().parents[2] / "lexicons"
    scopes = {rule.scope for name in ("plain_checks.yaml", "structure_checks.yaml")
              for rule in load_rule_file(data / name)}
    scopes |= {rule.scope for rule in load_rule_file(lexicons / "jargon.yaml")}
    assert scopes == {"term", "sentence", "record"}
    bad = tmp_path / "checks.yaml"
    bad.write_text("kind: plain\nsentence_checks:\n  - rule_id: plain.x\n    severity: loud\n",
                   encoding="utf-8")
    assert main(["lexicon", "validate", str(data / "plain_checks.yaml")]) == 0
    assert main(["lexicon", "validate", str(bad)]) == 2
    with pytest.raises(RuleError, match=r"checks.yaml: entry 'plain.x': field 'severity'"):
        load_rule_file(bad)
    (tmp_path / "other.yaml").write_text("kind: spelling\n", encoding="utf-8")
    with pytest.raises(RuleError, match="field 'kind'"):
        load_rule_file(tmp_path / "other.yaml")


def test_a_section_check_must_name_missing_or_empty() -> None:
    from sos_lang.rules.checks import parse_check

    raw = {"rule_id": "structure.x", "severity": "info", "message": "m", "source": "s",
           "alternatives": ["a"], "examples": {"flag": ["x"], "no_flag": ["y"]},
           "sections": "absent"}
    with pytest.raises(RuleError, match="sections"):
        parse_check(raw, "structure", "record", "f.yaml", 0)
    rule = parse_check({**raw, "sections": "empty"}, "structure", "record", "f.yaml", 0)
    assert rule.sections == "empty"


def test_unless_any_in_one_pass_decides_as_each_pattern_alone() -> None:
    """matches_any runs a rule's case-insensitive patterns as one alternation: on the
    sample draft's and demo records' sentences it must decide as the patterns one by one."""
    import re
    from pathlib import Path

    from sos_lang.demo import generate_records
    from sos_lang.rules.model import _one_pass, matches_any

    sentence_rules, record_rules = packaged_checks()
    rules = [rule for rule in (*sentence_rules, *record_rules) if len(rule.unless_any) > 1]
    assert any(_one_pass(rule.unless_any)[0] is not None for rule in rules)
    sample = (Path(__file__).parents[2] / "sos_lang" / "data" / "sample_draft.txt").read_text()
    texts = [sample, *(record["text"] for record in generate_records(60, 7))]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?:])\s+|\n+", text) if s]
    decided = set()
    for rule in rules:
        for sentence in sentences:
            alone = any(pattern.search(sentence) for pattern in rule.unless_any)
            assert matches_any(sentence, rule.unless_any) == alone, (rule.rule_id, sentence)
            decided.add(alone)
    assert decided == {True, False}
