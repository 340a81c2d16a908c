"""Stored screening results refer to their lines rather than repeat them.

Revision ID: 0008_results_by_line_reference
Revises: 0007_drop_plain_contact_indexes

No table changes. Results are now written with each line's text once, in a
lines table, and sections and evidence as line numbers into it. This app reads
both forms, but an older one would misread the new one, so this revision marks
the database: an older app refuses it with a clear message instead. Going back
(downgrade) writes every result out in full again, as older apps read them.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from recruiter_kit.screening.results import with_full_evidence

revision = "0008_results_by_line_reference"
down_revision = "0007_drop_plain_contact_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, result FROM screenings WHERE json_type(result, '$.lines') IS NOT NULL")
    ).all()
    for screening_id, stored in rows:
        connection.execute(
            sa.text("UPDATE screenings SET result = :result WHERE id = :id"),
            {"result": json.dumps(with_full_evidence(json.loads(stored))), "id": screening_id},
        )
