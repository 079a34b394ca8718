"""Span finders for people's names: the entity recogniser and the record's family list,
and the tests that tell a name from a word, a place, a role or a heading."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable

from sos_lang.readability import cmu_words
from sos_lang.redact import word_runs
from sos_lang.redact.lines import (
    in_lower_case_clause,
    in_lower_case_line,
    in_lower_case_quote,
    line_at,
    line_start,
    sentence_start,
)
from sos_lang.redact.rules import rules
from sos_lang.redact.spans import RedactedSpan


@functools.lru_cache(maxsize=1)
def ner():  # type: ignore[no-untyped-def]
    """The statistical pipeline with only what NER needs (loaded once, offline)."""
    import spacy

    from sos_lang.pipeline import model_package

    # The entity recogniser has its own token vectors: the shared tok2vec is left out too
    # (the same entities, a fifth faster).
    return spacy.load(model_package(), exclude=["parser", "lemmatizer", "attribute_ruler",
                                                "tagger", "tok2vec"])


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]*[a-zß-ÿ][^\W\d_]*")


def needs_model(text: str) -> bool:
    """Whether the entity model could add a name here: some capitalised word is neither in
    the name tables (found without it) nor an ordinary word, role or label, or is both a
    name and an ordinary word (Grace, Will). Most flagged sentences have none, and skipping
    the model for them is what keeps redaction fast."""
    found = rules()
    for match in _CAPITALISED.finditer(text):
        word = match.group().lower()
        if word in found.not_names:
            continue
        in_tables = found.in_name_tables(word)
        if in_tables == (word in found.common_words):
            return True  # unknown, or a name that is also a word (Grace, Will): ask the model
    return False


def used_as_word(text: str, start: int, end: int, is_word: bool,
                 name_after: bool = False) -> bool:
    """Whether the capitalised word at [start, end) is a word, a place or a firm here, not a
    name (in April, moved to Hull, Rose Cottage, Mistry & Co.; and for names that are
    words, Will the ...). With name_after, the word after it is a name already found (the
    word is asked as a found surname's first name): the word's own place before it ("in",
    "the") and the words after it (Ward, Court, "the") say nothing, for those tests read the
    word as a place or a thing whose next word is no name ("copy in Fran Whitaker",
    "Family: Mikey Ward"). Family: a found surname's first name that is no table's."""
    found = rules()
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    possessive = after[:1] in ("'", "’")
    if name_after:
        return (found.place_before.search(before) is not None
                or found.thing_before.search(before) is not None
                or opens_a_firm(text, start, end))
    if (found.word_before.search(before) or (is_word and found.word_before_word.search(before))
            ) and not possessive:
        return True
    if found.place_before.search(before):
        return True
    if found.thing_before.search(before) and not possessive:
        run = _CAPITALISED_RUN.match(text, start)
        last = (run.group() if run else text[start:end]).split(" ")[-1].lower()
        if not found.in_name_tables(last):
            return True  # "watched Bluey", "played Mario Kart"; not "watched Kai play"
    if found.day_before.search(before) and found.month_word.fullmatch(text, start, end):
        return True  # "on 9 Jan by": a date
    if found.weekday_short.fullmatch(text, start, end) and _weekday_here(text, start, end):
        return True  # "Thu 09:14", "Wed - Mum, Thu - Nan": a day
    if found.month_word.fullmatch(text, start, end) and (
            found.month_joined_after.match(text, end) or found.month_joined_before.search(
                text, max(0, start - 16), start)):
        return True  # "April to October", "in April or May": months
    if found.word_after.match(after):
        return True
    if opens_a_firm(text, start, end):
        return True  # Mistry & Co.; not "Solicitor for the mother: Hussain & Co"
    if found.word_after_unless_first_name.match(after) and (
            is_word or (text[start:end].lower() not in found.first_names
                        and re.search(r"-[A-Z]", text[start:end]) is None)):
        return True  # Grace Court, Lister Ward; not Lacey Ward, Marley-Jo Ward
    return is_word and start == sentence_start(text, start) and bool(
        found.word_after_word.match(after))


def _weekday_here(text: str, start: int, end: int) -> bool:
    """Whether the weekday's short form at [start, end) (Thu, Sun, which are given names
    too) stands as a day: a clock time or a date after it, or another weekday within a
    words on either side, as a rota or a diary lists them. Family: weekdays read as
    names."""
    found = rules()
    if found.weekday_after.match(text, end):
        return True
    return any(found.weekday_beside.search(text, lo, hi) is not None
               for lo, hi in ((max(0, start - 15), start), (end, end + 15)))


# The capitalised words that run on from a word, one space apart ("Mario Kart", "Jade Holt").
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:[ ][A-ZÀ-Þ][\w'’-]*)*")


def opens_a_firm(text: str, start: int, end: int) -> bool:
    """Whether the "name" at [start, end) opens a firm's name, a firm's ending after it
    (Mistry & Co., Hussain Solicitors), unless it is a form field's whole value: a label's
    colon before it, across any gap of spaces or a tab a form's columns leave ("Solicitor
    for the mother:      Hussain & Co" says whom the label names). The one test that
    ``used_as_word`` and the pipeline's organisation check both ask."""
    before = text[max(0, start - 40):start]
    return (rules().firm_after.match(text[end:end + 40]) is not None
            and not before.rstrip(" \t").endswith(":"))


def venue_or_product(text: str, start: int, end: int) -> bool:
    """Whether the "name" at [start, end) names a shop, a venue or a product by its place,
    whatever found it: "the" or a place's label before it and its 's ending the phrase (at
    the McDonald's in Batley, Venue: Nando's, Meadowhall), or a colour before it (a silver
    Skoda Octavia, a blue Dacia). Family: brands and venues found as names."""
    found = rules()
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    return bool((found.venue_after.match(after) and found.venue_before.search(before))
                or found.product_before.search(before))


def title_setting(text: str, start: int, end: int) -> bool:
    """Whether the "name" at [start, end) is the place a record's title says it was written
    in: the last item of a bracket that closes the text's first line, after what the record
    is in lower-case words ("Coastguard incident summary (Weymouth)", "escort's report (SEN
    minibus, Dudley)"; not after a family word or a role: "Visit to mum (Kerry)"), or one
    word, no first name of the tables, after a comma that ends the title's line ("family
    check-in, Wiltshire"). Family: towns and districts of a title read as names."""
    if text.find("\n", 0, start) != -1:  # no copy of the text before it
        return False
    found = rules()
    if (found.title_setting_after.match(text, end) is not None
            and found.title_setting_before.search(text, 0, start) is not None):
        return True
    word = text[start:end]
    return (" " not in word and word.lower() not in found.first_names
            and found.title_comma_after.match(text, end) is not None
            and found.title_comma_before.search(text, 0, start) is not None)


def not_a_name(text: str) -> bool:
    """A role or a field label (SW, Gender), a range of months (Dec-Jan), a "name" made only
    of role words and titles (Respondent, Chair, Designated Safeguarding Lead), or a place:
    a "name" of several words that ends in a place word (Calder Road Surgery) or starts
    like one (St Mary's, HMP Leeds)."""
    found = rules()
    head, _, last = text.rpartition(" ")
    return (text.lower() in found.not_names or text.startswith(found.not_name_prefixes)
            or _dictionary_plural(text)
            or found.month_range.fullmatch(text) is not None
            or found.role_only.fullmatch(text) is not None
            or (bool(head) and found.place_last_word.fullmatch(last) is not None))


def _dictionary_plural(word: str) -> bool:
    """Whether a one-word "name" is the plural of a role's noun, both forms in the
    dictionary, the singular shaped as a role's (``role_noun_shape``: teacher, officer,
    parent, therapist) and neither in the name tables ("Teachers told me", "Officers
    attended", "Parents said"; not Rogers or Peters, which the surname tables hold, nor
    Pickles or Dobbs, plurals of no role). Family: a role's plural read as a person."""
    lower = word.lower()
    if len(lower) < 5 or not lower.endswith("s") or lower.endswith("ss") or not word.isalpha():
        return False
    found = rules()
    stem = lower[:-2] if lower.endswith(("ches", "shes", "xes", "ses")) else lower[:-1]
    return (lower in cmu_words() and stem in cmu_words()
            and found.role_noun_shape.fullmatch(stem) is not None
            and not found.in_name_tables(lower) and not found.in_name_tables(stem)
            and lower not in found.place_person_names)


def in_heading(text: str, position: int, name: str) -> bool:
    """Whether a model's upper-case "person" opens an upper-case line, a heading ("MARAC
    REFERRAL (RIC score 16)"); names in capitals after a label are found by the label
    patterns."""
    return name.isupper() and text[line_start(text, position):position + len(name)].isupper()


