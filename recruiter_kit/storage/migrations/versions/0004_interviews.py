"""Tables of the interviews feature.

Revision ID: 0004_interviews
Revises: 0003_jobs
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_interviews"
down_revision = "0003_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
