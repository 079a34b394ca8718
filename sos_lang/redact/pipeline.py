"""``redact()``: find, filter, merge, render.

Each finder is its own module (patterns, tables, names); this module only decides which
finds stand: a name inside another identifier gives way to it, and the town after an
address is not a name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from sos_lang.readability import cmu_words
from sos_lang.redact.lines import line_start, sentence_start
from sos_lang.redact.names import (
    agent_label_name_spans,
    extended_names,
    known_name_spans,
    model_name_spans,
    name_parts,
    names_a_place,
    naming_phrase_name_spans,
    needs_model,
    ner,
    not_a_name,
    opens_a_firm,
    person_slot_name_spans,
    position_name_spans,
    quoted_name_spans,
    short_forms,
    speaker_name_spans,
    table_name_spans,
    title_setting,
    venue_or_product,
)
from sos_lang.redact.patterns import (
    address_extents,
    dates_of_birth_after,
    handle_mentions,
    letter_head_houses,
    pattern_spans,
    school_mentions,
)
from sos_lang.redact.rules import rules
from sos_lang.redact.spans import Cover, RedactedSpan, merge, render, render_part
from sos_lang.redact.tables import header_rows, table_column_spans

# What may stand between an address's end, or a place of its chain, and the next place of
# the chain on the same line: lower-case words of the address ("site", "estate"), commas
# and capitalised words with no digit and no sentence's end ("Plot 3, Sweetbriar Lane site,
# Norwich"; "Ty Newydd, Llanddewi Brefi, Tregaron SY25 6RS").
_PLACE_WORD = r"[A-Z][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
_PLACE_CHAIN = re.compile(r"(?:[ \t]+[a-z]+)?(?:[ \t]*,[ \t]*(?:" + _PLACE_WORD
                          + r"(?:[ \t]+" + _PLACE_WORD + r")*)?)*?[ \t]*,[ \t]*")
_PLACES_TO_POSTCODE = re.compile(r"(?:[ \t]*,[ \t]*" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD
                                 + r")*)*[ \t]*,?[ \t]*")
_CHAIN_END = re.compile(r"[ \t]*(?:,|\n|$)")
# Kinds whose "find" in a table's header row is its labels ("nhs_no" is no handle, "Name
# DOB School" no school, "Home Address" no address): a header row holds no details.
_LABEL_KINDS = frozenset({"HANDLE", "SCHOOL", "ADDRESS"})
# Any letter: a name, a table's header and a name's cue all need one.
_LETTER = re.compile(r"[^\W\d_]")


class _Positions:
    """Positions in a text, asked "is p one of you?" and "which of you lie in [a, b]?"
    without reading them all (a long record's thousands of addresses against its thousands
    of names were a quadratic cost)."""

    def __init__(self, positions: Iterable[int]) -> None:
        self._set = frozenset(positions)
        self._sorted = sorted(self._set)

    def __contains__(self, position: object) -> bool:
        return position in self._set

    def between(self, low: int, high: int) -> list[int]:
        """The positions p with low <= p <= high, in order."""
        return self._sorted[bisect.bisect_left(self._sorted, low):
                            bisect.bisect_right(self._sorted, high)]


def _after_address(text: str, start: int, end: int, address_ends: _Positions,
                   postcode_starts: _Positions) -> bool:
    """Whether the "name" at [start, end) is a place of an address's chain on its line: it
    follows an address end with only a comma and spaces between (the town: "4 Low Fold,
    Horsforth"), or with the address's other places between and a comma or the line's end
    after it ("Plot 3, Sweetbriar Lane site, Norwich"), or it stands in a chain of
    places that ends in a postcode ("Letters to: Ty Newydd, Llanddewi Brefi, Tregaron SY25
    6RS"). Family: towns, villages and house names after an address read as names."""
    if any(end_ in address_ends for end_ in _comma_before(text, start)):
        return True
    if any(_PLACE_CHAIN.fullmatch(text, end_, start) and _CHAIN_END.match(text, end)
           for end_ in address_ends.between(start - 80, start)):
        return True
    # before a postcode: this place, then commas and capitalised words only (a chain is
    # at most 60 characters long, _chain_to_postcode)
    return any(_chain_to_postcode(text, start, end, code)
               for code in postcode_starts.between(end, end + 60))


def _comma_before(text: str, start: int) -> range:
    """The positions from which text up to start is one comma and white space round it
    (``text[p:start].strip() == ","``): read back from start, not tried from every
    address's end (a long text's thousands of names and addresses)."""
    comma = start
    while comma > 0 and text[comma - 1].isspace():
        comma -= 1
    if comma == 0 or text[comma - 1] != ",":
        return range(0)
    first = comma - 1
    while first > 0 and text[first - 1].isspace():
        first -= 1
    return range(first, comma)


def _chain_to_postcode(text: str, start: int, end: int, code: int) -> bool:
    """Whether [start, end) opens, or follows a comma in, a chain of places that runs to a
    postcode at code on the same line."""
    between = text[end:code]
    if "\n" in between or any(ch.isdigit() for ch in between) or len(between) > 60:
        return False
    if not _PLACES_TO_POSTCODE.fullmatch(between):
        return False
    before = text[line_start(text, start):start].rstrip()
    return before.endswith((",", ":"))


def _day_label(text: str, name: RedactedSpan) -> bool:
    """Whether the "name" is a weekday's short form labelling a line ("Thu - family time")."""
    start = line_start(text, name.start)
    label = rules().day_label.match(text, start)
    return label is not None and text[start:name.start].strip() == "" and label.end() > name.start


def _field_label(text: str, name: RedactedSpan) -> bool:
    """Whether the "name" is the first word of a form's field label that opens its line
    ("Preferred school: ...", "Licence condition: ...", "Child's name: ..."; family: labels
    of forms and notes read as names by the model or a name position), or an ordinary word
    alone before a colon there ("Child: Rahel Tesfay"). A speaker's name and its colon
    stays ("Kaz: u coming out"), as does a word of the name tables ("Sophie summarised:")."""
    found = rules()
    if text[line_start(text, name.start):name.start].strip() or " " in name.text:
        return False
    if text[name.end:name.end + 1] not in ("'", "’") and found.reporting_after.match(
            text, name.end):
        return False  # "Oyinkansola said: ..."
    word = name.text.lower()
    if found.in_name_tables(word):
        return False  # "Sophie summarised: ...", "zofia txt: ..."
    colon = text[name.end:name.end + 1] == ":"
    return found.label_rest.match(text, name.end) is not None or (
        word in found.common_words and word not in found.names_that_are_words and colon) or (
        colon and not name.text.isupper() and word in cmu_words()
        and word not in found.place_person_names
        and found.label_noun_shape.fullmatch(word) is not None)


# Between a vehicle's make or model and its registration: other capitalised words of the
# model, a comma, "reg" ("Skoda Octavia PN19 XBF", "Ford Galaxy, reg BD65 KPX").
_TO_REGISTRATION = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]*,?[ \t]*"
                              r"(?:\(?(?i:reg(?:istration)?(?:[ \t]+no)?)\.?[ \t]*:?[ \t]*)?")


