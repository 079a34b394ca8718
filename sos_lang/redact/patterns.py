"""Span finder for the regular patterns of every identifier type, and the NHS checksum."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from sos_lang.readability import cmu_words, easy_words
from sos_lang.redact import word_runs
from sos_lang.redact.lines import line_start
from sos_lang.redact.prefilter import LONG_TEXT, Need, distinct_characters, pattern_needs
from sos_lang.redact.rules import Pattern, rules
from sos_lang.redact.spans import Cover, RedactedSpan

NEAR = 150  # characters either side of a value that its ``near`` (``not_near``) words may
# (may not) be within


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


def _a_person(words: str) -> bool:
    """Whether the words are a first name and a surname of the name tables (Jo Smith), so a
    person where a house's name could stand ("c/o Jo Smith, 4 Oak Road")."""
    parts = words.split(",")[0].split()
    found = rules()
    return (len(parts) >= 2 and parts[0].lower() in found.first_names
            and parts[-1].lower() in found.surnames)


def _a_place_or_person(words: str) -> bool:
    """Whether the words' first part (to a comma) is a place of the place table (Kirkwall,
    Orkney) or a person of the name tables (Jo Smith), so no house's name."""
    first = words.split(",")[0].strip()
    return first.lower() in rules().places or _a_person(first)


def _a_person_with_suffix(school: str) -> bool:
    """Whether a "school" ends in a first name of the name tables and a suffix that is a
    school's kind too (Paddy Junior; not Highfield Junior), so a person."""
    found = rules()
    suffix = found.school_person_suffix.search(school)
    return suffix is not None and suffix.group("first").lower() in found.first_names


def pattern_spans(text: str) -> list[RedactedSpan]:
    """Every pattern's values, with the further values a ``more`` group lists; an NHS number
    must pass its checksum, and ten digits that fail it are a reference; a pattern marked
    ``unless_word`` drops a value that is an English word (of the CMU dictionary),
    ``unless_ordinary`` one of everyday words only (talk about school), one with
    ``near`` a value with none of its words within ``NEAR`` characters, one with
    ``not_near`` a value with one of those words within them, one with ``unless_place``
    a value that opens with a town or a person; a "school" that ends in a
    person's first name and a suffix (Paddy Junior) is none; a pattern whose
    ``requires`` test fails on the text is not run; where a pattern's ``house`` group (a
    house's name before the street) holds a person's name, the value starts after it."""
    return [span for pattern in _patterns_for(text)
            for match in pattern.regex.finditer(text)
            for span in _values(pattern, match, text)]


def in_a_value(text: str, start: int, end: int, names: bool = True) -> bool:
    """Whether [start, end) lies inside one of the values pattern_spans finds in text (a
    person's name among them only with names).
    A value lies inside its match, so only the matches that start at or before ``start``
    are looked for, by a match attempt of each pattern at each position up to it (as a
    search makes them): near the start of a text far fewer than a search of the whole
    text by every pattern."""
    for pattern in _patterns_for(text):
        for match in _matches_until(pattern.regex, text, start):
            if any(span.start <= start and end <= span.end and (names or span.kind != "NAME")
                   for span in _values(pattern, match, text)):
                return True
    return False


def _matches_until(regex: re.Pattern[str], text: str, until: int) -> Iterator[re.Match[str]]:
    """The matches of regex.finditer(text) that start at or before until, in order."""
    position = 0
    while position <= until:
        match = regex.match(text, position)
        if match is None:
            position += 1
        elif match.end() == position:
            # an empty match: finditer's next search may still find a longer one here,
            # which one attempt per position would not: ask finditer itself
            yield from _finditer_until(regex, text, until, match)
            return
        else:
            yield match
            position = match.end()


def _finditer_until(regex: re.Pattern[str], text: str, until: int,
                    first: re.Match[str]) -> Iterator[re.Match[str]]:
    for match in regex.finditer(text, first.start()):
        if match.start() > until:
            return
        yield match


@functools.cache
def _needs() -> tuple[Need, ...]:
    """What each pattern of the rules needs of a text's characters (``prefilter``)."""
    return tuple(pattern_needs([pattern.regex for pattern in rules().patterns]))


