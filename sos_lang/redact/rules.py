"""The redaction rules of ``data/redaction.yaml``, read, expanded and compiled once.

A pattern may write ``<<name>>`` for the fragment of that name (one date or street layout is
written once and used by many patterns); fragments may hold fragments. Every regular
expression the span finders use is compiled here, once per process, through
``regex_cache`` (the expanded patterns are long: compiling them in Python cost every fresh
process about a quarter of a second).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sos_lang.caseless import CaselessPattern, caseless
from sos_lang.regex_cache import compile as _compile
from sos_lang.settings import load_word_list, load_yaml

_FRAGMENT = re.compile(r"<<(\w+)>>")
_VALUE_FRAGMENT = re.compile(r"\(\?P<value><<(\w+)>>\)")


@dataclass(frozen=True)
class Pattern:
    """One redaction pattern; ``more`` finds further values listed after the first, in the
    same layout (the pattern's ``more`` group, for "DOBs: 1/2/15, 3/4/17 and 8/9/19"): the
    value's fragment, or its ``listed_`` fragment where there is one, whose ``value`` group
    is then the value."""

    kind: str
    regex: re.Pattern[str]
    more: re.Pattern[str] | None
    redact: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    unless_word: bool = False
    unless_ordinary: bool = False
    """A value whose words are all everyday words (the Dale-Chall list) is dropped: a cue
    before a generic kind word takes a phrase ("to talk about school") for a name."""
    requires: CaselessPattern | None = None
    """Searched on the text's lower case where that finds what IGNORECASE finds (a
    lowered literal alternation lets ``re`` skip ahead; IGNORECASE folds every character
    at every position, about three times the cost over a whole record)."""
    near: re.Pattern[str] | None = None
    not_near: re.Pattern[str] | None = None
    unless_place: bool = False
    """A value whose first part (to its first comma) is a place of the place table or a
    person of the name tables is dropped: that part is a town or a person, not a house."""


@dataclass(frozen=True)
class Column:
    """A table column whose header names what its cells hold (DOB, School): each cell that
    fits ``cell`` is redacted as ``kind``."""

    kind: str
    header: re.Pattern[str]
    cell: re.Pattern[str]
    redact: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rules:
    """Everything the span finders read from the rules file, compiled."""

    patterns: tuple[Pattern, ...]
    date: re.Pattern[str]
    table_columns: tuple[Column, ...]
    date_of_birth_after_name: re.Pattern[str]
    date_of_birth_set_against: re.Pattern[str]
    professional_before: re.Pattern[str]
    reference_not_after: re.Pattern[str]
    certificate_before: re.Pattern[str]
    address_house_alone: re.Pattern[str]
    certificate_number: re.Pattern[str]
    not_names: frozenset[str]
    names_that_are_words: frozenset[str]
    word_before: re.Pattern[str]
    word_before_word: re.Pattern[str]
    thing_before: re.Pattern[str]
    word_after: re.Pattern[str]
    word_after_word: re.Pattern[str]
    word_after_unless_first_name: re.Pattern[str]
    firm_after: re.Pattern[str]
    place_before: re.Pattern[str]
    title_setting_before: re.Pattern[str]
    title_setting_after: re.Pattern[str]
    title_comma_before: re.Pattern[str]
    title_comma_after: re.Pattern[str]
    venue_before: re.Pattern[str]
    venue_after: re.Pattern[str]
    product_before: re.Pattern[str]
    place_last_word: re.Pattern[str]
    not_name_prefixes: tuple[str, ...]
    month_range: re.Pattern[str]
    role_only: re.Pattern[str]
    day_label: re.Pattern[str]
    label_rest: re.Pattern[str]
    name_particle: re.Pattern[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]
    place_person_names: frozenset[str]
    place_cue_before: re.Pattern[str]
    place_joiner: re.Pattern[str]
    day_before: re.Pattern[str]
    month_word: re.Pattern[str]
    weekday_short: re.Pattern[str]
    weekday_after: re.Pattern[str]
    weekday_beside: re.Pattern[str]
    month_joined_after: re.Pattern[str]
    month_joined_before: re.Pattern[str]
    place_cue_after: re.Pattern[str]
    common_words: frozenset[str]
    reporting_after: re.Pattern[str]
    lower_case_before: re.Pattern[str]
    lower_case_title_before: re.Pattern[str]
    lower_case_kin_before: re.Pattern[str]
    lower_case_subject_after: re.Pattern[str]
    kin_bracket: re.Pattern[str]
    kin_bracket_after: re.Pattern[str]
    role_bracket_after: re.Pattern[str]
    thread_speaker: re.Pattern[str]
    kin_bracket_list: re.Pattern[str]
    family_after: re.Pattern[str]
    lower_case_joined_after: re.Pattern[str]
    lower_case_joined_before: re.Pattern[str]
    lower_case_courtesy_before: re.Pattern[str]
    lower_case_name_shape: re.Pattern[str]
    lower_case_word_before: re.Pattern[str]
    quoted_name: re.Pattern[str]
    pet_form_bracket: re.Pattern[str]
    naming_phrase: re.Pattern[str]
    quoted_name_before: re.Pattern[str]
    quoted_name_after: re.Pattern[str]
    quoted_name_joiner: re.Pattern[str]
    unknown_name_after: re.Pattern[str]
    personal_identifier_after: re.Pattern[str]
    role_noun_shape: re.Pattern[str]
    label_noun_shape: re.Pattern[str]
    agent_label: re.Pattern[str]
    agent_noun_endings: tuple[str, ...]
    agent_noun_stem_endings: tuple[str, ...]
    agent_label_organisations: frozenset[str]
    authority_after: re.Pattern[str]
    unknown_subject_after: re.Pattern[str]
    person_slot_after: re.Pattern[str]
    person_slot_not_person: frozenset[str]
    strong_after: re.Pattern[str]
    strong_before: re.Pattern[str]
    opening_not_first_name: re.Pattern[str]
    school_kind_tail: re.Pattern[str]
    school_short_not_after: re.Pattern[str]
    school_person_suffix: re.Pattern[str]
    address_lead: re.Pattern[str]
    address_building: re.Pattern[str]
    address_block_not_house: re.Pattern[str]
    address_tail: re.Pattern[str]

    def in_name_tables(self, word: str) -> bool:
        """Whether the first-name or surname table holds the word (lower case), with or
        without its accents."""
        return word in self.first_names or word in self.surnames


# Letters that Unicode does not split into a base letter and a mark.
_UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                          "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


def folded(word: str) -> str:
    """The word without its accents (siân: sian, seán: sean, wiśniewska: wisniewska)."""
    split = unicodedata.normalize("NFKD", word.translate(_UNSPLIT))
    return "".join(ch for ch in split if not unicodedata.combining(ch))


class NameTable(frozenset[str]):
    """A name table that knows a name with or without its accents: records write Siân and
    Sian, Seán and Sean, Oisín and Oisin, and the sources list one form or the other."""

    __slots__ = ()

    def __new__(cls, names: frozenset[str]) -> NameTable:
        # an ASCII name folds to itself, so only the others are folded (about 3,500 of the
        # 25,000 names in the tables, built in the first records of every process)
        return super().__new__(cls, names | {folded(name) for name in names
                                             if not name.isascii()})

    def __contains__(self, word: object) -> bool:
        # an ASCII word has no accent to fold: most lookups (and most misses) end here
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and not word.isascii()
            and frozenset.__contains__(self, folded(word)))


def expand(pattern: str, fragments: dict[str, str]) -> str:
    """The pattern with each ``<<name>>`` replaced by its fragment, fragments within
    fragments included."""
    while _FRAGMENT.search(pattern):
        pattern = _FRAGMENT.sub(lambda match: fragments[match.group(1)], pattern)
    return pattern


def _compile_patterns(data: dict[str, Any]) -> tuple[Pattern, ...]:
    """NAME patterns keep case (a capital is the cue); the others ignore it. An entry is
    the pattern alone or a mapping with its ``pattern``, the ``redact`` and ``keep``
    examples it ships, ``unless_word`` (a value that is an English word is dropped),
    ``unless_ordinary`` (one of everyday words only is dropped) and ``requires``, a quick
    test that the text could hold a value at all (a digit, a cue word): most flagged
    sentences fail it, and skipping the pattern keeps redaction fast;
    ``near``, words one of which must be close to a value (a school word near a name
    that only the context says is a school); and ``not_near``, words none of which may be
    close to it (a hospital's words near a saint's name that could be a school's); and
    ``unless_place`` (a value that opens with a town or a person is dropped)."""
    fragments = data.get("fragments", {})
    compiled = []
    for kind, entries in data["patterns"].items():
        flags = re.IGNORECASE if kind != "NAME" else 0
        for entry in entries:
            entry = entry if isinstance(entry, dict) else {"pattern": entry}
            pattern = entry["pattern"]
            value = _VALUE_FRAGMENT.search(pattern)
            more = None
            if value and "(?P<more>" in pattern:
                listed = f"listed_{value.group(1)}"
                fragment = listed if listed in fragments else value.group(1)
                more = _compile(expand(f"<<{fragment}>>", fragments), flags)
            compiled.append(Pattern(kind, _compile(expand(pattern, fragments), flags), more,
                                    tuple(entry.get("redact", ())),
                                    tuple(entry.get("keep", ())),
                                    bool(entry.get("unless_word", False)),
                                    bool(entry.get("unless_ordinary", False)),
                                    caseless(expand(entry["requires"], fragments))
                                    if "requires" in entry else None,
                                    _compile(expand(entry["near"], fragments), re.IGNORECASE)
                                    if "near" in entry else None,
                                    _compile(expand(entry["not_near"], fragments),
                                             re.IGNORECASE)
                                    if "not_near" in entry else None,
                                    bool(entry.get("unless_place", False))))
    return tuple(compiled)


def _compile_columns(data: dict[str, Any]) -> tuple[Column, ...]:
    """The table columns of the rules file; header and cell must match whole, ignoring
    case."""
    fragments = data.get("fragments", {})
    return tuple(Column(column["kind"],
                        _compile(expand(column["header"], fragments), re.IGNORECASE),
                        _compile(expand(column["cell"], fragments), re.IGNORECASE),
                        tuple(column.get("redact", ())), tuple(column.get("keep", ())))
                 for column in data["table_columns"])


def _lower_set(words: list[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


@functools.cache
def rules(name: str = "redaction.yaml") -> Rules:
    """The rules of a data file, compiled on first use and shared by every call after."""
    data = load_yaml(name)
    fragments = data.get("fragments", {})

    def ignoring_case(pattern: str) -> re.Pattern[str]:
        return _compile(expand(pattern, fragments), re.IGNORECASE)

    word_use = data["word_use"]

    def keeping_case(pattern: str) -> re.Pattern[str]:
        return _compile(expand(pattern, fragments))

    return Rules(
        patterns=_compile_patterns(data),
        date=ignoring_case("<<date>>"),
        table_columns=_compile_columns(data),
        date_of_birth_after_name=ignoring_case(data["date_of_birth_after_name"]),
        date_of_birth_set_against=ignoring_case(data["date_of_birth_set_against"]),
        professional_before=_compile(data["professional_before"]),
        reference_not_after=_compile(data["reference_not_after"]),
        certificate_before=_compile(data["certificate_before"]),
        certificate_number=_compile(data["certificate_number"]),
        not_names=_lower_set(data["not_names"]),
        names_that_are_words=_lower_set(data["names_that_are_words"]),
        word_before=keeping_case(word_use["before"]),
        word_before_word=keeping_case(word_use["before_word"]),
        thing_before=keeping_case(word_use["thing_before"]),
        word_after=keeping_case(word_use["after"]),
        word_after_word=keeping_case(word_use["after_word"]),
        word_after_unless_first_name=keeping_case(word_use["after_unless_first_name"]),
        firm_after=keeping_case(word_use["firm_after"]),
        place_before=keeping_case(word_use["place_before"]),
        title_setting_before=keeping_case(word_use["title_setting_before"]),
        title_setting_after=keeping_case(word_use["title_setting_after"]),
        title_comma_before=keeping_case(word_use["title_comma_before"]),
        title_comma_after=keeping_case(word_use["title_comma_after"]),
        venue_before=keeping_case(word_use["venue_before"]),
        venue_after=keeping_case(word_use["venue_after"]),
        product_before=keeping_case(word_use["product_before"]),
        place_last_word=_compile(data["place_last_words"]),
        not_name_prefixes=tuple(data["not_name_prefixes"]),
        month_range=_compile(data["month_range"]),
        role_only=keeping_case(data["role_only"]),
        day_label=_compile(data["day_label"]),
        label_rest=_compile(data["label_rest"]),
        name_particle=keeping_case("<<name_particle>>"),
        first_names=NameTable(load_word_list("names/first_names.txt")),
        surnames=NameTable(load_word_list("names/surnames.txt")),
        places=NameTable(load_word_list("names/places.txt")),
        place_person_names=NameTable(load_word_list("names/place_person_names.txt")),
        place_cue_before=keeping_case(word_use["place_cue_before"]),
        place_joiner=keeping_case(word_use["place_joiner"]),
        day_before=keeping_case(word_use["day_before"]),
        month_word=keeping_case(word_use["month_word"]),
        weekday_short=keeping_case(word_use["weekday_short"]),
        weekday_after=keeping_case(word_use["weekday_after"]),
        weekday_beside=keeping_case(word_use["weekday_beside"]),
        month_joined_after=keeping_case(word_use["month_joined_after"]),
        month_joined_before=keeping_case(word_use["month_joined_before"]),
        place_cue_after=keeping_case(word_use["place_cue_after"]),
        common_words=_common_words(data),
        reporting_after=_compile(data["name_cues"]["after"]),
        lower_case_before=_compile(data["name_cues"]["lower_case_before"]),
        lower_case_title_before=_compile(data["name_cues"]["lower_case_title_before"],
                                           re.IGNORECASE),
        lower_case_kin_before=_compile(data["name_cues"]["lower_case_kin_before"]),
        lower_case_subject_after=_compile(data["name_cues"]["lower_case_subject_after"]),
        kin_bracket=keeping_case(data["name_cues"]["kin_bracket"]),
        kin_bracket_after=_compile(data["name_cues"]["kin_bracket_after"]),
        role_bracket_after=_compile(expand(data["name_cues"]["role_bracket_after"], fragments)),
        thread_speaker=_compile(data["name_cues"]["thread_speaker"]),
        kin_bracket_list=keeping_case(data["name_cues"]["kin_bracket_list"]),
        family_after=_compile(data["name_cues"]["family_after"]),
        # a word joined to a lower-case name by "+", "&" or "and", after it or before it
        lower_case_joined_after=_compile(data["name_cues"]["lower_case_joiner"]
                                 + r"([^\W\d_][^\W\d_'’-]+)(?![\w'’-])"),
        lower_case_joined_before=_compile(r"(?<![\w'’-])([^\W\d_][^\W\d_'’-]+)"
                                  + data["name_cues"]["lower_case_joiner"] + "$"),
        lower_case_courtesy_before=_compile(data["name_cues"]["lower_case_courtesy_before"]),
        lower_case_name_shape=_compile(data["name_cues"]["lower_case_name_shape"]),
        lower_case_word_before=_compile(data["name_cues"]["lower_case_word_before"]),
        quoted_name=_compile(data["name_cues"]["quoted_name"]),
        pet_form_bracket=_compile(data["name_cues"]["pet_form_bracket"]),
        naming_phrase=keeping_case(data["name_cues"]["naming_phrase"]),
        quoted_name_before=_compile(data["name_cues"]["quoted_name_before"], re.IGNORECASE),
        quoted_name_after=_compile(data["name_cues"]["quoted_name_after"]),
        quoted_name_joiner=_compile(data["name_cues"]["quoted_name_joiner"]),
        unknown_name_after=_compile(data["name_cues"]["unknown_name_after"]),
        personal_identifier_after=_compile(data["name_cues"]["personal_identifier_after"]),
        role_noun_shape=_compile(data["name_cues"]["role_noun_shape"]),
        label_noun_shape=_compile(data["name_cues"]["label_noun_shape"]),
        agent_label=keeping_case(data["name_cues"]["agent_label"]),
        agent_noun_endings=tuple(data["name_cues"]["agent_noun_endings"]),
        agent_noun_stem_endings=tuple(data["name_cues"]["agent_noun_stem_endings"]),
        agent_label_organisations=frozenset(data["name_cues"]["agent_label_organisations"]),
        authority_after=_compile(data["name_cues"]["authority_after"]),
        unknown_subject_after=_compile(data["name_cues"]["unknown_subject_after"]),
        person_slot_after=keeping_case(data["name_cues"]["person_slot_after"]),
        person_slot_not_person=_lower_set(data["name_cues"]["person_slot_not_person"]),
        strong_after=keeping_case(data["name_cues"]["strong_after"]),
        strong_before=keeping_case(data["name_cues"]["strong_before"]),
        opening_not_first_name=_compile(data["name_cues"]["opening_not_first_name"]),
        school_kind_tail=keeping_case(data["school_kind_tail"]),
        school_short_not_after=keeping_case(data["school_short_not_after"]),
        school_person_suffix=keeping_case(data["school_person_suffix"]),
        address_lead=ignoring_case(data["address_lead"]),
        address_building=ignoring_case(data["address_building"]),
        address_block_not_house=keeping_case(data["address_block_not_house"]),
        address_house_alone=ignoring_case(data["address_house_alone"]),
        address_tail=keeping_case(data["address_tail"]),
    )


def _common_words(data: dict[str, Any]) -> frozenset[str]:
    """Ordinary English words: the Dale-Chall easy words textstat ships (about 3,000),
    the rules' names that are also words, roles, and ``common_words`` of the rules file. A
    name in the name tables that is one of these counts only in a name position."""
    from sos_lang.readability import easy_words

    words = set(easy_words())
    words |= _lower_set(data["names_that_are_words"]) | _lower_set(data["not_names"])
    words |= _lower_set(data["common_words"])
    return frozenset(words)

