"""Names without a family list: every mention of a person found anywhere, name positions,
names that are words only when used as names, shorthand notes, the name tables."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact
from sos_lang.redact.names import known_name_spans, name_parts, table_name_spans
from sos_lang.redact.spans import RedactedSpan


@pytest.mark.parametrize(("text", "expected"), [
    # one person, every mention: first name, surname, possessive, hyphenated part
    ("Mr Oyelaran-Brooks came. Later Oyelaran-Brooks said Oyelaran's car was gone.",
     "Mr [NAME] came. Later [NAME] said [NAME]'s car was gone."),
    ("Child: Zqxa Vrenn\nzqxa was upset; Vrenn's mum rang.",
     "Child: [NAME]\n[NAME] was upset; [NAME]'s mum rang."),
    # name positions
    ("Her mum, Jo Smith-Ali, said she was fine.", "Her mum, [NAME], said she was fine."),
    ("The IRO, Sam Patel, chaired the review.", "The IRO, [NAME], chaired the review."),
    ("Storm told me she likes school.", "[NAME] told me she likes school."),
    ("We met Faith and Storm (6) at home.", "We met [NAME] and [NAME] (6) at home."),
    # name tables: names of many origins, with no model and no family list
    ("Hodan and Chiamaka were at the session with Zarghona.",
     "[NAME] and [NAME] were at the session with [NAME]."),
    ("txt from mum re kyle", "txt from mum re [NAME]"),
    ("seen ruby at home, summer hols soon", "seen [NAME] at home, summer hols soon"),
    ("Faith lives with her dad.", "[NAME] lives with her dad."),
    ("Happier since Arjun started; hello i am father of Dilan.",
     "Happier since [NAME] started; hello i am father of [NAME]."),
    ("yp (callum) seen at bus stn. car GX71 WBE.",
     "yp ([NAME]) seen at bus stn. car [VEHICLE_REG]."),
    ("She lives with her father, Dale Morris, and Malik Grant.",
     "She lives with her father, [NAME], and [NAME]."),
    ('Text from Dad: "tell courtney il be there"', 'Text from Dad: "tell [NAME] il be there"'),
])
def test_names_found_without_a_family_list(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    "There is hope that the summer will be calmer; grace before meals.",
    "Will the meeting go ahead in April?",
    "We have not met since May; the end of June.",
    "Summer is a hard time for the family.",
    "The baby was moved from St James's to the ward.",
    "She said the Ronald McDonald House stay ended in June 2023.",
    "Mum rang the Hope Centre and Grace Court.",
    "She said it was a good day at Bradford Royal Infirmary.",
])
def test_words_and_places_stay(text: str) -> None:
    assert [s.text for s in redact(text, use_model=False)[1] if s.kind == "NAME"] == []


def test_name_parts_and_one_pass_for_every_mention() -> None:
    parts = name_parts([RedactedSpan(0, 14, "NAME", "Jo Smith-Ali")])
    assert parts == {"Jo", "Smith-Ali", "Smith", "Ali"}
    text = "Ali rang. ALI later.\nnote: smith-ali and jo seen"
    assert [s.text for s in known_name_spans(text, parts)] == ["Ali", "ALI", "smith-ali", "jo"]


@pytest.mark.parametrize(("text", "expected"), [
    # every mention of a found name: capitals, all capitals, 's, hyphenated part, and a
    # name that is no word in lower case in a shorthand line
    ("Dear Bex,\nHandover to Bex for the weekend. BEX'S phone is off.",
     "Dear [NAME],\nHandover to [NAME] for the weekend. [NAME]'S phone is off."),
    ("Her partner Rhodri Evans attended. Later Mam and Rhodri shout.",
     "Her partner [NAME] attended. Later Mam and [NAME] shout."),
    ("Her partner Rhodri Evans attended.\nrhodri back at home", "Her partner [NAME] attended."
     "\n[NAME] back at home"),
    ("Sibling: Keeley-Ann Moss (7). Keeley said no.\nkeeley-ann at school",
     "Sibling: [NAME] (7). [NAME] said no.\n[NAME] at school"),
    # a word the record itself writes in lower case as a name is that name in lower case too
    ("notes - re taylor (15). taylor in back seat", "notes - re [NAME] (15). [NAME] in back seat"),
    # a name that is a word, found with a capital, is a name mid-sentence with a capital
    ("Mum (Hope Wilson) attended. Later Mum and Hope left.",
     "Mum ([NAME]) attended. Later Mum and [NAME] left."),
])
def test_every_mention_of_a_found_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "word"), [
    # must not: a name that is a word, found with a capital, stays the word in lower case,
    # in a sentence or a shorthand line ("I hope", "will ring", "grace")
    ("Mum (Hope Wilson) attended. I hope she will come.", "hope"),
    ("Mum (Will Price) attended. will ring tmrw", "will"),
    ("Mum (Grace Price) attended.\nsaid grace at tea", "grace"),
])
def test_a_found_word_name_is_not_propagated_in_lower_case(text: str, word: str) -> None:
    assert word in redact(text, use_model=False)[0]
    parts = {"Hope", "Will", "Grace"}
    assert [s.text for s in known_name_spans(text, parts, lower_case_words=set())
            if s.text.islower()] == []


def test_a_word_name_needs_a_name_position() -> None:
    assert table_name_spans("Grace period ends.") == []
    assert [s.text for s in table_name_spans("Later Grace said no.")] == ["Grace"]


@pytest.mark.parametrize(("text", "expected"), [
    # a strong name position keeps a name that is also a word: an age, a DOB or a role in
    # brackets, 's and a family word, a nickname cue, a title
    ("Seen: Meadow Vrane (6) and Treasure (3).", "Seen: [NAME] (6) and [NAME] (3)."),
    ("Present: Ho Lam (interpreter), SW", "Present: [NAME] (interpreter), SW"),
    ("Later Bunny's nan rang.", "Later [NAME]'s nan rang."),
    ("The man calls himself Ace. Ace is 20.", "The man calls himself [NAME]. [NAME] is 20."),
    ("Write to: Ms Baker, 4 Elm Road", "Write to: Ms [NAME], [ADDRESS]"),
    # a surname before the family, then every mention, with the first name before it
    ("I met the Quarshie children.\n- Ebo Quarshie, 9",
     "I met the [NAME] children.\n- [NAME], 9"),
    # a name joined by "and" to a found name
    ("She likes living with Carol and Dezzo.", "She likes living with [NAME] and [NAME]."),
    # a lower-case sentence in a line with capitals elsewhere; a lower-case surname after a
    # found first name or a title
    ('Call logged. pc said taylor (15) ran "Home".',
     'Call logged. pc said [NAME] (15) ran "Home".'),
    ("gp rang. shanice francis missed it. Shanice told the nurse.",
     "gp rang. [NAME] missed it. [NAME] told the nurse."),
    ("call w/ pc jenkins at 2", "call w/ pc [NAME] at 2"),
    # the speakers of a copied thread, once one is a found name
    ('Messages:\n"Zev: u out\nAaron: cant mums in\nZev: ok',
     'Messages:\n"[NAME]: u out\n[NAME]: cant mums in\n[NAME]: ok'),
    # mid-sentence, a name with an ordinary word in it stands whole; a title or a family
    # word before a name that is a word keeps it
    ("She said her partner, Rob Quillan, had gone.", "She said her partner, [NAME], had gone."),
    ("Dear Ms Baker, thank you.", "Dear Ms [NAME], thank you."),
    ("He goes to the mosque with his uncle Said.", "He goes to the mosque with his uncle [NAME]."),
    ("All the best.\nYours sincerely,\nOrla Venn\nTeam Manager",
     "All the best.\nYours sincerely,\n[NAME]\nTeam Manager"),
    ("An older man called Drex gave her vodka.", "An older man called [NAME] gave her vodka."),
    ("We discussed drift on the Brannock case.", "We discussed drift on the [NAME] case."),
    ("Notes: Mum (Lacey Ward) missed it.", "Notes: Mum ([NAME]) missed it."),
    ("Rhys ap Gwilym said Ffion is happier.", "[NAME] said [NAME] is happier."),
    # lower case: a hyphenated first name, a name in a quoted text after a cue, a name
    # before its dob
    ("school said ruby-lee came in late", "school said [NAME] came in late"),
    ('Text from Dad at 23:10: "tell jade im sorry"',
     'Text from Dad at 23:10: "tell [NAME] im sorry"'),
    ("dd summer dob 4.7.18 - nursery ok", "dd [NAME] dob [DATE_OF_BIRTH] - nursery ok"),
    # capitals: a form line with columns, a name before its DOB
    ("CHILD: TOBI ADEYEMI    SIBLING: FOLA ADEYEMI", "CHILD: [NAME]    SIBLING: [NAME]"),
    ("HOME VISIT\nMAISIE TARNLEY   DOB 19/09/2014   CIN",
     "HOME VISIT\n[NAME]   DOB [DATE_OF_BIRTH]   CIN"),
    # form headers and labels; an Irish particle; a lower-case name in brackets after mum
    ("SURNAME: KERRIGAN\nFORENAME: Tobin", "SURNAME: [NAME]\nFORENAME: [NAME]"),
    ("Met Mr Costa and his aunt, Aoife Ní Mhaoil, who said so.",
     "Met Mr [NAME] and his aunt, [NAME], who said so."),
    ("hv: wt 9.1kg, mum (jade) ok", "hv: wt 9.1kg, mum ([NAME]) ok"),
    # a first name in a heading in capitals, with its surname; "was born"; baby before a
    # lower-case name with its dob
    ("IN THE FAMILY COURT\nRe: NOAH AND MAISIE PENHALE (Children)",
     "IN THE FAMILY COURT\nRe: [NAME] AND [NAME] (Children)"),
    ("Ruby was born at home.", "[NAME] was born at home."),
    ("hv visited Flat 2 at 10am, baby ivy (dob 18/1/24) well",
     "hv visited Flat 2 at 10am, baby [NAME] (dob [DATE_OF_BIRTH]) well"),
    # a chronology's date cell before a surname found earlier
    ("Home of Connor Bell (19).\n03.02.22\tBell arrested.",
     "Home of [NAME] (19).\n03.02.22\t[NAME] arrested."),
    # a surname in a table row before a school cell (a tab is the next column); a list's
    # comma joins a name to a found one; a name before its role in brackets; a quoted
    # nickname in brackets inside a name; a credited quote; age as a statement
    ("Mum (Jody Tarrant) rang.\nKai Tarrant\tY4\tFernbank Academy",
     "Mum ([NAME]) rang.\n[NAME]\tY4\t[SCHOOL]"),
    ('"Me, Nan, Tomasz, Ulla and Kaz." (Wiktor, 9)',
     '"Me, Nan, [NAME], [NAME] and [NAME]." ([NAME], 9)'),
    ("sw visit - Brannagh (key wkr) says ok", "sw visit - [NAME] (key wkr) says ok"),
    ('Dad: Seamus ("Shay") Kavanagh.', 'Dad: [NAME] ("[NAME]") [NAME].'),
    ("Oszkar is 14 and at college.", "[NAME] is 14 and at college."),
    # lower case: a first name after a family word; any non-word after a title in shorthand
    ("DOB 2/2/15 for Ava. mum keeley in at 3.",
     "DOB [DATE_OF_BIRTH] for [NAME]. mum [NAME] in at 3."),
    ("drop off ok - mrs wozniakowa (TA) says fine", "drop off ok - mrs [NAME] (TA) says fine"),
    ("mum will ring back; mrs said no; dr appt 9.40 mon",
     "mum will ring back; mrs said no; dr appt 9.40 mon"),
])
def test_name_positions_and_mentions(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "word"), [
    ("Solicitor: Hussain & Co acts for the mother.", "Co"),
    ("Plan: review in May\nOutcome: closed\nActions: none", "Outcome"),
    ("Dear Mr and Mrs Begum, thank you.", "Mr"),
    ("Arrived at Kent intake unit on Monday.", "Kent"),
    ("Address: Low Moor Farm\nBeverley HU17 5LT", "Beverley"),
    ("The Foster family panel met; the Court case was adjourned.", "Foster"),
    ("Notes for the week\nThu - family time at the centre", "Thu"),
    ("STRATEGY DISCUSSION - OUTCOME: SECTION 47 TO PROCEED", "STRATEGY"),
    ('Honey Blake said she is "sick of being called honey by the lads".', "honey"),
    ("She was moved to Lister Ward and then to Grace Court.", "Lister"),
    ("Seen with Dalvir Kaur, Senior Practitioner, today.", "Senior"),
    ("Apologies from the SENCO and the CAMHS worker.", "Apologies"),
    ('Carlos has a car with "YX" on it.', "YX"),
])
def test_not_names_in_name_positions(text: str, word: str) -> None:
    """A firm's "& Co", a form's labels, a title alone, a place, a town before its
    postcode, an ordinary word before "family", a weekday labelling a line, a name that is a
    word used as the word in quoted speech and a hospital ward stay."""
    spans = [s for s in redact(text, use_model=False)[1] if s.kind == "NAME"]
    start = text.index(word)
    assert not any(s.start < start + len(word) and start < s.end for s in spans)


@pytest.mark.parametrize(("text", "expected"), [
    # shorthand: a lower-case word no table or dictionary knows, after a family word or
    # before an age in brackets, shaped as a name is written
    ("dad qorvani rang, says fine", "dad [NAME] rang, says fine"),
    ("- zemira (13) - mum brelinda rang, zemira didn't come home",
     "- [NAME] (13) - mum [NAME] rang, [NAME] didn't come home"),
    ("hv rang - baby tovenka ok", "hv rang - baby [NAME] ok"),
    # shorthand's abbreviations are not names
    ("mum tmrw, dad txt, mum appt wknd", "mum tmrw, dad txt, mum appt wknd"),
    # not outside a shorthand line
    ("Mum qorvani came.", "Mum qorvani came."),
    # a capitalised word nobody knows, before 's and a person of the family
    ("Zemirova's older brother collects her.", "[NAME]'s older brother collects her."),
    ("Ofsted's report came.", "Ofsted's report came."),
])
def test_names_no_table_knows_found_by_place_and_shape(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a first name and a nickname in brackets before a found surname, a particle between
    ("Zorvan (Zoz) Adebayo-Qent is 13. Zoz said hi.",
     "[NAME] ([NAME]) [NAME] is 13. [NAME] said hi."),
    # an initial before a found name: with its full stop, or after a title
    ("Dr S. Mahmood wrote. Dr S Mahmood rang.", "Dr [NAME] wrote. Dr [NAME] rang."),
    ("Plan A Mahmood", "Plan A [NAME]"),
    # a place after a word of moving is a place, also where a child has its name
    ("Beverley (Bev) Adebayo-Qent came. She moved from Beverley to Hull.",
     "[NAME] ([NAME]) [NAME] came. She moved from Beverley to Hull."),
])
def test_nicknames_initials_and_places_beside_names(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # shorthand: names joined by + or & to a found name, a name in brackets after a family
    # word (the whole bracket), a surname of the tables after a family word, a name before
    # what a person does next, after "w/", a surname before "fam"
    ("drop off: maisie + qorvelle at nursery", "drop off: [NAME] + [NAME] at nursery"),
    ("home visit w/ mum (ngoc anh). dad (brelko) not there",
     "home visit w/ mum ([NAME]). dad ([NAME]) not there"),
    ("dad fraser not to attend", "dad [NAME] not to attend"),
    ("zemorra to call mum am. seen w/ tovelin nr shop",
     "[NAME] to call mum am. seen w/ [NAME] nr shop"),
    ("- qelvani fam: kids ok", "- [NAME] fam: kids ok"),
    ("poppy-mae v upset at drop off", "[NAME] v upset at drop off"),
    # not services, plans or shorthand's abbreviations in the same places
    ("camhs to call mum tmrw. seen w/ senco re ehcp",
     "camhs to call mum tmrw. seen w/ senco re ehcp"),
    ("mum (deceased) and dad (40)", "mum (deceased) and dad (40)"),
])
def test_shorthand_names_by_their_place(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised word no table or dictionary knows, before what a person does
    ("Qorvelle saw her brother push mum.", "[NAME] saw her brother push mum."),
    ("Zemirova wants to go to college.", "[NAME] wants to go to college."),
    ("Ofsted said the nursery was good.", "Ofsted said the nursery was good."),
    ("Referrer's address: 2 Elm Road", "Referrer's address: [ADDRESS]"),
    # a surname before "family", not a place named after families
    ("Map for the Qelvani family, facilitated by Jo Grant",
     "Map for the [NAME] family, facilitated by [NAME]"),
    ("Venue: Brookvale Family Centre", "Venue: Brookvale Family Centre"),
    ("a Muslim family; the Foster family", "a Muslim family; the Foster family"),
    # a name joined to a found name past a family word, and a labelled list
    ("HV visited Zemirova and baby Tia Rowe.", "HV visited [NAME] and baby [NAME]."),
    ("Children present: Qorvelle, Tahmid", "Children present: [NAME], [NAME]"),
    # a nickname or the name's initials in brackets after a found name; a nickname whose
    # real name follows; not a role in brackets
    ("Ruby-Jo Asante (RJ) and Osian Pryce (Ozzy) came.",
     "[NAME] ([NAME]) and [NAME] ([NAME]) came."),
    ("Kaz (real name Karim Hussain) was seen.", "[NAME] (real name [NAME]) was seen."),
    ("Jane Smith (SW) and Ho Wing (interpreter) came.",
     "[NAME] (SW) and [NAME] (interpreter) came."),
    # Welsh family words are not names
    ("She misses Nain and Taid and stays at Nain's.",
     "She misses Nain and Taid and stays at Nain's."),
])
def test_names_by_position_shape_and_brackets(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


def test_a_csv_table_pasted_in_a_record() -> None:
    """A CSV export's rows are split by commas under a header of one-word fields: names
    under "name" whole (a word of the name that is an ordinary word is not trimmed), dates
    under "dob"; a sentence with commas is no table."""
    text = "name,dob,postcode\nGift Qelvani,05/04/2019,LS6 1AA\nTia Rowe,01/02/2020,LS6 2BB"
    assert redact(text, use_model=False)[0] == (
        "name,dob,postcode\n[NAME],[DATE_OF_BIRTH],[POSTCODE]\n[NAME],[DATE_OF_BIRTH],[POSTCODE]")
    assert redact("We bought apples,pears,plums.\nThen home.", use_model=False)[0] == (
        "We bought apples,pears,plums.\nThen home.")


@pytest.mark.parametrize(("text", "start", "word", "label"), [
    ("Address: 1 Hill Road\nPreferred school: Abraham Moss", 21, "Preferred", True),
    ("Released on licence.\nLicence condition: no contact", 21, "Licence", True),
    ("Call at 14:52.\nAdmin note: message passed on", 15, "Admin", True),
    ("Your name: Katie\nChild's name: Bailey-Jo", 17, "Child", True),
    ("Recorded by Kirsty\nChild: Rahel Tesfay, 14", 19, "Child", True),
    # speakers, and names of the tables before a verb and a colon, stay names
    ("Kaz: u coming out", 0, "Kaz", False),
    ("Present: Chair\nSophie summarised: two children", 15, "Sophie", False),
    ("notes\nzofia txt: sorry missed u", 6, "zofia", False),
    ("We met\nGrace: she is fine", 7, "Grace", False),
    ("Seen at home with Licence condition: none", 18, "Licence", False),  # not a line's start
])
def test_a_field_label_opening_its_line_is_no_name(text: str, start: int, word: str,
                                                   label: bool) -> None:
    from sos_lang.redact.pipeline import _field_label

    assert text[start:start + len(word)] == word
    assert _field_label(text, RedactedSpan(start, start + len(word), "NAME", word)) is label


def test_field_labels_stay_and_their_names_go() -> None:
    text = ("Child legal name: Hiba Al-Najjar\nPreferred school: Abraham Moss Community School"
            "\nLicence condition: no contact with Kieran Lofthouse.\nAdmin note: passed on.")
    redacted = redact(text)[0]
    for word in ("Preferred school:", "Licence condition:", "Admin note:"):
        assert word in redacted
    assert "Lofthouse" not in redacted and "Hiba" not in redacted


@pytest.mark.parametrize(("text", "place"), [
    ("Father said he came to Birmingham as a teenager.", "Birmingham"),
    ("Ptolemy boards at school and goes home to Dorset in the holidays.", "Dorset"),
    ('He said his mum "has gone to Skeggy with her boyfriend".', "Skeggy"),
    ("They live four miles from the farm, near Richmond, North Yorkshire.", "Richmond"),
    ("They walked across Hampstead Heath and sat by the ponds.", "Hampstead Heath"),
    ("The family live aboard a narrowboat moored at Apsley Marina.", "Apsley Marina"),
])
def test_a_place_someone_goes_to_is_no_name(text: str, place: str) -> None:
    assert place in redact(text)[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("She goes to Donna's after school.", "She goes to [NAME]'s after school."),
    ("He won't go back to Karen and Phil's.", "He won't go back to [NAME] and [NAME]'s."),
    ("Mum spoke to Kelly Hughes on the phone.", "Mum spoke to [NAME] on the phone."),
])
def test_a_person_someone_goes_to_is_still_a_name(text: str, expected: str) -> None:
    assert redact(text)[0] == expected


def test_speakers_of_a_chat_export_with_times_and_full_names() -> None:
    text = ("Teams chat\n[09:14] Olu Bankole: anyone know who has the family?\n"
            "[09:15] Beth Rawcliffe: that's me. which child?\n[09:16] Olu Bankole: will do\n"
            "Action Plan: ring school")
    redacted = redact(text)[0]
    assert "Olu" not in redacted and "Bankole" not in redacted
    assert redacted.count("[09:14] [NAME]: ") == 1
    assert "Action Plan: ring school" in redacted


@pytest.mark.parametrize(("text", "kept"), [
    ("Representatives: Kaur & Bhatti Solicitors (mother); Paul Firth of counsel.",
     "Bhatti Solicitors"),
    ("| Check damp at home | Leeds Homes (Anita) | 7 May |", "Leeds Homes"),
    ("From: Horton Housing Allocations <allocations@example.org.uk>", "Horton Housing"),
    ("Ellie to request a Clare's Law disclosure via the police.", "Clare's Law"),
    ("Disclosure – Clare's Law (DVDS) – record of disclosure meeting", "Clare's Law"),
    ("She was referred to the paediatric clinic at Royal Blackburn.", "Royal Blackburn"),
    ("The Faith Forum funded the trip.", "Faith Forum"),
    ("The Autumn Term review will be held at the church.", "Autumn Term"),
    ("Best wishes,\nPriyanka Desai, Hackney Children and Families, 020 7946 0395",
     "Hackney Children and Families"),
])
def test_organisations_and_schemes_named_after_people_or_places_stay(text: str,
                                                                    kept: str) -> None:
    assert kept in redact(text)[0]


def test_a_person_beside_an_organisation_is_still_a_name() -> None:
    redacted = redact("Paul Firth of Firth Solicitors rang; Anita Shah (Leeds Homes) too.")[0]
    assert "Paul" not in redacted and "Anita" not in redacted


@pytest.mark.parametrize(("text", "expected"), [
    ("Our worker is Hollie Bennett.\nSigned K Doherty", "Signed [NAME]"),
    ("Parent informed at collection. Signed: H Singh.", "Signed: [NAME]."),
    ("Written by Felicity Okoye, your social worker, with love.", "Written by [NAME], your"),
    ("Completed by Dr Hannah Ilesanmi, Designated Doctor for CLA.", "Completed by Dr [NAME],"),
    ('She said "Aunty Bukola beats us with the wire".', 'said "Aunty [NAME] beats'),
    ("Mummy Anna came; Nanny Pam too.", "Mummy [NAME] came; Nanny [NAME] too."),
])
def test_who_signed_and_kin_words_in_every_spelling(text: str, expected: str) -> None:
    assert expected in redact(text)[0]


def test_a_team_that_signed_and_kin_words_alone_stay() -> None:
    text = "Recorded by Duty Team. Mummy was sad and Daddy shouted. Signed off by the manager."
    assert redact(text)[0] == text


def test_welsh_shona_and_sikh_given_names_are_in_the_tables() -> None:
    text = "Tendai, Amarjit and Angharad were at the session with Gurpreet and Rhodri."
    assert redact(text, use_model=False)[0] == (
        "[NAME], [NAME] and [NAME] were at the session with [NAME] and [NAME].")


@pytest.mark.parametrize(("text", "word"), [
    # must not: a found name's word in lower case where an ordinary word stands, in a
    # sentence written with capitals (after a determiner, a possessive, a preposition, a
    # copula or a number)
    ("Jasmine said the room smelled of jasmine.", "jasmine"),
    ("Sterling said the car went for about two hundred sterling.", "sterling"),
    ("Noble Akpan came. The teacher said he was noble and kind.", "noble"),
    ("Mercy Hardcastle asked for mercy for her dad.", "mercy"),
    ("Punter Vrane rang. She was seen with a known punter.", "punter"),
])
def test_a_found_name_in_a_word_place_stays_the_word(text: str, word: str) -> None:
    redacted = redact(text, use_model=False)[0]
    assert word in redacted and "[NAME]" in redacted


@pytest.mark.parametrize(("text", "expected"), [
    # must: a lower-case name after a cue, a family word or a verb, in any line
    ("Kayleigh: hiya its kayleigh can u ring me", "[NAME]: hiya its [NAME] can u ring me"),
    ("Mum rang. Sophie will tell courtney at 4.", "Mum rang. [NAME] will tell [NAME] at 4."),
])
def test_a_lower_case_name_in_a_name_place_stays_a_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    # must not: places by a compass word before or a place's word after them, a town after
    # "in" before what a person does, a firm's name, a role word opening a line
    "The family were rehoused; both towns are in the East Lindsey district.",
    "The bus runs from Hugh Town quay; the Balivanich airport is close.",
    "He said a man in Kirkwall gives him the fare.",
    "Assessor: Suffolk Young Carers",
    "Learner agreed to the referral.",
])
def test_places_firms_and_roles_are_not_names(text: str) -> None:
    assert [s.text for s in redact(text, use_model=False)[1] if s.kind == "NAME"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a firm named after a person is the firm; the person's own name stays a name, and a
    # form field's whole value stays what its label says
    ("Solicitor: Sunil Mistry, Mistry & Co.", "Solicitor: [NAME], Mistry & Co."),
    ("Solicitor for the mother: Hussain & Co", "Solicitor for the mother: [NAME] & Co"),
    ('Girl called herself "Kitty". One phone had a contact saved as "Brosk".',
     'Girl called herself "[NAME]". One phone had a contact saved as "[NAME]".'),
])
def test_firms_and_aliases(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a couple or siblings sharing a surname: one name
    ("Carers: Janet and Alan Frost (fostering agency)", "Carers: [NAME] (fostering agency)"),
    # nicknames and saved contacts in quotes, by a person's cue before or after them
    ('It smelled of weed when "Ghost" was there.', 'It smelled of weed when "[NAME]" was there.'),
    ('She said a boyfriend "Ali B" uses her card.', 'She said a boyfriend "[NAME]" uses her card.'),
    ('Dad said he\'s "Big Kev" to everyone.', 'Dad said he\'s "[NAME]" to everyone.'),
    ('Present: "Smurf" (real name Harrison Bowen)', 'Present: "[NAME]" (real name [NAME])'),
    ('Saved contacts include "Anh Hai" and "Boss Minh".',
     'Saved contacts include "[NAME]" and "[NAME]".'),
    # a name and its pet form in brackets
    ("Wolf (Wolfie) refused to get in the car.", "[NAME] ([NAME]) refused to get in the car."),
    ("oliver (ollie) now part-time.", "[NAME] ([NAME]) now part-time."),
    # initials without full stops before a surname alone, mid-sentence
    ("Sunil Marsden rang. He paid in name S J Marsden.",
     "[NAME] rang. He paid in name [NAME]."),
    # a lower-case first name that is no ordinary word before what a person does
    ("Case note by kb: ruby-jean seen at the window.",
     "Case note by kb: [NAME] seen at the window."),
])
def test_couples_quoted_nicknames_pet_forms_and_initials(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize("text", [
    # must not: quoted words with no person's cue, a quoted role, words and their
    # shortenings in brackets, "I" before a surname, family words joined to a surname
    'Bodhi said "Daddy ear". She said "Police" came.',
    "The Gov (Government) form; assess (assessment) due.",
    'The sign said "Wet Paint" and "Keep Out".',
])
def test_quoted_words_and_shortenings_are_not_names(text: str) -> None:
    assert [s.text for s in redact(text, use_model=False)[1]
            if s.kind == "NAME" and s.text not in ("Bodhi",)] == []


def test_a_model_person_with_a_thing_s_lower_case_words() -> None:
    from sos_lang.redact.names import _thing_with_lower_case_words

    # must not: a capital and an ordinary word, then lower-case words ("Performance licence")
    assert _thing_with_lower_case_words("Performance licence")
    # must: a name with a particle, or a name whose run the lower-case words follow
    assert not _thing_with_lower_case_words("Maria de Souza")
    assert not _thing_with_lower_case_words("Oisín Ó BRIAIN - health")
    assert not _thing_with_lower_case_words("Jo Smith")


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym before "family" is no surname; a double-barrelled first name before Ward
    # is a name and its surname, not a hospital ward
    ("BFPO family - welfare referral", "BFPO family - welfare referral"),
    ("the Okonjo family moved", "the [NAME] family moved"),
    ("Marley-Jo Ward was moved to the children's ward.",
     "[NAME] was moved to the children's ward."),
    ("She was moved to Lister Ward.", "She was moved to Lister Ward."),
])
def test_acronyms_before_family_and_names_before_ward(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a form of address after "Your" and a range of months are no names; initials with
    # their full stops as a role field's whole value are
    ("Your Honour,\nMy name is Terrence Okoye.", "Your Honour,\nMy name is [NAME]."),
    ("38 performances Dec-Jan and more in Sept-Oct.",
     "38 performances Dec-Jan and more in Sept-Oct."),
    ("SW: A.M.; supervisor: Roz Kettle", "SW: [NAME]; supervisor: [NAME]"),
    ("Plan: A.M. visit", "Plan: A.M. visit"),
])
def test_forms_of_address_month_ranges_and_dotted_initials(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title's bracket that closes the first line, after what the record is, names the
    # place it was written in; after a family word or a role, or named again, a person
    ("Coastguard incident summary (Weymouth)\nPersons: Kyle Dobson and Amira Shah.",
     "Coastguard incident summary (Weymouth)\nPersons: [NAME] and [NAME]."),
    ("Housing officer's visit note (Dudley)\nTenant Gary Pike was not in.",
     "Housing officer's visit note (Dudley)\nTenant [NAME] was not in."),
    ("Bus driver concern (school route, Stockport)\nDriver saw Leon Mace hit a girl.",
     "Bus driver concern (school route, Stockport)\nDriver saw [NAME] hit a girl."),
    ("Home visit to mum (Kerry)\nKerry said she was tired.",
     "Home visit to mum ([NAME])\n[NAME] said she was tired."),
    ("Visit notes (social worker, Dudley)\nDudley said he would ring.",
     "Visit notes (social worker, [NAME])\n[NAME] said he would ring."),
    ("Voice of the child (Tyler)\nTyler drew his house.",
     "Voice of the child ([NAME])\n[NAME] drew his house."),
    ("LAC review - Chen Xiaoling (Lily)", "LAC review - [NAME] ([NAME])"),
])
def test_a_title_s_setting_is_no_name(text: str, expected: str) -> None:
    assert redact(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a role's head noun after any one word that says which is a role field's label, also
    # after a sentence's end on its line
    ("EHE officer: Orla Venn-Hale.", "EHE officer: [NAME]."),
    ("Transferring worker: Ada Rusk. Receiving worker: Tobi Quarme.",
     "Transferring worker: [NAME]. Receiving worker: [NAME]."),
    ("Monitoring officer: Not allocated", "Monitoring officer: Not allocated"),
    ("He was late again. Contact: Monday at 10am.", "He was late again. Contact: Monday at 10am."),
])
def test_role_labels_with_any_qualifier(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nickname in quotes inside a found name: the whole is one name
    ('His mum\'s partner, Lee "Rambo" Kirkpatrick, locked him out.',
     "His mum's partner, [NAME], locked him out."),
    ('Her uncle Dariusz "Darek" Nowicki visits; Nowicki drives.',
     "Her uncle [NAME] visits; [NAME] drives."),
    ('Tyler shouted "go away" Monday night.', 'Tyler shouted "go away" Monday night.'
     .replace("Tyler", "[NAME]")),
])
def test_a_quoted_nickname_inside_a_name(text: str, expected: str) -> None:
    assert redact(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an age in brackets may carry its unit, as a baby's does
    ("Baby Ivo (6 wks) was seen; Ivo fed well.", "Baby [NAME] (6 wks) was seen; [NAME] fed well."),
    ("Joy (3y) was tired.", "[NAME] (3y) was tired."),
    ("the fence (2m) was broken", "the fence (2m) was broken"),
])
def test_an_age_with_its_unit_after_a_name(text: str, expected: str) -> None:
    assert redact(text, use_model=False)[0] == expected


@pytest.mark.parametrize(("text", "family", "expected"), [
    # a capitalised preposition or time word opening a sentence before a month: the month
    ("In June mum said they may move.", ["June", "May"], "In June mum said they may move."),
    ("Since April he has been calmer. April said so.", ["April"],
     "Since April he has been calmer. [NAME] said so."),
    ("In Jayden's room there was a knife.", [], "In [NAME]'s room there was a knife."),
])
def test_a_month_after_a_capitalised_preposition(text: str, family: list[str],
                                                  expected: str) -> None:
    assert redact(text, family, use_model=False)[0] == expected
