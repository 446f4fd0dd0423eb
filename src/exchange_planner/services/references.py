"""Finding what still refers to a record, to refuse deletes with a message that says where."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from exchange_planner.storage.tables import metadata

#: How a reference reads to a user: (table, column) -> phrase.
_PHRASES: dict[tuple[str, str], str] = {
    ("visit", "head_id"): "head of delegation of visit",
    ("visit", "hotel_id"): "hotel of visit",
    ("visit", "partnership_id"): "partnership of visit",
    ("visit_member", "person_id"): "member of visit",
    ("program_item", "host_id"): "host of program item",
    ("program_item", "venue_id"): "venue of program item",
    ("program_attendee", "person_id"): "attendee of program item",
    ("gift", "giver_id"): "giver of gift",
    ("gift", "recipient_id"): "recipient of gift",
    ("guestbook_entry", "signer_id"): "signer of guestbook entry",
    ("residency", "artist_id"): "artist of residency",
    ("residency", "studio_id"): "studio of residency",
    ("residency", "partnership_id"): "partnership of residency",
    ("exhibition", "curator_id"): "curator of exhibition",
    ("exhibition", "venue_id"): "venue of exhibition",
    ("exhibition", "partnership_id"): "partnership of exhibition",
    ("exhibition_artist", "person_id"): "artist of exhibition",
    ("person", "rank_id"): "rank of",
    ("visit_host", "person_id"): "host of visit",
    ("seat_assignment", "person_id"): "seated at",
    ("transfer_seat", "person_id"): "passenger of transfer",
    ("program_item", "from_venue_id"): "start of program item",
    ("visit_member", "hotel_id"): "hotel of a member of visit",
}

#: Link tables whose rows are named by the record they belong to: table -> (column, parent).
_PARENTS = {
    "visit_member": ("visit_id", "visit"),
    "program_attendee": ("program_item_id", "program_item"),
    "exhibition_artist": ("exhibition_id", "exhibition"),
    "visit_host": ("visit_id", "visit"),
}

#: Column that names a row of these tables in a message.
_LABEL_COLUMNS = {
    "visit": "title",
    "program_item": "title",
    "gift": "description",
    "residency": "title",
    "exhibition": "title",
}

#: Rows named by an expression of their own columns: a person by the name, a seat by the
#: meal and the table ("Welcome dinner, table 1, seat 3").
_NAMED_BY = ("person", "seat_assignment", "transfer_seat")


@dataclass(frozen=True)
class Use:
    """One place that refers to a record: the referring ``table`` and ``column`` (what the
    record is there, e.g. ("program_item", "venue_id"): the venue of a program item), and the
    title of the referring row (``titled``) or its number; ``more`` stands for further rows
    of that place not listed."""

    table: str
    column: str
    label: str = ""
    titled: bool = True
    more: bool = False
    #: A seat's meal title, table label and seat number, for a message in another language.
    parts: tuple[str, ...] = ()

    @property
    def phrase(self) -> str:
        """The English phrase ("venue of program item")."""
        return _PHRASES.get((self.table, self.column), f"{self.table}.{self.column}")

    def __str__(self) -> str:
        if self.more:
            return f"{self.phrase}: more"
        return f"{self.phrase} “{self.label}”" if self.titled else f"{self.phrase} #{self.label}"


def find_references(session: Session, table_name: str, record_id: int) -> list[str]:
    """Readable places where rows point at ``table_name`` row ``record_id`` (RESTRICT only)."""
    return [str(use) for use in find_uses(session, table_name, record_id)]


def find_uses(session: Session, table_name: str, record_id: int) -> list[Use]:
    """The places where rows point at ``table_name`` row ``record_id`` (RESTRICT only), at
    most five per place."""
    found: list[Use] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name or fk.ondelete not in (None, "RESTRICT"):
                continue
            column = fk.parent
            label_column = _LABEL_COLUMNS.get(table.name)
            if table.name in _NAMED_BY:
                query = _named_query(table.name, column, record_id)
                label_column = "named"
            elif table.name in _PARENTS:
                # "member of visit “Official visit …”", not the link row's own number.
                link, parent_name = _PARENTS[table.name]
                parent = metadata.tables[parent_name]
                label_column = _LABEL_COLUMNS[parent_name]
                query = (
                    sa.select(parent.c[label_column])
                    .select_from(table.join(parent, table.c[link] == parent.c.id))
                    .where(column == record_id)
                )
            elif label_column:
                query = sa.select(table.c[label_column]).where(column == record_id)
            else:
                query = sa.select(*table.primary_key.columns).where(column == record_id)
            rows = session.execute(query.limit(6)).all()
            for row in rows[:5]:
                parts = tuple(str(part) for part in row[1:])
                found.append(
                    Use(table.name, column.name, str(row[0]), bool(label_column), parts=parts)
                )
            if len(rows) > 5:
                found.append(Use(table.name, column.name, more=True))
    return found


def _named_query(table_name: str, column: sa.Column, record_id: int) -> sa.Select:  # type: ignore[type-arg]
    """One text per referring row of the tables in ``_NAMED_BY``."""
    if table_name == "person":
        person = metadata.tables["person"]
        given_first = person.c.given_name + sa.literal(" ") + person.c.family_name
        family_first = person.c.family_name + sa.literal(" ") + person.c.given_name
        name = sa.case((person.c.name_order == "family_first", family_first), else_=given_first)
        return sa.select(sa.func.trim(name)).where(column == record_id)
    if table_name == "transfer_seat":
        # "Transfer to the hotel, Van 1": the transfer item and the vehicle.
        seat = metadata.tables["transfer_seat"]
        used = metadata.tables["transfer_vehicle"]
        vehicle = metadata.tables["vehicle"]
        item = metadata.tables["program_item"]
        joined = seat.join(used, seat.c.transfer_vehicle_id == used.c.id)
        joined = joined.join(vehicle, used.c.vehicle_id == vehicle.c.id)
        joined = joined.join(item, used.c.program_item_id == item.c.id)
        label = sa.case(
            (vehicle.c.label == "", item.c.title),
            else_=item.c.title + sa.literal(", ") + vehicle.c.label,
        )
        return (
            sa.select(label)
            .select_from(joined)
            .where(column == record_id)
            .order_by(item.c.starts_at, used.c.position)
        )
    seat = metadata.tables["seat_assignment"]
    table = metadata.tables["seating_table"]
    plan = metadata.tables["seating_plan"]
    item = metadata.tables["program_item"]
    label = (
        item.c.title
        + sa.literal(", table ")
        + table.c.label
        + sa.literal(", seat ")
        + sa.cast(seat.c.seat, sa.String)
    )
    joined = seat.join(table, seat.c.table_id == table.c.id)
    joined = joined.join(plan, table.c.plan_id == plan.c.id)
    joined = joined.join(item, plan.c.program_item_id == item.c.id)
    return (
        sa.select(label, item.c.title, table.c.label, seat.c.seat)
        .select_from(joined)
        .where(column == record_id)
    )
