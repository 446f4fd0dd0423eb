"""A stable identity per record: a UUID that stays the same in every database it is copied to.

The exchange file carries it, and merging another office's file matches records by it
(``services/exchange_merge.py``). Existing rows get a fresh UUID each; the column is added
with an empty default (SQLite adds a NOT NULL column only with a default), filled, and then
indexed as unique. Adding a column needs no table rebuild, so the expression index of
``program_item`` (migration 0005) stays as it is.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 06:00:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IDENTIFIED = (
    "partnership",
    "person",
    "venue",
    "visit",
    "visit_member",
    "program_item",
    "gift",
    "guestbook_entry",
    "residency",
    "residency_deliverable",
    "checklist_item",
    "exhibition",
)


def upgrade() -> None:
    connection = op.get_bind()
    for table in IDENTIFIED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "uuid",
                    sqlmodel.sql.sqltypes.AutoString(length=36),
                    nullable=False,
                    server_default="",
                )
            )
        rows = sa.table(table, sa.column("id", sa.Integer()), sa.column("uuid", sa.String()))
        ids = [row_id for (row_id,) in connection.execute(sa.select(rows.c.id))]
        if ids:
            connection.execute(
                rows.update().where(rows.c.id == sa.bindparam("row_id")),
                [{"row_id": row_id, "uuid": str(uuid.uuid4())} for row_id in ids],
            )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_uuid"), ["uuid"], unique=True)


def downgrade() -> None:
    for table in reversed(IDENTIFIED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_uuid"))
            batch_op.drop_column("uuid")
    # Dropping a column rebuilds the table on SQLite, which loses the expression index.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_program_item_span ON program_item "
            "((julianday(ends_at) - julianday(starts_at)))"
        )
