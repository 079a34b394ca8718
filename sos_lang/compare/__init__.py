"""Checking a draft (often AI-drafted) against what was actually said: its transcript,
notes or earlier records (issue 21). ``compare(draft, sources)`` returns a
:class:`ComparisonReport`."""

from sos_lang.compare.core import check_inputs, compare
from sos_lang.compare.report import ComparisonReport, SourceFinding

__all__ = ["ComparisonReport", "SourceFinding", "check_inputs", "compare"]
