"""The acronym rule: any token written in capitals is an acronym to spell out, unless the
record spelled it out (in any usual form), families know it, or it is a code, a person's
initials, or a word in capitals (a heading, emphasis).

The data (everyday acronyms, code shapes) is ``lexicons/acronym_allowlist.yaml``; the rule
itself is the entry ``jargon.acronym-unspelled`` (``lexicons/acronyms.yaml``), whose
``context`` lists the predicates below. Candidates are found with one regular expression
over the text (capitals are rare, so this costs almost nothing in the fast profile).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sos_lang.regex_cache import compile as _compile
from sos_lang.settings import lowered_words, parse_yaml

ALLOWLIST_FILE = "acronym_allowlist.yaml"
"""The data file of the acronym rule in ``lexicons/`` (not a vocabulary file)."""

_TOKEN = r"[A-Z][A-Z0-9]{1,7}(?:s|Co)?"
"""2 to 8 capitals or digits starting with a capital, with a plural s (CG, S47, IROs) or
the Co of a co-ordinator (SENCo, ALNCo). Five letters or more count only when they are no
word of the dictionary or the name tables (UNOCINI, not MEETING, WHITBY or AMBER)."""

_MIXED = r"[A-Z][a-z][A-Z]{1,3}s?"
"""An acronym that keeps a small word of its expansion in lower case: a capital, one
lower-case letter, then one to three capitals (PfA, Preparing for Adulthood; DoLS,
Deprivation of Liberty Safeguards; DfE, SpLD, CiN). No English word or name has this
shape as a whole token (McKenzie and DiCaprio go on in lower case)."""

CANDIDATE = _compile(rf"(?<![\w&])(?:[A-Z]&[A-Z]{{1,2}}|{_TOKEN}|{_MIXED})(?![\w&])")
"""A token written in capitals (_TOKEN), letters joined by an ampersand (C&F), or a
capital and a lower-case letter before capitals (_MIXED). Searched through every record,
as are _glossed() and _NAME_RUN: compiled by regex_cache, so that re skips to the characters a
match can start with instead of trying the opening lookbehind or boundary at every
position (the same matches, about 2.5 times fewer instructions per text)."""

_LONG = 5
"""From this many letters a token in capitals is an acronym only if it is no word: no
acronym of the expansion table of five letters or more is a word of the dictionary or the
name tables (the word-like ones, MASH, NEET, SALT, DASH, have four), while towns, names and
values written in capitals are (WHITBY, LAGOS, AMBER)."""

_BEFORE_BRACKET = re.compile(rf"(?<![\w&])({_TOKEN})(\+?)[ \t]*$")
_BRACKET = re.compile(r"[(\[]([^()\[\]\n]{1,160})[)\]]")
"""Round brackets, or square ones as some records write them ("family support plan [FSP]")."""
_WORD = re.compile(r"[^\W_]+")
_NAME_RUN = _compile(r"\b([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)((?:[ \t]+[A-Z](?:[a-z]+|[A-Z]+)"
                       r"(?:[-'’][A-Z]?(?:[a-z]+|[A-Z]+))?){1,2})\b")
_MAX_SKIPPED = 3
"""A lower-case word of at most this many letters may give no letter (and, of, the, for)."""


def stem(acronym: str) -> str:
    """The acronym without its plural s (IROs -> IRO; CAMHS keeps its capital S)."""
    return acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym


@dataclass(frozen=True)
class AllowlistEntry:
    acronym: str
    note: str
    source: str


@dataclass(frozen=True)
class CodeShape:
    name: str
    pattern: re.Pattern[str]
    note: str
    numbers_a_word: bool = False
    """The shape is a number (Roman numerals): a code only where it numbers the word just
    before it ("Part IV", "Henry VIII") or labels a list item ("IV." opening a line), not
    where it stands alone as a word does ("IV offered": an independent visitor)."""


@dataclass(frozen=True)
class AcronymData:
    """The acronym rule's data: everyday acronyms and the shapes of codes."""

    everyday: tuple[AllowlistEntry, ...]
    codes: tuple[CodeShape, ...]
    joiner_before: re.Pattern[str]
    joiner_after: re.Pattern[str]
    word_abbreviations: frozenset[str]
    """One word shortened (MON, MRS, ST): read as the word, not spelled out."""
    short_emphasis: frozenset[str]
    """Two-letter words written in capitals for stress in running text (SO, NO)."""
    people_list_label: re.Pattern[str]
    """The label of a line that lists people ("Present:", "Night staff:")."""
    initials_before: re.Pattern[str]
    """What comes just before initials: a recording verb's "by", "Signed" ("completed by")."""
    initials_after: re.Pattern[str]
    """What comes just after initials: a role in brackets or after a comma."""
    author_at_end: re.Pattern[str]
    """What comes just before initials that end the record: "Logged by" (an author)."""
    town_after: re.Pattern[str]
    """What comes just after a town written in capitals: a postcode ("LUTON LU2 7PD")."""
    setting_after: re.Pattern[str]
    """What comes just after the name of a school: its kind ("KESTREL HIGH")."""
    setting_opening: re.Pattern[str]
    """A kind of school that opens its name ("YSGOL Y DDERWEN")."""
    setting_opening_after: re.Pattern[str]
    """What follows such a kind: the name ("Y DDERWEN")."""
    reference_label_after: re.Pattern[str]
    """What comes just after the label of a reference: its number ("CAD 0912")."""
    beside_a_number: frozenset[str]
    """Shortened words that are also an acronym's letters (APR, RM): the word only where a
    date or a unit is written."""
    abbreviation_word_before: re.Pattern[str]
    """A word of time or place just before such a word ("in APR", "since SEPT")."""
    role_label: re.Pattern[str]
    """A line's label naming one person's role ("TM:", "Key worker:")."""
    role_before_bracket: re.Pattern[str]
    """A word for a person's job just before a bracket ("Coach (", "day staff (")."""
    no_initials_after: frozenset[str] = frozenset()
    """Articles and possessives: capitals just after one name a role, not a person."""
    stressed_words: frozenset[str] = frozenset()
    """Words written in capitals for stress or as a value (NOT, ALL, YES, JUNE, RED): never
    read as an acronym that spells a word."""
    service_noun_after: re.Pattern[str] | None = None
    """A lower-case noun of a service after capitals ("AIM assessment", "SPA referral")."""
    noun_slot_before: re.Pattern[str] | None = None
    """A preposition or an article just before capitals that stand alone as a noun."""
    noun_slot_after: re.Pattern[str] | None = None
    """What may follow such a noun: the end of a clause or a small word ("with", "and")."""
    compound_endings: tuple[str, ...] = ()
    """Endings the dictionary also lists as words (-tion, -ness): a word that ends in one is
    no closed compound of two words (compound_letters)."""
    name_label_before: re.Pattern[str] | None = None
    """The word that names a thing by a name in capitals ("Unit: KESTREL", "OPERATION
    KESTREL", "Ward: PUFFIN"): the capitals after it are that name."""
    trading_names: frozenset[str] = frozenset()
    """Shops and high-street chains written in capitals (ALDI, LIDL, B&M): a firm's name."""
    employer_before: re.Pattern[str] | None = None
    """"works for", "works at", "works in" just before capitals: an employer or a trade."""
    vessel_prefixes: frozenset[str] = frozenset()
    """The prefix of a boat's name (NB, MV): the boat's name follows it."""
    vessel_context: re.Pattern[str] | None = None
    """A word that shows the record speaks of a boat (narrowboat, moored, marina)."""
    pair_verb_after: re.Pattern[str] | None = None
    """What a person does or is, just after a pair of initials ("JB and CB were")."""
    spelled_out_after: str = r"[ \t]*(?:[-–—=:][ \t]*)"
    """A cue between the letters and the words that spell them out ("IRH - issues
    resolution hearing", "FSP, which means"); a pattern's text, filled into one search."""
    spelled_out_before: str = r",?[ \t]+or[ \t]+"
    """A cue between words and the letters that name them (", or SSW", "known as FSP")."""
    bracket_filler: re.Pattern[str] = re.compile(r"[ \t]*(.*?)[ \t]*")
    """The words and quotes around what a bracket spells out or names; group 1 is the rest."""
    clipped_shortest: int = 0
    """From this many letters, capitals that begin a longer word of the easy list are that
    word cut short (HOSP for hospital); 0 turns the reading off."""
    clipped_any_word_from: int = 0
    """From this many letters, the beginning of any dictionary word counts (TELECON)."""
    stress_slot_before: re.Pattern[str] | None = None
    """A linking verb, maybe with a word of degree, just before an adjective ("was ")."""
    stress_slot_after: re.Pattern[str] | None = None
    """The end of the clause or a small word just after that adjective ("RUDE to")."""
    pair_passive_after: re.Pattern[str] | None = None
    """A passive verb after a pair of capitals ("were discussed"): said of things."""
    place_joiners: frozenset[str] = frozenset()
    """The small words inside a place's name joined by hyphens (ON, UPON, UNDER, Y)."""
    remark_openers: frozenset[str] = frozenset()
    """Letters that open a note to the reader (NB, PS): no heading's first word."""

    @functools.cached_property
    def everyday_forms(self) -> frozenset[str]:
        return frozenset(entry.acronym for entry in self.everyday)


