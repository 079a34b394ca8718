"""Context predicates that decide whether a term match is the writer's own wording, each
a named function (``CONTEXT_PREDICATES``) that any term rule can list in ``context``."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sos_lang.caseless import (
    GROUP_REFERENCE,
    CaselessPattern,
    caseless,
    lower_case_is_faithful,
    lowers_faithfully,
)
from sos_lang.kept import KeptAnswers
from sos_lang.lexicon import acronyms, acts, negation, people
from sos_lang.regex_cache import compile as _compile
from sos_lang.settings import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from sos_lang.lexicon.schema import Entry

# Straight and curly quotes. A single quote opens only where no letter precedes it,
# and closes only where no letter follows, so apostrophes (Sam's, isn't) are not quotes.
# Compiled by regex_cache: its last alternative opens with a lookbehind, so re alone would
# try every position of the text; with the opening marks as first characters it skips.
_QUOTE_PATTERN = _compile(
    r"\"[^\"\n]{1,600}\""
    r"|“[^”\n]{1,600}”"
    r"|‘(?:[^’\n]|’(?=\w)){1,600}’(?!\w)"
    r"|(?<![\w'])'(?:[^'\n]|'(?=\w)){1,600}'(?!\w)"
)


_QUOTE_MARKS = "\"'“‘"
"""The marks a quoted stretch opens with (every alternative of _QUOTE_PATTERN starts with
one): a sentence holding none is not scanned."""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of quoted speech in text."""
    if not any(mark in text for mark in _QUOTE_MARKS):
        return []
    return [match.span() for match in _QUOTE_PATTERN.finditer(text)]


