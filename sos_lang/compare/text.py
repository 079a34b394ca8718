"""Words, stems and normalised specifics (numbers, dates, times) of a piece of text,
with character offsets, so draft and source can be compared on meaning-bearing units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from sos_lang.compare.vocabulary import WORD, is_known_name, stem, vocabulary

STOP = frozenset(ENGLISH_STOP_WORDS) | {"s", "t", "ll", "ve", "re", "d", "m", "don", "didn",
                                         "ok", "okay", "yeah", "um", "erm", "like", "just",
                                         "really", "right", "well", "oh", "so"}
_TIME = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?(am|pm)$|^(\d{1,2})[.:](\d{2})$")
_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/\d{2,4})?$")
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")
_TIME_PHRASE = re.compile(r"\bhalf (?:past )?(one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    stem: str
    content: bool


def words(text: str, offset: int = 0) -> list[Word]:
    """Every word of text with its stem; content marks words that are not stop words."""
    found = []
    for match in WORD.finditer(text):
        raw = match.group()
        lowered = raw.lower()
        found.append(Word(match.start() + offset, match.end() + offset, raw, stem(lowered),
                          lowered not in STOP and len(lowered) > 1))
    return found


def concepts(stems: set[str] | frozenset[str]) -> set[str]:
    """Stems plus their paraphrase groups (as 'g:N'), so synonyms count as the same idea."""
    group_of = vocabulary().group_of
    return set(stems) | {f"g:{group_of[s]}" for s in stems if s in group_of}


def _number_values(raw: str) -> set[float]:
    """The numbers a token stands for: '4.10pm' -> 4, 16, 10; '14/10' -> 14, 10; 'three' -> 3."""
    lowered = raw.lower().rstrip("%")
    vocab = vocabulary()
    if lowered in vocab.numbers:
        return {vocab.numbers[lowered]}
    if lowered in vocab.months:
        return {float(vocab.months[lowered])}
    match = _TIME.match(lowered)
    if match:
        hour = int(match.group(1) or match.group(4))
        minute = int(match.group(2) or match.group(5) or 0)
        values = {float(hour % 12), float(hour % 12 + 12)}
        if minute:
            values.add(float(minute))
        return values
    match = _DATE.match(lowered)
    if match:
        return {float(match.group(1)), float(match.group(2))}
    match = _ORDINAL.match(lowered)
    if match:
        return {float(match.group(1))}
    if re.fullmatch(r"\d+(\.\d+)?", lowered):
        value = float(lowered)
        return {value, float(value % 12 + 12)} if value <= 12 else {value}
    return set()


_UNITS = r"(one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|" \
    r"sixth|seventh|eighth|ninth)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_BELOW_HUNDRED = rf"(?:{_TENS}(?:[- ](?:{_UNITS[1:-1]}))?|ten|eleven|twelve|thirteen|" \
    rf"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS[1:-1]})"
_COMPOUND = re.compile(rf"\b({_TENS[3:-1]})[- ]"
                       rf"{_UNITS}\b|"
                       r"\b(one|two|three|four|five|six|seven|eight|nine|a)\s+hundred"
                       rf"(?:\s+and\s+({_BELOW_HUNDRED}))?\b",
                       re.IGNORECASE)
"""'ninety-two'; 'four hundred', and 'three hundred and forty' as one number (340), not
300 and 40: a draft that writes '£340' for the source's 'three hundred and forty quid'
gives the same amount."""


def number_spans(text: str) -> list[tuple[int, int, set[float]]]:
    """Numbers, dates and times in text with their normalised values ('half two' = 2.30,
    'ninety-two' = 92, 'twenty-eighth' = 28, 'four hundred' = 400); a word inside such a
    phrase is not read again on its own ('half' of 'half eleven' is not 0.5), nor is a
    conjunction 'once' ('once he has met people') or a pronoun 'one' ('no one has time')."""
    found = []
    vocab = vocabulary()
    for match in _COMPOUND.finditer(text):
        if match.group(1):
            value = vocab.numbers[match.group(1).lower()] + vocab.numbers[match.group(2).lower()]
        else:
            value = 100 * vocab.numbers.get(match.group(3).lower(), 1.0)
            if match.group(4):
                value += sum(vocab.numbers[part] for part in
                             re.split(r"[- ]", match.group(4).lower()))
        found.append((match.start(), match.end(), {value}))
    for match in _TIME_PHRASE.finditer(text):
        hour = vocab.numbers[match.group(1).lower()]
        found.append((match.start(), match.end(), {hour % 12, hour % 12 + 12, 30.0}))
    phrases = [(start, end) for start, end, _ in found]
    phrases += [match.span() for match in vocab.clause_once.finditer(text)]
    phrases += [match.span() for match in vocab.pronoun_one.finditer(text)]
    for match in WORD.finditer(text):
        lowered = match.group().lower()
        if lowered in vocab.months and not match.group()[0].isupper():
            continue
        if any(start < match.end() and match.start() < end for start, end in phrases):
            continue
        values = _number_values(match.group())
        end = match.end()
        if not values and "-" in match.group():
            # a number word joined to what it counts ('five-day', 'two-hour') is the number
            head = match.group().split("-")[0]
            values = _number_values(head) if head.lower() in vocab.numbers else set()
            end = match.start() + len(head)
        if values:
            found.append((match.start(), end, values))
    return found


def month_of(word: str) -> int | None:
    """The month a capitalised month name or short form stands for ('April', 'Sept'), or
    None; a lower-case 'may' or 'march' is a verb."""
    if not word[:1].isupper():
        return None
    return vocabulary().months.get(word.lower())


def months_in(text: str) -> set[int]:
    """Every month text names or dates ('in April', '14/10', '3/3/24'): a month in the
    draft must be one of these, not just any number of the source that equals it."""
    found: set[int] = set()
    for match in WORD.finditer(text):
        month = month_of(match.group())
        date = _DATE.match(match.group())
        if month is not None:
            found.add(month)
        elif date and 1 <= int(date.group(2)) <= 12:
            found.add(int(date.group(2)))
    return found


def number_values(text: str) -> set[float]:
    """Every normalised number in text."""
    values: set[float] = set()
    for _, _, found in number_spans(text):
        values |= found
    return values


_NEXT_WORD = re.compile(r"\s*(?:of\s+)?([A-Za-z][A-Za-z'-]*)")
"""The word a number counts, past an 'of' ('a couple of chest infections' -> chest)."""
_NAME_AGE = re.compile(r"\b([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s*\((\d{1,2})\)")


def counted_things(text: str) -> dict[str, set[float]]:
    """What each number counts, by the stem of the word after it ('four kilos' ->
    {'kilo': {4}}), and each named person's age ('Sophie (13)' -> {'age:sophie': {13}}),
    so a draft that changes a count or an age can be told from one that moves it."""
    found: dict[str, set[float]] = {}
    for key, values in counts_in(text):
        found.setdefault(key, set()).update(values)
    return found


def counts_in(text: str) -> list[tuple[str, set[float]]]:
    """(what is counted, values) for each number in text that counts a thing or an age."""
    return [(key, values) for _, _, key, values in counts_at(text)]


def counts_at(text: str) -> list[tuple[int, int, str, set[float]]]:
    """counts_in with where each count stands: from the number to the word it counts
    ('16 paracetamol'), or the name and its age ('Sophie (13)'), so a changed count is
    shown with its number, which is what changed."""
    found = []
    months = vocabulary().months
    for start, end, values in number_spans(text):
        if any(w.lower() in months for w in re.findall(r"[A-Za-z]+", text[start:end])):
            # a date read whole ('19 August', 'the nineteenth of August') counts nothing:
            # the word after it ('19 August police') is no thing counted
            continue
        match = _NEXT_WORD.match(text, end + (text[end:end + 1] == "-"))
        # a number before a month ('25 March') is a date, checked as one, not a count
        if match and match.group(1).lower() not in STOP \
                and match.group(1).lower() not in vocabulary().months \
                and stem(match.group(1)) not in vocabulary().time_units:
            found.append((start, match.end(1), stem(match.group(1)), values))
    for match in _NAME_AGE.finditer(text):
        found.append((match.start(), match.end(), f"age:{match.group(1).lower()}",
                      {float(match.group(2))}))
    return found


_UNIT_AFTER = re.compile(r"[\s-]*(?:of\s+)?(?:(?:more|extra|whole|full|long)\s+)?([A-Za-z]+)"
                         r"(?:[\s-]+(old)\b)?")
"""The word a number measures ('three more weeks', 'five-day'), and an age's 'old'."""
_VAGUE = re.compile(r"\b[A-Za-z]+\b")
_FORTNIGHT = re.compile(r"\bfortnight(?:s|ly)?\b", re.IGNORECASE)
"""A fortnight is two weeks ('every fortnight' = 'fortnightly' = 'every two weeks')."""
_GESTATION = re.compile(r"\b(\d{2})\s*\+\s*(\d)\s*(?:wks?|weeks)\b", re.IGNORECASE)
"""A gestation written the midwives' way: '38+4 wks' is 38 weeks and 4 days."""
_TALLY = re.compile(r"(?<=[a-z] )x\s?(\d{1,2})\b")
"""A note's tally after a verb or noun ('vomited x1', 'seen x2'): so many occasions."""
_ORDINAL_WORD = re.compile(r"(?:st|nd|rd|th)$|^second$")


