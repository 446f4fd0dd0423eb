"""Merging a partner office's exchange file into a database that already holds plans.

The partner (say Gwangju) was given a copy of our plans, planned the delegation in its own
Exchange Planner and sends back an exchange file (``export --visit ID``, or everything). Its
records are matched with ours by their ``uuid`` (format version 3):

- a record we do not have is **new**;
- a record whose fields differ is **changed** (field by field, ours → theirs) when nobody here
  changed those fields since the file's base, and **conflicting** when somebody here did
  (or deleted the record meanwhile): then we cannot tell whose value should win.

The base is where the two databases last agreed: the file's ``base`` (the file our partner's
copy was made from) or ``origin`` when it names this database, and for every field the last
change that an earlier merge of the same partner's file wrote here (two files merged in
sequence). The change log (``storage/audit.py``) tells what changed here since.

Merging covers partnerships, rank tables with their ranks, people, venues and visits with
their members, hosts and program (what ``export --visit`` writes); other sections of a file
(seating plans among them: the seating of our meals is ours; so are the vehicles and cues of
a visit, and the gift register) are counted as skipped. ``plan_merge``
reads only; ``apply_merge`` writes the whole plan in one transaction (all or nothing; refused
when there are conflicts), and the commit reaches every view through the change feed like any
other edit. ``undo_merge`` reverts an applied merge in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.errors import (
    ConflictError,
    ExchangePlannerError,
    ImportFormatError,
    ValidationError,
)
from exchange_planner.services import interchange
from exchange_planner.services.crud import RecordService
from exchange_planner.services.interchange_schema import FIRST_MERGEABLE_VERSION, VERSION
from exchange_planner.services.registry import Services
from exchange_planner.storage.audit import as_text
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    ChangeLog,
    Partnership,
    Person,
    ProgramAttendee,
    ProgramItem,
    Rank,
    RankTable,
    Setting,
    Venue,
    Visit,
    VisitHost,
    VisitMember,
)

__all__ = [
    "CHANGED",
    "CONFLICT",
    "NEW",
    "AppliedMerge",
    "FieldChange",
    "MergeConflictsError",
    "MergeEntry",
    "MergePlan",
    "MergeRefusedError",
    "apply_merge",
    "database_holds_plans",
    "plan_merge",
    "plan_merge_file",
    "undo_merge",
]

NEW = "new"
CHANGED = "changed"
CONFLICT = "conflict"

#: Fields that are not compared: the row's own id, its identity, the nested lists.
_NOT_COMPARED = {"id", "uuid", "members", "hosts", "program", "ranks", "vehicles", "cues"}
#: Nested lists of a record, written as records of their own.
_NESTED = ("members", "hosts", "program", "ranks", "attendees", "vehicles", "cues")
#: Sections a merge does not take, as the file names them.
_SKIPPED_SECTIONS = (
    "gifts",
    "guestbook_entries",
    "residencies",
    "exhibitions",
    "seating_plans",
    "gift_rules",
    "exchange_rates",
    "document_prints",
)
_INSTANTS = {"arrival", "departure", "starts_at", "ends_at"}


class MergeRefusedError(ExchangePlannerError):
    """The file cannot be merged at all (an older format, no identities); nothing changed."""


class MergeConflictsError(ExchangePlannerError):
    """The merge was not applied because records conflict; nothing changed."""

    def __init__(self, plan: MergePlan) -> None:
        self.plan = plan
        count = len(plan.conflicts)
        super().__init__(
            f"{count} record{'s' if count != 1 else ''} changed here and in the file since "
            "the file's base; nothing was merged."
        )


@dataclass(frozen=True)
class FieldChange:
    """One field of a record: the value here (``old``) and in the file (``new``), as text."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class MergeEntry:
    """One record of the file that a merge would add or change, or that conflicts."""

    kind: str
    table: str
    uuid: str
    label: str
    path: str
    changes: tuple[FieldChange, ...] = ()
    #: For a conflict: what happened here (who changed the fields, or deleted the record).
    reason: str = ""
    #: The local id of a matched record (None for a new or deleted one).
    record_id: int | None = None
    #: For a conflict: who made the change here (or the deletion), and when (UTC).
    by: str = ""
    at: datetime | None = None
    deleted: bool = False

    def line(self) -> str:
        """The entry on one line: kind, record, fields ``old → new``."""
        if self.kind == NEW:
            fields = "; ".join(f"{c.field}: {c.new}" for c in self.changes)
        else:
            fields = "; ".join(f"{c.field}: {c.old or '—'} → {c.new or '—'}" for c in self.changes)
        text = f"{self.kind:<8} {self.table} {self.label}"
        if fields:
            text += f": {fields}"
        if self.reason:
            text += f" [{self.reason}]"
        return text


