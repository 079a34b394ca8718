"""Span finder for the regular patterns of every identifier type, and the NHS checksum."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sos_lang.readability import cmu_words
from sos_lang.redact.rules import rules
from sos_lang.redact.spans import RedactedSpan


def nhs_number_valid(digits: str) -> bool:
    """The NHS number modulus 11 check."""
    numbers = [int(d) for d in digits if d.isdigit()]
    if len(numbers) != 10:
        return False
    total = sum(weight * digit for weight, digit in zip(range(10, 1, -1), numbers[:9],
                                                          strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == numbers[9]


def pattern_spans(text: str) -> list[RedactedSpan]:
    """Every pattern's values, with the further values a ``more`` group lists; an NHS number
    must pass its checksum, and ten digits that fail it are a reference; a pattern marked
    ``unless_word`` drops a value that is an English word (of the CMU dictionary); a
    pattern whose ``requires`` test fails on the text is not run."""
    spans = []
    passed: dict[str, bool] = {}  # patterns share their quick tests (a digit)
    for pattern in rules().patterns:
        if pattern.requires is not None:
            key = pattern.requires.pattern
            if key not in passed:
                passed[key] = pattern.requires.search(text) is not None
            if not passed[key]:
                continue
        for match in pattern.regex.finditer(text):
            group = "value" if "value" in pattern.regex.groupindex else 0
            values = [match.span(group)]
            if pattern.more is not None and match.group("more"):
                group = "value" if "value" in pattern.more.groupindex else 0
                values += [more.span(group) for more in pattern.more.finditer(
                    text, match.start("more"), match.end("more"))]
            for start, end in values:
                if pattern.unless_word and text[start:end].lower() in cmu_words():
                    continue
                kind = pattern.kind
                if kind == "NHS_NUMBER" and not nhs_number_valid(text[start:end]):
                    kind = "REFERENCE"  # a mistyped NHS number, or another ten-digit ID
                spans.append(RedactedSpan(start, end, kind, text[start:end]))
    return spans


def dates_of_birth_after(text: str, anchors: Iterable[RedactedSpan], key: str
                         ) -> list[RedactedSpan]:
    """Dates of birth that the rule ``key`` finds straight after each anchor span: after
    a person's name, or after a date of birth that another record contradicts."""
    pattern = getattr(rules(), key)
    spans = []
    for anchor in anchors:
        match = pattern.match(text, anchor.end)
        if match:
            group = "cell" if "cell" in pattern.groupindex and match.group("cell") else "value"
            spans.append(RedactedSpan(*match.span(group), "DATE_OF_BIRTH", match.group(group)))
    return spans


def school_initials(text: str, schools: Iterable[RedactedSpan]) -> list[RedactedSpan]:
    """Every mention of a school found by name that the record writes again by the initials
    of its name ("Kingsmead Grammar School (the school calls it KGS)"): three letters or
    more, in capitals."""
    spans = []
    for school in schools:
        initials = "".join(word[0] for word in re.findall(r"[A-Z][^\W\d_]*", school.text))
        if len(initials) >= 3:
            spans += [RedactedSpan(match.start(), match.end(), "SCHOOL", match.group())
                      for match in re.finditer(rf"(?<![\w-]){initials}(?![\w-])", text)]
    return spans
