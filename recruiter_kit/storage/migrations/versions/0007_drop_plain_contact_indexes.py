"""Drop the plain indexes on candidates' email and phone.

Revision ID: 0007_drop_plain_contact_indexes
Revises: 0006_candidate_lookup_indexes

Candidates are found by the expressions of revision 0006 (the email in any
case, the phone by its last digits); no query reads the plain columns' indexes
any more. Each import still wrote both, two more pages for every new
candidate's transaction.
"""

from __future__ import annotations

from alembic import op

revision = "0007_drop_plain_contact_indexes"
down_revision = "0006_candidate_lookup_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_candidates_email", table_name="candidates")
    op.drop_index("ix_candidates_phone", table_name="candidates")


def downgrade() -> None:
    op.create_index("ix_candidates_phone", "candidates", ["phone"])
    op.create_index("ix_candidates_email", "candidates", ["email"])
