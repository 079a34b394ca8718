"""Who a wording flag is about: a person in the family or their network, or a thing, a
place, an organisation or a service ("the council refused", "the top shelf is hard to
reach"). Words are data: ``data/people.yaml``.

One question, two ways of answering it: from the dependency parse when the Doc has one
(the accurate profile: the word's subject or the noun it describes), and from the words
around it when it does not (the fast profile: the noun phrase just before its verb group,
or the noun after it when it is used attributively). Either way the answer is "a thing"
only when a target was found and nothing in it names a person; otherwise the word stays
flagged.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sos_lang.settings import load_yaml


@dataclass(frozen=True)
class PeopleRules:
    person_words: frozenset[str]
    titles: frozenset[str]
    verb_group: frozenset[str]
    determiners: frozenset[str]
    boundaries: frozenset[str]
    climb: frozenset[str]
    degree: frozenset[str]
    not_a_noun_after: frozenset[str]
    no_target: frozenset[str]
    relative_words: frozenset[str]
    not_an_object: frozenset[str]
    personal_nouns: frozenset[str]
    conditions: frozenset[str]
    judgement_nouns: frozenset[str]
    pronouns: frozenset[str] = frozenset()
    collectives: frozenset[str] = frozenset()
    singular_pronouns: frozenset[str] = frozenset()
    describing_verbs: frozenset[str] = frozenset()
    passive_be: frozenset[str] = frozenset()
    children: frozenset[str] = frozenset()
    family_places: frozenset[str] = frozenset()
    adult_choices: frozenset[str] = frozenset()
    presenting_verbs: frozenset[str] = frozenset()
    feeling_verbs: frozenset[str] = frozenset()
    linking_verbs: frozenset[str] = frozenset()


@functools.cache
def people_rules() -> PeopleRules:
    data = load_yaml("people.yaml")

    def words(*keys: str) -> frozenset[str]:
        found = [word for key in keys for word in data[key]]
        not_words = [word for word in found if not isinstance(word, str)]
        if not_words:  # YAML reads a bare on, off, yes or no as a boolean: quote it
            raise ValueError(f"people.yaml {', '.join(keys)}: {not_words} are not words")
        return frozenset(word.lower() for word in found)

    return PeopleRules(person_words=words("family", "network", "pronouns", "titles",
                                          "family_places"),
                       titles=words("titles"), verb_group=words("verb_group"),
                       determiners=words("determiners"), boundaries=words("boundaries"),
                       climb=words("climb"), degree=words("degree"),
                       not_a_noun_after=words("not_a_noun_after"),
                       no_target=words("no_target"),
                       relative_words=words("relative_words"),
                       not_an_object=words("not_an_object"),
                       personal_nouns=words("personal_nouns"),
                       conditions=words("conditions"),
                       judgement_nouns=words("judgement_nouns"),
                       singular_pronouns=words("singular_pronouns"),
                       pronouns=words("pronouns", "titles"),
                       collectives=words("collectives"),
                       describing_verbs=words("describing_verbs"),
                       passive_be=words("passive_be"),
                       children=words("children"),
                       family_places=words("family_places"),
                       adult_choices=words("adult_choices"),
                       presenting_verbs=words("presenting_verbs"),
                       feeling_verbs=words("feeling_verbs"),
                       linking_verbs=words("linking_verbs"))


def person_words() -> frozenset[str]:
    """Family and network words, personal pronouns and titles, lower case."""
    return people_rules().person_words


def names_a_person(token: Token) -> bool:
    """The token names a person: a family, network or pronoun word, a name after a title,
    a single capital letter (shorthand for a person: "M" for Mum), or a capitalised word
    with no determiner before it that is in the name tables (Grace), is no English word
    at all (Kacper), or opens its sentence with a person's pronoun after it ("Saffron ...
    sent her back")."""
    rules = people_rules()
    lower = token.lower_
    if lower in rules.person_words:
        return True
    if len(token.text) == 1 and token.text.isupper() and lower not in rules.determiners:
        return True  # an initial standing for a person in shorthand ("M non-compliant")
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if previous.rstrip(".") in rules.titles:
        return True
    if not token.text[:1].isupper() or not token.text[1:].islower() or (
            previous in rules.determiners) or _in_a_named_thing(token, rules):
        return False  # "the Court", "the Council": an organisation
    from sos_lang.readability import cmu_words
    from sos_lang.redact.rules import rules as name_rules

    tables = name_rules()
    return (tables.in_name_tables(lower) or lower not in cmu_words()
            or (_opens_sentence(token) and lower not in rules.determiners
                and _pronoun_follows(token, rules)))


def _pronoun_follows(token: Token, rules: PeopleRules) -> bool:
    """A person's singular pronoun follows the word in its sentence ("Saffron has been
    disruptive ..., and the teacher sent her back"): the word opening the sentence is a
    name the tables lack, not a thing (a thing is "it")."""
    sentence = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    return any(other.lower_ in rules.singular_pronouns
               for other in token.doc[token.i + 1:sentence.end])


def _in_a_named_thing(token: Token, rules: PeopleRules) -> bool:
    """The token is in a run of capitalised words that a determiner opens ("the Boxing Day
    sales", "the Berwick office", "The Holy Island causeway"): the name of a thing, an event
    or a place, as "the Court" is, not a person, though a word of it is a surname (Day)."""
    index = token.i - 1
    while index >= 0 and token.doc[index].is_title and index > token.i - 4 and (
            token.doc[index].lower_ not in rules.determiners):
        index -= 1
    return index < token.i - 1 and index >= 0 and token.doc[index].lower_ in rules.determiners


