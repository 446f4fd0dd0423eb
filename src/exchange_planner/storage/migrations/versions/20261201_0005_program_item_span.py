"""An index on the length of each program item, so the longest one is found at once.

The conflicts of a visit read only the items overlapping the visit's time: those starting
between ``window start - longest item`` and the window's end, on the index of ``starts_at``.
The longest item (``max(ends_at - starts_at)``) is then one index lookup instead of a scan
of every item. The expression is each dialect's own (SQLite has no interval type) and must
stay exactly the one ``services/conflict_reading.py`` asks for, or the index is not used.

SQLAlchemy does not reflect expression indexes on SQLite: a later migration that recreates
``program_item`` in batch mode must create this index again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 23:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The length of an item as each dialect computes it (days on SQLite, an interval elsewhere).
SPAN = {
    "sqlite": "(julianday(ends_at) - julianday(starts_at))",
    "postgresql": "(ends_at - starts_at)",
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("program_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_program_item_span", [sa.text(SPAN.get(dialect, SPAN["postgresql"]))]
        )


def downgrade() -> None:
    with op.batch_alter_table("program_item", schema=None) as batch_op:
        batch_op.drop_index("ix_program_item_span")
