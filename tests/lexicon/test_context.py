"""Context rules: what counts as a concrete detail after a vague word."""

from __future__ import annotations

import pytest

from sos_lang.lexicon.context import (
    _QUOTE_MARKS,
    _QUOTE_PATTERN,
    concrete_detail,
    detail_later_in_sentence,
    first_spelled_out,
    quoted_spans,
)
from sos_lang.settings import load_yaml

EXAMPLES = load_yaml("concrete_detail.yaml")["examples"]


@pytest.mark.parametrize("text", EXAMPLES["concrete"])
def test_concrete_examples(text: str) -> None:
    assert concrete_detail(text)


@pytest.mark.parametrize("text", EXAMPLES["not_concrete"])
def test_not_concrete_examples(text: str) -> None:
    assert not concrete_detail(text)


def test_both_kinds_of_example_are_given() -> None:
    assert EXAMPLES["concrete"] and EXAMPLES["not_concrete"]


@pytest.mark.parametrize(("text", "vague", "follows"), [
    ("Home conditions were poor: there was dog mess on the kitchen floor.", "poor", True),
    ("Poor home conditions (a leaking roof and no working cooker) were seen.", "conditions",
     True),
    ("The school has concerns, e.g. she has arrived without breakfast on 6 days.", "concerns",
     True),
    ("Concerns about Callum's attendance: the school will send a warning letter.", "Concerns",
     False),
    ("Issues identified: hygiene, routines and supervision.", "Issues", False),
    ("We have some concerns about home, and I would like to see you after school on Monday.",
     "concerns", False),
    ("Poor parenting and poor home conditions have been the pattern since 2021.", "conditions",
     False),
])
def test_a_detail_later_in_the_sentence(text: str, vague: str, follows: bool) -> None:
    """After an introducer (colon, bracket, e.g.) the rest must be concrete and not a plan."""
    end = text.index(vague) + len(vague)
    assert detail_later_in_sentence(text, end, len(text)) is follows


@pytest.mark.parametrize(("text", "expansion"), [
    ("Mum has an Independent Domestic Violence Adviser (IDVA).",
     "independent domestic violence advisor"),
    ("The Looked After Children (LAC) review met.", "looked after child"),
    ("The Organization Team (OT) met.", "organisation team"),
])
def test_an_expansion_is_found_in_other_spellings(text: str, expansion: str) -> None:
    assert first_spelled_out(text, expansion) < len(text)


def test_an_expansion_not_given_is_not_found() -> None:
    text = "The IDVA will call Mum."
    assert first_spelled_out(text, "independent domestic violence advisor") == len(text)


ENTRY = """vocabulary: deficit
entries:
  - id: local-chaotic
    subtype: label
    terms: [chaotic]
    alternatives: [say what happened]
    note: A label, not a behaviour.
    source: local practice guide
    examples: {flag: [The home was chaotic.], no_flag: [The home was busy.]}
"""


def _entry(tmp_path, extra: str = ""):
    from sos_lang.lexicon.loader import load_vocabulary_file

    path = tmp_path / "local.yaml"
    path.write_text(ENTRY + extra, encoding="utf-8")
    return load_vocabulary_file(path)[0]


def test_default_context_follows_the_entry_data(tmp_path) -> None:
    assert _entry(tmp_path).context == ("quoted", "negated", "about_a_thing")  # a label
    from sos_lang.lexicon.loader import default_lexicon

    acronym = next(e for e in default_lexicon().entries if e.subtype == "acronym")
    assert "spelled_out" in acronym.context and "quoted" in acronym.context


def test_an_entry_lists_its_context_predicates(tmp_path) -> None:
    """Without 'quoted', quoted speech is flagged too: the list is what runs."""
    from spacy.lang.en import English

    from sos_lang.components.lexicon import LexiconMatcher
    from sos_lang.lexicon.loader import Lexicon

    nlp = English()
    text = "Mum said: 'it was chaotic'."
    for extra, found in (("", 0), ("    context: [other_sense]\n", 1)):
        entry = _entry(tmp_path, extra)
        matcher = LexiconMatcher(nlp, Lexicon(entries=(entry,)))
        assert len(matcher.find(nlp(text))) == found, extra