class QuotedSpans:
    """The character ranges of quoted speech in a text, for fast containment checks."""

    def __init__(self, text: str) -> None:
        spans = quoted_spans(text)
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def contains(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside one quoted stretch."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self._ends[index]


@functools.lru_cache(maxsize=4096)
def _anywhere(patterns: tuple[str, ...]) -> tuple[CaselessPattern, ...]:
    """An entry's exception patterns as at most two alternations, a quick first test: those
    that run on lower-cased text, and those that keep IGNORECASE (a case-sensitive part,
    ``(?-i:[A-Z])``). In one alternation a single pattern that keeps IGNORECASE made the
    whole entry's alternation fold the case of every character it compared, several times
    the instructions; an alternation matches somewhere exactly when one of its parts does,
    so the split asks the same question. Patterns that refer to their own groups (numbers
    would shift between the parts) stay in one alternation, as before."""
    whole = "|".join(f"(?:{pattern})" for pattern in patterns)
    if any(GROUP_REFERENCE.search(pattern) for pattern in patterns):
        return (caseless(whole),)
    lowered = [pattern for pattern in patterns if lowers_faithfully(pattern)]
    folding = [pattern for pattern in patterns if not lowers_faithfully(pattern)]
    if not lowered or not folding:
        return (caseless(whole),)
    return tuple(caseless("|".join(f"(?:{pattern})" for pattern in part))
                 for part in (lowered, folding))


def excepted(sentence_text: str, start: int, end: int, patterns: tuple[str, ...],
             lowered: str | None = None) -> bool:
    """True when an exception regex matches a stretch of the sentence overlapping
    [start, end); lowered is sentence_text.lower(), if the caller has it."""
    if lowered is None:
        lowered = sentence_text.lower()
    if all(part.search(sentence_text, lowered) is None for part in _anywhere(patterns)):
        return False  # the usual case: no exception in sight
    # each pattern alone checks that a match overlaps the term; compiled only when first
    # needed here, as most entries' exceptions never come into sight in a process
    return any(match.start() < end and start < match.end()
               for pattern in map(caseless, patterns)
               for match in pattern.finditer(sentence_text, lowered))


_SPELLING_VARIANT = re.compile(r"(.*i)[sz](er|or|ation|e|ed|ing)(s?)")


def _expansion_word(word: str, last: bool) -> str:
    """A word of an expansion in the spellings it may be written in: organisation or
    organization, adviser or advisor, child or children, and the last word singular or
    plural (Looked After Children for "looked after child")."""
    lowered = word.lower()
    if lowered in ("child", "children"):
        return "child(?:ren)?"
    match = _SPELLING_VARIANT.fullmatch(lowered)
    if match is not None:
        ending = "(?:er|or)" if match.group(2) in ("er", "or") else re.escape(match.group(2))
        return re.escape(match.group(1)) + "[sz]" + ending + "s?"
    return re.escape(lowered) + ("s?" if last and lowered[-1:].isalpha() else "")


def _expansion_pattern(expansion: str) -> CaselessPattern:
    words = expansion.split()
    words = [_expansion_word(word, index == len(words) - 1) for index, word in enumerate(words)]
    return caseless(r"\b" + r"[\s-]+".join(words) + r"\b")


def first_spelled_out(text: str, expansion: str, lowered: str | None = None) -> int:
    """Where the acronym's expansion first appears in text (len(text) if it never does),
    outside a heading in capitals; lowered is text.lower(), if the caller has it."""
    lowered = text.lower() if lowered is None else lowered
    first_word = expansion.split(" ", 1)[0].lower()[:4]  # a stem: organi(s|z)ation, child(ren)
    if first_word not in lowered and lower_case_is_faithful(text, lowered):
        return len(text)  # the usual case: never spelled out
    pattern = _expansion_pattern(expansion)
    match = pattern.search(text, lowered)
    if match is not None and _names_a_heading(text, match.start(), match.end()):
        # a heading in capitals names the meeting or the form ("CORE GROUP MINUTES"); it
        # does not tell the reader that the letters used below ("Next CG") stand for it
        match = next((later for later in pattern.finditer(text, lowered)
                      if not _names_a_heading(text, later.start(), later.end())), None)
    return match.start() if match else len(text)


def _names_a_heading(text: str, start: int, end: int) -> bool:
    """The words are written in capitals in a heading line."""
    return text[start:end].isupper() and acronyms.in_heading(text, start)


@functools.lru_cache(maxsize=1)
def _concrete_detail() -> dict[str, CaselessPattern]:
    data = load_yaml("concrete_detail.yaml")
    # searched in every sentence (the specific-detail metrics)
    return {key: CaselessPattern(data[key])
            for key in ("pattern", "observation", "not_if", "introducer", "plan_before")}


@functools.lru_cache(maxsize=1)
def _observation_only_after() -> frozenset[str]:
    """The introducers after which only something seen or done is a worry's detail (whom
    the worry was raised with: "raised concerns with the head teacher on Monday")."""
    return frozenset(word.lower() for word in load_yaml("concrete_detail.yaml")[
        "observation_only_after"])


def concrete_detail(text: str, lowered: str | None = None) -> bool:
    """Whether a stretch of text gives a concrete detail: a number, a date, a day or a time,
    a count of times, or something seen or done; and is not a plan or a request
    (data/concrete_detail.yaml). lowered is text.lower(), if the caller has it."""
    lowered = text.lower() if lowered is None else lowered
    return (_has_detail(text, lowered)
            and _concrete_detail()["not_if"].search(text, lowered) is None)


def detail_spans(text: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each number, date, day, time or count of times in text (the
    ``pattern`` of data/concrete_detail.yaml); lowered is text.lower(), if the caller has
    it."""
    return [match.span() for match in _concrete_detail()["pattern"].finditer(text, lowered)]


def observation(text: str, lowered: str | None = None) -> bool:
    """Whether text describes something seen, heard or done (the ``observation`` of
    data/concrete_detail.yaml); lowered is text.lower(), if the caller has it."""
    return _concrete_detail()["observation"].search(text, lowered) is not None


def _has_detail(text: str, lowered: str) -> bool:
    patterns = _concrete_detail()
    return (patterns["pattern"].search(text, lowered) is not None
            or patterns["observation"].search(text, lowered) is not None)


def detail_later_in_sentence(text: str, end: int, sentence_end: int) -> bool:
    """Whether the rest of the sentence after a semicolon, a colon, a dash, a bracket or
    because / as / e.g. ... gives a concrete detail, with no plan between; after "with"
    (observation_only_after) only something seen or done, as a day or a count there dates
    or counts the raising of the worry ("raised concerns with the head teacher on
    Monday")."""
    patterns = _concrete_detail()
    rest = text[end:sentence_end]
    lowered = rest.lower()
    if not _has_detail(rest, lowered):  # the usual case: nothing concrete in the rest
        return False
    for match in patterns["introducer"].finditer(rest, lowered):
        if patterns["plan_before"].search(rest[:match.start()],
                                          lowered[:match.start()]) is not None:
            break
        after, after_lowered = rest[match.end():], lowered[match.end():]
        if match.group().strip().lower() in _observation_only_after():
            if (observation(after, after_lowered)
                    and patterns["not_if"].search(after, after_lowered) is None):
                return True
        elif concrete_detail(after, after_lowered):
            return True
    return False


IDENTIFIER_HEAD = 64
"""Capitals in a text's first characters (a heading, a form's first line) are looked up in
the identifiers by a match attempt of each pattern at each position before them
(redact.patterns.in_a_value: a value lies inside its match); further in, one search of the
whole text by every pattern costs less than that, and its values serve every later
question about the text."""

CONTEXT_CHARS = 150
"""How far either side of a match its context predicates look (within the sentence)."""


class MatchContext:
    """What the context predicates share within one text, each part worked out when a
    predicate first needs it: quoted stretches, sentence bounds, the lower-cased text,
    where each expansion is first spelled out, whether each next sentence is concrete."""

    def __init__(self, text: str,
                 sentence_bounds: Callable[[], tuple[list[int], list[int]]],
                 doc: Doc | None = None) -> None:
        self.text = text
        self.doc = doc
        """The tokens (and, in the accurate profile, the parse) the text came from."""
        self._sentence_bounds = sentence_bounds
        self._sentences: tuple[list[int], list[int]] | None = None
        self._lowered: str | None = None
        self.quotes = QuotedSpans(text) if any(mark in text for mark in _QUOTE_MARKS) else None
        self.first_seen: dict[str, int] = {}
        self._name_initials: frozenset[str] | None = None
        self.initials_seen: dict[str, bool] = {}
        """Whether each token in capitals is given as a person's initials in the record."""
        self._identifiers: list[tuple[int, int, bool]] | None = None
        self.next_is_concrete: dict[int, bool] = {}
        self._window: tuple[int, int, int, int, int] | None = None
        self.labels: dict[tuple[int, int], Entry] = {}
        """The label terms found in the text, by their (start, end), before their context."""
        self.keep: Callable[[Entry, int, int], bool] | None = None
        """Whether a match survives its own context predicates (set by the matcher)."""

    @property
    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    @functools.cached_property
    def ascii(self) -> bool:
        """Whether the text is ASCII: a slice of its lower case is then the lower case of
        the slice (not so in general: a Greek capital sigma lowers by its neighbours)."""
        return self.text.isascii()

    @functools.cached_property
    def written_in_capitals(self) -> bool:
        """Whether the whole record is written in capitals, more than one line of it (a
        shorthand note), where capitals mark no heading."""
        return "\n" in self.text.strip() and not any(char.islower() for char in self.text)

    @functools.cached_property
    def parsed(self) -> bool:
        """Whether the Doc carries a dependency parse (the accurate profile): checked once,
        as spaCy scans every token to tell."""
        return self.doc is not None and self.doc.has_annotation("DEP")

    @functools.cached_property
    def definitions(self) -> dict[str, int]:
        """Where each acronym is spelled out with brackets (lexicon/acronyms.py)."""
        return acronyms.first_spellings(self._spellings_out)

    @functools.cached_property
    def _spellings_out(self) -> list[tuple[str, int, int, int]]:
        return acronyms.spellings_out(self.text)

    @functools.cached_property
    def spelled_out_names(self) -> list[tuple[int, int]]:
        """The start and end of the words that spell each acronym out."""
        return [(left, right) for _, _, left, right in self._spellings_out]

    @property
    def name_initials(self) -> frozenset[str]:
        """The initials of the people named in full in the text."""
        if self._name_initials is None:
            self._name_initials = acronyms.name_initials(self.text)
        return self._name_initials

    def inside_identifier(self, start: int, end: int, names: bool = True) -> bool:
        """Whether [start, end) lies inside an identifier that redaction finds by its pattern
        (a National Insurance number, a vehicle registration, a date, an address, a school's
        name, a reference, and with names a person's name): the one description of those
        shapes. Near the start of the text only the matches that start before the capitals
        are looked for (IDENTIFIER_HEAD); elsewhere every identifier of the text is found
        once."""
        if start < IDENTIFIER_HEAD and self._identifiers is None:
            from sos_lang.redact.patterns import in_a_value

            return in_a_value(self.text, start, end, names)
        if self._identifiers is None:
            from sos_lang.redact.patterns import pattern_spans

            self._identifiers = [(span.start, span.end, span.kind == "NAME")
                                 for span in pattern_spans(self.text)]
        return any(left <= start and end <= right and not (name and not names)
                   for left, right, name in self._identifiers)

    @property
    def sentences(self) -> tuple[list[int], list[int]]:
        """Start and end offsets of each sentence (a sentence ending in a colon runs on)."""
        if self._sentences is None:
            self._sentences = self._sentence_bounds()
        return self._sentences

    def window(self, start: int, end: int) -> tuple[int, int, int]:
        """The sentence index of a match and its context window: the sentence around it,
        at most CONTEXT_CHARS either side, so that a huge unpunctuated "sentence" cannot
        make matching quadratic."""
        if self._window is None or self._window[:2] != (start, end):
            starts, ends = self.sentences
            index = bisect.bisect_right(starts, start) - 1
            self._window = (start, end, index, max(starts[index], start - CONTEXT_CHARS),
                            min(ends[index], end + CONTEXT_CHARS))
        return self._window[2:]


def quoted(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The match is inside quoted speech: someone else's words, never flagged."""
    return context.quotes is not None and context.quotes.contains(start, end)


def other_sense(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """One of the entry's exception patterns overlaps the match: another sense of the word
    ("contact number", "refused a drink")."""
    if not entry.exceptions:
        return False
    _, left, right = context.window(start, end)
    window = context.text[left:right]
    return _EXCEPTED.answer((window, start - left, end - left, entry.exceptions), excepted,
                            window, start - left, end - left, entry.exceptions,
                            context.lowered[left:right] if context.ascii else None)


def other_sense_by_heading(context: MatchContext, entry: Entry, start: int,
                           end: int) -> bool:
    """The record's heading names the setting that gives the word its other sense, read as
    if it opened the term's line ("ADOPTION SUPPORT - LETTER" over "Letterbox letter from
    birth Mum received", "FOSTERING PANEL" over "Applicants: Mr and Mrs Bello"): the
    entry's own exception patterns, asked of the heading and the term's line together. A
    heading is the record's first line written in capitals, when the term is below it."""
    if not entry.exceptions:
        return False
    text = context.text
    heading_end = text.find("\n")
    if heading_end < 0 or start <= heading_end:
        return False
    heading = text[:heading_end].strip()
    if not heading or any(char.islower() for char in heading):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    joined = f"{heading} {text[line_start:len(text) if line_end < 0 else line_end]}"
    shift = len(heading) + 1 - line_start
    return excepted(joined, start + shift, end + shift, entry.exceptions)


_EXCEPTED: KeptAnswers[tuple[str, int, int, tuple[str, ...]], bool] = KeptAnswers()
"""other_sense's answers, each by its window's text, the match's place in it and the
entry's exception patterns (all excepted reads): records repeat sentences, and a repeated
sentence's term asks the same question (bounded: sos_lang.kept)."""


@functools.lru_cache(maxsize=1)
def _content_named() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], frozenset[str]]:
    data = load_yaml("concrete_detail.yaml")
    return ((re.compile(data["named_after"], re.IGNORECASE),
             re.compile(data["listed_after"], re.IGNORECASE)),
            re.compile(data["list_item"], re.IGNORECASE),
            frozenset(data["reason_determiners"]))


def _reason_about_a_thing(rest: str, determiners: frozenset[str]) -> bool:
    """The reason's subject is "it", "there" or a noun phrase naming no person ("the oven
    door would not close"), not a person ("Ava has not been her usual self")."""
    words = re.findall(r"[\w'’-]+", rest.lower())[:4]
    if not words:
        return False
    if words[0] in ("it", "there"):
        return True
    if words[0] not in determiners or len(words) < 3:
        return False
    person = people.person_words()
    return not any(word in person for word in words[1:3])


def content_named_after(text: str, end: int, right: int) -> bool:
    """Whether the vague word's content is named just after it, in its clause
    (data/concrete_detail.yaml, named_after): a list of things after a colon, including,
    such as or for example ("the issues with the flat: a broken latch, a leaking toilet
    and no smoke alarm"), or one the vague noun is said to be ("the issues ... were bus
    passes, a phone contract and learning to cook"), or a reason about a thing ("unsafe
    because the oven door would not close"); never a plan, nor a list of kinds of worry
    ("hygiene, routines and supervision"), nor a person's state as the reason."""
    patterns, list_item, determiners = _content_named()
    not_if = _concrete_detail()["not_if"]
    for pattern in patterns:
        match = pattern.match(text, end, right)
        if match is None:
            continue
        rest = match.group("rest")
        if match.group("list") is not None:
            if (list_item.search(rest) is not None
                    and not_if.search(rest, rest.lower()) is None):
                return True
        elif _reason_about_a_thing(rest, determiners):
            return True
    return False


def detail_follows(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """A concrete detail follows the vague word later in its sentence (up to the end of its
    context window) or in the next sentence (cut at CONTEXT_CHARS), or its content is named
    right after it (content_named_after)."""
    index, _, right = context.window(start, end)
    if detail_later_in_sentence(context.text, end, right):
        return True
    if content_named_after(context.text, end, right):
        return True
    starts, ends = context.sentences
    if index + 1 >= len(starts):
        return False
    if index not in context.next_is_concrete:
        next_start = starts[index + 1]
        context.next_is_concrete[index] = concrete_detail(
            context.text[next_start:min(ends[index + 1], next_start + CONTEXT_CHARS)])
    return context.next_is_concrete[index]


def spelled_out(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The acronym is spelled out at or before this use: its words in brackets beside it in
    any usual form ("core group (CG)", "CG (core group)", "speech and language therapy
    (SALT)", plurals, any case), or the entry's expansion earlier in the text."""
    defined = context.definitions.get(acronyms.stem(context.text[start:end]))
    if defined is not None and defined <= start:
        return True
    if not entry.expansion:
        return False
    expansion = entry.expansion
    if expansion not in context.first_seen:
        context.first_seen[expansion] = first_spelled_out(context.text, expansion,
                                                          context.lowered)
    return context.first_seen[expansion] < start


def everyday(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """An everyday acronym that families know, or one word shortened (MON, MRS, ST)
    (lexicons/acronym_allowlist.yaml); in mixed case too (DoB is DOB)."""
    token = context.text[start:end]
    data = acronyms.acronym_data()
    return (token in data.everyday_forms or acronyms.stem(token) in data.everyday_forms
            or (not token.isupper() and token.upper() in data.everyday_forms)
            or acronyms.shortened_word(context.text, start, end))


def code_or_identifier(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """Capitals that are a code or an identifier: postcode parts, rooms, roads, school years,
    references joined to digits, Roman numerals, and any identifier redaction finds."""
    # a name that redaction's patterns find is no name after an article or a possessive:
    # "the EP has asked" is a role's letters, not a person before a reporting verb
    return (acronyms.is_code(context.text, start, end)
            or context.inside_identifier(
                start, end, names=not acronyms.after_a_determiner(context.text, start)))


def code_shape(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """Capitals that are part of a code by their shape alone (joined to digits: DC/2291/B),
    without the names redaction finds: for known letters that stand before a surname (DS
    Kerr), which redaction reads as part of the person's name."""
    return acronyms.is_code(context.text, start, end)


def initials(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """A person's initials: of a name given in the record, or used as a person ("JT said")
    at this or any other mention in the record ("Present: TW (school)" ... "TW: no lates")."""
    if acronyms.used_as_initials(context.text, start, end, context.name_initials):
        return True
    token = context.text[start:end]
    if token not in context.initials_seen:
        context.initials_seen[token] = any(
            acronyms.given_as_initials(context.text, match.start(), match.end())
            for match in re.finditer(rf"(?<![\w&]){re.escape(token)}(?![\w&])", context.text))
    return context.initials_seen[token]


def name_in_capitals(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """A name written in capitals: after a title or a first name ("Colin WARD", "Ms J.
    OKAFOR"), a first name after a family word ("Baby ESME"), a surname of the name tables
    before a family word ("the OKAFOR family"), a town before its postcode ("HULL, HU5
    2QP"), the name of a school or a venue ("KESTREL HIGH", "HEXHAM FAMILY HUB"), the place
    that closes a heading after a dash ("TAC MEETING - HEXHAM"), or a word the record
    writes as a name elsewhere ("PENZANCE" ... "the Penzance office"), a shop's or a chain's
    trading name ("works at ALDI"), a boat's prefix and name ("NB KINGFISHER"), or a word of
    a place's name joined by hyphens ("ASHTON-UNDER-LYNE")."""
    return (acronyms.surname_in_capitals(context.text, start, end)
            or acronyms.first_name_after_family_word(context.text, start, end)
            or acronyms.town_in_capitals(context.text, start, end)
            or acronyms.place_in_capitals(context.text, start, end)
            or acronyms.in_a_hyphenated_place(context.text, start, end)
            or acronyms.named_by_its_label(context.text, start, end)
            or acronyms.setting_in_capitals(context.text, start, end)
            or acronyms.place_in_heading(context.text, start, end)
            or acronyms.written_as_a_name(context.text, start, end)
            or acronyms.trading_name(context.text, start, end)
            or acronyms.vessel_name(context.text, start, end))


def word_in_capitals(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """An ordinary word written in capitals, in a heading or for emphasis."""
    return acronyms.word_in_capitals(context.text, start, end)


def heading_in_capitals(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The words are written in capitals as a heading, opening a line or among other words
    in capitals ("PATHWAY PLAN REVIEW", "CHILD'S VOICE (in her words)"): the name of a
    form or of its section, not the writer's wording about the family (a heading in title
    case, "Case:", is still the writer's word)."""
    text = context.text
    if not text[start:end].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if context.written_in_capitals:
        return heading_of_a_capitals_record(text, line_start, start)
    opens_line = not text[line_start:start].strip()
    return (opens_line or acronyms.in_heading(text, start)
            or acronyms.in_capitals_run(text, start, end))


def heading_of_a_capitals_record(text: str, line_start: int, start: int) -> bool:
    """In a record written wholly in capitals (a shorthand note: "LAC REVIEW - AMIRA" then
    "PLACEMENT STABLE. NEXT REVIEW IN 6 MONTHS"), capitals mark no heading, so every line
    would be one: only the first line is the heading, and a label before a colon
    ("PLAN: ...") the name of its section; the other lines are the writer's own words."""
    if not text[:line_start].strip():
        return True
    line_end = text.find("\n", start)
    label = _LABEL_COLON.search(text, line_start, len(text) if line_end < 0 else line_end)
    return label is not None and start < label.start()


_LABEL_COLON = re.compile(r":(?!\d)")
"""A colon that ends a label, not one inside a time ("AT 16:00")."""


def negated(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The word is inside a negation that reports good behaviour ("has never refused",
    "was calm and not aggressive"): from the parse in the accurate profile, from clause
    rules in the fast one (lexicon/negation.py), or a prefix ("non-engaging")."""
    if negation.prefix_negates(context.text, start):
        return True
    if context.doc is None or not negation.negation_possible(context.lowered, start, end):
        return False
    span = context.doc.char_span(start, end)
    return span is not None and negation.negated(span, context.parsed)


def not_negated(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The word names a good quality or cooperation that only a negation turns into a
    judgement ("is not a fit parent", "never engages"): dropped when not negated."""
    return not negated(context, entry, start, end)


@functools.lru_cache(maxsize=1)
def _document_names() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("document_names.yaml")
    words = "|".join(re.escape(word) for word in data["document_words"])
    return (re.compile(rf"[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{words})\b", re.IGNORECASE),
            re.compile(data["reference_after"], re.IGNORECASE),
            re.compile(data["service_after"], re.IGNORECASE))


@functools.lru_cache(maxsize=1)
def _named_service() -> re.Pattern[str]:
    return re.compile(load_yaml("document_names.yaml")["named_service"])


@functools.lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    return frozenset(word.lower() for word in load_yaml("document_names.yaml")["post_words"])


@functools.lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    data = load_yaml("document_names.yaml")
    return frozenset(word.lower() for word in (*data["document_words"], *data["label_words"]))


_LEAD_IN = re.compile(r"[ \t]*(?P<label>(?:[^\W\d][\w'’-]*[ \t]+){0,5}[^\W\d][\w'’-]*)[ \t]*:")
"""A line's opening label before a colon: at most six words."""


def _in_a_record_label(text: str, start: int, end: int) -> bool:
    """The term is in a lead-in label that names a record, a meeting or a report ("Police
    notification:", "Temporary accommodation review:"): the term or a word after it in the
    label is a document or label word (data/document_names.yaml)."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _LEAD_IN.match(text, line_start)
    if match is None or not (match.start("label") <= start and end <= match.end("label")):
        return False
    first = text[match.start("label"):start].split(maxsplit=1)
    if first and first[0].lower() in people.people_rules().determiners | people.person_words():
        return False
    return any(word in _label_words()
               for word in re.findall(r"[\w'’-]+", text[start:match.end("label")].lower()))


def names_a_service(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The words name a team, a service or a post, or stand before a reference number, not
    the family: "the leaving care team", "The Engage Youth Project", "Contact, the charity
    for ...", "the Independent Reviewing Officer", "police notification 002317"
    (data/document_names.yaml). The part of names_a_document that an entry keeps when its
    word still names the family's own life in a record's heading (care-contact)."""
    text = context.text
    _, reference, service = _document_names()
    if reference.match(text, end) is not None or service.match(text, end) is not None:
        return True
    if text[start:start + 1].isupper() and _named_service().match(text, end) is not None:
        return True  # "The Engage Youth Project", "Contact, the charity for ..."
    words = text[start:end].split()
    return words[-1].lower() in _post_words() and all(word[:1].isupper() for word in words)


def names_a_document(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The words name a record or a document, not the family: a heading or a label (the
    first three words of a line) that ends in a document word ("Court bundle index",
    "Safeguarding log:", "Case number ZW26C0071"), or the term before a reference number
    ("police notification 002317"), or the name of a team or a service ("the leaving care
    team", "The Engage Youth Project", "Contact, the charity for ..."), or the term is
    itself a post's title written as a name ("the Independent Reviewing Officer")
    (data/document_names.yaml)."""
    if names_a_service(context, entry, start, end):
        return True
    text = context.text
    heading_word = _document_names()[0]
    line_start = text.rfind("\n", 0, start) + 1
    return ((_HEADING_OPENING.fullmatch(text, line_start, start) is not None
             and heading_word.match(text, end) is not None)
            or _in_a_record_label(text, start, end))


_HEADING_OPENING = re.compile(r"[ \t]*(?:(?!(?i:the|a|an|this|that|his|her|their|our|my|your)"
                              r"\b)[^\W\d_]+[ \t]+){0,2}")
"""What may come before a term in a heading that names a record: up to two words, no
article or possessive ("Court bundle index"; "The service user feedback form was sent" is a
sentence)."""


def in_a_spelled_out_name(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The word is one of the words that spell an acronym out ("additional learning needs
    (ALN)"): the name of a service, written out as the acronym rule asks, not the
    writer's choice of word."""
    return any(left <= start and end <= right for left, right in context.spelled_out_names)


def _term_span(context: MatchContext, start: int, end: int) -> Span | None:
    """The term's tokens, for the predicates that read the words or the parse around it;
    None where the text was not tokenised or the term does not fall on token boundaries."""
    return context.doc.char_span(start, end) if context.doc is not None else None


def about_a_thing(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The word is about a thing, a place, an organisation or a service, not a person in
    the family ("the council refused", "the top shelf is hard to reach"): from the parse in
    the accurate profile, from the words around it in the fast one (lexicon/people.py).
    A doubt word on an illness is about the person's account of it ("her so-called
    illness"), not the medical sense that an illness gives a label."""
    span = _term_span(context, start, end)
    return span is not None and people.about_a_thing(span, context.parsed,
                                                     illness=entry.subtype != "doubt")


def not_after_a_person(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The word does not stand right after the person it is said of, as shorthand writes a
    judgement with its verb left out ("ward sister says Mum difficult", "MR P DIFFICULT AT
    RECEPTION"): for an entry whose word is a label only when said of a person, which its
    other entries find through the verb ("Mum is difficult"). Dropped unless the word
    before it names a person (lexicon/people.py: a family word, a pronoun, a name, an
    initial)."""
    span = _term_span(context, start, end)
    if span is None or span.start == 0 or span[0].is_sent_start:
        return True
    return not people.names_a_person(span.doc[span.start - 1])


def not_said_of_a_person(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The word is not said of a person (lexicon/people.py said_of_a_person): for a family
    of words that judge a person only when said of one ("Ms Hughes is demanding" but "a
    demanding job", "the weather was unpredictable"), where about_a_thing, which drops a
    word only when a thing is found, would flag every word whose subject it cannot tell.
    The same in both profiles, from the words."""
    span = _term_span(context, start, end)
    return span is None or not people.said_of_a_person(span)


def a_thing_acting_alone(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The word is about a thing (about_a_thing) and acts on no person: a machine's parts,
    not a service working with someone ("the gears do not engage"; "the worker engaged the
    family" is still the service word about the family)."""
    span = _term_span(context, start, end)
    return span is not None and people.about_a_thing(span, context.parsed) and (
        not people.object_names_a_person(span, context.parsed))


def of_no_one(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The noun is followed by "of" or "for" and a complement that names no one ("cases of
    scarlet fever", "a case for antibiotics"): an instance or an argument, not the family's
    case (lexicon/people.py)."""
    span = _term_span(context, start, end)
    return span is not None and people.complement_names_no_person(span)


def only_of_no_one(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The noun is followed by "of" and a complement that names no one ("the placement of
    the new stair gate"): the noun's everyday sense, an act done to a thing. Not "for",
    which a care noun takes for its purpose ("a placement for adoption")
    (lexicon/people.py)."""
    span = _term_span(context, start, end)
    return span is not None and people.complement_names_no_person(span, ("of",))


def object_not_a_person(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The verb is used transitively with an object that names no one ("engaging local
    businesses", "engage the handbrake"): another sense than a person working with a
    service. From the parse in the accurate profile, from a determiner after it in the fast
    one (lexicon/people.py)."""
    span = _term_span(context, start, end)
    return span is not None and people.object_names_no_person(span, context.parsed)


def a_childs_own_choice(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """A child chooses something for themselves ("Elodie chose to stay at school over
    half-term for the drama course"): no blame on a parent (lexicon/people.py)."""
    span = _term_span(context, start, end)
    return span is not None and people.a_childs_own_choice(span)


def an_admitted_act(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """What is admitted is a past act ("admitted the baby had slept on the sofa with her"),
    a real admission, not a feeling or a wish turned into a confession (lexicon/acts.py)."""
    span = _term_span(context, start, end)
    return span is not None and acts.an_admitted_act(span)


def a_refusal_between_peers(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """A child refuses another child ("she refused to play with Kai"): a quarrel between
    children, not the worker's plan (lexicon/acts.py)."""
    span = _term_span(context, start, end)
    return span is not None and acts.a_refusal_between_peers(span)


def an_institutions_procedure(context: MatchContext, entry: Entry, start: int,
                              end: int) -> bool:
    """An institution acts in the clause ("The court refused the adjournment"): its
    procedure's own word, not the worker's word to the family (lexicon/acts.py)."""
    span = _term_span(context, start, end)
    return span is not None and acts.an_institutions_procedure(span)


def _a_kept_label(context: MatchContext, start: int, end: int) -> bool:
    """A label term starts at start or ends at end (whichever is given, the other -1) and
    stays flagged in its own context."""
    for (left, right), label in context.labels.items():
        if (left == start or right == end) and (context.keep is None
                                                or context.keep(label, left, right)):
            return True
    return False


def carried_by_a_label(context: MatchContext, entry: Entry, start: int, end: int) -> bool:
    """The vague word is one of a person's ways (data/people.yaml, personal_nouns) that a
    label describes, before it ("a chaotic lifestyle") or after its verb group ("her
    lifestyle remains chaotic"): the label is the judgement and is flagged; the noun only
    carries it, and one judgement gets one flag (lexicon/people.py reads the words)."""
    if not context.labels:
        return False  # the usual case: no label term in the text
    span = _term_span(context, start, end)
    if span is None:
        return False
    before, after = people.label_places(span)
    return ((before is not None and _a_kept_label(context, -1, before))
            or (after is not None and _a_kept_label(context, after, -1)))


ContextPredicate = Callable[[MatchContext, "Entry", int, int], bool]

CONTEXT_PREDICATES: dict[str, ContextPredicate] = {
    "quoted": quoted,
    "other_sense": other_sense,
    "other_sense_by_heading": other_sense_by_heading,
    "detail_follows": detail_follows,
    "spelled_out": spelled_out,
    "everyday": everyday,
    "code_or_identifier": code_or_identifier,
    "initials": initials,
    "code_shape": code_shape,
    "name_in_capitals": name_in_capitals,
    "word_in_capitals": word_in_capitals,
    "heading_in_capitals": heading_in_capitals,
    "negated": negated,
    "not_negated": not_negated,
    "about_a_thing": about_a_thing,
    "not_said_of_a_person": not_said_of_a_person,
    "object_not_a_person": object_not_a_person,
    "a_thing_acting_alone": a_thing_acting_alone,
    "not_after_a_person": not_after_a_person,
    "of_no_one": of_no_one,
    "only_of_no_one": only_of_no_one,
    "a_childs_own_choice": a_childs_own_choice,
    "an_admitted_act": an_admitted_act,
    "a_refusal_between_peers": a_refusal_between_peers,
    "an_institutions_procedure": an_institutions_procedure,
    "names_a_document": names_a_document,
    "names_a_service": names_a_service,
    "in_a_spelled_out_name": in_a_spelled_out_name,
    "carried_by_a_label": carried_by_a_label,
}
"""Context predicates by the name a term rule lists in ``context``; each returns True when
the match is not the writer's own use of the term in the flagged sense."""

_ACRONYM_PREDICATES = frozenset({"everyday", "code_or_identifier", "code_shape", "initials",
                                  "name_in_capitals", "word_in_capitals"})


def load_data(predicates: set[str]) -> None:
    """Read the data files the named predicates consult, once per process: the acronym
    allowlist and code shapes, and redaction's patterns and name tables (the identifier
    test). Called when the lexicon matcher is built, so a worker has them before its first
    record instead of paying for them in the middle of its first records' analysis."""
    if predicates & _ACRONYM_PREDICATES:
        acronyms.acronym_data()
    if "code_or_identifier" in predicates:
        from sos_lang.redact.rules import rules

        rules()


TWO_WAY_PREDICATES: dict[str, tuple[Callable[[Span], bool], Callable[[Span], bool]]] = {
    "negated": (negation.negated_by_parse, negation.negated_by_clause),
    "about_a_thing": (people.thing_by_parse, people.thing_by_tokens),
}
"""The predicates answered from the parse in the accurate profile and from tokens in the
fast one: (by the parse, by tokens), for scripts/context_agreement.py and its test."""
