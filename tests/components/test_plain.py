"""Plain-language checks: every declared check's examples, and the passive rules."""

from __future__ import annotations

import pytest

from sos_lang.analysis import analyse
from sos_lang.settings import plain_checks

CHECKS = plain_checks()


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c["rule_id"])
def test_check_has_examples(check) -> None:
    assert check["examples"]["flag"] and check["examples"]["no_flag"]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c["rule_id"])
def test_check_examples(check, profile) -> None:
    for sentence in check["examples"]["flag"]:
        rules = {f.rule_id for f in analyse(sentence, profile=profile).findings}
        assert check["rule_id"] in rules, sentence
    for sentence in check["examples"]["no_flag"]:
        rules = {f.rule_id for f in analyse(sentence, profile=profile).findings}
        assert check["rule_id"] not in rules, sentence


def test_passive_rule_skips_adverbs(fast_nlp) -> None:
    from sos_lang.components.plain import passive_by_rule

    doc = fast_nlp("Sam was quickly taken to hospital.")
    assert passive_by_rule(next(doc.sents))
    doc = fast_nlp("Sam was happy.")
    assert not passive_by_rule(next(doc.sents))
