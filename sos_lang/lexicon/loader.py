"""Loading vocabulary files and expanding spelling variants at load time."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sos_lang.lexicon.schema import Entry, LexiconError
from sos_lang.rules.loader import load_rule_file


def packaged_lexicon_dir() -> Path:
    """The lexicons shipped with sos_lang (inside the wheel, or the repository's folder)."""
    inside = Path(__file__).resolve().parent.parent / "lexicons"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent.parent / "lexicons"


# UK -> US spelling rules applied to every listed form, so files list UK spelling only.
_SPELLING_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=\w{2})is(e|es|ed|ing|ation|ations|er|ers)\b"), r"iz\1"),
    (re.compile(r"(?<=\w)ys(e|es|ed|ing)\b"), r"yz\1"),
    (re.compile(r"(?<=[iv]|[bl]|m|d)our(s|ed|ing|al|ally|ite|ites|able)?\b"), r"or\1"),
)


def spelling_variants(term: str) -> set[str]:
    """The term and its US spellings (utilise -> utilize, behaviour -> behavior)."""
    variants = {term}
    for pattern, replacement in _SPELLING_RULES:
        variants |= {pattern.sub(replacement, variant) for variant in variants}
    return variants


@dataclass(frozen=True)
class Lexicon:
    """All entries in force, by vocabulary, after local overrides."""

    entries: tuple[Entry, ...]
    allowed: frozenset[str] = frozenset()
    """Words a local config accepts; a match whose text is one of these is never flagged."""
    config_path: str | None = None

    def vocabulary(self, name: str) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.vocabulary == name)

    def get(self, rule_id: str) -> Entry:
        for entry in self.entries:
            if rule_id in (entry.rule_id, entry.id):
                return entry
        raise KeyError(rule_id)


def load_vocabulary_file(path: Path) -> tuple[Entry, ...]:
    """Parse and check one vocabulary YAML file (through the one rule loader)."""
    rules = load_rule_file(path)
    if not all(isinstance(rule, Entry) for rule in rules):
        raise LexiconError(f"{path}: must be a vocabulary file ('vocabulary' and 'entries'), "
                           "not a check file")
    return rules  # type: ignore[return-value]


def packaged_vocabulary_files() -> list[Path]:
    """The vocabulary files in ``lexicons/`` (every YAML file but the acronym rule's data)."""
    from sos_lang.lexicon.acronyms import ALLOWLIST_FILE

    return sorted(path for path in packaged_lexicon_dir().glob("*.yaml")
                  if path.name != ALLOWLIST_FILE)


def load_lexicon(paths: Iterable[Path] | None = None) -> Lexicon:
    """Load vocabulary files (default: the packaged ones) into one Lexicon."""
    if paths is None:
        paths = packaged_vocabulary_files()
    entries: list[Entry] = []
    for path in paths:
        entries.extend(load_vocabulary_file(Path(path)))
    return Lexicon(entries=tuple(entries))


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return load_lexicon()
