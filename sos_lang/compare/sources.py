"""Reading a source (a speaker-turn transcript, SRT or WebVTT cues, note text or an
earlier record) into sentences that know who said them, with offsets into the source."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sos_lang.compare.text import words
from sos_lang.compare.vocabulary import is_known_name, vocabulary

_CUE_TIME = re.compile(r"^\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->.*$")
_CUE_NUMBER = re.compile(r"^\s*\d+\s*$")
_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>")
_SPEAKER = re.compile(r"^\s*([A-Z][\w.'’()/,&\- ]{0,48}?)\s*(?::\s+|\s+[-–]\s+)")


@functools.lru_cache(maxsize=1)
def _age_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name and the age in brackets after it ('Grace (11)', 'Child (Leo, 11)', 'Harvey
    (about 9)'; qualifiers: compare.yaml age_qualifiers), and a full name's first name
    ('Reece Doherty (13)': the first name as well as the surname the first pattern takes)."""
    qualifiers = "|".join(sorted(map(re.escape, vocabulary().age_qualifiers), key=len,
                                 reverse=True))
    qualified = rf"(?:(?i:{qualifiers})\s*)?"
    return (re.compile(rf"\b([A-Z][a-z]+)\s*\((?:[^()]*?,\s*)?{qualified}(\d{{1,2}})"
                       r"(?:\s*(?:yrs?|years?))?\)"),
            re.compile(rf"\b([A-Z][a-z]+) [A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*\({qualified}"
                       r"(\d{1,2})\)"))


_SCHOOL_YEAR = re.compile(r"\b(?:Year|Yr|Y)\s?(\d{1,2})\b")
"""A school year in a speaker label ('Zara Mitchell (Year 10)'): a pupil."""
_CHILD_LABEL = re.compile(r"\b(child|young person|yp|son|daughter|boy|girl)\b"
                          r"(?=\s*(?:$|[(,\-–]|\d|(?-i:[A-Z])\b))", re.IGNORECASE)
"""A speaker label whose head names a child ('Child (Mia, 9)', 'YP', 'Child A'); not one
where the word only describes what follows ('Lorraine Pike (child employment officer)',
'Child protection plan, review extract'): that is a professional or a document."""
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_QUOTE = re.compile(r"[\"“]([^\"“”]{3,400})[\"”]"
                    r"|(?<![\w'’])['‘]((?:[^'’‘\n]|['’](?=\w)){3,400}?)['’](?!\w)")
"""Quoted words, in double quotes or (as notes often have them) single quotes; an
apostrophe inside a word ('don't', "Dad's") does not end a single-quoted passage."""
QUOTE_MARKS = "\"“”‘"
"""Marks that show a sentence holds quoted words (a closing ’ is also an apostrophe)."""
_NOT_SPEAKERS = frozenset({"plan", "worry", "worries", "present", "kitchen", "summary", "net",
                           "signs", "note", "notes", "ref", "address", "caller", "victim",
                           "suspect", "children in household", "date", "time", "next",
                           "actions", "action", "outcome", "agreed", "strengths", "danger"})


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source (or of a quote inside it) and who said it."""

    source_index: int
    start: int
    end: int
    text: str
    speaker: str
    child: bool
    """Said by a child: a child's turn, or a quote given to a child in notes or a turn."""
    quoted: bool = False


_AGE_IN_WORDS = re.compile(r"\b([A-Z][a-z]+),? (?:who(?:'s|’s| is)|aged|age) (\d{1,2}|[a-z]+)\b"
                           r"|\b([A-Z][a-z]+), (\d{1,2})(?:,| years? old\b|\.)")


_NAME_YEAR = re.compile(r"\b([A-Z][a-z]+)(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)?"
                        r",?\s*\(?(?:Year|Yr|Y)\s?(\d{1,2})\b(?=\s*(?:$|[),.;:\n]))",
                        re.MULTILINE)
"""A name with a school year after it ('Mia-Rose (Year 3)', 'Tharun Sivakumar, Year 11',
'Aaliyah Bashir Y9'): a pupil; not a role that goes on ('Year 11 tutor')."""


