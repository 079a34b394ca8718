"""Negation and absence (issue 14 part 2): a label, compliance, blame or doubt word inside a
negation that reports good behaviour is not flagged; a negation with the wrong scope or one
that still labels is. The same cases in both profiles (the parse and the clause rules)."""

from __future__ import annotations

import pytest

from sos_lang.pipeline import build_pipeline
from tests.lexicon.mechanism_examples import deficit_candidates, example_tests

MUST_FLAG = [
    ("Dad did not attend and was hostile.", "hostile"),
    ("Dad was not only aggressive but also threatening.", "aggressive"),
    ("Mum is not violent but she is aggressive.", "aggressive"),
    ("Mum did not say why, because she refused the visit.", "refused"),
    ("He did not come to the meeting; he refused to engage.", "refused to engage"),
    ("There is no doubt that Dad was aggressive.", "aggressive"),
    ("Dad did not comply with the plan.", "did not comply"),  # the negation is the term
    ("Mum refused the visit and did not answer the door.", "refused"),
    ("Mum was aggressive.", "aggressive"),
    # An exceptive cancels the negation: said of the person after all.
    ("Her partner has never been anything other than hostile to staff.", "hostile"),
    # A good quality or cooperation denied is the judgement (not_negated entries).
    ("Mr Cole is not a fit parent.", "fit parent"),
    ("Leah never engages with the youth worker.", "engages"),
    # "nothing" ends at a new clause.
    ("Mum did nothing while Sam cried, and Dad was aggressive.", "aggressive"),
    # A negative inversion negates its first clause only.
    ("At no time was Mum rude, but her partner was aggressive.", "aggressive"),
    # Cooperation denied by a prefix written into the word still flags.
    ("The birth mother has been non-engaging with the support service.", "engaging"),
]

MUST_NOT_FLAG = [
    "Dad has never been aggressive with the children.",
    "Mum has not once refused a test since March.",
    "Dad did not refuse the visit on Tuesday.",
    "Dad didn't refuse the visit on Tuesday.",
    "Mr Ali stayed calm and was not hostile at any point.",
    "Mum was calm and not aggressive.",
    "At no point was Mum hostile to the staff.",
    "Dad no longer refuses visits from the team.",
    "Sam has never refused to see his social worker.",
    "Dad has never failed to collect the boys.",
    "Mum did not deny leaving the children with Gran.",
    "There was no aggressive behaviour during the visit.",
    "Dad left without refusing the plan.",
    "Mum has never been hostile or aggressive to staff.",
    # neither ... nor, on the subject or on the words themselves.
    "Neither Mum nor Dad has been aggressive to the nursery staff.",
    "Mr Khan is neither hostile nor dismissive when we talk.",
    # A negative quantifier as the object: the absence of the act.
    "Mum has had six drug tests and has refused none.",
    # A negative subject: none of them, nothing.
    "None of the nursery staff have found Dad aggressive.",
    "Nothing in the GP letters suggests Mum is hostile.",
    # A negative inversion, whatever the parse makes of the inverted order.
    "At no point was Ms Obi hostile; she offered us tea.",
    "Not once did Dad refuse a test this year.",
    # A hyphen inside a word ("No-one") is neither a clause break nor a word of the window,
    # and "as" before the term opens its complement, not a clause.
    "No-one at the school described Kian as aggressive; his tutor said he is calm.",
    # A negation written into the word as a prefix reports good behaviour.
    "Dad was non-aggressive and calm at the door.",
]


test_must_flag, test_must_not_flag = example_tests(MUST_FLAG, MUST_NOT_FLAG)


@pytest.mark.parametrize(("text", "inverted"), [
    ("At no point was Ms Obi hostile; she offered us tea.", True),
    ("Never once has Dad refused a visit.", True),
    ("Mum was not hostile.", False),
    ("Mum did not attend and was hostile.", False),
])
def test_negative_inversion(text: str, inverted: bool) -> None:
    from sos_lang.lexicon import negation

    doc = build_pipeline("fast")(text)
    spans = [doc.char_span(m.start, m.end) for m in deficit_candidates(doc)]
    assert spans and negation.negative_inversion(spans[-1]) is inverted


@pytest.mark.parametrize("text", [text for text, _ in MUST_FLAG] + MUST_NOT_FLAG)
def test_parse_and_clause_rules_agree_on_the_examples(text: str) -> None:
    """Both ways of answering, on the same parsed Doc, for every deficit term."""
    from sos_lang.lexicon import negation

    doc = build_pipeline("accurate")(text)
    spans = [doc.char_span(m.start, m.end) for m in deficit_candidates(doc)]
    assert spans, "the example must hold a deficit term"
    for span in spans:
        assert negation.negated_by_parse(span) == negation.negated_by_clause(span), span.text


@pytest.mark.parametrize("text", [
    "mum has never refused", "no one came", "nobody", "mum didn't", "not", "nor did dad",
    "a notice", "the nothingness", "snot", "knot and nonce", "without", "withouts", "neither",
    "don't", "on", "", "no-one", "did not.", "never\nrefused", "año no", "ñot",
])
def test_any_cue_finds_what_a_boundary_around_each_cue_finds(text: str) -> None:
    """any_cue (one pair of boundaries around all the words) finds a cue exactly where the
    alternation with a boundary around each word does, at the same place."""
    import re

    from sos_lang.lexicon.negation import negation_rules

    cues = sorted(negation_rules().cues)
    each = re.compile("|".join(rf"\b{re.escape(cue)}\b" if cue.isalpha() else re.escape(cue)
                               for cue in cues))
    found = negation_rules().any_cue.search(text)
    expected = each.search(text)
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert found.start() == expected.start()
