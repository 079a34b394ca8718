"""Reading sources: who said each sentence, and which sentences are a child's words."""

from __future__ import annotations

from sos_lang.compare.sources import child_names, read_source

TRANSCRIPT = """SW: How has the week been?
Mum (Tanya): Busy. The boiler broke again.
Child (Ruby, 9): I don't like it when the house is cold.
Continued words from Ruby on the next line.
"""

SRT = """1
00:00:01,000 --> 00:00:04,000
SW: Shall we start with school?

2
00:00:05,000 --> 00:00:09,000
Kai (12): School is fine. I miss my old friends though.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v SW>Who lives here now?</v>

00:00:03.500 --> 00:00:06.000
<v Dad (Pete)>Just me and the boys.</v>
"""

NOTES = """HV 2/5. Seen Ella (7) in her room.
Ella: "I sleep better with the landing light on." Tidy room.
Dad - works days now.
"""


def test_speaker_turns_give_speakers_and_children() -> None:
    sentences = read_source(TRANSCRIPT, 0)
    by_text = {s.text: s for s in sentences}
    assert by_text["Busy."].speaker == "Mum (Tanya)"
    assert not by_text["Busy."].child
    assert by_text["I don't like it when the house is cold."].child
    assert by_text["Continued words from Ruby on the next line."].child


def test_srt_cues_drop_numbers_and_times() -> None:
    sentences = read_source(SRT, 0, "srt")
    assert sentences[0].text == "Shall we start with school?"
    assert all("-->" not in s.text for s in sentences)
    assert [s.child for s in sentences] == [False, True, True]


def test_webvtt_voices_are_speakers_and_offsets_point_into_the_source() -> None:
    sentences = read_source(VTT, 1, "vtt")
    assert [s.speaker for s in sentences] == ["SW", "Dad (Pete)"]
    for sentence in sentences:
        assert VTT[sentence.start:sentence.end] == sentence.text
        assert sentence.source_index == 1


def test_a_childs_quote_in_notes_is_a_childs_words() -> None:
    sentences = read_source(NOTES, 0, "notes")
    quotes = [s for s in sentences if s.child]
    assert quotes and any("landing light" in s.text for s in quotes)
    assert not any(s.child for s in sentences if "works days" in s.text)


def test_child_names_come_from_ages_under_18() -> None:
    assert child_names("Ella (7), Mum (34) and Dad (Pete)") == {"ella"}


def test_a_child_is_named_by_an_age_in_words() -> None:
    from sos_lang.compare.sources import child_names

    text = "This meeting is about Isaac, who's seven, and Mia aged 4. Leo, 11, came. Monday, 3pm."
    assert child_names(text) == {"isaac", "mia", "leo"}


def test_a_first_and_last_name_with_an_age_gives_the_first_name() -> None:
    assert {"reece", "doherty"} <= child_names("RHI - Reece Doherty (13). Seen at school.")


def test_single_quoted_words_in_notes_given_to_a_childs_initial_are_the_childs() -> None:
    notes = ("RHI - Reece Doherty (13). Seen at school.\n"
             "R: 'I just want to live with my dad. Nobody listens.'\n"
             "Mum said it's 'not his fault really'.\n")
    quoted = [s for s in read_source(notes, 0, "notes") if s.quoted]
    assert [s.text for s in quoted] == ["I just want to live with my dad. Nobody listens."]
    assert quoted[0].child


def test_a_name_the_draft_gives_an_age_makes_that_speaker_a_child() -> None:
    text = "SW: Hi.\nKeisha: He's going to forget me.\nSW: Why?\n"
    assert not any(s.child for s in read_source(text, 0))
    assert [s.child for s in read_source(text, 0, known_children=frozenset({"keisha"}))] \
        == [False, True, False]


def test_a_bare_first_name_among_role_labels_is_a_child_but_a_parent_is_not() -> None:
    from sos_lang.compare.sources import bare_named_children

    text = ("Sam (social worker): What goes in the house of worries?\n"
            "Leo: When they argue I go under my duvet.\n"
            "Rhiannon (mum): He told me that too.\n")
    assert bare_named_children(text) == {"leo"}
    assert [s.child for s in read_source(text, 0)] == [False, True, False]
    parent = text.replace("When they argue I go under my duvet.", "Our baby is due in May.")
    assert bare_named_children(parent) == set()


def test_a_bare_first_name_among_full_names_is_a_child() -> None:
    """Adults named in full ('Neil Whitworth', 'Carys Bell') set apart the one speaker
    named by a first name alone as the family's child; two first names alone say
    nothing of who is the child."""
    from sos_lang.compare.sources import bare_named_children

    text = ("Carys Bell: School rang us because Owen's missed a lot of days.\n"
            "Neil Whitworth: Aye, he's been a help.\n"
            "Owen: I want to go back to school on Monday.\n")
    assert bare_named_children(text) == {"owen"}
    assert [s.child for s in read_source(text, 0)] == [False, False, True]
    two = text.replace("Carys Bell", "Carys").replace("Neil Whitworth", "Neil")
    assert bare_named_children(two) == set()