def allowlist_path() -> Path:
    from sos_lang.lexicon.loader import packaged_lexicon_dir

    return packaged_lexicon_dir() / ALLOWLIST_FILE


def _parse(raw: Any, origin: str) -> AcronymData:
    from sos_lang.rules.model import RuleError

    for key in ("word_abbreviations", "short_emphasis_words", "abbreviations_beside_a_number",
                "no_initials_after", "stressed_words", "compound_endings", "place_joiners",
                "remark_openers"):
        if not all(isinstance(word, str) for word in raw.get(key, ())):
            raise RuleError(f"{origin}: {key} must be strings (quote NO, ON, YES, OFF)")
    try:
        everyday = tuple(AllowlistEntry(str(item["acronym"]), str(item["note"]),
                                        str(item["source"])) for item in raw["everyday"])
        codes = tuple(CodeShape(str(item["name"]), re.compile(item["pattern"]),
                                " ".join(str(item["note"]).split()),
                                bool(item.get("numbers_a_word", False)))
                      for item in raw["codes"])
        return AcronymData(everyday, codes, re.compile(raw["code_joiner_before"]),
                           re.compile(raw["code_joiner_after"]),
                           frozenset(str(word) for word in raw["word_abbreviations"]),
                           frozenset(str(word) for word in raw["short_emphasis_words"]),
                           re.compile(raw["people_list_label"], re.IGNORECASE),
                           re.compile(_with_roles(raw["initials_before"])),
                           re.compile(_with_roles(raw["initials_after"])),
                           re.compile(raw["author_at_end"]),
                           re.compile(_with_roles(raw["town_after"])),
                           re.compile(_with_roles(raw["setting_after"])),
                           re.compile(raw["setting_opening"]),
                           re.compile(raw["setting_opening_after"]),
                           re.compile(raw["reference_label_after"]),
                           frozenset(str(word) for word in raw["abbreviations_beside_a_number"]),
                           re.compile(raw["abbreviation_word_before"]),
                           re.compile(_with_roles(raw["role_label"])),
                           re.compile(_with_roles(raw["role_before_bracket"])),
                           lowered_words(raw["no_initials_after"]),
                           frozenset(str(word) for word in raw.get("stressed_words", ())),
                           _optional_pattern(raw, "service_noun_after"),
                           _optional_pattern(raw, "noun_slot_before"),
                           _optional_pattern(raw, "noun_slot_after"),
                           tuple(str(ending) for ending in raw.get("compound_endings", ())),
                           _optional_pattern(raw, "name_label_before"),
                           frozenset(str(name) for group in raw.get("trading_names", ())
                                     for name in group["names"]),
                           _optional_pattern(raw, "employer_before"),
                           frozenset(str(word) for word in raw.get("vessel_prefixes", ())),
                           _optional_pattern(raw, "vessel_context"),
                           _optional_pattern(raw, "pair_verb_after"),
                           str(raw["spelled_out_after"]), str(raw["spelled_out_before"]),
                           re.compile(raw["bracket_filler"], re.IGNORECASE),
                           int(raw.get("clipped_word", {}).get("shortest", 0)),
                           int(raw.get("clipped_word", {}).get("any_dictionary_word_from", 0)),
                           _optional_pattern(raw, "stress_slot_before"),
                           _optional_pattern(raw, "stress_slot_after"),
                           _optional_pattern(raw, "pair_passive_after"),
                           frozenset(str(word) for word in raw.get("place_joiners", ())),
                           frozenset(str(word) for word in raw.get("remark_openers", ())))
    except (KeyError, TypeError, re.error) as exc:
        raise RuleError(f"{origin}: malformed acronym allowlist ({exc})") from exc


def _optional_pattern(raw: Any, key: str) -> re.Pattern[str] | None:
    """A pattern a local allowlist may leave out (None then)."""
    return re.compile(raw[key]) if raw.get(key) else None


def _with_roles(pattern: str) -> str:
    """The pattern with the redaction rules' fragments (<<role_word>>, <<postcode>>) filled
    in: one list of the roles people have in a record, one shape of a postcode."""
    from sos_lang.redact.rules import expand
    from sos_lang.settings import load_yaml

    return expand(pattern, load_yaml("redaction.yaml").get("fragments", {}))


@functools.cache
def acronym_data() -> AcronymData:
    """The packaged allowlist and code shapes, read once."""
    path = allowlist_path()
    return _parse(parse_yaml(path.read_text(encoding="utf-8")), str(path))


# --- spelled out: an initial-letter match of the words beside a bracket ---------------------

def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _fits(letters: str, words: list[str], must_use_all: bool) -> bool:
    """Whether the words give the letters in order: each word gives a prefix of itself (one
    letter or more: Co-ordinator gives CO, 47 gives 47), or nothing when it is a short
    lower-case word (and, of, the). With must_use_all every word must be used or skipped;
    otherwise words may be left over at the end."""

    @functools.cache
    def fits(i: int, j: int) -> bool:
        if i == len(letters):
            return not must_use_all or all(_skippable(word) for word in words[j:])
        if j == len(words):
            return False
        word = words[j].lower()
        for size in range(1, min(len(word), len(letters) - i) + 1):
            if word[:size] != letters[i:i + size]:
                break
            if fits(i + size, j + 1):
                return True
        if any(fits(i + 2, j + 1) for given in compound_letters(word)
               if letters[i:i + 2] == given):
            return True
        return j > 0 and _skippable(words[j]) and fits(i, j + 1)

    return fits(0, 0)