@dataclass(frozen=True)
class Quantity:
    """A frequency ('twice', 'three times': unit 'times') or a duration ('three weeks',
    'five-day': unit 'day'), with its values (None for a vague 'several' or 'a few')."""

    start: int
    end: int
    unit: str
    values: frozenset[float] | None
    at_least: float = 0.0
    """The least count a vague amount allows ('several times': 3; data: quantities
    vague_at_least); 0 for a number or an amount that allows any."""

    @property
    def frequency(self) -> bool:
        return self.unit == "times"


def quantities(text: str) -> list[Quantity]:
    """Every frequency and duration in text. An age ('13-year-old', 'ten years old') is no
    duration: ages are checked on their own."""
    vocab = vocabulary()
    found = []
    spans = [(start, end, frozenset(values)) for start, end, values in number_spans(text)]
    spans += [(m.start(), m.end(), None) for m in _VAGUE.finditer(text)
              if m.group().lower() in vocab.vague]
    seen: set[int] = set()
    spans += [(m.start(), m.end(), frozenset({2.0})) for m in _FORTNIGHT.finditer(text)]
    for start, end, values in sorted(spans, key=lambda s: s[0]):
        if start in seen:
            continue
        seen.add(start)
        token = text[start:end].lower()
        if _ORDINAL_WORD.search(token):
            # 'the third time', 'the second week' say which, not how many or how long
            continue
        if token in ("once", "twice"):
            found.append(Quantity(start, end, "times", values))
            continue
        if token.startswith("fortnight"):
            found.append(Quantity(start, end, "week", values))
            continue
        match = _UNIT_AFTER.match(text, end)
        if not match or match.group(2):
            continue
        unit = match.group(1).lower()
        least = 0.0
        if token in vocab.vague:
            values, least = None, vocab.vague_at_least.get(token, 0.0)
        if unit in vocab.frequency and (values is not None or least):
            # 'several times' is a frequency of at least three; 'a few times' says none
            found.append(Quantity(start, match.end(1), "times", values, least))
        elif unit in vocab.duration_units:
            found.append(Quantity(start, match.end(1), vocab.duration_units[unit], values))
    for match in _TALLY.finditer(text):
        # a note's tally ('vomited x1', 'seen x2') counts occasions
        found.append(Quantity(match.start(), match.end(), "times",
                              frozenset({float(match[1])})))
    for match in vocab.clinical_duration.finditer(text):
        # a clinician's duration ('low mood 3/52' is three weeks; data: quantities
        # clinical_durations)
        found = [q for q in found if not match.start() <= q.start < match.end()]
        found.append(Quantity(match.start(), match.end(),
                              vocab.clinical_durations[match.group(2)],
                              frozenset({float(match.group(1))})))
    for match in _GESTATION.finditer(text):
        # a gestation in notes ('born 38+4 wks') is weeks and days
        found = [q for q in found if not match.start() <= q.start < match.end()]
        found += [Quantity(match.start(), match.end(), "week", frozenset({float(match[1])})),
                  Quantity(match.start(), match.end(), "day", frozenset({float(match[2])}))]
    return _shared_units(text, found, spans)


