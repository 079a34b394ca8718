"""The comparison report: what a draft says that its source does not, and the reverse.
``to_dict()`` is the JSON contract (data/compare.schema.json)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sos_lang.report import SEVERITY_ORDER, flat_dict

SCHEMA_VERSION = 1
SUBTYPES = ("unsupported", "invented_specific", "attribution_lost", "wording_introduced",
            "left_out")


@dataclass(frozen=True)
class SourceFinding:
    """A draft span (empty for left_out) and the source passage nearest to it."""

    subtype: str
    start: int
    end: int
    text: str
    source_index: int
    source_start: int
    source_end: int
    source_text: str
    message: str
    severity: str
    kind: str = "source"

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self)


@dataclass
class ComparisonReport:
    """Findings of one draft against its sources, and the draft's support score (0-100)."""

    support_score: float
    findings: list[SourceFinding] = field(default_factory=list)
    analyser_version: str = ""
    sentences: list[tuple[int, int, float]] = field(default_factory=list)
    """Each checked draft sentence's bounds and support (0-1); not part of the JSON."""

    def to_dict(self) -> dict[str, Any]:
        """The object ``sos-lang compare --format json`` prints."""
        return {"schema_version": SCHEMA_VERSION, "analyser_version": self.analyser_version,
                "support_score": self.support_score,
                "findings": [finding.to_dict() for finding in self.findings]}

    def worst_severity(self) -> str | None:
        """The most severe finding's severity, or None when nothing was found."""
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_ORDER.__getitem__)