@functools.lru_cache(maxsize=4096)
def compound_letters(word: str) -> tuple[str, ...]:
    """The initials of the two words a closed compound joins, where both halves are words
    of the dictionary (three letters or more, four for the second): healthcare gives HC,
    childminder CM, as "Continuing healthcare (CHC)" spells its letters out; not a word
    with one of compound_endings (protec-tion is no compound)."""
    if len(word) < 6 or not word.isalpha():
        return ()
    from sos_lang.readability import cmu_words

    words = cmu_words()
    return tuple(sorted({word[0] + word[cut] for cut in range(3, len(word) - 3)
                         if word[:cut] in words and word[cut:] in words
                         and not word.endswith(acronym_data().compound_endings)}))


def _skippable(word: str) -> bool:
    """A short word that may give no letter: "and", "of", "the", or the same in a heading in
    capitals ("TEAM AROUND THE FAMILY (TAF)")."""
    return (word.islower() or word.isupper()) and len(word) <= _MAX_SKIPPED


def spelling_start(acronym: str, words: list[str]) -> int | None:
    """The index of the first of the words just before "(ACR)" that spell the acronym out
    (the fewest words that do), or None."""
    letters = stem(acronym).lower()
    first = max(0, len(words) - len(letters) - _MAX_SKIPPED)
    return next((start for start in range(len(words) - 1, first - 1, -1)
                 if _fits(letters, words[start:], must_use_all=True)), None)


_MOST_KIND_WORDS = 2


def _without_trailing_kinds(words: list[str]) -> list[int]:
    """How many of the words to try, the last first: all of them, then without one or two
    last words that name the kind of a meeting or a document (plan, review, meeting:
    service_noun_after in lexicons/acronym_allowlist.yaml), as "CHILD IN NEED PLAN REVIEW
    (CIN)" and "child protection conference (CP)" put the letters after the kind."""
    counts = [len(words)]
    pattern = acronym_data().service_noun_after
    if pattern is None:
        return counts
    for dropped in range(1, _MOST_KIND_WORDS + 1):
        if len(words) <= dropped or pattern.fullmatch(" " + words[-dropped].lower()) is None:
            break
        counts.append(len(words) - dropped)
    return counts


def spells_out(acronym: str, words: list[str], words_before: bool) -> bool:
    """Whether words spell the acronym out: the words just before "(ACR)" (ending at the
    bracket), or the words inside the brackets of "ACR (...)" (from the first)."""
    if words_before:
        return spelling_start(acronym, words) is not None
    return _fits(stem(acronym).lower(), words, must_use_all=False)


@functools.cache
def _glossed() -> re.Pattern[str]:
    """The letters, then a cue that words spelling them out follow ("IRH - issues resolution
    hearing", "FSP, which means a family support plan": spelled_out_after in
    lexicons/acronym_allowlist.yaml), then those words."""
    cue = acronym_data().spelled_out_after
    return _compile(rf"(?<![\w&])({_TOKEN})(?:{cue})([^\n]{{1,120}})")


@functools.cache
def _alias_after_words() -> re.Pattern[str]:
    """A cue after words that the letters name them ("The supervising social worker, or
    SSW,", "family support plan, known as FSP", "Family Support Plan/FSP":
    spelled_out_before in lexicons/acronym_allowlist.yaml), then the letters."""
    cue = acronym_data().spelled_out_before
    return _compile(rf"(?:{cue})({_TOKEN})(?![\w&])")


def definitions(text: str) -> dict[str, int]:
    """Where each acronym (by its stem) is first spelled out, in any usual form: with
    brackets, "core group (CG)", "CG (core group)", "Review Child Protection Conferences
    (RCPCs)", "speech and language therapy (SALT)", or glossed as a glossary does, "IRH -
    issues resolution hearing", "CG = core group", "CG stands for core group". The offset is
    the acronym's own, so that use and every later use count as spelled out."""
    return first_spellings(spellings_out(text))


def first_spellings(spellings: list[tuple[str, int, int, int]]) -> dict[str, int]:
    """Each acronym's first spelled-out offset, from ``spellings_out``."""
    found: dict[str, int] = {}
    for acronym, at, _, _ in spellings:
        found.setdefault(acronym, at)
    return found


def spellings_out(text: str) -> list[tuple[str, int, int, int]]:
    """Each spelling-out in the text: the acronym's stem, its offset, and the start and end
    of the words that spell it out ("additional learning needs (ALN)": ALN and the span of
    "additional learning needs"), in the forms ``definitions`` reads."""
    found: list[tuple[str, int, int, int]] = []
    for glossed in _glossed().finditer(text):
        if spells_out(glossed.group(1), _words(glossed.group(2)), words_before=False):
            found.append((stem(glossed.group(1)), glossed.start(1), glossed.start(2),
                          glossed.end(2)))
    for alias in _alias_after_words().finditer(text):
        before = list(_WORD.finditer(text, max(0, alias.start() - 160), alias.start()))
        start = spelling_start(alias.group(1), [word.group() for word in before])
        if start is not None:
            found.append((stem(alias.group(1)), alias.start(1), before[start].start(),
                          before[-1].end()))
    if "(" not in text and "[" not in text:
        return found
    filler = acronym_data().bracket_filler
    for bracket in _BRACKET.finditer(text):
        inner = _inside_fillers(filler, bracket.group(1))
        plus = _with_plus(inner)
        if plus:
            inner = inner[:-1]
        if CANDIDATE.fullmatch(inner):
            window = max(0, bracket.start() - 160)
            before = list(_WORD.finditer(text, window, bracket.start()))
            if plus and before and before[-1].group().lower() == "plus":
                before.pop()  # "Pupil Premium Plus (PP+)": the sign stands for the word
            words = [word.group() for word in before]
            for kept in _without_trailing_kinds(words):
                start = spelling_start(inner, words[:kept])
                if start is not None:
                    at = bracket.start(1) + bracket.group(1).index(inner)
                    found.append((stem(inner), at, before[start].start(),
                                  before[kept - 1].end()))
                    break
            else:
                start = None
            if start is not None:
                continue
        ahead = _BEFORE_BRACKET.search(text, max(0, bracket.start() - 12), bracket.start())
        words = _words(inner)
        if ahead is not None and ahead.group(2) and words and words[-1].lower() == "plus":
            words = words[:-1]  # "PP+ (Pupil Premium Plus)"
        if ahead is not None and spells_out(ahead.group(1), words, words_before=False):
            found.append((stem(ahead.group(1)), ahead.start(1), bracket.start(1),
                          bracket.end(1)))
    return found


def _with_plus(inner: str) -> bool:
    """Letters with a plus sign for "Plus" in a bracket ("(PP+)", Pupil Premium Plus)."""
    return inner.endswith("+") and CANDIDATE.fullmatch(inner[:-1]) is not None


def _inside_fillers(filler: re.Pattern[str], inside: str) -> str:
    """What a bracket holds without the words and quotes around the letters or the words
    ("(or FSP)", "('FSP')", "(FSP for short)", "(i.e. family support plan)":
    bracket_filler in lexicons/acronym_allowlist.yaml)."""
    match = filler.fullmatch(inside)
    return match.group(1) if match is not None and match.group(1) else inside.strip()


# --- codes and identifiers --------------------------------------------------------------------

def is_code(text: str, start: int, end: int) -> bool:
    """The capitals are a code or identifier: a shape of the allowlist's codes (digits,
    Roman numerals), joined to digits (CR-2024-11, AB/1234), or the label of a reference
    number after them ("CAD 0912"; not a year, "CIN 2021")."""
    data = acronym_data()
    token = text[start:end]
    if any(shape.pattern.fullmatch(token) and (not shape.numbers_a_word
                                               or _numbers_a_word(text, start, end))
           for shape in data.codes):
        return True
    return (data.joiner_before.search(text[max(0, start - 2):start]) is not None
            or data.joiner_after.search(text[end:end + 2]) is not None
            or data.reference_label_after.match(text, end) is not None)


