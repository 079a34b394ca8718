"""The term rule (a vocabulary entry) and its validation, with errors that name file, entry
and field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sos_lang.rules import validate
from sos_lang.rules.model import Rule, RuleError

VOCABULARY_SUBTYPES: dict[str, tuple[str, ...]] = {
    "deficit": ("label", "compliance", "doubt", "blame", "vague"),
    "jargon": ("care_jargon", "acronym", "complex"),
    "strengths": ("strength", "safety"),
}
"""Subtypes per vocabulary, exactly as in the labelling guide (section 3)."""

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")

LexiconError = RuleError
"""A malformed vocabulary file or config (the rule model's error)."""


@dataclass(frozen=True, kw_only=True)
class Entry(Rule):
    """A term rule: one vocabulary entry, the forms to match, why (``message``, also
    called ``note``), and what to write instead."""

    id: str
    terms: tuple[str, ...]
    exceptions: tuple[str, ...] = ()
    case_sensitive: bool = False
    detail_may_follow: bool = False
    """Vague only when nothing concrete follows: not flagged when the rest of the sentence
    (after a colon, a dash, because, e.g. ...) or the next sentence holds a concrete detail
    (data/concrete_detail.yaml)."""
    expansion: str | None = None
    any_acronym: bool = False
    """The acronym rule: matches every token written in capitals (lexicon/acronyms.py) that
    no acronym entry lists, instead of ``terms``."""
    word_shape: str | None = None
    """A shape of word (lexicon/shapes.py, ``data/word_shapes.yaml``): matches every word of
    that shape that no entry lists and the shape's everyday words leave out, instead of
    ``terms`` (a jargon family found by its form, not word by word)."""
    rewrite: dict[str, str] = field(default_factory=dict)
    context: tuple[str, ...] = ()
    """The named context predicates (lexicon/context.py) that may drop a match: quoted
    speech, other senses, a detail that follows, an acronym already spelled out."""

    scope: ClassVar[str] = "term"
    overridable: ClassVar[frozenset[str]] = frozenset(
        {"alternatives", "severity", "note", "exceptions", "source"})

    @property
    def vocabulary(self) -> str:
        """The vocabulary file the entry belongs to (its kind: deficit, jargon, strengths)."""
        return self.kind

    @property
    def terms_text(self) -> str:
        """The terms as shown to a person (the acronym rule has none: it matches by shape)."""
        if self.any_acronym:
            return "(any acronym not spelled out)"
        if self.word_shape:
            return f"(any word of the shape '{self.word_shape}')"
        return ", ".join(self.terms)

    @property
    def note(self) -> str:
        """Why the wording is a problem (the rule's message)."""
        return self.message


NEGATABLE_SUBTYPES = ("label", "compliance", "blame", "doubt")
"""Deficit subtypes whose words, negated, report good behaviour ("has never refused")."""
HEADING_SUBTYPES = ("care_jargon", "complex")
"""Jargon subtypes not flagged in a heading written in capitals, where they name a form or
its section ("PATHWAY PLAN REVIEW")."""
PERSONAL_SUBTYPES = ("label", "compliance", "blame")
"""Deficit subtypes flagged only about a person in the family, not a thing ("the council
refused", "the top shelf is hard to reach")."""


def default_context(exceptions: tuple[str, ...], detail_may_follow: bool,
                    expansion: str | None, subtype: str = "") -> tuple[str, ...]:
    """The context predicates an entry uses when it does not list them: quoted speech
    always, each predicate whose data the entry declares, a heading in capitals for the
    jargon that names forms and their sections, a negation for the deficit
    subtypes a negation turns into good behaviour, who it is about for the subtypes
    that judge a person, and for a vague word a label beside it that already says the
    judgement ("a chaotic lifestyle")."""
    names = ["quoted"]
    if exceptions:
        names.append("other_sense")
    if detail_may_follow:
        names.append("detail_follows")
    if expansion:
        names.append("spelled_out")
    if subtype in HEADING_SUBTYPES:
        names += ["heading_in_capitals", "names_a_document"]
    if subtype in HEADING_SUBTYPES:
        names.append("in_a_spelled_out_name")
    if subtype in NEGATABLE_SUBTYPES:
        names.append("negated")
    if subtype in PERSONAL_SUBTYPES:
        names.append("about_a_thing")
    if subtype == "vague":
        names.append("carried_by_a_label")
    return tuple(names)


def parse_entry(raw: Any, vocabulary: str, origin: str, position: int) -> Entry:
    """Check one raw YAML mapping and build an Entry from it."""
    if not isinstance(raw, dict):
        raise LexiconError(f"{origin}: entry #{position + 1}: must be a mapping of fields")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID_PATTERN.match(entry_id):
        raise LexiconError(f"{origin}: entry #{position + 1}: field 'id': must be lower-case "
                           f"letters, digits and hyphens (got {entry_id!r})")
    subtype = raw.get("subtype")
    allowed = VOCABULARY_SUBTYPES[vocabulary]
    if subtype not in allowed:
        raise validate.fail(origin, entry_id, "subtype", f"must be one of {', '.join(allowed)} "
                            f"(got {subtype!r})")
    severity = validate.severity(raw, origin, entry_id, default="warning")
    exceptions = validate.regexes(raw, "exceptions", origin, entry_id)
    detail_may_follow = validate.flag(raw, "detail_may_follow", origin, entry_id)
    examples = validate.examples(raw, origin, entry_id)
    any_acronym = validate.flag(raw, "any_acronym", origin, entry_id)
    if any_acronym and subtype != "acronym":
        raise validate.fail(origin, entry_id, "any_acronym", "only an acronym entry may match "
                            "every acronym")
    word_shape = raw.get("word_shape")
    if word_shape is not None:
        from sos_lang.lexicon.shapes import shape_names

        if any_acronym or word_shape not in shape_names():
            raise validate.fail(origin, entry_id, "word_shape", f"must be one of "
                                f"{', '.join(shape_names())}, on an entry that is not the "
                                f"acronym rule (got {word_shape!r})")
    terms = validate.string_list(raw, "terms", origin, entry_id,
                                 required=not any_acronym and word_shape is None)
    rewrite = raw.get("rewrite") or {}
    if not isinstance(rewrite, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                for k, v in rewrite.items()):
        raise validate.fail(origin, entry_id, "rewrite",
                            "must map each term form to its replacement")
    unknown = sorted(set(rewrite) - set(terms))
    if unknown:
        raise validate.fail(origin, entry_id, "rewrite", f"forms not listed in terms: {unknown}")
    expansion = raw.get("expansion")
    if (subtype == "acronym" and not any_acronym
            and (not isinstance(expansion, str) or not expansion.strip())):
        raise validate.fail(origin, entry_id, "expansion",
                            "an acronym must say what it stands for")
    expansion = expansion.strip() if isinstance(expansion, str) else None
    context = validate.string_list(raw, "context", origin, entry_id, required=False)
    if context:
        from sos_lang.lexicon.context import CONTEXT_PREDICATES

        unknown = sorted(set(context) - set(CONTEXT_PREDICATES))
        if unknown:
            raise validate.fail(origin, entry_id, "context", f"unknown predicate(s) {unknown} "
                                f"(known: {', '.join(CONTEXT_PREDICATES)})")
    return Entry(
        rule_id=f"{vocabulary}.{entry_id}",
        kind=vocabulary,
        id=entry_id,
        subtype=subtype,
        terms=terms,
        alternatives=validate.string_list(raw, "alternatives", origin, entry_id),
        message=validate.text(raw, "note", origin, entry_id),
        source=validate.text(raw, "source", origin, entry_id),
        severity=severity,
        examples=examples,
        exceptions=exceptions,
        case_sensitive=bool(raw.get("case_sensitive", subtype == "acronym")),
        detail_may_follow=detail_may_follow,
        expansion=expansion,
        any_acronym=any_acronym,
        word_shape=word_shape,
        rewrite=dict(rewrite),
        context=context or default_context(exceptions, detail_may_follow, expansion, subtype),
        origin=origin,
    )