@dataclass(frozen=True)
class MergePlan:
    """What merging a file would do: its entries in file order, and the skipped sections."""

    entries: tuple[MergeEntry, ...]
    skipped: Mapping[str, int]
    document: Mapping[str, Any] = field(repr=False)
    source: str | None

    @property
    def new(self) -> list[MergeEntry]:
        return [e for e in self.entries if e.kind == NEW]

    @property
    def changed(self) -> list[MergeEntry]:
        return [e for e in self.entries if e.kind == CHANGED]

    @property
    def conflicts(self) -> list[MergeEntry]:
        return [e for e in self.entries if e.kind == CONFLICT]

    def lines(self) -> list[str]:
        return [entry.line() for entry in self.entries]


@dataclass(frozen=True)
class AppliedMerge:
    """What an applied merge wrote, for its undo: the records created (in creation order) and
    the fields changed (table, id, values before, values after)."""

    created: tuple[tuple[str, int], ...]
    updated: tuple[tuple[str, int, Mapping[str, Any], Mapping[str, Any]], ...]
    source: str | None
    changes: tuple[int, int] | None
    plan: MergePlan = field(repr=False)


@dataclass(frozen=True)
class _Kind:
    """How one kind of record is merged: its table, file section, service and references."""

    table: str
    model: type[SQLModel]
    service: Callable[[Services], RecordService[Any]]
    #: reference field -> the kind it points at.
    refs: Mapping[str, str]


_KINDS: dict[str, _Kind] = {
    "partnership": _Kind("partnership", Partnership, lambda s: s.partnerships, {}),
    "rank_table": _Kind("rank_table", RankTable, lambda s: s.rank_tables, {}),
    # An equivalence names a rank of another table: that table comes first in the file
    # (the export writes them in id order), or the rank is refused with its path.
    "rank": _Kind(
        "rank",
        Rank,
        lambda s: s.ranks,
        {"rank_table_id": "rank_table", "equivalent_rank_id": "rank"},
    ),
    "person": _Kind("person", Person, lambda s: s.people, {"rank_id": "rank"}),
    "venue": _Kind("venue", Venue, lambda s: s.venues, {}),
    "visit": _Kind(
        "visit",
        Visit,
        lambda s: s.visits,
        {"partnership_id": "partnership", "head_id": "person", "hotel_id": "venue"},
    ),
    "visit_member": _Kind(
        "visit_member",
        VisitMember,
        lambda s: s.members,
        {
            "visit_id": "visit",
            "person_id": "person",
            "interprets_for_id": "person",
            "hotel_id": "venue",
        },
    ),
    "visit_host": _Kind(
        "visit_host",
        VisitHost,
        lambda s: s.hosts,
        {"visit_id": "visit", "person_id": "person", "interprets_for_id": "person"},
    ),
    "program_item": _Kind(
        "program_item",
        ProgramItem,
        lambda s: s.program,
        {"visit_id": "visit", "venue_id": "venue", "host_id": "person", "from_venue_id": "venue"},
    ),
}


@dataclass
class _FileRecord:
    kind: str
    path: str
    values: dict[str, Any]
    uuid: str


def database_holds_plans(db: Database) -> bool:
    """True when the database holds records of the plan (then a file is merged into it)."""
    services = Services.for_database(db)
    return not all(
        service.is_empty()
        for service in (services.partnerships, services.people, services.venues, services.visits)
    )