_WORD_BEFORE_NUMBER = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]+\.?[ \t]+$")
_LIST_LABEL_AFTER = re.compile(r"[.)]")


def _numbers_a_word(text: str, start: int, end: int) -> bool:
    """A number written in letters numbers something: the capitalised word just before it on
    its line, as numbered things are named ("Part IV", "Year II", "Henry VIII", "KEY STAGE
    II"; not "the IV"), or a list item it labels ("IV." or "IV)" opening a line)."""
    return (_WORD_BEFORE_NUMBER.search(text, max(0, start - 24), start) is not None
            or (_LIST_LABEL_AFTER.match(text, end) is not None and (
                not text[text.rfind("\n", 0, start) + 1:start].strip(" \t("))))


# --- a person's initials or name ------------------------------------------------------------

def _names_person(word: str) -> bool:
    """One word that names a person: a family or network word (Dad, baby, mum), or a first
    name of the name tables (Kerry)."""
    from sos_lang.redact.rules import rules

    lower = word.lower()
    if lower in _family_words():
        return True
    tables = rules()
    return word[:1].isupper() and lower in tables.first_names and lower not in tables.common_words


def _person_cue_after(text: str, end: int) -> bool:
    """What follows is what follows a person: a reporting verb or another verb a person does,
    an age in brackets (the redaction name cues), or a bracket naming a family role."""
    from sos_lang.redact.rules import rules

    cue = rules().reporting_after.match(text, end)
    if cue is not None and not cue.group().startswith(("'", "’")):
        return True
    bracket = _BRACKET_AFTER.match(text, end)
    return bracket is not None and any(word.lower() in _family_words()
                                       for word in _words(bracket.group(1)))


_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,40})\)")
_ARTICLE_OR_POSSESSIVE = frozenset({"the", "a", "an", "his", "her", "their", "my", "our"})


def _family_role_in_bracket(text: str, end: int) -> bool:
    """A bracket just after the capitals opens with a family word, maybe after an article
    or a possessive ("JT (MUM)", "MT (SON, 6)", "AB (the eldest)"): the person's role in the
    family given beside their initials, as notes introduce the people they name; not a
    bracket that only mentions one ("(for families)")."""
    bracket = _BRACKET_AFTER.match(text, end)
    if bracket is None:
        return False
    words = [word.lower() for word in _words(bracket.group(1))]
    if words and words[0] in _ARTICLE_OR_POSSESSIVE:
        words = words[1:]
    return bool(words) and words[0] in _family_words()


def _family_words() -> frozenset[str]:
    from sos_lang.lexicon.people import person_words

    return person_words()


_OPEN_BRACKET_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]*\([ \t]*$")
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|([A-Z][a-z]+)\b)")


def role_before_name(text: str, end: int) -> bool:
    """A title or a first name of the name tables follows the capitals: they are the role of
    the person named there ("HT Mrs Reid", "HV Jo Clarke"), not that person's initials."""
    after = _NAME_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1) is None:
        return True
    from sos_lang.redact.rules import rules

    tables = rules()
    first = after.group(1).lower()
    return first in tables.first_names and first not in tables.common_words

_LIST_AFTER_BRACKETED = re.compile(r"^[ \t]*,[ \t]*([^()\n]{1,30})\)")


def _in_a_persons_bracket(text: str, start: int, end: int) -> bool:
    """The capitals open a bracket after a word that names a person ("Dad (GH)", "baby (KT,
    6 wks)", "Kerry WALSH (KW, mum)", "Mr D. Okoro (DO)"), or share the bracket with a
    family word ("(KW, mum)"): a way of giving that person's initials. Not before a name
    in the bracket ("(HT Mrs Reid)"): a role."""
    before = _OPEN_BRACKET_BEFORE.search(text, max(0, start - 40), start)
    if before is None or role_before_name(text, end):
        return False
    word = before.group(1)
    if _names_person(word) or surname_in_capitals(text, before.start(1)) or (
            re.search(r"\b(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+)*$",
                      text[max(0, before.start(1) - 20):before.start(1)], re.IGNORECASE)):
        return True
    rest = _LIST_AFTER_BRACKETED.match(text[end:end + 40])
    return rest is not None and any(part.lower() in _family_words()
                                    for part in _words(rest.group(1)))


_INITIALS_IN_BRACKET = re.compile(r"[ \t]*\([ \t]*[A-Z]{2,3}[ \t]*\)")


def _in_people_list(text: str, start: int, end: int) -> bool:
    """The capitals are in a line that lists people under a label ("Present: LB (Mum), TW
    (school)", "Night staff: AJ, MM"), the nearest label before them where a line holds
    several ("Family: the Adeyemis   Coordinator: TK"): as minutes and handovers give
    initials. Not when initials follow them in brackets ("TM (RB)") or a name follows them
    ("HT Mrs Reid"): then they are the role of the person."""
    if _INITIALS_IN_BRACKET.match(text, end) or role_before_name(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.rfind(":", line_start, start)
    label_start = max(line_start, text.rfind(":", line_start, colon) + 1)
    return colon >= 0 and acronym_data().people_list_label.search(
        text[label_start:colon]) is not None


_AND_BEFORE = re.compile(r"\b([A-Z]{2,3})(?:[ \t]*\([^()\n]{1,40}\))?,?[ \t]+(?:and|&)[ \t]+$")
_AND_AFTER = re.compile(r"^[ \t]+(?:and|&)[ \t]+([A-Z]{2,3})\b")


_SIGN_OFF = re.compile(r"[ \t]*((?:[-–—~]+[ \t]*)?(?:(?:from|by)[ \t]+)?)([A-Z]{2,3})[ \t]*"
                       r"((?:[,;]?[ \t]*[0-9][0-9/.:]*(?:[ \t]+[0-9][0-9/.:]*)?)?)[ \t]*$",
                       re.IGNORECASE)


_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \t]+$")
_TITLE_AND_DASH_BEFORE = re.compile(r"[^\W\d_]{2,}[ \t]+[-–—][ \t]+$")


