"""Composite indexes for the per-visit program and the studio timeline.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 23:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("program_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_program_item_visit_start", ["visit_id", "starts_at"], unique=False
        )
    with op.batch_alter_table("residency", schema=None) as batch_op:
        batch_op.create_index(
            "ix_residency_studio_start", ["studio_id", "start_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("residency", schema=None) as batch_op:
        batch_op.drop_index("ix_residency_studio_start")
    with op.batch_alter_table("program_item", schema=None) as batch_op:
        batch_op.drop_index("ix_program_item_visit_start")