def child_names(text: str) -> set[str]:
    """First names given an age under 18 anywhere in the source ('Grace (11)', 'Leo, 11',
    "Isaac, who's seven", 'Mia aged 4') or a school year ('Mia-Rose (Year 3)', 'Tharun
    Sivakumar, Year 11'): a record's heading often gives a pupil's year and no age."""
    from sos_lang.lexicon.people import people_rules

    courtesy = people_rules().titles
    numbers = vocabulary().numbers
    names = {match.group(1).lower() for pattern in _age_patterns()
             for match in pattern.finditer(text) if int(match.group(2)) < 18}
    for match in _AGE_IN_WORDS.finditer(text):
        name, age = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        value = float(age) if age.isdigit() else numbers.get(age.lower())
        if value is not None and 1 <= value < 18 and value == int(value):
            names.add(name.lower())
    names |= {match.group(1).lower() for match in _NAME_YEAR.finditer(text)
              if int(match.group(2)) <= 13 and match.group(1).lower() not in courtesy}
    return names


def age_of(speaker: str) -> int | None:
    """The age a speaker label gives ('Child (Sofia, 6)' -> 6), if any."""
    ages = [int(age) for _, age in _age_patterns()[0].findall(speaker)]
    return ages[0] if ages else None


def _is_child(speaker: str, children: set[str]) -> bool:
    if not speaker:
        return False
    if _CHILD_LABEL.search(speaker):
        return True
    age = age_of(speaker)
    if age is not None:
        return age < 18
    year = _SCHOOL_YEAR.search(speaker)
    if year and int(year.group(1)) <= 13 and not vocabulary().professional.search(speaker):
        return True
    first = re.findall(r"[A-Za-z]+", speaker)
    if re.fullmatch(r"[A-Z]\.?", speaker.strip()):
        return _initial_of_a_child(speaker.strip()[0], children)
    return bool(first) and first[0].lower() in children


def _initial_of_a_child(letter: str, children: set[str]) -> bool:
    """A note's initial ('R: ...', 'R said') stands for a child whose first name it starts."""
    return any(name.startswith(letter.lower()) for name in children)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The text's lines with offsets, less cue numbers, cue times and the WEBVTT header."""
    kept = []
    position = 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        stripped = line.strip()
        if (not stripped or _CUE_TIME.match(stripped) or stripped.startswith("WEBVTT")
                or (_CUE_NUMBER.match(stripped))):
            continue
        kept.append((start, start + len(line.rstrip("\r\n")), line.rstrip("\r\n")))
    return kept


def spoken(text: str) -> str:
    """The text with cue numbers, cue times and the WEBVTT header blanked out (offsets
    kept): an SRT or WebVTT file's timings are not numbers anyone said, and read as such
    they hold every small number, so that no number the draft invents would be missed."""
    kept = [" "] * len(text)
    for start, end, _ in _lines(text):
        kept[start:end] = text[start:end]
    for at, char in enumerate(text):
        if char == "\n":
            kept[at] = char
    return "".join(kept)


def _speaker_of(line: str) -> tuple[str, int]:
    """The line's speaker label and where its words start (0 when it names none)."""
    voice = _VOICE.search(line)
    if voice:
        return voice.group(1).strip(), voice.end()
    match = _SPEAKER.match(line)
    if match and match.group(1).strip().lower() not in _NOT_SPEAKERS \
            and len(match.group(1).split()) <= 6:
        return match.group(1).strip(), match.end()
    return "", 0


