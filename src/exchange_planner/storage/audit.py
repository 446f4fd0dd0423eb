"""The audit trail and the change feed, both taken from the unit of work.

Every session that ``Database.session()`` opens is an ``AuditedSession``. At each flush it
writes one ``change_log`` row per created or deleted record and per changed field, in the
same transaction as the change (so a rolled-back edit leaves no trace and a committed one
always has its trail), and it collects the records that changed. After the commit the
database publishes them as one ``Changes`` to its subscribers: every view refreshes from
this one feed, whatever service made the change; nobody has to remember to announce it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, UOWTransaction
from sqlmodel import Session as SQLModelSession

from exchange_planner.domain.texts import Translations
from exchange_planner.storage.tables import (
    ChangeLog,
    Gift,
    ProgramItem,
    SeatingPlan,
    SeatingTable,
    SQLModel,
    TransferVehicle,
)

#: Record kinds as the feed names them: the table name, except the settings.
SETTINGS_KIND = "settings"

#: Link tables are logged as a field of the record that owns them: (owner table, owner id
#: column, field name, the linked id column).
_LINKS: dict[str, tuple[str, str, str, str]] = {
    "program_attendee": ("program_item", "program_item_id", "attendees", "person_id"),
    "exhibition_residency": ("exhibition", "exhibition_id", "residencies", "residency_id"),
    "exhibition_visit": ("exhibition", "exhibition_id", "visits", "visit_id"),
    "exhibition_artist": ("exhibition", "exhibition_id", "artists", "person_id"),
}

#: Where a record's visit or residency is found (the id column of the row itself).
_VISIT_OF = {
    "visit": "id",
    "visit_member": "visit_id",
    "visit_host": "visit_id",
    "program_item": "visit_id",
    "gift": "visit_id",
    "guestbook_entry": "visit_id",
    "exhibition_visit": "visit_id",
    "vehicle": "visit_id",
}
_RESIDENCY_OF = {
    "residency": "id",
    "residency_deliverable": "residency_id",
    "checklist_item": "residency_id",
    "exhibition_residency": "residency_id",
}

_NOT_LOGGED = {"change_log", "alembic_version"}


@dataclass(frozen=True)
class Changes:
    """What one commit changed: ``records`` as (kind, id) pairs (kind is the table name,
    ``settings`` for the settings with id 0). ``remote`` is True for a change another
    window, program or person made; ``everything`` asks views to re-read all they show
    (e.g. after a reconnect, when single changes may have been missed)."""

    records: frozenset[tuple[str, int]] = frozenset()
    user: str = ""
    origin: str = ""
    remote: bool = False
    everything: bool = False

    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.records)

    def touches(self, kind: str, record_id: int | None = None) -> bool:
        if self.everything:
            return True
        if record_id is None:
            return any(k == kind for k, _ in self.records)
        return (kind, record_id) in self.records

    def __bool__(self) -> bool:
        return self.everything or bool(self.records)


@dataclass
class _Pending:
    rows: list[dict[str, Any]] = field(default_factory=list)
    records: set[tuple[str, int]] = field(default_factory=set)


def as_text(value: Any) -> str | None:
    """A stored value as the text kept in the change log (None stays None)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date | Decimal):
        return str(value)
    return str(value)


def _values(instance: SQLModel) -> dict[str, Any]:
    mapper = sa.inspect(type(instance))
    return {
        column.key: (
            Translations(getattr(instance, column.key)).to_dict()
            if column.key == "translations"
            else as_text(getattr(instance, column.key))
        )
        for column in mapper.column_attrs
        if column.key != "row_version"
    }


def _translation_changes(history: Any) -> list[tuple[str, str | None, str | None]]:
    """Each translation a change of the ``translations`` column added, changed or removed,
    as ``(field@language, old, new)``: the history names texts, not a JSON column."""
    before = Translations(history.deleted[0] if history.deleted else {}).keys_and_texts()
    after = Translations(history.added[0] if history.added else {}).keys_and_texts()
    return [
        (key, before.get(key), after.get(key))
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    ]


class AuditedSession(SQLModelSession):
    """A session whose flushes write the change log and collect the changed records.

    ``info["audit"]`` holds who writes (``user``) and from where (``origin``).
    """


def pending_changes(session: Session) -> _Pending:
    return session.info.setdefault("pending_changes", _Pending())


def take_changes(session: Session) -> frozenset[tuple[str, int]]:
    """The records changed in the transaction just committed (and forget them)."""
    pending: _Pending | None = session.info.pop("pending_changes", None)
    return frozenset(pending.records) if pending is not None else frozenset()


def discard_changes(session: Session) -> None:
    session.info.pop("pending_changes", None)


@sa.event.listens_for(AuditedSession, "after_flush")
def _log_flush(session: Session, _context: UOWTransaction) -> None:
    audit = session.info.get("audit")
    if audit is None:
        return
    now = datetime.now(UTC)
    pending = pending_changes(session)
    rows: list[dict[str, Any]] = []
    for instance in session.new:
        rows.extend(_created(session, instance))
    for instance in session.dirty:
        if session.is_modified(instance, include_collections=False):
            rows.extend(_updated(session, instance))
    for instance in session.deleted:
        rows.extend(_deleted(session, instance))
    for row in rows:
        row.update(at=now, user_name=audit["user"], origin=audit["origin"])
        kind = SETTINGS_KIND if row["table_name"] == "setting" else row["table_name"]
        pending.records.add((kind, row["record_id"]))
    if rows:
        session.connection().execute(sa.insert(ChangeLog.__table__), rows)  # type: ignore[attr-defined]