def test_spoken_text_blanks_cue_numbers_and_times_and_keeps_offsets() -> None:
    from sos_lang.compare.sources import spoken

    said = spoken(SRT)
    assert len(said) == len(SRT)
    assert "00:00" not in said and not said.lstrip().startswith("1")
    assert SRT.index("School is fine.") == said.index("School is fine.")


def test_a_label_where_child_only_describes_a_role_is_no_childs() -> None:
    """'child employment officer' and 'Child protection plan' name a professional and a
    document; 'Child (Mia, 9)', 'Child A' and a bare 'YP' name a child."""
    source = ("Lorraine Pike (child employment officer): I've told the shop they can't have "
              "him before seven.\nChild A: I want to keep my paper round.\n"
              "YP: I don't want to stop.\n")
    by_text = {s.text: s for s in read_source(source, 0)}
    assert not by_text["I've told the shop they can't have him before seven."].child
    assert by_text["I want to keep my paper round."].child
    assert by_text["I don't want to stop."].child
    record = "Child protection plan (unborn), review extract: Mum is attending every session.\n"
    assert not any(s.child for s in read_source(record, 0, "record"))


def test_a_school_year_in_a_label_names_a_pupil_and_a_qualified_age_a_child() -> None:
    """'Zara Mitchell (Year 10)' is a pupil, 'Head of Year 8' a teacher; 'Harvey (about 9)'
    in a record makes Harvey's quoted words in the notes a child's."""
    source = ("Zara Mitchell (Year 10): It's not Mum's fault.\n"
              "Mr Barker (Head of Year 8): She is late most Mondays.\n")
    by_text = {s.text: s for s in read_source(source, 0)}
    assert by_text["It's not Mum's fault."].child
    assert not by_text["She is late most Mondays."].child
    notes = ("Two children, Harvey (about 9) and Leo (about 6), were still there.\n"
             "Harvey (on phone, dad put him on): 'I wasn't scared, Leo was a bit.'\n")
    quotes = [s for s in read_source(notes, 0, "notes") if s.quoted]
    assert any(s.child and "wasn't scared" in s.text for s in quotes)


def test_a_first_name_label_after_a_full_label_is_the_same_adult() -> None:
    """A transcript labels a speaker in full on their first turn and by first name after
    it ('Tess Okafor (school nurse)' then 'Tess'): the short label is that adult, not a
    child set apart by a bare first name, and their questions are no child's words."""
    from sos_lang.compare.sources import bare_named_children

    text = ("Tess Okafor (school nurse): Thanks for coming in, Mrs Doyle.\n"
            "Gemma Doyle (mum): That's all right.\n"
            "Tess: How is he sleeping since the move?\n"
            "Gemma: Better, he's in his own room now.\n")
    assert bare_named_children(text) == set()
    assert not any(s.child for s in read_source(text, 0))


def test_the_writers_own_quoted_reply_in_notes_is_not_the_childs() -> None:
    """A note that names the child quotes the writer's own replies too ('I said, "..."'):
    only the quotes the child is given are the child's words."""
    text = ('Asked Jayden (8) about the plaster. I said, "That looks like it hurt." '
            'He said, "I fell off the wall at the park." I said, "Thank you for telling me."\n')
    quoted = [s.text for s in read_source(text, 0, "notes") if s.child]
    assert quoted == ["I fell off the wall at the park."]


def test_a_records_field_label_is_no_speaker() -> None:
    """A record's field label ('Persons at the address: ...') files what follows; it is
    not someone giving an account, while 'Mum on phone: ...' and 'SW: ...' are people."""
    record = ("Persons at the address: Tia Reid (8) and her mother. Tia was asleep.\n"
              "Mum on phone: says she will collect Tia at 6.\n"
              "SW: visit booked for Monday.\n")
    assert [s.speaker for s in read_source(record, 0, "record")] == \
        ["", "", "Mum on phone", "SW"]


def test_a_note_line_label_that_names_a_thing_is_no_speaker() -> None:
    """'Smart Recovery group Thurs - been 3 times': 'Smart' is a surname, but among
    capitals that are no names it names a group, not who speaks; 'Sarah Lewis - says
    she is fine' is still a speaker."""
    notes = "Hope Street Recovery group Weds - been 3 times.\nSarah Lewis - says she is fine.\n"
    speakers = [s.speaker for s in read_source(notes, 0, "notes")]
    assert speakers == ["", "Sarah Lewis"]