def test_an_unknown_predicate_is_refused(tmp_path) -> None:
    from sos_lang.rules.model import RuleError

    with pytest.raises(RuleError, match=r"local-chaotic.*'context'.*unknown predicate"):
        _entry(tmp_path, "    context: [quoted, about_the_weather]\n")


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("text", "flagged"), [
    # A heading in capitals names a form or its section: not the writer's wording.
    ("PATHWAY PLAN REVIEW\nKai is at college three days a week.", False),
    ("CHILD'S VOICE (in her words)\nShe wants to see Gran on Sundays.", False),
    # The same words in running text, or a heading in title case, are flagged.
    ("Kai's pathway plan was updated in May.", True),
    ("Case: the family moved in March.", True),
])
def test_jargon_in_a_heading_in_capitals(text: str, flagged: bool, profile: str) -> None:
    from sos_lang.analysis import analyse

    found = [f for f in analyse(text, profile=profile).findings if f.subtype == "care_jargon"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(("text", "quoted"), [
    ('Mum said "I will ring" on Monday.', ['"I will ring"']),
    ("She said “no more” twice.", ["“no more”"]),
    ("He called it ‘the den’ and left.", ["‘the den’"]),
    ("Sam's words were 'go away' at the door.", ["'go away'"]),
    ("Sam's dad isn't home.", []),
    ("No quotation here at all.", []),
])
def test_quoted_spans(text: str, quoted: list[str]) -> None:
    assert [text[start:end] for start, end in quoted_spans(text)] == quoted


def test_every_quoted_stretch_opens_with_a_quote_mark() -> None:
    """quoted_spans scans only text holding one of _QUOTE_MARKS: each alternative of the
    pattern must begin (after its lookbehind) with one of them."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    (op, (_, branches)), = sre_parse.parse(_QUOTE_PATTERN.pattern).data
    assert op is sre.BRANCH
    for branch in branches:
        first = next((op, value) for op, value in branch if op is not sre.ASSERT_NOT)
        assert first[0] is sre.LITERAL and chr(first[1]) in _QUOTE_MARKS


def test_other_sense_answers_kept_per_window_are_excepted_s() -> None:
    """other_sense keeps its answer per window text, match place and exception patterns: a
    repeated sentence gets what excepted says of it, whichever record it is in."""
    from sos_lang.lexicon import context
    from sos_lang.rules.config import active_lexicon

    entry = next(e for e in active_lexicon(None).entries if e.exceptions)
    sentences = ["We rang the contact number for Mum.", "Contact with dad went well.",
                 "She refused a drink.", "Mum refused to engage."]
    for sentence in sentences:
        for text in (sentence, "A first line.\n\n" + sentence):
            ctx = context.MatchContext(text, lambda t=text: ([0], [len(t)]))
            lowered = text.lower()
            for word in lowered.replace(".", " ").split():
                start = lowered.find(word)
                end = start + len(word)
                expected = context.excepted(text, start, end, entry.exceptions)
                assert context.other_sense(ctx, entry, start, end) is expected
                assert context.other_sense(ctx, entry, start, end) is expected


def test_exceptions_that_keep_ignorecase_leave_the_others_on_lowered_text() -> None:
    """An entry's exceptions are asked first as one alternation; a pattern with a
    case-sensitive part keeps IGNORECASE, and alone in its own part, so the entry's other
    patterns still run on the lower-cased text. The first test says no exactly where no
    pattern matches, and excepted's answers are each pattern's own."""
    from sos_lang.lexicon import context

    patterns = (r"\brefus\w* (?:a |the )?(?:drink|cup of tea)\b",
                r"\b(?:baby|toddler)\s+(?-i:[A-Z])\w+\s+refus\w*",
                r"\bcontact (?:number|details)\b")
    parts = context._anywhere(patterns)
    assert len(parts) == 2
    assert parts[0].lowered_regex is not None and parts[1].lowered_regex is None
    assert context._anywhere(patterns[::2]) == (context.caseless(
        "|".join(f"(?:{pattern})" for pattern in patterns[::2])),)
    assert len(context._anywhere((r"(a)\1", r"(?-i:B)b"))) == 1  # group numbers kept
    for text in ("Sam REFUSED A DRINK at tea.", "The baby Noah refused his feed.",
                 "The baby noah refused his feed.", "Ring the Contact Number.",
                 "Mum refused to engage.", "Ünal refused the cup of tea."):
        lowered = text.lower()
        spans = [(m.start(), m.end()) for pattern in patterns
                 for m in context.caseless(pattern).finditer(text, lowered)]
        for word_start in range(len(text)):
            for word_end in (word_start + 1, word_start + 6):
                expected = any(start < word_end and word_start < end for start, end in spans)
                assert context.excepted(text, word_start, word_end, patterns) is expected
