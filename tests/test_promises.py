"""Guards on promises the README makes, each at its boundary. Each test here was shown to
fail against the breakage named in its docstring (issue 23): those breakages had gone
unnoticed by the rest of the suite, or were caught only by slow held-out tests."""

from __future__ import annotations

import pandas as pd
import pytest

from sos_lang.analysis import analyse
from sos_lang.printers import trend_text
from sos_lang.redact import redact
from sos_lang.store.trends import trend_table


def _flagged(text: str, profile: str, kind: str = "deficit") -> list[str]:
    return [f.text for f in analyse(text, profile=profile).findings if f.kind == kind]


@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize(("opening", "closing"), [
    ("‘", "’"),  # UK Word documents use curly single quotes
    ("“", "”"),
    ("'", "'"),
    ('"', '"'),
])
def test_quoted_speech_in_straight_and_curly_quotes_is_never_flagged(
        profile: str, opening: str, closing: str) -> None:
    """Breakage caught: curly single quotes no longer count as quoted speech."""
    said = "Dad is aggressive and she isn’t safe"
    assert _flagged(f"Mum told me {said}.", profile) == ["aggressive"]
    assert _flagged(f"Mum told me {opening}{said}{closing}.", profile) == []


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_an_acronym_spelled_out_before_it_is_used_is_not_flagged(profile: str) -> None:
    text = ("Leo's independent reviewing officer (IRO) is Ms Khan. "
            "The IRO visited Leo at school.")
    assert "IRO" not in _flagged(text, profile, "jargon")


@pytest.mark.parametrize("profile", ["fast", "accurate"])
def test_an_acronym_spelled_out_only_after_its_first_use_is_flagged_there(profile: str) -> None:
    """Breakage caught: an expansion anywhere in the record clears every use of the acronym."""
    text = ("The IRO visited Leo at school. Leo's independent reviewing officer (IRO) "
            "is Ms Khan. The IRO will chair the review.")
    findings = [f for f in analyse(text, profile=profile).findings if f.text == "IRO"]
    assert [f.start for f in findings] == [text.index("IRO")]


def _cells(sizes: dict[str, int]) -> pd.DataFrame:
    rows = [(team, f"2016-01-{day + 1:02d}", 50.0 + day)
            for team, size in sizes.items() for day in range(size)]
    frame = pd.DataFrame(rows, columns=["team", "record_date", "score_overall"])
    frame["record_date"] = pd.to_datetime(frame["record_date"])
    frame["worker"], frame["record_type"] = "w", "case note"
    return frame


def test_cells_of_fewer_than_5_records_are_suppressed_at_4_5_and_6() -> None:
    """Breakages caught: suppression changed to `< 3`, and to `<= 5`."""
    table = trend_table(_cells({"Four": 4, "Five": 5, "Six": 6}), by="team", freq="month")
    cells = table.set_index("group")
    assert cells.loc["Four", "suppressed"] and pd.isna(cells.loc["Four", "mean"])
    assert not cells.loc["Five", "suppressed"] and cells.loc["Five", "mean"] == 52.0
    assert not cells.loc["Six", "suppressed"] and cells.loc["Six", "mean"] == 52.5
    assert cells["records"].to_dict() == {"Four": 4, "Five": 5, "Six": 6}
    text = trend_text(table, "overall")
    assert text.count("n<5") == 1 and "52.0 (5)" in text and "52.5 (6)" in text


@pytest.mark.parametrize("written", ["943 476 5919", "9434765919"])
def test_nhs_numbers_with_and_without_spaces_are_redacted(written: str) -> None:
    """Breakage caught: NHS numbers without spaces no longer redacted (only a slow held-out
    test noticed)."""
    text = f"Sam's NHS number is {written} on the letter."
    redacted, spans = redact(text, use_model=False)
    assert written not in redacted and "[NHS_NUMBER]" in redacted
    assert [text[s.start:s.end] for s in spans if s.kind == "NHS_NUMBER"] == [written]