def _signs_off(text: str, start: int, end: int) -> bool:
    """The capitals are all a line after the first holds, after a dash or "from", before a
    date or a time, or alone on the last line ("— JT", "JT 14/03", "From JT"); or they end
    the record after its last sentence or an author's "by" ("Left 16:20. KT", "Logged by
    CD."), or end a line after a title and
    a dash ("Supervision - MK"): a worker signing a note off or naming its author with their
    initials (alone on the first line, a heading), or follow an author's cue that opens
    their line ("Logged by JT; DSL told at 09:25"), as a sign-off line does wherever it
    stands; mid-line, a team logs too ("Reference ... logged by FIS."). After a title in
    capitals and a dash
    ("POLICE NOTIFICATION - PPN") they are the heading's own last word, not its author."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[end:len(text) if line_end < 0 else line_end].strip(" \t."):
        before = text[line_start:start]
        if (_TITLE_AND_DASH_BEFORE.search(before) and not in_heading(text, line_start)) or (
                not text[end:].strip().strip(".")
                and (_SENTENCE_END_BEFORE.search(before)
                     or acronym_data().author_at_end.search(before))):
            return True
    author = acronym_data().author_at_end.search(text, line_start, start)
    if author is not None and not text[line_start:author.start()].strip(" \t-–—"):
        return True  # a line that opens with its author's cue: "Logged by JT; DSL told"
    if "\n" not in text:
        return False
    line = text[line_start:len(text) if line_end < 0 else line_end]
    match = _SIGN_OFF.fullmatch(line)
    if match is None or match.start(2) != start - line_start or not text[:line_start].strip():
        return False
    return bool(match.group(1).strip() or match.group(3).strip()
                or not text[line_start + len(line):].strip())


def given_as_initials(text: str, start: int, end: int) -> bool:
    """The capitals are given as someone's initials: two or three of them in a bracket
    after a person ("Dad (GH)") or a job ("Coach (RT)", "3 leaders (AK, MO, PD)"), in a
    list of people ("Present: LB (Mum), TW (school)"), after a role's label ("TM: JR"),
    after "recorded by" or before a role ("SM (social worker)") or signing a note off ("— JT",
    "Left 16:20. KT"), or before a bracket that opens with their role in the family ("JT
    (MUM)", "MT (SON, 6)"). Unlike a verb after them ("agreed", which a meeting does
    too), this holds for every mention of them in the record ("MT SHOWED ME HIS ROBOT")."""
    return end - start <= 3 and (_in_a_persons_bracket(text, start, end)
                                 or _family_role_in_bracket(text, end)
                                 or _in_a_role_bracket(text, start, end)
                                 or _in_people_list(text, start, end)
                                 or _after_a_role_label(text, start, end)
                                 or _in_initials_position(text, start, end)
                                 or _signs_off(text, start, end))


_INITIALS_LIST = re.compile(r"[ \t]*[A-Z]{2,3}(?:[ \t]*(?:,|and|&)[ \t]*[A-Z]{2,3})*[ \t]*")


def _in_a_role_bracket(text: str, start: int, end: int) -> bool:
    """The capitals are in a bracket after a word for a job that holds only initials,
    one or a list ("Coach (RT)", "YJS worker (DB)", "3 leaders (AK, MO, PD)"): who held
    that job, as handover and register notes give them."""
    opening = text.rfind("(", max(0, start - 40), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end, end + 40)
    if closing < 0 or _INITIALS_LIST.fullmatch(text, opening + 1, closing) is None:
        return False
    return acronym_data().role_before_bracket.search(
        text, max(0, opening - 48), opening + 1) is not None


_ASIDE = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t.]*")


def _after_a_role_label(text: str, start: int, end: int) -> bool:
    """The capitals are all a line holds, but for an aside in brackets, after a label
    naming a role ("TM: JR", "SW: KT", "Key worker: RH") or a person ("Student: AH (see
    file)", "Young person: KT"): the initials of the person in that role."""
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.rfind(":", line_start, start)
    line_end = text.find("\n", end)
    if colon < 0 or text[colon + 1:start].strip() or _ASIDE.fullmatch(
            text, end, len(text) if line_end < 0 else line_end) is None:
        return False
    label = text[line_start:colon].strip()
    if acronym_data().role_label.fullmatch(label) is not None:
        return True
    words = label.split()
    return 0 < len(words) <= 2 and all(word.isalpha() for word in words) and (
        words[-1].lower() in _family_words())


_NUMBER_BEFORE = re.compile(r"[0-9][^\w\n]{0,3}$")
_NUMBER_AFTER = re.compile(r"[^\w\n]{0,3}[0-9]")
"""A number just before or just after a shortened word ("12 APR", "RM 4")."""


def shortened_word(text: str, start: int, end: int) -> bool:
    """The capitals are one word shortened (MON, MRS, ST, HRS): read as that word. Those
    that are also the letters of a role or a document (APR, RM) only where a date or a
    unit is written: beside a number, after a word of time or place ("in APR", "RM 4"),
    or in a heading in capitals."""
    data = acronym_data()
    token = text[start:end]
    if token not in data.word_abbreviations:
        return False
    if token not in data.beside_a_number:
        return True
    return (_NUMBER_BEFORE.search(text[max(0, start - 4):start]) is not None
            or _NUMBER_AFTER.match(text[end:end + 4]) is not None
            or data.abbreviation_word_before.search(text, max(0, start - 32), start)
            is not None or in_heading(text, start))


def _in_initials_position(text: str, start: int, end: int) -> bool:
    """The capitals are where records put an author's or a professional's initials: after a
    recording verb's "by" or "Signed" ("completed today by HL", "Signed AB."), or before a
    role in brackets or after a comma ("SM (social worker)", "JM, student social worker")."""
    data = acronym_data()
    return (data.initials_before.search(text, max(0, start - 48), start) is not None
            or data.initials_after.match(text, end) is not None)


def used_as_initials(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """The capitals are a person's initials: those of a name given in the record (Jo Taylor:
    JT), given in a bracket after a person ("Dad (GH)"), listed under "Present:", or used as a
    person is (JT said; AB (the eldest); AB and CD were at home, when one of the pair has
    such a cue; "her key worker, RH, rang")."""
    token = text[start:end]
    if token in names or given_as_initials(text, start, end):
        return True
    if after_a_determiner(text, start):
        return False  # "the EP has asked", "her PA said": a role; initials take no article
    if _person_cue_after(text, end):
        return True
    if text.startswith(",", end) and text[max(0, start - 2):start] == ", " and (
            _person_cue_after(text, end + 1)) and not _apposition_to_other_name(text, start):
        return True  # between commas before what a person does: "her worker, RH, rang"
    before = _AND_BEFORE.search(text[max(0, start - 60):start])
    if before is not None:
        other_end = start - len(text[max(0, start - 60):start]) + before.end(1)
        if _person_cue_after(text, other_end):
            return True
    after = _AND_AFTER.match(text[end:end + 12])
    if after is not None and (_person_cue_after(text, end + after.end(1)) or (
            acronym_data().initials_after.match(text, end + after.end(1)) is not None)):
        return True  # "JB and MK, the two youth workers": the pair's role after both
    return _pair_sharing_a_surname(text, start, end, before, after)


def _pair_sharing_a_surname(text: str, start: int, end: int, before: re.Match[str] | None,
                            after: re.Match[str] | None) -> bool:
    """Two sets of two or three capitals joined by "and" that end in the same letter, the
    initial of a surname ("JB and CB were at home"): brothers and sisters, or a couple, who
    share a family name, as notes give them; or two sets of two capitals that do not ("JB
    and CK were at home"), where the verb is no passive (pair_passive_after). Before what a
    person does or is, not a thing ("JB and CB were at home", not "JB and CB reports"): a
    verb just after the pair."""
    token = text[start:end]
    if before is not None:
        other, pair_end = before.group(1), end
    elif after is not None:
        other, pair_end = after.group(1), end + after.end(1)
    else:
        return False
    data = acronym_data()
    if not token.isupper() or other == token or data.pair_verb_after is None or (
            data.pair_verb_after.match(text, pair_end) is None):
        return False
    if other[-1] == token[-1]:
        return True
    # Two people of two surnames ("JB and CK were at home"): two letters each, as initials
    # are, doing something themselves, not something done to them ("were discussed").
    return len(token) == len(other) == _PAIR_INITIALS and (
        data.pair_passive_after is None or data.pair_passive_after.match(text, pair_end) is None)


_PAIR_INITIALS = 2


_NAME_BEFORE_COMMA = re.compile(r"(?<![\w'’])([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?),[ \t]+$")


def _apposition_to_other_name(text: str, start: int) -> bool:
    """The capitals stand between commas after a first name whose initial they do not
    share ("Bethan, LD, lives with Mum"): said of that person, they would be her own
    initials, so they are something about her (learning disability), not a person."""
    before = _NAME_BEFORE_COMMA.search(text, max(0, start - 30), start)
    return before is not None and _names_person(before.group(1)) and (
        before.group(1).lower() not in _family_words()) and (
        before.group(1)[0] != text[start])


_WORD_JUST_BEFORE = re.compile(r"(?:(?<![\w'’])([^\W\d_]+)|\w([’']s))[ \t]+$")


def after_a_determiner(text: str, start: int) -> bool:
    """An article or a possessive comes just before the capitals ("the EP", "her PA", "Mum's
    TM"): they name a role or a thing, as initials, which stand for a name, never take one
    (no_initials_after in lexicons/acronym_allowlist.yaml)."""
    before = _WORD_JUST_BEFORE.search(text, max(0, start - 16), start)
    if before is None:
        return False
    word = before.group(1) or before.group(2).replace("’", "'")
    return word.lower() in acronym_data().no_initials_after


_NAME_BEFORE = re.compile(r"(?:\b(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x|[Dd]r|MR|MRS|MS|MISS|MX|DR)"
                          r"\.?|\b([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?))"
                          r"(?:[ \t]+[A-Z]\.?)*[ \t]+$")


_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|household|children|home)\b", re.IGNORECASE)


