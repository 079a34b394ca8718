"""compare(): each kind of finding on a small made-up pair, and clear errors."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from sos_lang import compare
from sos_lang.compare.core import check_inputs
from sos_lang.inputs import InputError

SOURCE = """SW: Thanks for seeing me, Carla. How are things since the last visit?
Mum (Carla): Better. Jayden has been going to nursery every day and he loves it.
SW: That's good to hear. Anything worrying you?
Mum (Carla): His dad turned up drunk on Sunday and shouted at the door. I didn't let him in.
Child (Mia, 9): I hid under my bed when Dad was shouting. I was really scared.
SW: Thank you for telling me, Mia. Next visit is on the 12th at half three.
"""

FAITHFUL = """Carla told me Jayden now goes to nursery every day and loves it. She said his \
father came to the door drunk on Sunday and shouted, and she did not let him in. Mia told \
me "I hid under my bed when Dad was shouting. I was really scared." The next visit is on \
the 12th at 3.30pm."""

FAULTY = """Jayden now goes to nursery every day and loves it. Jayden's father came to the \
door drunk on Sunday and shouted. Carla was evasive about the incident. Mia has been \
self-harming since the incident. A referral to the housing team will be made this week. \
The next visit is on the 19th at 3.30pm."""


def kinds(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.subtype for f in report.findings}


def test_a_faithful_paraphrase_gets_no_span_finding() -> None:
    report = compare(FAITHFUL, [SOURCE])
    assert [f for f in report.findings if f.subtype != "left_out"] == []
    assert report.support_score >= 60


def test_planted_faults_are_found() -> None:
    report = compare(FAULTY, [SOURCE])
    found = {(f.subtype, f.text) for f in report.findings}
    assert ("invented_specific", "19th") in found
    assert any(k == "invented_specific" and "self-harm" in t for k, t in found)
    assert any(k == "wording_introduced" and "evasive" in t for k, t in found)
    assert any(k == "unsupported" and "housing" in t for k, t in found)
    assert any(k == "attribution_lost" and "drunk" in t for k, t in found)
    left = [f for f in report.findings if f.subtype == "left_out"]
    assert any("hid under my bed" in f.source_text and f.severity == "error" for f in left)


def test_findings_point_at_the_draft_and_the_source() -> None:
    report = compare(FAULTY, [("transcript", SOURCE)])
    for finding in report.findings:
        assert FAULTY[finding.start:finding.end] == finding.text
        if finding.source_index >= 0:
            assert SOURCE[finding.source_start:finding.source_end] == finding.source_text


def test_the_json_follows_its_schema() -> None:
    schema = json.loads(resources.files("sos_lang.data").joinpath("compare.schema.json")
                        .read_text("utf-8"))
    document = compare(FAULTY, [SOURCE]).to_dict()
    jsonschema.validate(document, schema)
    assert document["schema_version"] == 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**document, "support_score": 140}, schema)


