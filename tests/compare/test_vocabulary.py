"""The comparison vocabulary's must-flag and must-not-flag examples (data/compare.yaml)
for the entries that are patterns rather than word lists."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from sos_lang.compare.vocabulary import vocabulary

DATA: dict[str, Any] = yaml.safe_load(
    resources.files("sos_lang.data").joinpath("compare.yaml").read_text("utf-8"))


@pytest.mark.parametrize("text", DATA["reported_speech"]["must_flag"])
def test_a_reported_account_is_found(text: str) -> None:
    assert vocabulary().reported.search(text)


@pytest.mark.parametrize("text", DATA["reported_speech"]["must_not_flag"])
def test_the_speakers_own_words_are_not_a_reported_account(text: str) -> None:
    assert not vocabulary().reported.search(text)


def _label(line: str) -> str:
    return line.split(":", 1)[0]


@pytest.mark.parametrize("line", DATA["professional_speakers"]["must_flag"])
def test_a_family_members_turn_is_not_a_professionals(line: str) -> None:
    assert not vocabulary().professional.search(_label(line))


@pytest.mark.parametrize("line", DATA["professional_speakers"]["must_not_flag"])
def test_a_professionals_turn_is_found(line: str) -> None:
    assert vocabulary().professional.search(_label(line))


@pytest.mark.parametrize("line", DATA["meeting_staff_speakers"]["must_flag"])
def test_another_speakers_turn_is_not_the_meeting_staffs(line: str) -> None:
    assert not vocabulary().meeting_staff.search(_label(line))


@pytest.mark.parametrize("line", DATA["meeting_staff_speakers"]["must_not_flag"])
def test_the_meeting_staffs_turn_is_found(line: str) -> None:
    assert vocabulary().meeting_staff.search(_label(line))


@pytest.mark.parametrize("text", DATA["family_role_speakers"]["must_flag"])
def test_a_first_name_among_role_labels_is_a_child(text: str) -> None:
    from sos_lang.compare.sources import bare_named_children

    assert bare_named_children(text)


@pytest.mark.parametrize("text", DATA["family_role_speakers"]["must_not_flag"])
def test_a_family_role_label_is_not_a_childs_name(text: str) -> None:
    from sos_lang.compare.sources import bare_named_children

    assert not bare_named_children(text)


@pytest.mark.parametrize("text", DATA["clause_once"]["must_flag"])
def test_once_as_a_number_is_a_number(text: str) -> None:
    from sos_lang.compare.text import number_values

    assert 1.0 in number_values(text)


@pytest.mark.parametrize("text", DATA["clause_once"]["must_not_flag"])
def test_once_as_a_conjunction_is_not_a_number(text: str) -> None:
    from sos_lang.compare.text import number_values

    assert 1.0 not in number_values(text)


@pytest.mark.parametrize("text", DATA["child_key_words"]["must_flag"])
def test_a_childs_key_utterance_has_a_key_word(text: str) -> None:
    from sos_lang.compare.text import words

    assert {w.stem for w in words(text)} & vocabulary().child_key


@pytest.mark.parametrize("text", DATA["child_key_words"]["must_not_flag"])
def test_small_talk_has_no_key_word(text: str) -> None:
    from sos_lang.compare.text import words

    assert not {w.stem for w in words(text)} & vocabulary().child_key


def _pair(example: str) -> tuple[str, str]:
    """'Draft (source: source text).' -> (draft, source)."""
    draft, source = example.split(" (source: ", 1)
    return draft.strip() + ".", source.rstrip(").").strip() + "."


def _invented_findings(example: str) -> list[str]:
    """The messages of the invented-specific findings on the example's draft."""
    from sos_lang import compare

    draft, source = _pair(example)
    return [f.message for f in compare(draft, [source]).findings
            if f.subtype == "invented_specific"]


@pytest.mark.parametrize("example", DATA["quantities"]["must_flag"])
def test_a_changed_frequency_or_duration_is_invented(example: str) -> None:
    assert any("source gives another" in m for m in _invented_findings(example))


@pytest.mark.parametrize("example", DATA["quantities"]["must_not_flag"])
def test_a_frequency_or_duration_as_the_source_gives_it_stands(example: str) -> None:
    assert not _invented_findings(example)


@pytest.mark.parametrize("example", DATA["weekdays"]["must_flag"])
def test_a_weekday_no_source_names_is_invented(example: str) -> None:
    assert _invented_findings(example)


@pytest.mark.parametrize("example", DATA["weekdays"]["must_not_flag"])
def test_a_weekday_a_source_names_in_any_form_stands(example: str) -> None:
    assert not _invented_findings(example)


@pytest.mark.parametrize("text", DATA["not_statements"]["must_flag"])
def test_a_statement_is_a_statement(text: str) -> None:
    from sos_lang.compare.vocabulary import not_a_statement

    assert not not_a_statement(text)


@pytest.mark.parametrize("text", DATA["not_statements"]["must_not_flag"])
def test_a_reply_or_a_broken_off_turn_is_no_statement(text: str) -> None:
    from sos_lang.compare.vocabulary import not_a_statement

    assert not_a_statement(text)


@pytest.mark.parametrize("text", DATA["pronoun_one"]["must_flag"])
def test_one_as_a_number_is_a_number(text: str) -> None:
    from sos_lang.compare.text import number_values

    assert 1.0 in number_values(text)


