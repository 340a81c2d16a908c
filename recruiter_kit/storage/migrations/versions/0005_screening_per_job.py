"""A document may be screened for more than one job.

Revision ID: 0005_screening_per_job
Revises: 0004_interviews

The unique rule moves from the document alone to the document and the job, so
a resume imported for a second opening gets its own screening row while the
file itself stays stored once.
"""

from __future__ import annotations

from alembic import op

revision = "0005_screening_per_job"
down_revision = "0004_interviews"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screenings") as batch:
        batch.drop_constraint("uq_screenings_document_id", type_="unique")
        batch.create_unique_constraint(
            "uq_screenings_document_id_job_id", ["document_id", "job_id"]
        )


def downgrade() -> None:
    # The older schema holds one screening per document: keep each document's
    # first one (its original import) and drop the screenings for further jobs.
    op.execute(
        "DELETE FROM screenings WHERE id NOT IN "
        "(SELECT MIN(id) FROM screenings GROUP BY document_id)"
    )
    with op.batch_alter_table("screenings") as batch:
        batch.drop_constraint("uq_screenings_document_id_job_id", type_="unique")
        batch.create_unique_constraint("uq_screenings_document_id", ["document_id"])