def _capitalised_run(name: str) -> str:
    """A model's "person" up to its first word that is neither capitalised nor a name
    particle ("Oisín Ó BRIAIN - health": "Oisín Ó BRIAIN"; "Performance licence":
    "Performance"; "Maria de Souza" whole): a name's words are capitalised, a thing's are
    not. Family: a field value or a heading's words taken for a person."""
    kept: list[str] = []
    for word in name.split(" "):
        if not word[:1].isupper() and rules().name_particle.fullmatch(word) is None:
            break
        kept.append(word)
    return " ".join(kept).rstrip()


def _thing_with_lower_case_words(name: str) -> bool:
    """Whether a model's "person" holds a word in lower case that is no name particle and,
    cut there, leaves only one ordinary word ("Performance licence"; not "Oisín Ó BRIAIN -
    health", which the cut keeps as a name)."""
    run = _capitalised_run(name)
    if run == name:
        return False
    lower = run.lower()
    found = rules()
    return " " not in run and (lower in found.common_words or (
        lower in cmu_words() and not found.in_name_tables(lower)))


def _title_word(text: str, start: int, end: int) -> bool:
    """Whether the model's "person" is the one word that opens a record's title, an
    ordinary English word (CMU) that is no first name of the tables, with lower-case words
    after it that are no name's cue ("Hospice family support - ...", "Kennels and grooming
    - ...", "Barber shop - message passed ..."): what the record is about. Family: a
    title's first word read as a name."""
    word = text[start:end]
    found = rules()
    return (start == 0 and "\n" in text[end:] and " " not in word
            and word.lower() in cmu_words() and word.lower() not in found.first_names
            and re.match(r"[ \t]+[a-z]", text[end:end + 3]) is not None
            and found.reporting_after.match(text, end) is None
            and found.family_after.match(text, end) is None)


def model_name_spans(text: str, doc=None) -> list[RedactedSpan]:  # type: ignore[no-untyped-def]
    """People the entity recogniser finds (in ``doc``, the text already run through
    :func:`ner`, or now), less roles, digits, lower-case guesses and words used as
    places."""
    spans = []
    for entity in (doc if doc is not None else ner()(text)).ents:
        # A person's name has a capital, no digits and no line break: "S31", "Flat 2", the
        # model's lower-case guesses ("rang nan") and "RECORD\nChild" are not names;
        # shorthand names come from the family list.
        if (entity.label_ == "PERSON" and not not_a_name(entity.text)
                and not _thing_with_lower_case_words(entity.text)
                and "\n" not in entity.text and not any(ch.isdigit() for ch in entity.text)
                and any(ch.isupper() for ch in entity.text)
                and not used_as_word(text, entity.start_char, entity.end_char, False)
                and not in_heading(text, entity.start_char, entity.text)
                and not _title_word(text, entity.start_char, entity.end_char)):
            spans.append(RedactedSpan(entity.start_char, entity.end_char, "NAME",
                                      entity.text))
    return spans


# A word as names are written: letters, hyphenated parts, an O' or D' prefix (O'Neill).
_WORD = re.compile(r"(?:[OD][\'’](?=[A-Z]))?[^\W\d_]+(?:-[^\W\d_]+)*")


def _in_table(word: str) -> tuple[bool, bool]:
    """(whether any part of the word is in the name tables, whether every part that is
    in them is an ordinary word too)."""
    found = rules()
    parts = [part for part in re.split(r"[-'’]", word.lower()) if part]
    named = [part for part in parts if found.in_name_tables(part)]
    return bool(named), all(part in found.common_words for part in named)


def _lower_first_name(word: str) -> bool:
    """A lower-case first name of the tables, or a hyphenated one whose first part is a
    first name and whose other parts are first names or no ordinary word (tyler-jay,
    ruby-lee, lacey-mae; not "grace-period")."""
    found = rules()
    head, *rest = word.split("-")
    return word in found.first_names or (bool(rest) and all(
        part in found.first_names for part in word.split("-"))) or (
        bool(rest) and head in found.first_names and head not in found.common_words
        and all(part in found.first_names or (len(part) > 1 and part not in found.common_words)
                for part in rest))


def _strong(word: str, ordinary: bool) -> bool:
    """Whether a table word reads as a name whatever its position: not an ordinary word, or
    hyphenated with a capital after the hyphen (Ruby-Mae, Tia-Rose)."""
    return not ordinary or bool(re.search(r"-[A-Z]", word))


def table_name_spans(text: str) -> list[RedactedSpan]:
    """Words in the first-name and surname tables (names of the many origins a service meets:
    Hodan, Chiamaka, Zarghona, Wiśniewska). A word that is also an ordinary word counts only in
    a name position: followed by 's, an age in brackets or a reporting verb ("Summer said"), or,
    for the names that are words by the rules file (Faith, Storm ...), capitalised mid-sentence
    and not used as a word. A word in capitals counts on a line that is not all capitals (not a
    heading), or in a heading when it is a first name of four letters or more and no ordinary
    word ("RE: EMMA AND JACK THORNTON"). In a line with no capitals (a shorthand note), or a
    clause with none in a line that has them elsewhere (see ``_shorthand_clause``), a first name
    counts in lower case too when it is no ordinary word ("txt from mum re kyle"), and with a
    cue ("seen ruby") even when it is a word; elsewhere a lower-case first name that is no word
    counts after a shorthand cue or before a reporting verb ("tell courtney", "zofia says", "mum
    gemma"; not "the gas bill has not been paid"), and so does a lower-case surname after a
    title ("call w/ pc jenkins"; in a shorthand line any word after one that is no English word:
    "mrs lewicka (TA)"), and a name that is a word between a cue and a strong cue ("baby ivy
    (dob 18/1/24)")."""
    found = rules()
    spans = []
    for match in _WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) < 2:
            continue
        # 's is a name's cue, but not in a scheme named after a person (Clare's Law)
        cued = (found.reporting_after.match(text, end) is not None
                and found.word_after.match(text[end:end + 40]) is None
                ) or found.kin_bracket_after.match(text, end) is not None
        if found.place_before.search(text, max(0, start - 8), start):
            continue  # St James's, Saint Aidan's
        if word[0].isupper():
            named, ordinary = _in_table(word)
            if not named and _unknown_name(text, start, end):
                spans.append(RedactedSpan(start, end, "NAME", word))
            if not named or not_a_name(word):
                continue
            if word.isupper() and (ordinary or len(word) < 3 or (
                    line_at(text, start).upper() == line_at(text, start)
                    and (word.lower() not in found.first_names or len(word) < 4))):
                continue  # capitals: an acronym, or a heading's word (EMMA in one counts)
            curated = word.lower() in found.names_that_are_words
            if (not _strong(word, ordinary) and not cued
                    and not (curated and start != sentence_start(text, start))):
                continue
            if not cued and used_as_word(text, start, end, ordinary):
                continue
            spans.append(RedactedSpan(start, end, "NAME", word))
        elif _kin_marked_lower_name(text, start, end):
            spans.append(RedactedSpan(start, end, "NAME", word))
        elif _lower_first_name(word) or (
                word not in found.common_words
                and ((word in found.surnames and found.lower_case_title_before.search(
                    text, max(0, start - 8), start))
                     or (word in found.surnames and _shorthand_clause(text, start, end)
                         and (found.lower_case_kin_before.search(text, max(0, start - 12),
                                                                 start)
                              or found.lower_case_subject_after.match(text, end)))
                     or (word not in cmu_words() and _shorthand_clause(text, start, end)
                         and (found.lower_case_courtesy_before.search(
                             text, max(0, start - 8), start)
                              or _unknown_lower_name(text, start, end)))
                     or _two_cue_lower_name(text, start, end))):
            before = found.lower_case_before.search(text, max(0, start - 30), start)
            # a courtesy title is a cue too ("mrs riley (year 2 teacher) rang")
            cue = cued or before or found.lower_case_courtesy_before.search(
                text, max(0, start - 8), start)
            kin = found.lower_case_kin_before.search(text, max(0, start - 12), start)
            shorthand = (_shorthand_clause(text, start, end)
                         or in_lower_case_quote(text, start))
            # what a person does next ("kb: ruby-jean seen at the window")
            subject = found.lower_case_subject_after.match(text, end) is not None
            if (word not in found.common_words and (cue or shorthand or kin or subject)) or (
                    word in found.names_that_are_words
                    and ((shorthand and cue)
                         or (before and found.strong_after.match(text, end)))):
                spans.append(RedactedSpan(start, end, "NAME", word))
    return spans


