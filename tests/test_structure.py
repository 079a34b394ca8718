"""Structure checks: every declared check's examples fire or stay quiet as declared."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse
from sos_lang.structure import record_checks, sentence_checks

CHECKS = sentence_checks() + record_checks()


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c["rule_id"])
def test_check_has_both_kinds_of_example(check) -> None:
    assert check["examples"]["flag"] and check["examples"]["no_flag"]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c["rule_id"])
def test_check_examples(check) -> None:
    for text in check["examples"]["flag"]:
        assert check["rule_id"] in {f.rule_id for f in analyse(text).findings}, text
    for text in check["examples"]["no_flag"]:
        assert check["rule_id"] not in {f.rule_id for f in analyse(text).findings}, text


def test_record_findings_have_empty_span() -> None:
    report = analyse("On 2 March Dad hit Sam and Sam told his teacher.")
    plan = [f for f in report.findings if f.rule_id == "structure.worries-without-plan"]
    assert plan and plan[0].start == plan[0].end == 0 and plan[0].text == ""