def town_in_capitals(text: str, start: int, end: int) -> bool:
    """The capitals (three letters or more) are a town written in capitals before its
    postcode, as address lines give it ("KIRKBY, L32 8UZ", "LUTON LU2 7PD")."""
    return end - start >= 3 and acronym_data().town_after.match(text, end) is not None


_SHORTEST_PLACE = 4


def place_in_capitals(text: str, start: int, end: int) -> bool:
    """The capitals (four letters or more, with a vowel) are a town or a place of the place
    table (sos_lang/data/names/places.txt, the redaction's), or the first word of one of
    several words ("BEXHILL" of Bexhill-on-Sea, "MERTHYR" of Merthyr Tydfil): notes write
    places in capitals in headings and in running text ("found at WORKSOP", "school in
    TRING"). An acronym of the expansion table
    is still flagged (SEND is a place too); no unknown acronym of the development sets of
    four letters or more is a place, while three-letter ones are (BSL)."""
    token = text[start:end]
    if len(token) < _SHORTEST_PLACE or not token.isupper() or not re.search(r"[AEIOUY]", token):
        return False
    word = token.lower()
    return word in _places() or word in _place_first_words()


_HYPHENATED_RUN = re.compile(r"(?<![\w-])[A-Z][A-Z'’]*(?:-[A-Z][A-Z'’]*)+(?![\w-])")


def in_a_hyphenated_place(text: str, start: int, end: int) -> bool:
    """The capitals are one word of a place's name joined by hyphens ("ASHTON-UNDER-LYNE",
    "STRATFORD-UPON-AVON", "BETWS-Y-COED"): the run is a place of the place table, or has a
    small word of a place's name inside it, between words (place_joiners in
    lexicons/acronym_allowlist.yaml: ON, UPON, UNDER, LE, Y), as English and Welsh places
    of several words are written. Each word of it is part of the name, the short last one
    too (LYNE, AVON), not letters to spell out."""
    joiners = acronym_data().place_joiners
    if not joiners or "-" not in text[max(0, start - 1):end + 1]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    for run in _HYPHENATED_RUN.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if run.start() <= start and end <= run.end():
            words = run.group().split("-")
            return run.group().lower() in _places() or any(
                word in joiners for word in words[1:-1])
    return False


def _places() -> frozenset[str]:
    from sos_lang.redact.rules import rules

    return rules().places


@functools.cache
def _place_first_words() -> frozenset[str]:
    """The first word of each place of several words, joined by hyphens or spaces (bexhill
    of bexhill-on-sea, merthyr of merthyr tydfil): the word a place is called by alone
    ("MERTHYR FOOD BANK")."""
    firsts = (re.split(r"[- ]", place, maxsplit=1)[0] for place in _places()
              if "-" in place or " " in place)
    return frozenset(first for first in firsts if len(first) >= _SHORTEST_PLACE)


def named_by_its_label(text: str, start: int, end: int) -> bool:
    """The capitals (four letters or more, with a vowel) follow a word that names a thing by
    a name ("Unit: KESTREL", "OPERATION KESTREL", "Ward: PUFFIN"): a code name or the name of
    a unit, a ward or an operation, as secure units, hospitals and police logs write them,
    not letters to spell out (name_label_before in lexicons/acronym_allowlist.yaml)."""
    token = text[start:end]
    pattern = acronym_data().name_label_before
    if pattern is None or len(token) < 4 or not re.search(r"[AEIOUY]", token):
        return False
    return pattern.search(text, max(0, start - 24), start) is not None


def trading_name(text: str, start: int, end: int) -> bool:
    """The capitals are the trading name of a shop or a high-street chain, as signs and
    receipts write it ("works at ALDI weekends", "a B&M voucher"; trading_names in
    lexicons/acronym_allowlist.yaml, from published lists of UK chains), or where a person
    works ("works for the AA", "works in IT"; employer_before): a firm's name or a trade."""
    data = acronym_data()
    return text[start:end] in data.trading_names or (
        data.employer_before is not None
        and data.employer_before.search(text, max(0, start - 40), start) is not None)


_VESSEL_NAME_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z'’-]{2,})")
_VESSEL_PREFIX_BEFORE = re.compile(r"(?<![\w&])([A-Z]{2,3})[ \t]+$")


def vessel_name(text: str, start: int, end: int) -> bool:
    """The capitals are a boat's prefix before its name, or the name after that prefix
    ("NB KINGFISHER", "MV Heron"), in a record that speaks of a boat (vessel_context): the
    boat's name, not letters to spell out. A family word after the prefix is no boat's name
    ("NB Mum not told" reads NB as letters)."""
    data = acronym_data()
    if data.vessel_context is None or not data.vessel_prefixes:
        return False
    token = text[start:end]
    if token in data.vessel_prefixes:
        after = _VESSEL_NAME_AFTER.match(text, end)
        name, name_end = (after.group(1), after.end(1)) if after is not None else ("", end)
    else:
        before = _VESSEL_PREFIX_BEFORE.search(text, max(0, start - 8), start)
        if before is None or before.group(1) not in data.vessel_prefixes:
            return False
        name, name_end = token, end
    if not name or name.lower() in _family_words():
        return False
    if name.isupper() and not _reads_as_a_boats_name(text, name, name_end):
        return False  # "NB DAPP place offered": nota bene, then letters to spell out
    return data.vessel_context.search(text) is not None


_NAME_CLOSES_AFTER = re.compile(r"[ \t]*(?:[,.;:)–—]|[ \t]-[ \t]|$)", re.MULTILINE)


def _reads_as_a_boats_name(text: str, name: str, name_end: int) -> bool:
    """A name in capitals after a boat's prefix is read as the boat's name where it is a word
    or a name of the tables as long as a word (KINGFISHER), or where the name closes there
    (a comma, the end of the line: "NB ZEB, moored") or a word of boats follows ("NB ZEB
    moored"); other capitals followed by more words ("NB DAPP place offered to Dad") are
    letters after a nota bene, which the rule still flags. Family: unknown acronyms after
    NB."""
    from sos_lang.readability import cmu_words
    from sos_lang.redact.rules import rules

    lower = name.lower()
    if len(name) >= _LONG and (lower in cmu_words() or rules().in_name_tables(lower)):
        return True  # as long as a word (the CMU list holds short letters too: dapp)
    if _NAME_CLOSES_AFTER.match(text, name_end):
        return True
    context = acronym_data().vessel_context
    return context is not None and context.match(text, name_end + 1) is not None and (
        text[name_end:name_end + 1] in " \t")


