"""The draft as HTML with flagged words and sentences marked by kind.

Every piece of the draft goes through ``html.escape``, so nothing typed can become
markup. Spans may nest (a flagged word inside a flagged sentence) or overlap, so the
text is cut at every span edge and each piece is wrapped in the marks covering it,
longest outermost.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from sos_lang.report import Finding, Highlight

KIND_STYLES: dict[str, tuple[str, str, str]] = {
    # kind: (background, border, legend text)
    "deficit": ("#f9c6c6", "#c0392b", "deficit: labels, blame, compliance or doubt words"),
    "jargon": ("#fde7a6", "#b7950b", "jargon: care words, acronyms, complex words"),
    "plain": ("#d6e6fb", "#2e6fb7", "plain: long or passive sentence"),
    "structure": ("#e7dcf5", "#7d3cb5", "structure: opinion as fact, vague worry, missing detail"),
    "strength": ("#cdeed6", "#1e8449", "strengths-based wording (good)"),
}
"""Colours per kind; sentence-wide kinds get a pale fill and an underline."""

SENTENCE_KINDS = frozenset({"plain", "structure"})

_STYLE = "\n".join([
    "<style>",
    ".sos-draft {white-space: pre-wrap; line-height: 2; font-size: 1rem;"
    " padding: 0.75rem 1rem; border: 1px solid #ddd; border-radius: 0.5rem;}",
    ".sos-draft mark, .sos-legend mark {color: inherit; padding: 0.1em 0; border-radius: 0.2em;}",
    *(f"mark.sos-{kind} {{background: {background};"
      f" border-bottom: {'2px solid' if kind in SENTENCE_KINDS else '1px solid'} {border};}}"
      for kind, (background, border, _) in KIND_STYLES.items()),
    ".sos-legend mark {display: inline-block; margin: 0 0.75rem 0.4rem 0; padding: 0.1em 0.4em;}",
    "</style>",
])


@dataclass(frozen=True)
class Span:
    """A stretch of the draft to mark, with the tooltip that says why."""

    start: int
    end: int
    kind: str
    rule_id: str
    title: str


def spans_for(findings: Iterable[Finding], highlights: Iterable[Highlight] = ()) -> list[Span]:
    """Markable spans: findings with a text span (record-level ones have none), and strengths."""
    spans = [Span(f.start, f.end, f.kind, f.rule_id,
                  f.message + (f" Try: {' / '.join(f.alternatives)}" if f.alternatives else ""))
             for f in findings if f.end > f.start]
    spans += [Span(h.start, h.end, "strength", h.rule_id, f"Strengths-based wording ({h.subtype})")
              for h in highlights if h.end > h.start]
    return spans


def _open(span: Span) -> str:
    return (f'<mark class="sos-{span.kind}" data-rule="{html.escape(span.rule_id)}" '
            f'title="{html.escape(span.title)}">')


def highlight_html(text: str, spans: Iterable[Span]) -> str:
    """The whole text, escaped, with <mark> elements for every span (nested by length)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    edges = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = [_STYLE, '<div class="sos-draft">']
    for start, end in itertools.pairwise(edges):
        covering = sorted((s for s in spans if s.start <= start and end <= s.end),
                          key=lambda s: (s.start - s.end, s.kind))
        pieces.extend(_open(span) for span in covering)
        pieces.append(html.escape(text[start:end]))
        pieces.append("</mark>" * len(covering))
    pieces.append("</div>")
    return "".join(pieces)


def legend_html(kinds: Iterable[str] = tuple(KIND_STYLES)) -> str:
    """A line of coloured samples saying what each colour means."""
    items = "".join(f'<mark class="sos-{kind}">{html.escape(KIND_STYLES[kind][2])}</mark>'
                    for kind in kinds)
    return f'{_STYLE}<div class="sos-legend">{items}</div>'
