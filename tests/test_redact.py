"""Redaction: every identifier type, the NHS checksum, words that are also names."""

from __future__ import annotations

import pytest

from sos_lang.redact import nhs_number_valid, redact
from sos_lang.redact_evaluate import evaluate_redaction, heldout_test_items


@pytest.mark.parametrize(("text", "kind", "secret"), [
    ("Email kelly.smith@example.com today.", "EMAIL", "kelly.smith@example.com"),
    ("Ring Mum on 07700 900123 after school.", "PHONE", "07700 900123"),
    ("They moved to LS6 2AB last week.", "POSTCODE", "LS6 2AB"),
    ("NHS number 943 476 5919 on the letter.", "NHS_NUMBER", "943 476 5919"),
    ("NI number JK 12 34 56 C given.", "NI_NUMBER", "JK 12 34 56 C"),
    ("Sam, DOB 12/03/2015, attends Oak Primary.", "DATE_OF_BIRTH", "12/03/2015"),
    ("Dad lives at 14 Oak Tree Road now.", "ADDRESS", "14 Oak Tree Road"),
    ("Mrs Kowalska came to the meeting.", "NAME", "Kowalska"),
])
def test_each_type_is_replaced(text: str, kind: str, secret: str) -> None:
    redacted, spans = redact(text, use_model=False)
    assert secret not in redacted and f"[{kind}]" in redacted
    assert any(span.kind == kind for span in spans)


def test_nhs_checksum() -> None:
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    redacted, _ = redact("Case ref 1234567890 is open.", use_model=False)
    assert "1234567890" in redacted


def test_family_names_that_are_words() -> None:
    redacted, _ = redact("Hope said there is no hope; kelly was seen.",
                         family_names=["Hope", "Kelly"], use_model=False)
    assert redacted == "[NAME] said there is no hope; [NAME] was seen."


def test_ordinary_dates_and_roles_stay() -> None:
    text = "On 3 May Mum and the social worker met at 10:30."
    assert redact(text, use_model=False)[0] == text


@pytest.mark.slow
def test_heldout_recall_does_not_fall() -> None:
    """A guard on the held-out test part (see README for the measured figures)."""
    result = evaluate_redaction(heldout_test_items())
    assert result["names_recall"] >= 0.95
    assert result["structured_recall"] >= 0.97
    assert result["precision"] >= 0.96
