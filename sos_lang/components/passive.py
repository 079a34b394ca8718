"""Passive voice that is passive: a past participle after "be" or "get" read as a verb,
not as an adjective ("Sam was hit" is passive; "we are worried", "Mum was very tired" and
"the flat was cluttered" are not).

One decision (``reads_as_passive``) serves both profiles; only where its cues come from
differs. ``accurate`` reads them off the dependency parse (the auxpass arc, an ``agent``
child, an ``advmod`` degree word, a ``conj`` adjective); ``fast``, which has no parser,
finds "be/get + participle" with one pattern and reads the same cues from the words around
it. The words the cues turn on are data: ``sos_lang/data/participles.yaml`` (state words,
degree words, idioms, adjectives, non-agent "by" phrases, un- verbs, each group with its
reason and source) and ``irregular_participles.txt``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sos_lang.caseless import CaselessPattern
from sos_lang.settings import load_word_list, load_yaml, lowered_words

BE_GET = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m",
                    "get", "gets", "got", "gotten", "getting"})
"""The auxiliaries of a passive. The parse also offers "seem" and "feel" as auxpass when it
errs ("Mum feels isolated"); those are never passives."""
_FAST_AUXILIARIES = BE_GET - {"'s", "'re", "'m"}
"""The fast pattern leaves out the clitics: its "'s" would also be "has" and the
possessive ("Mum's cooked dinner")."""
_WORDS = re.compile(r"[\w']+|[-,]")
_AGENT_WINDOW = 6
"""How many words after the participle a "by" may stand and still name the doer."""


@dataclass(frozen=True)
class ParticipleRules:
    """The word lists of ``participles.yaml``, lower-cased."""

    state_words: frozenset[str]
    never_passive: frozenset[str]
    degree_words: frozenset[str]
    idioms: frozenset[tuple[str, str]]
    coordinated_adjectives: frozenset[str]
    between_words: frozenset[str]
    between_phrases: tuple[str, ...]
    not_agent: tuple[tuple[str, ...], ...]
    un_verbs: tuple[str, ...]
    irregular: frozenset[str]


@functools.lru_cache(maxsize=1)
def participle_rules() -> ParticipleRules:
    """The packaged participle data, read once per process."""
    data = load_yaml("participles.yaml")

    groups = data["state_words"]
    return ParticipleRules(
        state_words=frozenset().union(*(lowered_words(group["words"]) for group in groups)),
        never_passive=frozenset().union(*(lowered_words(group["words"]) for group in groups
                                          if group.get("never_passive"))),
        degree_words=lowered_words(data["degree_words"]["words"]),
        idioms=frozenset(tuple(phrase.lower().split(" ", 1))  # type: ignore[misc]
                         for phrase in data["idioms"]["phrases"]),
        coordinated_adjectives=lowered_words(data["coordinated_adjectives"]["words"]),
        between_words=lowered_words(data["between_words"]["words"]),
        between_phrases=tuple(sorted(str(phrase).lower()
                                     for phrase in data["between_words"]["phrases"])),
        not_agent=tuple(tuple(str(phrase).lower().split())
                        for phrase in data["not_agent_after_by"]["words"]),
        # an un- verb's stem, so "unlocked" and "untied" find "unlock" and "unti(e)"
        un_verbs=tuple(sorted({verb.lower().removesuffix("e")
                               for verb in data["un_verbs"]["words"]})),
        irregular=load_word_list("irregular_participles.txt"),
    )


def is_participle_shaped(word: str) -> bool:
    """A regular (-ed) or listed irregular past participle, by its spelling alone."""
    word = word.lower()
    return word in participle_rules().irregular or (len(word) >= 5 and word.endswith("ed"))


def is_state_word(word: str) -> bool:
    """A participle of feeling or state (listed), or un- + participle with no un- verb
    behind it ("unsupervised", "unwashed"), so an adjective."""
    rules = participle_rules()
    word = word.lower()
    if word in rules.state_words:
        return True
    return (word.startswith("un") and not word.startswith("under")
            and is_participle_shaped(word[2:]) and word not in rules.irregular
            and not word.startswith(rules.un_verbs))


def is_adjective_word(word: str) -> bool:
    """A word that, coordinated with a participle, marks it as an adjective too."""
    return is_state_word(word) or word.lower() in participle_rules().coordinated_adjectives


def names_agent(words_after_by: Sequence[str]) -> bool:
    """Whether the words after a "by" name a doer, not a deadline or a means."""
    following = tuple(word.lower() for word in words_after_by)
    return not any(following[:len(phrase)] == phrase for phrase in participle_rules().not_agent)


def reads_as_passive(participle: str, *, next_word: str, degree: bool, agent: bool,
                     coordinated_adjective: bool) -> bool:
    """Whether be/get + this participle is a passive, given the cues around it; the order
    of the tests is the one ``participles.yaml`` explains."""
    rules = participle_rules()
    word, following = participle.lower(), next_word.lower()
    if following == "-" or (word, following) in rules.idioms or word in rules.never_passive:
        return False
    if degree:
        return False
    if agent:
        return True
    if coordinated_adjective:
        return False
    return not is_state_word(word)


# --- accurate: cues from the dependency parse ------------------------------------------

def _parse_cues(participle: Token, auxiliary: Token) -> dict[str, object]:
    """The cues of ``reads_as_passive`` from the parse. A degree word counts only between
    the auxiliary and the participle, where it modifies an adjective ("was very worried"),
    as the fast rule reads it: after the participle "too" means "also" ("could get hurt
    too"), and before the auxiliary an advmod is a connective ("So no one gets hit")."""
    rules = participle_rules()
    doc = participle.doc
    following = doc[participle.i + 1].lower_ if participle.i + 1 < len(doc) else ""
    agent = any(child.dep_ == "agent"
                and names_agent([t.text for t in doc[child.i + 1:child.i + 3]])
                for child in participle.children)
    degree = any(child.dep_ == "advmod" and child.lower_ in rules.degree_words
                 and auxiliary.i < child.i < participle.i
                 for child in participle.children)
    coordinated = any(child.dep_ == "conj" and _parse_adjective(child)
                      for child in participle.children)
    return {"next_word": following, "degree": degree, "agent": agent,
            "coordinated_adjective": coordinated}


def _parse_adjective(token: Token) -> bool:
    """A conjoined word that is an adjective: a listed one, or a content word that is not a
    participle and heads no clause of its own."""
    if is_adjective_word(token.text):
        return True
    return (token.is_alpha and not token.is_stop and not is_participle_shaped(token.text)
            and not any(child.dep_ in ("nsubj", "aux", "dobj") for child in token.children)
            and not token.lower_.endswith("s"))


def passive_by_parse(sentence: Span) -> bool:
    """Passive voice from the parse: a be/get auxpass on a participle, or be/get with a
    participle the parser read as its adjective complement, read as a verb by the tests
    both profiles share."""
    for token in sentence:
        if token.dep_ == "csubjpass":
            return True
        if token.lower_ not in BE_GET:
            continue
        if token.dep_ == "auxpass":
            participle = token.head
        else:
            # the parser's adjective reading ("will be significantly impaired": be + acomp)
            # goes to the same word tests as the fast rule, which decide voice for both
            participle = next((child for child in token.children
                               if child.dep_ == "acomp" and child.i > token.i), None)
            if participle is None:
                continue
        if participle.i < token.i or not is_participle_shaped(participle.text):
            continue
        if sentence.doc[participle.i - 1].text == "-":  # "clear-headed": a compound adjective
            continue
        if reads_as_passive(participle.text,
                            **_parse_cues(participle, token)):  # type: ignore[arg-type]
            return True
    return False


# --- fast: cues from the words around the participle ------------------------------------

@functools.lru_cache(maxsize=1)
def _passive_pattern() -> CaselessPattern:
    """be/get, up to two adverbs, negations, degree words or two-word adverbials of time,
    then a past participle."""
    rules = participle_rules()
    auxiliaries = "|".join(sorted(_FAST_AUXILIARIES))
    phrases = [re.escape(phrase).replace(r"\ ", r"\s+") for phrase in rules.between_phrases]
    slot = "|".join([*phrases, *sorted(rules.degree_words | rules.between_words)])
    irregular = "|".join(sorted(rules.irregular))
    return CaselessPattern(
        rf"\b(?:{auxiliaries})(?:n't)?\s+(?P<adverbs>(?:(?:\w+ly|{slot})\s+){{0,2}})"
        rf"(?P<word>\w{{3,}}ed|{irregular})\b")


def _rule_cues(adverbs: str, after: str) -> dict[str, object]:
    rules = participle_rules()
    words = _WORDS.findall(after[:80])
    agent = False
    for position, word in enumerate(words[:_AGENT_WINDOW]):
        if word.lower() == "by":
            agent = names_agent(words[position + 1:position + 3])
            break
        if word == ",":
            break
    coordinated = (len(words) > 1 and words[0].lower() in ("and", ",", "or")
                   and is_adjective_word(words[1]))
    return {"next_word": words[0] if words else "",
            "degree": any(word in rules.degree_words for word in adverbs.lower().split()),
            "agent": agent, "coordinated_adjective": coordinated}


def passive_by_rule(sentence_text: str) -> bool:
    """Passive voice by rule: be/get + a participle, read as a verb by its neighbours."""
    for match in _passive_pattern().finditer(sentence_text):
        after = sentence_text[match.end():]
        cues = _rule_cues(match["adverbs"], after)
        if reads_as_passive(match["word"], **cues):  # type: ignore[arg-type]
            return True
    return False