def _before_registration(text: str, name: RedactedSpan, registrations: frozenset[int]) -> bool:
    """Whether the "name" is a vehicle's make or model: a vehicle registration follows it
    with only the model's other words between. Family: brands found as names."""
    after = _TO_REGISTRATION.match(text, name.end)
    return after is not None and after.end() in registrations


def _organisation_before(text: str, name: RedactedSpan) -> bool:
    """Whether a pattern's "name" is the first words of an organisation's name, its last
    word cut off by the name's length ("Applicant: Westmoor Metropolitan Borough Council"):
    a place or organisation word (Council, Trust, Surgery) follows it, or a firm's ending
    unless the name is a form field's whole value (``names.opens_a_firm``). A form's column
    gap (two spaces or more, or a tab) ends the name's cell: the next cell's first word
    ("Pupil initials: F.K.  Clinic no: 4471") is not the organisation's last word."""
    after = re.match(r"[ ](?![ \t])(\S+)", text[name.end:name.end + 40])
    if opens_a_firm(text, name.start, name.end):
        return True  # "Solicitor: Sunil Mistry, Mistry & Co.": the firm
    return after is not None and rules().place_last_word.fullmatch(
        after.group(1).rstrip(",.;:")) is not None


def _structured(text: str) -> tuple[list[RedactedSpan], set[RedactedSpan]]:
    """Pattern and table finds, a pattern's "name" that is a role, a field label or a place
    dropped, a "handle", a "school" or an "address" that is a label in a table's header row
    (nhs_no, pupil_name; Name DOB School) and a
    "reference" that numbers an invoice, a receipt or an order (a payment, not a person);
    the dates of birth set against another (and against that one), schools again by
    their initials or their name without its kind (not where that name is an address's
    town), and handles again wherever written; and
    the names found in a column whose header says it holds people (no word of those is
    trimmed: "Gift Eze" under "name")."""
    lettered = _LETTER.search(text) is not None  # a table needs a header of words
    headers = header_rows(text) if "\n" in text and lettered else []
    columns = table_column_spans(text) if lettered else []
    spans = [s for s in pattern_spans(text) + columns
             if (s.kind != "NAME" or not (not_a_name(s.text) or _organisation_before(text, s)))
             and not (s.kind in _LABEL_KINDS and any(a <= s.start and s.end <= b
                                                     for a, b in headers))
             and not (s.kind == "REFERENCE" and rules().reference_not_after.search(
                 text, max(0, s.start - 30), s.start))]
    # an address found from its number or street on takes the units and names before it
    # (never over another identifier found on its line)
    spans = [s for s in spans if s.kind != "ADDRESS"] + address_extents(
        text, [s for s in spans if s.kind == "ADDRESS"],
        [s for s in spans if s.kind not in ("ADDRESS", "NAME")])
    spans += letter_head_houses(text, spans)
    births = [s for s in spans if s.kind == "DATE_OF_BIRTH"]
    while births:  # each date set against a date of birth may have another set against it
        births = dates_of_birth_after(text, births, "date_of_birth_set_against")
        spans += births
    # a school's short name that follows an address and its comma is the town ("29 Duncombe
    # Street, Kingsbridge" after "Kingsbridge Community College")
    addresses = _Positions(s.end for s in spans if s.kind == "ADDRESS")
    spans += [s for s in school_mentions(text, [s for s in spans if s.kind == "SCHOOL"])
              if not _after_address(text, s.start, s.end, addresses, _Positions(()))]
    spans += handle_mentions(text, [s for s in spans if s.kind == "HANDLE"])
    spans = _schools_joined(text, [_certificate(text, s) for s in spans])
    return spans, {s for s in columns if s.kind == "NAME"}


