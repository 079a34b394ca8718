"""The scores move the way practitioners mean: each mechanism raises or lowers a score for
the reason it gives, and no other (README, scores section)."""

from __future__ import annotations

import pytest

import sos_lang
from sos_lang.metrics import detail_metrics
from sos_lang.report import SentenceReport
from sos_lang.settings import thresholds


def _scores(text: str, profile: str = "fast") -> dict[str, float]:
    return sos_lang.analyse(text, profile=profile).scores


def _sentence(text: str, words: int, label: str | None = None) -> SentenceReport:
    return SentenceReport(start=0, end=len(text), text=text, words=words, syllables=words,
                          polysyllables=0, passive=False, label=label)


# plain: concrete detail is not length; padding still is
def test_detail_words_count_less_towards_sentence_length() -> None:
    detailed = _sentence("On 2 June at 4pm Priya and Omar saw Ryan at the Tesco car park.", 15)
    padded = _sentence("On the day in question at that time the workers saw the boy at the shop.",
                       15)
    weight = thresholds()["plain_score"]["detail_word_weight"]
    assert detail_metrics([detailed])["plain_sentence_words"] < 15
    assert detail_metrics([padded])["plain_sentence_words"] == 15
    assert detail_metrics([detailed])["plain_sentence_words"] >= 15 * weight


def test_plain_prefers_detail_to_padding_of_the_same_length() -> None:
    detailed = ("Mum told me that on Friday 7 March at 6pm Kieran, Lola and Ruby were at "
                "Nan's flat at 12 Park Road with Nan and Uncle Dev.")
    padded = ("Mum told me that on one of the days in the week in the evening the children "
              "were at a relative's flat somewhere nearby with some of the family.")
    assert _scores(detailed)["plain"] > _scores(padded)["plain"]


def test_a_long_sentence_costs_more_the_longer_it_is() -> None:
    lengths = [26, 32, 39]
    excess = [detail_metrics([_sentence("words " * n, n)])["long_sentence_excess"]
              for n in lengths]
    assert 0 < excess[0] < excess[1] < excess[2] <= 1
    assert detail_metrics([_sentence("words " * 20, 20)])["long_sentence_excess"] == 0


# evidence: a specific statement outscores a bare label
def test_a_specific_statement_scores_higher_evidence_than_a_bare_label() -> None:
    label = "Dad is irresponsible."
    specific = ("On 9 April Dad left Maisie, who is 3, alone in the flat for two hours, and "
                "the neighbour told me she found her crying at the window.")
    assert _scores(specific)["evidence"] > _scores(label)["evidence"] + 20


def test_specific_detail_does_not_depend_on_the_sentence_label() -> None:
    """A bare label is not evidence whatever the classifier calls it, and a specific
    sentence is, so a mislabelled sentence cannot hide a bare label."""
    for label in ("harm", "strength", "next_step", "other", None):
        bare = detail_metrics([_sentence("Tom is a quiet boy.", 5, label=label)])
        specific = detail_metrics([_sentence(
            "Tom, who is 6, told me on Monday that he has not made friends this term.", 15,
            label=label)])
        assert bare["specific_detail"] < 0.25 < 0.75 < specific["specific_detail"]


def test_specific_detail_is_full_for_no_sentences() -> None:
    assert detail_metrics([])["specific_detail"] == 1.0


def test_an_unowned_opinion_still_lowers_evidence() -> None:
    owned = "I am worried that Dad is irresponsible."
    unowned = "Dad is irresponsible."
    assert _scores(owned)["evidence"] >= _scores(unowned)["evidence"]


# overall: the rewrite a practitioner would make scores higher
@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("poor, improved", [
    ("Mum is neglectful.",
     "When I visited on 14 May at 11am, the baby had no clean clothes and her bottle had "
     "sour milk in it, and Mum told me she had run out of washing powder."),
    ("Dad is unpredictable.",
     "Dad shouted and threw the remote control at the TV on 2 and 5 May, and Kacey, who is "
     "7, told her teacher she hides in her room when he does that."),
])
def test_overall_ranks_a_specific_rewrite_above_a_short_label(poor: str, improved: str,
                                                               profile: str) -> None:
    before, after = _scores(poor, profile), _scores(improved, profile)
    assert after["overall"] > before["overall"]
    assert after["evidence"] > before["evidence"]


def test_scores_stay_between_0_and_100_with_heavy_detail() -> None:
    text = "On 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 May."
    assert all(0 <= value <= 100 for value in _scores(text).values())


# strengths: a goal names the good thing that will happen, not the bad thing that will stop
def test_a_goal_phrased_as_what_will_stop_scores_lower_strengths() -> None:
    from sos_lang.scoring import strengths_score

    base = {"strength_markers_per_100_words": 0.0, "worried_sentences": 0.0,
            "working_well_sentences": 0.0, "label_goal": 2.0}
    positive = strengths_score({**base, "stop_goal_sentences": 0.0})
    half = strengths_score({**base, "stop_goal_sentences": 1.0})
    stop = strengths_score({**base, "stop_goal_sentences": 2.0})
    assert positive > half > stop > 0
    no_goals = strengths_score({**base, "label_goal": 0.0, "stop_goal_sentences": 0.0})
    assert no_goals == positive


def test_stop_goals_are_counted_only_on_goal_sentences() -> None:
    from sos_lang.metrics import statement_counts

    goal = _sentence("Dad will not drink when he looks after Leo.", 9, label="goal")
    danger = _sentence("We are worried Dad will not wake up if Leo cries.", 10, label="danger")
    assert statement_counts([goal, danger])["stop_goal_sentences"] == 1.0
