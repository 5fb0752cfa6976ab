# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The database schema, as SQLAlchemy Core tables. Alembic migrations are written against it.

The model in one paragraph: a **person** is a cluster of **source records**. Every record comes
from one source (LinkedIn, Facebook, vCard, Google, Outlook) with its provenance and raw values,
keyed by ``(kind, source_key)`` so a re-import updates it in place. The user's own edits of a
person (name, notes, keep-in-touch setting, tags, logged interactions) live on a record of kind
``user`` in the same cluster, so they travel with merges and come back exactly on unmerge.
Contact points, jobs, photos, tags and interactions hang off records. Merging moves records
between people and remembers the move (``merges``); "not the same person" is remembered on the
records' stable keys (``match_decisions``). ``persons`` also carries a read model (display name,
last contact, due date...) that services recompute whenever a person's records change.

Dates are ISO text: ``Date`` columns hold complete dates, ``partial`` columns hold
``hrconnect.core.dates.PartialDate`` text (``--03-14``, ``2004-09``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

# Named constraints from day one: Alembic's SQLite batch mode needs names to rebuild tables.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_text(moment: datetime) -> str:
    """How a moment is stored: UTC ISO text to the second. Naive datetimes are refused."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not stored; pass an aware UTC datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class UTCDateTime(TypeDecorator[datetime]):
    """A moment stored as ISO 8601 text in UTC (``2026-11-20T10:00:00+00:00``).

    SQLite has no time zones; storing the offset keeps values unambiguous for anyone who opens
    the file with other tools, and reading gives aware datetimes back.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        """Aware datetime to UTC ISO text; naive datetimes are refused."""
        return None if value is None else utc_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        """ISO text back to an aware datetime."""
        return None if value is None else datetime.fromisoformat(value)


UTC_DATETIME = UTCDateTime()

# --- imports --------------------------------------------------------------------------------

import_batches = Table(
    "import_batches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", UTC_DATETIME, nullable=False),
    Column("finished_at", UTC_DATETIME),
    Column("app_version", String(32), nullable=False),
    Column("paths", Text, nullable=False, doc="JSON list of the paths the user gave"),
    Column("report", Text, doc="JSON import report (counts, skipped and failed items)"),
)

import_sources = Table(
    "import_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "batch_id", ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("format_id", String(40), nullable=False),
    Column("label", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False, index=True),
    Column("records_seen", Integer, nullable=False, server_default="0"),
)

# --- people and their records ---------------------------------------------------------------

persons = Table(
    "persons",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", UTC_DATETIME, nullable=False),
    Column(
        "merged_into",
        ForeignKey("persons.id", ondelete="SET NULL"),
        index=True,
        doc="Set while this person is absorbed by a merge; kept so unmerge is exact",
    ),
    # Read model, recomputed from the records by the services.
    Column("display_name", Text, nullable=False, server_default=""),
    Column("sort_name", Text, nullable=False, server_default="", index=True),
    Column("organization", Text, nullable=False, server_default=""),
    Column("title", Text, nullable=False, server_default=""),
    Column("birthday", String(10), doc="partial"),
    Column("birthday_md", String(5), index=True, doc="MM-DD for the birthday list"),
    Column("connected_on", Date),
    Column("last_contact_on", Date),
    Column("last_contact_kind", String(32)),
    Column("every_days", Integer),
    Column("rule_origin", Text, doc="'person' or 'tag:<name>'"),
    Column("due_on", Date, index=True),
    Column("snoozed_until", Date),
    Column("sources", Text, nullable=False, server_default="", doc="comma-separated kinds"),
    Column("tags", Text, nullable=False, server_default="", doc="tag names, tab-separated"),
    Column("record_count", Integer, nullable=False, server_default="0"),
    Column(
        "is_placeholder",
        Boolean,
        nullable=False,
        server_default="0",
        doc="Only a placeholder name (LinkedIn Member, Facebook User): never merged",
    ),
)