@pytest.mark.parametrize("text", DATA["pronoun_one"]["must_not_flag"])
def test_one_as_a_pronoun_is_not_a_number(text: str) -> None:
    from sos_lang.compare.text import number_values

    assert 1.0 not in number_values(text)


def _attribution_findings(example: str) -> list[str]:
    """The messages of the attribution-lost findings on the example's draft."""
    from sos_lang import compare

    draft, source = _pair(example)
    return [f.message for f in compare(draft, [source]).findings
            if f.subtype == "attribution_lost"]


@pytest.mark.parametrize("example", DATA["hedges"]["must_flag"])
def test_a_guess_stated_as_fact_loses_its_attribution(example: str) -> None:
    assert _attribution_findings(example)


@pytest.mark.parametrize("example", DATA["hedges"]["must_not_flag"])
def test_a_guess_kept_as_a_guess_or_a_question_or_a_plan_stands(example: str) -> None:
    assert not _attribution_findings(example)


def _wording_findings(example: str) -> list[str]:
    """The texts of the wording-introduced findings on the example's draft."""
    from sos_lang import compare

    draft, source = _pair(example)
    return [f.text for f in compare(draft, [source]).findings
            if f.subtype == "wording_introduced"]


@pytest.mark.parametrize("example", DATA["judgement_words"]["must_flag"])
def test_a_judgement_no_source_holds_is_introduced(example: str) -> None:
    assert _wording_findings(example)


@pytest.mark.parametrize("example", DATA["judgement_words"]["must_not_flag"])
def test_a_judgement_the_source_holds_or_a_negated_one_stands(example: str) -> None:
    assert not _wording_findings(example)


@pytest.mark.parametrize("text", DATA["age_qualifiers"]["must_flag"])
def test_a_qualified_age_in_brackets_names_a_child(text: str) -> None:
    from sos_lang.compare.sources import child_names

    assert child_names(text)


@pytest.mark.parametrize("text", DATA["age_qualifiers"]["must_not_flag"])
def test_an_adults_age_or_a_bracket_without_a_name_names_no_child(text: str) -> None:
    from sos_lang.compare.sources import child_names

    assert not child_names(text)


@pytest.mark.parametrize("example", DATA["clock_times"]["must_flag"])
def test_a_time_of_day_the_source_gives_otherwise_is_invented(example: str) -> None:
    assert any("no such time" in m for m in _invented_findings(example))


@pytest.mark.parametrize("example", DATA["clock_times"]["must_not_flag"])
def test_a_time_of_day_as_the_source_says_it_stands(example: str) -> None:
    assert not _invented_findings(example)


@pytest.mark.parametrize("example", DATA["firmed_hedges"]["must_flag"])
def test_a_hedge_made_a_firm_agreement_is_invented(example: str) -> None:
    assert any("only hedged" in m for m in _invented_findings(example))


@pytest.mark.parametrize("example", DATA["firmed_hedges"]["must_not_flag"])
def test_an_agreement_the_source_gives_or_a_hedge_kept_stands(example: str) -> None:
    assert not any("only hedged" in m for m in _invented_findings(example))


def _unsupported_findings(example: str) -> list[str]:
    """The messages of the unsupported findings on the example's draft."""
    from sos_lang import compare

    draft, source = _pair(example)
    return [f.message for f in compare(draft, [source]).findings if f.subtype == "unsupported"]


@pytest.mark.parametrize("example", DATA["polarity"]["must_flag"])
def test_a_retelling_turned_round_is_unsupported(example: str) -> None:
    assert any("the draft says the opposite" in m for m in _unsupported_findings(example))


@pytest.mark.parametrize("example", DATA["polarity"]["must_not_flag"])
def test_a_retelling_with_the_sources_polarity_stands(example: str) -> None:
    assert not any("the draft says the opposite" in m for m in _unsupported_findings(example))


@pytest.mark.parametrize("example", DATA["counted_nouns"]["must_flag"])
def test_one_thing_made_several_is_invented(example: str) -> None:
    assert any("the source counts one" in m for m in _invented_findings(example))


@pytest.mark.parametrize("example", DATA["counted_nouns"]["must_not_flag"])
def test_several_things_the_source_counts_as_more_stand(example: str) -> None:
    assert not any("the source counts one" in m for m in _invented_findings(example))


@pytest.mark.parametrize("example", [e for e in DATA["paraphrases"]["must_not_flag"]
                                     if e.endswith(".)")])
def test_a_retelling_in_other_everyday_words_is_carried_and_supported(example: str) -> None:
    """A turn retold with the group's other word ('settee' as 'sofa', 'ex' as
    'ex-partner') is neither left out nor unsupported."""
    from sos_lang import compare

    draft, source = example.split(" (source: ", 1)
    found = compare(draft.strip(), [("transcript", source.removesuffix(")").strip())]).findings
    assert not [f for f in found if f.subtype in ("left_out", "unsupported")]


@pytest.mark.parametrize("example", DATA["done_from_plan"]["must_flag"])
def test_a_plan_retold_as_done_is_unsupported(example: str) -> None:
    assert any("still to come" in m for m in _unsupported_findings(example))


@pytest.mark.parametrize("example", DATA["done_from_plan"]["must_not_flag"])
def test_a_plan_retold_as_a_plan_or_a_done_action_stands(example: str) -> None:
    assert not any("still to come" in m for m in _unsupported_findings(example))
