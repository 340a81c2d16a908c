"""Tables of the interviews feature: user questions, guides, scorecards, hiring decisions.

Revision ID: 0004_interviews
Revises: 0003_jobs
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_interviews"
down_revision = "0003_jobs"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "interview_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=80), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_questions")),
        sa.UniqueConstraint("question_id", name=op.f("uq_interview_questions_question_id")),
    )
    op.create_table(
        "interview_guides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("interviewer", sa.String(length=200), nullable=True),
        sa.Column("question_ids", sa.JSON(), nullable=False),
        sa.Column("pinned_ids", sa.JSON(), nullable=False),
        sa.Column("excluded_ids", sa.JSON(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["jobs.id"],
            name=op.f("fk_interview_guides_job_id_jobs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_interview_guides_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_guides")),
    )
    with op.batch_alter_table("interview_guides") as batch:
        batch.create_index(batch.f("ix_interview_guides_job_id"), ["job_id"], unique=False)
        batch.create_index(
            batch.f("ix_interview_guides_candidate_id"), ["candidate_id"], unique=False
        )
    op.create_table(
        "interview_scorecards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=True),
        sa.Column("guide_id", sa.Integer(), nullable=True),
        sa.Column("interviewer", sa.String(length=200), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("recommendation", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_interview_scorecards_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["jobs.id"],
            name=op.f("fk_interview_scorecards_job_id_jobs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["guide_id"],
            ["interview_guides.id"],
            name=op.f("fk_interview_scorecards_guide_id_interview_guides"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_scorecards")),
    )
    with op.batch_alter_table("interview_scorecards") as batch:
        batch.create_index(
            batch.f("ix_interview_scorecards_candidate_id"), ["candidate_id"], unique=False
        )
        batch.create_index(batch.f("ix_interview_scorecards_job_id"), ["job_id"], unique=False)
    op.create_table(
        "hiring_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_hiring_decisions_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["jobs.id"],
            name=op.f("fk_hiring_decisions_job_id_jobs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hiring_decisions")),
    )
    with op.batch_alter_table("hiring_decisions") as batch:
        batch.create_index(
            batch.f("ix_hiring_decisions_candidate_id"), ["candidate_id"], unique=False
        )
        batch.create_index(batch.f("ix_hiring_decisions_job_id"), ["job_id"], unique=False)


def downgrade() -> None:
    op.drop_table("hiring_decisions")
    op.drop_table("interview_scorecards")
    op.drop_table("interview_guides")
    op.drop_table("interview_questions")