def _patterns_for(text: str) -> Iterator[Pattern]:
    """The patterns to run on text: those whose ``requires`` test passes (patterns share
    their quick tests: a digit) and, on a long text, that the text's characters can match
    at all (``prefilter``: a megabyte of digits runs only the patterns a digit can meet;
    the same spans either way, as a skipped pattern could match nothing)."""
    passed: dict[str, bool] = {}
    lowered = None
    needs = _needs() if len(text) >= LONG_TEXT else None
    chars = distinct_characters(text) if needs is not None else ""
    seen: dict[re.Pattern[str], bool] = {}
    for number, pattern in enumerate(rules().patterns):
        if needs is not None and not needs[number].holds(chars, seen):
            continue
        if pattern.requires is not None:
            key = pattern.requires.pattern
            if key not in passed:
                if lowered is None:
                    lowered = text.lower()
                passed[key] = pattern.requires.search(text, lowered) is not None
            if not passed[key]:
                continue
        yield pattern


def _values(pattern: Pattern, match: re.Match[str], text: str) -> list[RedactedSpan]:
    """The values of one match of a pattern (see pattern_spans)."""
    group = "value" if "value" in pattern.regex.groupindex else 0
    values = [match.span(group)]
    if pattern.more is not None and match.group("more"):
        group = "value" if "value" in pattern.more.groupindex else 0
        values += [more.span(group) for more in pattern.more.finditer(
            text, match.start("more"), match.end("more"))]
    if ("house" in pattern.regex.groupindex and match.group("house")
            and _a_person(match.group("house"))):
        # "Address: Jo Smith, 4 Oak Road": the street alone is the address
        start = match.end("house")
        while start < values[0][1] and text[start] in ", \t\n":
            start += 1
        values[0] = (start, values[0][1])
    spans = []
    for start, end in values:
        if pattern.unless_word and text[start:end].lower() in cmu_words():
            continue
        if pattern.unless_ordinary and _everyday(text[start:end]):
            continue
        if pattern.unless_place and _a_place_or_person(text[start:end]):
            continue
        if pattern.near is not None and not pattern.near.search(
                text, max(0, start - NEAR), end + NEAR):
            continue
        if pattern.not_near is not None and pattern.not_near.search(
                text, max(0, start - NEAR), end + NEAR):
            continue
        kind = pattern.kind
        if kind == "SCHOOL" and _a_person_with_suffix(text[start:end]):
            continue
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
            group = next((name for name in pattern.groupindex if match.group(name)), "value")
            spans.append(RedactedSpan(*match.span(group), "DATE_OF_BIRTH", match.group(group)))
    return spans


_LEAD_REACH = 120  # characters before an address that its lead (units, house names) may take


def _ordinary(words: str) -> bool:
    """Whether the words are ordinary words only (Mum, Gran's, the Home)."""
    common = rules().common_words
    return all(part.strip("'’").lower().removesuffix("'s").removesuffix("’s") in common
               for part in words.split() if part.lower() != "the")


def _everyday(words: str) -> bool:
    """Whether the words are all everyday words of the Dale-Chall list ("talk about
    school"), not a town or a name that the rules' own common words hold too (bradford
    academy)."""
    easy = easy_words()
    return all(part.lower() in easy for part in words.split())


def _no_house(text: str, start: int, words: str, numbered: bool) -> bool:
    """Whether words before an address, at start, are no house's or building's name. A
    building's name (Rose Cottage, The Old Brewery) is one; ordinary words (Mum, Gran's)
    are not; one other word is unless the name tables hold it (Braeside, 3 Kirk Wynd; not
    Kirsty, 4 Oak Road); more words are only where a field's value opens, after a colon or
    at the line's start, and before a street with no number (Home: Bryn Glas, Heol y
    Dderwen), as a person's name stands before a numbered or a named house ("Mum: Kirsty
    Grimshaw, 49 Audley Range", "registered to Ardit Hoxha, 17 Selby Street", "Client: Ann
    Roe, Elm Farmhouse, Mill Lane")."""
    found = rules()
    if found.address_building.fullmatch(words):
        return False
    if _ordinary(words):
        return True
    parts = words.split()
    if len(parts) == 1:
        return found.in_name_tables(parts[0].lower())
    before = text[line_start(text, start):start].rstrip()
    return numbered or not (before == "" or before.endswith(":"))


