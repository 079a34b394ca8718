"""Redaction of personal details in excerpts that leave the analysis.

Structured identifiers (emails, phone numbers, UK postcodes, NHS numbers with a
valid checksum, National Insurance numbers, dates of birth, street addresses)
are found by patterns; names of people by spaCy's named entities, titles
(Mr, Mrs, Ms, Dr ...) and the record's own list of family names when given.
Each is replaced by a typed placeholder such as ``[NAME]`` or ``[PHONE]``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sos_lang.settings import load_yaml


@dataclass(frozen=True)
class RedactedSpan:
    """A stretch of the original text that was replaced, and by what kind of placeholder."""

    start: int
    end: int
    kind: str
    text: str


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_yaml("redaction.yaml")
    return tuple((kind, re.compile(pattern, re.IGNORECASE if kind != "NAME" else 0))
                 for kind, patterns in data["patterns"].items() for pattern in patterns)


@functools.lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(word.lower() for word in load_yaml("redaction.yaml")["not_names"])


@functools.lru_cache(maxsize=1)
def _names_that_are_words() -> frozenset[str]:
    return frozenset(word.lower() for word in load_yaml("redaction.yaml")["names_that_are_words"])


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


def _pattern_spans(text: str) -> list[RedactedSpan]:
    spans = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            group = "value" if "value" in pattern.groupindex else 0
            start, end = match.span(group)
            if kind == "NHS_NUMBER" and not nhs_number_valid(match.group(group)):
                continue
            spans.append(RedactedSpan(start, end, kind, text[start:end]))
    return spans


@functools.lru_cache(maxsize=1)
def _ner():  # type: ignore[no-untyped-def]
    """The statistical pipeline with only what NER needs (loaded once, offline)."""
    import spacy

    from sos_lang.pipeline import model_package

    return spacy.load(model_package(), exclude=["parser", "lemmatizer", "attribute_ruler",
                                                "tagger"])


def _name_spans(text: str, family_names: Iterable[str], use_model: bool) -> list[RedactedSpan]:
    spans = []
    if use_model:
        for entity in _ner()(text).ents:
            # A person's name has no digits: "S31" or "Flat 2" is not one.
            if (entity.label_ == "PERSON" and entity.text.lower() not in _not_names()
                    and not any(ch.isdigit() for ch in entity.text)):
                spans.append(RedactedSpan(entity.start_char, entity.end_char, "NAME",
                                          entity.text))
    # A family name that is also a word (Hope, Rose, Bill) matches only with a capital,
    # so it is not redacted where it is used as the word; others match in lower case too.
    for name in {n.strip() for n in family_names if n and n.strip()}:
        forms = {name, name[:1].upper() + name[1:], name.upper()}
        if name.lower() not in _names_that_are_words():
            forms.add(name.lower())
        pattern = r"\b(" + "|".join(re.escape(form) for form in sorted(forms)) + r")\b"
        for match in re.finditer(pattern, text):
            spans.append(RedactedSpan(match.start(), match.end(), "NAME", match.group()))
    return spans


def _merge(spans: list[RedactedSpan]) -> list[RedactedSpan]:
    """Keep the longest of overlapping spans, in text order."""
    kept: list[RedactedSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= other.start or other.end <= span.start for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def redact(text: str, family_names: Iterable[str] = (), use_model: bool = True
           ) -> tuple[str, list[RedactedSpan]]:
    """The text with personal details replaced by typed placeholders, and what was replaced."""
    pattern_spans = _pattern_spans(text)
    structured = [s for s in pattern_spans if s.kind != "NAME"]
    # A name inside or across another detail (an email address, a street name, "Tel 0113 ...")
    # is covered by that detail's placeholder alone: the model's or the family list's name
    # span gives way, however long it is.
    names = [n for n in _name_spans(text, family_names, use_model)
             if all(n.end <= s.start or s.end <= n.start for s in structured)]
    spans = _merge(pattern_spans + names)
    pieces, position = [], 0
    for span in spans:
        pieces.extend([text[position:span.start], f"[{span.kind}]"])
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces), spans
