"""Loading lexicon files: schema errors name file, entry and field; sizes; spelling variants."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sos_lang.lexicon.loader import default_lexicon, load_vocabulary_file, spelling_variants
from sos_lang.lexicon.schema import VOCABULARY_SUBTYPES, LexiconError

MINIMUM_ENTRIES = {"deficit": 60, "jargon": 80, "strengths": 50}


def test_spelling_variants() -> None:
    assert spelling_variants("utilise") >= {"utilise", "utilize"}
    assert "organization" in spelling_variants("organisation")
    assert "behavioral" in spelling_variants("behavioural")
    assert "analyze" in spelling_variants("analyse")
    assert spelling_variants("your") == {"your"}
    assert spelling_variants("four") == {"four"}


@pytest.mark.parametrize("vocabulary", sorted(MINIMUM_ENTRIES))
def test_vocabulary_sizes_and_subtypes(vocabulary: str) -> None:
    entries = default_lexicon().vocabulary(vocabulary)
    assert len(entries) >= MINIMUM_ENTRIES[vocabulary]
    subtypes = Counter(entry.subtype for entry in entries)
    assert set(subtypes) == set(VOCABULARY_SUBTYPES[vocabulary])


def test_jargon_has_forty_acronyms_and_forty_other() -> None:
    subtypes = Counter(entry.subtype for entry in default_lexicon().vocabulary("jargon"))
    assert subtypes["acronym"] >= 40
    assert subtypes["care_jargon"] + subtypes["complex"] >= 40


def test_every_entry_is_sourced_and_has_alternatives() -> None:
    for entry in default_lexicon().entries:
        assert entry.source and entry.note and entry.alternatives, entry.rule_id


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "local.yaml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD_ENTRY = """
  - id: {id}
    subtype: label
    terms: [feckless]
    alternatives: [describe what happened]
    note: A label, not a behaviour.
    source: labelling guide
    severity: error
    examples: {{flag: [Dad is feckless.], no_flag: [Dad was late twice.]}}
"""


def test_valid_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, "vocabulary: deficit\nentries:" + GOOD_ENTRY.format(id="feckless"))
    (entry,) = load_vocabulary_file(path)
    assert entry.rule_id == "deficit.feckless"


@pytest.mark.parametrize(("broken", "field"), [
    ("subtype: label", "subtype: nonsense"),
    ("severity: error", "severity: fatal"),
    ("no_flag: [Dad was late twice.]", "no_flag: []"),
    ("source: labelling guide", "source: ''"),
    ("severity: error", "severity: error\n    detail_may_follow: sometimes"),
])
def test_errors_name_file_entry_and_field(tmp_path: Path, broken: str, field: str) -> None:
    body = "vocabulary: deficit\nentries:" + GOOD_ENTRY.format(id="feckless").replace(broken, field)
    path = _write(tmp_path, body)
    with pytest.raises(LexiconError) as error:
        load_vocabulary_file(path)
    message = str(error.value)
    assert str(path) in message and "feckless" in message
    assert field.splitlines()[-1].split(":")[0].strip() in message


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    body = "vocabulary: deficit\nentries:" + GOOD_ENTRY.format(id="x") + GOOD_ENTRY.format(id="x")
    with pytest.raises(LexiconError, match="used twice"):
        load_vocabulary_file(_write(tmp_path, body))


def test_bad_yaml_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not valid YAML"):
        load_vocabulary_file(_write(tmp_path, "vocabulary: [unclosed"))


def test_no_term_belongs_to_two_entries_of_a_vocabulary() -> None:
    owners: dict[tuple[str, str], str] = {}
    clashes = []
    for entry in default_lexicon().entries:
        for term in entry.terms:
            key = (entry.vocabulary, term if entry.case_sensitive else term.lower())
            if key in owners and owners[key] != entry.rule_id:
                clashes.append((term, owners[key], entry.rule_id))
            owners[key] = entry.rule_id
    assert clashes == []