@pytest.mark.parametrize(("draft", "sources", "message"), [
    ("A draft.", [""], "source 1: is empty"),
    ("A draft.", ["   \n"], "source 1: is empty"),
    ("", [SOURCE], "the draft: is empty"),
    ("A draft.", [], "no source"),
    (SOURCE, [SOURCE.replace("\n", "\n\n")], "identical"),
    ("A draft.", ["Dzień dobry, jak się pani czuje? Dziecko jest w szkole codziennie, "
                  "mama pracuje w nocy i babcia przychodzi rano. Wszystko jest dobrze."
                  " Dom jest czysty, jedzenie jest w lodówce, dzieci śpią dobrze."],
     "does not look like English"),
])
def test_bad_input_gets_a_clear_error(draft: str, sources: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_inputs(draft, sources)


def test_a_five_megabyte_transcript_is_refused() -> None:
    with pytest.raises(InputError, match="more than the"):
        check_inputs("A draft.", ["SW: hello there.\n" * 300_000])


def test_a_changed_count_or_age_is_invented_and_a_moved_one_is_not() -> None:
    source = ("SW: How is her weight?\nNurse: Up about four kilos since the summer. "
              "Seen with Amy (13) and her brother, six years younger.")
    changed = compare("Her weight is up six kilos since the summer. Amy (14) was seen.",
                      [source])
    # each shown from its number to what it counts, or as the name with its age
    assert {f.text for f in changed.findings if f.subtype == "invented_specific"} >= {
        "six kilos", "Amy (14)"}
    same = compare("Her weight is up four kilos since the summer. Amy (13) was seen.",
                   [source])
    assert not [f for f in same.findings if f.subtype == "invented_specific"]


NURSE_SOURCE = """SW: How is Nicole doing?
Dad (Steve): I rang the ward on Sunday and her nurse said she's sleeping better and they're \
hoping she'll be home in about two weeks.
SW: That's good news.
"""


def test_an_account_passed_on_needs_its_own_reporting_word() -> None:
    """A heading attributes the paragraph to Steve, not what Steve heard from the nurse."""
    lost = compare("Steve's account\n\nNicole is sleeping better and will be home in two "
                   "weeks.", [NURSE_SOURCE])
    assert "attribution_lost" in kinds(lost)
    kept = compare("Steve's account\n\nSteve said her nurse told him Nicole is sleeping "
                   "better and may be home in two weeks.", [NURSE_SOURCE])
    assert "attribution_lost" not in kinds(kept)


def test_a_childs_quoted_words_are_kept_even_without_a_feeling_word() -> None:
    """Whoever wrote the quote down judged it worth keeping: 'I like it' counts although
    'like' is a stop word, and so does a quote without any feeling word."""
    source = ('SW: Ellie (6) drew her family. She said "I like it when Dad does pancakes on '
              'Saturday." She told me "they copy my voice and everybody laughs".')
    report = compare("Ellie drew a picture of her family at the weekend.", [source])
    lost = [f.source_text for f in report.findings if f.subtype == "left_out"]
    assert any("pancakes" in text for text in lost) and any("copy my voice" in t for t in lost)


def test_a_childs_quoted_words_need_quoting_not_paraphrase() -> None:
    source = ("SW: Isaac, who's seven, told his teacher, "
              '"I hate Sundays when they shout at the car."')
    paraphrased = compare("Isaac told his teacher he hates Sundays because of the shouting at "
                          "the car.", [source])
    assert "left_out" in kinds(paraphrased)
    quoted = compare('Isaac told his teacher: "I hate Sundays when they shout at the car."',
                     [source])
    assert "left_out" not in kinds(quoted)


def test_a_young_childs_fragments_are_checked_as_one_utterance() -> None:
    source = ("SW: What's the best thing in your week?\n"
              "Child (Sofia, 6): Swimming with Tata. On Saturday. I can do a width.\n")
    report = compare("Sofia talked about her week at school and her friends.", [source])
    lost = [f.source_text for f in report.findings if f.subtype == "left_out"]
    assert lost == ["Swimming with Tata. On Saturday. I can do a width."]


def test_a_name_in_a_speaker_label_is_in_the_source() -> None:
    source = "<v Gail Dale (SENCo)>Noah's attendance this half term is 91 percent.</v>"
    report = compare("Gail reported that Noah's attendance this half term is 91%.",
                     [("vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n" + source)])
    assert "invented_specific" not in kinds(report)


@pytest.mark.parametrize(("source", "changed", "spans", "same"), [
    ("Dr Anand: The X-ray shows a fracture of the right femur. SW to visit tomorrow.",
     "The X-ray showed a fracture of the left femur. The social worker will visit this "
     "evening.", {"left", "this evening"},
     "The X-ray showed a fracture of the right femur; the social worker will visit tomorrow."),
    # outcome categories exclude one another (LADO outcomes, youth court disposals)
    ("LADO: The outcome of the allegation is unsubstantiated.\n"
     "YOT: Natasha will propose a referral order.",
     "The allegation is unfounded. Natasha will propose a youth rehabilitation order.",
     {"unfounded", "youth rehabilitation order"},
     "The allegation is unsubstantiated. Natasha will propose a referral order."),
])
def test_an_exclusive_value_changed_is_invented(source: str, changed: str, spans: set[str],
                                                same: str) -> None:
    found = {f.text for f in compare(changed, [source]).findings
             if f.subtype == "invented_specific"}
    assert spans <= found
    assert "invented_specific" not in kinds(compare(same, [source]))


def test_an_age_the_source_does_not_give_is_invented() -> None:
    source = "Teacher: There's also Mason, Kayla's little brother, he's two."
    assert "invented_specific" in kinds(compare("Mason, aged 18 months, lives there too.",
                                                [source]))
    assert "invented_specific" not in kinds(compare("Mason, aged two, lives there too.",
                                                    [source]))


def test_an_adults_question_is_not_a_left_out_statement() -> None:
    source = ("HV (Jo): Can we think together about how to keep him safe at night?\n"
              "Mum (Kerry): I put him in the cot now, on his back, every time.\n")
    draft = "Jo visited Kerry and her son at home. Kerry talked about feeding and sleep."
    left = [f.source_text for f in compare(draft, [source]).findings
            if f.subtype == "left_out"]
    assert not any(text.endswith("?") for text in left)


NETWORK = """Joanne Reid (social worker): Pauline, what have you seen?
Pauline (grandmother): The kids are clean and fed. I worry Marcus won't ask for help because \
he thinks he's got to do it all himself.
Joanne Reid (social worker): Thank you. Dean, could you help on the nights Marcus works?
Dean (uncle): I can have the kids a couple of evenings a week.
"""


def test_a_statement_given_to_another_speaker_is_attribution_lost() -> None:
    changed = compare("Joanne is worried that Marcus will not ask for help because he "
                      "thinks he has to do it all himself.", [NETWORK])
    assert any(f.subtype == "attribution_lost" and "Pauline" in f.message
               for f in changed.findings)
    kept = compare("Pauline is worried that Marcus will not ask for help because he "
                   "thinks he has to do it all himself.", [NETWORK])
    assert "attribution_lost" not in kinds(kept)


SUBTITLED = """1
00:00:05,427 --> 00:00:15,779
SW: How many chest infections has he had this winter?

2
00:00:16,576 --> 00:00:19,870
Mum (Claire): A couple. He was on antibiotics for the last one.
"""


def test_subtitle_timings_are_not_numbers_the_source_gives() -> None:
    """Cue numbers and times (5, 15, 16, 19 ...) were read as numbers said, so a number
    the draft invented went unseen whenever a timing held it."""
    report = compare("Claire said he has had 15 chest infections this winter and was on "
                     "antibiotics for the last one.", [("srt", SUBTITLED)])
    assert any(f.subtype == "invented_specific" and f.text == "15" for f in report.findings)


def test_nought_is_zero() -> None:
    report = compare("Asked how safe she feels from 0 to 10, she said eight.",
                     ["SW: From nought to ten, how safe do you feel? Child (Amy, 9): Eight."])
    assert not [f for f in report.findings if f.subtype == "invented_specific"]


def test_a_childs_account_of_coping_with_arguments_is_kept() -> None:
    source = ("Sam (social worker): What goes in the house of worries?\n"
              "Leo: When they argue I go under my duvet and put my fingers in my ears.\n"
              "Sam (social worker): Thank you for telling me, Leo.\n")
    draft = "Sam used the three houses with Leo. Leo talked about his worries at home."
    left = [f for f in compare(draft, [source]).findings if f.subtype == "left_out"]
    assert any("duvet" in f.source_text for f in left)


def test_the_workers_own_danger_statement_must_be_carried() -> None:
    source = ("Niamh (social worker, chair): Thanks everyone, this is Kian's review.\n"
              "Tanya (mum): The bus is always late, that's why he's late.\n"
              "Niamh (social worker, chair): My worry is that if Tanya's depression gets worse "
              "again and there's no food in, Kian could go hungry and keep missing school.\n")
    draft = "Tanya said Kian is late because the bus is late. The review went well."
    left = [f for f in compare(draft, [source]).findings if f.subtype == "left_out"]
    assert any("My worry is" in f.source_text for f in left)


GRANDAD_SOURCE = """SW: How has Lucas been at weekends?
Grandad (Glyn): He wet the bed on Sunday. I think his mum's been shouting at him a lot.
SW: Thank you for telling me.
"""


def test_a_heading_label_is_not_who_said_it() -> None:
    """'Worries:' files the sentence under a section; it does not attribute it."""
    labelled = compare("Worries: his mum has been shouting at Lucas a lot.", [GRANDAD_SOURCE])
    assert "attribution_lost" in kinds(labelled)
    said = compare("Glyn said: his mum has been shouting at Lucas a lot.", [GRANDAD_SOURCE])
    assert "attribution_lost" not in kinds(said)


def test_a_month_is_found_only_as_a_month() -> None:
    """'April' is not the source's '4 cans'; '14/10' and 'October' are one month."""
    source = "Mum: He had 4 cans on Saturday. SW: Next review 14/10, the interview is not booked."
    invented = compare("His asylum interview is booked for April.", [source])
    assert [f.text for f in invented.findings if f.subtype == "invented_specific"] == ["April"]
    same = compare("The next review is in October.", [source])
    assert "invented_specific" not in kinds(same)


def test_a_diagnosis_nobody_named_is_invented() -> None:
    source = "Foster carer: He wakes screaming most nights and won't talk about the journey."
    report = compare("Samir is showing signs of post-traumatic stress disorder.", [source])
    assert any(f.subtype == "invented_specific" and "post-traumatic" in f.text
               for f in report.findings)


def test_a_line_that_closes_on_who_it_is_about_heads_the_record() -> None:
    """'Direct work with Mia (11)' is no statement to support; its age is still checked,
    and a sentence that ends in a bracket inside a paragraph is still a statement."""
    source = "SW: Hi Mia, thanks for seeing me.\nMia (11): I like drawing.\n"
    heading = compare("Direct work session at her nan's: Mia (11)\n\nMia likes drawing.",
                      [source])
    assert "unsupported" not in kinds(heading)
    wrong_age = compare("Direct work session at her nan's: Mia (12)\n\nMia likes drawing.",
                        [source])
    assert "invented_specific" in kinds(wrong_age)
    statement = compare("Mia likes drawing. A parenting assessment will begin next month "
                        "(pre-proceedings).", [source])
    assert "unsupported" in kinds(statement)


def test_a_notes_label_with_a_time_is_no_speaker() -> None:
    """'Missing Sat 8pm: ...' files a note; a family member's turn is their account."""
    draft = ("Reece was found at 6.30am on Sunday by BTP at the station; he had been "
             "punched in the face.")
    notes = ("Return home interview notes.\nMissing Sat 8pm: found Sun 6.30am by BTP at the "
             "station, he had been punched in the face.\nR says he went to see a friend.\n")
    assert "attribution_lost" not in kinds(compare(draft, [("notes", notes)]))
    turn = ("SW: What happened?\nMum (Donna): He was found Sunday at 6.30am by BTP at the "
            "station, he had been punched in the face.\n")
    assert "attribution_lost" in kinds(compare(draft, [("notes", turn)]))


def test_a_frequency_is_checked_against_the_clause_it_retells() -> None:
    # the source's 'twice' counts the grandmother's afternoons, not the police calls
    source = ("Worries: Summer has heard arguments at home; police were called once in "
              "October. Strengths: her grandmother provides a safe home after school twice "
              "a week.")
    changed = compare("Police were called twice in the autumn. Her grandmother provides a "
                      "safe home after school three times a week.", [source])
    found = {f.text for f in changed.findings if f.subtype == "invented_specific"}
    assert "twice" in found
    assert any(text.startswith("three") for text in found)
    same = compare("Police were called once in October. Her grandmother provides a safe "
                   "home after school twice a week.", [source])
    assert "invented_specific" not in kinds(same)


def test_an_exclusive_value_the_source_gives_elsewhere_is_no_swap() -> None:
    """A second value the draft adds beside the passage's own, or one a second source
    passage on the same content gives, is no swap; a true swap is still invented."""
    source = ("Dad: She works Thursdays, so not then.\n"
              "SW: Then let's aim for a Friday for the meeting.")
    added = "The meeting will be on a Friday as Mum works Thursdays."
    assert "invented_specific" not in kinds(compare(added, [source]))
    notes = ("Reason: Noah told TA yesterday pm that Craig smacked him with the belt.",
             "Statement: At about 2.45pm today Noah was upset and told a teaching assistant "
             "that Craig smacked him with the belt.")
    retold = "Yesterday afternoon Noah told a teaching assistant that Craig smacked him."
    assert "invented_specific" not in kinds(compare(retold, list(notes)))
    swapped = "The X-ray showed a fracture of the left femur."
    found = {f.text for f in compare(swapped, [
        "Dr Anand: The X-ray shows a fracture of the right femur."]).findings
        if f.subtype == "invented_specific"}
    assert "left" in found


def test_a_school_year_in_short_form_is_no_invented_name() -> None:
    source = "SW: Bertie uses a maths app, showed me his progress - on yr 6 fractions."
    draft = "Bertie showed his progress on a maths app, where he is working on Year 6 fractions."
    assert "invented_specific" not in kinds(compare(draft, [source]))


def test_a_capital_after_a_line_label_is_a_sentence_start_not_a_name() -> None:
    source = ("Ward summary: Jayden Moore, 15, admitted 2 Nov after taking tablets at home.\n"
              "Seen by the mental health team on the ward.")
    draft = "Admission: According to the ward summary, Jayden was admitted on 2 Nov."
    assert "invented_specific" not in kinds(compare(draft, [source]))
    named = ("Admission: Priya said that he was admitted to the ward on 2 Nov after taking "
             "tablets at home.")
    found = {f.text for f in compare(named, [source]).findings
             if f.subtype == "invented_specific"}
    assert "Priya" in found


def test_a_reply_judging_what_was_said_is_no_left_out_strength() -> None:
    """'That's a good question.' judges the last turn; a broken-off turn says nothing."""
    source = ("SW: What helps at bedtime?\n"
              "Adoptive mother (Helen): That's a good question.\n"
              "Adoptive mother (Helen): Since Chloe went, it's, um.\n"
              "Adoptive mother (Helen): He has settled well and sleeps through the night now.")
    draft = "Helen said he has settled well and now sleeps through the night."
    assert "left_out" not in kinds(compare(draft, [source]))


def test_a_line_label_naming_the_speaker_keeps_the_attribution() -> None:
    """'Health (Joanne): ...' gives what follows to Joanne, as a heading above would."""
    source = ("Joanne: Health - Dev's up to date with immunisations, he's seen the school nurse "
              "for asthma reviews.")
    labelled = ("Health (Joanne): immunisations are up to date and Dev sees the school nurse "
                "for asthma reviews.")
    assert "attribution_lost" not in kinds(compare(labelled, [source]))
    bare = ("Health: immunisations are up to date and Dev sees the school nurse for asthma "
            "reviews.")
    assert "attribution_lost" in kinds(compare(bare, [source]))


def test_a_courtesy_title_is_no_name_but_the_surname_after_it_is_checked() -> None:
    """'Ms Pike' for the source's 'Lorraine Pike': the title is no invented name."""
    source = "Lorraine Pike (child employment officer): I've told the shop he can't start early."
    titled = compare("Ms Pike has told the shop he cannot start early.", [source])
    assert "invented_specific" not in kinds(titled)
    other = compare("Ms Quayle has told the shop he cannot start early.", [source])
    found = {f.text for f in other.findings if f.subtype == "invented_specific"}
    assert found == {"Quayle"}


def test_the_draft_opening_line_heads_the_record() -> None:
    """'Meeting at the hospice with ...' names the occasion: no statement to support, but
    its ages are still checked; in a draft of one paragraph the first sentence is a
    statement."""
    source = ("Precious Ndlovu (family support worker): Rosie did a drawing with me.\n"
              "Martin Cole (dad): She's stopped eating her tea. Rosie's seven.\n")
    body = "Mr Cole said Rosie has stopped eating her tea. Rosie did a drawing with Precious."
    heading = compare("Meeting at the hospice with Precious Ndlovu (family support worker) "
                      f"and Martin Cole (dad), about Rosie (7).\n{body}", [source])
    assert "unsupported" not in kinds(heading)
    wrong_age = compare("Meeting at the hospice with Precious Ndlovu (family support worker) "
                        f"and Martin Cole (dad), about Rosie (9).\n{body}", [source])
    assert "invented_specific" in kinds(wrong_age)
    one_paragraph = compare("A parenting assessment at the hospice will begin next month "
                            f"with a new worker. {body}", [source])
    assert "unsupported" in kinds(one_paragraph)


def test_below_a_title_the_first_sentence_heads_the_record() -> None:
    """Below a title ('Case note: call with food bank coordinator') the first line's first
    sentence names the occasion ('Caller: Sian Morgan, food bank coordinator.'), as the
    first line does in a record without a title: no statement to support, though its ages
    are still checked. Below a first line that is a sentence, or further down, it is a
    statement."""
    source = ("<v Gareth Price>Who's it about?\n"
              "<v Sian Morgan>It's Rhian Jenkins. She's got Cerys, who's eight. The gas ran "
              "out on Sunday and she's been boiling the kettle to wash the children.\n")
    body = "Rhian told Sian the gas ran out on Sunday and she boils the kettle to wash Cerys."
    opening = ("Sian Morgan, the coordinator at the Gurnos food bank, telephoned the duty team "
               "about Cerys (8).")
    titled = compare(f"Case note: call with food bank\n\n{opening}\n\n{body}", [source])
    assert "unsupported" not in kinds(titled)
    named = compare(f"Case note: Cerys Jenkins (8)\n{opening}\n{body}", [source])
    assert "unsupported" not in kinds(named)
    wrong_age = compare(f"Case note: call with food bank\n\n{opening.replace('8', '9')}\n\n"
                        f"{body}", [source])
    assert "invented_specific" in kinds(wrong_age)
    below_a_sentence = compare(f"Telephone call from the food bank.\n{opening}\n{body}",
                               [source])
    assert any(f.subtype == "unsupported" and f.text.startswith("Sian Morgan")
               for f in below_a_sentence.findings)
    further_down = compare(f"Case note: call with food bank\n\n{body}\n\n{opening}",
                           [source])
    assert any(f.subtype == "unsupported" and f.text.startswith("Sian Morgan")
               for f in further_down.findings)


def test_a_speakers_guess_stated_as_fact_is_attribution_lost() -> None:
    """The barber's 'I think they're on Ashby Road' is his guess, even in his own turn."""
    source = ("Kwame Asante (barber): He comes in most Saturdays. I think they're on Ashby "
              "Road, near the mosque.\nSocial worker: Thank you.")
    flat = compare("Elijah comes in most Saturdays. The family live on Ashby Road, near the "
                   "mosque.", [source])
    assert any(f.subtype == "attribution_lost" and "Ashby" in f.text for f in flat.findings)
    kept = compare("Elijah comes in most Saturdays. Mr Asante thinks the family live on Ashby "
                   "Road, near the mosque.", [source])
    assert "attribution_lost" not in kinds(kept)


def test_an_account_a_turn_passes_on_is_not_attributed_by_naming_the_speaker() -> None:
    """'He said his mum's been in bed' in Mr Haddow's turn is Jamal's account: a line
    above giving the turn to Mr Haddow does not attribute it; one naming whoever the
    pronoun stands for (an interpreter's 'She says' for Ewa) does."""
    source = ("Paul Haddow (store manager): I didn't feel right letting him go on his own. "
              "He said his mum's been in bed for days and there's nothing in.\n"
              "Social worker: Thank you.")
    lost = compare("Mr Haddow did not feel right letting Jamal leave on his own. Jamal's mum "
                   "has been in bed for several days and there is nothing in.", [source])
    assert any(f.subtype == "attribution_lost" and "in bed" in f.text for f in lost.findings)
    kept = compare("Mr Haddow did not feel right letting Jamal leave on his own. Jamal told "
                   "him his mum has been in bed for several days and there is nothing in.",
                   [source])
    assert "attribution_lost" not in kinds(kept)
    interpreted = ("Interpreter: She says she has asked the manager for later shifts. She "
                   "says her mother is coming from Poland in April, to stay for six months.")
    draft = ("Ewa said she has asked her manager for later shifts. Her mother is coming from "
             "Poland in April to stay for six months.")
    assert "attribution_lost" not in kinds(compare(draft, [interpreted]))


def test_an_employer_is_the_boss_a_young_person_speaks_of() -> None:
    """A 17-year-old's 'the boss's son, not the boss' paraphrased with 'employer' is carried."""
    source = ("Safeguarding lead (Dev): Niamh came to me on Tuesday about messages.\n"
              "Niamh Keogh (17): It's the boss's son, Craig, not the boss.\n")
    draft = ("Niamh went to Dev on Tuesday about messages. She explained they come from her "
             "employer's son, Craig, not from the employer himself.")
    assert "left_out" not in kinds(compare(draft, [source]))


def test_a_line_that_opens_with_who_said_it_goes_on_in_their_voice() -> None:
    """'Mr Okafor said ...' and then his turns retold without 'said' are his account; a
    sentence that retells another speaker's turn as fact is not carried."""
    source = ("Worker (Ruth Ellis): What happened on Sunday?\n"
              "Dele Okafor: The fit was on Sunday morning and it went on about three minutes. "
              "My mum had laid him on his side. It stopped by itself.\n"
              "Worker (Ruth Ellis): Good. The school told me he has been falling asleep in "
              "lessons since then.")
    carried = ("Mr Okafor said the fit was on Sunday morning and lasted about 3 minutes. "
               "His mum had laid Sol on his side. The fit stopped by itself.")
    assert "attribution_lost" not in kinds(compare(carried, [source]))
    other = ("Mr Okafor said the fit was on Sunday morning and lasted about 3 minutes. "
             "Sol has been falling asleep in lessons since then.")
    assert "attribution_lost" in kinds(compare(other, [source]))


def test_a_passed_on_account_carries_only_with_the_reporter_as_subject() -> None:
    """A note's 'Says ...' retold in two sentences: 'He has seen ...' is still the
    caller's; 'Letters have been going ...' states the rest of the account as fact."""
    source = ("Tel call 9.40 Mon - Mr Idris Bevan, neighbour.\n"
              "Says girl (thinks 10) left alone in flat most evenings - seen her at the window "
              "4 nights this wk, lights off.\n"
              "Plan: visit tomorrow.")
    carried = ("Mr Bevan told me a girl he thinks is 10 is left alone in the flat most "
               "evenings. He has seen her at the window on 4 nights this week, with the "
               "lights off.")
    assert "attribution_lost" not in kinds(compare(carried, [source]))
    stated = ("Mr Bevan told me a girl he thinks is 10 is left alone in the flat most "
              "evenings. The girl was at the window on 4 nights this week, with the lights "
              "off.")
    assert "attribution_lost" in kinds(compare(stated, [source]))


def test_a_notes_header_and_sign_off_support_the_sentence_that_retells_them() -> None:
    """'Kieran Doyle, who drives the 212 from Hollins, wrote on Friday 6 June about Ben
    Carr' retells a note's first and last lines, far apart in the source."""
    source = ("Route 212 Hollins - Moorside Academy. Fri 6 June.\n"
              "Boy Y8 (Ben Carr) fell asleep on the bus again, had to wake him at school. "
              "Said \"I was up all night with the baby\". No lunch with him.\n"
              "Asked if he was OK, said yes.\n"
              "Kieran Doyle, driver")
    draft = ("Information from the bus company.\n"
             "Kieran Doyle, who drives route 212 (Hollins to Moorside Academy), wrote on "
             "Friday 6 June about Ben Carr, Year 8. Ben fell asleep on the bus again and Mr "
             "Doyle had to wake him at school. Ben told him \"I was up all night with the "
             "baby\". He had no lunch with him. Mr Doyle asked if he was OK and Ben said "
             "yes.")
    assert "unsupported" not in kinds(compare(draft, [("notes", source)]))
    invented = draft + " Ben's stepfather has been arrested for drug dealing."
    assert "unsupported" in kinds(compare(invented, [("notes", source)]))


def test_a_number_in_words_and_in_digits_is_one_idea_for_support() -> None:
    """'the fourteenth of March ... about five minutes' supports '14 March ... 5
    minutes': the number is the content, however written."""
    source = ("Worker: When was it?\n"
              "Carol Hughes: That was the fourteenth of March. It went on about five minutes.")
    draft = "Ms Hughes said this was on 14 March and lasted about 5 minutes."
    assert "unsupported" not in kinds(compare(draft, [source]))


def test_the_opening_line_naming_who_was_there_is_no_opinion() -> None:
    """'Ryan's father, Gareth, was there.' on the line that heads the record names who
    took part (the source shows it by a speaker label), no opinion stated as fact."""
    source = ("Nurse (Pat Lowe): Hello Ryan, how is the cast?\n"
              "Ryan: It itches. I can't play football.\n"
              "Gareth (Ryan's dad): He's been good about it. He takes the tablets at tea.\n"
              "Nurse (Pat Lowe): Lovely. I'll see him in two weeks.")
    draft = ("Clinic review: Ryan (12) with his cast. Ryan's father, Gareth, was there.\n"
             "Ryan said \"It itches. I can't play football.\" Gareth said Ryan has been good "
             "about it and takes his tablets at tea. Pat will see Ryan in 2 weeks.")
    assert "wording_introduced" not in kinds(compare(draft, [source]))


def test_the_listeners_reaction_is_no_left_out_strength() -> None:
    """"I'm glad it stopped." reacts to what was just said; a long turn that opens the
    same way and says something about the family is still a statement."""
    source = ("Nurse (Joy Adebayo): Did it stop?\n"
              "Dad: It stopped by itself after a few minutes.\n"
              "Nurse (Joy Adebayo): I'm glad it stopped.\n"
              "Dad: She's been fine since.")
    draft = "Dad said the seizure stopped by itself after a few minutes and she has been fine."
    assert "left_out" not in kinds(compare(draft, [source]))


def test_a_medical_word_naming_a_role_on_the_opening_line_is_no_invented_harm() -> None:
    """'Epilepsy nurse review' on the opening line names the nurse's service; the same
    word in the record's body, where nobody said it, is still invented."""
    source = ("Nurse specialist (Joy Adebayo): How has Ava been?\n"
              "Lee Marsden: She had a big one on Sunday. It stopped by itself.")
    opening = ("Epilepsy nurse review by video: Ava (9) and her father, Lee Marsden.\n"
               "Mr Marsden said Ava had a big seizure on Sunday. It stopped by itself.")
    found = {f.text for f in compare(opening, [source]).findings
             if f.subtype == "invented_specific"}
    assert "Epilepsy" not in found
    body = ("Review by video: Ava (9) and her father, Lee Marsden.\n"
            "Mr Marsden said Ava had a big seizure on Sunday. Her epilepsy is getting worse.")
    found = {f.text for f in compare(body, [source]).findings
             if f.subtype == "invented_specific"}
    assert "epilepsy" in found


def test_a_formal_step_nobody_discussed_is_unsupported() -> None:
    """'Sam will be referred to the counselling service' shares the child, the worker and
    the week with the source, but no source holds a referral in any form: a next step
    made up. The same step the source gives in its own words ('rang it through to the
    front door') or that the record's title names is no finding."""
    source = ("Teacher (Ms Oduya): Sam has been quiet all week and asked to sit alone.\n"
              "SW: I'll visit Sam at home on Thursday this week after school.\n"
              "Mum: Thursday's fine, he gets in about four.")
    draft = ("Ms Oduya said Sam has been quiet all week and asked to sit alone. The social "
             "worker will visit Sam at home on Thursday after school. Sam will be referred "
             "to the counselling service this week.")
    found = [f for f in compare(draft, [source]).findings if f.subtype == "unsupported"]
    assert [f.text for f in found] == ["Sam will be referred to the counselling service "
                                       "this week."]
    given = source + "\nTeacher (Ms Oduya): I rang it through to the front door this morning."
    draft = ("Ms Oduya said Sam has been quiet all week and asked to sit alone. She made a "
             "referral this morning.")
    assert "unsupported" not in kinds(compare(draft, [given]))
    titled = ("Strategy discussion about Sam\n\nMs Oduya said Sam has been quiet all week and "
              "asked to sit alone. The strategy discussion agreed that the social worker "
              "will visit Sam at home on Thursday after school.")
    assert not [f for f in compare(titled, [source]).findings if "next step" in f.message]


def test_a_habit_made_of_a_count_is_an_invented_specific() -> None:
    """'every evening' where the mother said three nights a week makes a habit of a
    count; the same habit in the source's words ('every night'), a rate's unit ('three
    times each week') and a next step's own frequency are no finding."""
    source = ("SW: How often is Theo out?\n"
              "Mum: He's out with his mates three nights a week, back by nine.")
    draft = "Mum said Theo is out with his friends every evening and back by 9pm."
    found = {f.text for f in compare(draft, [source]).findings
             if f.subtype == "invented_specific"}
    assert "every evening" in found
    same = source.replace("three nights a week", "every night")
    assert "every evening" not in {f.text for f in compare(draft, [same]).findings}
    rate = "Mum said Theo is out with his friends three times each week, back by 9pm."
    assert "each week" not in {f.text for f in compare(rate, [source]).findings}
    plan = ("Mum said Theo is out with his friends three nights a week. Mum will ring him "
            "every evening at nine.")
    assert "every evening" not in {f.text for f in compare(plan, [source]).findings}


def test_a_pupil_named_with_a_school_year_is_a_child() -> None:
    """A record's heading gives a pupil's school year and no age ('Lily-Ann Moss, Year 4'):
    her turns are a child's own words, to be carried. A role that goes on after the year
    ('Mr Dale, Year 4 teacher') names no pupil."""
    from sos_lang.compare.sources import child_names

    source = ("Note of a chat at break: Lily-Ann Moss, Year 4\n"
              "Mr Dale: How are things at home?\n"
              "Lily-Ann: I want to go to art club with Maya on Fridays.\n"
              "Mr Dale: I'll ask about that.")
    draft = "Mr Dale spoke with Lily-Ann at break about home. He will ask about art club."
    left = [f for f in compare(draft, [source]).findings if f.subtype == "left_out"]
    assert any("art club with Maya" in f.source_text and "child" in f.message for f in left)
    assert child_names("Mr Dale, Year 4 teacher, rang.") == set()
    assert child_names("Mr Dale (Year 4)") == set()


def test_a_childs_words_relayed_without_quotes_are_hers() -> None:
    """A note that relays a child's words without quote marks ('Ruby said she doesn't
    want to go to her dad's any more') still gives her words: a draft that drops them has
    left them out. What she said as an object ('wrote down what Ruby said') relays none."""
    source = ("Visit to Ruby Hale (8) and her mum.\n"
              "Ruby showed me her drawings. Ruby said she doesn't want to go to her dad's any "
              "more because he shouts at night.\nMum is looking for a new flat.")
    draft = ("I visited Ruby (8) and her mum. Ruby showed me her drawings. Mum is looking for "
             "a new flat.")
    left = [f for f in compare(draft, [("notes", source)]).findings if f.subtype == "left_out"]
    assert any("dad's any more" in f.source_text and "child" in f.message for f in left)
    from sos_lang.compare.sources import read_source

    note = ("Visit to Ruby Hale (8).\nThe teacher wrote down what Ruby said straight away and "
            "rang us.")
    assert not [s for s in read_source(note, 0, "notes") if s.child]


def test_a_reporting_word_inside_a_passed_on_account_does_not_attribute_it() -> None:
    """'Grandad reported that ... would not tell anyone ...' retold as '... would not tell
    anyone ...': the draft's 'tell' is part of the account, not who gave it."""
    source = ("Worker: Grandad reported that on two evenings in March Leon got back after "
              "eleven and would not tell anyone where he had gone.")
    bare = ("Leon got back after eleven on two evenings in March and would not tell anyone "
            "where he had gone.")
    assert "attribution_lost" in kinds(compare(bare, [source]))
    for kept in ("Grandad said that Leon got back after eleven on two evenings in March and "
                 "would not tell anyone where he had gone.",
                 "Grandad reported Leon got back after eleven on two evenings in March and "
                 "would not tell anyone where he had gone."):
        assert "attribution_lost" not in kinds(compare(kept, [source]))


def test_an_account_naming_its_own_teller_is_still_passed_on() -> None:
    """'He states that ... Jade has told him she wants to move' retold as 'Jade has told
    her aunt she wants to move': the account's teller opening the sentence is no
    attribution of the statement's author; another reporter opening it is."""
    source = ("Statement: He states that Jade has told him she wants to move to her aunt's "
              "house in Leeds.")
    assert "attribution_lost" in kinds(compare(
        "Jade has told her father she wants to move to her aunt's house in Leeds.", [source]))
    assert "attribution_lost" not in kinds(compare(
        "Her father states Jade wants to move to her aunt's house in Leeds.", [source]))


@pytest.mark.parametrize(("turn", "flagged"), [
    ("Am I going to get hurt?", True),
    ("Can Mum come to the next one too?", True),
    ("I miss Nana.", True),
    ("It's two buses now.", False),
    ("Anita picked him up.", False),
    ("I don't know.", False),
])
def test_a_childs_short_sentence_about_herself_is_her_own_words(turn: str,
                                                                 flagged: bool) -> None:
    """A child's short sentence in the first person, or a question, says what she fears or
    wants in two content words ('Am I going to get hurt?'): a draft that drops it has
    left her words out. A short remark about something else, or a contraction and one
    word ("I don't know."), is small talk."""
    source = f"SW: How was the week?\nKian (15): {turn}\nSW: Thank you for telling me."
    draft = "The social worker asked Kian about his week and thanked him."
    left = [f for f in compare(draft, [source]).findings
            if f.subtype == "left_out" and "child" in f.message]
    assert bool(left) == flagged


LEO = ("Sam (social worker): What goes in the house of worries?\n"
       "Leo (7): Mum and Tom argue really loud. One time Tom threw the TV remote and it "
       "broke on the wall. Mum was crying.\n"
       "Sam (social worker): Thank you for telling me, Leo.\n")


@pytest.mark.parametrize(("draft", "flagged"), [
    ("Leo said his mum and Tom argue loudly. Tom threw the TV remote, which broke on the "
     "wall, and his mum cried.", True),
    ("Leo said his mum and Tom argue loudly. He said Tom threw the TV remote, which broke "
     "on the wall, and his mum cried.", False),
    ("Leo said his mum and Tom argue loudly. He said that once Tom threw the TV remote and "
     "it broke on the wall.", False),
])
def test_a_childs_account_of_harm_is_not_carried_by_the_line(draft: str,
                                                             flagged: bool) -> None:
    """A child's own account of what happened at home, told about someone else with no
    reporting word of its own, is stated as fact even after 'Leo said ...' in the same
    line; a sentence that gives it to him again is attributed."""
    lost = [f for f in compare(draft, [LEO]).findings if f.subtype == "attribution_lost"
            and "TV remote" in f.text]
    assert bool(lost) == flagged


def test_an_own_account_retold_in_other_words_keeps_its_attribution() -> None:
    """A child's "I got kicked out" retold as the record's fact in quite other words
    ('threw her out of the flat') still aligns with the turn it retells (single-sentence
    coverage at least attribution_above, 0.2): attribution lost; with "Mia said" it stands."""
    source = ("SW: Where have you been staying?\n"
              "Mia (14): At Priya's. I got kicked out Friday night.")
    fact = ("Mia has been staying with her friend Priya since Friday night, after her "
            "stepdad threw her out of the flat.")
    said = "Mia said she has been staying with her friend Priya since Friday night, " \
        "after her stepdad threw her out of the flat."
    assert any(f.subtype == "attribution_lost" for f in compare(fact, [source]).findings)
    assert not any(f.subtype == "attribution_lost" for f in compare(said, [source]).findings)


def test_who_made_the_call_is_retold_from_the_speaker_labels() -> None:
    """A transcript shows who took part by its speaker labels, said in no turn: the
    draft's line that says who made the call and in what role retells them, and is no
    unsupported sentence; a sentence whose content no turn holds still is."""
    source = ("Ms Okoro (attendance officer): Hello, Mr Price, I'm calling about Dylan's "
              "mornings. He has missed the bus four times this month.\n"
              "Mr Price (dad): I know. I start work at six now, so he gets himself up.\n")
    draft = ("Phone call with Mr Price about Dylan\n"
             "Call made by Ms Okoro, attendance officer.\n"
             "Dylan has missed the bus four times this month. Mr Price said he starts work "
             "at six now, so Dylan gets himself up.\n")
    report = compare(draft, [source])
    assert not [f for f in report.findings if f.subtype == "unsupported"]
    invented = draft + "The attendance officer will arrange a taxi to school from Monday.\n"
    report = compare(invented, [source])
    assert any(f.subtype == "unsupported" and "taxi" in f.text for f in report.findings)


@pytest.mark.parametrize(("source", "draft", "flagged"), [
    # the writer's own words around the account, retold: no account stated as fact
    ("Worker: Rang Mum (Karen) 21:10 - she came for him, said Da's at his mum's for the "
     "weekend.", "The leader rang Ethan's mum, Karen, at 9.10pm.", False),
    ("Worker: Orla said 'Mum's on earlies at the care home now, so I do Finn's breakfast.' "
     "Orla had brushed Finn's hair + packed his bag.",
     "Orla had brushed Finn's hair and packed his bag.", False),
    ("Worker: Worry: J still out late Fri nights - Mum says home by 10 most weeks, J "
     "didn't answer phone.", "Jordan is still out late on Friday nights.", False),
    # the account itself retold, or one idea only the account holds
    ("Worker: Rang Mum (Karen) 21:10 - she came for him, said Da's at his mum's for the "
     "weekend.", "Ethan's dad is at his mother's for the weekend.", True),
    ("Worker: Neighbour Bethan Roberts stayed with pt and child after crew left, stated "
     "she would stay until morning.",
     "Bethan Roberts, the neighbour, stayed with Sophie and Leo until the morning.", True),
    ("Worker: He thinks it is the bombs again.", "He is reliving the bombs again.", True),
])
def test_a_report_retold_around_its_account_is_not_the_account(source: str, draft: str,
                                                                flagged: bool) -> None:
    """A source sentence holds the writer's own words as well as the account it passes on
    ('Rang Mum (Karen) 21:10 - she came for him, said ...'): a draft sentence that retells
    the words around the account and takes no idea from the account alone states no one's
    account as fact; one that takes an idea only the account holds ('until morning' of
    'stated she would stay until morning') still needs its reporting word."""
    lost = [f for f in compare(draft, [source]).findings if f.subtype == "attribution_lost"]
    assert bool(lost) == flagged


@pytest.mark.parametrize(("draft", "flagged"), [
    ("My worry: Freya falling further behind with school, and the towpath in the dark.",
     False),
    ("Why I visited: Freya is falling further behind with school, and the towpath in the "
     "dark.", False),
    ("Freya is falling further behind with school, and the towpath in the dark is a "
     "danger.", True),
])
def test_the_writer_retelling_their_own_turn_is_attributed(draft: str, flagged: bool) -> None:
    """The record's 'I' is its writer: a draft sentence that opens in the first person
    retelling a turn its speaker gave in the first person ('My worry is ...') says whose
    account it is; the same worry stated as fact of a family member's turn is not."""
    source = ("Beth: My worry is Freya falling further behind with school, and the towpath "
              "in the dark. She could drown.")
    family = source.replace("Beth:", "Jade:")
    lost = [f for f in compare(draft, [family if flagged else source]).findings
            if f.subtype == "attribution_lost"]
    assert bool(lost) == flagged
