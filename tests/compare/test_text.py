"""Normalised numbers, dates and times: the same specific written two ways matches."""

from __future__ import annotations

import pytest

from sos_lang.compare.text import concepts, number_values, words


@pytest.mark.parametrize(("draft", "source"), [
    ("3rd March", "3/3"),
    ("half two", "2.30pm"),
    ("4.10pm", "Arr 16:10"),
    ("three times", "3 times"),
    ("ninety-two percent", "92%"),
    ("four hundred pounds", "£400"),
    ("twice a week", "2 x week"),
])
def test_the_same_specific_written_two_ways_shares_a_value(draft: str, source: str) -> None:
    assert number_values(draft) & number_values(source)


@pytest.mark.parametrize(("spelled", "value"), [
    ("three hundred and sixty quid", 360.0), ("a hundred and five days", 105.0),
    ("two hundred and twenty-two miles", 222.0), ("nine hundred and twelve", 912.0),
])
def test_hundreds_and_what_follows_are_one_number(spelled: str, value: float) -> None:
    """'three hundred and sixty' is 360, as '£360' in a draft gives it, and neither 300
    nor 60 alone (a draft that said '60' would be a changed amount)."""
    values = number_values(spelled)
    assert value in values
    assert value - 100 * (value // 100) not in values


def test_a_different_number_shares_no_value() -> None:
    assert not number_values("eleven times") & number_values("seven times")


def test_a_lower_case_modal_is_not_a_month() -> None:
    assert number_values("she may come") == set()
    assert number_values("in May") == {5.0}


def test_paraphrase_groups_join_synonyms() -> None:
    assert concepts({"mum"}) & concepts({"mother"})
    assert not concepts({"mum"}) & concepts({"dad"})


def test_stop_words_are_not_content() -> None:
    assert [w.text for w in words("She was at the shop") if w.content] == ["shop"]


def test_counts_know_what_they_count() -> None:
    from sos_lang.compare.text import counted_things, counts_in

    source = counted_things("About four kilos since the summer. Core group - Amy (13).")
    assert source == {"kilo": {4.0}, "age:amy": {13.0}}
    assert counts_in("She has lost six kilos") == [("kilo", {6.0})]
    assert counts_in("He visits twice a week and for 3 weeks") == []


def test_ordinal_words_and_time_phrases_are_read_once() -> None:
    from sos_lang.compare.text import number_values

    assert number_values("the twenty-eighth of March") == {28.0, 3.0}
    assert number_values("the fiftieth centile") == {50.0}
    assert 0.5 not in number_values("nearer half eleven")


def test_ages_in_the_draft_and_the_source() -> None:
    from sos_lang.compare.text import draft_ages, source_ages

    assert [age for *_, age in draft_ages("Mason, aged 18 months, and a 16-year-old boy")] \
        == [(18.0, "month"), (16.0, "year")]
    assert source_ages("There's Mason, he's two. Child (Leo, 11). Baby Archie (3 wks). "
                       "Mum (Bethany): Ten weeks Friday.") \
        == {(2.0, "year"), (11.0, "year"), (3.0, "week"), (10.0, "week")}


def test_a_number_word_joined_to_what_it_counts_is_a_number() -> None:
    from sos_lang.compare.text import number_spans

    assert number_spans("a five-day exclusion") == [(2, 6, {5.0})]


def test_a_count_past_of_counts_the_thing() -> None:
    from sos_lang.compare.text import counts_in

    assert counts_in("a couple of chest infections") == [("chest", {2.0})]


@pytest.mark.parametrize(("source", "draft"), [
    ("Kerry (mum): Eleven days. He was born on the Tuesday.", "Alfie, who is eleven days old"),
    ("his stepson at the time, who was four. He served a sentence.", "his four-year-old stepson"),
    ("Ella's four, how is she?", "Ella, who is four, has become clingy"),
    ("Baby Noor, 12 days. Born at 38 weeks.", "Noor is 12 days old"),
])
def test_an_age_given_in_another_form_is_the_same_age(source: str, draft: str) -> None:
    from sos_lang.compare.text import draft_ages, source_ages

    assert {age for _, _, age in draft_ages(draft)} <= source_ages(source)


@pytest.mark.parametrize(("text", "expected"), [
    ("She has done it three times before.", [("three times", "times", {3.0})]),
    ("He had a five-day exclusion.", [("five-day", "day", {5.0})]),
    ("for a couple of weeks", [("couple of weeks", "week", None)]),
    ("seen every fortnight", [("fortnight", "week", {2.0})]),
    ("Ava (10 mo)", [("10 mo", "month", {10.0, 22.0})]),
    ("college three days out of four", [("three days", "day", {3.0}), ("four", "day", {4.0})]),
    ("Born 38+4 wks", [("38+4 wks", "week", {38.0}), ("38+4 wks", "day", {4.0})]),
    ("a 13-year-old boy, ten years old", []),
    ("the third time, the second week", []),
    ("once he has met people", []),
])
def test_frequencies_and_durations_are_read_with_their_unit(
        text: str, expected: list[tuple[str, str, set[float] | None]]) -> None:
    from sos_lang.compare.text import quantities

    got = [(text[q.start:q.end], q.unit, None if q.values is None else set(q.values))
           for q in quantities(text)]
    assert got == expected


def test_a_count_of_days_is_a_count_of_occasions() -> None:
    from sos_lang.compare.text import quantities, quantity_given

    days = quantities("on two days")[0]
    assert quantity_given(days, quantities("twice last week"))
    assert not quantity_given(days, quantities("three times last week"))


@pytest.mark.parametrize(("draft", "source", "given"), [
    ("several times before", "He's done this once before, in May.", False),
    ("on several occasions", "she turned up twice", False),
    ("was sick several times", "vomited x1", False),
    ("several times before", "it has happened three or four times", True),
    ("several times before", "police were called several times", True),
])
def test_several_allows_no_fewer_than_three(draft: str, source: str, given: bool) -> None:
    """'Several times' for the source's 'once' (or a note's 'x1') makes a pattern of one
    event; 'several' for 'three or four' does not. 'A few times' allows any count, so it
    is no frequency to check."""
    from sos_lang.compare.text import quantities, quantity_given

    [quantity] = [q for q in quantities(draft) if q.frequency]
    assert quantity_given(quantity, [q for q in quantities(source) if q.frequency]) == given
    assert not [q for q in quantities("a few times before") if q.frequency]


@pytest.mark.parametrize(("text", "source", "times"), [
    ("arrived 23:30", False, [(11, 30)]),
    ("I get up at half six, she's seven.", True, [(6, 30)]),
    ("quarter to seven", False, [(6, 45)]),
    ("eight fifteen in the morning", False, [(8, 15)]),
    ("Curfew's ten. Two rolls and 3 apples.", True, [(10, 0)]),
    ("Would Tuesday at four suit?", True, [(4, 0)]),
    ("Bev is one of our midday supervisors; it cost £6.45.", True, []),
    ("She came in after midnight twice.", False, [(0, 0)]),
])
def test_clock_times(text: str, source: bool, times: list[tuple[int, int]]) -> None:
    from sos_lang.compare.text import clock_times

    assert [t for *_, t in clock_times(text, source)] == times


def test_a_count_stands_from_its_number_to_what_it_counts() -> None:
    """The changed number is what a reader must see: '12 tablets', not 'tablets'."""
    from sos_lang.compare.text import counts_at

    text = "He took 12 tablets; Amir (9) was at home."
    assert [(text[s:e], key) for s, e, key, _ in counts_at(text)] == [
        ("12 tablets", "tablet"), ("Amir (9)", "age:amir")]


def test_a_number_before_a_month_is_a_date_not_a_count() -> None:
    from sos_lang.compare.text import counts_at

    assert counts_at("The review is on 14 June.") == []


def test_a_date_read_whole_counts_nothing_after_it() -> None:
    """'On 19 August police went ...': a month is read as a number of its own ('August'
    is 8), so the word after a date is no thing counted (a faithful draft's '19 August police'
    against the source's '19/08 ... police' was a changed count); a count stays one."""
    from sos_lang.compare.text import counts_at

    assert counts_at("At 9.40pm on 19 August police went to the house.") == []
    assert counts_at("On the nineteenth of August officers attended.") == []
    text = "On 19 August 3 officers attended."
    assert [text[s:e] for s, e, _, _ in counts_at(text)] == ["3 officers"]


def test_a_changed_count_is_flagged_on_its_number() -> None:
    from sos_lang import compare

    report = compare("The pharmacist said he collected 12 tablets on Monday.",
                     ["Pharmacist: he collected 6 tablets on Monday."])
    spans = [f.text for f in report.findings if f.subtype == "invented_specific"]
    assert any(span.startswith("12") for span in spans)


def test_a_clinicians_fraction_of_the_year_is_weeks() -> None:
    """'2/52' is two weeks in health notes; a reference or a date with /52 in it is not."""
    from sos_lang.compare.text import quantities

    found = quantities("Physio for 2/52 after the fall. Ref 14/52207/21, seen 3/5/22.")
    assert [(q.unit, q.values) for q in found] == [("week", frozenset({2.0}))]