source_records = Table(
    "source_records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("source_key", Text, nullable=False),
    Column("alt_key", Text, doc="An older form of source_key (see core.records)"),
    Column("import_source_id", ForeignKey("import_sources.id", ondelete="SET NULL")),
    Column("archive", Text),
    Column("file", Text),
    Column("locator", Text),
    Column("created_at", UTC_DATETIME, nullable=False),
    Column("updated_at", UTC_DATETIME, nullable=False),
    Column("content_hash", String(64), nullable=False, server_default=""),
    Column("full_name", Text, nullable=False, server_default=""),
    Column("given_name", Text, nullable=False, server_default=""),
    Column("middle_name", Text, nullable=False, server_default=""),
    Column("family_name", Text, nullable=False, server_default=""),
    Column("prefix", Text, nullable=False, server_default=""),
    Column("suffix", Text, nullable=False, server_default=""),
    Column("nickname", Text, nullable=False, server_default=""),
    Column("name_is_structured", Boolean, nullable=False, server_default="1"),
    Column("organization", Text, nullable=False, server_default=""),
    Column("title", Text, nullable=False, server_default=""),
    Column("birthday", String(10), doc="partial"),
    Column("connected_on", Date),
    Column("note", Text, nullable=False, server_default=""),
    Column("raw", Text, nullable=False, server_default="[]", doc="JSON [[field, value], ...]"),
    # Only on records of kind 'user': the person's own keep-in-touch setting.
    Column("every_days", Integer),
    Column("rule_set_on", Date),
    Column("snoozed_until", Date),
    UniqueConstraint("kind", "source_key", name="uq_source_records_kind_key"),
    Index("ix_source_records_alt_key", "kind", "alt_key"),
    CheckConstraint(
        "kind IN ('linkedin','facebook','vcard','google','outlook','user')", name="kind"
    ),
)

