"""A broad probe of how UK records and forms write a date of birth and an online handle
(issue 16: the blind set's weakest structured types). The layouts follow published forms
and guidance: the MASH and multi-agency referral forms' "DOB / Age", "DOB/EDD",
"First Name / Surname / Alias / DOB (dd/mm/yyyy)" and "If unborn, estimated date of
delivery" fields (https://docsbay.net/child-young-person-details,
https://docsbay.net/working-together-to-safeguard-children-2015,
https://paperzz.com/doc/7371264/mash-form-v5,
https://fill.io/Referral-Form-For-Agencies-Referral-Taken,
https://studylib.net/doc/6838647/early-intervention-and-safeguarding-statutory-referral-form),
and Discord's usernames with and without the old four-digit "#1234" discriminator
(https://www.polygon.com/23710244/discord-new-unique-username-announcement-display-names).
The sentences are written for these tests, not taken from any evaluation set. Each
must-redact probe must find the value inside a span of its type; each must-not probe must
find no date of birth or handle."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


def _of(text: str, kind: str) -> list[str]:
    _, spans = redact(text, use_model=False)
    return [s.text for s in spans if s.kind == kind]


DATES_OF_BIRTH = [
    ("Child: Ava Lee, D.O.B. 03/03/2015, Year 4", "03/03/2015"),
    ("DoB 3.3.15", "3.3.15"),
    ("Date of birth: 3rd of March 2015", "3rd of March 2015"),
    ("Date of Birth: March 3rd, 2015", "March 3rd, 2015"),
    ("She was born on March 3rd 2015.", "March 3rd 2015"),
    ("Kai was born 03-03-15 in Leeds.", "03-03-15"),
    ("Mia Cole b. 3/3/15", "3/3/15"),
    ("d/o/b 03 03 2015", "03 03 2015"),
    ("Ava Lee (DOB: 03/03/2015) lives with mum.", "03/03/2015"),
    ("Ava Lee (DOB 3 March 2015) lives with mum.", "3 March 2015"),
    ("Ava is aged 7 (born 2017).", "2017"),
    ("Ava (7, born 2017) said", "2017"),
    ("First Name | Surname | DOB\nAva | Lee | 03/03/2015", "03/03/2015"),
    ("Baby Lee, born 02/11/24 at 34 weeks, is on SCBU.", "02/11/24"),
    ("Baby was born at 34 weeks on 02/11/24.", "02/11/24"),
    ("Baby girl born 2.11.24 at 34+2 weeks.", "2.11.24"),
    ("DOB/EDD: 14/02/2025", "14/02/2025"),
    ("DOB:03.03.2015", "03.03.2015"),
    ("DOB 03.03.2015 (age 9)", "03.03.2015"),
    ("Date of birth 3 Mar 15", "3 Mar 15"),
    ("Date of birth: 3rd March '15", "3rd March '15"),
    ("Born on the 3rd of March 2015", "3rd of March 2015"),
    ("born on the third of March, 2015", "third of March, 2015"),
    ("DOB: 2015-03-03", "2015-03-03"),
    ("Her birthday is 3rd March 2015", "3rd March 2015"),
    ("Date of Birth (dd/mm/yyyy): 03/03/2015", "03/03/2015"),
    ("DOB / Age: 03/03/2015 / 9", "03/03/2015"),
    ("Ava Lee (b.03/03/15)", "03/03/15"),
    ("Ava Lee [DOB 03/03/2015]", "03/03/2015"),
    ("DOB 3 / 3 / 2015", "3 / 3 / 2015"),
    ("Date of birth - Tuesday 3rd March 2015", "Tuesday 3rd March 2015"),
    ("Mum (DOB 12/06/1990) and Dad (DOB 1/1/88)", "1/1/88"),
    ("Unborn baby, EDD 14.02.25; sibling Jay born 1/5/2019.", "1/5/2019"),
    ("Jay DOB 1st of May, 2019", "1st of May, 2019"),
    ("Jay's date of birth is the 1st May 2019.", "1st May 2019"),
    ("DOB: May 1, 2019", "May 1, 2019"),
    ("DOB: 1-May-2019", "1-May-2019"),
    ("Name: Jay Obi\tDOB: 01/05/2019", "01/05/2019"),
    ("D.o.B 03/03/15", "03/03/15"),
    ("DOB 03/Mar/2015", "03/Mar/2015"),
    ("Ava Lee, 9 (d.o.b. 03.03.2015)", "03.03.2015"),
    ("Claimed DOB 01/01/2008; assessed DOB 01/01/2006", "01/01/2006"),
    ("Date of birth or EDD: 03/03/2015", "03/03/2015"),
    ("Baby X born at 34 weeks gestation on 2nd November 2024", "2nd November 2024"),
    ("DOB 02/11/2024 (34/40)", "02/11/2024"),
    ("DOB:- 03/03/2015", "03/03/2015"),
    ("Mum (b. 1990) said", "1990"),
    ("She gave birth to Baby on 02/11/24.", "02/11/24"),
    # New in this change: the cue spelt with spaces or trailed by dots, "being" before
    # the date, an unbroken ddmmyy and a spaced two-digit year after a cue.
    ("D O B 03/03/2015", "03/03/2015"),
    ("DOB...03/03/2015", "03/03/2015"),
    ("date of birth being 3 March 2015", "3 March 2015"),
    ("dob 030315", "030315"),
    ("Date of birth: 01 05 19", "01 05 19"),
    # A new baby's birth told by its delivery.
    ("baby was delivered on 02/11/24 by c-section", "02/11/24"),
    ("Baby's birth was on 02/11/24", "02/11/24"),
    # b. before a year is "born", not a handle (b.1990).
    ("Mum, b.1990, said", "1990"),
    # A date set with an age in years in one pair of brackets or after the age.
    ("Ava, 9yrs (03/03/15), Jay, 5", "03/03/15"),
    ("Ava (03.03.15, 9 yrs) was seen", "03.03.15"),
    ("Jay (1/5/2019; aged 5) was seen", "1/5/2019"),
]


@pytest.mark.parametrize(("text", "value"), DATES_OF_BIRTH)
def test_date_of_birth_probes(text: str, value: str) -> None:
    assert any(value in found for found in _of(text, "DATE_OF_BIRTH"))


HANDLES = [
    ("Snapchat: ava_lee15", "ava_lee15"),
    ("on Snapchat (avaleexo)", "avaleexo"),
    ("He added her on snap as jayboi09.", "jayboi09"),
    ("Instagram: @ava.lee15", "@ava.lee15"),
    ("IG: ava.lee15", "ava.lee15"),
    ("insta ava.lee15", "ava.lee15"),
    ("Instagram account (ava.lee15) was private", "ava.lee15"),
    ("TikTok @avaleexo", "@avaleexo"),
    ("TikTok username avaleexo", "avaleexo"),
    ("Discord: jayboi#1234", "jayboi#1234"),
    ("Discord: jayboi", "jayboi"),
    ("Discord username jay.boi", "jay.boi"),
    ("Discord (jayboi#0420)", "jayboi#0420"),
    ("Discord tag jayboi#1234", "jayboi#1234"),
    ("he is jayboi#1234 on Discord", "jayboi#1234"),
    ("Xbox gamertag: DarkKnight77", "DarkKnight77"),
    ("PSN ID: jay_plays09", "jay_plays09"),
    ("PSN: JayPlays09", "JayPlays09"),
    ("PlayStation name: JayPlays09", "JayPlays09"),
    ("Telegram: @jayboi09", "@jayboi09"),
    ("Telegram username jayboi09", "jayboi09"),
    ("Roblox username: jayboi09", "jayboi09"),
    ("Roblox: JayBoi09", "JayBoi09"),
    ("his Roblox account xXjayXx", "xXjayXx"),
    ("Twitch: jayplayzlive", "jayplayzlive"),
    ("Twitch username jayplayzlive", "jayplayzlive"),
    ("Facebook: facebook.com/jay.obi.77", "facebook.com/jay.obi.77"),
    ("fb.com/jayobi77", "fb.com/jayobi77"),
    ("Facebook profile name 'Jay Obi'", "Jay Obi"),
    ("Facebook name: Jay Obi", "Jay Obi"),
    ("Snap - avaleexo", "avaleexo"),
    ("Snap ID: avaleexo", "avaleexo"),
    ("Snapchat name avaleexo", "avaleexo"),
    ("snap: ava.lee15", "ava.lee15"),
    ("Instagram handle is @ava.lee15", "@ava.lee15"),
    ("via Instagram (@ava.lee15)", "@ava.lee15"),
    ("@ava.lee15 (Instagram)", "@ava.lee15"),
    ("Kik: jayboi09", "jayboi09"),
    ("X/Twitter: @jayobi", "@jayobi"),
    ("Steam name: jayboi09", "jayboi09"),
    ("Fortnite name: JayBoi09", "JayBoi09"),
    ("Minecraft username JayBoi09", "JayBoi09"),
    ("Discord user jayboi09 sent", "jayboi09"),
    ("Gamertag - DarkKnight77", "DarkKnight77"),
    ("TikTok: avaleexo", "avaleexo"),
    ("Tiktok account avaleexo", "avaleexo"),
    ("messages from an account called ava.lee15 on Instagram", "ava.lee15"),
    # New in this change: "<whose> <app> is NAME", an app's channel, a display name.
    ("Her Snapchat is avaleexo", "avaleexo"),
    ("his TikTok is jayplayz", "jayplayz"),
    ("Twitch channel jayplayzlive", "jayplayzlive"),
    ("YouTube channel: JayPlaysYT", "JayPlaysYT"),
    ("WhatsApp display name: Big J", "Big J"),
    # The handle first and its app in brackets or after "on".
    ("avaleexo (Snapchat)", "avaleexo"),
    ("JayBoi09 (Roblox)", "JayBoi09"),
    ("He adds them as jay_b09 on TikTok.", "jay_b09"),
    ("Accounts: jay_b09 on TikTok, ava.lee15 on Instagram.", "ava.lee15"),
    # An Xbox gamertag with spaces after the service and a colon.
    ("Xbox: Dark Knight 77", "Dark Knight 77"),
]


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_handle_probes(text: str, value: str) -> None:
    assert any(value in found for found in _of(text, "HANDLE"))


@pytest.mark.parametrize("text", [
    "Visit on 03/03/2024; next visit 10/03/2024.",
    "Appointment date: 12/06/2024.",
    "Born in Leeds, visited on 03/03/2024.",
    "Seen on 3rd March 2024 at home.",
    "Review due March 3rd, 2024.",
    "The food parcel was delivered on 02/11/24 at noon.",
    "Her birth mother rang on 3/3/24 about contact.",
    "Seen (12/03/2024, 3) then review (4/5/2024, 2 hours).",
    "See p.12, para.4 and c.2015 in the chronology.",
    "Tel 01 05 19 99 after the visit on 3/4/24.",
])
def test_not_a_date_of_birth(text: str) -> None:
    assert _of(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text", [
    "He uses Snapchat and Instagram every night.",
    "She was on TikTok till late.",
    "Discord server for school friends.",
    "He plays Roblox and Minecraft.",
    "Her Snapchat is private and his TikTok is addictive.",
    "The YouTube channel is popular with her friends.",
    "She was chatting (Snapchat) late; he watches YouTube on Xbox.",
    "She messaged McKenzie on Snapchat.",
    "Xbox: Parental Controls On; Steam: Age 12 rating.",
    "Mum, b.1990, said she was fine.",
])
def test_not_a_handle(text: str) -> None:
    assert _of(text, "HANDLE") == []
