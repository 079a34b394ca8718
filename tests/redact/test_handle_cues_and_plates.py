"""Handles and vehicle registrations a new writer sets down that the patterns missed
(issue 16): an account on any platform named by a cue ("on <App> as", "<App> name is",
"ID on <App>"), a profile's address on any site (paypal.me/NAME, any-site/@NAME, /u/NAME),
a payment $tag, and other countries' plates after a word for a vehicle. Written for these
tests, not taken from any evaluation set; each must be redacted whole as its type, and the
sentences that keep must keep every word of that type."""

from __future__ import annotations

import pytest

from tests.redact.probes import spans_of as _of


@pytest.mark.parametrize(("text", "handle"), [
    ("Most nights he plays as DarkPine88 on Minecraft.", "DarkPine88"),
    ("She has been on Grindr as BoiNextDoor19 since March.", "BoiNextDoor19"),
    ("She is on Zepeto as mira_luv now.", "mira_luv"),
    ("Her Kick username is vexie.ll", "vexie.ll"),
    ("His ID on Hoop is tyler_b4", "tyler_b4"),
    ("His Epic Games name is JaxPlayzYT.", "JaxPlayzYT"),
    ("Wizz name: cloudy.daze", "cloudy.daze"),
    ("He told her to send £30 to $tommyshots for the ride.", "$tommyshots"),
    ("Cash App: $Shaniece_B", "$Shaniece_B"),
    ("He asked for it via paypal.me/leonfairfax99 that night.", "paypal.me/leonfairfax99"),
    ("Dad's monzo.me/garethp link was in the chat.", "monzo.me/garethp"),
    ("Bio link: linktr.ee/lunaxrose", "linktr.ee/lunaxrose"),
    ("An account at onlyfans.com/peachy_k22 was found.", "onlyfans.com/peachy_k22"),
    ("Posts at tumblr.com/starlitgirl and", "tumblr.com/starlitgirl"),
    ("He replies from fosstodon.org/@quietkid on it.", "fosstodon.org/@quietkid"),
    ("The thread starter was /u/mumoftwo_leeds.", "/u/mumoftwo_leeds"),
    ("On Bluesky she is nightowl.bsky.social now.", "nightowl.bsky.social"),
    ("His Skype is live:dean.harwood.", "live:dean.harwood"),
    ("Venmo @Rhys-Carter-7 for the tickets.", "@Rhys-Carter-7"),
    ("Riot ID: Kestrel#EUW1", "Kestrel#EUW1"),
    ("Xbox gamertag: Night Hawk 77", "Night Hawk 77"),
    ("Kinder World name: bubbles_77", "bubbles_77"),
    ("Her Wink ID: sasha.rm", "sasha.rm"),
    ("PS5: DeadEyeDan", "DeadEyeDan"),
    ("He is known as rocketman04 online.", "rocketman04"),
    ("On Fortnite he is BlazeRunner9.", "BlazeRunner9"),
])
def test_handles_on_any_platform(text: str, handle: str) -> None:
    assert handle in _of(text, "HANDLE")


@pytest.mark.parametrize("text", [
    "She dressed as SpiderMan on Halloween and as Elsa on Monday.",
    "He was on Facebook as usual; on Tuesday as P3 lead.",
    "It cost $20, or $15.99 in the US ($USD), and $ 10 more.",
    "Update to version 2.4.1 on Monday; meet @ 3pm.",
    "Email jo.b@example.org or see www.gov.uk/help today.",
    "The score was 3-1 on Saturday; product code AB-123.",
    "Where they live: Leeds; the Skype call is weekly.",
    "Riot police at gate #4 and bay #12B.",
    "Lives 3/u/s and sleeps w/u/s.",
    "Her name is McKenzie and his is DeShawn.",
    "File name: visit_notes2.docx; Pupil ID: ab1234; Mosaic ID: 48213.",
])
def test_no_handle_in_ordinary_words(text: str) -> None:
    assert _of(text, "HANDLE") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("Her partner drives a Polish-registered van, KRA 57H21.", "KRA 57H21"),
    ("The car had French plates, GH-482-TK.", "GH-482-TK"),
    ("A German Passat, reg M-KL 3390, was outside.", "M-KL 3390"),
    ("A Dutch van with plate 47-JKP-2 on it.", "47-JKP-2"),
    ("His Lithuanian car, reg KTM 418, was towed.", "KTM 418"),
    ("A Romanian-registered car CJ 12 XYZ outside.", "CJ 12 XYZ"),
    ("The Italian car's plate is FG 381 KP.", "FG 381 KP"),
    ("A Spanish van, plate 4821 KLM, at the door.", "4821 KLM"),
])
def test_other_countries_plates_after_a_vehicle_word(text: str, plate: str) -> None:
    assert _of(text, "VEHICLE_REG") == [plate]


@pytest.mark.parametrize("text", [
    "The car was stopped by PC 4521 at 10.30 on the A61.",
    "His car, a BMW 320 in black, and a 2015 BMW.",
    "Drove to Leeds on the M62 at J27, 3 times; car park level 2.",
    "The car cost £4,500 in 2019 and does 40 mpg; van booked for 1234 hrs.",
])
def test_no_plate_in_ordinary_vehicle_words(text: str) -> None:
    assert _of(text, "VEHICLE_REG") == []