def _two_cue_lower_name(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word no table or dictionary knows, shaped as names are written,
    is a name by a shorthand cue before it and a strong cue after it, in a clause that has
    capitals elsewhere ("back at 9 Sunnybank Grove w/ massinissa (2)"): with a cue on each
    side, the line's capitals (an address, an acronym) need not be shorthand's absence.
    Family: lower-case names in notes whose line also holds an address or a name."""
    found = rules()
    return (text[start:end] not in cmu_words()
            and found.lower_case_name_shape.fullmatch(text, start, end) is not None
            and found.lower_case_before.search(text, max(0, start - 30), start) is not None
            and found.strong_after.match(text, end) is not None)


def _kin_marked_lower_name(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at [start, end) is a name by the family word in brackets
    after it (``kin_bracket_after``: "kat (mum)", "yuba (baby)"): three letters or more,
    no ordinary word, role, label or plural of a dictionary word, and in shorthand or no
    English word (CMU), shaped as names are written. The bracket says the word is a
    person whatever table lacks it; in shorthand, a role's bracket does too ("by jas (youth
    worker)", see ``role_bracket_after``). Family: lower-case names marked by a family
    word or a role in brackets."""
    found = rules()
    word = text[start:end]
    if (len(word) < 3 or word in found.common_words or word in found.not_names
            or not_a_name(word)
            or (len(word) > 3 and word.endswith("s") and word[:-1] in cmu_words())):
        return False  # "bottles (mum) washed": a plural is a thing; not "jas" of "ja"
    if found.kin_bracket_after.match(text, end) is None:
        # a role's bracket, in shorthand only, not after a determiner or a possessive:
        # "by jas (youth worker)", not "the gym (key worker)"
        before = found.lower_case_word_before.search(text, max(0, start - 30), start)
        return (found.role_bracket_after.match(text, end) is not None
                and _shorthand_clause(text, start, end)
                and (before is None or before.group("loose") is not None))
    return _shorthand_clause(text, start, end) or (
        word not in cmu_words() and found.lower_case_name_shape.fullmatch(word) is not None)


def _shorthand_clause(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at [start, end) is in shorthand: a line in lower case, or a
    clause in lower case in a line that has capitals elsewhere ("present: dad Gethin Rees,
    kids elin (7) + tomos (4)"), where the word does not stand in an ordinary word's place
    ("his tazkira says", see :func:`_word_place`). Family: lower-case names in notes whose
    line also holds a capitalised name, a field label or an acronym."""
    return in_lower_case_line(text, start) or (in_lower_case_clause(text, start)
                                               and not _word_place(text, start, end))


def _name_like(word: str) -> bool:
    """Whether a word can be a name with nothing else to go on: no ordinary word, role or
    label, and a word of the name tables or no English word (CMU); in lower case, shaped as
    names are written (see ``lower_case_name_shape``)."""
    found = rules()
    lower = word.lower()
    if lower in found.common_words or not_a_name(word) or len(word) < 2:
        return False
    if found.in_name_tables(lower):
        return True
    return lower not in cmu_words() and (
        not word.islower() or found.lower_case_name_shape.fullmatch(word) is not None)


def position_name_spans(text: str) -> list[RedactedSpan]:
    """Names by their place, known to no table: the bracket after a family word, whole ("mum
    (thi huong)", "dad (Quoc Dat)"), when each word is no ordinary word and one of them is
    a name of the tables or no English word (not "mum (deceased)"); and a surname before
    "family" or "fam" ("the Okonjo family", "kazlauskienė fam:"; not "the Foster family",
    "a Muslim family"), a surname of the tables that is also a word only after "the" and
    with a capital ("the Green family"); a name and its pet form in brackets ("Wolf
    (Wolfie)", "oliver (ollie)"; see ``_pet_form_pair``)."""
    found = rules()
    spans = []
    for match in found.kin_bracket.finditer(text):
        words = match.group("name").split(" ")
        if (all(word.lower() not in found.common_words and not not_a_name(word)
                for word in words) and any(_name_like(word) for word in words)
                and (not match.group("name").islower() or in_lower_case_line(text,
                                                                         match.start()))):
            spans.append(RedactedSpan(match.start("name"), match.end("name"), "NAME",
                                      match.group("name")))
    if "(" in text:
        spans += kin_list_spans(text)
        for match in found.pet_form_bracket.finditer(text):
            if _pet_form_pair(match.group(1), match.group(2)):
                spans += [RedactedSpan(match.start(i), match.end(i), "NAME", match.group(i))
                          for i in (1, 2)]
    for match in _WORD.finditer(text):
        if not found.family_after.match(text, match.end()):
            continue
        word, start = match.group(), match.start()
        lower = word.lower()
        if word.isupper() and not found.in_name_tables(lower):
            continue  # an acronym: "BFPO family", "MOD family"
        if _name_like(word) or (
                word[0].isupper() and not word.isupper() and lower in found.surnames
                and not not_a_name(word) and text[max(0, start - 4):start].lower() == "the "):
            spans.append(RedactedSpan(start, match.end(), "NAME", word))
    return spans


# The items of a list in a bracket: split at commas, "&" and "and".
_LIST_ITEM = re.compile(r"[^,&]+?(?=[ \t]*(?:,|&|\band\b|$))")


def kin_list_spans(text: str) -> list[RedactedSpan]:
    """Each name of a list in a bracket after a plural family word ("her parents (Rajesh
    and Sunita)", "siblings (Amara, Tobi & Kemi)"; see ``kin_bracket_list``): two items or
    more, each of one to three words with a capital (or all in lower case in a shorthand
    line), no word an ordinary word, role or label, and one word of each a name of the
    tables or no English word (not "children (Year 3 and Year 5)", "parents (both
    present)"). The bracket's place says they are people even where no table knows the
    names. Family: names in a family word's bracket, listed."""
    found = rules()
    spans: list[RedactedSpan] = []
    for match in found.kin_bracket_list.finditer(text):
        start = match.start("names")
        listed = re.sub(r"\band\b", "&  ", match.group("names"))  # the same length
        items = [(start + item.start() + len(item.group()) - len(item.group().lstrip()),
                  item.group().strip()) for item in _LIST_ITEM.finditer(listed)]
        items = [(begin, item) for begin, item in items if item]
        shorthand = in_lower_case_line(text, match.start())
        if len(items) < 2 or not all(_listed_name(item, shorthand) for _, item in items):
            continue
        spans += [RedactedSpan(begin, begin + len(item), "NAME", item) for begin, item in items]
    return spans


def _listed_name(item: str, shorthand: bool) -> bool:
    """Whether one item of a family word's bracket list could be a name (see
    :func:`kin_list_spans`)."""
    words = item.split(" ")
    found = rules()
    return (0 < len(words) <= 3 and all(_WORD.fullmatch(word) for word in words)
            and all(word[0].isupper() or shorthand for word in words)
            and all(word.lower() not in found.common_words and not not_a_name(word)
                    for word in words)
            and any(_name_like(word) for word in words))


def agent_noun(word: str) -> bool:
    """Whether a word is an agent noun, a person who does what a word of the dictionary
    before its ending says (reporter: report, driver: drive, artist: art, therapist:
    therapy, resident: reside, trainee: train; not treatment, equipment); see
    ``agent_label`` in the rules."""
    found = rules()
    lower = word.lower()
    if lower not in cmu_words() or found.role_noun_shape.fullmatch(lower) is None:
        return False
    return any(lower.endswith(ending) and len(lower) - len(ending) >= 3
               and lower[:-len(ending)] + completion in cmu_words()
               for ending in found.agent_noun_endings
               for completion in found.agent_noun_stem_endings)


def agent_label_name_spans(text: str) -> list[RedactedSpan]:
    """The value of a form's field whose one-word label is an agent noun ("Reporter:
    Alasdair Munro", "Driver: Sione Tupou", "Resident: Nino Beridze"; see
    :func:`agent_noun`): the label says the value is a person, so a word of the value that
    no table knows, or that is also a word, is that person's name. Each word of the value
    is no ordinary word, role, label or place, and one of them a name of the tables or no
    English word (not "Printer: Office Jet", "Number: Two"). Family: people named by role
    labels no list holds."""
    if ":" not in text:
        return []
    found = rules()
    spans = []
    for match in found.agent_label.finditer(text):
        value, start = match.group("value"), match.start("value")
        words = value.split(" ")
        if (not agent_noun(match.group("label"))
                or match.group("label").lower() in found.agent_label_organisations
                or not all(word.lower() not in found.common_words and not not_a_name(word)
                           for word in words)
                or not any(_name_like(word) or found.in_name_tables(word.lower())
                           for word in words)):
            continue
        spans.append(RedactedSpan(start, match.end("value"), "NAME", value))
    return spans


def _pet_form_pair(name: str, other: str) -> bool:
    """Whether two words are a name and its pet form (see ``pet_form_bracket``): the same
    case shape, different words sharing their first letters, neither an ordinary word, role
    or label, and both first names of the tables or, sharing three letters, one no English
    word (Wolf, Wolfie); or a capitalised long name that is no English word and its pet form
    cut from its middle or its end, three letters or more ("Oluwadamilare (Dami)",
    "Babajide (Jide)", "Nkechinyere (Nkechi)" is the first kind; not "Hillingdon (Don)",
    which the dictionary or the place table knows). Family: a short form of a long name
    no table holds."""
    found = rules()
    first, second = name.lower(), other.lower()
    if (first == second or name[0].isupper() != other[0].isupper()
            or name.isupper() or other.isupper()
            or any(word in found.not_names for word in (first, second))
            or second in found.common_words or not_a_name(name) or not_a_name(other)):
        return False
    if first[:2] != second[:2]:
        return (name[0].isupper() and len(second) >= 3 and len(first) >= len(second) + 3
                and second in first[1:] and first not in cmu_words()
                and first not in found.common_words and first not in found.places)
    if first in found.first_names and second in found.first_names:
        return first not in found.common_words or name[0].isupper()
    return first[:3] == second[:3] and name[0].isupper() and (
        first not in cmu_words() or second not in cmu_words())


def quoted_name_spans(text: str) -> list[RedactedSpan]:
    """Nicknames and saved contacts' names in quotes, by a person's cue before or after them
    (see ``quoted_name`` in the rules): 'a boyfriend "Ali B" uses her card', '"Smurf" (real
    name Harrison Bowen)', 'he's "Big Kev" to everyone'; and a quoted name listed after
    one found ('"Anh Hai" and "Boss Minh"'). Not a quoted role, label or place word
    ('"Mum"', '"Police"'), nor quoted words with no cue ('said "Daddy ear"')."""
    if '"' not in text and "“" not in text:
        return []
    found = rules()
    spans: list[RedactedSpan] = []
    previous_end = -1
    for match in found.quoted_name.finditer(text):
        name, start, end = match.group(1), match.start(1), match.end(1)
        if not_a_name(name) or all(word.lower() in found.not_names for word in name.split(" ")):
            continue
        if all(word.lower() in found.common_words and not found.in_name_tables(word.lower())
               and word.lower() not in found.names_that_are_words for word in name.split(" ")):
            continue  # 'display name "Unknown"': an ordinary word no table names
        listed = previous_end >= 0 and found.quoted_name_joiner.fullmatch(
            text, previous_end, match.start()) is not None
        if (listed or found.strong_before.search(text, max(0, match.start() - 40), start)
                or found.quoted_name_before.search(text, max(0, match.start() - 30), start)
                or found.quoted_name_after.match(text, match.end())):
            spans.append(RedactedSpan(start, end, "NAME", name))
            previous_end = match.end()
        else:
            previous_end = -1
    return spans


def naming_phrase_name_spans(text: str) -> list[RedactedSpan]:
    """The name a naming phrase gives ("his name is Storm", "prefers to be called
    Martinha", "..., name Arash"; see ``naming_phrase`` in the rules): the phrase says the
    words after it are a name, so they count whatever table lacks them or holds them as a
    word. Not a role, a family word or a label ("her name is Mum"), nor a word in
    capitals (an acronym). Family: names given by a naming phrase."""
    if "name" not in text.lower() and "called" not in text:
        return []
    found = rules()
    spans = []
    for match in found.naming_phrase.finditer(text):
        name, start = match.group("name"), match.start("name")
        words = name.split(" ")
        if (not_a_name(name) or any(word.isupper() or word.lower() in found.not_names
                                    or word.lower() in found.person_slot_not_person
                                    for word in words)):
            continue
        spans.append(RedactedSpan(start, match.end("name"), "NAME", name))
    return spans


def person_slot_name_spans(text: str) -> list[RedactedSpan]:
    """Capitalised words in a person's slot by the words after them (name_cues'
    person_slot_after: "Dallas has been missing from school", "Faith refused to", "Lincoln
    and his mum Keira", "Dallas's mum", "Devon is 7."), whatever table lacks them or holds
    them as a place or a word: the sentence's shape says they are people. Not a pronoun, a
    body of people, a role or a family word ("Staff refused to", "Mum cried"); not a word
    of a longer capitalised name ("Lincoln Crown Court told"); not a place's slot ("moved
    to Lincoln", see :func:`used_as_word`); and not an ordinary word no table names
    ("School told me") nor a plural the dictionary knows ("Teachers told me"), and an age
    only for a word a table names or the dictionary lacks ("Score is 7."). Family:
    names that are places or words, told only by the sentence's shape."""
    found = rules()
    spans = []
    for match in _WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        slot = found.person_slot_after.match(text, end)
        if len(word) < 3 or not word[0].isupper() or word.isupper() or slot is None:
            continue
        lower = word.lower()
        named = (found.in_name_tables(lower) or lower in found.names_that_are_words
                 or lower in found.place_person_names)
        if slot.group("age") and not named and lower in cmu_words():
            continue  # "Score is 7.": a dictionary word's own number
        if (slot.group("act") and not named and lower in cmu_words()
                and start == sentence_start(text, start)):
            continue  # "Chemistry was excluded": a thing can be too
        if (lower in found.person_slot_not_person or lower in found.not_names
                or not_a_name(word) or _WORD_BEFORE.search(text, max(0, start - 40), start)
                or (not named and lower in found.common_words)
                or (not named and lower.endswith("s") and lower[:-1] in cmu_words())
                or used_as_word(text, start, end, False)):
            continue
        spans.append(RedactedSpan(start, end, "NAME", word))
    return spans


def _unknown_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word that neither the tables nor the dictionary know is a name
    by what follows it: 's and a person of the family ("Oyinkansola's older brother"), a
    reporting verb or another thing a person does ("Ece wants", "Chidubem saw"; services
    that report, Ofsted and Cafcass, are ordinary words of the rules); and, even when the
    dictionary knows the word (it holds many names: Gwyneth, Sterling), 's and an identifier
    only a person has, when the word is not shaped as a role ("Gwyneth's NHS number"; not
    "Patient's NHS number", "Referrer's date of birth")."""
    found = rules()
    word = text[start:end]
    if (found.personal_identifier_after.match(text, end) is not None and len(word) > 2
            and not word.isupper() and word.lower() not in found.common_words
            and word.lower() not in found.not_names and not not_a_name(word)
            and found.role_noun_shape.fullmatch(word) is None  # Patient's, Referrer's
            and not used_as_word(text, start, end, False)):
        return True
    if (len(word) > 2 and not word.isupper() and word.lower() not in found.common_words
            and word.lower() not in found.not_names and not not_a_name(word)
            and found.kin_bracket_after.match(text, end) is not None
            and not used_as_word(text, start, end, False)):
        return True  # "Kat (mum)", "Wiremu (her partner)": the bracket says who
    return (len(word) > 2 and not word.isupper() and word.lower() not in cmu_words()
            and word.lower() not in found.common_words and not not_a_name(word)
            and not used_as_word(text, start, end, False)  # "a man in Kirkwall gives"
            and (found.unknown_name_after.match(text, end) is not None
                 or (text[end:end + 1] not in ("'", "’")  # not "Referrer's address"
                     and found.reporting_after.match(text, end) is not None)
                 or found.unknown_subject_after.match(text, end) is not None))


def _unknown_lower_name(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word no table or dictionary knows, in a shorthand line, is a
    name by its place and shape: after a family word (and a bracket), after a shorthand cue
    (seen, with, w/), before an age in brackets or before what a person does next, and
    shaped as names are written, not as shorthand's abbreviations ("mum shazia rang", "mum
    (morag)", "baby nyasha ok", "mahnoor (13)", "seen w/ shilan", "olumide to call mum";
    not "mum tmrw", "dad txt", "camhs to call")."""
    found = rules()
    return found.lower_case_name_shape.fullmatch(text, start, end) is not None and bool(
        found.lower_case_kin_before.search(text, max(0, start - 12), start)
        or found.lower_case_before.search(text, max(0, start - 30), start)
        or found.strong_after.match(text, end)
        or found.lower_case_subject_after.match(text, end))


def _plain_name(text: str, start: int, end: int, capitals: bool = False,
                name_after: bool = False) -> bool:
    """Whether the capitalised word at [start, end) could be a name nobody listed: three
    letters or more (not "Hussain & Co"), no ordinary word, role, place or word in capitals
    (unless the name beside it is in capitals too: ADAEZE OKAFOR), and not used as a word
    here (with name_after, a found name straight after it: see :func:`used_as_word`)."""
    found = rules()
    word = text[start:end]
    return not (len(word) < 3 or word.lower() in found.common_words
                or word.lower() in found.not_names or not_a_name(word)
                or (word.isupper() and not capitals)
                or found.place_before.search(text, max(0, start - 8), start)
                or used_as_word(text, start, end, False, name_after)
                or names_a_place(text, RedactedSpan(start, end, "NAME", word)))


def _joined_word_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at [start, end), joined by "and", "&" or a list's comma to
    a found name, is a first name that is also a word ("Summer and Autumn Blackwell", "Will
    and Grace were collected", "Comfort and Innocent Mutasa"): a first name of the tables
    or a name the rules list as a word, not in capitals, and not used as the word here
    (not "in April and Sam", "Rose Cottage and ..."). Family: word-names beside a name."""
    found = rules()
    word = text[start:end]
    lower = word.lower()
    return (not word.isupper() and (lower in found.first_names
                                    or lower in found.names_that_are_words)
            and lower not in found.not_names and not not_a_name(word)
            and not found.place_before.search(text, max(0, start - 8), start)
            and not used_as_word(text, start, end, True))


def extended_names(text: str, spans: list[RedactedSpan]) -> list[RedactedSpan]:
    """A found name with the word next to it: after it, a surname (unknown to the tables and
    no ordinary word, or a surname of the tables even if it is a word: Gemma Stott, Amber
    Dyson, Malik Grant; in lower case, a surname of the tables that is no word: shanice
    francis, callum o'neill); before it, a first name of the tables, even one that is a word
    (Faith Morris, Dale Morris, Hope Gillespie), or before a surname alone any capitalised
    word that is no ordinary word (Chidinma Okafor). A name joined to it by "and", "&" or
    a list's comma is a name too when it is no ordinary word (Carol and Des; Kacper,
    Amelka and ...), and a first name joined to a first name and a surname is one name
    with them, the surname theirs both ("Janet and Alan Frost"). Not roles, places or words
    used as words."""
    found = rules()
    longer = []
    for span in spans:
        longer += _sibling_first_name(text, span)
        if span.text.islower():
            # a name joined to a lower-case name in a shorthand line ("isla + eilidh")
            for joined in (found.lower_case_joined_after.match(text, span.end),
                           found.lower_case_joined_before.search(
                               text, max(0, span.start - 30), span.start)):
                if (joined and joined.group(1).islower() and _name_like(joined.group(1))
                        and _shorthand_clause(text, joined.start(1), joined.end(1))):
                    longer.append(RedactedSpan(joined.start(1), joined.end(1), "NAME",
                                               joined.group(1)))
            lower = _NEXT_LOWER_WORD.match(text, span.end)
            if lower and (_bare(lower.group(1)) in found.surnames
                          and _bare(lower.group(1)) not in found.common_words):
                longer.append(RedactedSpan(span.start, lower.end(1), "NAME",
                                           text[span.start:lower.end(1)]))
        for joined in (_JOINED_AFTER.match(text, span.end),
                       _JOINED_BEFORE.search(text, max(0, span.start - 40), span.start)):
            group = 0 if joined is None else next(i for i in (1, 2) if joined.group(i))
            if joined and (_plain_name(text, joined.start(group), joined.end(group))
                           or _joined_word_name(text, joined.start(group), joined.end(group))):
                longer.append(RedactedSpan(joined.start(group), joined.end(group), "NAME",
                                           joined.group(group)))
        couple = _COUPLE_BEFORE.search(text, max(0, span.start - 40), span.start)
        if (couple and span.text.count(" ") == 1 and span.text.istitle()
                and span.text.split(" ")[0].lower() in found.first_names
                and couple.group(1).lower() in found.first_names
                and _plain_name(text, couple.start(1), couple.end(1))):
            longer.append(RedactedSpan(couple.start(1), span.end, "NAME",
                                       text[couple.start(1):span.end]))
        after = _next_word().match(text, span.end)
        if after:
            word = after.group(1)
            lower = word.lower()
            if not ((lower in found.common_words and lower not in found.surnames
                     and not _surname_ends_cell(text, span, after))
                    or lower in found.not_names or not_a_name(word)
                    or (word.isupper() and not span.text.isupper())
                    or used_as_word(text, after.start(1), after.end(1), False)):
                longer.append(RedactedSpan(span.start, after.end(1), "NAME",
                                           text[span.start:after.end(1)]))
        before = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
        if before:
            word = before.group(1)
            surname_alone = " " not in span.text and span.text.lower() not in found.first_names
            if ((word.lower() in found.first_names and word.lower() not in found.not_names
                    and not not_a_name(word) and not word.isupper()
                    and not found.place_before.search(text, max(0, before.start(1) - 8),
                                                      before.start(1)))
                    or (surname_alone and before.start(1) != sentence_start(text, before.start(1))
                        and _plain_name(text, before.start(1), before.end(1),
                                        span.text.isupper(), name_after=True))
                    or (surname_alone and _opens_with_first_name(text, before.start(1),
                                                                 before.end(1), span))):
                longer.append(RedactedSpan(before.start(1), span.end, "NAME",
                                           text[before.start(1):span.end]))
        nickname = _NICKNAME_PREFIX_BEFORE.search(text, max(0, span.start - 8), span.start)
        if (nickname and " " not in span.text and span.text[:1].isupper()
                and not span.text.isupper()):
            longer.append(RedactedSpan(nickname.start(1), span.end, "NAME",
                                       text[nickname.start(1):span.end]))
        surname_first = _surname_comma_before(text, span)
        if surname_first is not None:
            longer.append(RedactedSpan(surname_first, span.end, "NAME",
                                       text[surname_first:span.end]))
        longer += (_nickname_and_initial(text, span) + _nickname_after(text, span)
                   + _quoted_nickname_inside(text, span))
    return longer


def _sibling_first_name(text: str, span: RedactedSpan) -> list[RedactedSpan]:
    """The found surname with the capitalised word before it, when the record writes the
    same surname after two different such words ("Sky Doyle and River Doyle", "Sunday Ekpo
    ... mum Blessing Ekpo", "Godspower Etim and Favour Etim"): a family shares its
    surname, so the words before it are its members' first names, even words (Sky, River,
    Sunday) or names no table holds. Not titles, roles, labels, places, determiners or
    verbs' forms ("Mr Doyle and Mrs Doyle", "Visited Doyle", "The Gurung family").
    Each surname's words before it are read once a record (_surname_openers), so a long
    record costs no more than its length. Family: word-names and unknown first names beside a shared
    surname."""
    word = span.text
    if (" " in word or not word[:1].isupper() or word.isupper()
            or word.lower() in rules().first_names):
        return []
    firsts = _surname_openers(text).get(word, frozenset())
    before = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is None or before.group(1) not in firsts or len(firsts) < 2:
        return []
    return [RedactedSpan(before.start(1), span.end, "NAME", text[before.start(1):span.end])]


@functools.lru_cache(maxsize=2)
def _surname_openers(text: str) -> dict[str, frozenset[str]]:
    """For each capitalised word the record writes after another, the words before it that
    may be first names (_sibling_opener): one pass over the record finds every pair of
    capitalised words, and each surname's are judged once, for every name found in it."""
    pairs: dict[str, list[tuple[int, int]]] = {}
    for match in _CAPITALISED_PAIR.finditer(text):
        pairs.setdefault(match.group(2), []).append(match.span(1))
    return {surname: frozenset(text[a:b] for a, b in places if _sibling_opener(text, a, b))
            for surname, places in pairs.items()}


# Two capitalised words one space apart, each found where it starts (the second by a
# lookahead, so "Sky Doyle" and "River Doyle" in "Sky Doyle and River Doyle" are both read).
_CAPITALISED_PAIR = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)"
                               r"(?= ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)(?![\w-]))")


def _sibling_opener(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at [start, end) before a surname may be a first name:
    no title, role, label, place, verb's form or word a sentence opens with a name after
    it (Contact, Visited), nor a determiner or a preposition ("The Gurung family ...
    Aashish Gurung")."""
    found = rules()
    word = text[start:end]
    lower = word.lower()
    return not (word.isupper() or lower in found.not_names or not_a_name(word)
                or found.word_before.search(lower + " ") is not None  # The, In, Your
                or lower in found.person_slot_not_person
                or (_DONE_ENDING.fullmatch(lower) and lower not in found.first_names)
                or found.opening_not_first_name.fullmatch(word)
                or found.place_before.search(text, max(0, start - 8), start)
                or lower in found.places)


# A nickname's size word before a found name, part of the nickname ("Big Steve", "Lil
# Jay"): "Big" or "Lil" anywhere, "Little" only inside quotes ('"Little Mo"'; not "Little
# Explorers"). Family: nicknames built on a first name.
_NICKNAME_PREFIX_BEFORE = re.compile(r"(?<![\w-])(Big|Lil|(?<=[\"“'‘])Little) $")
# A surname and a comma before a first name, as lists and form columns write a person
# ("ZELENKOVÁ, Aneta", "Re O'Neill-Byrne, Cian").
_SURNAME_COMMA_BEFORE = re.compile(r"(?<![\w'’-])((?:[OD]['’])?[A-ZÀ-Þ][^\W\d_]*"
                                   r"(?:['’-][A-Za-zÀ-ÿ][^\W\d_]*)*), $")
# Where a titled surname may open a list's "Surname, First": a line's start, "Re", a label's
# colon or a table's bar.
_LIST_ENTRY_BEFORE = re.compile(r"(?:^|\n|(?i:\bre:?)[ \t]+|[|][ \t]*)$")
# A list of names going on after a name (", Amira", " and Jo"): "Hodan, Chiamaka and ..."
# is three people, not a surname and a first name.
_LIST_GOES_ON = re.compile(r"(?:[ \t]*,[ \t]*[A-Z]|[ \t]+(?:and|&)[ \t]+[A-Z])")


def _surname_comma_before(text: str, span: RedactedSpan) -> int | None:
    """Where the surname starts when a found first name comes after "SURNAME, " (in
    capitals, anywhere) or "Surname, " (opening a line, after "Re" or a bar): a word that is
    no first name, ordinary word, role or label and is a surname of the tables or no English
    word, with no list of names going on after the first name ("ZELENKOVÁ, Aneta |
    12.04.2014", "Re: Vrbenská, Hana"; not "URGENT, Emma", "Leeds, Emma", "Hodan, Chiamaka
    and ..."). Family: names in surname-first list and column layouts."""
    found = rules()
    if " " in span.text or span.text.lower() not in found.first_names or span.text.isupper():
        return None
    before = _SURNAME_COMMA_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is None:
        return None
    word, start = before.group(1), before.start(1)
    lower = word.lower()
    parts = [part for part in re.split(r"[-'’]", lower) if len(part) > 1]
    if (len(word) < 3 or lower in found.common_words or lower in found.not_names
            or lower in found.first_names or _LIST_GOES_ON.match(text, span.end)
            or not_a_name(word) or not parts
            or not all(part in found.surnames or part not in cmu_words() for part in parts)
            or any(part in found.common_words for part in parts)):
        return None
    if word.isupper() or _LIST_ENTRY_BEFORE.search(text, max(0, start - 6), start):
        return start
    return None


# After a name, a nickname or the name's initials in brackets ("Osian Pritchard (Osh)",
# "Precious-Hope Asante (PH)"); before a name, a nickname whose real name follows in
# brackets ("Taz (real name Tahmid Miah)").
_BRACKETED_AFTER = re.compile(r"[ \t]*\([\"“'‘]?([A-Z][^\W\d_]*)[\"”'’]?\)")
_REAL_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][^\W\d_]+)[ \t]+\((?i:real[ \t]+name|a\.?k\.?a\.?|also[ \t]+known[ \t]+as"
    r"|known[ \t]+as|legal[ \t]+name|full[ \t]+name)[:]?[ \t]+$")


_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][^\W\d_]*(?:-[A-Z][^\W\d_]*)*[ ]){0,3}$")


def _initials(name: str) -> set[str]:
    """The initials a name may be shortened to: of its first one, two or three words' parts
    (Precious-Hope Asante: PH, PHA)."""
    words = [[part for part in word.split("-") if part] for word in name.split()]
    return {"".join(part[0] for word in words[:count] for part in word).upper()
            for count in range(1, len(words) + 1)} - {""}


def _inside_name(text: str, span: RedactedSpan, bracket_end: int) -> bool:
    """Whether the bracket that ends at bracket_end, straight after a found first name,
    stands inside that person's name: the found name is one capitalised first name of the
    tables (or a word no dictionary knows), and the word after the bracket is a surname of
    the tables or a name nobody listed ("Jermaine (JJ) Campbell"; not "Emma (SW) Office",
    "Leo (Year 3) Maths"), and the bracketed word is no ordinary word, role or label."""
    found = rules()
    bracketed = _BRACKETED_AFTER.match(text, span.end)
    following = _next_word().match(text, bracket_end)
    if bracketed is None or following is None or " " in span.text:
        return False
    word, surname = bracketed.group(1), following.group(1)
    lower = span.text.lower()
    return (span.text[:1].isupper() and not span.text.isupper()
            and (lower in found.first_names or lower not in cmu_words())
            and word.lower() not in found.common_words and word.lower() not in found.not_names
            and not not_a_name(word)
            and (surname.lower() in found.surnames
                 or _plain_name(text, following.start(1), following.end(1))))


def _nickname_after(text: str, span: RedactedSpan) -> list[RedactedSpan]:
    """A nickname in brackets straight after a found name, when it is no ordinary word,
    role or place ("Osian Pritchard (Osh)"; not "Ho Wing (Interpreter)"), or the name's own
    initials in capitals of two letters or more ("Precious-Hope Asante (PH)"; not "(SW)");
    and a nickname before a found name given as its real name ("Taz (real name Tahmid
    Miah)"); and any bracketed word that is no ordinary word, role or label between a
    found first name and its surname ("Jermaine (JJ) Campbell", "Chloe (Clo) Dunn"): a
    bracket inside a person's name holds what they are called (see
    :func:`_inside_name`). Family: nicknames and initials written inside a name."""
    spans = []
    after = _BRACKETED_AFTER.match(text, span.end)
    if after and rules().strong_after.match(text, span.end) is None:  # not a role: (SW)
        word, start, end = after.group(1), after.start(1), after.end(1)
        run = _NAME_WORDS_BEFORE.search(text, max(0, span.start - 60), span.start)
        whole = (run.group() if run else "") + span.text
        if (word.isupper() and len(word) > 1 and word in _initials(whole)) or (
                not word.isupper() and _plain_name(text, start, end)) or (
                len(word) > 1 and _inside_name(text, span, after.end())):
            spans.append(RedactedSpan(start, end, "NAME", word))
    before = _REAL_NAME_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before and _plain_name(text, before.start(1), before.end(1)):
        spans.append(RedactedSpan(before.start(1), before.end(1), "NAME", before.group(1)))
    return spans + _quoted_nickname_after(text, span)


_SPACE = re.compile(r"[ \t]+")


def _quoted_nickname_after(text: str, span: RedactedSpan) -> list[RedactedSpan]:
    """A capitalised name in quotes straight after a found name is what that person is
    called ("The lads call Jordan Pryce "JP" and his older brother Tyler "T-Dog""), when
    it is no role, label or ordinary word no table names ('told Kyle "Sorry"', 'Mum
    "Stop"'). Family: quoted nicknames beside the name they stand for."""
    found = rules()
    gap = _SPACE.match(text, span.end)
    quoted = found.quoted_name.match(text, gap.end()) if gap else None
    if quoted is None:
        return []
    name = quoted.group(1)
    words = name.split(" ")
    if not_a_name(name) or all(word.lower() in found.not_names for word in words) or all(
            word.lower() in found.common_words and not found.in_name_tables(word.lower())
            for word in words):
        return []
    return [RedactedSpan(quoted.start(1), quoted.end(1), "NAME", name)]


# A nickname in quotes between a first name and a surname ('Lee "Rambo" Kirkpatrick',
# 'Kaiden "K-Dog" Lomas'): after a found first name, the quote and the surname; before a
# found surname, the first name and the quote.
_QUOTED_THEN_SURNAME = re.compile(r'[ \t]+["“][^"”\n]{1,25}["”][ \t]+'
                                  r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)(?![\w'’-])")
_FIRST_THEN_QUOTED = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)"
                                r'[ \t]+["“][^"”\n]{1,25}["”][ \t]+$')


def _quoted_nickname_inside(text: str, span: RedactedSpan) -> list[RedactedSpan]:
    """A found name with a nickname in quotes and the rest of the name beside it, one name
    ('Lee "Rambo" Kirkpatrick', 'Kaiden "K-Dog" Lomas'), when the other word could be a name
    (see ``_plain_name``); not 'Mia "Queen" Bee said' where the word is ordinary. Family:
    nicknames written inside a person's name."""
    spans = []
    after = _QUOTED_THEN_SURNAME.match(text, span.end)
    if after and _plain_name(text, after.start(1), after.end(1)):
        spans.append(RedactedSpan(span.start, after.end(1), "NAME",
                                  text[span.start:after.end(1)]))
    before = _FIRST_THEN_QUOTED.search(text, max(0, span.start - 60), span.start)
    if before and (before.group(1).lower() in rules().first_names
                   or _plain_name(text, before.start(1), before.end(1))):
        spans.append(RedactedSpan(before.start(1), span.end, "NAME",
                                  text[before.start(1):span.end]))
    return spans


# Before a name, a first name and a nickname in brackets ("Olusegun (Segun) Adebayo",
# "Wellington (Welly) da Silva"), or an initial ("Dr S. Mahmood", "J. Okafor").
@functools.cache
def _nickname_before() -> re.Pattern[str]:
    """A first name and a nickname in brackets before a name, a particle between
    ("Wellington (Welly) da Silva")."""
    return re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)[ \t]+"
                      r"\((?:[\"“'‘])?([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)(?:[\"”'’])?\)"
                      r"[ \t]+(?:" + rules().name_particle.pattern + r"[ \t]+)?$")


# One or two initials without full stops before a surname alone, after a word in lower case
# ("parent signed S Fairweather", "paid by card in name S J Marsden"; not "I Smith", "Plan
# A Mahmood").
_BARE_INITIALS_BEFORE = re.compile(r"(?<=[a-z,:] )((?:[A-HJ-Z] ){1,2})$")
_INITIAL_BEFORE = re.compile(r"(?<![\w.'’-])(?:([A-Z])\.|(?<=[a-z] )([A-Z])(?<!I)) $")


def _nickname_and_initial(text: str, span: RedactedSpan) -> list[RedactedSpan]:
    """The first name and the nickname in brackets before a found name, when neither is an
    ordinary word, a role or a place ("Olusegun (Segun) Adebayo"); an initial before a
    found name, with its full stop, or without one after a title ("Dr S. Mahmood", "Dr S
    Mahmood"; not "I Smith"), and one or two initials without full stops before a surname
    alone mid-sentence ("signed S Fairweather", "in name S J Marsden")."""
    found = rules()
    spans = []
    nickname = _nickname_before().search(text, max(0, span.start - 60), span.start)
    if nickname and all(_plain_name(text, nickname.start(i), nickname.end(i)) for i in (1, 2)):
        spans += [RedactedSpan(nickname.start(i), nickname.end(i), "NAME", nickname.group(i))
                  for i in (1, 2)]
    bare = _BARE_INITIALS_BEFORE.search(text, max(0, span.start - 6), span.start)
    word_before = text[:bare.start(1)].split()[-1:] if bare else []
    if bare and " " not in span.text and span.text.istitle() and word_before[0].islower():
        spans.append(RedactedSpan(bare.start(1), span.end, "NAME",
                                  text[bare.start(1):span.end]))
    initial = _INITIAL_BEFORE.search(text, max(0, span.start - 4), span.start)
    if initial:
        group = 1 if initial.group(1) else 2
        titled = found.strong_before.search(text, max(0, initial.start(group) - 40),
                                            initial.start(group))
        if group == 1 or titled:
            spans.append(RedactedSpan(initial.start(group), span.end, "NAME",
                                      text[initial.start(group):span.end]))
    return spans


_NEXT_LOWER_WORD = re.compile(r"[ \t]+((?:o['’])?[a-z][a-z]+(?:-[a-z]+)*)(?![\w'’-])")
# After a name, a name joined by "and" or "&", or by a comma inside a list (the next item
# followed by a comma or "and" again: "Kacper, Amelka and ..."; not "Kaur, Senior Practitioner").
_JOINED_AFTER = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+([A-Z][^\W\d_]+)(?![\w'’-])"
                           r"|,[ \t]+([A-Z][^\W\d_]+)(?=[ \t]*(?:,|and\b|&)))")
# Before a name, a name joined by "and" or "&" (a family word may stand between: "Saima and
# baby Inaya"), or the first item of a labelled list ("Children present: Rifat, Tahmid").
_JOINED_BEFORE = re.compile(
    r"(?:(?<![\w'’-])([A-Z][^\W\d_]+)[ \t]+(?:and|&)[ \t]+(?:(?:her|his|their)[ \t]+)?"
    r"(?i:(?:baby|sister|brother|son|daughter|partner|mum|dad|mother|father)[ \t]+)?"
    r"|(?<=:[ ])([A-Z][^\W\d_]+),[ \t]+)$")


# Before a first name and a surname, another first name joined by "and" or "&": a couple
# or siblings sharing the surname, one name ("Carers: Janet and Alan Frost").
_COUPLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]+)[ \t]+(?:and|&)[ \t]+$")


