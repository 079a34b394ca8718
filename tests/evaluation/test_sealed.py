"""The sealed blind sets load (gzipped JSON Lines), are whole and well formed, and stay
out of the documentation (scored once; see eval/sealed/README.md)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sos_lang.evaluation.common import load_jsonl, locate_in_order
from sos_lang.evaluation.overlap import quoted_items
from sos_lang.statements.corpus import LABELS
from tests.evaluation.test_overlap import DOCUMENTS, ROOT

SEALED = ROOT / "eval" / "sealed"
SETS: dict[str, tuple[str, int]] = {"statements_part_t.jsonl.gz": ("label", 871),
                                     "lexicon_test17.jsonl.gz": ("flags", 270),
                                     "redaction_test17.jsonl.gz": ("spans", 220),
                                     "compare_part_p.jsonl.gz": ("faults", 24)}
"""Every sealed file, with its annotation field and item count (lines, for a statement part
whose documents are whole, headings included; pairs for a compare set). Statement part s
joined the corpus (sos_lang/data/statements/part-s.jsonl) when part t was sealed."""


def _items(name: str) -> list[dict]:
    """A sealed set's items; a statement part's lines get an id from document and position,
    and a compare pair's draft is its text."""
    items = load_jsonl(SEALED / name)
    if SETS[name][0] == "label":
        return [{**item, "id": f"{item['doc']}:{item['position']}"} for item in items]
    if SETS[name][0] == "faults":
        return [{**item, "text": item["draft"]} for item in items]
    return items


def test_every_sealed_file_is_listed() -> None:
    assert {path.name for path in SEALED.glob("*.jsonl.gz")} == set(SETS)


def test_a_gzipped_set_loads_like_a_plain_one(tmp_path: Path) -> None:
    items = [{"id": "a-1", "text": "Dad hit Mum.", "flags": []}]
    lines = "\n".join(json.dumps(item) for item in items) + "\n"
    (tmp_path / "set.jsonl").write_text(lines, encoding="utf-8")
    (tmp_path / "set.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    assert load_jsonl(tmp_path / "set.jsonl.gz") == load_jsonl(tmp_path / "set.jsonl") == items


@pytest.mark.parametrize("name", sorted(SETS))
def test_sealed_set_is_whole_and_well_formed(name: str) -> None:
    field, count = SETS[name]
    items = _items(name)
    assert len(items) == count
    assert len({item["id"] for item in items}) == count
    for item in items:
        if field == "label":
            assert item["label"] in LABELS and item["text"].strip()
            assert isinstance(item["opinion_as_fact"], bool)
        elif field == "faults":
            for fault in item["faults"]:
                assert fault["draft_text"] in item["draft"]
                assert fault["source_text"] in item["sources"][fault["source_index"]]["text"]
        else:
            locate_in_order(item["id"], item["text"], [span["text"] for span in item[field]])


ECHOES: set[tuple[str, str]] = set()
"""Items that share a common phrase with a document that held it before the set was written
(the eval README its author read for the format; the CHANGELOG): the document came first,
so it does not leak the item."""


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_document_quotes_a_sealed_item(name: str) -> None:
    """No run of 7 words of a sealed item appears in the documentation (a heading or short
    line of fewer words cannot hold one)."""
    documents = {doc: (ROOT / doc).read_text(encoding="utf-8") for doc in DOCUMENTS}
    long_enough = [item for item in _items(name) if len(item["text"].split()) >= 7]
    assert set(quoted_items(long_enough, documents)) <= ECHOES
