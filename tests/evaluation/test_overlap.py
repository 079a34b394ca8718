"""Test parts hold no exact or near duplicate of a development item, and no document
quotes a test item (the development writers read the documentation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sos_lang.evaluation.common import split_set
from sos_lang.evaluation.overlap import near_duplicates, quoted_items, shared_identifiers

ROOT = Path(__file__).resolve().parents[2]
SETS = [("lexicon_heldout.jsonl", "lexicon_dev"), ("redaction_set.jsonl", "redaction_dev")]
DOCUMENTS = ["README.md", "CHANGELOG.md", "eval/README.md", "eval/sealed/README.md",
             "notebooks/build_notebooks.py",
             "sos_lang/data/statements/README.md", *sorted(
                 str(path.relative_to(ROOT)) for path in (ROOT / "docs").glob("*.md"))]
DATA_FILES = sorted(str(path.relative_to(ROOT)) for folder in ("lexicons", "sos_lang/data")
                    for path in (ROOT / folder).glob("*.yaml"))
"""Lexicon examples, check examples and demo phrases: what the checks are built and tested on."""
QUOTED_WORDS = 7


def _item(item_id: str, text: str, **extra: object) -> dict[str, object]:
    return {"id": item_id, "text": text, **extra}


def test_exact_near_and_contained_duplicates_are_found() -> None:
    dev = [("dev.jsonl", _item("d1", "Dad admitted hitting Sam with a belt on Sunday.")),
           ("dev.jsonl", _item("d2", "Mum's new partner is unsuitable to be around the "
                                     "children. He has a conviction.")),
           ("dev.jsonl", _item("d3", "The school's concern is that Amy missed 14 days.")),
           ("dev.jsonl", _item("d4", "Gran takes the children to school every morning."))]
    test = [_item("t1", "Dad admitted hitting Sam with a belt on Sunday night."),
            _item("t2", "Mum's new partner is unsuitable to be around the children."),
            _item("t3", "the school's CONCERN is that Amy missed 14 days"),
            _item("t4", "Dad hit Sam with a belt; the school nurse saw two red marks.")]
    found = {(d.test_id, d.dev_id) for d in near_duplicates(test, dev)}
    assert found == {("t1", "d1"), ("t2", "d2"), ("t3", "d3")}


def test_a_shared_identifier_is_found() -> None:
    dev = [("dev.jsonl", _item("d1", "Letter to Flat 7b, 31 Canal Wharf, Leeds."))]
    test = [_item("t1", "New address Flat 7b, 31 Canal Wharf.",
                  spans=[{"text": "Flat 7b, 31 Canal Wharf", "type": "ADDRESS"}]),
            _item("t2", "Born 14/02/2017.",
                  spans=[{"text": "14/02/2017", "type": "DATE_OF_BIRTH"}])]
    assert [d.test_id for d in shared_identifiers(test, dev)] == ["t1"]


@pytest.mark.parametrize(("test_file", "dev_prefix"), SETS)
def test_no_test_item_duplicates_a_development_item(test_file: str, dev_prefix: str) -> None:
    test, dev = split_set(test_file, dev_prefix)
    assert len(dev) > len(test) > 150
    found = near_duplicates(test, dev)
    if test_file.startswith("redaction"):
        found += shared_identifiers(test, dev)
    assert found == []


@pytest.mark.parametrize(("test_file", "dev_prefix"), SETS)
def test_no_document_quotes_a_test_item(test_file: str, dev_prefix: str) -> None:
    """No run of QUOTED_WORDS words of a test item appears in the documentation."""
    documents = {name: (ROOT / name).read_text(encoding="utf-8") for name in DOCUMENTS}
    assert quoted_items(split_set(test_file, dev_prefix)[0], documents, QUOTED_WORDS) == []


@pytest.mark.parametrize(("test_file", "dev_prefix"), SETS)
def test_no_lexicon_example_or_data_file_quotes_a_test_item(test_file: str,
                                                             dev_prefix: str) -> None:
    """Examples written into the vocabulary and check files are development data too."""
    files = {name: (ROOT / name).read_text(encoding="utf-8") for name in DATA_FILES}
    assert quoted_items(split_set(test_file, dev_prefix)[0], files, QUOTED_WORDS) == []


def test_the_passive_test_set_repeats_no_development_item_and_no_document_quotes_it() -> None:
    """The passive set is whole: all of passive_test.jsonl is the test part, all of
    passive_dev.jsonl the development part."""
    from sos_lang.evaluation.passive import DEV_SET, TEST_SET, load_set

    test, dev = load_set(TEST_SET), [(DEV_SET, item) for item in load_set(DEV_SET)]
    assert len(test) >= 100 and len(dev) >= 100
    assert near_duplicates(test, dev) == []
    texts = {name: (ROOT / name).read_text(encoding="utf-8")
             for name in [*DOCUMENTS, *DATA_FILES]}
    assert quoted_items(test, texts, QUOTED_WORDS) == []