def _bare(word: str) -> str:
    """A lower-case surname without its O' prefix (o'neill: neill)."""
    return re.sub(r"^o['’]", "", word)


@functools.cache
def _next_word() -> re.Pattern[str]:
    """The capitalised word one space after a name (a run of spaces or a tab splits a form's
    columns), with a particle before it where a naming tradition has one (Rhys ap Gwilym,
    Maria de Souza; the particles are in the rules)."""
    return re.compile(r" ((?:" + rules().name_particle.pattern + r" )?"
                      r"(?:[OD]['’](?=[A-Z]))?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)(?![^\W\d_])")
# A form's field label before a name, from the start of its cell ("Member: ", "Parent/carer
# contact: "), and where the cell ends after the name: the line's end, a tab, a column gap,
# a table's bar or a phone number, the cell's next value.
_LABEL_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=\t)|(?<=\|)|(?<= {2}))[ \t]*[^\W\d_][^:\n|\t]{0,40}"
                           r":[ \t]*$")
_CELL_END = re.compile(r"[ \t]*(?:\n|$|\|)|\t| {2}| (?:\+|0)\d{3}")


def _surname_ends_cell(text: str, span: RedactedSpan, after: re.Match[str]) -> bool:
    """Whether the ordinary word after a first name of the tables is the surname of a form
    field's whole value ("Member: Kayla Brook", "Contact: Dionne Brook 07700 900 123"): a
    label before the first name and the cell's end after the word, so the cell holds a
    person's name and nothing else (not "Child: Amelia Year 3", "Seen Jack Today").
    Family: surnames that are words (Brook, Grange, Croft) as a form field's value."""
    return (" " not in span.text and span.text.lower() in rules().first_names
            and span.text[:1].isupper() and not span.text.isupper()
            and _LABEL_BEFORE.search(text[line_start(text, span.start):span.start]) is not None
            and _CELL_END.match(text, after.end(1)) is not None)


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]+)*) $")
# A verb's or an adverb's ending: a sentence's first word that is a thing done, not a name
# ("Contacted Raval", "Visiting Khan"; names with these endings, Ahmed, are in the tables).
_DONE_ENDING = re.compile(r".*(?:ed|ing|ly)")