def plan_merge_file(db: Database, path: Any) -> MergePlan:
    """Read an exchange file and plan its merge (see ``plan_merge``)."""
    return plan_merge(db, interchange.parse(interchange.read_file(path)))


def plan_merge(db: Database, document: Any, *, checked: bool = False) -> MergePlan:
    """What merging ``document`` would do, without writing anything.

    Raises ``ImportFormatError`` (with the JSON path) for a file that is not well formed or
    refers to records it does not hold, and ``MergeRefusedError`` for a file without record
    identities (format version 1 or 2: import those into an empty database).
    """
    if not checked:
        interchange.check_structure(document)
    version = document["version"]
    if version < FIRST_MERGEABLE_VERSION:
        raise MergeRefusedError(
            f"The file is of format version {version}, which has no record identities, so its "
            "records cannot be matched with the ones here. Import it into an empty database "
            f"instead, or ask for a file from Exchange Planner writing version {VERSION}. "
            "Nothing was merged."
        )
    records = _file_records(document)
    with db.session() as session:
        return _Planner(db, session, document, records).plan()


def _file_records(document: Mapping[str, Any]) -> list[_FileRecord]:
    """The file's records in dependency order, references checked against the file."""
    records: list[_FileRecord] = []
    ids: dict[str, dict[int, str]] = {kind: {} for kind in _KINDS}

    def take(kind: str, path: str, values: Mapping[str, Any], parent: Mapping[str, Any]) -> None:
        if "uuid" not in values:
            raise ImportFormatError(f"{path}.uuid", "is required to merge a record")
        ids[kind][values["id"]] = values["uuid"]
        records.append(_FileRecord(kind, path, {**values, **parent}, values["uuid"]))

    for index, values in enumerate(document.get("partnerships", [])):
        take("partnership", f"$.partnerships[{index}]", values, {})
    for index, table in enumerate(document.get("rank_tables", [])):
        path = f"$.rank_tables[{index}]"
        take("rank_table", path, table, {})
        for r_index, rank in enumerate(table.get("ranks", [])):
            take("rank", f"{path}.ranks[{r_index}]", rank, {"rank_table_id": table["id"]})
    for key, kind in (("people", "person"), ("venues", "venue")):
        for index, values in enumerate(document.get(key, [])):
            take(kind, f"$.{key}[{index}]", values, {})
    for index, visit in enumerate(document.get("visits", [])):
        path = f"$.visits[{index}]"
        take("visit", path, visit, {})
        for m_index, member in enumerate(visit.get("members", [])):
            take("visit_member", f"{path}.members[{m_index}]", member, {"visit_id": visit["id"]})
        for h_index, host in enumerate(visit.get("hosts", [])):
            take("visit_host", f"{path}.hosts[{h_index}]", host, {"visit_id": visit["id"]})
        for p_index, item in enumerate(visit.get("program", [])):
            take("program_item", f"{path}.program[{p_index}]", item, {"visit_id": visit["id"]})
    # Every reference must name a record of the file (by its id there).
    for record in records:
        for name, target in _KINDS[record.kind].refs.items():
            value = record.values.get(name)
            if value is not None and value not in ids[target]:
                raise ImportFormatError(
                    f"{record.path}.{name}",
                    f"refers to {target.replace('_', ' ')} {value}, which is not in this file",
                )
        for index, person in enumerate(record.values.get("attendees", [])):
            if person not in ids["person"]:
                raise ImportFormatError(
                    f"{record.path}.attendees[{index}]",
                    f"refers to person {person}, which is not in this file",
                )
    # References are compared and written by identity, not by the file's ids.
    for record in records:
        for name, target in _KINDS[record.kind].refs.items():
            value = record.values.get(name)
            record.values[name] = ids[target][value] if value is not None else None
        if "attendees" in record.values:
            record.values["attendees"] = sorted(
                ids["person"][p] for p in record.values["attendees"]
            )
    return records


def _merged_key(source: str) -> str:
    return f"{interchange.MERGED_KEY_PREFIX}{source}"


