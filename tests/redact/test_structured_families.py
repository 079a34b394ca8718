"""Structured identifiers of the families the eleventh round's blind set showed missed
(issue 16): a handle after any app's name and a colon, with its cue words apart, dotted near
an app, a fediverse handle, an account under a quoted name, a resale shop's profile link; a
reference after a force's or a system's initials, an IMEI, a cue a few words before its code;
Bulgarian plates; an Edinburgh stair address, a road named Lanes, Mount Pleasant, a guest
house or a holiday park's lodge, a farm named without a postcode, a boat lived on; a school's
second kind, a Nursery Class, a college's town; a date of birth in another
calendar or language glossed by the date in brackets, one qualified (assessed), one after
its cue with words between; a professional's registration PIN; a chronology row's date that
is no date of birth. Written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from tests.redact.probes import spans_of as _of


@pytest.mark.parametrize(("text", "kind", "value"), [
    # handles
    ("Her Yubo: @kiki.r0se. Wizz: kikirosexx.", "HANDLE", "kikirosexx"),
    ("Yubo: mollzbabe, then", "HANDLE", "mollzbabe"),
    ("His Xbox gamertag, which the boys all know, is DeanoGG_7.", "HANDLE", "DeanoGG_7"),
    ("He found her on TikTok; she is tash.m.x on there.", "HANDLE", "tash.m.x"),
    ("Mastodon: @callum@toot.wales posted the photo.", "HANDLE", "@callum@toot.wales"),
    ("He runs a Facebook profile called \"Big Dave Lfc\" for it.", "HANDLE", "Big Dave Lfc"),
    ("Her Depop is depop.com/maisiejxo and he messaged there.", "HANDLE", "depop.com/maisiejxo"),
    ("Shop: vinted.co.uk/member/40411-kerryann (Mum's).", "HANDLE",
     "vinted.co.uk/member/40411-kerryann"),
    # references
    ("Crime ref GMP 14LL/55021T/24 was given.", "REFERENCE", "GMP 14LL/55021T/24"),
    ("Crime ref CRIS 0201884/25. Officer at the door.", "REFERENCE", "CRIS 0201884/25"),
    ("The IMEI of the phone is recorded as 490154203237518.", "REFERENCE", "490154203237518"),
    ("IMEI 49 015420 323751 8 on the seized handset.", "REFERENCE", "49 015420 323751 8"),
    ("UBRN for the paediatric referral: 1207 5531 0098.", "REFERENCE", "1207 5531 0098"),
    ("Health visitor's NMC PIN, as on her badge: 11A2345B.", "REFERENCE", "11A2345B"),
    # vehicles
    ("a Bulgarian-registered van, plate PB 7712 KX, on the drive", "VEHICLE_REG",
     "PB 7712 KX"),
    # addresses
    ("Home: 12/2 Easter Road, Edinburgh.", "ADDRESS", "12/2 Easter Road"),
    ("They moved to 41 Green Lanes last spring.", "ADDRESS", "41 Green Lanes"),
    ("Carer: Mrs Ama Owusu, 14 Mount Pleasant, Tel 0113 496 0000", "ADDRESS",
     "14 Mount Pleasant"),
    ("Placed at Room 2, Glan Môr Guest House, 4 Marine Drive, Rhyl", "ADDRESS",
     "Room 2, Glan Môr Guest House, 4 Marine Drive"),
    ("Visit address: Lodge 12, Pinewood Holiday Village, Skegness PE25 1AA.", "ADDRESS",
     "Lodge 12, Pinewood Holiday Village"),
    ("Dad picks him up from Cae Mawr Farm at six.", "ADDRESS", "Cae Mawr Farm"),
    ("She works at Mains of Drumblair at weekends.", "ADDRESS", "Mains of Drumblair"),
    ("They live aboard the narrowboat \"Morning Star\" near lock 9.", "ADDRESS",
     "\"Morning Star\""),
    # schools
    ("She is at Holy Cross School and Sixth Form Centre now.", "SCHOOL",
     "Holy Cross School and Sixth Form Centre"),
    ("Both at Little Wrens Nursery & Pre-School on Fridays.", "SCHOOL",
     "Little Wrens Nursery & Pre-School"),
    ("Child: Isla Reid, Bruntsfield Nursery Class", "SCHOOL", "Bruntsfield Nursery Class"),
    ("a sweatshirt from Prior Pursglove College Guisborough on", "SCHOOL",
     "Prior Pursglove College Guisborough"),
    # dates of birth in another calendar or language, and their gloss
    ("Child: Keza Mugisha, DOB 14 Gicurasi 2012 (14/05/2012), Year 7", "DATE_OF_BIRTH",
     "14 Gicurasi 2012"),
    ("Child: Keza Mugisha, DOB 14 Gicurasi 2012 (14/05/2012), Year 7", "DATE_OF_BIRTH",
     "14/05/2012"),
    ("Mother: Ilze Kalna, dzimšanas datums 1994. gada 2. marts (02/03/1994)",
     "DATE_OF_BIRTH", "1994. gada 2. marts"),
    ("Father: Jonas Petraitis, gimimo data 1989-11-04, worker", "DATE_OF_BIRTH",
     "1989-11-04"),
    ("Stepdad: Lukas Brenner, Geb. 21.07.1987, lives nearby", "DATE_OF_BIRTH", "21.07.1987"),
    ("Hamid Rahimi    son    01/01/2008 (assessed)", "DATE_OF_BIRTH", "01/01/2008"),
    ("Her date of birth on the tenancy for 4 Mill Row is 02/09/1991, Mum says.",
     "DATE_OF_BIRTH", "02/09/1991"),
])
def test_redacted_whole(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Wizz: blocked. Kik: none. Yubo: deleted.", "HANDLE"),
    ("Her Snapchat name, she says, is Kayla.", "HANDLE"),
    ("On Snapchat she said it was approx. 2 times; see www.gov.uk and notes.docx.", "HANDLE"),
    ("She has a Facebook account under her own name.", "HANDLE"),
    ("Email callum@toot.wales for the notes; meet @ 2pm.", "HANDLE"),
    ("IMEI not known; the phone was 2 years old.", "REFERENCE"),
    ("Case number for the hearing is to follow on 12/03/2024.", "REFERENCE"),
    ("She scored 23/40 in the test; 3/4 Green children came.", "ADDRESS"),
    ("We shop at Tesco Farm Foods; he went to the farm; the mains of the house.", "ADDRESS"),
    ("They live on a boat; the barge \"was cold\" she said.", "ADDRESS"),
    ("Review held 12/03/2024 (rescheduled); visit 3/4/2024 (unannounced).", "DATE_OF_BIRTH"),
    ("DOB confirmed at the visit and the review is 12/03/2024.", "DATE_OF_BIRTH"),
    ("Jo Bell - 12/03/2024 - visit", "DATE_OF_BIRTH"),
    ("Kai Lowe, 03/04/2024, phone call with Gran", "DATE_OF_BIRTH"),
    ("Born in Kigali, Rwanda (12/03/2024 visit); DOB unknown.", "DATE_OF_BIRTH"),
])
def test_kept(text: str, kind: str) -> None:
    assert _of(text, kind) == []


def test_a_row_date_before_other_cells_is_still_a_birth() -> None:
    assert _of("Jo Bell, 12/03/2014, Year 5", "DATE_OF_BIRTH") == ["12/03/2014"]


def test_a_school_stops_before_what_follows_it() -> None:
    text = "at Oakwood Nursery. Class 2 went out; Kirklees College Students Union met."
    assert _of(text, "SCHOOL") == ["Oakwood Nursery", "Kirklees College"]
