"""The comparison's vocabulary (data/compare.yaml), loaded once, with the stemmer that
every word of a draft and a source goes through."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from nltk.stem.snowball import SnowballStemmer

from sos_lang.settings import parse_yaml

_STEMMER = SnowballStemmer("english")
WORD = re.compile(r"[A-Za-z][A-Za-z'\-&]*|\d+(?:[.:/]\d+)*(?:st|nd|rd|th|am|pm|%)?", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word (no downloaded data: nltk ships the rules)."""
    word = word.lower().strip("'-")
    if word.endswith("'s"):
        word = word[:-2]
    return _STEMMER.stem(word)


@dataclass(frozen=True)
class Vocabulary:
    reporting: frozenset[str]
    risk: frozenset[str]
    numbers: dict[str, float]
    months: dict[str, int]
    group_of: dict[str, int]
    """Stem to paraphrase group id."""
    child_key: frozenset[str]
    titles: frozenset[str]
    family_roles: frozenset[str]
    """Speaker labels that name a family role, not a first name (data: family_role_speakers)."""
    own_children: re.Pattern[str]
    """'my baby', 'our kids': a speaker who says it is a parent (data: family_role_speakers)."""
    time_units: frozenset[str]
    reported: re.Pattern[str]
    """A clause that passes on someone else's account (data: reported_speech)."""
    professional: re.Pattern[str]
    """A speaker label naming a professional (data: professional_speakers)."""
    meeting_staff: re.Pattern[str]
    """A speaker label naming who runs the visit or meeting (data: meeting_staff_speakers)."""
    clause_once: re.Pattern[str]
    """'once' as a conjunction, not a number (data: clause_once)."""
    exclusive: tuple[tuple[re.Pattern[str], ...], ...]
    """Per group of mutually exclusive values, a pattern for each value's forms."""
    frequency: frozenset[str] = frozenset()
    """Words after a number that make it a frequency ('three times'; data: quantities)."""
    duration_units: dict[str, str] = dataclasses.field(default_factory=dict)
    """A unit word after a number to the unit it measures ('wks' -> week; data: quantities)."""
    vague: frozenset[str] = frozenset()
    """Amounts that name no number ('several weeks'; data: quantities)."""
    vague_at_least: dict[str, float] = dataclasses.field(default_factory=dict)
    """The least count a vague amount allows ('several': 3; data: quantities)."""
    weekdays: tuple[re.Pattern[str], ...] = ()
    """Per weekday, a pattern for its forms; short forms only capitalised (data: weekdays)."""
    service_after: re.Pattern[str] = re.compile(r"(?!)")
    """What follows a harm or medical word that names a service or role ('Epilepsy| nurse
    review', 'drug| and alcohol team'; data: service_nouns)."""
    subject_pronouns: frozenset[str] = frozenset()
    own_voice: frozenset[str] = frozenset()
    """Words marking a reporting clause as the speaker's own ('My view is'; data:
    reported_account_cues)."""
    """Pronouns that make a sentence's subject the reporter named before it (data:
    carried_attribution)."""
    reply: re.Pattern[str] = re.compile(r"(?!)")
    """A reply judging what was just said, subject 'that' or 'this', or the listener's own
    reaction to it ("I'm glad it stopped"; data: not_statements)."""
    reply_words: int = 0
    broken_off: re.Pattern[str] = re.compile(r"(?!)")
    """A turn that ends on a filler or a dash (data: not_statements)."""
    judgements: re.Pattern[str] = re.compile(r"(?!)")
    """Words judging a person's manner, motive, habits or care ('guarded', 'drinks
    heavily'; data: judgement_words)."""
    hedged: re.Pattern[str] = re.compile(r"(?!)")
    """A speaker's guess or belief in a source sentence ('I think', 'probably'; data:
    hedges source_phrases)."""
    doubt_kept: re.Pattern[str] = re.compile(r"(?!)")
    """A draft word that keeps a statement uncertain ('may', 'thinks'; data: hedges
    draft_words)."""
    age_qualifiers: frozenset[str] = frozenset()
    """Words before an age in brackets ('Harvey (about 9)'; data: age_qualifiers)."""
    formal_steps: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    """Per formal step (a referral, an assessment, a strategy discussion ...), a pattern for
    the forms that name it in a draft and one for those forms and the source's other words
    for it (data: formal_steps)."""
    habits: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    """Per time unit group, a pattern for a quantifier before one of its units ('every
    evening') and one for that or the group's own forms ('nightly'; data:
    habit_frequencies)."""
    child_self: frozenset[str] = frozenset()
    """First-person words that make a child's short sentence one about themselves
    (data: child_short_turns)."""
    pronoun_one: re.Pattern[str] = re.compile(r"(?!)")
    """'one' as a pronoun with the word that makes it one ('no one', 'the other one',
    'one another'), not a number (data: pronoun_one)."""
    firm: re.Pattern[str] = re.compile(r"(?!)")
    """A word of agreement, offer or certainty ('agreed', 'confirmed'; data:
    firmed_hedges firm_words)."""
    firm_hedged: re.Pattern[str] = re.compile(r"(?!)")
    """A source's hedge that no agreement follows from ('might', "I'm thinking about it";
    data: firmed_hedges source_hedges and hedges source_phrases)."""
    many_before: re.Pattern[str] = re.compile(r"(?!)")
    """A vague amount of at least three before a noun ('several', 'many'; data:
    counted_nouns)."""
    count_words: dict[str, float] = dataclasses.field(default_factory=dict)
    """Words that count the noun after them ('a': 1, 'single': 1; data: counted_nouns)."""
    counted_one_after: re.Pattern[str] = re.compile(r"(?!)")
    """What counts the noun before it as one ('incidents: one', 'vomited x1'; data:
    counted_nouns)."""
    clinical_durations: dict[str, str] = dataclasses.field(default_factory=dict)
    """The denominator of a clinician's duration to its unit ('52': week; data:
    quantities clinical_durations)."""
    clinical_duration: re.Pattern[str] = re.compile(r"(?!)")
    """A clinician's duration, 'n/52' (groups: the count, the denominator)."""
    done_form: re.Pattern[str] = re.compile(r"(?!)")
    """A perfect before a past participle ('has already informed', 'have been given';
    group: participle; data: done_from_plan perfect, between)."""
    plan_participles: frozenset[str] = frozenset()
    """Participles that take a plan after 'to' ('has agreed to ring'; data:
    done_from_plan plan_participles)."""
    background_openers: frozenset[str] = frozenset()
    """Words that open a clause giving a sentence's background ('after', 'which'; data:
    done_from_plan background_openers)."""
    plan_form: re.Pattern[str] = re.compile(r"(?!)")
    """A plan ('will', "I'll", 'going to', 'can'; data: done_from_plan plan_markers)."""
    one_word_negations: frozenset[str] = frozenset()
    """Words that hold their negation inside them ('cannot', 'unable'; data: polarity);
    the other negation words are the shared cues of data/negation.yaml."""
    negative_words: frozenset[str] = frozenset()
    """Words that negate by their meaning ('missed', 'prevents'; data: polarity)."""
    negative_prefix: re.Pattern[str] = re.compile(r"(?!)")
    """A written form that negates, not inside a word ('non-mobile', 'w/o'; data: polarity
    negative_prefixes), searched in lower-cased text."""
    hypothetical_words: frozenset[str] = frozenset()
    """Words that make a clause say what might be ('if', 'would'; data: polarity)."""
    clock_minutes: dict[str, int] = dataclasses.field(default_factory=dict)
    """Minute words of 'quarter to seven', 'half six' (data: clock_times minutes)."""
    clock_named: dict[str, int] = dataclasses.field(default_factory=dict)
    """Times named by a word ('midnight'; data: clock_times named)."""
    clock_minute_hour: re.Pattern[str] = re.compile(r"(?!)")
    """A minute word, 'past' or 'to', and an hour: 'half six', 'quarter to seven' (groups:
    minutes, past/to, hour; data: clock_times minutes, hour_words)."""
    clock_hour_after: re.Pattern[str] = re.compile(r"(?!)")
    """An hour and what makes it a time: 'six in the morning', "seven o'clock" (group: hour;
    data: clock_times hour_after)."""
    clock_spoken: re.Pattern[str] = re.compile(r"(?!)")
    """A time said as words: 'eight fifteen', 'six oh five', not before a word that counts
    (groups: hour, minutes; data: clock_times spoken_minute_tens, spoken_minute_units,
    spoken_minutes_alone, not_a_time_before)."""
    clock_named_word: re.Pattern[str] = re.compile(r"(?!)")
    """A time named by a word: 'midnight' (group: the word; data: clock_times named)."""
    clock_before: re.Pattern[str] = re.compile(r"(?!)")
    """Words that make the bare hour after them a time in a source, whatever follows it
    ('at four suit?'), searched just before the hour (data: clock_times before_hour)."""
    clock_bare_hour: re.Pattern[str] = re.compile(r"(?!)")
    """An hour in digits or words alone (group: hour; data: clock_times hour_words)."""


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The packaged vocabulary; stems are taken here so lookups are one set test."""
    data: dict[str, Any] = parse_yaml(
        resources.files("sos_lang.data").joinpath("compare.yaml").read_text("utf-8"))
    group_of: dict[str, int] = {}
    for index, group in enumerate(data["paraphrases"]["groups"]):
        for word in group:
            group_of.setdefault(stem(str(word)), index)
    return Vocabulary(
        reporting=frozenset(stem(w) for w in data["reporting_cues"]["words"]),
        risk=frozenset(stem(w) for w in data["risk_words"]["words"]),
        numbers={str(k): float(v) for k, v in data["numbers"]["words"].items()},
        months={str(k): int(v) for k, v in data["months"]["words"].items()},
        group_of=group_of,
        child_key=frozenset(stem(w) for w in data["child_key_words"]["words"]),
        child_self=frozenset(str(w) for w in data["child_short_turns"]["first_person"]),
        titles=frozenset(data["title_lines"]["words"]),
        family_roles=frozenset(data["family_role_speakers"]["words"]),
        own_children=re.compile(r"\b(?:my|our)\s+(?:" + "|".join(
            map(re.escape, data["family_role_speakers"]["own_children"])) + r")\b",
            re.IGNORECASE),
        time_units=frozenset(stem(w) for w in data["time_units"]["words"]),
        reported=_reported_pattern(data["reported_speech"]),
        exclusive=tuple(tuple(_any_of(forms) for forms in group)
                        for group in data["exclusive_specifics"]["groups"]),
        professional=_any_of(data["professional_speakers"]["words"]),
        frequency=frozenset(data["quantities"]["frequency"]),
        duration_units={str(k): str(v) for k, v in data["quantities"]["units"].items()},
        vague=frozenset(data["quantities"]["vague"]),
        vague_at_least={str(k): float(v)
                        for k, v in data["quantities"]["vague_at_least"].items()},
        weekdays=tuple(_day_forms(forms) for forms in data["weekdays"]["days"]),
        meeting_staff=_any_of(data["meeting_staff_speakers"]["words"]),
        service_after=re.compile(r"(?:[\s-]+(?:and\s+)?[A-Za-z&]+){0,2}?[\s-]+(?:"
                                 + "|".join(map(re.escape, data["service_nouns"]["words"]))
                                 + r")\b", re.IGNORECASE),
        subject_pronouns=frozenset(data["carried_attribution"]["subject_pronouns"]),
        own_voice=frozenset(data["reported_account_cues"]["own_voice"]),
        reply=re.compile(r"^\W*(?:(?:" + "|".join(map(re.escape, data["not_statements"]["leads"]))
                         + r")\W+)?(?:(?:that|this)(?:['’]s|\s+is|\s+was|\s+sounds)\b"
                         r"|I(?:['’]m|\s+am)\s+(?:(?:so|really|very)\s+)?(?:"
                         + "|".join(map(re.escape, data["not_statements"]["reactions"]))
                         + r")\b)", re.IGNORECASE),
        reply_words=int(data["not_statements"]["max_words"]),
        broken_off=re.compile(r"(?:\b(?:" + "|".join(map(re.escape, data["not_statements"][
            "fillers"])) + r")|[-–—]|\.\.\.|…)\W*$", re.IGNORECASE),
        clause_once=re.compile(
            r"(?i:\b(?:" + "|".join(map(re.escape, data["clause_once"]["after"]))
            + r")\s+once\b)|\b[Oo]nce(?=\s+(?:(?i:(?:" + "|".join(
                map(re.escape, data["clause_once"]["before"])) + r")\b)|[A-Z][a-z]))"),
        hedged=_any_of([re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+")
                        for p in data["hedges"]["source_phrases"]], escaped=True),
        doubt_kept=_any_of(data["hedges"]["draft_words"]),
        judgements=_any_of(data["judgement_words"]["words"]),
        age_qualifiers=frozenset(data["age_qualifiers"]["words"]),
        habits=tuple(_habit_forms(data["habit_frequencies"]["quantifiers"], group)
                     for group in data["habit_frequencies"]["groups"]),
        formal_steps=tuple((_any_of(group["forms"]),
                            _any_of([*group["forms"], *group["source_forms"]]))
                           for group in data["formal_steps"]["groups"]),
        firm=_any_of(data["firmed_hedges"]["firm_words"]),
        firm_hedged=_any_of([re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+")
                             for p in [*data["firmed_hedges"]["source_hedges"],
                                       *data["hedges"]["source_phrases"]]], escaped=True),
        many_before=_any_of(data["counted_nouns"]["many"]),
        count_words={str(k): float(v) for k, v in data["counted_nouns"]["count_words"].items()},
        counted_one_after=re.compile(data["counted_nouns"]["one_after"], re.IGNORECASE),
        clinical_durations={str(k): str(v) for k, v
                            in data["quantities"]["clinical_durations"].items()},
        clinical_duration=re.compile(r"(?<![\d/])(\d{1,2})/(" + "|".join(
            map(re.escape, map(str, data["quantities"]["clinical_durations"])))
            + r")(?![\d/])"),
        done_form=re.compile(
            r"(?:\b(?:" + "|".join(re.escape(w) for w in data["done_from_plan"]["perfect"]
                                  if w[0].isalpha()) + r")\b|(?:" + "|".join(
                re.escape(w) for w in data["done_from_plan"]["perfect"] if not w[0].isalpha())
            + r")\b)(?:\s+(?:" + "|".join(map(re.escape, data["done_from_plan"]["between"]))
            + r")\b){0,2}\s+(?P<participle>[a-z]+)\b", re.IGNORECASE),
        plan_participles=frozenset(data["done_from_plan"]["plan_participles"]),
        background_openers=frozenset(data["done_from_plan"]["background_openers"]),
        plan_form=re.compile(r"(?:\b(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in data["done_from_plan"]["plan_markers"]
            if w[0].isalpha()) + r")\b|(?:" + "|".join(
            re.escape(w) for w in data["done_from_plan"]["plan_markers"] if not w[0].isalpha())
            + r")\b)", re.IGNORECASE),
        one_word_negations=frozenset(data["polarity"]["one_word_negations"]),
        negative_words=frozenset(data["polarity"]["negative_words"]),
        negative_prefix=re.compile(r"(?<![a-z])(?:" + "|".join(
            map(re.escape, data["polarity"]["negative_prefixes"])) + ")"
            if data["polarity"]["negative_prefixes"] else r"(?!)"),
        hypothetical_words=frozenset(data["polarity"]["hypothetical_words"]),
        clock_minutes={str(k): int(v) for k, v in data["clock_times"]["minutes"].items()},
        clock_named={str(k): int(v) for k, v in data["clock_times"]["named"].items()},
        **_clock_patterns(data["clock_times"]),
        pronoun_one=re.compile(
            r"\b(?:" + "|".join(map(re.escape, data["pronoun_one"]["before"]))
            + r")\s+one\b|\bone\s+(?:" + "|".join(
                map(re.escape, data["pronoun_one"]["after"])) + r")\b", re.IGNORECASE),
    )


@functools.lru_cache(maxsize=1)
def antonyms() -> dict[str, frozenset[str]]:
    """Stem to the stems of its opposites ('declin' -> {'accept', ...}), from the WordNet
    table data/antonyms.txt (built by scripts/build_antonyms.py; its header gives the
    source and licence). A pair whose two words share a stem is no opposite here."""
    table: dict[str, set[str]] = {}
    text = resources.files("sos_lang.data").joinpath("antonyms.txt").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        one, other = (stem(word) for word in line.split("\t"))
        if one != other:
            table.setdefault(one, set()).add(other)
            table.setdefault(other, set()).add(one)
    return {key: frozenset(value) for key, value in table.items()}


@functools.lru_cache(maxsize=1)
def _name_tables() -> tuple[frozenset[str], frozenset[str]]:
    from sos_lang.settings import load_word_list

    return load_word_list("names/first_names.txt"), load_word_list("names/surnames.txt")


def is_known_name(word: str) -> bool:
    """Whether the first-name or surname tables (data/names, shared with redaction) hold
    the word, in any case."""
    first, last = _name_tables()
    lowered = word.lower()
    return lowered in first or lowered in last


def not_a_statement(text: str) -> bool:
    """A reply that judges what was just said ('That's a good question.') or a turn the
    speaker breaks off ('Since Chloe went, it's, um.'): no statement about the family."""
    vocab = vocabulary()
    text = text.strip()
    return bool(vocab.broken_off.search(text)) or (
        bool(vocab.reply.search(text)) and len(WORD.findall(text)) <= vocab.reply_words)


def _day_forms(forms: list[str]) -> re.Pattern[str]:
    """A weekday's names in any case and its capitalised short forms ('Sat', not 'sat')."""
    names = [f for f in forms if f.islower()]
    short = [f for f in forms if not f.islower()]
    return re.compile(r"\b(?:(?i:" + "|".join(map(re.escape, names)) + r")|"
                      + "|".join(map(re.escape, short)) + r")\b")


def _habit_forms(quantifiers: list[str], group: list[str]
                 ) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A quantifier before a unit of the group ('every single evening'), and that or any
    form of the group alone that is one word of frequency ('nightly')."""
    units = "|".join(map(re.escape, group))
    habit = (r"\b(?:" + "|".join(map(re.escape, quantifiers)) + r")(?:\s+single)?\s+(?:"
             + units + r")\b")
    alone = [re.escape(w) for w in group if w.endswith("ly")]
    return (re.compile(habit, re.IGNORECASE),
            re.compile(habit + ("|\\b(?:" + "|".join(alone) + r")\b" if alone else ""),
                       re.IGNORECASE))


def _any_of(words: list[str], escaped: bool = False) -> re.Pattern[str]:
    """Any of the words or phrases as whole words, in any case (``escaped``: the phrases
    are patterns already)."""
    forms = words if escaped else list(map(re.escape, words))
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE)


def _reported_pattern(data: dict[str, Any]) -> re.Pattern[str]:
    """Someone other than the speaker, then a reporting verb ('her nurse said', 'Mrs P
    thinks', "Freya's said", "Amber's mum said", 'the school nurse said'); a note line's
    subjectless 'Said ...'; or an account noun ('the parents' explanation is that',
    'according to'). Groups name, noun and owner
    hold who the account is from when the clause names them, pronoun when it says 'she'."""
    verbs = "|".join(sorted(map(re.escape, data["verbs"]), key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, data["nouns"]), key=len, reverse=True))
    subject = (r"(?:\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)|\b(?!(?:I|You|We)\b)(?P<name>[A-Z][a-z]*)"
               r"|\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][a-z]+['’]s)"
               r" (?:[a-z]+ )?(?P<noun>[a-z]+))")
    aux = r"(?:['’]s|['’]d| has| had| have| is| was| also| then| just| still| now)*"
    return re.compile(
        rf"{subject}{aux} (?:{verbs})\b"
        rf"|(?:^|[,;(]\s*|\band )(?i:{verbs})\b"
        rf"|(?:\b(?P<owner>[A-Za-z]+)['’]s?\s+)?\b(?:{nouns})\b[^.?!]{{0,30}}?\b(?:is|was|that)\b"
        r"|\baccording to\b")


def _words(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, words))


def _clock_patterns(clock: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns that read times of day (text.clock_times), compiled once: an hour in
    digits or words is one group in each."""
    hour = rf"(\d{{1,2}}|{_words(clock['hour_words'])})"
    units = _words(clock["spoken_minute_units"])
    spoken = (rf"((?:{_words(clock['spoken_minute_tens'])})(?:[- ](?:{units}))?"
              rf"|o[h']?\s?(?:{units})|{_words(clock['spoken_minutes_alone'])})\b"
              rf"(?!\s+(?:{_words(clock['not_a_time_before'])})\b)")
    minutes = _words(sorted(clock["minutes"], key=len, reverse=True))
    after = "|".join(re.escape(a).replace("'", "['’]").replace(r"\ ", r"\s+")
                     for a in clock["hour_after"])
    patterns = {"clock_minute_hour": rf"\b({minutes})(?:\s+(past|to))?\s+{hour}\b",
                "clock_hour_after": rf"\b{hour}\s*(?:{after})",
                "clock_spoken": rf"\b{hour}\s+{spoken}",
                "clock_named_word": rf"\b({_words(clock['named'])})\b",
                "clock_before": rf"\b(?:{_words(clock['before_hour'])})\s+$",
                "clock_bare_hour": rf"\b{hour}\b"}
    return {key: re.compile(pattern, re.IGNORECASE) for key, pattern in patterns.items()}
