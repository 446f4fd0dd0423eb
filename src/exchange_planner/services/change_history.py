"""The audit trail as people read it: who changed what in a visit or a residency, and when.

The ``change_log`` table (``storage/audit.py``) keeps one row per created or deleted record
and per changed field. This service reads the rows of one visit or one residency (by the
indexed ``visit_id``/``residency_id``, so the cost grows with that history, not with the
database) and turns them into plain entries: the record named by its title or person (a
deleted record by the values kept in the log), values written readably: enumerations as
words, instants in the zone of their record, people, venues and partnerships by name.

It is not the exchange history of a partnership (``services/history.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func as sa_func
from sqlmodel import Session, col, select

from exchange_planner.domain.errors import ConflictError, NotFoundError
from exchange_planner.domain.names import full_name
from exchange_planner.reports.data import ProgramChange, ProgramState
from exchange_planner.services.settings import DEFAULTS
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    ChangeLog,
    ChecklistItem,
    DocumentPrint,
    Exhibition,
    Gift,
    GuestbookEntry,
    Partnership,
    Person,
    ProgramItem,
    Residency,
    ResidencyDeliverable,
    SeatAssignment,
    SeatingPlan,
    SeatingTable,
    Setting,
    Venue,
    Visit,
    VisitHost,
    VisitMember,
)

#: Columns that hold the id of a person, a venue or a partnership (resolved to names).
_PERSON_FIELDS = frozenset(
    {
        "head_id",
        "person_id",
        "host_id",
        "giver_id",
        "recipient_id",
        "signer_id",
        "artist_id",
        "curator_id",
        "interprets_for_id",
        "attendees",
        "artists",
    }
)
_VENUE_FIELDS = frozenset({"hotel_id", "venue_id", "studio_id"})
_PARTNERSHIP_FIELDS = frozenset({"partnership_id"})
_VISIT_FIELDS = frozenset({"visits"})
_RESIDENCY_FIELDS = frozenset({"residencies", "counterpart_id"})
_INSTANT_FIELDS = frozenset({"starts_at", "ends_at", "arrival", "departure"})
_BOOL_FIELDS = frozenset({"all_members", "done", "alternate", "behind", "locked", "elected"})
#: Enumerations whose stored values are shown as words ("guestbook_signing" → "guestbook signing").
_ENUM_FIELDS = frozenset(
    {"direction", "status", "role", "kind", "book", "name_order", "rule", "interpreters", "shape"}
)

#: The field of a record that names it, per table (a person's name for members and signers).
_LABEL_FIELD = {
    "visit": "title",
    "program_item": "title",
    "gift": "description",
    "residency": "title",
    "residency_deliverable": "title",
    "exhibition": "title",
    "checklist_item": "kind",
    "visit_member": "person_id",
    "visit_host": "person_id",
    "seat_assignment": "person_id",
    "seating_table": "label",
    "guestbook_entry": "signer_id",
}

_LABEL_KEYS = ("title", "description", "kind", "person_id", "signer_id", "artist_id", "label")

_CLASSES: dict[str, Any] = {
    "visit": Visit,
    "program_item": ProgramItem,
    "gift": Gift,
    "residency": Residency,
    "residency_deliverable": ResidencyDeliverable,
    "exhibition": Exhibition,
    "checklist_item": ChecklistItem,
    "visit_member": VisitMember,
    "visit_host": VisitHost,
    "seating_plan": SeatingPlan,
    "seating_table": SeatingTable,
    "seat_assignment": SeatAssignment,
    "guestbook_entry": GuestbookEntry,
}

#: The record kinds a visit's and a residency's history are made of (for change feeds).
VISIT_KINDS = frozenset(
    {
        "visit",
        "visit_member",
        "visit_host",
        "program_item",
        "seating_plan",
        "seating_table",
        "seat_assignment",
        "gift",
        "guestbook_entry",
        "exhibition",
    }
)
RESIDENCY_KINDS = frozenset({"residency", "residency_deliverable", "checklist_item", "exhibition"})


@dataclass(frozen=True)
class ChangeEntry:
    """One line of a visit's or residency's history.

    ``at`` is the UTC instant of the commit; ``kind`` the record kind (table name) and
    ``record`` its readable label; ``action`` is ``create``, ``update`` or ``delete``
    (the view words it); ``field`` the stored field name (empty for create/delete) and
    ``field_label`` an English reading of it; ``old``/``new`` the values as text.
    """

    id: int
    at: datetime
    user: str
    kind: str
    record_id: int
    record: str
    action: str
    field: str
    field_label: str
    old: str
    new: str


def field_label(field: str) -> str:
    """``starts_at`` → ``starts at``, ``venue_id`` → ``venue``."""
    if field.endswith("_id"):
        field = field[: -len("_id")]
    return field.replace("_", " ")


def _zone(name: str | None, fallback: str) -> ZoneInfo:
    for candidate in (name, fallback, DEFAULTS["home_timezone"]):
        try:
            return ZoneInfo(candidate or "")
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def _instant(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def show_instant(value: datetime, zone: ZoneInfo) -> str:
    """'2026-12-01 10:30 CET': an instant as wall-clock time at its place."""
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z").strip()


def _values(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _int(text: Any) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


#: How a refusal names a record of each table.
_NOUNS = {
    "visit_member": "member",
    "visit_host": "host",
    "seating_plan": "seating plan",
    "seating_table": "table",
    "seat_assignment": "seat",
    "program_item": "program item",
    "guestbook_entry": "guestbook entry",
    "residency_deliverable": "deliverable",
    "checklist_item": "checklist step",
}


class ChangeHistoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- guarding undo of edits that are more than fields (reorder, shift, attendees) -------
    def mark(self) -> int:
        """The newest change so far: what ``changed_by_others`` counts from."""
        with self.db.session() as session:
            newest = session.exec(select(sa_func.max(ChangeLog.id))).one()
        return int(newest or 0)

    def changed_by_others(
        self, records: Iterable[tuple[str, int]], after: int, *, undo: bool = True
    ) -> ConflictError | None:
        """Someone else's (another open database's) latest change to any of ``records``
        (feed kinds and ids) after the change ``after``, as the error an undo raises; None
        when nobody else touched them."""
        tables: dict[str, set[int]] = {}
        for kind, record_id in records:
            table = "setting" if kind == "settings" else kind
            tables.setdefault(table, set()).add(record_id)
        if not tables:
            return None
        with self.db.session() as session:
            for table, ids in tables.items():
                row = session.exec(
                    select(ChangeLog)
                    .where(
                        ChangeLog.table_name == table,
                        col(ChangeLog.record_id).in_(ids),
                        col(ChangeLog.id) > after,
                        ChangeLog.origin != self.db.origin,
                    )
                    .order_by(col(ChangeLog.id).desc())
                    .limit(1)
                ).first()
                if row is not None:
                    return ConflictError(
                        _NOUNS.get(table, table.replace("_", " ")),
                        row.field or "record",
                        row.new_value or "",
                        row.user_name,
                        row.at,
                        deleted=row.action == "delete",
                        undo=undo,
                    )
        return None

    def for_visit(self, visit_id: int) -> list[ChangeEntry]:
        """The history of a visit and its parts, oldest first. A visit deleted since keeps
        its history; an id that never had one is refused."""
        with self.db.session() as session:
            rows = self._rows(session, col(ChangeLog.visit_id) == visit_id)
            if not rows and session.get(Visit, visit_id) is None:
                raise NotFoundError(f"There is no visit #{visit_id}")
            return _Reader(session, rows).entries()

    def for_residency(self, residency_id: int) -> list[ChangeEntry]:
        """The history of a residency and its parts, oldest first."""
        with self.db.session() as session:
            rows = self._rows(session, col(ChangeLog.residency_id) == residency_id)
            if not rows and session.get(Residency, residency_id) is None:
                raise NotFoundError(f"There is no residency #{residency_id}")
            return _Reader(session, rows).entries()

    def for_person(self, person_id: int) -> list[ChangeEntry]:
        """The history of a person's own record and of their places on visits (members and
        hosts), oldest first: where erased personal data shows as ``[erased]``."""
        with self.db.session() as session:
            members = session.exec(
                select(VisitMember.id).where(VisitMember.person_id == person_id)
            ).all()
            hosts = session.exec(select(VisitHost.id).where(VisitHost.person_id == person_id)).all()
            condition = (col(ChangeLog.table_name) == "person") & (
                col(ChangeLog.record_id) == person_id
            )
            if members:
                condition = condition | (
                    (col(ChangeLog.table_name) == "visit_member")
                    & col(ChangeLog.record_id).in_(list(members))
                )
            if hosts:
                condition = condition | (
                    (col(ChangeLog.table_name) == "visit_host")
                    & col(ChangeLog.record_id).in_(list(hosts))
                )
            rows = self._rows(session, condition)
            if not rows and session.get(Person, person_id) is None:
                raise NotFoundError(f"There is no person #{person_id}")
            return _Reader(session, rows).entries()

    def print_times(self, kind: str, subject_key: str) -> dict[int, datetime]:
        """When each version of a printed document was first printed (UTC), from the log of
        its ``document_print`` row; empty when it was never printed."""
        with self.db.session() as session:
            row = session.exec(
                select(DocumentPrint).where(
                    DocumentPrint.kind == kind, DocumentPrint.subject_key == subject_key
                )
            ).first()
            if row is None or row.id is None:
                return {}
            times: dict[int, datetime] = {}
            for entry in session.exec(
                select(ChangeLog)
                .where(ChangeLog.table_name == "document_print", ChangeLog.record_id == row.id)
                .order_by(col(ChangeLog.id))
            ).all():
                if entry.action == "create":
                    version = _int(_values(entry.new_value).get("version"))
                elif entry.field == "version":
                    version = _int(entry.new_value)
                else:
                    continue
                if version is not None:
                    times.setdefault(version, _utc(entry.at))
            # A print made before the change log existed: its own time stands for it.
            times.setdefault(row.version, _utc(row.printed_at))
            return times

    def program_changes_since(self, visit_id: int, since: datetime) -> list[ProgramChange]:
        """Programme items of a visit added, cancelled (deleted) or moved (time or venue)
        after ``since``; an item added and cancelled in between is not mentioned. In the
        order of the items' current (else last) start."""
        with self.db.session() as session:
            rows = self._rows(
                session,
                col(ChangeLog.visit_id) == visit_id,
                col(ChangeLog.table_name) == "program_item",
                col(ChangeLog.at) > since,
            )
            return _program_changes(session, rows)

    @staticmethod
    def _rows(session: Session, *conditions: Any) -> list[ChangeLog]:
        statement = select(ChangeLog)
        for condition in conditions:
            statement = statement.where(condition)
        return list(session.exec(statement.order_by(col(ChangeLog.id))).all())


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


