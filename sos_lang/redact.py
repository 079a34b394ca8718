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


_FRAGMENT = re.compile(r"<<(\w+)>>")
_VALUE_FRAGMENT = re.compile(r"\(\?P<value><<(\w+)>>\)")


@dataclass(frozen=True)
class _Pattern:
    """One redaction pattern; ``more`` finds further values listed after the first, in the
    same layout (the pattern's ``more`` group, for "DOBs: 1/2/15, 3/4/17 and 8/9/19"): the
    value's fragment, or its ``listed_`` fragment where there is one, whose ``value`` group
    is then the value."""

    kind: str
    regex: re.Pattern[str]
    more: re.Pattern[str] | None


def _expand(pattern: str) -> str:
    """The pattern with each ``<<name>>`` replaced by its fragment, fragments within
    fragments included."""
    fragments: dict[str, str] = load_yaml("redaction.yaml").get("fragments", {})
    while _FRAGMENT.search(pattern):
        pattern = _FRAGMENT.sub(lambda match: fragments[match.group(1)], pattern)
    return pattern


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    data = load_yaml("redaction.yaml")
    fragments = data.get("fragments", {})
    compiled = []
    for kind, patterns in data["patterns"].items():
        flags = re.IGNORECASE if kind != "NAME" else 0
        for pattern in patterns:
            value = _VALUE_FRAGMENT.search(pattern)
            listed = f"listed_{value.group(1)}" if value else ""
            more = (re.compile(_expand(f"<<{listed}>>" if listed in fragments
                                       else f"<<{value.group(1)}>>"), flags)
                    if value and "(?P<more>" in pattern else None)
            compiled.append(_Pattern(kind, re.compile(_expand(pattern), flags), more))
    return tuple(compiled)


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
    for pattern in _patterns():
        for match in pattern.regex.finditer(text):
            group = "value" if "value" in pattern.regex.groupindex else 0
            values = [match.span(group)]
            if pattern.more is not None and match.group("more"):
                group = "value" if "value" in pattern.more.groupindex else 0
                values += [more.span(group) for more in pattern.more.finditer(
                    text, match.start("more"), match.end("more"))]
            for start, end in values:
                if pattern.kind == "NHS_NUMBER" and not nhs_number_valid(text[start:end]):
                    continue
                spans.append(RedactedSpan(start, end, pattern.kind, text[start:end]))
    return spans


_CELL_SEPARATOR = re.compile(r"\||\t")


@functools.cache
def _ignoring_case(pattern: str) -> re.Pattern[str]:
    """A pattern of redaction.yaml, its fragments expanded, compiled once to ignore case."""
    return re.compile(_expand(pattern), re.IGNORECASE)


def _table_column_spans(text: str) -> list[RedactedSpan]:
    """Dates in a table's date-of-birth column ("Name | DOB | School", then one row a line,
    cells split by | or tabs): the cue is in the header, not beside each date."""
    # a header cell that names a date-of-birth column, and a whole-cell date
    header = _ignoring_case(load_yaml("redaction.yaml")["date_of_birth_headers"])
    date = _ignoring_case("<<date>>")
    spans: list[RedactedSpan] = []
    column: int | None = None
    width = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        cells, cell_start = [], offset
        for separator in [*_CELL_SEPARATOR.finditer(line), None]:
            cell_end = offset + separator.start() if separator else offset + len(line)
            cells.append((cell_start, cell_end))
            cell_start = offset + separator.end() if separator else cell_end
        texts = [text[start:end].strip() for start, end in cells]
        if len(cells) > 1 and column is not None and len(cells) == width:
            start, end = cells[column]
            found = date.fullmatch(texts[column])
            if found:
                lead = text[start:end].index(texts[column])
                spans.append(RedactedSpan(start + lead, start + lead + len(texts[column]),
                                          "DATE_OF_BIRTH", texts[column]))
        else:
            headers = [i for i, cell in enumerate(texts) if header.fullmatch(cell)]
            column, width = (headers[0], len(cells)) if len(cells) > 1 and headers else (None, 0)
        offset += len(line)
    return spans


@functools.lru_cache(maxsize=1)
def _ner():  # type: ignore[no-untyped-def]
    """The statistical pipeline with only what NER needs (loaded once, offline)."""
    import spacy

    from sos_lang.pipeline import model_package

    return spacy.load(model_package(), exclude=["parser", "lemmatizer", "attribute_ruler",
                                                "tagger"])


@functools.lru_cache(maxsize=1)
def _word_use_patterns() -> dict[str, re.Pattern[str]]:
    patterns = load_yaml("redaction.yaml")["word_use"]
    return {key: re.compile(pattern) for key, pattern in patterns.items()}


def _used_as_word(text: str, start: int, end: int, is_word: bool) -> bool:
    """Whether the capitalised word at [start, end) is a word or a place here, not a name
    (in April, moved to Hull, Rose Cottage; and for names that are words, Will the ...)."""
    patterns = _word_use_patterns()
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    possessive = after[:1] in ("'", "’")
    if patterns["before"].search(before) and not possessive:
        return True
    if patterns["after"].match(after):
        return True
    return is_word and start == _sentence_start(text, start) and bool(
        patterns["after_word"].match(after))


@functools.lru_cache(maxsize=1)
def _place_cues() -> tuple[re.Pattern[str], tuple[str, ...]]:
    data = load_yaml("redaction.yaml")
    return re.compile(data["place_last_words"]), tuple(data["not_name_prefixes"])


