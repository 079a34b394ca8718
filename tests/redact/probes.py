"""What redaction finds in an invented probe sentence, without the entity model: the one
reading the redaction probe tests share, so each test file holds only its sentences."""

from __future__ import annotations

from sos_lang.redact import redact


def spans_of(text: str, kind: str, use_model: bool = False) -> list[str]:
    """The text of each span of one type, in order."""
    _, spans = redact(text, use_model=use_model)
    return [s.text for s in spans if s.kind == kind]


def redacted_within(text: str, value: str, kind: str) -> bool:
    """Whether the first occurrence of value lies inside one span of the type."""
    _, spans = redact(text, use_model=False)
    start = text.index(value)
    end = start + len(value)
    return any(s.kind == kind and s.start <= start and end <= s.end for s in spans)
