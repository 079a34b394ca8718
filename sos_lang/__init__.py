"""sos_lang: checks case records for plain, strengths-based Signs of Safety recording.

The public API is small: :func:`analyse` turns text into a :class:`Report`;
:func:`classify_sentences` labels sentences with Signs of Safety categories;
:func:`compare` checks a draft against its transcript or notes (a
:class:`ComparisonReport`); :func:`redact` (``sos_lang.redact(text, family_names=())``)
returns the text with personal details replaced by typed placeholders, and the spans replaced.
"""

from __future__ import annotations

__version__ = "0.3.0"

from sos_lang import redact
from sos_lang.analysis import analyse, analyse_many
from sos_lang.compare import ComparisonReport, compare
from sos_lang.report import Finding, Report, SentenceReport
from sos_lang.statements.model import Classification, classify_sentences

__all__ = [
    "Classification",
    "ComparisonReport",
    "Finding",
    "Report",
    "SentenceReport",
    "__version__",
    "analyse",
    "analyse_many",
    "classify_sentences",
    "compare",
    "redact",
]