def _not_a_name(text: str) -> bool:
    """A role or a field label (SW, Gender), or a place: a "name" of several words that ends
    in a place word (Calder Road Surgery) or starts like one (St Mary's, HMP Leeds)."""
    last_word, prefixes = _place_cues()
    head, _, last = text.rpartition(" ")
    return (text.lower() in _not_names() or text.startswith(prefixes)
            or (bool(head) and last_word.fullmatch(last) is not None))


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding position starts (after . ! ? or a line break)."""
    cut = max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "\n"))
    start = cut + 1 if cut >= 0 else 0
    while start < position and text[start].isspace():
        start += 1
    return start


def _model_name_spans(text: str) -> list[RedactedSpan]:
    """People the entity recogniser finds, less roles, digits, lower-case guesses and words
    used as places."""
    spans = []
    for entity in _ner()(text).ents:
        # A person's name has a capital, no digits and no line break: "S31", "Flat 2", the
        # model's lower-case guesses ("rang nan") and "RECORD\nChild" are not names;
        # shorthand names come from the family list.
        if (entity.label_ == "PERSON" and not _not_a_name(entity.text)
                and "\n" not in entity.text and not any(ch.isdigit() for ch in entity.text)
                and any(ch.isupper() for ch in entity.text)
                and not _used_as_word(text, entity.start_char, entity.end_char, False)
                and not _in_heading(text, entity.start_char, entity.text)):
            spans.append(RedactedSpan(entity.start_char, entity.end_char, "NAME",
                                      entity.text))
    return spans


def _family_name_spans(text: str, family_names: Iterable[str]) -> list[RedactedSpan]:
    """Where the record's own family names occur. A name that is also a word (Hope, Rose,
    Bill) matches only with a capital, so it is not redacted where it is used as the word,
    except on a line with no capitals at all (a shorthand note: "msg from dean"); other
    names match in lower case too."""
    spans = []
    for name in {n.strip() for n in family_names if n and n.strip()}:
        forms = {name, name[:1].upper() + name[1:], name.upper()}
        is_word = name.lower() in _names_that_are_words()
        if not is_word:
            forms.add(name.lower())
        pattern = r"\b(" + "|".join(re.escape(form) for form in sorted(forms)) + r")\b"
        matches = list(re.finditer(pattern, text))
        if is_word:
            matches += [match for match in re.finditer(rf"\b{re.escape(name.lower())}\b", text)
                        if _in_lower_case_line(text, match.start())]
        for match in matches:
            if not _used_as_word(text, match.start(), match.end(), is_word):
                spans.append(RedactedSpan(match.start(), match.end(), "NAME", match.group()))
    return spans


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _line_at(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[_line_start(text, position):end if end >= 0 else len(text)]


def _in_lower_case_line(text: str, position: int) -> bool:
    """Whether the line holding position has letters and no capitals (a shorthand note)."""
    line = _line_at(text, position)
    return line == line.lower() and line != line.upper()


def _in_heading(text: str, position: int, name: str) -> bool:
    """Whether a model's upper-case "person" opens an upper-case line, a heading ("MARAC
    REFERRAL (RIC score 16)"); names in capitals after a label are found by the label
    patterns."""
    return name.isupper() and text[_line_start(text, position):position + len(name)].isupper()


def _dates_of_birth_after(text: str, anchors: Iterable[RedactedSpan], key: str
                          ) -> list[RedactedSpan]:
    """Dates of birth that the pattern ``key`` finds straight after each anchor span: after
    a family member's name, or after a date of birth that another record contradicts."""
    spans = []
    for anchor in anchors:
        match = _ignoring_case(load_yaml("redaction.yaml")[key]).match(text, anchor.end)
        if match:
            spans.append(RedactedSpan(*match.span("value"), "DATE_OF_BIRTH",
                                      match.group("value")))
    return spans


def _after_address(text: str, start: int, address_ends: set[int]) -> bool:
    """Whether start follows an address end with only a comma and spaces between."""
    return any(end <= start and text[end:start].strip() == "," for end in address_ends)


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
    family = _family_name_spans(text, family_names)
    # A pattern's "name" that is a role (SW), a field label or ends in a place word is not one.
    pattern_spans = [s for s in _pattern_spans(text) + _table_column_spans(text)
                     if s.kind != "NAME" or not _not_a_name(s.text)]
    pattern_spans += _dates_of_birth_after(text, family, "date_of_birth_after_family_name")
    pattern_spans += _dates_of_birth_after(
        text, [s for s in pattern_spans if s.kind == "DATE_OF_BIRTH"],
        "date_of_birth_set_against")
    structured = [s for s in pattern_spans if s.kind != "NAME"]
    # A name inside or across another detail (an email address, a street name, "Tel 0113 ...")
    # is covered by that detail's placeholder alone: the model's or the family list's name
    # span gives way, however long it is.
    # The word after an address and a comma is its town ("4 Low Fold, Horsforth").
    towns = {s.end for s in structured if s.kind == "ADDRESS"}
    names = [n for n in (_model_name_spans(text) if use_model else []) + family
             if all(n.end <= s.start or s.end <= n.start for s in structured)
             and not _after_address(text, n.start, towns)]
    spans = _merge(pattern_spans + names)
    pieces, position = [], 0
    for span in spans:
        pieces.extend([text[position:span.start], f"[{span.kind}]"])
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces), spans