_OUT_OF = re.compile(r"\s*(?:out\s+)?of\s*$", re.IGNORECASE)


def _shared_units(text: str, found: list[Quantity],
                  spans: list[tuple[int, int, frozenset[float] | None]]) -> list[Quantity]:
    """A number joined by 'of' or 'out of' to a duration ('three of four days', 'three
    days out of four') counts the same unit."""
    have = {q.start for q in found}
    extra = []
    for start, end, values in spans:
        if start in have or values is None:
            continue
        for other in found:
            if other.frequency:
                continue
            if (other.start >= end and _OUT_OF.match(text[end:other.start])) \
                    or (other.end <= start and _OUT_OF.match(text[other.end:start])):
                extra.append(Quantity(start, end, other.unit, values))
                break
    return sorted(found + extra, key=lambda q: q.start)


def quantity_given(quantity: Quantity, others: list[Quantity]) -> bool:
    """One of others could be this quantity: the same unit and a shared value, or a vague
    amount on either side, unless this is a vague amount with a least count ('several
    times') and the other a count below it ('once', 'twice')."""
    return any((other.unit == quantity.unit or occasions(quantity, other)) and (
        other.values is None
        or (quantity.values is None and max(other.values) >= quantity.at_least)
        or (quantity.values is not None and bool(quantity.values & other.values)))
        for other in others)


