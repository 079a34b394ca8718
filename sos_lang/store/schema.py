"""Tables of the results store (SQLAlchemy Core; SQLite by default, PostgreSQL too).

The store keeps numbers and counts per record, never the record text; flagged
excerpts only with ``--keep-excerpts``, and then redacted. A schema version in
``sos_meta`` lets an older store be migrated or refused, never misread.

A record is identified by its team and its id (schema version 2): ids are namespaced by
team, so an upload by someone who may write only to North cannot replace, move or even
detect a South record with the same id. A record without a team has the team ``NO_TEAM``
in the key (key columns cannot be NULL); the store reads it back as no team.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 2
"""1: records keyed by id alone, content hashes plain SHA-256. 2: keyed by team and id,
content hashes keyed (HMAC) with the pseudonym key."""

NO_TEAM = ""
"""The team key of a record that has no team."""

SCORE_COLUMNS = ("overall", "plain", "jargon", "deficit", "strengths", "evidence")
METRIC_COLUMNS = (
    "words", "sentences", "flesch_reading_ease", "fk_grade", "reading_age",
    "mean_sentence_words", "share_sentences_over_25", "share_sentences_over_40",
    "passive_share", "long_word_share", "deficit_findings", "jargon_findings",
    "strength_markers", "deficit_per_100_words", "jargon_per_100_words",
    "worried_sentences", "working_well_sentences", "needs_to_happen_sentences",
    "other_sentences", "opinion_as_fact_sentences",
)
"""Report metrics kept as columns, so trends are plain SQL over one table."""

metadata = MetaData()

meta = Table(
    "sos_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(256), nullable=False),
)

runs = Table(
    "sos_runs", metadata,
    Column("run_id", String(36), primary_key=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(16), nullable=False),  # running | finished | interrupted
    Column("analyser_version", String(32), nullable=False),
    Column("profile", String(16), nullable=False),
    Column("inputs", Text, nullable=False),  # input file names, never record text
    Column("analysed", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
)

records = Table(
    "sos_records", metadata,
    Column("team", String(128), primary_key=True, default=NO_TEAM),
    Column("record_id", String(256), primary_key=True),
    Column("content_hash", String(64), nullable=False),  # HMAC-SHA256 with the pseudonym key
    Column("analyser_version", String(32), nullable=False),
    Column("profile", String(16), nullable=False),
    Column("run_id", String(36), ForeignKey("sos_runs.run_id"), nullable=False),
    Column("worker", String(64)),  # keyed hash of the worker's name, never the name
    Column("record_date", Date),
    Column("record_type", String(128)),
    Column("analysed_at", DateTime, nullable=False),
    *(Column(f"score_{name}", Float, nullable=False) for name in SCORE_COLUMNS),
    *(Column(name, Float, nullable=False) for name in METRIC_COLUMNS),
)
Index("ix_sos_records_team_date", records.c.team, records.c.record_date)
Index("ix_sos_records_date", records.c.record_date)

record_counts = Table(
    "sos_record_counts", metadata,
    Column("team", String(128), primary_key=True),
    Column("record_id", String(256), primary_key=True),
    Column("kind", String(16), primary_key=True),  # rule | label | element | subtype
    Column("name", String(128), primary_key=True),
    Column("count", Integer, nullable=False),
    ForeignKeyConstraint(["team", "record_id"], ["sos_records.team", "sos_records.record_id"],
                         ondelete="CASCADE"),
)

record_groups = Table(
    "sos_record_groups", metadata,
    Column("team", String(128), primary_key=True),
    Column("record_id", String(256), primary_key=True),
    Column("name", String(64), primary_key=True),  # the grouping column (--group-cols)
    Column("value", String(64), nullable=False),  # a category; "" when left blank
    ForeignKeyConstraint(["team", "record_id"], ["sos_records.team", "sos_records.record_id"],
                         ondelete="CASCADE"),
)
"""Grouping columns for the equity view (issue 20): categories only, checked before an audit
by audit/groups.py. Added to schema version 2 without changing it: a version 2 store written
before it lacks only this table, which ``Store.write`` creates when a record has groups."""

excerpts = Table(
    "sos_excerpts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("team", String(128), nullable=False),
    Column("record_id", String(256), nullable=False),
    ForeignKeyConstraint(["team", "record_id"], ["sos_records.team", "sos_records.record_id"],
                         ondelete="CASCADE"),
    Column("rule_id", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("subtype", String(64), nullable=False),
    Column("severity", String(8), nullable=False),
    Column("excerpt", Text, nullable=False),  # redacted
)
Index("ix_sos_excerpts_record", excerpts.c.team, excerpts.c.record_id)

run_errors = Table(
    "sos_run_errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(36), ForeignKey("sos_runs.run_id"), nullable=False, index=True),
    Column("record_id", String(256)),
    Column("source", String(512), nullable=False),  # file and row, never record text
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

agreement = Table(
    "sos_agreement", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(36), nullable=False, index=True),  # one agreement command
    Column("computed_at", DateTime, nullable=False),
    Column("workbooks", String(1024), nullable=False),  # file names, never their contents
    Column("first", String(64), nullable=False),  # sos_lang, auditor 1, auditor 2
    Column("second", String(64), nullable=False),
    Column("element", String(64), nullable=False),  # an element id or 'all elements'
    Column("records", Integer, nullable=False),
    Column("agreement", Float),
    Column("kappa", Float),
    Column("kappa_low", Float),
    Column("kappa_high", Float),
    Column("disagreements", Text, nullable=False),  # JSON [[team, record id], ...]
)
"""Agreement results (issue 20). Added to schema version 2 without changing it: a version 2
store written before it lacks only this table, which ``Store.write_agreement`` creates."""


WORKER_NAME_MAX = 128
"""A worker's name longer than this is not a name (the text column mapped as the worker)."""

METADATA_LIMITS = {
    "record_id": records.c.record_id.type.length,
    "team": records.c.team.type.length,
    "record_type": records.c.record_type.type.length,
    "worker": WORKER_NAME_MAX,
}
"""Longest value the store keeps per metadata field (its column size): a longer value is a
row error, never truncated, never stored (it is most likely record text in the wrong
column)."""
