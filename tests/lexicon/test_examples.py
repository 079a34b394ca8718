"""Every lexicon entry's examples: flag sentences must flag, no_flag sentences must not."""

from __future__ import annotations

import pytest

from sos_lang.lexicon.loader import default_lexicon
from sos_lang.lexicon.schema import Entry

ENTRIES = default_lexicon().entries


def _rule_ids(nlp, sentence: str) -> set[str]:
    return {match.entry.rule_id for match in nlp(sentence)._.sos_matches}


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.vocabulary}-{e.id}")
def test_entry_has_both_kinds_of_example(entry: Entry) -> None:
    assert entry.examples.flag, f"{entry.rule_id} has no flag example"
    assert entry.examples.no_flag, f"{entry.rule_id} has no no_flag example"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.vocabulary}-{e.id}")
def test_flag_examples_flag(fast_nlp, entry: Entry) -> None:
    missed = [s for s in entry.examples.flag if entry.rule_id not in _rule_ids(fast_nlp, s)]
    assert not missed, f"{entry.rule_id} did not flag: {missed}"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.vocabulary}-{e.id}")
def test_no_flag_examples_do_not_flag(fast_nlp, entry: Entry) -> None:
    wrong = [s for s in entry.examples.no_flag if entry.rule_id in _rule_ids(fast_nlp, s)]
    assert not wrong, f"{entry.rule_id} flagged: {wrong}"
