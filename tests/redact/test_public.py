"""The public function the README promises, and rules compiled once."""

from __future__ import annotations

import sos_lang
from sos_lang.redact import RedactedSpan
from sos_lang.redact.rules import rules


def test_sos_lang_redact_is_callable_with_family_names() -> None:
    text, spans = sos_lang.redact("Kacper rang 07700 900123.", family_names=("Kacper",),
                                  use_model=False)
    assert text == "[NAME] rang [PHONE]."
    assert spans == [RedactedSpan(0, 6, "NAME", "Kacper"),
                     RedactedSpan(12, 24, "PHONE", "07700 900123")]


def test_finder_modules_stay_importable_beside_the_function() -> None:
    from sos_lang.redact import names, patterns, tables

    assert callable(sos_lang.redact) and names.not_a_name("SW")
    assert patterns.nhs_number_valid("9434765919") and tables.table_column_spans("") == []


def test_rules_are_compiled_once() -> None:
    assert rules() is rules()
    assert all(pattern.regex.pattern.find("<<") < 0 for pattern in rules().patterns)


def test_parts_are_redacted_as_part_of_the_whole_text() -> None:
    from sos_lang.redact import redact_parts

    text = "Mr Zqxa Vrenn rang. Later Zqxa was angry. Vrenn's car was there."
    first, second = text.index("Later"), text.index("Vrenn's")
    assert redact_parts(text, [(first, second - 1), (second, len(text))], use_model=False) == [
        "Later [NAME] was angry.", "[NAME]'s car was there."]
    # alone, the second sentence has no cue for the name
    assert sos_lang.redact("Vrenn's car was there.", use_model=False)[0] == (
        "Vrenn's car was there.")


def test_a_family_name_column_value_is_split_into_words() -> None:
    text, _ = sos_lang.redact("zqxa and Vrenn came.", family_names=["Zqxa Vrenn"],
                              use_model=False)
    assert text == "[NAME] and [NAME] came."


def test_redact_many_gives_what_one_call_each_gives() -> None:
    from sos_lang.redact import redact_many

    texts = ["Grace said Mr Dyson rang.", "No names here.", "Ring 07700 900123, Tunde."]
    assert redact_many(texts) == [sos_lang.redact(text) for text in texts]
