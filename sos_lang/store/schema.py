"""Tables of the results store (SQLAlchemy Core; SQLite by default, PostgreSQL too).

The store keeps numbers and counts per record, never the record text; flagged
excerpts only with ``--keep-excerpts``, and then redacted. A schema version in
``sos_meta`` lets an older store be migrated or refused, never misread.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 1

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
    Column("record_id", String(256), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("analyser_version", String(32), nullable=False),
    Column("profile", String(16), nullable=False),
    Column("run_id", String(36), ForeignKey("sos_runs.run_id"), nullable=False),
    Column("team", String(128)),
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
    Column("record_id", String(256), ForeignKey("sos_records.record_id", ondelete="CASCADE"),
           primary_key=True),
    Column("kind", String(16), primary_key=True),  # rule | label
    Column("name", String(128), primary_key=True),
    Column("count", Integer, nullable=False),
)

excerpts = Table(
    "sos_excerpts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(256), ForeignKey("sos_records.record_id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("rule_id", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("subtype", String(64), nullable=False),
    Column("severity", String(8), nullable=False),
    Column("excerpt", Text, nullable=False),  # redacted
)

run_errors = Table(
    "sos_run_errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(36), ForeignKey("sos_runs.run_id"), nullable=False, index=True),
    Column("record_id", String(256)),
    Column("source", String(512), nullable=False),  # file and row, never record text
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)
