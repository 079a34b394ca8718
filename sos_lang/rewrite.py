"""Safe automatic rewriting: replace words that have one unambiguous plain equivalent.

Only entries with a ``rewrite`` mapping are applied; everything else stays a
suggestion. Quoted speech is never touched (the matcher never flags it).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from sos_lang.analysis import analyse
from sos_lang.lexicon.loader import spelling_variants
from sos_lang.lexicon.schema import Entry
from sos_lang.rules.config import active_lexicon


@dataclass(frozen=True)
class Replacement:
    """One applied change, with offsets into the original text."""

    rule_id: str
    start: int
    end: int
    original: str
    replacement: str


def _replacement_for(entry: Entry, matched: str) -> str | None:
    lowered = matched.lower()
    for form, plain in entry.rewrite.items():
        if lowered in {variant.lower() for variant in spelling_variants(form)}:
            return match_case(matched, plain)
    return None


def match_case(original: str, replacement: str) -> str:
    """Give the replacement the capitalisation pattern of the original."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def plan_rewrite(text: str, config_path: str | None = None,
                 profile: str = "accurate") -> list[Replacement]:
    """The safe replacements for a text, in order, without overlaps."""
    lexicon = active_lexicon(config_path)
    report = analyse(text, profile=profile, config_path=config_path)
    replacements: list[Replacement] = []
    for finding in report.findings:
        if finding.kind != "jargon":
            continue
        entry = lexicon.get(finding.rule_id)
        if not entry.safe_to_rewrite:
            continue
        plain = _replacement_for(entry, finding.text)
        if plain is not None:
            replacements.append(Replacement(finding.rule_id, finding.start, finding.end,
                                            finding.text, plain))
    return replacements


def apply_replacements(text: str, replacements: list[Replacement]) -> str:
    pieces, position = [], 0
    for item in sorted(replacements, key=lambda r: r.start):
        if item.start < position:
            continue
        pieces.extend([text[position:item.start], item.replacement])
        position = item.end
    pieces.append(text[position:])
    return "".join(pieces)


def rewrite(text: str, config_path: str | None = None, profile: str = "accurate") -> str:
    """The text with every safe replacement applied."""
    return apply_replacements(text, plan_rewrite(text, config_path, profile))


def unified_diff(original: str, revised: str, name: str = "draft") -> str:
    return "".join(difflib.unified_diff(original.splitlines(keepends=True),
                                        revised.splitlines(keepends=True),
                                        fromfile=f"{name} (original)",
                                        tofile=f"{name} (revised)"))