def address_extents(text: str, addresses: Iterable[RedactedSpan],
                     identifiers: Iterable[RedactedSpan] = ()) -> list[RedactedSpan]:
    """Each address with the parts of its line that a pattern left out: the units, the
    building and the house's name before it (Apartment 3, The Old Brewery, 12 Tanners
    Lane; 2F1, 18 Clepington Road; Braeside, 3 Kirk Wynd), taken from the right and
    stopping at a person, an ordinary word or another identifier already found (an NI
    number or a reference written before the address is no house's name; a house's name
    alone, Pen y Bryn, takes no other before it), and an estate or
    park the street names after it (Chart Road Industrial Estate). Family: addresses found
    only in part, from their number or street on. An address that gains nothing is
    returned as it was."""
    found = rules()
    taken = Cover(identifiers)  # by bisect: a long record's addresses x its identifiers
    spans = []
    for span in addresses:
        start, end = span.start, span.end
        # a house's name alone takes no other before it; a house with its street does ("The
        # Bungalow, Home Farm, Longhedge Lane")
        alone = found.address_house_alone.fullmatch(span.text) is not None
        lead = None if alone else found.address_lead.search(
            text, max(line_start(text, start), start - _LEAD_REACH), start)
        if lead is not None:
            # a flat's or a house's number, or a house named already: a person may stand
            # before it
            numbered = (lead.group("units") is not None or any(ch.isdigit() for ch in span.text)
                        or found.address_building.match(span.text) is not None)
            for group in ("building", "units", "house"):
                if lead.group(group) is None:
                    continue
                # between a flat's number and the street stands a building, not a person
                if group == "building" and lead.group("units") is not None:
                    if _ordinary(lead.group(group)):
                        break
                elif group != "units" and _no_house(text, lead.start(group),
                                                    lead.group(group), numbered):
                    break
                if taken.overlaps(RedactedSpan(lead.start(group), start, "", "")):
                    break  # an identifier starts before the address and ends past here
                start = lead.start(group)
        tail = found.address_tail.match(text, end)
        if tail is not None:
            end = tail.end()
        spans.append(span if (start, end) == (span.start, span.end)
                     else RedactedSpan(start, end, span.kind, text[start:end]))
    return spans


# A line of a letter's address block with no number: capitalised words (a Welsh or
# Gaelic particle between them), a comma at its end if written (Bryn Hyfryd, Llanfairpwll,
# Anglesey).
_BLOCK_LINE = re.compile(r"[ \t]*(?P<words>[A-ZÀ-ÞŴŶ][\w'’ŵŷ.-]*(?:[ \t]+"
                         r"(?:(?:y|yr|de|la|le|of|the|an|na|nan|upon|on)[ \t]+)?"
                         r"[A-ZÀ-ÞŴŶ][\w'’ŵŷ.-]*){0,3})[ \t]*,?[ \t]*")


def _maybe_a_person(words: str) -> bool:
    """Whether two or three words could be a person's name where a house's name stands:
    the last a surname of the name tables (Gwenllian Parry; not Bryn Hyfryd, whose first
    word is a first name too), and no building's word (Parry House)."""
    parts = words.lower().split()
    found = rules()
    return (len(parts) in (2, 3) and parts[-1] in found.surnames
            and not found.address_building.fullmatch(words))