_TRACKED = ("starts_at", "ends_at", "timezone", "venue_id")


def _program_changes(session: Session, rows: Sequence[ChangeLog]) -> list[ProgramChange]:
    created: set[int] = set()
    deleted: dict[int, dict[str, Any]] = {}
    before: dict[int, dict[str, Any]] = {}  # the first old value of each tracked field
    titles: dict[int, str] = {}
    for row in rows:
        if row.action == "create":
            created.add(row.record_id)
        elif row.action == "delete":
            deleted[row.record_id] = _values(row.old_value)
        elif row.field in _TRACKED:
            before.setdefault(row.record_id, {}).setdefault(row.field, row.old_value)
        elif row.field == "title" and row.old_value is not None:
            titles.setdefault(row.record_id, row.old_value)
    ids = created | set(deleted) | set(before)
    current = {
        item.id: item
        for item in session.exec(select(ProgramItem).where(col(ProgramItem.id).in_(ids))).all()
    }
    venue_ids: set[int] = set()
    for values in [*deleted.values(), *before.values()]:
        if (venue := _int(values.get("venue_id"))) is not None:
            venue_ids.add(venue)
    venue_ids |= {i.venue_id for i in current.values() if i.venue_id is not None}
    venues = {
        v.id: v.name for v in session.exec(select(Venue).where(col(Venue.id).in_(venue_ids))).all()
    }

    def state_now(item: ProgramItem) -> ProgramState:
        return ProgramState(
            _utc(item.starts_at),
            _utc(item.ends_at),
            item.timezone,
            venues.get(item.venue_id, "") if item.venue_id is not None else "",
        )

    def state_of(values: dict[str, Any]) -> ProgramState | None:
        starts, ends = _instant(str(values.get("starts_at"))), _instant(str(values.get("ends_at")))
        if starts is None or ends is None:
            return None
        venue = _int(values.get("venue_id"))
        return ProgramState(
            starts, ends, str(values.get("timezone") or ""), venues.get(venue, "") if venue else ""
        )

    changes: list[ProgramChange] = []
    for item_id in sorted(ids):
        item = current.get(item_id)
        if item_id in created:
            if item is not None:
                changes.append(ProgramChange(item_id, "added", item.title, None, state_now(item)))
            continue
        if item is None:
            if item_id in deleted:
                values = deleted[item_id]
                # The item as it was when last printed: its values before later edits.
                values = {**values, **before.get(item_id, {})}
                changes.append(
                    ProgramChange(
                        item_id,
                        "cancelled",
                        titles.get(item_id, str(values.get("title") or "")),
                        state_of(values),
                        None,
                    )
                )
            continue
        now = state_now(item)
        old_values = {
            "starts_at": item.starts_at.isoformat(),
            "ends_at": item.ends_at.isoformat(),
            "timezone": item.timezone,
            "venue_id": item.venue_id,
            **before.get(item_id, {}),
        }
        then = state_of(old_values)
        if then is not None and (
            then.starts_at != now.starts_at
            or then.ends_at != now.ends_at
            or _int(old_values.get("venue_id")) != item.venue_id
        ):
            changes.append(ProgramChange(item_id, "moved", item.title, then, now))

    def start(change: ProgramChange) -> datetime:
        state = change.after or change.before
        return state.starts_at if state is not None else datetime.max.replace(tzinfo=UTC)

    return sorted(changes, key=lambda c: (start(c), c.item_id))