def _opens_with_first_name(text: str, start: int, end: int, span: RedactedSpan) -> bool:
    """Whether the capitalised word at [start, end), opening a sentence or a line, is the
    first name of the found surname after it ("Ashok Raval NI no. ...", "Ji-woo Park's
    eVisa", "Snow Nguyen (DOB ...)"): no role, label, place or verb's form, and no
    ordinary word unless it is a name of the tables too and a strong cue follows the surname (an
    age or DOB in brackets, 's and a family word; not "Later Bunny's nan"). Family:
    unknown first names where the sentence starts, which the mid-sentence rule leaves out."""
    found = rules()
    word = text[start:end]
    if (start != sentence_start(text, start) or word.isupper() or span.text.isupper()
            or not span.text[:1].isupper() or word.lower() in found.not_names
            or not_a_name(word) or _DONE_ENDING.fullmatch(word.lower())
            or found.opening_not_first_name.fullmatch(word)
            or used_as_word(text, start, end, False)):
        return False
    lower = word.lower()
    if not any(part in found.common_words for part in lower.split("-")):
        return True
    return (found.in_name_tables(lower) or lower in found.names_that_are_words) and (
        found.strong_after.match(text, span.end) is not None)


def name_parts(spans: Iterable[RedactedSpan]) -> set[str]:
    """The names a record is known to hold: each found name whole and each of its words
    and hyphenated parts (Jo Smith-Ali: Jo, Smith-Ali, Smith, Ali)."""
    parts: set[str] = set()
    for span in spans:
        for word in _WORD.findall(span.text):
            parts.add(word)
            parts.update(part for part in word.split("-") if len(part) > 1)
    return parts


