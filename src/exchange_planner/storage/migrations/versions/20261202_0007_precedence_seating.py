"""Order of precedence and seating plans (issue 17).

Rank tables per country with their ranks (``rank.equivalent_rank_id`` joins two tables into
one order); a person's rank and the tie-breakers (elected, in office since, born on); a place
forced in a visit's order with its reason, and whose interpreter a member is; the hosts of the
home city on a visit; the seating plans of meals and receptions, their tables and seats.
Nothing is backfilled: existing people have no rank and are placed after the ranked ones.

Adding a foreign key column rebuilds ``person`` and ``visit_member`` on SQLite (batch mode);
``program_item`` and its expression index (migration 0005) are not touched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 13:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rank_table",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "original_language",
            sqlmodel.sql.sqltypes.AutoString(length=8),
            server_default="de",
            nullable=False,
        ),
        sa.Column("translations", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rank_table")),
    )
    with op.batch_alter_table("rank_table", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rank_table_uuid"), ["uuid"], unique=True)

    op.create_table(
        "rank",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "original_language",
            sqlmodel.sql.sqltypes.AutoString(length=8),
            server_default="de",
            nullable=False,
        ),
        sa.Column("translations", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rank_table_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("equivalent_rank_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("position >= 1", name=op.f("ck_rank_position_positive")),
        sa.ForeignKeyConstraint(
            ["equivalent_rank_id"],
            ["rank.id"],
            name=op.f("fk_rank_equivalent_rank_id_rank"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["rank_table_id"],
            ["rank_table.id"],
            name=op.f("fk_rank_rank_table_id_rank_table"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rank")),
    )
    with op.batch_alter_table("rank", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rank_rank_table_id"), ["rank_table_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rank_uuid"), ["uuid"], unique=True)

    op.create_table(
        "visit_host",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "head",
                "deputy",
                "official",
                "staff",
                "interpreter",
                "press",
                "driver",
                "security",
                "guest",
                name="memberrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("precedence_override", sa.Integer(), nullable=True),
        sa.Column("override_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("interprets_for_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["interprets_for_id"],
            ["person.id"],
            name=op.f("fk_visit_host_interprets_for_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_visit_host_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_host_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_host")),
        sa.UniqueConstraint("visit_id", "person_id", name="uq_visit_host_person"),
    )
    with op.batch_alter_table("visit_host", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_host_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_host_uuid"), ["uuid"], unique=True)
        batch_op.create_index(batch_op.f("ix_visit_host_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "seating_plan",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_item_id", sa.Integer(), nullable=False),
        sa.Column(
            "rule",
            sa.Enum(
                "international",
                "german",
                name="seatingrule",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("alternate", sa.Boolean(), nullable=False),
        sa.Column(
            "interpreters",
            sa.Enum(
                "beside",
                "behind",
                name="interpreterplace",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["person.id"],
            name=op.f("fk_seating_plan_host_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_item_id"],
            ["program_item.id"],
            name=op.f("fk_seating_plan_program_item_id_program_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_plan")),
    )
    with op.batch_alter_table("seating_plan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seating_plan_program_item_id"), ["program_item_id"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_seating_plan_uuid"), ["uuid"], unique=True)

    op.create_table(
        "seating_table",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column(
            "shape",
            sa.Enum(
                "round",
                "long",
                "u_shape",
                name="tableshape",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "seats >= 2 AND seats <= 80", name=op.f("ck_seating_table_seats_in_range")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["seating_plan.id"],
            name=op.f("fk_seating_table_plan_id_seating_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_table")),
    )
    with op.batch_alter_table("seating_table", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seating_table_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_seating_table_uuid"), ["uuid"], unique=True)

    op.create_table(
        "seat_assignment",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("behind", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_seat_assignment_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["seating_table.id"],
            name=op.f("fk_seat_assignment_table_id_seating_table"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat_assignment")),
        sa.UniqueConstraint("table_id", "seat", "behind", name="uq_seat_assignment_seat"),
    )
    with op.batch_alter_table("seat_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seat_assignment_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_seat_assignment_table_id"), ["table_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_seat_assignment_uuid"), ["uuid"], unique=True)

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rank_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("elected", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("in_office_since", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("born_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_person_rank_id"), ["rank_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_person_rank_id_rank"), "rank", ["rank_id"], ["id"], ondelete="RESTRICT"
        )

    with op.batch_alter_table("visit_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("precedence_override", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "override_reason",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(sa.Column("interprets_for_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_member_interprets_for_id_person"),
            "person",
            ["interprets_for_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("visit_member", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_visit_member_interprets_for_id_person"), type_="foreignkey"
        )
        batch_op.drop_column("interprets_for_id")
        batch_op.drop_column("override_reason")
        batch_op.drop_column("precedence_override")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_person_rank_id_rank"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_person_rank_id"))
        batch_op.drop_column("born_on")
        batch_op.drop_column("in_office_since")
        batch_op.drop_column("elected")
        batch_op.drop_column("rank_id")

    with op.batch_alter_table("seat_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seat_assignment_uuid"))
        batch_op.drop_index(batch_op.f("ix_seat_assignment_table_id"))
        batch_op.drop_index(batch_op.f("ix_seat_assignment_person_id"))

    op.drop_table("seat_assignment")
    with op.batch_alter_table("seating_table", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seating_table_uuid"))
        batch_op.drop_index(batch_op.f("ix_seating_table_plan_id"))

    op.drop_table("seating_table")
    with op.batch_alter_table("seating_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seating_plan_uuid"))
        batch_op.drop_index(batch_op.f("ix_seating_plan_program_item_id"))

    op.drop_table("seating_plan")
    with op.batch_alter_table("visit_host", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_host_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_host_uuid"))
        batch_op.drop_index(batch_op.f("ix_visit_host_person_id"))

    op.drop_table("visit_host")
    with op.batch_alter_table("rank", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rank_uuid"))
        batch_op.drop_index(batch_op.f("ix_rank_rank_table_id"))

    op.drop_table("rank")
    with op.batch_alter_table("rank_table", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rank_table_uuid"))

    op.drop_table("rank_table")
