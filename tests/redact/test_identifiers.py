"""The identifier types added after the security probe (#22 finding 9): international phone
numbers, handles, vehicle registrations, references and school names, each with examples
that must be redacted and examples that must stay."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact


@pytest.mark.parametrize(("text", "kind", "secret"), [
    ("Dad's Polish number is +48 601 234 567.", "PHONE", "+48 601 234 567"),
    ("Gran in Accra: 00 233 24 418 9935", "PHONE", "00 233 24 418 9935"),
    ("Aunt on +1 876 555 0147 (Jamaica).", "PHONE", "+1 876 555 0147"),
    ("She follows @lilmaz_23 on TikTok.", "HANDLE", "@lilmaz_23"),
    ("His Snapchat name is caitlinmcd_x now.", "HANDLE", "caitlinmcd_x"),
    ("snap: tunde.b88 (blocked)", "HANDLE", "tunde.b88"),
    ("Discord tag ShadowKnight#4471 was used.", "HANDLE", "ShadowKnight#4471"),
    ("A silver Corsa, YK19 XHT, was seen outside.", "VEHICLE_REG", "YK19 XHT"),
    ("reg yk19xht parked up", "VEHICLE_REG", "yk19xht"),
    ("An old car, P123 ABC, at the flat.", "VEHICLE_REG", "P123 ABC"),
    ("Court case CP/2017/0456 is listed.", "REFERENCE", "CP/2017/0456"),
    ("Police ref 13240187652 was logged.", "REFERENCE", "13240187652"),
    ("MASH ref 77/2023/1183 closed.", "REFERENCE", "77/2023/1183"),
    ("Crime number 13/40917/24 given.", "REFERENCE", "13/40917/24"),
    ("Case number LS23C00871 at the family court.", "REFERENCE", "LS23C00871"),
    ("Home Office reference T1102394 on the letter.", "REFERENCE", "T1102394"),
    ("LCS ID 2209185 merged.", "REFERENCE", "2209185"),
    ("NHS number given as 943 476 5918 (one digit wrong).", "REFERENCE", "943 476 5918"),
    ("Hospital no. RR8 4417706 on the wristband.", "REFERENCE", "RR8 4417706"),
    ("She is in Year 4 at St Mary's Catholic Primary.", "SCHOOL", "St Mary's Catholic Primary"),
    ("He moved to Oakfield Academy in September.", "SCHOOL", "Oakfield Academy"),
    ("Little Acorns Nursery rang about pick-up.", "SCHOOL", "Little Acorns Nursery"),
    ("He studies at Leeds City College.", "SCHOOL", "Leeds City College"),
])
def test_each_new_type_is_replaced(text: str, kind: str, secret: str) -> None:
    redacted, spans = redact(text, use_model=False)
    assert secret not in redacted and f"[{kind}]" in redacted
    assert any(span.kind == kind and span.text == secret for span in spans)


@pytest.mark.parametrize("text", [
    "Meeting @ 10am in the Blue Room; reply by email after.",
    "See you @10:30 at the centre.",
    "Traffic on the M62 and the A61 near Junction 27.",
    "Rent is £1,250 a month; arrears of £2,500.00 since 2023-24.",
    "Visits on 04/03 and 11/03; next review 12/03/2025 at 10:30.",
    "S47 enquiry under section 47; Section 20 agreed; Room 14, Ward 22, Bus 42.",
    "Childline 0800 1111, or 999 in an emergency; DASH score 17.",
    "He weighed 14.2kg at 2 years; 35 hours a week; 3-5 year olds.",
    "The school rang; the academy trust wrote; St James's Hospital discharged her.",
    "She was seen at the Primary School gate and at the Family Hub.",
])
def test_ordinary_numbers_and_places_stay(text: str) -> None:
    spans = redact(text, use_model=False)[1]
    assert [s.text for s in spans] == []


def test_an_email_is_not_a_handle() -> None:
    assert [s.kind for s in redact("Email kayla@example.com", use_model=False)[1]] == ["EMAIL"]


def test_a_school_is_redacted_where_the_record_names_it_short() -> None:
    """A school found by its full name is redacted where the record writes it without its
    kind, a saint's name with its 's too ("at St Wilfrid's now"); the saint's name before
    another capitalised word (a church, a hospital) is left to the other rules."""
    text = ("Lupe is at St Wilfrid's now, not St Wilfrid's Church of England Primary. "
            "St Wilfrid's Hospital rang.")
    redacted = redact(text, use_model=False)[0]
    assert redacted.endswith(" is at [SCHOOL] now, not [SCHOOL]. St Wilfrid's Hospital rang.")
