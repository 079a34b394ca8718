"""Record types: the same text judged differently as a letter, a plan, an assessment, a
conference report, a court statement or a case note; the type from an export's names; a
local config's changes; the type's own checks ship examples that hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from sos_lang.analysis import analyse
from sos_lang.cli import main
from sos_lang.inputs import InputError
from sos_lang.record_types import (
    READING_AGE_RULE,
    record_types,
    resolve,
    type_checks,
    type_for_name,
)
from sos_lang.report import Report
from sos_lang.verdict import verdict

THIRD_PERSON = ("Jay was seen at home on Tuesday. Jay said that Mum makes breakfast every "
                "morning and that he feels safe at home.")
WORRIES_ONLY = ("On 2 March Dad hit Sam and Sam told his teacher. I am worried that Dad will "
                "hit Sam again if he keeps drinking. I will visit Sam at school on Friday.")


def _rules(report: Report) -> dict[str, str]:
    return {finding.rule_id: finding.severity for finding in report.findings}


def _judged(text: str, record_type: str | None, profile: str = "accurate") -> dict[str, str]:
    return _rules(analyse(text, profile=profile, record_type=record_type))


def test_a_letter_about_the_child_instead_of_to_them_is_flagged_only_as_a_letter() -> None:
    assert "structure.letter-not-to-reader" in _judged(THIRD_PERSON, "letter")
    assert "structure.letter-not-to-reader" not in _judged(THIRD_PERSON, "case_note")
    to_jay = ("Dear Jay, I saw you at home on Tuesday. You told me that Mum makes breakfast "
              "every morning and that you feel safe at home.")
    assert "structure.letter-not-to-reader" not in _judged(to_jay, "letter")


def test_a_plan_treats_an_unexplained_acronym_as_an_error_an_assessment_as_a_warning() -> None:
    text = "The CIN plan continues and Mum will take Sam to school every day."
    assert _judged(text, "plan", "fast")["jargon.acronym-cin"] == "error"
    assert _judged(text, "assessment", "fast")["jargon.acronym-cin"] == "warning"
    assert _judged(text, None, "fast")["jargon.acronym-cin"] == "warning"


def test_an_assessment_asks_for_strengths_a_case_note_does_not() -> None:
    assert "structure.worries-without-strengths" in _judged(WORRIES_ONLY, "assessment")
    assert "structure.worries-without-strengths" not in _judged(WORRIES_ONLY, "case_note")


def test_a_conference_report_needs_its_harm_sourced_more_than_an_assessment() -> None:
    text = "On 2 March Dad pushed Mum into the kitchen door."
    assert _judged(text, "conference_report")["structure.harm-without-source"] == "warning"
    assert _judged(text, "assessment")["structure.harm-without-source"] == "info"


def test_a_court_statement_makes_an_unowned_opinion_an_error() -> None:
    text = "Mum lacks insight."
    assert _judged(text, "court_statement")["structure.opinion-as-fact"] == "error"
    assert _judged(text, "case_note")["structure.opinion-as-fact"] == "warning"


def test_a_case_note_must_be_dated_a_letter_need_not() -> None:
    text = "Home visit. Saw Mum and Jay at home. Jay was playing with his cars."
    assert "structure.case-note-undated" in _judged(text, "case_note")
    assert "structure.case-note-undated" not in _judged(text, "letter")


def test_a_letter_above_its_readers_reading_age_is_not_ready_to_share() -> None:
    text = ("Notwithstanding the considerable improvements demonstrated regarding the "
            "consistency of parental supervision, the multi-agency partnership considers "
            "that continued intervention remains proportionate and necessary.")
    as_letter = analyse(text, profile="fast", record_type="letter")
    assert READING_AGE_RULE in _rules(as_letter)
    assert not verdict(as_letter).ready
    assert READING_AGE_RULE not in _judged(text, None, "fast")
    assert READING_AGE_RULE not in _judged("You are safe at home with Mum.", "letter", "fast")


def test_scores_follow_the_type() -> None:
    text = "The CIN plan and the LAC review continue; the IRO will chair the RCPC."
    plan = analyse(text, profile="fast", record_type="plan")
    plain = analyse(text, profile="fast")
    assert plan.scores["jargon"] < plain.scores["jargon"]
    assert plan.to_dict()["record_type"] == "plan" and "record_type" not in plain.to_dict()


@pytest.mark.parametrize(("name", "expected"), [
    ("Letter to Parent", "letter"), ("LETTER_TO_CHILD", "letter"), ("CP plan", "plan"),
    ("Child and Family Assessment", "assessment"), ("ICPC report", "conference_report"),
    ("SWET", "court_statement"), ("visit record", "case_note"), ("case-note", "case_note"),
    ("review", None), ("", None), (None, None)])
def test_an_exports_names_map_to_types(name: str | None, expected: str | None) -> None:
    assert type_for_name(name) == expected


def test_a_local_config_maps_names_and_changes_targets(tmp_path: Path) -> None:
    config = tmp_path / "sos-lang.toml"
    config.write_text('[record_type_names]\n"Direct work letter" = "letter"\n'
                      '[record_types.letter]\nreading_age = 9\nfail_on = "error"\n',
                      encoding="utf-8")
    assert type_for_name("direct work letter", str(config)) == "letter"
    letter = record_types(str(config))["letter"]
    assert (letter.reading_age, letter.fail_on) == (9, "error")
    bad = tmp_path / "bad.toml"
    bad.write_text('[record_types.letter]\nchecks = []\n', encoding="utf-8")
    with pytest.raises(Exception, match="cannot be changed"):
        record_types(str(bad))


def test_an_unknown_type_is_a_clear_error(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown record type 'shopping list'"):
        resolve("shopping list")
    draft = tmp_path / "draft.txt"
    draft.write_text("Sam is safe.", encoding="utf-8")
    assert main(["check", str(draft), "--record-type", "shopping list"]) == 2
    assert "the types are letter, plan" in capsys.readouterr().err


def test_check_fails_on_the_types_own_severity(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(THIRD_PERSON, encoding="utf-8")
    assert main(["check", str(draft), "--record-type", "letter", "--profile", "fast"]) == 1
    assert main(["check", str(draft), "--record-type", "letter", "--profile", "fast",
                 "--fail-on", "error"]) == 0


@pytest.mark.parametrize("rule", type_checks(), ids=lambda rule: rule.rule_id)
def test_each_type_check_ships_examples_that_hold(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.examples.flag and rule.examples.no_flag
    users = [name for name, type_ in record_types().items() if rule.rule_id in type_.checks]
    assert users, f"no record type uses {rule.rule_id}"
    for text in rule.examples.flag:
        assert rule.rule_id in _judged(text, users[0]), text
    for text in rule.examples.no_flag:
        assert rule.rule_id not in _judged(text, users[0]), text