def record_created(session: Session, instance: object) -> None:
    """Log a row that was inserted past the unit of work (e.g. an ``INSERT … ON CONFLICT``)
    as created, and feed it to the commit's changes, as a flush would have."""
    audit = session.info.get("audit")
    if audit is None:
        return
    rows = list(_created(session, instance))
    pending = pending_changes(session)
    for row in rows:
        row.update(at=datetime.now(UTC), user_name=audit["user"], origin=audit["origin"])
        pending.records.add((row["table_name"], row["record_id"]))
    if rows:
        session.connection().execute(sa.insert(ChangeLog.__table__), rows)  # type: ignore[attr-defined]


def _table(instance: object) -> str:
    return str(getattr(type(instance), "__tablename__", ""))


def _scope(session: Session, table: str, instance: object) -> dict[str, int | None]:
    visit_id = residency_id = None
    if table in _VISIT_OF:
        visit_id = getattr(instance, _VISIT_OF[table])
    elif table == "program_attendee":
        item = session.get(ProgramItem, instance.program_item_id)  # type: ignore[attr-defined]
        visit_id = item.visit_id if item is not None else None
    elif table in ("seating_plan", "seating_table", "seat_assignment"):
        visit_id = _seating_visit(session, table, instance)
    elif table in ("transfer_vehicle", "transfer_seat", "program_cue"):
        visit_id = _item_visit(session, table, instance)
    elif table == "gift_disposition":
        gift = session.get(Gift, instance.gift_id)  # type: ignore[attr-defined]
        visit_id = gift.visit_id if gift is not None else None
    if table in _RESIDENCY_OF:
        residency_id = getattr(instance, _RESIDENCY_OF[table])
    return {"visit_id": visit_id, "residency_id": residency_id}


def _seating_visit(session: Session, table: str, instance: Any) -> int | None:
    """The visit of a seating plan's part: seat -> table -> plan -> program item."""
    if table == "seat_assignment":
        instance = session.get(SeatingTable, instance.table_id)
        table = "seating_table"
    if instance is not None and table == "seating_table":
        instance = session.get(SeatingPlan, instance.plan_id)
    if instance is None:
        return None
    item = session.get(ProgramItem, instance.program_item_id)
    return item.visit_id if item is not None else None


def _item_visit(session: Session, table: str, instance: Any) -> int | None:
    """The visit of a transfer's vehicle or seat, or of a cue: (seat ->) item -> visit."""
    if table == "transfer_seat":
        instance = session.get(TransferVehicle, instance.transfer_vehicle_id)
    if instance is None:
        return None
    item = session.get(ProgramItem, instance.program_item_id)
    return item.visit_id if item is not None else None


def _row(
    table: str,
    record_id: int,
    action: str,
    field_name: str = "",
    old: str | None = None,
    new: str | None = None,
    version: int | None = None,
) -> dict[str, Any]:
    return {
        "table_name": table,
        "record_id": record_id,
        "action": action,
        "field": field_name,
        "old_value": old,
        "new_value": new,
        "row_version": version,
    }


def _updated(session: Session, instance: object) -> Iterable[dict[str, Any]]:
    table = _table(instance)
    if not table or table in _NOT_LOGGED or table in _LINKS:
        return []
    state = sa.inspect(instance)
    scope = _scope(session, table, instance)
    version = getattr(instance, "row_version", None)
    rows = []
    for attribute in state.mapper.column_attrs:
        name = attribute.key
        if name == "row_version":
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        if name == "translations":
            rows.extend(
                {**_row(table, instance.id, "update", key, old, new, version), **scope}  # type: ignore[attr-defined]
                for key, old, new in _translation_changes(history)
            )
            continue
        old = as_text(history.deleted[0]) if history.deleted else None
        new = as_text(history.added[0]) if history.added else None
        if old == new:
            continue
        if table == "setting":
            if name != "value":
                continue
            rows.append({**_row(table, 0, "update", instance.key, old, new, version), **scope})  # type: ignore[attr-defined]
        else:
            record_id = instance.id  # type: ignore[attr-defined]
            rows.append({**_row(table, record_id, "update", name, old, new, version), **scope})
    return rows


def _created(session: Session, instance: object) -> Iterable[dict[str, Any]]:
    return _whole(session, instance, created=True)


def _deleted(session: Session, instance: object) -> Iterable[dict[str, Any]]:
    return _whole(session, instance, created=False)


def _whole(session: Session, instance: object, *, created: bool) -> Iterable[dict[str, Any]]:
    """The log row of a record that appeared or went: a link or a setting as a changed
    field of its owner, any other record with all its values as JSON."""
    table = _table(instance)
    if not table or table in _NOT_LOGGED:
        return []
    scope = _scope(session, table, instance)

    def before_after(value: str | None) -> tuple[str | None, str | None]:
        return (None, value) if created else (value, None)

    if table in _LINKS:
        owner, owner_column, link_field, linked = _LINKS[table]
        old, new = before_after(as_text(getattr(instance, linked)))
        row = _row(owner, getattr(instance, owner_column), "update", link_field, old, new)
    elif table == "setting":
        old, new = before_after(instance.value)  # type: ignore[attr-defined]
        row = _row(table, 0, "update", instance.key, old, new)  # type: ignore[attr-defined]
    else:
        old, new = before_after(json.dumps(_values(instance), ensure_ascii=False))  # type: ignore[arg-type]
        row = _row(
            table,
            instance.id,  # type: ignore[attr-defined]
            "create" if created else "delete",
            old=old,
            new=new,
            version=getattr(instance, "row_version", None),
        )
    return [{**row, **scope}]
