"""The audit plan is data: work, skips and errors from items and the stored state alone."""

from __future__ import annotations

import sos_lang
from sos_lang.audit.plan import OTHER_TEAM, keys_to_look_up, plan
from sos_lang.audit.pseudonyms import content_hash, pseudonymise
from sos_lang.audit.readers import AuditItem

KEY = b"test-key"


def _item(record_id: str | None, text: str | None, error: str | None = None) -> AuditItem:
    return AuditItem(record_id, text, f"file.csv:{record_id}", worker="Ann Smith", error=error)


def test_plan_sorts_items_into_work_skips_and_errors() -> None:
    stored = _item("R1", "Dad hit Sam on Monday.")
    items = [stored, _item("R2", "Mum was non-compliant."), _item(None, None, "missing record id"),
             _item("R2", "A second R2.")]
    known = {(None, "R1"): (content_hash(stored, KEY), sos_lang.__version__)}
    result = plan(items, known, KEY)
    assert result.skipped == 1
    assert [work.item.record_id for work in result.todo] == ["R2"]
    assert result.todo[0].worker == pseudonymise("Ann Smith", KEY)
    assert [(e.record_id, e.reason) for e in result.errors] == [
        (None, "missing record id"), ("R2", "duplicate record id in this batch")]


def test_plan_reanalyses_a_record_stored_by_another_version_or_with_other_text() -> None:
    item = _item("R1", "Dad hit Sam on Monday.")
    assert len(plan([item], {(None, "R1"): (content_hash(item, KEY), "0.0.0")}, KEY).todo) == 1
    assert len(plan([item], {(None, "R1"): ("other", sos_lang.__version__)}, KEY).todo) == 1


def test_only_valid_ids_are_looked_up() -> None:
    items = [_item("R1", "text"), _item("R2", None, "empty text"), _item(None, None, "x")]
    assert keys_to_look_up(items) == [(None, "R1")]


def test_the_same_id_in_two_teams_is_two_records() -> None:
    """Ids are namespaced by team: South's stored R1 neither skips nor blocks North's."""
    south = AuditItem("R1", "Dad hit Sam.", "f.csv:2", team="South")
    north = AuditItem("R1", "Dad hit Sam.", "f.csv:3", team="North")
    result = plan([south, north], {("South", "R1"): (content_hash(south, KEY),
                                                     sos_lang.__version__)}, KEY)
    assert (result.skipped, [w.item.team for w in result.todo], result.errors) == (
        1, ["North"], [])


def test_rows_of_other_teams_are_refused_whatever_the_store_holds() -> None:
    """A writer limited to North: South's and team-less rows are errors, the same whether
    or not the store holds a record with that id (no oracle)."""
    rows = [AuditItem("R1", "Dad hit Sam.", "f.csv:2", team="South"),
            AuditItem("R2", "Dad hit Sam.", "f.csv:3"),
            AuditItem("R3", "Dad hit Sam.", "f.csv:4", team="North")]
    stored = {("South", "R1"): (content_hash(rows[0], KEY), sos_lang.__version__)}
    for known in (stored, {}):
        result = plan(rows, known, KEY, teams=frozenset({"North"}))
        assert [w.item.record_id for w in result.todo] == ["R3"]
        assert result.skipped == 0
        assert [(e.record_id, e.reason) for e in result.errors] == [
            ("R1", OTHER_TEAM), ("R2", OTHER_TEAM)]
