"""Negation and absence: whether a deficit word is inside a negation that reports good
behaviour ("has never missed", "did not refuse", "was calm and not aggressive").

One question, two ways of answering it: from the dependency parse when the Doc has one
(the accurate profile), and from the words before the term with clause rules when it does
not (the fast profile: a few token comparisons, no parse). The words are data:
``data/negation.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sos_lang.lexicon.people import joining_hyphen
from sos_lang.regex_cache import compile as _compile
from sos_lang.settings import load_yaml, lowered_words


@dataclass(frozen=True)
class NegationRules:
    cues: frozenset[str]
    not_negation_after: frozenset[str]
    window: int
    scope_breakers: frozenset[str]
    walk_up: frozenset[str]
    keep_scope: frozenset[str]
    negative_objects: frozenset[str]
    exceptives: frozenset[str]
    negating_relations: frozenset[str]
    subject_relations: frozenset[str]
    inversion_auxiliaries: frozenset[str]
    inversion_opener: int
    any_cue: re.Pattern[str]
    """Any cue as a word, to rule a negation out from the text alone (the usual case)."""


@functools.cache
def negation_rules() -> NegationRules:
    data = load_yaml("negation.yaml")

    def words(key: str) -> frozenset[str]:
        return lowered_words(data[key])

    return NegationRules(cues=words("cues"), not_negation_after=words("not_negation_after"),
                         window=int(data["window"]), scope_breakers=words("scope_breakers"),
                         walk_up=words("walk_up"), keep_scope=words("keep_scope"),
                         negative_objects=words("negative_objects"),
                         exceptives=words("exceptives"),
                         negating_relations=words("negating_relations"),
                         subject_relations=words("subject_relations"),
                         inversion_auxiliaries=words("inversion_auxiliaries"),
                         inversion_opener=int(data["inversion_opener"]),
                         any_cue=_any_cue(words("cues")))


def _any_cue(cues: frozenset[str]) -> re.Pattern[str]:
    """Any cue: the marks as written ("n't"), the words as whole words. The words share one
    pair of word boundaries, ``\\b(?:never|no|not)\\b``: the same matches as a boundary
    around each word, but the engine tests the boundary once at each position and rejects
    each word by its first letter, where ``\\bnever\\b|\\bno\\b|...`` tested a boundary
    per word at every position of the 240 characters before every deficit term. Compiled by
    regex_cache, so re skips to the letters a cue can start with."""
    words = "|".join(re.escape(cue) for cue in sorted(cues) if cue.isalpha())
    marks = [re.escape(cue) for cue in sorted(cues) if not cue.isalpha()]
    return _compile("|".join([*marks, rf"\b(?:{words})\b"] if words else marks))


def _is_cue(token: Token, rules: NegationRules) -> bool:
    """A negation word that negates what follows it (not "not only", "no doubt")."""
    if token.lower_ not in rules.cues:
        return False
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return after is None or after.lower_ not in rules.not_negation_after


def negated_by_clause(span: Span) -> bool:
    """Fast profile: a negation cue stands before the term within its clause (at most
    ``window`` tokens back, with no clause boundary, exceptive ("other than") or sentence
    break between), or a negative quantifier follows it ("has refused none"), or the
    sentence opens with a negative inversion."""
    rules = negation_rules()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in rules.negative_objects:
        return True
    if negative_inversion(span):
        return True
    if span.start > 0 and span[0].is_sent_start:
        return False
    counted = 0
    for index in range(span.start - 1, -1, -1):
        token = doc[index]
        if joining_hyphen(token):
            continue  # inside a word ("No-one"): neither a break nor a word of the window
        counted += 1
        if counted > rules.window:
            return False
        if _is_cue(token, rules):
            return True
        if index == span.start - 1 and token.lower_ == "as":
            continue  # the term is its complement, no clause: "described Kian as aggressive"
        if (token.lower_ in rules.scope_breakers or token.lower_ in rules.exceptives
                or token.is_space or token.is_sent_start):
            return False
    return False


def _negates(child: Token, span: Span, rules: NegationRules) -> bool:
    """A child of the term's head (or of a head above it) that negates it: a negation
    ("never", "not", "neither"), the determiner "no" ("no aggressive behaviour"), a subject
    negated so or a negative subject ("Neither Mum nor Dad", "Nobody"), a negative object
    ("refused none"), or a phrase holding a negation ("at no point", "no longer")."""
    if child.dep_ == "dobj" and child.lower_ in rules.negative_objects:
        return True  # "has refused none"
    if child.i >= span.start:
        return False
    if child.dep_ in rules.negating_relations:
        return _is_cue(child, rules)
    if child.dep_ in rules.subject_relations:
        return _is_cue(child, rules) or any(
            inner.dep_ in rules.negating_relations and _is_cue(inner, rules)
            for inner in child.children)  # "Neither Mum nor Dad has been", "Nobody was"
    if child.dep_ in ("prep", "advmod", "npadvmod"):
        return any(inner.dep_ in rules.negating_relations and _is_cue(inner, rules)
                   for inner in child.subtree if inner.i != child.i)
    return False


def negated_by_parse(span: Span) -> bool:
    """Accurate profile: a negation hangs from the term's head, or from a head the term
    reaches through the relations in ``walk_up`` (never through a conjunct or a clause
    with a marker), or the term is governed by "without", or the sentence opens with a
    negative inversion (read from the word order, which the parse often gets wrong)."""
    rules = negation_rules()
    if negative_inversion(span):
        return True
    token = span.root
    for _ in range(8):
        if not span.start <= token.i < span.end and token.lower_ in rules.exceptives:
            return False  # "never been anything other than hostile": said after all
        if any(_negates(child, span, rules) for child in token.children):
            return True
        if token.dep_ == "pcomp" and token.head.lower_ in rules.cues:
            return True
        if token.dep_ == "conj":
            if not any(child.dep_ == "cc" and child.lower_ in rules.keep_scope
                       for child in token.head.children):
                return False  # "did not attend and was hostile": a new conjunct
        elif token.dep_ not in rules.walk_up or token.head is token:
            return False
        if token.dep_ == "ccomp" and any(child.dep_ == "mark" for child in token.children):
            return False
        token = token.head
    return False


def negative_inversion(span: Span) -> bool:
    """Both profiles: the term's sentence opens with a negative adverbial and an inverted
    auxiliary ("At no point was Ms Kaur hostile", "Not once did Dad refuse") and the term
    is in that first clause. Read from the word order, which the parse often gets wrong
    (it may take the term for the subject of "was")."""
    rules = negation_rules()
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    opener = doc[start:min(span.start, start + rules.inversion_opener + 1)]
    auxiliary = next((token.i for token in opener
                      if token.lower_ in rules.inversion_auxiliaries), None)
    if auxiliary is None or not any(_is_cue(token, rules)
                                    for token in doc[start:auxiliary]):
        return False
    return not any(token.lower_ in rules.scope_breakers or token.lower_ in rules.exceptives
                   for token in doc[start:span.start])


CUE_WINDOW = 240
"""How many characters before a term its negation may stand (a clause's length)."""


def negation_possible(lowered: str, start: int, end: int | None = None) -> bool:
    """Whether any cue word stands in the CUE_WINDOW characters before start, or a negative
    object just after end (lowered is the lower-cased text): when neither does, neither way
    of answering can find a negation."""
    rules = negation_rules()
    if rules.any_cue.search(lowered, max(0, start - CUE_WINDOW), start) is not None:
        return True
    return end is not None and lowered[end:end + 9].strip().split(" ", 1)[0].strip(
        ".,;:!?") in rules.negative_objects


@functools.cache
def _negating_prefix() -> re.Pattern[str]:
    return re.compile(load_yaml("negation.yaml")["negating_prefix"], re.IGNORECASE)


def prefix_negates(text: str, start: int) -> bool:
    """A negation written into the word as a prefix just before the term ("non-engaging",
    "non-aggressive"): the same in both profiles, read from the characters."""
    return _negating_prefix().search(text, max(0, start - 5), start) is not None


def negated(span: Span, parsed: bool) -> bool:
    """Whether the term is inside a negation: by the parse when the Doc has one (parsed)."""
    if parsed:
        return negated_by_parse(span)
    return negated_by_clause(span)