# --- fast: the words around the term ---------------------------------------------------------

def _noun_phrase_before(doc: Doc, end: int, rules: PeopleRules) -> list[Token]:
    """The tokens of the noun phrase ending at index end - 1, back to its determiner or
    possessive (kept: "his behaviour", "Mum's partner") or a boundary (dropped). A hyphen
    inside a word is no boundary ("the third-floor flat", "the out-of-hours clinic"), nor
    are the words it joins ("out", "of")."""
    phrase: list[Token] = []
    index = end - 1
    while index >= 0 and len(phrase) < 8:
        token = doc[index]
        if _in_hyphenated_word(token):
            phrase.append(token)
            index -= 1
            continue
        if token.lower_ in rules.boundaries or token.is_space or (
                token.lower_ in rules.not_a_noun_after):
            break
        phrase.append(token)
        if token.lower_ in rules.determiners and token.is_alpha:
            break  # "the", "his"; a possessive 's goes on to its owner (Mum's partner)
        index -= 1
    return phrase


def joining_hyphen(token: Token) -> bool:
    """A hyphen written without spaces between two words ("third-floor")."""
    return (token.text in ("-", "‐") and not token.whitespace_ and token.i > 0
            and not token.doc[token.i - 1].whitespace_ and token.i + 1 < len(token.doc))


def _in_hyphenated_word(token: Token) -> bool:
    """The token is such a hyphen, or a word joined to the next one by it ("out" and "of"
    in "out-of-hours")."""
    doc = token.doc
    return joining_hyphen(token) or (not token.whitespace_ and token.i + 1 < len(doc)
                                      and joining_hyphen(doc[token.i + 1]))


_DESCRIBED_REACH = 10
"""How far before "as" the verb of describing is looked for."""


_COORDINATED_LABELS = 5
"""How many tokens of coordinated labels ("manipulative and", "rude, loud and") are skipped
back to the "as" of a verb of describing."""


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _a_lower_word_part(token: Token) -> bool:
    """A lower-case word, or a hyphen inside one ("hot-headed", which the tokeniser splits):
    a coordinated label may be hyphenated ("Dad is hot-headed and short-tempered")."""
    return (token.is_alpha and token.is_lower) or (
        token.text in _HYPHENS and not token.whitespace_ and token.i > 0
        and not token.doc[token.i - 1].whitespace_)


def _before_coordinated_labels(doc: Doc, index: int) -> int:
    """Where "as" would stand before a coordination of labels that ends at index ("described
    Mum as manipulative and needy": from "and" back over "manipulative" to "as"): the index of
    "as" when lower-case words, commas and "and"/"or" alone lead back to it, else index.
    Family: the second of two coordinated labels after "described X as" was read as about
    the clause's subject (lexicon_dev20 lt12-089, accurate)."""
    if index < 0 or doc[index].lower_ not in _COORDINATORS:
        return index
    at = index - 1
    while at >= 0 and index - at <= _COORDINATED_LABELS:
        token = doc[at]
        if token.lower_ == "as":
            return at
        if not (token.lower_ in _COORDINATORS or _a_lower_word_part(token)):
            return index
        at -= 1
    return index


def _described_as(span: Span) -> list[Token] | None:
    """The object of a verb of describing when the term follows it after "as" ("described
    the class trip ... as chaotic" is about the trip, "described Mum as chaotic" about Mum):
    the words between the verb and "as", none of them a boundary; None otherwise. The same
    in both profiles, from the words."""
    rules = people_rules()
    doc = span.doc
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in rules.degree:
        before -= 1
    before = _before_coordinated_labels(doc, before)
    if before < 2 or doc[before].lower_ != "as":
        return None
    for index in range(before - 1, max(-1, before - 1 - _DESCRIBED_REACH), -1):
        token = doc[index]
        if token.lower_ in rules.describing_verbs:
            if index > 0 and doc[index - 1].lower_ in rules.passive_be:
                return None  # "Dad was described by the chair as ...": about the subject
            return list(doc[index + 1:before]) or None
        if token.is_punct or token.is_space or (
                token.lower_ in rules.boundaries and token.lower_ not in rules.determiners):
            return None
    return None


