"""What a verb of admitting or refusing is about, read from the words after it (issue 14):
a past act admitted is a real admission, not doubt wording; a child refusing another child
is a quarrel between children, not the worker's plan. Words are data: ``data/acts.yaml``.

The same in both profiles (the words, no parse), so fast and accurate agree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sos_lang.lexicon import people
from sos_lang.settings import load_yaml, lowered_words


@dataclass(frozen=True)
class ActRules:
    state_verbs: frozenset[str]
    irregular_past: frozenset[str]
    linking_verbs: frozenset[str]
    openers: frozenset[str]
    subject_reach: int
    peer_verbs: frozenset[str]
    peer_words: frozenset[str]
    peer_reach: int
    institutions: frozenset[str]
    institution_acronyms: frozenset[str]
    institution_reach: int


@functools.cache
def act_rules() -> ActRules:
    data = load_yaml("acts.yaml")

    def words(key: str) -> frozenset[str]:
        return lowered_words(data[key])

    return ActRules(state_verbs=words("state_verbs"), irregular_past=words("irregular_past"),
                    linking_verbs=words("linking_verbs"),
                    openers=words("openers"), subject_reach=int(data["subject_reach"]),
                    peer_verbs=words("peer_verbs"), peer_words=words("peer_words"),
                    peer_reach=int(data["peer_reach"]),
                    institutions=words("institutions"),
                    institution_acronyms=frozenset(data["institution_acronyms"]),
                    institution_reach=int(data["institution_reach"]))


def _clause_end(token: Token) -> bool:
    return token.is_punct or token.is_space or token.lower_ in people.people_rules().boundaries


def _a_past_act(word: Token, rules: ActRules) -> bool:
    """A past verb of doing: a word in -ed or a listed past form, no state ("slapped",
    "threw"; not "found", "felt")."""
    lower = word.lower_
    if lower in rules.state_verbs or not word.is_alpha:
        return False
    return lower in rules.irregular_past or (lower.endswith("ed") and len(lower) > 4)


def _after_had(doc: Doc, index: int, rules: ActRules) -> bool:
    """What follows "had": a participle of doing ("had slept", "had posted"), or "been" and
    a verb in -ing that is no state ("had been drinking"; not "had been struggling", "had
    been scared")."""
    if index >= len(doc):
        return False
    word = doc[index]
    if word.lower_ == "been":
        if index + 1 >= len(doc):
            return False
        after = doc[index + 1]
        return after.lower_.endswith("ing") and after.lower_ not in rules.state_verbs
    return _a_past_act(word, rules)


def an_admitted_act(span: Span) -> bool:
    """What is admitted is a past act ("admitted hitting Sam", "admitted the baby had slept
    on the sofa with her", "admitted that he threw a mug"), not a feeling, a difficulty or a
    wish ("admits she finds bedtimes hard", "admitted to feeling overwhelmed", "admits she
    has started a class", "admits she gets flustered"): a real admission, which the guide
    does not count as doubt."""
    rules = act_rules()
    doc = span.doc
    index = span.end
    while index < len(doc) and doc[index].lower_ in rules.openers:
        index += 1
    if index >= len(doc):
        return False
    first = doc[index]
    if first.lower_.endswith("ing") and first.is_alpha:
        return first.lower_ not in rules.state_verbs  # "admitted leaving", "admits to feeling"
    for at in range(index, min(len(doc), index + rules.subject_reach + 1)):
        word = doc[at]
        if _clause_end(word) and word.lower_ not in ("'s", "’s"):
            return False
        if at == index:
            continue  # the subject's first word
        if word.lower_ == "had":
            return _after_had(doc, at + 1, rules)
        if word.lower_ in rules.state_verbs:
            return False  # "she finds", "he was", "she has"
        if word.lower_ in rules.linking_verbs:
            # "she gets flustered" is a state; "she gets drunk" names an act
            return at + 1 < len(doc) and doc[at + 1].lower_ in rules.irregular_past
        if _a_past_act(word, rules):
            return True
    return False


def _a_peer(token: Token, rules: ActRules) -> bool:
    """A child's peer: a word for a friend, a brother or sister, another child, or a first
    name of the name tables with no title before it ("Kai")."""
    if token.lower_ in rules.peer_words:
        return True
    if not (token.is_title and token.is_alpha) or token.lower_ in people.person_words():
        return False
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and (previous.is_title or previous.lower_.rstrip(".")
                                 in people.people_rules().titles):
        return False
    from sos_lang.redact.rules import rules as name_rules

    return token.lower_ in name_rules().first_names


def a_refusal_between_peers(span: Span) -> bool:
    """"Refused to" and a verb of playing, lending or sharing with a peer in its clause ("she
    refused to play with Kai", "refused to lend her straighteners to another girl"): a
    quarrel between children, not a refusal of the worker's plan."""
    rules = act_rules()
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "to" or (
            doc[span.end + 1].lower_ not in rules.peer_verbs):
        return False
    for token in doc[span.end + 2:span.end + 2 + rules.peer_reach]:
        if _clause_end(token):
            return False
        if _a_peer(token, rules):
            return True
    return False


def an_institutions_procedure(span: Span) -> bool:
    """An institution acts in the term's clause before it ("The court refused the
    adjournment", "The PSNI shared a DA notification", "MASH notified 11:20"): the
    procedure's own word in a record of what the institution did, not the worker's word to
    the family ("I will notify you", "the hearing was adjourned")."""
    rules = act_rules()
    doc = span.doc
    for token in reversed(doc[max(0, span.start - rules.institution_reach):span.start]):
        if (token.is_punct and token.text not in ("'s", "’s", "-")) or token.is_space or (
                "\n" in token.whitespace_) or (
                token.lower_ in people.people_rules().boundaries):
            return False
        if token.lower_ in rules.institutions or token.text in rules.institution_acronyms:
            return True
    return False
