"""Deciding what an audit does with each record, as data: analyse it, skip it, or an error.

``plan`` is pure: it reads the items and what the store already holds, and
returns the work and the errors; the runner writes the errors and hands the
work to an engine.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

import sos_lang
from sos_lang.audit.engines import Batch, Work
from sos_lang.audit.pseudonyms import content_hash, pseudonymise
from sos_lang.audit.readers import AuditItem
from sos_lang.store.database import RecordKey
from sos_lang.store.schema import METADATA_LIMITS


@dataclass(frozen=True)
class RunError:
    """A record that could not be analysed, and why (the reason holds no record text)."""

    record_id: str | None
    source: str
    reason: str


@dataclass
class Plan:
    """What to do with one chunk of items."""

    todo: Batch = field(default_factory=list)
    errors: list[RunError] = field(default_factory=list)
    skipped: int = 0


OTHER_TEAM = "team not among the teams you may write to"


def metadata_error(item: AuditItem) -> str | None:
    """Why a record's metadata cannot be stored, or None: a value longer than its column
    (most likely record text in a wrongly mapped column). The value itself is never quoted."""
    for name, limit in METADATA_LIMITS.items():
        value = getattr(item, name)
        if value is not None and len(value) > limit:
            return (f"{name} is {len(value):,} characters, over the {limit} the store keeps "
                    "(is the right column chosen for it?)")
    return None


def keys_to_look_up(items: Iterable[AuditItem]) -> list[RecordKey]:
    """The (team, record id) keys whose stored state ``plan`` needs."""
    return [(item.team, item.record_id) for item in items
            if not item.error and item.record_id and not metadata_error(item)]


def plan(items: Iterable[AuditItem], known: Mapping[RecordKey, tuple[str, str]],
         key: bytes, teams: Collection[str] | None = None) -> Plan:
    """Work and errors for these items, given (content hash, version) of stored records.

    A record (team and id: ids are namespaced by team) already stored with the same
    content and analyser version is skipped; a record seen twice in the chunk is an error
    the second time. ``teams`` (None: any) are the teams the audit may write to: a row of
    another team, or of none, is an error decided from the row alone, so the outcome never
    says what the store holds for other teams.
    """
    result = Plan()
    valid: list[AuditItem] = []
    for item in items:
        error = item.error or metadata_error(item)
        if error:
            result.errors.append(RunError(item.record_id, item.source, error))
        elif teams is not None and item.team not in teams:
            result.errors.append(RunError(item.record_id, item.source, OTHER_TEAM))
        else:
            valid.append(item)
    seen: set[RecordKey] = set()
    for item in valid:
        assert item.record_id is not None
        digest = content_hash(item, key)
        record = (item.team, item.record_id)
        if record in seen:
            result.errors.append(RunError(item.record_id, item.source,
                                          "duplicate record id in this batch"))
            continue
        seen.add(record)
        if known.get(record) == (digest, sos_lang.__version__):
            result.skipped += 1
            continue
        result.todo.append(Work(item, digest, pseudonymise(item.worker, key)))
    return result