def setting_in_capitals(text: str, start: int, end: int) -> bool:
    """The capitals name a school or a setting: a word (four letters or more, with a vowel)
    before the kind of setting in capitals ("KESTREL HIGH", "PENRHYN PRIMARY"), or a kind that opens
    the name and the name after it ("YSGOL Y DDERWEN")."""
    data = acronym_data()
    token = text[start:end]
    kind = data.setting_after.match(text, end)
    if end - start >= 4 and re.search(r"[AEIOUY]", token) and kind is not None and (
            kind.group().isupper()):
        return True  # the kind in capitals too: a name written so ("the ABCD school" is not)
    if data.setting_opening.fullmatch(token) is not None:
        return data.setting_opening_after.match(text, end) is not None
    opening = data.setting_opening.search(text, max(0, start - 30), start)
    return opening is not None and (
        data.setting_opening_after.fullmatch(text, opening.end(), end) is not None)


_AFTER_A_DASH = re.compile(r"[ \t][-–—][ \t]+$")
_LAST_WORDS = re.compile(r"[ \t]*(?:[A-Z][A-Z'’]+[ \t]*)?$")


def place_in_heading(text: str, start: int, end: int) -> bool:
    """The capitals (five letters or more, with a vowel, as long as a word) close a heading
    in capitals after a spaced dash, alone or with one more word: where a heading names
    the place or the setting ("TAC MEETING - HEXHAM", "NRPF ASSESSMENT - HOUNSLOW", "CP
    MEDICAL - NORTH TEES"). An acronym of the expansion table is still flagged there."""
    token = text[start:end]
    if len(token) < _LONG or not re.search(r"[AEIOUY]", token) or not in_heading(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    dash = _AFTER_A_DASH.search(before)
    if dash is None:
        previous = re.search(r"[ \t][-–—][ \t]+[A-Z][A-Z'’]+[ \t]+$", before)
        if previous is None:
            return False
    return _LAST_WORDS.fullmatch(text, end, line_end) is not None


def written_as_a_name(text: str, start: int, end: int) -> bool:
    """The record writes the same word with a capital and lower-case letters inside a
    sentence ("CHILD PROTECTION CONFERENCE - PENZANCE ... at the Penzance office"): a name
    written in capitals in a heading, at every mention, not letters to spell out. Four
    letters or more with a vowel, as names are."""
    token = text[start:end]
    if len(token) < 4 or not re.search(r"[AEIOUY]", token):
        return False
    name = token[0] + token[1:].lower()
    return re.search(rf"[^\W\d_,]{{1}}[ \t]+{re.escape(name)}\b|,[ \t]+{re.escape(name)}\b",
                     text) is not None


def surname_in_capitals(text: str, start: int, end: int | None = None) -> bool:
    """The capitals follow a title or a first name of the name tables, maybe with initials
    between ("Colin WARD", "Ms J. OKAFOR", "MRS E. FLYNN"), or are a surname of the name
    tables before a family word ("the OKAFOR family"): a name written in capitals, as forms
    and headings give them. A surname of the tables alone is not enough: some acronyms
    are surnames too."""
    if end is not None and _FAMILY_AFTER.match(text, end):
        from sos_lang.redact.rules import rules

        if text[start:end].lower() in rules().surnames:
            return True
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    first = before.group(1)
    if first is None:
        return True
    from sos_lang.redact.rules import rules

    tables = rules()
    return first.lower() in tables.first_names and first.lower() not in tables.common_words


_FAMILY_WORD_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t]+$")


def first_name_after_family_word(text: str, start: int, end: int) -> bool:
    """The capitals are a first name of the name tables just after a family word ("Baby
    ESME", "Nan ROSE", "brother KAI"): a child or a relative named in capitals, as ward
    and nursery notes write them, not letters to spell out. In a heading in capitals, any
    word of four letters or more with a vowel after a family word in capitals, ending the
    name there ("UNCLE DEV & AUNTIE PREET, NEWBURY"), as the tables lack many names; not a
    word before another ("DAD DAPP REVIEW")."""
    from sos_lang.redact.rules import rules

    token = text[start:end].lower()
    tables = rules()
    before = _FAMILY_WORD_BEFORE.search(text, max(0, start - 16), start)
    if before is None or before.group(1).lower() not in _family_words():
        return False
    if before.group(1).isupper() and _NAME_ENDS_AFTER.match(text, end) and (
            len(token) >= 4 and re.search(r"[aeiouy]", token) and in_heading(text, start)):
        return True  # a heading's "UNCLE DEV & AUNTIE PREET, NEWBURY": a name the tables lack
    return len(token) >= 3 and token in tables.first_names and token not in tables.common_words


_NAME_ENDS_AFTER = re.compile(r"[ \t]*(?:[,;&)(]|[-–—][ \t]|$|[ \t]+(?:AND|and)\b)", re.MULTILINE)


def name_initials(text: str) -> frozenset[str]:
    """The initials of the people named in full in the text (a first name from the name
    tables, then one or two capitalised words, the surname maybe in capitals: Jo Taylor ->
    JT, Kerry WALSH -> KW)."""
    from sos_lang.redact.rules import rules

    tables = rules()
    found = set()
    for run in _NAME_RUN.finditer(text):
        first = run.group(1).lower()
        if first in tables.first_names and first not in tables.common_words:
            found.add("".join(word[0] for word in [run.group(1), *run.group(2).split()]))
    return frozenset(found)


# --- words written in capitals ----------------------------------------------------------------

@functools.cache
def _easy_words() -> frozenset[str]:
    from sos_lang.readability import easy_words

    return easy_words()


def ordinary_word(token: str, in_heading: bool) -> bool:
    """The capitals spell an ordinary English word: one of the Dale-Chall easy words (3 letters
    or more in running text, where IT, US and EH are acronyms, but for the two-letter words
    written for stress: SO, NO), or in a heading any word of
    the CMU Pronouncing Dictionary or the name tables of 3 letters or more with a vowel
    ("CHILD: CHIDI OKAFOR"), or the plural of one ("THE LINDENS"). From five letters, as
    long as a word, also a lemma of the WordNet index the English model ships, an
    inflection of one (NETBALL, NAPPIES) or two joined (STAIRGATE, PLAYGROUPS): British
    words the American CMU list lacks; no
    acronym of five letters or more of the development sets or the expansion table is
    one (UNOCINI, MARAC, CAFCASS are not), while shorter ones often are (NICU, DASH)."""
    word = token.lower()
    if word in _easy_words() and (in_heading or len(word) >= 3):
        return True
    if len(word) >= 3 and word in _family_words():
        return True  # MUM, DAD, NAN: a family word in capitals for stress or a heading
    if token in acronym_data().short_emphasis:
        return True
    if len(word) >= _LONG:
        in_heading = True  # as long as a word: a word in capitals anywhere (SHOUTING)
    if not in_heading or len(word) < 3 or not re.search(r"[aeiouy]", word):
        return False
    from sos_lang.readability import cmu_words, wordnet_compound, wordnet_word
    from sos_lang.redact.rules import rules

    tables = rules()
    forms = (word, word[:-1]) if len(word) >= 4 and word.endswith("s") else (word,)
    return any(form in cmu_words() or tables.in_name_tables(form) for form in forms) or (
        len(word) >= _LONG and (wordnet_word(word) or wordnet_compound(word)))


