"""Concrete detail in a sentence: the five features of a specific statement, and the words
of detail the plain score does not count in full as length."""

from __future__ import annotations

import pytest

from sos_lang.specificity import detail_words, feature_share, features


@pytest.mark.parametrize("text, expected", [
    ("On Sunday night Gran saw Dad slap Tyler, who is 6, and Tyler had a bruise on his face "
     "the next morning.", {"who", "behaviour", "when", "whose_view", "impact_on_child"}),
    ("Harley told her teacher that she is scared when Mum's boyfriend shouts at night.",
     {"who", "behaviour", "when", "whose_view", "impact_on_child"}),
])
def test_a_specific_statement_has_every_feature(text: str, expected: set[str]) -> None:
    assert features(text) == expected
    assert feature_share(text) == 1.0


@pytest.mark.parametrize("label", [
    "Neglectful parenting.", "The situation is unsafe.", "Substance misuse.",
])
def test_a_bare_label_has_at_most_one_feature(label: str) -> None:
    assert len(features(label)) <= 1


def test_each_feature_is_seen_alone() -> None:
    assert "when" in features("It happened on 4 February.")
    assert "when" not in features("It happened.")
    assert "whose_view" in features("The nurse reported it.")
    assert "whose_view" not in features("It is the case.")
    assert "impact_on_child" in features("The baby was hungry.")
    assert "impact_on_child" not in features("The baby was there.")


@pytest.mark.parametrize("text, count", [
    ("Officers came at 11pm on 3 June.", 3),           # 11pm, 3 June
    ("Dad said 'not again' and left.", 2),              # the quoted words
    ("I met Priya and her uncle Tomasz at the café.", 2),  # two names mid-sentence
    ("Three times last week the baby was left alone.", 4),  # a count of times, last week
])
def test_detail_words_are_dates_times_names_numbers_and_quotes(text: str, count: int) -> None:
    assert detail_words(text) == count


@pytest.mark.parametrize("text", [
    "Families find the waiting very hard.",   # the first word is not a name
    "We talked about school and about home.",
])
def test_ordinary_words_are_not_details(text: str) -> None:
    assert detail_words(text) == 0


def test_goal_phrasing_examples() -> None:
    """Every example of data/goal_phrasing.yaml: a goal phrased as what will stop, or not."""
    from sos_lang.settings import load_yaml
    from sos_lang.specificity import stop_goal

    examples = load_yaml("goal_phrasing.yaml")["examples"]
    assert all(stop_goal(text) for text in examples["stop"])
    assert not any(stop_goal(text) for text in examples["not_stop"])


def test_stop_goal_reads_a_sentence_text_and_any_case() -> None:
    """stop_goal is kept per SentenceText (records repeat their goals) and, run on the
    lower-cased text, answers as the pattern with IGNORECASE does."""
    from sos_lang.rules.model import SentenceText
    from sos_lang.specificity import stop_goal

    for text, stops in (("Dad WILL NOT shout at Sam.", True), ("Dad Won't drink.", True),
                        ("Dad will talk calmly to Sam.", False),
                        ("Zoë will no longer hide.", True)):
        sentence = SentenceText(text)
        assert stop_goal(sentence) is stops and stop_goal(text) is stops
        assert stop_goal(sentence) is stops  # the kept answer


def test_pattern_groups_decide_as_their_regexes_with_ignorecase() -> None:
    """Each group reads its patterns as the structure checks do (case-insensitive ones on
    the lower-cased text, in one pass): the same decisions as the patterns compiled alone."""
    import re

    from sos_lang.demo import generate_records
    from sos_lang.rules.model import SentenceText
    from sos_lang.settings import load_yaml
    from sos_lang.specificity import _groups

    groups = load_yaml("structure_checks.yaml")["patterns"]
    sentences = [sentence for record in generate_records(40, 9)
                 for sentence in re.split(r"(?<=[.!?])\s+|\n+", record["text"]) if sentence]
    sentences += ["İstanbul: MUM SAID the GP was WORRIED on Monday", "ſo we met"]
    decided = set()
    for name, patterns in groups.items():
        compiled = [re.compile(pattern) for pattern in patterns]
        for sentence in sentences:
            expected = any(pattern.search(sentence) for pattern in compiled)
            assert _groups()[name](SentenceText(sentence)) == expected, (name, sentence)
            decided.add(expected)
    assert decided == {True, False}


def test_detail_words_counts_the_words_that_start_inside_a_detail() -> None:
    """The count is the number of words (runs of word characters, apostrophes and hyphens)
    whose first character lies inside a detail, a quotation or a name, as a walk over the
    words finds it."""
    import re

    from sos_lang.demo import generate_records
    from sos_lang.lexicon.context import detail_spans, quoted_spans
    from sos_lang.settings import thresholds

    name = re.compile(thresholds()["plain_score"]["name_pattern"])
    sentences = [sentence for record in generate_records(30, 5)
                 for sentence in re.split(r"(?<=[.!?])\s+|\n+", record["text"]) if sentence]
    sentences += ["On 3/4 at 10.30am Mum's 'so-called' friend Jo-Ann came—twice", "x-ray 12"]
    counted = 0
    for sentence in sentences:
        spans = [*detail_spans(sentence), *quoted_spans(sentence),
                 *(match.span() for match in name.finditer(sentence))]
        expected = sum(any(start <= word.start() < end for start, end in spans)
                       for word in re.finditer(r"[\w'’-]+", sentence))
        assert detail_words(sentence) == expected, sentence
        counted += expected
    assert counted