def known_name_spans(text: str, names: Iterable[str],
                     lower_case_words: Collection[str] | None = None) -> list[RedactedSpan]:
    """Every mention of names the record is known to hold (its family list, or names found
    anywhere in it), in one pass over the text. A name that is also a word (Hope, Rose,
    Bill) matches only with a capital, so it is not redacted where it is used as the word,
    except on a line with no capitals at all (a shorthand note: "msg from dean"); other
    names match in lower case too. For names found in the record itself, lower_case_words
    are the only words matched in lower case: those the record also wrote in lower case as
    a name ("re taylor (15) ... taylor in back seat"); a name found with a capital says
    nothing of the word in lower case ("I hope", "will ring tmrw")."""
    words = rules().common_words
    wanted = {n.strip().lower() for n in names if n and n.strip() and len(n.strip()) > 1}
    if not wanted:
        return []
    ordered = sorted(wanted, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        re.escape(name) for name in ordered) + r")(?![\w-])", re.IGNORECASE)
    found = (word_runs.alternation_matches(text, pattern, ordered, _OneName())
             if len(text) >= word_runs.INDEX_FROM else None)
    spans = []
    for match in pattern.finditer(text) if found is None else found:
        form, start = match.group(), match.start()
        is_word = form.lower() in words or (" " not in form and any(
            part in words for part in form.lower().split("-")))
        if form[0].islower() and is_word and (
                not in_lower_case_line(text, start)
                or (lower_case_words is not None and form.lower() not in lower_case_words)):
            continue
        if form[0].islower() and form != form.lower():
            continue  # mixed case inside a word: not a name as written
        if form[0].islower() and _word_place(text, start, match.end()):
            continue  # "smelled of jasmine", "a known punter": the word, not the name
        if not used_as_word(text, start, match.end(), is_word):
            spans.append(RedactedSpan(start, match.end(), "NAME", form))
    return spans