def occasions(one: Quantity, other: Quantity) -> bool:
    """A count of days is a count of occasions too ('on two days' = 'twice')."""
    return {one.unit, other.unit} == {"day", "times"}


def quantity_changed(quantity: Quantity, passage: list[Quantity]) -> bool:
    """The passage gives a quantity of the same kind (a frequency, or a duration) and none
    that this one could be."""
    return any(q.frequency == quantity.frequency for q in passage) \
        and not quantity_given(quantity, passage)


_N = r"(\d{1,2}|[A-Za-z]+)"
_UNIT = r"(years?|months?|weeks?|days?)"
_UNIT_NAMES = {"y": "year", "m": "month", "w": "week", "d": "day"}
_DRAFT_AGE = re.compile(rf"\baged? {_N}(?: {_UNIT})?\b|\b{_N}[- ]{_UNIT}[- ]old\b"
                        rf"|\bwho(?:'s|’s| is| was) {_N}(?: {_UNIT} old)?\b", re.IGNORECASE)
_SOURCE_AGE = re.compile(rf"\((?:[^()]*?,\s*)?{_N}(?:\s*(yrs?|years?|wks?|weeks?|mths?|months?))?\)"
                         rf"|(?:^|[:.!?]\s*){_N} (weeks?|months?|days?)\b"
                         rf"|\b[A-Z][a-z]+, {_N}(?:,| {_UNIT}\b)"
                         rf"|\b(?:he|she|(?-i:[A-Z][a-z]+))(?:'s|’s| is) (?:only |just )?{_N}"
                         rf"(?= {_UNIT} old|\s*[.,;!?)]|\s*$| and\b| now\b)", re.IGNORECASE)


def _ages(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[float, str]]]:
    found = []
    vocab = vocabulary()
    for match in pattern.finditer(text):
        groups = [g for g in match.groups() if g]
        if not groups:
            continue
        raw = groups[0].lower()
        value = float(raw) if raw.isdigit() else vocab.numbers.get(raw)
        unit = next((_UNIT_NAMES[g[0].lower()] for g in groups[1:] if g[0].isalpha()), "year")
        if value is not None and 0 < value < 100 and value == int(value):
            found.append((match.start(), match.end(), (value, unit)))
    return found


def draft_ages(text: str) -> list[tuple[int, int, tuple[float, str]]]:
    """Ages the draft states ('aged 14', '18-month-old', 'who is seven'), with their unit."""
    return _ages(_DRAFT_AGE, text)


def source_ages(text: str) -> set[tuple[float, str]]:
    """Every age the source gives, in those forms and as 'Leo (11)', 'Child (Leo, 11)',
    'Leo, 11,', "he's two", "Ella's four," or 'who was four', with its unit (years unless
    months, weeks or days are said: 'Eleven days.')."""
    return {age for _, _, age in _ages(_DRAFT_AGE, text) + _ages(_SOURCE_AGE, text)}


Clock = tuple[int, int]
"""A time of day as (hour on a 12-hour clock, minutes)."""
_CLOCK_MARKED = re.compile(r"(?<![£$€\d.,])\b(\d{1,2})(?:[.:](\d{2}))?\s?([ap])(?:m\b|\.m\.?)"
                           r"|(?<![£$€\d.,])\b(\d{1,2})[.:](\d{2})\b(?![.:/,]?\d)",
                           re.IGNORECASE)


def _hour(raw: str) -> int | None:
    value = int(raw) if raw.isdigit() else vocabulary().numbers.get(raw.lower())
    return int(value) if value is not None and 0 <= value <= 24 else None