def speaker_labels(text: str) -> list[str]:
    """The speaker labels of a transcript's turns, SRT or WebVTT cues, in order, each once
    ('Ms Adebayo (designated safeguarding lead)', 'Interpreter (Mr Lam, Cantonese)')."""
    labels: list[str] = []
    for _, _, line in _lines(text):
        label, _ = _speaker_of(line)
        if label and label not in labels:
            labels.append(label)
    return labels


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence bounds inside text[start:end] (punctuation or line ends)."""
    bounds = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if text[position:match.start()].strip():
            bounds.append((position, match.start()))
        position = match.end()
    if text[position:end].strip():
        bounds.append((position, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in bounds]


_ROLE = re.compile(r"\(([^()]+)\)")
_BARE_NAME = re.compile(r"[A-Z][a-z]+")
_FULL_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
                        r"(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)+")
"""A label that names an adult in full ('Neil Whitworth', 'Bridget Doherty'): as a role
does, it sets the one speaker named by a first name alone apart as the child."""


_BRACKETED = re.compile(r"\([^)]*\)")


def outside_brackets(label: str) -> str:
    """A speaker label with its bracketed parts blanked ('Priya Nair' of 'Priya Nair
    (SENCO)'): the name a label gives, apart from the role or note in its brackets."""
    return _BRACKETED.sub(" ", label)


def _first_name(label: str) -> str:
    """The first word of a label outside its brackets ('Priya' of 'Priya Nair (SENCO)')."""
    found = re.findall(r"[A-Za-z]+", outside_brackets(label))
    return found[0] if found else ""


def bare_named_children(text: str) -> set[str]:
    """Speakers labelled by a first name alone in a transcript where most of the other
    speakers' labels give a role ('Sarah (mum)', 'Ben (social worker)') or a full name
    ('Neil Whitworth', 'Carys Bell'): the labels say who the adults are by their role or
    name them in full, so the one named by a first name alone is the family's child
    ('Jade: ...', 'Owen: ...'). A label that is itself a role ('Mum', 'Interpreter') is
    not a name."""
    turns: dict[str, list[str]] = {}
    for _, _, line in _lines(text):
        label, skip = _speaker_of(line)
        if label:
            turns.setdefault(label, []).append(line[skip:])
    labels = set(turns)
    vocab = vocabulary()
    bare = {label for label in labels if _BARE_NAME.fullmatch(label)
            and not vocab.professional.search(label) and not _CHILD_LABEL.search(label)
            and label.lower() not in vocab.family_roles
            and not any(vocab.own_children.search(turn) for turn in turns[label])}
    found = set()
    for name in bare:
        others = labels - {name}
        if any(_first_name(other) == name for other in others):
            # a speaker labelled in full on their first turn is often labelled by first
            # name after it ('Priya Nair (SENCO)' then 'Priya'): one person, not a child
            continue
        if others and sum(bool(_ROLE.search(o) or _FULL_NAME.fullmatch(o))
                          for o in others) > len(others) / 2:
            found.add(name.lower())
    return found


def read_source(text: str, index: int, kind: str = "transcript",
                known_children: frozenset[str] = frozenset()) -> list[Sentence]:
    """The source's sentences, each with its speaker and whether a child said it; quotes
    given to a child inside someone else's turn or note line become sentences too.
    known_children: first names (lower case) that the draft or another source gives an
    age under 18."""
    children = child_names(text) | bare_named_children(text) | set(known_children)
    found: list[Sentence] = []
    speaker = ""
    written = kind in ("notes", "record")
    for line_start, line_end, line in _lines(text):
        label, skip = _speaker_of(line)
        if written and label and _field_heading(label):
            label = ""
        if label:
            speaker = label
        elif kind in ("notes", "record") or not _continues(text, line_start):
            speaker = ""
        body_start = line_start + skip
        cleaned = _TAG.sub(lambda m: " " * len(m.group()), text[body_start:line_end])
        spoken = text[:body_start] + cleaned
        is_child = _is_child(speaker, children)
        for s, e in split_sentences(spoken, body_start, line_end):
            e = s + len(spoken[s:e].rstrip())
            child = is_child and (not written or any(q in spoken[s:e] for q in QUOTE_MARKS)
                                  or _QUOTE.search(spoken[s:e]) is not None)
            found.append(Sentence(index, s, e, spoken[s:e], speaker, child))
        if not is_child or written:
            found.extend(_child_quotes(spoken, body_start, line_end, speaker, children, index,
                                       is_child))
    return found


def _field_heading(label: str) -> bool:
    """Whether a note's or record's line label names a field of the form rather than who
    speaks ('Children in the house: Cian Byrne (11) ...', 'Previous record, 30/09: ...'):
    it has lower-case words outside brackets, and no word of it is a known name, a
    professional's or family member's role, or a child's label ('Mum on phone', 'Social
    work report (Bilal Hussain)' and 'SW' are people)."""
    outside = outside_brackets(label)
    if not re.search(r"(?<![\w'’])[a-z]", outside):
        return False
    vocab = vocabulary()
    found = re.findall(r"[A-Za-z]+", label)
    # a name among capitals that are no names is a name of a thing ('Smart Recovery group
    # Thurs - been 3 times'), not who speaks
    capitals = [w for w in re.findall(r"[A-Za-z]+", outside) if w[:1].isupper()]
    named = all(is_known_name(w) or w.lower() in vocab.family_roles for w in capitals)
    return not (vocab.professional.search(label) or _CHILD_LABEL.search(label)
                or any(w.lower() in vocab.family_roles or (w[:1].isupper()
                                                           and is_known_name(w) and named)
                       for w in found))


def _continues(text: str, line_start: int) -> bool:
    """A line without a label goes on with the last speaker unless a blank line (a new
    cue or paragraph) came between."""
    previous = text.rfind("\n", 0, max(line_start - 1, 0))
    return bool(text[previous + 1:max(line_start - 1, 0)].strip())


def _child_quotes(text: str, start: int, end: int, speaker: str, children: set[str],
                  index: int, by_child: bool = False) -> list[Sentence]:
    """Quoted words in an adult's line that a child said: the line names the child (or
    says 'he'/'she' after naming one), or is a note line under the child's own label
    ('R: ...'), and the quote has three words or more."""
    line = text[start:end]
    lowered = line.lower()
    names = [name for name in children if re.search(rf"\b{re.escape(name)}\b", lowered)]
    by_initial = re.match(r"\s*([A-Z])\s*(?::|-)\s", line) or re.search(
        r"\b([A-Z])\b (?:said|says|told|asked)\b", line)
    named = by_child or names or (by_initial and _initial_of_a_child(by_initial.group(1),
                                                                     children))
    if not named and not re.search(r"\b(he|she|they) (said|says|told|asked|wrote)\b", lowered):
        return []
    quotes = _relayed(text, start, end, speaker, children, index)
    for match in _QUOTE.finditer(line):
        group = 1 if match.group(1) is not None else 2
        if len(match.group(group).split()) >= 3 and not _own_words(line, match.start()):
            s, e = start + match.start(group), start + match.end(group)
            quotes.append(Sentence(index, s, e, text[s:e], speaker or "notes", True, True))
    return quotes


def _own_words(line: str, at: int) -> bool:
    """Whether the quote starting at ``at`` is the writer's or speaker's own words, by the
    reporting clause just before it in its sentence ('I said, "OK, thanks for telling
    me."', 'We asked her, ...'): a note that names the child and quotes them quotes its
    writer's replies too, and those are no child's words to carry."""
    clause = re.split(r"[.!?\"“”]\s", line[:at])[-1]
    found = words(clause)
    vocab = vocabulary()
    said = [i for i, w in enumerate(found) if w.stem in vocab.reporting]
    return bool(said) and said[-1] > 0 \
        and found[said[-1] - 1].text.lower() in vocab.own_voice


_RELAYED = re.compile(r"(?<![Ww]hat )(?<![Hh]ow )\b([A-Z][a-z]+|[Hh]e|[Ss]he)(?: also| then)? "
                      r"(?:said|says|told (?:me|her|him|us|them)|explained)"
                      r"(?: to (?:me|her|him|us|them))?,?(?: that)? "
                      r"(?![\"“'‘])([^.?!\"“”‘\n]{12,200})")
"""A child's words relayed without quotes in an adult's line or a note ('Ella said to
her, I didn't want to go to training any more', 'She also said she can't sleep because
of the itching'): who said it, and what, to the sentence's end; not what they said
as an object ('wrote down what Noah said straight away')."""


def _relayed(text: str, start: int, end: int, speaker: str, children: set[str],
             index: int) -> list[Sentence]:
    """What a child said, relayed without quotes: the reporting verb's subject is a child's
    name, or 'he'/'she' whose nearest name before it on the line is a child's. Such words
    are the child's, to be carried (not necessarily quoted: the source did not quote them)."""
    line = text[start:end]
    found = []
    at = 0
    # one relayed clause may hold the next ('Mum said Ella's been quiet, and Ella said ...')
    while (match := _RELAYED.search(line, at)) is not None:
        at = match.start() + 1
        who = match.group(1)
        if who.lower() in ("he", "she"):
            # the line's last child named before the pronoun
            names = [w for w in re.findall(r"\b[A-Z][a-z]+\b", line[:match.start()])
                     if w.lower() in children]
            who = names[-1] if names else ""
        if who.lower() not in children or len(match.group(2).split()) < 4:
            continue
        s, e = start + match.start(2), start + match.end(2)
        found.append(Sentence(index, s, e, text[s:e], speaker or "notes", True))
    return found
