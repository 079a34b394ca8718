"""What a profile flags in an invented probe sentence: the one reading the lexicon's probe
tests share, so each test file holds only its sentences."""

from __future__ import annotations

from sos_lang.analysis import analyse

PROFILES = ["fast", "accurate"]


def acronyms_flagged(text: str, profile: str) -> list[str]:
    """The text of each acronym finding, in order."""
    return [f.text for f in analyse(text, profile=profile).findings if f.subtype == "acronym"]


def wording_findings(text: str, profile: str) -> list[tuple[str, str]]:
    """Each deficit or jargon finding as (text, subtype), in order."""
    return [(f.text, f.subtype) for f in analyse(text, profile=profile).findings
            if f.kind in ("deficit", "jargon")]