def in_heading(text: str, start: int) -> bool:
    """The token is in a heading written in capitals: a line with no lower-case letter, or the
    start of a line up to a colon with none ("VISIT NOTES", "PLAN: ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    colon = line.find(":")
    if colon >= 0 and start - line_start < colon:
        line = line[:colon]
    return not any(char.islower() for char in line)


_CAPITALS_BEFORE = re.compile(r"(?<![\w&])[A-Z]{2,}[ \t]+$")
_CAPITALS_AFTER = re.compile(r"[ \t]+[A-Z]{2,}(?![\w&])")


def in_capitals_run(text: str, start: int, end: int, after_a_remark: bool = True) -> bool:
    """The token is one of two or more words in capitals in a row ("IN THE MATTER OF"), as
    headings and titles are written. Without after_a_remark, letters that open a remark
    just before it (remark_openers: "NB DAPP place offered") make no run: a note to the
    reader, not a heading's first word."""
    before = _CAPITALS_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and (after_a_remark or before.group().strip()
                               not in acronym_data().remark_openers):
        return True
    return _CAPITALS_AFTER.match(text, end) is not None


def word_in_capitals(text: str, start: int, end: int) -> bool:
    """The capitals are an ordinary word written in capitals for a heading or for emphasis
    ("VISIT NOTES", "IN THE MATTER OF", "Mum must NOT open the door"), a word the record
    also writes in lower case (written_as_a_word), or a word cut short (clipped_word: HOSP,
    TELECON), not an acronym. Not an acronym that spells a word where a noun of a service
    stands (spells_a_word_as_a_noun)."""
    heading_line = in_heading(text, start)
    if ordinary_word(text[start:end], heading_line or in_capitals_run(
            text, start, end, after_a_remark=False)):
        return heading_line or not spells_a_word_as_a_noun(text, start, end)
    return (written_as_a_word(text, start, end) or clipped_word(text[start:end])
            or stressed_in_a_predicate(text, start, end))


def stressed_in_a_predicate(text: str, start: int, end: int) -> bool:
    """Capitals of three or four letters that spell a dictionary word (CMU), where an
    adjective stands after a linking verb, maybe with a word of degree, and before the end
    of the clause or a small word ("was RUDE to staff", "felt so GLUM.", "is really MEAN
    and"; stress_slot_before and stress_slot_after in lexicons/acronym_allowlist.yaml): a
    word written in capitals for stress, which the easy-word list does not hold. Acronyms
    stand there too ("is LAC", "was NFA"), but those are in the expansion table, which
    still flags them; an unknown one is seldom also a word (five letters or more are read
    as words anywhere)."""
    data = acronym_data()
    token = text[start:end]
    if data.stress_slot_before is None or data.stress_slot_after is None or not (
            _SHORTEST_WORDLIKE <= len(token) < _LONG) or not token.isalpha() or (
            not token.isupper() or not _VOWELS.intersection(token)):
        return False
    from sos_lang.readability import cmu_words

    return (token.lower() in cmu_words()
            and data.stress_slot_before.search(text, max(0, start - 40), start) is not None
            and data.stress_slot_after.match(text, end) is not None)


_VOWELS = frozenset("AEIOUY")
_LONGER_BY = 2
"""A word cut short leaves two letters or more off (HOSP-ital); one is a plural or a typo."""


@functools.lru_cache(maxsize=4096)
def clipped_word(token: str) -> bool:
    """The capitals are one word cut short, as notes write them in headings and lines
    ("HOSP WARD ROUND", "TELECON WITH SCHOOL"; clipped_word in
    lexicons/acronym_allowlist.yaml): letters only, with a vowel, ending in a consonant as a
    cut word does, that begin a longer word of the easy-word list (Dale-Chall: HOSP,
    hospital) or, from clipped_any_word_from letters, of the dictionary (CMU: TELECON,
    teleconference) that is no name. Not flagged as letters to spell out: a family reads
    them as the word. Acronyms of the development sets that begin a word are in the
    expansion table or end in a vowel (SCRA), or begin only a rare word (SARC, DAPP)."""
    data = acronym_data()
    if not data.clipped_shortest or len(token) < data.clipped_shortest or (
            not token.isalpha() or not token.isupper() or token[-1] in _VOWELS
            or not _VOWELS.intersection(token)):
        return False
    any_word = bool(data.clipped_any_word_from) and len(token) >= data.clipped_any_word_from
    word = token.lower()
    words = _sorted_words(any_word)
    from sos_lang.redact.rules import rules

    tables = rules()
    first = bisect.bisect_left(words, word)
    if first < len(words) and words[first] == word:
        return False  # a whole word, not one cut short (ordinary_word reads those)
    for index in range(first, len(words)):
        longer = words[index]
        if not longer.startswith(word):
            return False
        if len(longer) >= len(word) + _LONGER_BY and longer.isalpha() and (
                not any_word or not tables.in_name_tables(longer)):
            return True
    return False


@functools.cache
def _sorted_words(dictionary: bool) -> tuple[str, ...]:
    """The easy-word list (Dale-Chall) or the CMU dictionary, sorted for a prefix search."""
    from sos_lang.readability import cmu_words, easy_words

    return tuple(sorted(cmu_words() if dictionary else easy_words()))


_SHORTEST_WORDLIKE, _LONGEST_WORDLIKE = 3, 4


_WORD_BEFORE_BRACKET = re.compile(r"[^\W\d_]{2,}[ \t]*$")


def spells_a_word_as_a_noun(text: str, start: int, end: int) -> bool:
    """Capitals of three or four letters that spell a word, in running text, where the name
    of a service stands: before a lower-case noun of a service ("the AIM assessment", "CAMHS
    SPA referral") or alone as the service a family is referred, signposted or known to,
    before the end of the clause or a small word ("signposted to CAB.", "referred to CHIP in
    May"), or alone in a bracket after words ("her health assessment (CAT)"), where letters
    are given for the words before them; not alone after any preposition or article, where
    nouns stand in capitals for stress too ("said it was a LIE", "went to the PARK", "asked
    for his MUM"). Acronyms that
    spell words are nouns (CHIP, ADD, SPA, CAB, AIM); the words written in capitals for
    stress are mostly not (NOT, ALL, NEVER) or are values and dates (YES, RED, JUNE), which
    stressed_words in lexicons/acronym_allowlist.yaml lists."""
    token = text[start:end]
    data = acronym_data()
    if not (_SHORTEST_WORDLIKE <= len(token) <= _LONGEST_WORDLIKE) or not token.isupper() or (
            token in data.stressed_words or token in data.word_abbreviations):
        return False
    if data.service_noun_after is not None and data.service_noun_after.match(text, end):
        return True
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" and (
            _WORD_BEFORE_BRACKET.search(text, max(0, start - 24), start - 1)):
        return True  # alone in a bracket after words: "health assessment (CAT)" names them
    return (data.noun_slot_before is not None and data.noun_slot_after is not None
            and data.noun_slot_before.search(text, max(0, start - 40), start) is not None
            and data.noun_slot_after.match(text, end) is not None)


def written_as_a_word(text: str, start: int, end: int) -> bool:
    """The record writes the same letters in lower case as a word ("HOSTEL KEYWORK - DOYLE"
    ... "Next keywork Mon."): a word of the trade in a heading in capitals, which no
    dictionary holds, not letters to spell out. Four letters or more with a vowel, as
    acronyms the record never writes in lower case are most short ones."""
    token = text[start:end]
    if len(token) < 4 or not re.search(r"[AEIOUY]", token):
        return False
    return re.search(rf"(?<![\w&]){re.escape(token.lower())}(?![\w&])", text) is not None