def _merged_ranges(session: Session, source: str | None) -> list[tuple[int, int]]:
    if source is None:
        return []
    row = session.get(Setting, _merged_key(source))
    if row is None or not row.value:
        return []
    return [(int(lo), int(hi)) for lo, hi in json.loads(row.value)]


class _Planner:
    def __init__(
        self,
        db: Database,
        session: Session,
        document: Mapping[str, Any],
        records: list[_FileRecord],
    ) -> None:
        self.db = db
        self.session = session
        self.document = document
        self.records = records
        origin = document.get("origin") or {}
        base = document.get("base") or {}
        self.source: str | None = origin.get("database")
        own = session.get(Setting, interchange.DATABASE_ID_KEY)
        own_id = own.value if own is not None else None
        self.since: int | None = None
        if own_id and base.get("database") == own_id:
            self.since = int(base["change"])
        elif own_id and self.source == own_id:
            self.since = int(origin["change"])
        self.ranges = _merged_ranges(session, self.source)
        self.labels: dict[str, str] = {}
        self.local: dict[str, Any] = {}

    def _from_partner(self, change_id: int) -> bool:
        return any(lo <= change_id <= hi for lo, hi in self.ranges)

    def plan(self) -> MergePlan:
        for record in self.records:
            self.labels[record.uuid] = _label(record.kind, record.values, self.labels)
        entries = [entry for record in self.records if (entry := self._entry(record))]
        skipped = {
            key: len(self.document[key]) for key in _SKIPPED_SECTIONS if self.document.get(key)
        }
        return MergePlan(tuple(entries), skipped, self.document, self.source)

    def _entry(self, record: _FileRecord) -> MergeEntry | None:
        kind = _KINDS[record.kind]
        row = self.session.exec(
            select(kind.model).where(kind.model.uuid == record.uuid)  # type: ignore[attr-defined]
        ).first()
        label = self.labels[record.uuid]
        if row is None:
            deleted = self._deletion(kind.table, record.uuid)
            if deleted is not None:
                return MergeEntry(
                    CONFLICT,
                    kind.table,
                    record.uuid,
                    label,
                    record.path,
                    reason=f"deleted here{_by(deleted)}",
                    by=deleted.user_name,
                    at=deleted.at,
                    deleted=True,
                )
            changes = tuple(
                FieldChange(name, "", self._shown(name, value, kind))
                for name, value in record.values.items()
                if name not in _NOT_COMPARED and value not in (None, "", [], {})
            )
            return MergeEntry(NEW, kind.table, record.uuid, label, record.path, changes)
        self.local[record.uuid] = row
        log = list(
            self.session.exec(
                select(ChangeLog)
                .where(ChangeLog.table_name == kind.table, ChangeLog.record_id == row.id)
                .order_by(col(ChangeLog.id))
            ).all()
        )
        changed: list[FieldChange] = []
        conflicting: list[FieldChange] = []
        reasons: list[ChangeLog] = []
        for name, theirs in record.values.items():
            if name in _NOT_COMPARED or name not in _comparable(kind, name):
                continue
            ours = self._ours(row, name, kind)
            if _same(ours, theirs):
                continue
            verdict, local = self._verdict(log, name, row, theirs, kind)
            if verdict is None:
                continue
            change = FieldChange(
                name, self._shown(name, ours, kind), self._shown(name, theirs, kind)
            )
            if verdict == CONFLICT:
                conflicting.append(change)
                if local is not None:
                    reasons.append(local)
            else:
                changed.append(change)
        if conflicting:
            last = max(reasons, key=lambda c: c.id or 0) if reasons else None
            reason = f"changed here{_by(last)}" if last else "changed here; no common base"
            return MergeEntry(
                CONFLICT,
                kind.table,
                record.uuid,
                label,
                record.path,
                tuple(conflicting + changed),
                reason,
                row.id,
                by=last.user_name if last else "",
                at=last.at if last else None,
            )
        if changed:
            return MergeEntry(
                CHANGED, kind.table, record.uuid, label, record.path, tuple(changed), "", row.id
            )
        return None

    def _ours(self, row: Any, name: str, kind: _Kind) -> Any:
        """The local value in the file's form (references as identities)."""
        if name == "attendees":
            people = self.session.exec(
                select(Person.uuid)
                .join(ProgramAttendee, ProgramAttendee.person_id == Person.id)  # type: ignore[arg-type]
                .where(ProgramAttendee.program_item_id == row.id)
            ).all()
            return sorted(people)
        value = getattr(row, name)
        if name in kind.refs:
            if value is None:
                return None
            target = _KINDS[kind.refs[name]].model
            return self.session.get(target, value).uuid  # type: ignore[union-attr]
        return interchange._json_value(value)

    def _verdict(
        self, log: Sequence[ChangeLog], name: str, row: Any, theirs: Any, kind: _Kind
    ) -> tuple[str | None, ChangeLog | None]:
        """CHANGED (only they changed the field), CONFLICT (both did) or None (only we did)."""

        def touches(entry: ChangeLog) -> bool:
            if entry.action == "create":
                return True
            if entry.action != "update":
                return False
            if name == "translations":
                return "@" in entry.field
            return entry.field == name

        relevant = [entry for entry in log if touches(entry)]
        since = self.since
        for entry in relevant:
            if entry.id is not None and self._from_partner(entry.id):
                since = max(since or 0, entry.id)
        if since is None:
            return CONFLICT, relevant[-1] if relevant else None
        ours_since = [
            entry
            for entry in relevant
            if (entry.id or 0) > since
            and not self._from_partner(entry.id or 0)
            and entry.action == "update"
        ]
        if not ours_since:
            return CHANGED, None
        if name not in ("translations", "attendees"):
            before = ours_since[0].old_value
            if before == self._as_logged(name, theirs, kind):
                return None, None  # they kept what we had then: our change stands
        return CONFLICT, ours_since[-1]

    def _as_logged(self, name: str, value: Any, kind: _Kind) -> str | None:
        """A file value as the change log writes it (references as local ids)."""
        if value is None:
            return None
        if name in kind.refs:
            target = _KINDS[kind.refs[name]].model
            row = self.session.exec(select(target).where(target.uuid == value)).first()  # type: ignore[attr-defined]
            return str(row.id) if row is not None else f"new:{value}"
        if name in _INSTANTS:
            try:
                return as_text(v.instant_value(name, value))
            except ValidationError:
                return str(value)
        return as_text(value)

    def _shown(self, name: str, value: Any, kind: _Kind) -> str:
        """A value as the preview shows it: references by the record's name."""
        if value in (None, ""):
            return ""
        if name in kind.refs:
            return self._name_of(kind.refs[name], value)
        if name == "attendees":
            return ", ".join(self._name_of("person", uuid) for uuid in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(value)

    def _name_of(self, kind: str, uuid: str) -> str:
        if uuid in self.labels:
            return self.labels[uuid]
        model = _KINDS[kind].model
        row = self.session.exec(select(model).where(model.uuid == uuid)).first()  # type: ignore[attr-defined]
        return _label(kind, row.model_dump(), self.labels) if row is not None else uuid[:8]

    def _deletion(self, table: str, uuid: str) -> ChangeLog | None:
        """The deletion here of the record (not one that undoing a merge made)."""
        rows = self.session.exec(
            select(ChangeLog)
            .where(
                ChangeLog.table_name == table,
                ChangeLog.action == "delete",
                col(ChangeLog.old_value).contains(uuid),
            )
            .order_by(col(ChangeLog.id).desc())
        ).all()
        return next((row for row in rows if not self._from_partner(row.id or 0)), None)


def _comparable(kind: _Kind, name: str) -> set[str]:
    fields = set(kind.model.model_fields) - {"row_version"}
    if kind.table == "program_item":
        fields.add("attendees")
    return fields


def _same(ours: Any, theirs: Any) -> bool:
    if ours in (None, "") and theirs in (None, ""):
        return True
    if isinstance(ours, str) and isinstance(theirs, str) and ours.endswith("Z"):
        try:
            return v.instant_value("value", ours) == v.instant_value("value", theirs)
        except ValidationError:
            return ours == theirs
    return bool(ours == theirs)


def _by(entry: ChangeLog | None) -> str:
    if entry is None:
        return ""
    return f" by {entry.user_name} at {entry.at:%Y-%m-%d %H:%M} UTC"


def _label(kind: str, values: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    if kind == "partnership":
        return str(values.get("partner_city", ""))
    if kind == "person":
        return " ".join(
            part for part in (values.get("family_name"), values.get("given_name")) if part
        )
    if kind == "venue":
        return str(values.get("name", ""))
    if kind in ("visit", "program_item", "rank"):
        return str(values.get("title", ""))
    if kind == "rank_table":
        return str(values.get("name", ""))
    if kind in ("visit_member", "visit_host"):
        person = values.get("person_id")
        return labels.get(person, str(person)) if isinstance(person, str) else str(person)
    return str(values.get("id", ""))


# --- applying -------------------------------------------------------------------------------
def apply_merge(db: Database, plan: MergePlan) -> AppliedMerge:
    """Write the plan in one transaction: all of it or, on the first problem, nothing.

    Refused (``MergeConflictsError``) while the plan has conflicts. A record that breaks a
    rule raises ``ImportFormatError`` naming its JSON path. The commit is announced through
    the change feed like any other edit.
    """
    if plan.conflicts:
        raise MergeConflictsError(plan)
    services = Services.for_database(db)
    with db.session() as session:
        first = session.exec(select(col(ChangeLog.id)).order_by(col(ChangeLog.id).desc())).first()
        writer = _Writer(session, services)
        records = {(r.kind, r.uuid): r for r in _file_records(plan.document)}
        for entry in plan.entries:
            writer.write(entry, records[entry.table, entry.uuid])
        session.flush()
        span = _own_changes(session, db, first or 0)
        if plan.source is not None and span is not None:
            _remember(session, plan.source, span)
        return AppliedMerge(tuple(writer.created), tuple(writer.updated), plan.source, span, plan)


def _own_changes(session: Session, db: Database, after: int) -> tuple[int, int] | None:
    ids = session.exec(
        select(col(ChangeLog.id)).where(col(ChangeLog.id) > after, ChangeLog.origin == db.origin)
    ).all()
    return (min(ids), max(ids)) if ids else None


def _remember(session: Session, source: str, span: tuple[int, int]) -> None:
    """Record which change-log entries this partner's file wrote (the next merge's base)."""
    key = _merged_key(source)
    row = session.get(Setting, key)
    ranges = json.loads(row.value) if row is not None and row.value else []
    ranges.append(list(span))
    if row is None:
        session.add(Setting(key=key, value=json.dumps(ranges)))
    else:
        row.value = json.dumps(ranges)
    session.flush()


class _Writer:
    """Writes the entries of a plan, each through its service's rules, in one session."""

    def __init__(self, session: Session, services: Services) -> None:
        self.session = session
        self.services = services
        self.created: list[tuple[str, int]] = []
        self.updated: list[tuple[str, int, dict[str, Any], dict[str, Any]]] = []

    def _local_id(self, kind: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        model = _KINDS[kind].model
        row = self.session.exec(select(model.id).where(model.uuid == uuid)).first()  # type: ignore[attr-defined]
        if row is None:
            raise ImportFormatError("$", f"the {kind} {uuid} is neither here nor in the file")
        return int(row)

    def _values(self, record: _FileRecord, names: Iterable[str]) -> dict[str, Any]:
        kind = _KINDS[record.kind]
        values: dict[str, Any] = {}
        for name in names:
            value = record.values.get(name)
            if name in kind.refs:
                value = self._local_id(kind.refs[name], value)
            values[name] = value
        return values

    def write(self, entry: MergeEntry, record: _FileRecord) -> None:
        kind = _KINDS[record.kind]
        service = kind.service(self.services)
        try:
            if entry.kind == NEW:
                names = [n for n in record.values if n not in ("id", *_NESTED)]
                values = self._values(record, names)
                cleaned = service.clean_record(self.session, values, None)
                row = kind.model(**cleaned)
                self.session.add(row)
                self.session.flush()
                self.session.refresh(row)
                service.after_write(self.session, row)
                self.created.append((kind.table, int(row.id)))  # type: ignore[attr-defined]
                if record.kind == "program_item":
                    self._attendees(int(row.id), record.values.get("attendees", []))  # type: ignore[attr-defined]
                return
            assert entry.record_id is not None
            row = self.session.get(kind.model, entry.record_id)
            names = [c.field for c in entry.changes if c.field != "attendees"]
            changes = self._values(record, names)
            before = {name: getattr(row, name) for name in names}
            if names:
                service._apply(self.session, row, entry.record_id, changes)
            after = {name: getattr(row, name) for name in names}
            if any(c.field == "attendees" for c in entry.changes):
                before["attendees"] = self._current_attendees(entry.record_id)
                self._replace_attendees(entry.record_id, record.values.get("attendees", []))
                after["attendees"] = self._current_attendees(entry.record_id)
            self.updated.append((kind.table, entry.record_id, before, after))
        except ValidationError as error:
            raise ImportFormatError(f"{record.path}.{error.field}", error.message) from None
        except sa.exc.IntegrityError as error:
            raise ImportFormatError(
                record.path, f"breaks a rule of the database: {error.orig}"
            ) from None

    def _attendees(self, item_id: int, uuids: Iterable[str]) -> None:
        for uuid in uuids:
            person = self._local_id("person", uuid)
            self.session.add(ProgramAttendee(program_item_id=item_id, person_id=person))
        self.session.flush()

    def _current_attendees(self, item_id: int) -> list[int]:
        return sorted(
            self.session.exec(
                select(ProgramAttendee.person_id).where(ProgramAttendee.program_item_id == item_id)
            ).all()
        )

    def _replace_attendees(self, item_id: int, uuids: Iterable[str]) -> None:
        _set_attendees(self.session, item_id, [self._local_id("person", u) for u in uuids])


def _set_attendees(session: Session, item_id: int, people: Iterable[int | None]) -> None:
    for link in session.exec(
        select(ProgramAttendee).where(ProgramAttendee.program_item_id == item_id)
    ).all():
        session.delete(link)
    session.flush()
    for person in people:
        if person is not None:
            session.add(ProgramAttendee(program_item_id=item_id, person_id=person))
    session.flush()


def undo_merge(db: Database, applied: AppliedMerge) -> None:
    """Revert an applied merge in one transaction: the changed fields get their values back
    and the records it created are deleted. Refused (``ConflictError``, nothing changed) when
    someone changed one of those fields meanwhile."""
    services = Services.for_database(db)
    with db.session() as session:
        first = session.exec(select(col(ChangeLog.id)).order_by(col(ChangeLog.id).desc())).first()
        for table, record_id, before, after in reversed(applied.updated):
            kind = _KINDS[table]
            service = kind.service(services)
            row = session.get(kind.model, record_id)
            if row is None:
                raise ConflictError(service.noun, "", "", deleted=True, undo=True)
            plain = {k: val for k, val in before.items() if k != "attendees"}
            for name in plain:
                if getattr(row, name) != after[name]:
                    raise ConflictError(
                        service.noun, name, as_text(getattr(row, name)) or "", undo=True
                    )
            if plain:
                service._apply(session, row, record_id, plain)
            if "attendees" in before:
                _set_attendees(session, record_id, before["attendees"])
        for table, record_id in reversed(applied.created):
            kind = _KINDS[table]
            row = session.get(kind.model, record_id)
            if row is not None:
                kind.service(services)._delete_in(session, row)
                session.flush()
        session.flush()
        # What the undo wrote counts like the merge itself: not as an edit made here, so
        # the same file merged again is new and changed as before, not conflicting.
        span = _own_changes(session, db, first or 0)
        if applied.source is not None and span is not None:
            _remember(session, applied.source, span)
