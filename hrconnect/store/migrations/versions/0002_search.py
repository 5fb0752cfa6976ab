# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Search: a full-text index of people (FTS5) and saved searches (smart lists).

The index is filled from the existing people in SQL, so an upgraded store can be searched at
once; from then on the services keep it current with the people read model.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS_COLUMNS = "name, company, title, notes, tags, other"

BACKFILL = """
INSERT INTO people_fts (rowid, name, company, title, notes, tags, other)
SELECT p.id,
       (SELECT group_concat(r.full_name || ' ' || r.given_name || ' ' || r.middle_name || ' '
                            || r.family_name || ' ' || r.nickname, ' ')
          FROM source_records r WHERE r.person_id = p.id),
       (SELECT group_concat(r.organization, ' ') FROM source_records r
         WHERE r.person_id = p.id),
       (SELECT group_concat(r.title, ' ') FROM source_records r WHERE r.person_id = p.id),
       (SELECT group_concat(r.note, ' ') FROM source_records r WHERE r.person_id = p.id),
       p.tags,
       ''
  FROM persons p
 WHERE p.merged_into IS NULL
"""


def upgrade() -> None:
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(collation="NOCASE"), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_searches")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_searches_name")),
    )
    # remove_diacritics 2 folds accents (José = Jose); prefix indexes make "vand*" fast.
    op.execute(
        f"CREATE VIRTUAL TABLE people_fts USING fts5({FTS_COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    op.execute(BACKFILL)


def downgrade() -> None:
    op.execute("DROP TABLE people_fts")
    op.drop_table("saved_searches")