def _schools_joined(text: str, spans: list[RedactedSpan]) -> list[RedactedSpan]:
    """The spans with school finds that overlap joined into one: two schools named together,
    one whose kind comes first and one whose kind ends the pair ("Talmud Torah Bnei Zion and
    Beis Rochel Girls' School"), are each found in part by a pattern that takes the other's
    words too, and merge's longest find alone would leave the first school's kind
    unredacted. Family: schools named in pairs."""
    schools = sorted((s for s in spans if s.kind == "SCHOOL"), key=lambda s: (s.start, -s.end))
    joined: list[RedactedSpan] = []
    for school in schools:
        if joined and school.start < joined[-1].end:
            last = joined[-1]
            if school.end > last.end:
                joined[-1] = RedactedSpan(last.start, school.end, "SCHOOL",
                                          text[last.start:school.end])
        else:
            joined.append(school)
    return [s for s in spans if s.kind != "SCHOOL"] + joined


def _certificate(text: str, span: RedactedSpan) -> RedactedSpan:
    """A "phone" that is a disclosure certificate's number (twelve digits from 00 after a
    DBS or certificate cue in its clause) as the REFERENCE it is; any other span as it was."""
    found = rules()
    if (span.kind == "PHONE" and found.certificate_number.fullmatch(span.text)
            and found.certificate_before.search(text, max(0, span.start - 60), span.start)):
        return RedactedSpan(span.start, span.end, "REFERENCE", span.text)
    return span