_VOWEL = re.compile(r"[aeiouy]")


def short_forms(parts: Iterable[str]) -> set[str]:
    """The short forms cut from the front of the record's found first names, as a note
    writes them once the full name is known ("Is Gavin ok ... gav will b here", Stuart
    and stu): the first three and four letters of a capitalised first name of the tables
    of five letters or more, when that cut is no English word (CMU), no ordinary word,
    role or label, and no month's or weekday's short form (Decl-an: Dec). Family: every
    mention of a name once one mention is known."""
    found = rules()
    forms = set()
    for part in parts:
        lower = part.lower()
        if (len(part) < 5 or not part[:1].isupper() or part.isupper() or not lower.isalpha()
                or lower not in found.first_names or lower in found.common_words):
            continue
        for cut in (lower[:3], lower[:4]):
            if (_VOWEL.search(cut) and cut not in cmu_words() and cut not in found.common_words
                    and cut not in found.not_names
                    and found.month_word.fullmatch(cut) is None
                    and found.weekday_short.fullmatch(cut.title()) is None):
                forms.add(cut)
    return forms


class _OneName(dict):  # type: ignore[type-arg]
    """One known name's pattern alone, with known_name_spans' lookarounds and flag."""

    def __missing__(self, name: str) -> re.Pattern[str]:
        return _one_name(name)


