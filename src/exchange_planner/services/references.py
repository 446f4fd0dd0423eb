"""Finding what still refers to a record, to refuse deletes with a message that says where."""

from __future__ import annotations

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
}

#: Link tables whose rows are named by the record they belong to: table -> (column, parent).
_PARENTS = {
    "visit_member": ("visit_id", "visit"),
    "program_attendee": ("program_item_id", "program_item"),
    "exhibition_artist": ("exhibition_id", "exhibition"),
}

#: Column that names a row of these tables in a message.
_LABEL_COLUMNS = {
    "visit": "title",
    "program_item": "title",
    "gift": "description",
    "residency": "title",
    "exhibition": "title",
}


def find_references(session: Session, table_name: str, record_id: int) -> list[str]:
    """Readable places where rows point at ``table_name`` row ``record_id`` (RESTRICT only)."""
    found: list[str] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name or fk.ondelete not in (None, "RESTRICT"):
                continue
            column = fk.parent
            phrase = _PHRASES.get((table.name, column.name), f"{table.name}.{column.name}")
            label_column = _LABEL_COLUMNS.get(table.name)
            if table.name in _PARENTS:
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
                label = str(row[0])
                found.append(f"{phrase} “{label}”" if label_column else f"{phrase} #{label}")
            if len(rows) > 5:
                found.append(f"{phrase}: more")
    return found
