"""Visit logistics and records (issue 18): travel and stay of members, vehicles and transfer
seats, run-of-show cues, gift rules with limits, exchange rates, gift dispositions, the
erasure runs of personal data; consent and dietary codes on people; new document kinds.

The document kinds live in a CHECK constraint on ``document_print.kind``; it is replaced with
one that admits the new kinds (batch mode recreates the table on SQLite).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 06:19:10
"""

import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = ("itinerary", "personal_itinerary", "gift_protocol", "residency_sheet")
_NEW_KINDS = (
    *_OLD_KINDS,
    "rooming_list",
    "transport_plan",
    "driver_sheet",
    "catering_summary",
    "run_of_show",
    "gift_register",
)


#: Migration 0005's expression index, which SQLite's batch mode drops with the table copy.
_SQLITE_SPAN_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_program_item_span"
    " ON program_item ((julianday(ends_at) - julianday(starts_at)))"
)


@contextmanager
def _span_index_not_reflected() -> Iterator[None]:
    """SQLAlchemy warns that it cannot reflect the expression index; it is made again below."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", "Skipped unsupported reflection of expression-based index", sa.exc.SAWarning
        )
        yield


def _restore_span_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_SQLITE_SPAN_INDEX)


def _document_kinds(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table("document_print", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_document_print_documentkind"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_document_print_documentkind"),
            sa.column("kind").in_(kinds),
        )


def upgrade() -> None:
    op.create_table(
        "erasure_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("before", sa.Date(), nullable=False),
        sa.Column("export_file", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_run")),
    )
    op.create_table(
        "exchange_rate",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("rate_date", sa.Date(), nullable=False),
        sa.Column("units_per_eur", sa.Numeric(precision=18, scale=6), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.CheckConstraint("units_per_eur > 0", name=op.f("ck_exchange_rate_rate_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint("currency", "rate_date", name="uq_exchange_rate_day"),
    )
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_rate_uuid"), ["uuid"], unique=True)

    op.create_table(
        "gift_rule",
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
        sa.Column("jurisdiction", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("applies_to", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("source_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("valuation", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from",
            name=op.f("ck_gift_rule_dates_in_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_rule")),
    )
    with op.batch_alter_table("gift_rule", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_gift_rule_jurisdiction"), ["jurisdiction"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_gift_rule_uuid"), ["uuid"], unique=True)

    op.create_table(
        "gift_rule_limit",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("consequence", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["gift_rule.id"],
            name=op.f("fk_gift_rule_limit_rule_id_gift_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_rule_limit")),
    )
    with op.batch_alter_table("gift_rule_limit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gift_rule_limit_rule_id"), ["rule_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_rule_limit_uuid"), ["uuid"], unique=True)

    op.create_table(
        "vehicle",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "car",
                "van",
                "minibus",
                "bus",
                name="vehiclekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("driver_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("driver_phone", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("driver_language", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("plate", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("company", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint("seats >= 1 AND seats <= 80", name=op.f("ck_vehicle_seats_in_range")),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_vehicle_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle")),
    )
    with op.batch_alter_table("vehicle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vehicle_uuid"), ["uuid"], unique=True)
        batch_op.create_index(batch_op.f("ix_vehicle_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "gift_disposition",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gift_id", sa.Integer(), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kept",
                "handed_over",
                "displayed",
                "stored",
                "loaned",
                "returned",
                "disposed",
                name="dispositionkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("inventory_number", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gift_id"],
            ["gift.id"],
            name=op.f("fk_gift_disposition_gift_id_gift"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_disposition")),
    )
    with op.batch_alter_table("gift_disposition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gift_disposition_gift_id"), ["gift_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_disposition_uuid"), ["uuid"], unique=True)

    op.create_table(
        "program_cue",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_item_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("cue", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("responsible", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_item_id"],
            ["program_item.id"],
            name=op.f("fk_program_cue_program_item_id_program_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_cue")),
    )
    with op.batch_alter_table("program_cue", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_program_cue_program_item_id"), ["program_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_program_cue_uuid"), ["uuid"], unique=True)

    op.create_table(
        "transfer_vehicle",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_item_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_item_id"],
            ["program_item.id"],
            name=op.f("fk_transfer_vehicle_program_item_id_program_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"],
            ["vehicle.id"],
            name=op.f("fk_transfer_vehicle_vehicle_id_vehicle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_vehicle")),
        sa.UniqueConstraint("program_item_id", "vehicle_id", name="uq_transfer_vehicle_vehicle"),
    )
    with op.batch_alter_table("transfer_vehicle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transfer_vehicle_program_item_id"), ["program_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_transfer_vehicle_uuid"), ["uuid"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_transfer_vehicle_vehicle_id"), ["vehicle_id"], unique=False
        )

    op.create_table(
        "transfer_seat",
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "uuid", sqlmodel.sql.sqltypes.AutoString(length=36), server_default="", nullable=False
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transfer_vehicle_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_transfer_seat_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["transfer_vehicle_id"],
            ["transfer_vehicle.id"],
            name=op.f("fk_transfer_seat_transfer_vehicle_id_transfer_vehicle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_seat")),
        sa.UniqueConstraint("transfer_vehicle_id", "person_id", name="uq_transfer_seat_person"),
    )
    with op.batch_alter_table("transfer_seat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_seat_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_transfer_seat_transfer_vehicle_id"),
            ["transfer_vehicle_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_transfer_seat_uuid"), ["uuid"], unique=True)

    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rate_units_per_eur", sa.Numeric(precision=18, scale=6), nullable=True)
        )
        batch_op.add_column(sa.Column("rate_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "rate_source",
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            )
        )

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "dietary_requirements",
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column("notes_consent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("notes_consent_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "gift_jurisdiction",
                sqlmodel.sql.sqltypes.AutoString(length=40),
                nullable=False,
                server_default="",
            )
        )

    with _span_index_not_reflected(), op.batch_alter_table("program_item") as batch_op:
        batch_op.add_column(
            sa.Column(
                "responsible",
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(sa.Column("from_venue_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_program_item_from_venue_id_venue"),
            "venue",
            ["from_venue_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    _restore_span_index()

    with op.batch_alter_table("visit_member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "arrival_mode",
                sa.Enum(
                    "flight",
                    "train",
                    "car",
                    "bus",
                    "other",
                    name="arrivalmode",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column(
                "arrival_carrier",
                sqlmodel.sql.sqltypes.AutoString(length=100),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "arrival_number",
                sqlmodel.sql.sqltypes.AutoString(length=20),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "arrival_place",
                sqlmodel.sql.sqltypes.AutoString(length=200),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "arrival_terminal",
                sqlmodel.sql.sqltypes.AutoString(length=50),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "arrival_pickup",
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "departure_mode",
                sa.Enum(
                    "flight",
                    "train",
                    "car",
                    "bus",
                    "other",
                    name="departuremode",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column(
                "departure_carrier",
                sqlmodel.sql.sqltypes.AutoString(length=100),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "departure_number",
                sqlmodel.sql.sqltypes.AutoString(length=20),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "departure_place",
                sqlmodel.sql.sqltypes.AutoString(length=200),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "departure_terminal",
                sqlmodel.sql.sqltypes.AutoString(length=50),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "departure_pickup",
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(sa.Column("hotel_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "room_type",
                sa.Enum(
                    "single",
                    "double",
                    "twin",
                    "triple",
                    "suite",
                    name="roomtype",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column(
                "special_requests",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column(
                "mobile",
                sqlmodel.sql.sqltypes.AutoString(length=100),
                nullable=False,
                server_default="",
            )
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_member_hotel_id_venue"),
            "venue",
            ["hotel_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    _document_kinds(_NEW_KINDS)


def downgrade() -> None:
    _document_kinds(_OLD_KINDS)
    with op.batch_alter_table("visit_member", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_visit_member_hotel_id_venue"), type_="foreignkey")
        for check in ("arrivalmode", "departuremode", "roomtype"):
            batch_op.drop_constraint(batch_op.f(f"ck_visit_member_{check}"), type_="check")
        batch_op.drop_column("mobile")
        batch_op.drop_column("special_requests")
        batch_op.drop_column("room_type")
        batch_op.drop_column("hotel_id")
        batch_op.drop_column("departure_pickup")
        batch_op.drop_column("departure_terminal")
        batch_op.drop_column("departure_place")
        batch_op.drop_column("departure_number")
        batch_op.drop_column("departure_carrier")
        batch_op.drop_column("departure_mode")
        batch_op.drop_column("arrival_pickup")
        batch_op.drop_column("arrival_terminal")
        batch_op.drop_column("arrival_place")
        batch_op.drop_column("arrival_number")
        batch_op.drop_column("arrival_carrier")
        batch_op.drop_column("arrival_mode")

    with _span_index_not_reflected(), op.batch_alter_table("program_item") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_program_item_from_venue_id_venue"), type_="foreignkey"
        )
        batch_op.drop_column("from_venue_id")
        batch_op.drop_column("responsible")
    _restore_span_index()

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("gift_jurisdiction")
        batch_op.drop_column("notes_consent_on")
        batch_op.drop_column("notes_consent")
        batch_op.drop_column("dietary_requirements")

    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_column("rate_source")
        batch_op.drop_column("rate_date")
        batch_op.drop_column("rate_units_per_eur")

    with op.batch_alter_table("transfer_seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_seat_uuid"))
        batch_op.drop_index(batch_op.f("ix_transfer_seat_transfer_vehicle_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_seat_person_id"))

    op.drop_table("transfer_seat")
    with op.batch_alter_table("transfer_vehicle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_vehicle_vehicle_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_vehicle_uuid"))
        batch_op.drop_index(batch_op.f("ix_transfer_vehicle_program_item_id"))

    op.drop_table("transfer_vehicle")
    with op.batch_alter_table("program_cue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_cue_uuid"))
        batch_op.drop_index(batch_op.f("ix_program_cue_program_item_id"))

    op.drop_table("program_cue")
    with op.batch_alter_table("gift_disposition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_disposition_uuid"))
        batch_op.drop_index(batch_op.f("ix_gift_disposition_gift_id"))

    op.drop_table("gift_disposition")
    with op.batch_alter_table("vehicle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vehicle_visit_id"))
        batch_op.drop_index(batch_op.f("ix_vehicle_uuid"))

    op.drop_table("vehicle")
    with op.batch_alter_table("gift_rule_limit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_rule_limit_uuid"))
        batch_op.drop_index(batch_op.f("ix_gift_rule_limit_rule_id"))

    op.drop_table("gift_rule_limit")
    with op.batch_alter_table("gift_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_rule_uuid"))
        batch_op.drop_index(batch_op.f("ix_gift_rule_jurisdiction"))

    op.drop_table("gift_rule")
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_rate_uuid"))

    op.drop_table("exchange_rate")
    op.drop_table("erasure_run")
