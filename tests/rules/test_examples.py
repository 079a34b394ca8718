"""Every rule of every scope ships examples: each flag example must fire the rule, each
no_flag example must not. One test for term, sentence and record rules."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse
from sos_lang.rules.config import default_rules
from sos_lang.rules.model import Rule

RULES = default_rules().rules
PROFILES = {"deficit": ("fast",), "jargon": ("fast",), "strengths": ("fast",),
            "plain": ("fast", "accurate"), "structure": ("accurate",)}
"""Profiles each kind's examples run in: the wording rules do not depend on the parser
(checked in the fast profile, which audits use), plain checks in both, structure checks in
the accurate profile whose sentences they were written against."""


def _fired(text: str, profile: str) -> set[str]:
    report = analyse(text, profile=profile)
    return ({f.rule_id for f in report.findings}
            | {h.rule_id for h in report.highlights})


def _cases() -> list[tuple[Rule, str]]:
    return [(rule, profile) for rule in RULES for profile in PROFILES[rule.kind]]


def test_every_kind_and_scope_is_covered() -> None:
    assert {rule.kind for rule in RULES} == set(PROFILES)
    assert {rule.scope for rule in RULES} == {"term", "sentence", "record"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.rule_id)
def test_rule_has_both_kinds_of_example(rule: Rule) -> None:
    assert rule.examples.flag, f"{rule.rule_id} has no flag example"
    assert rule.examples.no_flag, f"{rule.rule_id} has no no_flag example"


@pytest.mark.parametrize(("rule", "profile"), _cases(),
                         ids=lambda v: v.rule_id if isinstance(v, Rule) else v)
def test_examples(rule: Rule, profile: str) -> None:
    missed = [t for t in rule.examples.flag if rule.rule_id not in _fired(t, profile)]
    assert not missed, f"{rule.rule_id} did not fire on: {missed}"
    wrong = [t for t in rule.examples.no_flag if rule.rule_id in _fired(t, profile)]
    assert not wrong, f"{rule.rule_id} fired on: {wrong}"
