"""Indexes for finding a known candidate by email (any case) or phone (last digits).

Revision ID: 0006_candidate_lookup_indexes
Revises: 0005_screening_per_job

An import asks, for every file, whether a candidate with the same email or
phone is already stored. Without an index on the expressions it asks with,
that looked through every candidate, so a large database made each import
slower.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_candidate_lookup_indexes"
down_revision = "0005_screening_per_job"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_candidates_email_key", "candidates", [sa.text("lower(email)")])
    op.create_index("ix_candidates_phone_key", "candidates", [sa.text("substr(phone, -9)")])


def downgrade() -> None:
    op.drop_index("ix_candidates_phone_key", table_name="candidates")
    op.drop_index("ix_candidates_email_key", table_name="candidates")