@functools.lru_cache(maxsize=8192)
def _one_name(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)


def _word_place(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at [start, end), in a sentence written with capitals, stands
    where an ordinary word stands and a name does not: after a determiner or a possessive,
    or after a preposition, a copula or a number unless 's follows ("smelled of jasmine",
    "a known punter", "two hundred sterling"; not "mum gemma", "tell courtney", "on
    kyle's"). Family: every mention of a found name spreading to the word it also is."""
    if in_lower_case_line(text, start):
        return False
    before = rules().lower_case_word_before.search(text, max(0, start - 30), start)
    return before is not None and not (before.group("loose")
                                       and text[end:end + 1] in ("'", "’"))


def family_name_spans(text: str, family_names: Iterable[str]) -> list[RedactedSpan]:
    """Where the record's own family names occur (see :func:`known_name_spans`)."""
    return known_name_spans(text, family_names)


# A speaker's label at the start of a line of a copied message thread, a chat export or a
# transcript, after the message's time if it has one, of one to three capitalised words
# ("Kaz: u coming out", '"Aliyah: cant mums in', "[09:14] Olu Bankole: anyone know",
# "14:02 Lyn Foster: Hi Gav").
# A speaker's line: a time stamp, with the date before it as a chat app's export writes
# it ("[12/02/2025, 21:14] Shaz:"), then the speaker and a colon.
_SPEAKER = re.compile(r"^[ \t]*(?:\[?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+)?"
                      r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?\]?[ \t]*(?:[-–][ \t]*)?)?"
                      r"[\"“]?([A-Z][^\W\d_'’-]*(?:[-'’][A-Z]?[^\W\d_]+)*"
                      r"(?:[ ][A-Z][^\W\d_'’-]*(?:[-'’][A-Z]?[^\W\d_]+)*){0,2})[ \t]*:[ \t]",
                      re.MULTILINE)


def _texting(text: str, start: int) -> bool:
    """Whether the message that starts at ``start`` reads as a text, not a form's value: it
    opens in lower case or its line ends in a question mark ("where are u", "you ok?"; not
    "Jane Doe", "Present")."""
    end = text.find("\n", start)
    message = text[start:end if end != -1 else len(text)].strip()
    return bool(message) and (message[0].islower() or message.endswith("?"))


def speaker_name_spans(text: str, known: Iterable[str]) -> list[RedactedSpan]:
    """The speakers of a message thread or a transcript: where one line's speaker is a name
    found elsewhere in the text, or a family word or the phone's owner texting
    (``thread_speaker``: "Mum: where are u", "Me: ok") with another speaker's line, or
    two lines or more carry a message's time, the other speakers are names too, unless
    they are ordinary words, roles or labels (Plan:, Address:, Mum:). A chat app's date
    without its year ("[09/05, 07:12] Abdulkarim:") times a line as one with it does.
    Family: speakers of a copied thread that no table knows."""
    labels = list(_SPEAKER.finditer(text))
    names = {name.lower() for name in known}
    found = rules()
    timed = [label for label in labels if any(ch.isdigit() for ch in label.group()[
        :label.start(1) - label.start()])]
    if not any(word.lower() in names for label in labels for word in label.group(1).split(" ")
               ) and not (len(labels) > 1 and any(
                   found.thread_speaker.fullmatch(label.group(1))
                   and _texting(text, label.end()) for label in labels)
               ) and len(timed) < 2:
        return []

    def speaker(label: re.Match[str]) -> bool:
        """Each word a name nobody listed (see _plain_name) or a name of the tables that is
        no ordinary word (Jo, Ng)."""
        start = label.start(1)
        for word in label.group(1).split(" "):
            lower = word.lower()
            if not (_plain_name(text, start, start + len(word)) or (
                    found.in_name_tables(lower)
                    and lower not in found.common_words and not not_a_name(word))):
                return False
            start += len(word) + 1
        return True

    return [RedactedSpan(label.start(1), label.end(1), "NAME", label.group(1))
            for label in labels if speaker(label)]


def _place_extent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest run of the place table that opens at the span's start, or that holds
    the whole span (Thornton Heath for "Heath", Milton Keynes, Builth Wells), as (start,
    end); None when no place opens or holds it. A place's words are capitalised words
    joined by a space, a hyphen or the small words of place_joiner ("Barking and Dagenham",
    "Stockton-on-Tees")."""
    found = rules()
    offset = max(0, start - 30)
    words = [m.span() for m in _PLACE_WORD.finditer(text, offset, min(len(text), end + 40))]
    best: tuple[int, int] | None = None
    for i, (a, _) in enumerate(words):
        if a > start:
            break
        for j in range(i, min(i + 5, len(words))):
            if j > i and not found.place_joiner.fullmatch(text, words[j - 1][1], words[j][0]):
                break
            b = words[j][1]
            if text[b - 2:b] in ("'s", "’s") and b - 2 >= end:
                b -= 2  # "Camden's plan": the place before its 's
            phrase = text[a:b].lower()
            if ((a == start or b >= end)
                    and (phrase in found.places or phrase.replace("-", " ") in found.places)
                    and (best is None or b - a > best[1] - best[0])):
                best = (a, b)
    return best


_PLACE_WORD = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][^\W\d_]*(?:['’][^\W\d_]+)?")


def _name_word(word: str, place: str) -> bool:
    """Whether a capitalised word beside a place could be a person's name: no place, role
    or acronym (YJS, but in a name in capitals any word counts: BRANDON LEE HIRST; a place
    that is also a person's name counts: Lee), and a word of the name tables or no English
    word (Grant, Ravouvou; not Harbour, Police)."""
    found = rules()
    lower = word.lower()
    if word.isupper() and not place.isupper():
        return False
    return (lower not in found.places or lower in found.place_person_names) and (
        not not_a_name(word)) and (
        found.in_name_tables(lower) or lower not in cmu_words())


def names_a_place(text: str, span: RedactedSpan) -> bool:
    """Whether a "name" found by the model, a pattern or the tables is a place or a people
    of the place table (names/places.txt: GeoNames's towns and districts, areas of local
    government, peoples and languages), not a person: a place opens it and the rest of it
    is no name ("Islington", "Harrow YJS", "Dagenham MASH - police", "Guildford - Mexican";
    not "Winston Grant", "Mere Ravouvou"), or it is one word of a longer place (Thornton
    Heath). A one-word place that is also a person's name (place_person_names.txt:
    Kingston, Skye, Holt, Karen) is a place only with a place's cue beside it ("from
    Kingston", "University of Kent", "Brent Early Help", "Karen community worker", a
    record's title "Camden - interpreter-assisted visit"); any place stays a name with a
    name's cue (Mr Bolton, HHJ Fairlie, Bolton said, Bolton (6), Jack Bolton), except a
    place no first name of the tables before 's and a council's own thing ("Camden's
    plan", "Bolton's threshold document": ``authority_after``). Family: towns, boroughs,
    counties and peoples read as names, and a council as a possessive."""
    found = rules()
    extent = _place_extent(text, span.start, span.end)
    if extent is None:
        return False
    start, end = extent
    place = text[start:end]
    if any(_name_word(word, place) for word in _PLACE_WORD.findall(text, end,
                                                                    max(end, span.end))):
        return False  # "Winston Grant", "Mere Ravouvou": a first name and a surname
    before = text[max(0, start - 40):start]
    if (found.authority_after.match(text, end) is not None
            and text[start:end].lower() not in found.first_names
            and not found.strong_before.search(before)):
        return True  # "Camden's plan", "Sefton's threshold": the council's
    if (found.strong_before.search(before) or found.professional_before.search(before)
            or found.strong_after.match(text, end) or found.person_slot_after.match(text, end)
            or (text[end:end + 1] not in ("'", "’")
                and found.reporting_after.match(text, end) is not None)):
        return False
    previous = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if previous and previous.group(1).lower() in found.first_names and (
            previous.group(1).lower() not in found.common_words):
        return False  # "Jack Bolton" when only the surname was found
    word = text[start:end]
    if " " in word or word.lower() not in found.place_person_names:
        return True
    following = _next_word().match(text, end)
    if following and _name_word(following.group(1), word):
        return False  # "BRANDON LEE HIRST" when only the first name was found
    title = start == 0 and "\n" in text and re.match(r"[ \t]+[-–][ \t]", text[end:])
    return bool(title or found.place_cue_before.search(before)
                or found.place_cue_after.match(text[end:end + 40]))
