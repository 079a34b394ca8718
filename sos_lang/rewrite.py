"""Safe automatic rewriting: replace words that have one unambiguous plain equivalent.

Only entries with a ``rewrite`` mapping give a replacement; everything else stays a
suggestion. The replacement travels on the finding (``Finding.replacement``, set by the
extractor), so rewriting reads the report and never analyses the text again. Quoted
speech is never touched (the matcher never flags it).
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass

from sos_lang.lexicon.loader import spelling_variants
from sos_lang.lexicon.schema import Entry
from sos_lang.report import Report


@dataclass(frozen=True)
class Replacement:
    """One applied change, with offsets into the original text."""

    rule_id: str
    start: int
    end: int
    original: str
    replacement: str


@functools.lru_cache(maxsize=4096)
def _plain_form(rewrite: tuple[tuple[str, str], ...], lowered: str) -> str | None:
    for form, plain in rewrite:
        if lowered in {variant.lower() for variant in spelling_variants(form)}:
            return plain
    return None


def safe_replacement(entry: Entry, matched: str) -> str | None:
    """The plain replacement for a term an entry matched, in the matched capitals, or None
    when the entry has no safe rewrite for that form."""
    if not entry.rewrite:
        return None
    plain = _plain_form(tuple(entry.rewrite.items()), matched.lower())
    return match_case(matched, plain) if plain is not None else None


def match_case(original: str, replacement: str) -> str:
    """Give the replacement the capitalisation pattern of the original."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def plan_rewrite(report: Report) -> list[Replacement]:
    """The safe replacements the report's findings carry, in order."""
    return [Replacement(finding.rule_id, finding.start, finding.end, finding.text,
                        finding.replacement)
            for finding in report.findings if finding.replacement is not None]


def apply_replacements(text: str, replacements: list[Replacement]) -> str:
    """The text with the replacements applied; one that overlaps an earlier one is skipped."""
    pieces, position = [], 0
    for item in sorted(replacements, key=lambda r: r.start):
        if item.start < position:
            continue
        pieces.extend([text[position:item.start], item.replacement])
        position = item.end
    pieces.append(text[position:])
    return "".join(pieces)


def rewrite(text: str, config_path: str | None = None, profile: str = "accurate") -> str:
    """The text with every safe replacement applied (analyses it once)."""
    from sos_lang.analysis import analyse

    return apply_replacements(text, plan_rewrite(analyse(text, profile=profile,
                                                         config_path=config_path)))


def unified_diff(original: str, revised: str, name: str = "draft") -> str:
    return "".join(difflib.unified_diff(original.splitlines(keepends=True),
                                        revised.splitlines(keepends=True),
                                        fromfile=f"{name} (original)",
                                        tofile=f"{name} (revised)"))