class _Reader:
    """Turns log rows into entries, resolving names with one query per kind of record."""

    def __init__(self, session: Session, rows: Sequence[ChangeLog]) -> None:
        self.session = session
        self.rows = rows
        self.home_zone = DEFAULTS["home_timezone"]
        setting = session.get(Setting, "home_timezone")
        if setting is not None and setting.value:
            self.home_zone = setting.value
        self.records: dict[tuple[str, int], dict[str, Any]] = {}
        # Values of each record: current, else as kept by its create/delete row.
        for row in rows:
            if row.action in ("create", "delete"):
                values = _values(row.new_value if row.action == "create" else row.old_value)
                self.records[(row.table_name, row.record_id)] = values
        self._load_current()
        person_rows = {row.record_id for row in rows if row.table_name == "person"}
        self.people = self._names(Person, self._ids(_PERSON_FIELDS) | person_rows, full_name)
        self.venues = self._names(Venue, self._ids(_VENUE_FIELDS), lambda v: v.name)
        self.partnerships = self._names(
            Partnership, self._ids(_PARTNERSHIP_FIELDS), lambda p: p.partner_city
        )
        self.visits = self._names(Visit, self._ids(_VISIT_FIELDS), lambda v: v.title)
        self.residencies = self._names(
            Residency, self._ids(_RESIDENCY_FIELDS), lambda r: r.title or f"#{r.id}"
        )

    def _load_current(self) -> None:
        by_table: dict[str, set[int]] = {}
        for row in self.rows:
            by_table.setdefault(row.table_name, set()).add(row.record_id)
        for table, ids in by_table.items():
            cls = _CLASSES.get(table)
            if cls is None:
                continue
            for record in self.session.exec(select(cls).where(col(cls.id).in_(ids))).all():
                self.records[(table, int(record.id))] = {
                    key: getattr(record, key)
                    for key in (*_LABEL_KEYS, "timezone")
                    if hasattr(record, key)
                }

    def _ids(self, fields: Iterable[str]) -> set[int]:
        wanted = set(fields)
        ids: set[int] = set()
        for row in self.rows:
            if row.field in wanted:
                ids |= {i for i in (_int(row.old_value), _int(row.new_value)) if i is not None}
        for values in self.records.values():
            for key in wanted:
                if (value := _int(values.get(key))) is not None:
                    ids.add(value)
        return ids

    def _names(self, cls: Any, ids: set[int], name: Any) -> dict[int, str]:
        if not ids:
            return {}
        return {
            int(record.id): name(record)
            for record in self.session.exec(select(cls).where(col(cls.id).in_(ids))).all()
        }

    def label(self, table: str, record_id: int) -> str:
        values = self.records.get((table, record_id), {})
        if table == "person" and record_id in self.people:
            return self.people[record_id]
        key = _LABEL_FIELD.get(table)
        text = ""
        if key in ("person_id", "signer_id"):
            person = _int(values.get(key))
            text = self.people.get(person, f"#{person}") if person is not None else ""
        elif key is not None:
            raw = values.get(key)
            text = "" if raw is None else str(raw)
            if key == "kind":
                text = text.replace("_", " ")
        if table == "residency" and not text:
            artist = _int(values.get("artist_id"))
            text = self.people.get(artist, "") if artist is not None else ""
        return text or f"#{record_id}"

    def zone_of(self, row: ChangeLog) -> ZoneInfo:
        values = self.records.get((row.table_name, row.record_id), {})
        if row.table_name == "program_item":
            zone = values.get("timezone")
            if zone is None:
                item = self.session.get(ProgramItem, row.record_id)
                zone = item.timezone if item is not None else None
            return _zone(zone, self.home_zone)
        return _zone(self.home_zone, self.home_zone)

    def value(self, row: ChangeLog, text: str | None) -> str:
        if text is None:
            return ""
        name = row.field
        if name in _PERSON_FIELDS:
            person = _int(text)
            return self.people.get(person, f"#{text}") if person is not None else text
        if name in _VENUE_FIELDS:
            venue = _int(text)
            return self.venues.get(venue, f"#{text}") if venue is not None else text
        for fields, names in (
            (_PARTNERSHIP_FIELDS, self.partnerships),
            (_VISIT_FIELDS, self.visits),
            (_RESIDENCY_FIELDS, self.residencies),
        ):
            if name in fields:
                record_id = _int(text)
                return names.get(record_id, f"#{text}") if record_id is not None else text
        if name in _INSTANT_FIELDS:
            instant = _instant(text)
            return show_instant(instant, self.zone_of(row)) if instant is not None else text
        if name in _BOOL_FIELDS:
            return {"true": "yes", "false": "no"}.get(text, text)
        if name in _ENUM_FIELDS:
            return text.replace("_", " ")
        if name.endswith(("_date", "_on")):
            try:
                return date.fromisoformat(text).isoformat()
            except ValueError:
                return text
        return text

    def entries(self) -> list[ChangeEntry]:
        return [
            ChangeEntry(
                id=int(row.id or 0),
                at=_utc(row.at),
                user=row.user_name,
                kind=row.table_name,
                record_id=row.record_id,
                record=self.label(row.table_name, row.record_id),
                action=row.action,
                field=row.field,
                field_label=field_label(row.field),
                old=self.value(row, row.old_value) if row.action == "update" else "",
                new=self.value(row, row.new_value) if row.action == "update" else "",
            )
            for row in self.rows
        ]


__all__ = [
    "RESIDENCY_KINDS",
    "VISIT_KINDS",
    "ChangeEntry",
    "ChangeHistoryService",
    "ProgramChange",
    "ProgramState",
    "field_label",
    "show_instant",
]