contact_points = Table(
    "contact_points",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "record_id", ForeignKey("source_records.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("kind", String(8), nullable=False),
    Column("value", Text, nullable=False),
    Column("normalized", Text, nullable=False, server_default=""),
    Column("label", Text, nullable=False, server_default=""),
    Column("is_preferred", Boolean, nullable=False, server_default="0"),
    Column("position", Integer, nullable=False, server_default="0"),
    Index("ix_contact_points_normalized", "kind", "normalized"),
)

employments = Table(
    "employments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "record_id", ForeignKey("source_records.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("company", Text, nullable=False, server_default=""),
    Column("company_key", Text, nullable=False, server_default="", index=True),
    Column("title", Text, nullable=False, server_default=""),
    Column("department", Text, nullable=False, server_default=""),
    Column("start", String(10), doc="partial"),
    Column("end", String(10), doc="partial"),
    Column("is_current", Boolean, nullable=False, server_default="0"),
    Column("position", Integer, nullable=False, server_default="0"),
)

record_photos = Table(
    "record_photos",
    metadata,
    Column("record_id", ForeignKey("source_records.id", ondelete="CASCADE"), primary_key=True),
    Column("mime", String(40), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

match_features = Table(
    "match_features",
    metadata,
    Column("record_id", ForeignKey("source_records.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False, doc="JSON of matching.features.RecordFeatures"),
)

# --- tags -----------------------------------------------------------------------------------

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text(collation="NOCASE"), nullable=False, unique=True),
    Column("every_days", Integer, doc="keep-in-touch interval for everyone with this tag"),
    Column("rule_set_on", Date),
)

record_tags = Table(
    "record_tags",
    metadata,
    Column("record_id", ForeignKey("source_records.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("assigned_on", Date, nullable=False),
)

# --- interactions ---------------------------------------------------------------------------

interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "record_id", ForeignKey("source_records.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("kind", String(32), nullable=False),
    Column("occurred_on", Date, nullable=False),
    Column("occurred_at", UTC_DATETIME),
    Column("note", Text, nullable=False, server_default=""),
    Column("direction", String(3), nullable=False, server_default=""),
    Column("is_group", Boolean, nullable=False, server_default="0"),
    Column("source_key", Text),
    Column("import_source_id", ForeignKey("import_sources.id", ondelete="SET NULL")),
    Column("locator", Text),
    Column("created_at", UTC_DATETIME, nullable=False),
    UniqueConstraint("kind", "source_key", name="uq_interactions_kind_key"),
    Index("ix_interactions_record_on", "record_id", "occurred_on"),
)

# --- matching -------------------------------------------------------------------------------

match_decisions = Table(
    "match_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key_a", Text, nullable=False, doc="'<kind>:<source_key>', the smaller of the two"),
    Column("key_b", Text, nullable=False),
    Column("verdict", String(10), nullable=False),
    Column("origin", String(10), nullable=False),
    Column("score", Float),
    Column("evidence", Text, nullable=False, server_default="[]"),
    Column("created_at", UTC_DATETIME, nullable=False),
    UniqueConstraint("key_a", "key_b", name="uq_match_decisions_pair"),
    CheckConstraint("verdict IN ('same','different')", name="verdict"),
)

merges = Table(
    "merges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("survivor_id", ForeignKey("persons.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("absorbed_id", ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("record_ids", Text, nullable=False, doc="JSON list of the records moved"),
    Column("origin", String(10), nullable=False, doc="auto, review, user"),
    Column("score", Float),
    Column("evidence", Text, nullable=False, server_default="[]"),
    Column("created_at", UTC_DATETIME, nullable=False),
    Column("undone_at", UTC_DATETIME),
)

suggestions = Table(
    "suggestions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_a", ForeignKey("source_records.id", ondelete="CASCADE"), nullable=False),
    Column(
        "record_b", ForeignKey("source_records.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("score", Float, nullable=False),
    Column("band", String(10), nullable=False),
    Column("evidence", Text, nullable=False, server_default="[]"),
    Column("status", String(10), nullable=False, server_default="pending", index=True),
    Column("created_at", UTC_DATETIME, nullable=False),
    Column("decided_at", UTC_DATETIME),
    UniqueConstraint("record_a", "record_b", name="uq_suggestions_pair"),
)

# --- the owner ("me") -------------------------------------------------------------------------

owner_facts = Table(
    "owner_facts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False, doc="name, email, phone, profile_url, birthday"),
    Column("value", Text, nullable=False),
    Column("normalized", Text, nullable=False, server_default=""),
    Column("source", String(16), nullable=False),
    UniqueConstraint("kind", "normalized", name="uq_owner_facts_kind_value"),
)

owner_positions = Table(
    "owner_positions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("company", Text, nullable=False),
    Column("company_key", Text, nullable=False, server_default="", index=True),
    Column("title", Text, nullable=False, server_default=""),
    Column("start", String(10), doc="partial"),
    Column("end", String(10), doc="partial"),
    Column("source", String(16), nullable=False, doc="linkedin or user"),
    Column("source_key", Text, nullable=False),
    UniqueConstraint("source", "source_key", name="uq_owner_positions_key"),
)

# --- forgetting -------------------------------------------------------------------------------

tombstones = Table(
    "tombstones",
    metadata,
    Column(
        "key_hash",
        String(64),
        primary_key=True,
        doc="sha256 of '<kind>:<source_key>': no personal data is kept",
    ),
    Column("created_at", UTC_DATETIME, nullable=False),
)

# --- search (revision 0002) --------------------------------------------------------------------

saved_searches = Table(
    "saved_searches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text(collation="NOCASE"), nullable=False, unique=True),
    Column("query", Text, nullable=False),
    Column("created_at", UTC_DATETIME, nullable=False),
)

FTS_TABLE = "people_fts"
"""An FTS5 table (created by migration 0002, not expressible as a Core table): one row per
active person, ``rowid`` = person id, columns name, company, title, notes, tags, other."""

FTS_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(name, company, title, notes, tags, other, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
"""The statement that creates :data:`FTS_TABLE` in a brand-new store (migration 0002 keeps
its own copy, as migrations are history; a test keeps the two schemas identical).
``remove_diacritics 2`` folds accents (José = Jose); prefix indexes make ``vand*`` fast."""
