"""Every redaction rule of the rules file ships examples, and they hold: each pattern and each
table column has texts it must redact (the part in [[ ]]) and texts it must leave alone."""

from __future__ import annotations

import re

import pytest

from sos_lang.redact import redact
from sos_lang.redact.rules import Column, Pattern, rules
from sos_lang.redact.tables import table_column_spans

_MARK = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


def _unmarked(example: str) -> tuple[str, list[tuple[int, int]]]:
    """The example without its [[ ]] marks, and where each marked part is in it."""
    parts, text, position = [], "", 0
    for match in _MARK.finditer(example):
        text += example[position:match.start()]
        parts.append((len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        position = match.end()
    return text + example[position:], parts


def _rule_examples() -> list[tuple[str, Pattern | Column, str, str]]:
    found: list[tuple[str, Pattern | Column, str, str]] = []
    for number, rule in enumerate([*rules().patterns, *rules().table_columns]):
        name = f"{rule.kind}-{number}"
        found += [(name, rule, "redact", example) for example in rule.redact]
        found += [(name, rule, "keep", example) for example in rule.keep]
    return found


@pytest.mark.parametrize("rule", [*rules().patterns, *rules().table_columns],
                         ids=lambda rule: rule.kind)
def test_every_rule_ships_examples_both_ways(rule: Pattern | Column) -> None:
    assert rule.redact and rule.keep
    assert all(_MARK.search(example) for example in rule.redact)


def _covered(spans: list[tuple[int, int, str]], kind: str, start: int, end: int,
             text: str) -> bool:
    """Whether every letter and digit of text[start:end] is inside a span of kind."""
    return all(any(s <= i < e and k == kind for s, e, k in spans)
               for i in range(start, end) if text[i].isalnum())


@pytest.mark.parametrize(("name", "rule", "way", "example"), _rule_examples(),
                         ids=[f"{n}-{w}-{i}" for i, (n, _, w, _) in enumerate(_rule_examples())])
def test_rule_examples(name: str, rule: Pattern | Column, way: str, example: str) -> None:
    text, marked = _unmarked(example)
    spans = [(s.start, s.end, s.kind) for s in redact(text, use_model=False)[1]]
    if way == "redact":
        if isinstance(rule, Pattern):  # this rule itself finds each marked part
            found = [m.span("value" if "value" in rule.regex.groupindex else 0)
                     for m in rule.regex.finditer(text)]
            if rule.more is not None:
                found += [m.span() for m in rule.more.finditer(text)]
        else:
            found = [(s.start, s.end) for s in table_column_spans(text) if s.kind == rule.kind]
        for start, end in marked:
            assert any(s < end and start < e for s, e in found), (name, text[start:end])
            assert _covered(spans, rule.kind, start, end, text), (name, text[start:end], spans)
    else:
        for start, end in marked or [(0, len(text))]:
            wrong = [text[s:e] for s, e, k in spans if k == rule.kind and s < end and start < e]
            assert not wrong, (name, wrong)