def target_by_tokens(span: Span) -> list[Token] | None:
    """Fast profile: the words the term is about, or None when they cannot be told. After a
    determiner or a preposition it is part of a noun phrase: about the noun phrase after it
    when it is used attributively ("a lazy afternoon", "a manipulative young person"),
    otherwise a judgement in its own right ("a failure to protect", "history of poor
    parenting"). Otherwise it is about the noun phrase just before its verb group ("The
    weather was volatile", "Ms Young has not once refused"), or before the relative clause
    that ends it ("The farm where Dad lives is hard to reach"), when that phrase opens with a
    determiner or is one capitalised word that is not a name ("Heating failed to")."""
    described = _described_as(span)
    if described is not None:
        return described
    rules = people_rules()
    doc = span.doc
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in rules.degree:
        before -= 1
    if before >= 0 and (doc[before].lower_ in rules.determiners
                        or doc[before].lower_ in rules.not_a_noun_after):
        following = _noun_phrase_after(doc, span.end, rules)
        if doc[before].lower_ not in rules.determiners or not following or any(
                token.lower_ == "to" for token in span):
            return None  # a judgement in its own right: "a failure to protect"
        owner_end = before
        while owner_end > 0 and doc[owner_end - 1].lower_ in rules.verb_group:
            owner_end -= 1
        verb = owner_end - 1  # "Mum leads a chaotic lifestyle": the lifestyle is hers
        owner = _noun_phrase_before(doc, verb, rules) if verb > 0 and (
            doc[verb].lower_ not in rules.not_a_noun_after) else []
        # after a preposition the phrase is no object and has no owner, as in the parse:
        # "The family live in a volatile part of the flood plain" is about the part
        if owner_end < before and owner_end > 0:
            subject = _noun_phrase_before(doc, owner_end, rules)  # "arthritis is the ... kind"
            if any(token.lower_ in rules.conditions for token in subject):
                owner = subject
        return following + owner
    index = _before_coordinated(doc, span.start - 1, rules)
    while index >= 0 and (doc[index].lower_ in rules.verb_group or _adverb(doc[index], rules)):
        index -= 1
    if index < 0:
        return None  # nothing before it: "refused the visit" opening a shorthand line
    phrase = _noun_phrase_before(doc, index + 1, rules)
    opens = index + 1 - len(phrase)
    if phrase and phrase[-1].lower_ not in rules.determiners and opens > 0 and (
            doc[opens - 1].lower_ in rules.relative_words):
        phrase = _noun_phrase_before(doc, opens - 1, rules)  # "The farm where Dad lives is"
    if not phrase or any(token.lower_ in rules.no_target for token in phrase):
        return None
    if any(token.lower_ in rules.conditions for token in phrase):
        return phrase  # an illness, whoever has it: "Gran's cancer is aggressive"
    phrase = _head_before_preposition(doc, phrase, rules)
    opener = phrase[-1]
    if opener.lower_ in rules.determiners or (len(phrase) == 1 and opener.is_title
                                              and _opens_sentence(opener)) or (
            _possessed_noun(opener, span) is not None):
        return phrase  # an owner opens it as a determiner would: "Reuben's football team"
    return None


_MAX_PREPOSITIONS = 2
"""How many prepositional phrases after a head noun the walk left to it crosses."""


def _head_before_preposition(doc: Doc, phrase: list[Token], rules: PeopleRules) -> list[Token]:
    """The noun phrase that a phrase after a preposition hangs on ("The fire doors at Heath
    View were", "The brake cable on his bike has", "Mum at the meeting was"): the head
    noun phrase, as the parse's subject is, without the place or owner after it; the
    phrase itself when no preposition opens it."""
    head = phrase
    for _ in range(_MAX_PREPOSITIONS):
        opens = head[-1].i
        if opens < 2 or doc[opens - 1].lower_ not in rules.not_a_noun_after:
            break
        before = _noun_phrase_before(doc, opens - 1, rules)
        if not before or (doc[opens - 1].lower_ == "to"
                          and before[-1].lower_ not in rules.determiners):
            break  # "to" after a noun phrase that a determiner opens: "the causeway to"
        head = before
    return head


_COORDINATORS = frozenset({"and", "or", ","})
_MAX_COORDINATED = 6
"""How many tokens of coordinated words ("slow, rude and") are skipped back to a verb."""


def _before_coordinated(doc: Doc, index: int, rules: PeopleRules) -> int:
    """Where the walk left to the subject goes on from a word that ends a coordination of
    predicates ("The housing association has been slow and uncooperative": from "and" back
    over "slow" to "been"): the index of the verb-group word before the coordinated words,
    or index itself when the words before it are no such coordination."""
    if index < 0 or doc[index].lower_ not in _COORDINATORS:
        return index
    at = index
    while at >= 0 and index - at < _MAX_COORDINATED:
        token = doc[at]
        if token.lower_ in rules.verb_group and at < index - 1:
            return at
        if not (token.lower_ in _COORDINATORS or _a_lower_word_part(token)):
            return index
        at -= 1
    return index


def _noun_phrase_after(doc: Doc, start: int, rules: PeopleRules) -> list[Token]:
    """Up to three words after the term that can be the noun it describes ("young person"),
    stopping at a boundary, a verb-group word, a preposition or a determiner."""
    phrase: list[Token] = []
    for token in doc[start:start + 3]:
        if not token.is_alpha or {token.lower_} & (
                rules.boundaries | rules.verb_group | rules.not_a_noun_after
                | rules.determiners):
            break
        phrase.append(token)
    return phrase


def _opens_sentence(token: Token) -> bool:
    return token.i == 0 or bool(token.is_sent_start)


def _adverb(token: Token, rules: PeopleRules) -> bool:
    """A lower-case -ly word that names no one (repeatedly, not family or Emily)."""
    return (token.is_alpha and token.is_lower and token.lower_.endswith("ly")
            and token.lower_ not in rules.person_words)


# --- accurate: the parse -------------------------------------------------------------------

def _phrase_of(noun: Token) -> list[Token]:
    """A noun with its compounds, possessors and title ("Mum's partner", "his behaviour",
    "Ms Young")."""
    phrase = [noun]
    for child in noun.children:
        if child.dep_ in ("compound", "poss", "nmod", "det") and child.i < noun.i:
            phrase.extend(child.subtree)
    return phrase