def _trimmed(text: str, span: RedactedSpan) -> RedactedSpan | None:
    """A name span less the ordinary words that open it where it opens a sentence ("Later
    Oyelaran-Brooks said", "Phoned Chester": a pattern or the model took the sentence's
    first word, an ordinary word or a verb's past form); None
    when nothing but ordinary words is left ("Attended: Team Manager"). Mid-sentence a name
    with an ordinary word in it stands whole ("her partner, Rob Kettlewell,"). A word after
    a title or a strong cue before it is kept, the title trimmed (Dear Ms Foster, his uncle
    Said), and so is
    the last word before a strong cue after it (Ocean Lee (6), Kitty's dad, Ho Wing
    (interpreter))."""
    found = rules()
    words = span.text.split(" ")
    strong_end = found.strong_after.match(text, span.end) is not None
    start, cued = span.start, False
    for index, word in enumerate(words):
        cued = found.strong_before.search(text, max(0, start - 40), start) is not None
        lower = word.lower()
        # a verb's past form that opens a note's sentence ("Phoned Chester", "Visited
        # Marsha"): a dictionary word in -ed that no name table holds
        verb = (index == 0 and len(lower) > 4 and lower.endswith("ed") and not cued
                and lower in cmu_words() and not found.in_name_tables(lower))
        if (cued or (lower not in found.common_words and not verb)
                or word.lower() in found.names_that_are_words
                or (strong_end and index == len(words) - 1)):
            break
        start += len(word) + 1
    if start >= span.end:
        return None
    if start == span.start or (span.start != sentence_start(text, span.start) and not cued):
        return span
    return RedactedSpan(start, span.end, span.kind, span.text[start - span.start:])


def redact(text: str, family_names: Iterable[str] = (), use_model: bool = True
           ) -> tuple[str, list[RedactedSpan]]:
    """The text with personal details replaced by typed placeholders, and what was replaced.

    Names are found by the entity model, name positions (patterns), the name tables and
    the family list; then every mention of any name found anywhere in the text is
    redacted too (first name or surname alone, possessives, hyphenated parts, lower case in
    shorthand lines)."""
    return _redact(text, family_names,
                   model_name_spans(text) if use_model and needs_model(text) else [])


def redact_many(texts: Sequence[str], family_names: Sequence[Iterable[str]] | None = None,
                use_model: bool = True) -> list[tuple[str, list[RedactedSpan]]]:
    """:func:`redact` for many texts at once: the entity model reads them in batches
    (several times faster than one call a text); the same result as one call each."""
    names = family_names if family_names is not None else [()] * len(texts)
    if not use_model:
        return [_redact(text, family, []) for text, family in zip(texts, names, strict=True)]
    wanted = [i for i, text in enumerate(texts) if needs_model(text)]
    docs = dict(zip(wanted, ner().pipe([texts[i] for i in wanted], batch_size=128),
                    strict=True))
    return [_redact(text, family, model_name_spans(text, docs[i]) if i in docs else [])
            for i, (text, family) in enumerate(zip(texts, names, strict=True))]


