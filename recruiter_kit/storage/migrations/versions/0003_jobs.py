"""Tables of the jobs feature.

Revision ID: 0003_jobs
Revises: 0002_screening
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_jobs"
down_revision = "0002_screening"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
