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