def _redact(text: str, family_names: Iterable[str], model_names: list[RedactedSpan]
            ) -> tuple[str, list[RedactedSpan]]:
    """find (patterns, tables, names), filter, merge, render."""
    family_names = tuple(family_names)
    # each word of a family name is a name too (a column may hold "Jo Smith-Ali")
    family_names += tuple(part for name in family_names for part in name_parts(
        [RedactedSpan(0, len(name), "NAME", name)]))
    if _LETTER.search(text) is None:
        # no letter, so no name and no table: the patterns alone (a hostile megabyte of
        # digits skips every name finder's pass over it; the same spans either way)
        spans = merge([s for s in _structured(text)[0] if s.kind != "NAME"])
        return render(text, spans), spans
    family = known_name_spans(text, family_names)
    found, column_names = _structured(text)
    structured = [s for s in found if s.kind != "NAME"]
    # A name inside or across another detail (an email address, a street name, "Tel 0113 ...")
    # is covered by that detail's placeholder alone, however long the name span is.
    towns = _Positions(s.end for s in structured if s.kind == "ADDRESS")
    postcodes = _Positions(s.start for s in structured if s.kind == "POSTCODE")
    registrations = frozenset(s.start for s in structured if s.kind == "VEHICLE_REG")

    cover = Cover(structured)

    def stands(name: RedactedSpan) -> bool:
        return not (cover.overlaps(name)
                    or _after_address(text, name.start, name.end, towns, postcodes)
                    or _day_label(text, name) or _field_label(text, name)
                    or _before_registration(text, name, registrations)
                    or venue_or_product(text, name.start, name.end))

    candidates = [n if n in column_names else _trimmed(text, n)
                  for n in model_names + [s for s in found if s.kind == "NAME"]]
    found_here = [n for n in [*candidates, *table_name_spans(text), *position_name_spans(text),
                              *quoted_name_spans(text), *naming_phrase_name_spans(text),
                              *person_slot_name_spans(text),
                              *agent_label_name_spans(text)]
                  if n is not None and not names_a_place(text, n)]
    names = [n for n in [*found_here, *family] if stands(n)]
    names += [n for n in extended_names(text, names)
              if stands(n) and not names_a_place(text, n)]
    names += [n for n in speaker_name_spans(text, name_parts(names)) if stands(n)]
    parts = name_parts(names)
    known = ({part for part in parts if not not_a_name(part)} | set(family_names)
             | short_forms(parts))
    # a word (Hope, Will) found as a name with a capital is not the name in lower case
    lower_case = {part for part in parts if part.islower()}
    mentions = [n for n in known_name_spans(text, known, lower_case) if stands(n)]
    # a later mention by surname may bring the first name the first mention lacked
    names += mentions + [n for n in extended_names(text, mentions) if stands(n)]
    # a date straight after a person's name is their date of birth, unless a professional's
    people = [n for n in names if not rules().professional_before.search(
        text, max(0, n.start - 8), n.start)]
    structured += dates_of_birth_after(text, people, "date_of_birth_after_name")
    names = _without_title_setting(text, names)
    spans = merge(structured + names)
    return render(text, spans), spans


def _without_title_setting(text: str, names: list[RedactedSpan]) -> list[RedactedSpan]:
    """The names less the place a record's title says it was written in (see
    :func:`title_setting`), unless the record names that person again outside the title
    ("Voice of the child (Tyler)" ... "Tyler drew his house"): a place is seldom the subject
    of the record's sentences, a person is."""
    settings = [n for n in names if title_setting(text, n.start, n.end)]
    if not settings:
        return names
    end = text.find("\n")
    elsewhere = {n.text.lower() for n in names if end != -1 and n.start > end}
    return [n for n in names if n not in settings or n.text.lower() in elsewhere]


def redact_parts(text: str, parts: Iterable[tuple[int, int]], family_names: Iterable[str] = (),
                 use_model: bool = True) -> list[str]:
    """Each (start, end) part of text, redacted as part of the whole: the text goes through
    :func:`redact` once, so a person named in full in one sentence is redacted where a
    later sentence gives only the first name (stored excerpts are cut this way)."""
    _, spans = redact(text, family_names, use_model)
    return [render_part(text, spans, start, end) for start, end in parts]
