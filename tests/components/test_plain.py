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


@pytest.mark.parametrize(("sentence", "passive"), [
    ("Sam was quickly taken to hospital.", True),
    ("Sam wasn't seen by the GP.", True),
    ("The children were not fed on Sunday.", True),
    ("Sam was happy.", False),
    ("Mum has kept every appointment.", False),
])
def test_passive_rule(sentence: str, passive: bool) -> None:
    from sos_lang.components.plain import passive_by_rule

    assert passive_by_rule(sentence) is passive


def test_sentence_bounds_skip_whitespace(fast_nlp) -> None:
    text = "\n\n  Mum came.   \n\nDad left.\n"
    facts = fast_nlp(text)._.sos_sentences
    assert [text[f.start:f.end] for f in facts] == ["Mum came.", "Dad left."]