def letter_head_houses(text: str, spans: Iterable[RedactedSpan]) -> list[RedactedSpan]:
    """The house's name that opens a letter's address block set out one part a line, with no
    street and no number, as rural and Welsh addresses are written ("Bryn Hyfryd" over
    "Llanfairpwll", "Anglesey" and "LL61 5UJ"): the lines above a postcode that stands
    alone on its line (a town before it or not), each capitalised words only; the first
    of them that is no person (a title, or a first name or a surname of the name tables
    in two or three words) and no place of the place table is the house, when a town's
    line follows it. Nothing where the block holds an address found already, or an
    organisation's line (Leeds City Council), whose own address it is. Family: house
    names with no street in a letter's address block."""
    found = rules()
    taken = list(spans)
    houses = []
    for code in (s for s in taken if s.kind == "POSTCODE"):
        start = line_start(text, code.start)
        before = text[start:code.start]
        line_end = text.find("\n", code.end)  # not a copy of the rest of a long record
        if text[code.end:line_end if line_end >= 0 else len(text)].strip() or (
                before.strip() and not _BLOCK_LINE.fullmatch(before)):
            continue
        block: list[tuple[int, int]] = []  # (start, end) of each line above, bottom up
        end = start - 1
        while end > 0 and len(block) < 5:
            top = line_start(text, end)
            line = _BLOCK_LINE.fullmatch(text, top, end)
            if line is None:
                break
            block.append(line.span("words"))
            end = top - 1
        block.reverse()
        if before.strip():
            block.append((start, start))  # the town stands on the postcode's line
        if len(block) < 2 or any(s.kind == "ADDRESS" and block[0][0] <= s.start < code.start
                                 for s in taken):
            continue
        if any(found.place_last_word.fullmatch(text[first:last].split()[-1])
               for first, last in block if last > first):
            continue  # an organisation's own address (Leeds City Council, Merrion House)
        for first, last in block[:-1]:
            words = text[first:last]
            if found.address_block_not_house.match(words) or _maybe_a_person(words):
                continue
            if words.lower() not in found.places and words.lower() not in found.common_words:
                houses.append(RedactedSpan(first, last, "ADDRESS", words))
            break
    return houses


def school_mentions(text: str, schools: Iterable[RedactedSpan]) -> list[RedactedSpan]:
    """Every mention of a school found by name that the record writes again in short: by the
    initials of its name, three letters or more in capitals ("Kingsmead Grammar School (the
    school calls it KGS)"), or by its name without its kind, qualifiers and town ("Oakwood
    Academy ... DSL, Oakwood"), capitalised, when that name is no ordinary word, no first
    name and not used as a place (a one-word name after at, in, to: "the site at
    Cottingley"); a saint's name only with its 's ("at St Wilfrid's now", not "St Mary")
    and never before another capitalised word (St Wilfrid's Hospital)."""
    found = rules()
    spans = []
    for school in schools:
        initials = "".join(word[0] for word in re.findall(r"[A-Z][^\W\d_]*", school.text))
        if len(initials) >= 3:
            spans += [RedactedSpan(match.start(), match.end(), "SCHOOL", match.group())
                      for match in _mentions(text, rf"(?<![\w-]){initials}(?![\w-])",
                                             initials)]
        short = found.school_kind_tail.sub("", school.text)
        if (not short or short == school.text or not short[0].isupper()
                or short.lower() in found.common_words or short.lower() in found.first_names
                or (short.startswith(found.not_name_prefixes)
                    and not short.endswith(("'s", "’s")))):
            continue
        for match in _mentions(text, rf"(?<![\w'’.@/-]){re.escape(short)}(?![\w'’@-]| +[A-Z])",
                               short):
            before = max(0, match.start() - 40), match.start()
            if not (found.word_before.search(text, *before)
                    or (" " not in short and found.school_short_not_after.search(text, *before))):
                spans.append(RedactedSpan(match.start(), match.end(), "SCHOOL", match.group()))
    return spans


def _mentions(text: str, pattern: str, literal: str, flags: int = 0) -> list[re.Match[str]]:
    """The matches of a literal between a lookbehind that refuses a word character and a
    lookahead: on a long text looked for only where the literal's first word stands
    (``word_runs.literal_matches``: a record's every school and handle searched across the
    whole record grew with its length squared), else a search; the same matches."""
    regex = re.compile(pattern, flags)
    if len(text) >= word_runs.INDEX_FROM:
        return word_runs.literal_matches(text, regex, literal)
    return list(regex.finditer(text))


def handle_mentions(text: str, handles: Iterable[RedactedSpan]) -> list[RedactedSpan]:
    """Every mention of a handle found once: a chat's speaker labels and later lines give it
    without the cue that found it ("Account amelia.tt belongs to ..." and "amelia.tt: idk"),
    with or without its @. A handle of fewer than four characters is not searched for."""
    spans = []
    for handle in {span.text.lstrip("@") for span in handles}:
        if len(handle) < 4:
            continue
        for match in _mentions(text, rf"(?<![\w.@]){re.escape(handle)}(?![\w@]|\.\w)",
                               handle, re.IGNORECASE):
            start = match.start() - 1 if match.start() and text[match.start() - 1] == "@" \
                else match.start()
            spans.append(RedactedSpan(start, match.end(), "HANDLE", text[start:match.end()]))
    return spans