def clock_times(text: str, source: bool = False) -> list[tuple[int, int, Clock]]:
    """Times of day in text with their (hour % 12, minutes): '6.05', '23:30', '6am',
    '11.30pm', 'half six', 'quarter to seven', "seven o'clock", 'midnight' (data:
    clock_times). With ``source``, a bare hour up to twelve that counts nothing ('by two',
    "curfew's ten", 'usually eleven'; not 'two rolls') counts as well: what a speaker says,
    a draft may write as '2pm'."""
    vocab = vocabulary()
    found: list[tuple[int, int, Clock]] = []
    for match in _CLOCK_MARKED.finditer(text):
        hour = _hour(match.group(1) or match.group(4))
        minute = int(match.group(2) or match.group(5) or 0)
        if hour is None or minute >= 60:
            continue
        found.append((match.start(), match.end(), (hour % 12, minute)))
    for match in vocab.clock_minute_hour.finditer(text):
        past, hour = match.group(2), _hour(match.group(3))
        minute = vocab.clock_minutes[match.group(1).lower()]
        if hour is None or (past is None and minute != 30):
            # only 'half' stands alone before the hour ('half six' = 6.30)
            continue
        if past and past.lower() == "to":
            hour, minute = hour - 1, 60 - minute
        found.append((match.start(), match.end(), (hour % 12, minute)))
    for match in vocab.clock_hour_after.finditer(text):
        hour = _hour(match.group(1))
        if hour is not None:
            found.append((match.start(), match.end(), (hour % 12, 0)))
    for match in vocab.clock_spoken.finditer(text):
        # a time said as words ('eight fifteen', 'twelve thirty', 'six oh five')
        hour, minute = _hour(match.group(1)), _spoken_minutes(match.group(2))
        if hour is not None and minute is not None:
            found.append((match.start(), match.end(), (hour % 12, minute)))
    for match in vocab.clock_named_word.finditer(text):
        if not _counts_next(text, match.end()):  # 'midday supervisors' names a job
            found.append((match.start(), match.end(),
                          (vocab.clock_named[match.group(1).lower()] % 12, 0)))
    if source:
        taken = [(start, end) for start, end, _ in found]
        for match in vocab.clock_bare_hour.finditer(text):
            # a bare hour that counts nothing ('curfew's ten', 'usually eleven', 'by two'),
            # outside a time read already ('half six') and no age ("she's seven")
            hour = _hour(match.group(1))
            if any(s <= match.start() < e for s, e in taken) \
                    or _an_age(text, match.start()):
                continue
            # 'one' is a pronoun as often ('the one she likes'), and 'two of them' counts
            if hour is not None and 1 <= hour <= 12 \
                    and not re.match(r"[.:/]\d|\s+of\b", text[match.end():match.end() + 4]) \
                    and (vocab.clock_before.search(text, 0, match.start()) or (
                        match.group(1).lower() != "one" and not _counts_next(text, match.end()))):
                found.append((match.start(), match.end(), (hour % 12, 0)))
    return sorted(found)


_AGE_BEFORE = re.compile(r"\b(?:(?i:he|she|who)|(?P<name>[A-Z][a-z]+))"
                         r"(?:['’]s|\s+is|\s+was|\s+turned|\s+turns)\s+$|\b(?i:aged?)\s+$")
"""What makes the number after it an age ("she's seven", 'Ella was four', 'aged six')."""


def _an_age(text: str, at: int) -> bool:
    """Whether the number at text[at] is an age: after 'he is', 'aged' or a known first
    name's "'s" ("Ella's four"), not a thing's ("curfew's ten", 'It was two')."""
    match = _AGE_BEFORE.search(text, 0, at)
    return match is not None and (not match.group("name") or is_known_name(match.group("name")))


def _spoken_minutes(raw: str) -> int | None:
    """The minutes of a time said as words: 'fifteen', 'forty-five', 'oh five'."""
    numbers = vocabulary().numbers
    parts = [p for p in re.split(r"[- '\s]+", raw.lower()) if p and p not in ("o", "oh")]
    values = [numbers.get(p) for p in parts]
    if not parts or any(v is None for v in values):
        return None
    total = int(sum(v for v in values if v is not None))
    return total if 0 < total < 60 else None


def _counts_next(text: str, end: int) -> bool:
    """Whether the word after text[:end] (past an 'of') is one a number counts or a word
    names ('two rolls', 'eight of her teeth', 'midday supervisors'): a content word that is
    no clock word ('am', 'ish')."""
    match = _NEXT_WORD.match(text, end)
    if not match or text[end:match.start(1)].count("\n"):
        return False
    word = re.split(r"['’]", match.group(1).lower())[0]
    return word not in STOP and word not in vocabulary().numbers \
        and word not in ("am", "pm", "ish", "o'clock", "oclock")