def target_by_parse(span: Span) -> list[Token] | None:
    """Accurate profile: the noun the term describes (amod: "a lazy afternoon") or the
    subject of the clause it belongs to ("The council refused", "The weather was
    volatile"), climbing through complements and conjuncts; a relative pronoun subject is
    the noun its clause describes. None when there is no such noun."""
    described = _described_as(span)
    if described is not None:
        return described
    rules = people_rules()
    token = span.root
    if token.dep_ == "cc" and len(span) > 1:
        token = span[1:].root  # "and difficult": the word, not its conjunction
    if token.dep_ == "amod" and token.head.dep_ not in ("prep", "agent"):
        noun = token.head
        if noun.dep_ not in ("dobj", "attr") or noun.head.dep_ == "relcl" or (
                noun.dep_ == "dobj" and noun.head.lower_ in rules.verb_group) or (
                noun.head.dep_ != "xcomp" and not any(
                    child.dep_ in ("nsubj", "nsubjpass", "expl")
                    for child in noun.head.children)):
            return _phrase_of(noun)  # no subject of its own (only "to have" borrows one):
        # nor the object of "has", a verb group's word, as fast finds no owner there ("Gran
        # has a lazy eye" is about the eye; "Dad is an aggressive driver" keeps its owner)
        # its owner is not another clause's subject ("Sunday was a lazy afternoon: the
        # boys played"), as the words before the verb give none in fast either
        owner = target_by_parse(noun.doc[noun.head.i:noun.head.i + 1])  # "Mum has chaotic
        return _phrase_of(noun) + (owner or [])  # routines": the routines are hers
    before = span.start - 1
    while before >= 0 and span.doc[before].lower_ in rules.degree:
        before -= 1
    if token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound",
                      "poss", "conj") and before >= 0 and (
            span.doc[before].lower_ in rules.determiners
            or span.doc[before].lower_ in rules.not_a_noun_after):
        return None  # a judgement in its own right: "a failure to protect", "history of"
    opening = [child for child in token.children
               if child.dep_ in ("det", "poss", "compound", "amod", "nmod") and child.i < token.i]
    if token.dep_ != "pobj" and any(child.dep_ in ("det", "poss") for child in opening):
        # the word heads a noun phrase a determiner or an owner opens, as the fast rule
        # reads the phrase before it ("Dad made an insurance claim", "The new cot
        # complies", parsed as a noun): that phrase, not the clause's subject; after a
        # preposition a phrase has no owner ("arrived at the club unkempt", misparsed)
        return [word for child in opening for word in child.subtree]
    for _ in range(6):
        subjects = [child for child in token.children
                    if child.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects:
            subject = subjects[0]
            if subject.dep_ == "expl" or subject.lower_ in rules.no_target:
                return None
            if not any(child.dep_ in ("det", "poss") for child in subject.children) and not (
                    subject.is_title and _opens_sentence(subject)) and not (
                    names_a_person(subject)):
                return None  # as the fast rule: a thing needs "the", "a", "his" ...
            if subject.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                return _phrase_of(token.head)
            return _phrase_of(subject)
        if token.dep_ in ("relcl", "acl"):
            return _phrase_of(token.head)  # a participle describes its noun, as the fast
            # rule's phrase before it: "A firefighter exposed to smoke" is about him
        if token.dep_ not in rules.climb or token.head is token:
            return None
        token = token.head
    return None


# --- the object of a transitive use -------------------------------------------------------

def object_by_parse(span: Span) -> list[Token] | None:
    """Accurate profile: the direct object of the term ("engaging local businesses"), with
    its compounds and modifiers, or None when it has none."""
    objects = [child for child in span.root.children if child.dep_ == "dobj"]
    if not objects:
        return None
    return [token for token in objects[0].subtree if token.i < objects[0].i] + [objects[0]]


def object_by_tokens(span: Span) -> list[Token] | None:
    """Fast profile: the noun phrase after the term when a determiner opens it ("engaged a
    solicitor", "engages the child locks"), or two lower-case words or more that are no
    adverb, time or degree ("engaging local businesses"; not "engaged well", "engaged
    every week"), or None."""
    rules = people_rules()
    doc = span.doc
    if span.end >= len(doc):
        return None
    if doc[span.end].lower_ in rules.determiners:
        return [doc[span.end], *_noun_phrase_after(doc, span.end + 1, rules)]
    phrase = _noun_phrase_after(doc, span.end, rules)
    if len(phrase) < 2 or any(not token.is_lower or token.lower_.endswith("ly")
                              or token.lower_ in rules.not_an_object or token.lower_ in rules.degree
                              for token in phrase):
        return None
    return phrase  # a modifier and a noun: "engaging local businesses"


def object_names_no_person(span: Span, parsed: bool) -> bool:
    """The term is used transitively and its object names no one ("engaging local
    businesses", "engaged a solicitor", "engage the handbrake"): the verb's other sense (to
    involve, to hire, to work a thing), not a person taking part with a service."""
    rules = people_rules()
    target = object_by_parse(span) if parsed else object_by_tokens(span)
    if not target or (len(target) == 1 and target[0].lower_ in rules.determiners):
        return False
    return not any(names_a_person(token) or token.lower_ in rules.personal_nouns
                   for token in target)


def object_names_a_person(span: Span, parsed: bool) -> bool:
    """The term's object names someone ("engaged the family", "engage him")."""
    target = object_by_parse(span) if parsed else object_by_tokens(span)
    if not parsed and span.end < len(span.doc) and not target:
        target = [span.doc[span.end]]  # a pronoun or a name straight after: "engage him"
    return bool(target) and any(names_a_person(token) for token in target)


_COMPLEMENT_WORDS = 4
"""How many words after "of" or "for" are read for the complement of a noun."""


def complement_names_no_person(span: Span, prepositions: tuple[str, ...] = ("of", "for")
                               ) -> bool:
    """The term is followed by "of" or "for" (or only those prepositions given) and a
    complement that names no one: an instance or a purpose ("three cases of scarlet fever",
    "not a case for antibiotics"), not a person's case ("the cases of both children"). The
    same in both profiles, from the words."""
    rules = people_rules()
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in prepositions:
        return False
    words: list[Token] = []
    for token in doc[span.end + 1:span.end + 1 + _COMPLEMENT_WORDS]:
        if token.is_punct or token.is_space or (
                token.lower_ in rules.boundaries and token.lower_ not in rules.determiners) or (
                words and token.lower_ in rules.not_a_noun_after):
            break  # the complement's own noun phrase: "cases of scarlet fever at Lily's"
        if words and _opens_a_reduced_relative(words[-1], token, rules):
            break  # "the case of apples Dad brought": Dad is the relative clause's subject
        words.append(token)
    if "year-old" in doc[span.end + 1:span.end + 1 + _AGE_WORDS].text.lower().replace(" ", ""):
        return False  # "the placement of a six-year-old": an age names a child
    content = [token for token in words if token.is_alpha
               and token.lower_ not in rules.determiners and token.lower_ not in rules.degree]
    return bool(content) and not any(
        names_a_person(token) or token.lower_ in rules.personal_nouns for token in words)


_AGE_WORDS = 7
"""Tokens after "of" to look through for an age that names a child ("a three - year - old")."""


def _opens_a_reduced_relative(previous: Token, token: Token, rules: PeopleRules) -> bool:
    """A capitalised word naming a person right after a plural common noun opens a relative
    clause without "that" ("a case of apples Dad brought", "cases of measles Leo caught"):
    the person is that clause's subject, not part of the complement, since a plural noun
    does not modify a name. From the words, in both profiles."""
    plural = previous.is_alpha and previous.is_lower and previous.lower_.endswith("s") and (
        not previous.lower_.endswith("ss")) and previous.lower_ not in rules.personal_nouns
    # a plural that names people keeps their names ("the cases of siblings Leo and Mia")
    return plural and token.text[:1].isupper() and names_a_person(token) and (
        not names_a_person(previous))


# --- the answer ------------------------------------------------------------------------------

def _modifier_of_a_thing(token: Token, among: list[Token], term_at: int = -1) -> bool:
    """A family or network word written before a thing's noun as its modifier, not its
    possessor ("the family farm", "the family car", "the baby monitor"): the word after it,
    also among the words read, is a lower-case noun that names no one and none of a
    person's ways (not "the family home", "family life", "the parent group") and ends its
    noun phrase before a verb group, a preposition or a boundary (not "the family remain",
    "the youth pastor allowed", where the word after is a verb or the phrase goes on), so
    the phrase names the thing. term_at is where the term starts when the phrase is a place
    just before it ("The printer at the family hub failed to"): the term ends it too."""
    rules = people_rules()
    doc = token.doc
    if token.lower_ not in rules.person_words or token.lower_ in rules.pronouns or (
            token.i + 1 >= len(doc)):
        return False
    after = doc[token.i + 1]
    if after.i + 1 < len(doc):  # the noun ends its phrase: a verb group, a preposition or
        ends = doc[after.i + 1]  # a boundary follows ("the family car was"), not the term
        if not (ends.is_punct or ends.is_space or ends.lower_ in rules.verb_group
                or ends.lower_ in rules.boundaries or ends.lower_ in rules.not_a_noun_after
                or ends.i == term_at):
            return False  # or a verb: "the family remain", "the youth pastor allowed"
    return (after in among and after.is_alpha and after.is_lower
            and after.lower_ not in rules.person_words
            and after.lower_ not in rules.personal_nouns
            and after.lower_ not in rules.collectives
            and after.lower_ not in rules.determiners
            and after.lower_ not in rules.verb_group
            and after.lower_ not in rules.boundaries
            and after.lower_ not in rules.not_a_noun_after)


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_OWNED_WORDS = 3
"""How many words after a possessive are read for the noun it owns ("Reuben's football
team")."""


def _possessed_noun(token: Token, span: Span) -> Token | None:
    """The noun that the token owns, when a possessive follows it or the name it opens
    ("the home's manager", "Reuben's football team", "the tenants' association", "Mrs
    Patel's car"): the last of the lower-case words after the possessive, before a verb
    group, a preposition or a boundary; None when no possessive follows, or when the term
    comes first (in "Dad's so-called friend" the term is what Dad owns)."""
    rules = people_rules()
    doc = token.doc
    mark = token.i + 1
    while mark <= token.i + 2 and mark < len(doc) and doc[mark].is_title and (
            doc[mark - 1].whitespace_):
        mark += 1  # the rest of a name: "Mrs Patel's"
    if mark >= len(doc) or doc[mark].text not in _POSSESSIVE_MARKS or doc[mark - 1].whitespace_:
        return None
    owned = None
    for word in doc[mark + 1:mark + 1 + _OWNED_WORDS]:
        if span.start <= word.i < span.end:
            break  # the term ends the owned noun, or is it ("Dad's so-called friend")
        if not (word.is_alpha and word.is_lower) or word.lower_ in (
                rules.boundaries | rules.verb_group | rules.not_a_noun_after
                | rules.determiners):
            break
        owned = word
    return owned


def _owner_of_a_thing(token: Token, span: Span) -> bool:
    """A person who owns a thing, a team or an organisation, not the one the phrase names:
    the noun owned names no one and none of a person's ways or doings, nor the family's
    home or a judgement ("the home's manager refused", "the tenants' association is
    resistant", "Reuben's football team"; not "Mum's partner", "Dad's behaviour", "Mum's
    drinking", "Mum's house"). Family: the actor is not the family (issue 14)."""
    rules = people_rules()
    owned = _possessed_noun(token, span)
    return owned is not None and not owned.lower_.endswith("ing") and not (
        {owned.lower_} & (rules.person_words | rules.personal_nouns | rules.collectives
                          | rules.judgement_nouns | rules.conditions))


def _naming_words(tokens: list[Token], span: Span) -> list[Token]:
    """The words that can name whom a phrase is about: all but the modifiers of a thing's
    noun (_modifier_of_a_thing), whose noun is never the term itself ("Mother failed to"),
    and the owners of a thing (_owner_of_a_thing: "the home's manager refused")."""
    among = [token for token in tokens if not span.start <= token.i < span.end]
    return [token for token in tokens if not _modifier_of_a_thing(token, among)
            and not _owner_of_a_thing(token, span)]


def _about_a_thing(span: Span, target: list[Token] | None, illness: bool = True) -> bool:
    """The target is an illness or a condition (whoever has it; only with illness: a doubt
    word on an illness doubts the person's account of it, "her so-called illness"); or it
    was found and names
    no one and none of a person's ways (behaviour, lifestyle), the term is no judgement
    named as a noun (poor parenting, a failure to), and the term, the word before it and
    the noun phrase it ends name no one ("a difficult parent", "placed Mia at risk", "Mum's
    failure to protect")."""
    rules = people_rules()
    if illness and target is not None and any(
            token.lower_ in rules.conditions for token in target) and (
            not any(token.lower_ in rules.personal_nouns for token in target)):
        return True  # an illness, whoever has it: "Mr Shah's arthritis is the aggressive kind"
    if target is None or any(names_a_person(token) or token.lower_ in rules.personal_nouns
                             for token in _naming_words(target, span)):
        return False
    if any(token.lower_ in rules.judgement_nouns for token in span):
        return False
    # the term's own words, but not the person it acts on when its subject was found
    # before it: "The gym allowed the girls to" judges the gym, not the girls
    own = [span[0]] if all(token.i < span.start for token in target) else list(span)
    if span.start > 0:
        phrase = _noun_phrase_before(span.doc, span.start, rules)
        opens = span.start - len(phrase)
        if phrase and opens > 0 and span.doc[opens - 1].lower_ in rules.not_a_noun_after:
            # the place or owner after the subject's noun ("The atmosphere in the home
            # was", "The doors at Heath View were", "The swimming baths in Kidderminster
            # refused"): a family word names a person there, a capitalised word is as often
            # a place as a name, the word just before the term too (it ends the phrase)
            # unless it is a thing's modifier just before the term ("The printer at the
            # family hub failed to": the hub is a place)
            if any(token.lower_ in rules.person_words
                   and not _modifier_of_a_thing(token, phrase, span.start)
                   for token in phrase):
                return False
        else:
            own.append(span.doc[span.start - 1])
            if opens == 0 or span.doc[opens - 1].lower_ not in rules.relative_words:
                own += phrase  # not a relative clause: "The farm where Dad lives is hard to"
    return not any(names_a_person(token) for token in _naming_words(own, span))


def thing_by_tokens(span: Span, illness: bool = True) -> bool:
    """Fast profile: the term is about a thing, not a person."""
    return _about_a_thing(span, target_by_tokens(span), illness)


def thing_by_parse(span: Span, illness: bool = True) -> bool:
    """Accurate profile: the term is about a thing, not a person."""
    return _about_a_thing(span, target_by_parse(span), illness)


def about_a_thing(span: Span, parsed: bool, illness: bool = True) -> bool:
    """Whether the term is about a thing, a place, an organisation or a service: by the
    parse when the Doc has one (parsed); an illness counts as a thing only with illness."""
    if parsed:
        return thing_by_parse(span, illness)
    return thing_by_tokens(span, illness)


_LABEL_REACH = 4
"""How many words of a verb group a label may stand after a person's way ("her lifestyle
has been very chaotic")."""


def label_places(span: Span) -> tuple[int | None, int | None]:
    """Where a label describing a person's way (personal_nouns: lifestyle, behaviour)
    would end before it and start after it: the end of the word before it, across degree
    words ("a very chaotic lifestyle"), and the start of the word after its verb group
    ("her lifestyle remains chaotic"); (None, None) when the term is no such noun."""
    rules = people_rules()
    if span[-1].lower_ not in rules.personal_nouns:
        return None, None
    doc = span.doc
    index = span.start - 1
    while index >= 0 and doc[index].lower_ in rules.degree:
        index -= 1
    before = doc[index].idx + len(doc[index]) if index >= 0 else None
    index = span.end
    limit = min(len(doc), span.end + _LABEL_REACH)
    while index < limit and doc[index].lower_ in rules.verb_group:
        index += 1
    after = doc[index].idx if span.end < index < len(doc) else None
    return before, after


# --- a child's own choice -------------------------------------------------------------------

_CHOICE_WORDS = 8
"""How many words after the term are read for what is chosen."""


def _chooser(span: Span) -> Token | None:
    """The word just before the term and its verb group ("Lily has chosen to": Lily)."""
    rules = people_rules()
    index = span.start - 1
    while index >= 0 and (span.doc[index].lower_ in rules.verb_group
                          or _adverb(span.doc[index], rules)):
        index -= 1
    return span.doc[index] if index >= 0 else None


def _a_child(token: Token) -> bool:
    """A child word ("the boys"), or a first name of the name tables with no title or
    other name before it ("Lily", not "Ms Lily Shaw" or "Mr Lily")."""
    rules = people_rules()
    if token.lower_ in rules.children:
        return True
    if not (token.is_title and token.is_alpha) or token.lower_ in rules.person_words:
        return False
    if token.i > 0 and (token.doc[token.i - 1].is_title
                        or token.doc[token.i - 1].lower_.rstrip(".") in rules.titles):
        return False
    from sos_lang.redact.rules import rules as name_rules

    return token.lower_ in name_rules().first_names


def a_childs_own_choice(span: Span) -> bool:
    """The chooser is a child (_a_child) and what is chosen, up to the clause's end, names
    no one of the family or their network nor anyone by name, and no adult's matter (a
    relationship, drink, "despite": people.yaml adult_choices; a pronoun or a home may be the
    child's own: "to have it at her foster home"): a child's own choice, not a parent's
    choice that blames them. The same in both profiles, from the words."""
    chooser = _chooser(span)
    if chooser is None or not _a_child(chooser):
        return False
    rules = people_rules()
    named = rules.person_words - rules.pronouns - rules.titles - rules.family_places
    for token in span.doc[span.end:span.end + _CHOICE_WORDS]:
        if token.is_punct or token.is_space or token.lower_ in rules.boundaries:
            break
        if token.lower_ in named or token.lower_ in rules.children or (
                token.lower_ in rules.adult_choices):
            return False  # a choice about someone of the family, or an adult's matter
        if token.is_title and token.i > span.end and names_a_person(token):
            return False  # a person named by name: "chose to go back to Liam"
    return True


# --- a judgement said of a person ------------------------------------------------------------

_PASSIVE_REACH = 10
"""How far before "as" a verb of describing or presenting is looked for."""


def _a_person_or_their_ways(token: Token) -> bool:
    """The token names a person (names_a_person) or one of a person's ways that a label
    describes ("his behaviour", "neglectful parenting")."""
    rules = people_rules()
    if names_a_person(token) or token.lower_ in rules.personal_nouns or (
            token.lower_ in rules.judgement_nouns):
        return True
    # a name after a family word, as after a title ("Uncle Pete", "Auntie Jo")
    return token.is_title and token.i > 0 and token.doc[token.i - 1].lower_ in (
        rules.person_words - rules.pronouns - rules.determiners)


def _subject_before(doc: Doc, index: int) -> Token | None:
    """The word just before the verb group that ends at index ("Dad has always been"):
    the subject's last word, or None when a verb of feeling is in the group ("Mum felt
    useless" is her own feeling, not the writer's judgement) or nothing stands there."""
    rules = people_rules()
    while index >= 0 and (doc[index].lower_ in rules.verb_group
                          or doc[index].lower_ in rules.presenting_verbs
                          or _adverb(doc[index], rules)):
        if doc[index].lower_ in rules.feeling_verbs:
            return None
        index -= 1
    if index < 0:
        return None
    return _head_before_a_preposition(doc, index)


_HEAD_REACH = 3
"""How many words of a noun phrase after a preposition are crossed back to the noun it
hangs on ("arrangements with one parent")."""


def _head_before_a_preposition(doc: Doc, index: int) -> Token:
    """The noun that the phrase ending at index hangs on when a preposition opens that
    phrase ("Family time arrangements with one parent are unreliable": the arrangements;
    "Mum at the meeting was rude": Mum), else the word at index. Only lower-case words,
    determiners and numbers are crossed, so a name stays itself ("Staff at the refuge say
    Ms Kaur is")."""
    rules = people_rules()
    for at in range(index - 1, max(-1, index - 1 - _HEAD_REACH), -1):
        token = doc[at]
        if token.lower_ in rules.not_a_noun_after:
            head = doc[at - 1] if at > 0 else None
            if head is not None and head.is_alpha and not (
                    {head.lower_} & (rules.verb_group | rules.boundaries
                                     | rules.not_a_noun_after)):
                return head
            break
        if not (token.is_lower or token.like_num) or token.lower_ in rules.boundaries:
            break
    return doc[index]


def _subject_before_as(doc: Doc, at: int) -> Token | None:
    """The person a label after "as" is said of when a verb of presenting or a passive
    verb of describing stands before it ("Dylan presents as withdrawn", "came across as
    rude", "Leah's mum was described by the nursery manager as chaotic"); None otherwise
    ("described Mum as" is read by _described_as)."""
    rules = people_rules()
    for index in range(at - 1, max(-1, at - 1 - _PASSIVE_REACH), -1):
        lower = doc[index].lower_
        if lower in rules.presenting_verbs:
            return _subject_before(doc, index)
        if lower in rules.describing_verbs:
            if index > 0 and doc[index - 1].lower_ in rules.passive_be:
                return _subject_before(doc, index - 1)
            return None
        if doc[index].is_punct or (lower in rules.boundaries
                                   and lower not in rules.determiners):
            return None
    return None


def _verb_with_an_object(span: Span) -> bool:
    """A word in -ing with an object after it is a verb, an act, not a label ("Dad was
    controlling his temper", "demanding £40 from Gran"); a preposition, a conjunction or a
    word of time after it is no object ("controlling throughout the session")."""
    rules = people_rules()
    doc = span.doc
    if not span[-1].lower_.endswith("ing") or span.end >= len(doc):
        return False
    following = doc[span.end]
    return (following.is_alpha or following.like_num or following.is_currency) and not (
        {following.lower_} & (rules.boundaries | rules.not_a_noun_after | _COORDINATORS
                              | rules.not_an_object | rules.degree))


_ATTRIBUTIVE_REACH = 5
"""How many words of coordinated adjectives ("a loving but neglectful", "a rude, lazy")
are skipped back to the determiner of a noun phrase."""


def _determiner_at(doc: Doc, index: int) -> int:
    """Where the determiner stands that opens the noun phrase the word at index + 1 stands
    in, across degree words and coordinated adjectives ("a very controlling", "a loving but
    neglectful"); -1 when none does."""
    rules = people_rules()
    for at in range(index, max(-1, index - _ATTRIBUTIVE_REACH), -1):
        lower = doc[at].lower_
        if lower in rules.determiners:
            return at
        if not (lower in _COORDINATORS or lower == "but" or lower in rules.degree or (
                doc[at].is_alpha and doc[at].is_lower and not (
                    {lower} & (rules.verb_group | rules.person_words | rules.boundaries
                               | rules.not_a_noun_after)))):
            return -1
    return -1


def _determiner_before(doc: Doc, index: int) -> bool:
    """A determiner opens the noun phrase the word at index + 1 stands in (_determiner_at)."""
    return _determiner_at(doc, index) >= 0


def _predicate_noun_of_a_person(doc: Doc, determiner: int) -> bool:
    """The noun phrase opened at determiner, which the label heads or ends ("a thief",
    "a bit stubborn", "a poor historian"), follows a person and a linking verb ("Jay is a
    thief", "Dad has always been a bit stubborn"), a verb of describing and "as" with the
    person as its object ("The school described Jay as a thief"), or a verb of presenting
    or a passive verb of describing and "as" ("Mum presents as a bit intransigent"): said
    of that person,
    as an adjective after a verb of being is. A verb of having ("Police have a thief in
    custody") or a preposition ("robbed by a thief") says nothing of who stands before."""
    rules = people_rules()
    index = determiner - 1
    if index < 0:
        return False
    if doc[index].lower_ == "as":
        described = _described_as(doc[determiner:determiner + 1])  # "described Jay as a"
        if described is not None:
            heads = [token for token in described if token.is_alpha]
            return bool(heads) and _a_person_or_their_ways(heads[-1])
        subject = _subject_before_as(doc, index)
        return subject is not None and _a_person_or_their_ways(subject)
    if doc[index].lower_ in rules.linking_verbs - rules.verb_group and index > 0:
        # "is" spelled "'s" ("Jay's a thief"), which no verb group lists (it is also the
        # possessive): a determiner after it makes it the verb
        subject = _subject_before(doc, index - 1)
        return subject is not None and _a_person_or_their_ways(subject)
    at = index
    while at >= 0 and doc[at].lower_ in rules.verb_group:
        if doc[at].lower_ in rules.linking_verbs:
            subject = _subject_before(doc, index)
            return subject is not None and _a_person_or_their_ways(subject)
        at -= 1
    return False


def _before_a_noun(doc: Doc, end: int, rules: PeopleRules) -> bool:
    """A lower-case word that can be a noun follows the term (_noun_phrase_after), so the
    term is used before it, not said of the word before it ("gave Dad frequent flyer
    points"); shorthand's label ends its phrase ("partner controlling, Mum withdrawn",
    "DAD RUDE to her kids")."""
    return (end < len(doc) and doc[end].is_lower and doc[end].lower_ not in rules.not_an_object
            and bool(_noun_phrase_after(doc, end, rules)))


def said_of_a_person(span: Span) -> bool:
    """The word is said of a person: after a verb of describing and "as" with a person
    named between ("described Mum as"), or after a verb of presenting or a passive verb of
    describing and "as" ("presents as", "was described by the school as"); before a
    person's noun after a determiner ("a feckless father", "a loving but neglectful
    father"); at the end of a noun phrase after a person and a linking verb ("Jay is a
    thief", "Dad is a bit stubborn"); after a person and a verb of being ("Ms Hughes is
    demanding and rude", "Dad has always been unreliable"); or right after the person in
    shorthand ("father controlling", "SENCO says Aarav disruptive"), unless a noun follows
    it there ("gave Dad frequent flyer points"). A verb of feeling in between makes it
    the person's own feeling ("Mum felt useless"), and an -ing word with an object is an
    act ("controlling his temper"). The same in both profiles, from the words: used for
    the words of a family (data/word_shapes.yaml character_judgement) and the listed
    labels with an everyday sense ("a stubborn cough", "a feral cat", "robbed by a
    thief") that name no person by themselves, where "no thing found" is not enough to
    flag."""
    rules = people_rules()
    doc = span.doc
    if span[0].is_title and span.start > 0 and doc[span.start - 1].is_alpha:
        return False  # a name inside a sentence: "Karen Moody (chair)", "Mr Moody"
    described = _described_as(span)
    if described is not None:
        heads = [token for token in described if token.is_alpha]
        return bool(heads) and _a_person_or_their_ways(heads[-1])  # "Danielle's contact"
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in rules.degree:
        before -= 1
    determiner = _determiner_at(doc, before) if before >= 0 else -1
    if determiner >= 0:
        following = _noun_phrase_after(doc, span.end, rules)
        if not following:  # the label heads the phrase or ends it: "Jay is a thief"
            return _predicate_noun_of_a_person(doc, determiner)
        return any(_a_person_or_their_ways(token) for token in following)
    if _verb_with_an_object(span):
        return False
    as_at = _before_coordinated_labels(doc, before)
    if as_at >= 0 and doc[as_at].lower_ == "as":
        subject = _subject_before_as(doc, as_at)
        return subject is not None and _a_person_or_their_ways(subject)
    index = _before_coordinated(doc, before, rules)
    if index == before >= 0 and doc[before].lower_ not in rules.verb_group and (
            _before_a_noun(doc, span.end, rules)):
        return False  # shorthand holds no noun after: "gave Dad frequent flyer points"
    if index >= 0 and doc[index].lower_ in _COORDINATORS:
        # a coordination of shorthand labels ("father controlling, jealous"): the word
        # before the first of them
        while index >= 0 and (doc[index].lower_ in _COORDINATORS
                              or (doc[index].is_alpha and doc[index].is_lower
                                  and not _a_person_or_their_ways(doc[index]))):
            index -= 1
    subject = _subject_before(doc, index)
    return subject is not None and _a_person_or_their_ways(subject)
