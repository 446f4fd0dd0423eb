"""Erasure of personal data after its retention, the way a public office must do it.

``report(as_of)`` lists, per category (``domain/retention.py``), every stored value whose
retention is over: which person, which field, the visit it is counted from, since when.

``erase(category, before, export_path)``:

1. refuses a read-only database (and an export file that cannot be written) before
   anything is written;
2. writes an export (JSON, under a temporary name renamed into place) of exactly what it
   will remove: the values and the audit-trail values that will be redacted. The Saxon
   data-protection law (SächsDSDG with the archive law) wants personal data offered to the
   city archive before it is deleted: this file is what is offered;
3. in ONE transaction: checks that the data is still what the export holds, empties the
   fields, redacts their values in the audit trail (``change_log`` old and new values become
   ``[erased]``; the rows, who changed what when, stay), and records an ``erasure_run``.

An erase that fails in step 3 leaves the data as it was; the export stays as written (it
describes data that is still there, which does no harm). The official record of a visit -
program, gifts, guestbook, names, titles and roles - is never touched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from exchange_planner.domain import retention as r
from exchange_planner.domain.enums import PrivacyCategory
from exchange_planner.domain.errors import (
    DatabaseReadOnlyError,
    ExchangePlannerError,
    ValidationError,
)
from exchange_planner.domain.names import full_name
from exchange_planner.domain.retention import (
    ERASED,
    CategoryReport,
    DueItem,
    ErasureResult,
)
from exchange_planner.services.crud import retry_lost_races
from exchange_planner.services.settings import _store
from exchange_planner.storage.audit import as_text
from exchange_planner.storage.database import Database, unwritable_reason
from exchange_planner.storage.files import atomic_write_bytes
from exchange_planner.storage.tables import (
    ChangeLog,
    ErasureRun,
    Person,
    Residency,
    Setting,
    Visit,
    VisitHost,
    VisitMember,
)

#: The export file's format name and version (what the archive is told it holds).
EXPORT_FORMAT = "exchange-planner-erasure-export"
EXPORT_VERSION = 1

#: progress(done, total, step): steps "read", "export", "erase", "done".
Progress = Callable[[int, int, str], None]
STEPS = ("read", "export", "erase", "done")

_CLASSES: dict[str, Any] = {r.PERSON: Person, r.VISIT_MEMBER: VisitMember}

#: change_log rows read per query (ids in one IN list).
_CHUNK = 500


@dataclass(frozen=True)
class RunLine:
    """One erasure made before: when, by whom, what, how much, the export's file."""

    id: int
    at: datetime
    user: str
    category: str
    before: date
    export_file: str
    removed: int
    summary: str


@dataclass(frozen=True)
class _Audit:
    """A change_log row that holds erased values, with its values before and after."""

    id: int
    at: datetime
    user: str
    table: str
    record_id: int
    action: str
    field: str
    old: str | None
    new: str | None
    redacted_old: str | None
    redacted_new: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "change_id": self.id,
            "at": _utc(self.at).isoformat(),
            "user": self.user,
            "table": self.table,
            "record_id": self.record_id,
            "action": self.action,
            "field": self.field,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True)
class _Plan:
    """What an erasure removes: the values, and the audit rows to redact."""

    items: tuple[DueItem, ...]
    audit: tuple[_Audit, ...]

    def key(self) -> tuple[object, ...]:
        return (
            tuple((i.table, i.record_id, i.field, i.value) for i in self.items),
            tuple((a.id, a.old, a.new) for a in self.audit),
        )


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _today() -> date:
    return datetime.now(UTC).date()


class PrivacyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- settings ---------------------------------------------------------------------------
    def retention(self) -> dict[PrivacyCategory, int]:
        """The retention in months per category (the defaults where none is stored)."""
        with self.db.session() as session:
            return _retention(session)

    def set_retention(self, months: Mapping[PrivacyCategory | str, object]) -> None:
        """Store the retention of the categories given; all are checked before any is stored
        (a refused value raises ``ValidationError`` and nothing changes)."""
        checked: dict[PrivacyCategory, int] = {}
        for name, value in months.items():
            category = r.category_of(str(name))
            checked[category] = r.checked_months(category, value)
        if self.db.read_only:
            raise DatabaseReadOnlyError(self.db.read_only_message)

        def attempt() -> None:
            with self.db.session() as session:
                for category, value in checked.items():
                    _store(session, r.SETTING_KEY.format(category=category.value), str(value))

        retry_lost_races(attempt, also=(sa.exc.IntegrityError,))

    # --- report -----------------------------------------------------------------------------
    def report(
        self, as_of: date | None = None, categories: Iterable[PrivacyCategory | str] | None = None
    ) -> list[CategoryReport]:
        """Per category, every stored value whose retention is over on ``as_of`` (today)."""
        day = as_of or _today()
        wanted = (
            [r.category_of(str(c)) for c in categories] if categories else list(PrivacyCategory)
        )
        with self.db.session() as session:
            months = _retention(session)
            facts = _Facts(session)
            return [
                CategoryReport(
                    category,
                    months[category],
                    day,
                    tuple(facts.due(category, months[category], day)[0]),
                )
                for category in wanted
            ]

    def preview(self, category: PrivacyCategory | str, before: date) -> tuple[CategoryReport, int]:
        """What ``erase(category, before, …)`` would remove: the values due, and how many
        audit-trail entries it would redact."""
        chosen = r.category_of(str(category))
        with self.db.session() as session:
            months = _retention(session)[chosen]
            plan = _plan(session, chosen, months, before)
        return CategoryReport(chosen, months, before, plan.items), len(plan.audit)

    def runs(self) -> list[RunLine]:
        """The erasures made, newest first."""
        with self.db.session() as session:
            rows = session.exec(select(ErasureRun).order_by(col(ErasureRun.id).desc())).all()
            return [
                RunLine(
                    id=int(row.id or 0),
                    at=_utc(row.at),
                    user=row.user_name,
                    category=row.category,
                    before=row.before,
                    export_file=row.export_file,
                    removed=row.removed,
                    summary=row.summary,
                )
                for row in rows
            ]

    # --- erase ------------------------------------------------------------------------------
    def check_erase(
        self, category: PrivacyCategory | str, before: date, export_path: Path
    ) -> PrivacyCategory:
        """Everything that refuses an erasure before anything is written: a read-only database,
        a date after today, an export file that cannot be written. Returns the category."""
        chosen = r.category_of(str(category))
        if self.db.read_only:
            raise DatabaseReadOnlyError(
                f"{self.db.location} was opened read-only ({self.db.read_only_reason}); nothing "
                "was exported or erased. Make it writable or erase in a writable copy."
            )
        if self.db.is_postgresql:
            self._check_server_writable()
        if before > _today():
            raise ValidationError(
                "before",
                f"{before.isoformat()} is after today; data is erased only once its retention "
                "is over",
            )
        target = Path(export_path)
        if target.is_dir():
            raise ValidationError("export", f"{target} is a folder, not a file")
        if not target.parent.is_dir():
            raise ValidationError("export", f"the folder {target.parent} does not exist")
        reason = unwritable_reason(target)
        if reason is not None:
            raise ValidationError("export", f"{target} cannot be written ({reason})")
        return chosen

    def _check_server_writable(self) -> None:
        """A server database this login may not change (a read-only standby or session, no
        UPDATE right on the tables): refused like a read-only file, before any export."""
        with self.db.engine.connect() as connection:
            read_only = connection.exec_driver_sql(
                "SELECT current_setting('transaction_read_only')"
            ).scalar()
            allowed = connection.exec_driver_sql(
                "SELECT has_table_privilege('person', 'UPDATE') "
                "AND has_table_privilege('visit_member', 'UPDATE') "
                "AND has_table_privilege('change_log', 'UPDATE') "
                "AND has_table_privilege('erasure_run', 'INSERT')"
            ).scalar()
        if read_only == "on" or not allowed:
            why = "the server is read-only" if read_only == "on" else "this login may not change it"
            raise DatabaseReadOnlyError(
                f"{self.db.location} cannot be changed ({why}); nothing was exported or erased."
            )

    def erase(
        self,
        category: PrivacyCategory | str,
        before: date,
        export_path: Path | str,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ErasureResult:
        """Export, then remove, the ``category`` data whose retention is over on ``before``.

        Nothing due: nothing is written, ``removed`` is 0 and ``export_file`` empty."""
        target = Path(export_path)
        chosen = self.check_erase(category, before, target)
        tell = progress or (lambda _d, _t, _s: None)
        tell(0, len(STEPS), "read")
        with self.db.session() as session:
            months = _retention(session)[chosen]
            plan = _plan(session, chosen, months, before)
        if not plan.items and not plan.audit:
            tell(len(STEPS), len(STEPS), "done")
            return ErasureResult(chosen, before, 0, 0, 0, "")
        if cancelled is not None and cancelled():
            raise ExchangePlannerError("The erasure was cancelled; nothing was exported or erased.")
        tell(1, len(STEPS), "export")
        written_at = datetime.now(UTC)
        atomic_write_bytes(
            target, _export_text(self.db, chosen, months, before, plan, written_at).encode("utf-8")
        )
        tell(2, len(STEPS), "erase")
        # Past this point the erasure runs to its end (or fails whole); no more cancelling.
        with self.db.session() as session:
            if self.db.engine.dialect.name == "sqlite":
                # Freed space is overwritten, so the removed values do not linger in the file.
                session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            again = _plan(session, chosen, _retention(session)[chosen], before)
            if again.key() != plan.key():
                raise ExchangePlannerError(
                    "The data changed while the export was written; nothing was erased. "
                    f"The export {target} describes the data before that change; run the "
                    "erasure again."
                )
            for item in plan.items:
                record = session.get(_CLASSES[item.table], item.record_id)
                assert record is not None
                setattr(record, item.field, r.empty_value(item.field))
                session.add(record)
            people = len({item.person_id for item in plan.items})
            run = ErasureRun(
                at=written_at,
                user_name=self.db.user,
                category=chosen.value,
                before=before,
                export_file=str(target.resolve()),
                removed=len(plan.items),
                summary=_summary(plan, people),
            )
            session.add(run)
            session.flush()
            # Last: the log rows this very flush wrote hold the removed values too.
            redacted = _redact(session, chosen, months, before)
            run_id = run.id
        _checkpoint(self.db)
        tell(len(STEPS), len(STEPS), "done")
        return ErasureResult(
            chosen, before, len(plan.items), people, redacted, str(target), run_id=run_id
        )


# --- reading what is due -------------------------------------------------------------------
def _retention(session: Session) -> dict[PrivacyCategory, int]:
    months: dict[PrivacyCategory, int] = {}
    for category, default in r.DEFAULT_MONTHS.items():
        row = session.get(Setting, r.SETTING_KEY.format(category=category.value))
        try:
            months[category] = r.checked_months(category, row.value) if row else default
        except ValidationError:
            months[category] = default  # a value stored by hand that makes no sense
    return months


class _Facts:
    """The visits, members, hosts and residencies the retention is counted from."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.visits = {int(v.id): v for v in session.exec(select(Visit)).all() if v.id is not None}
        self.members = list(session.exec(select(VisitMember).order_by(col(VisitMember.id))).all())
        hosts = session.exec(select(VisitHost.visit_id, VisitHost.person_id)).all()
        residencies = session.exec(
            select(Residency.artist_id, Residency.end_date, Residency.title)
        ).all()
        # The person's last visit (or residency): (end, visit id, label).
        self.last: dict[int, tuple[date, int | None, str]] = {}
        for visit_id, person_id in [*((m.visit_id, m.person_id) for m in self.members), *hosts]:
            visit = self.visits.get(visit_id)
            if visit is not None:
                self._later(person_id, (visit.end_date, visit_id, visit.title))
        for artist_id, end_date, title in residencies:
            if artist_id is not None:
                self._later(artist_id, (end_date, None, f"residency: {title}"))
        ids = set(self.last) | {m.person_id for m in self.members}
        self.people = (
            {
                int(p.id): p
                for p in session.exec(select(Person).where(col(Person.id).in_(ids))).all()
                if p.id is not None
            }
            if ids
            else {}
        )

    def _later(self, person_id: int, candidate: tuple[date, int | None, str]) -> None:
        current = self.last.get(person_id)
        if current is None or candidate[0] > current[0]:
            self.last[person_id] = candidate

    def due(
        self, category: PrivacyCategory, months: int, as_of: date
    ) -> tuple[list[DueItem], set[int], set[int]]:
        """The values due, the ids of the people and of the visits whose retention is over
        (their audit trail is redacted whether a value is still stored or not)."""
        items: list[DueItem] = []
        due_people: set[int] = set()
        due_visits: set[int] = set()
        fields = r.FIELDS[category]
        person_fields = [f for t, f in fields if t == r.PERSON and hasattr(Person, f)]
        member_fields = [f for t, f in fields if t == r.VISIT_MEMBER and hasattr(VisitMember, f)]
        if person_fields:
            # Judged: the people of delegations (members); the home city's hosts and staff
            # keep their contacts (their visits still count as "on a visit" for a member).
            judged = {m.person_id for m in self.members} & set(self.last)
            for person_id in sorted(judged, key=lambda p: self._name(p)):
                ended, visit_id, label = self.last[person_id]
                if not r.is_due(ended, months, as_of):
                    continue
                due_people.add(person_id)
                person = self.people.get(person_id)
                if person is None:
                    continue
                for name in person_fields:
                    value = getattr(person, name)
                    if r.holds_data(value):
                        items.append(
                            DueItem(
                                category,
                                person_id,
                                full_name(person),
                                r.PERSON,
                                person_id,
                                name,
                                as_text(value) or "",
                                visit_id,
                                label,
                                ended,
                                r.due_since(ended, months),
                            )
                        )
        if member_fields:
            for visit_id, visit in self.visits.items():
                if r.is_due(visit.end_date, months, as_of):
                    due_visits.add(visit_id)
            for member in sorted(
                self.members,
                key=lambda m: (
                    self.visits[m.visit_id].end_date,
                    m.visit_id,
                    self._name(m.person_id),
                ),
            ):
                if member.visit_id not in due_visits:
                    continue
                visit = self.visits[member.visit_id]
                person = self.people.get(member.person_id)
                name = full_name(person) if person is not None else f"#{member.person_id}"
                for field_name in member_fields:
                    value = getattr(member, field_name)
                    if r.holds_data(value):
                        items.append(
                            DueItem(
                                category,
                                member.person_id,
                                name,
                                r.VISIT_MEMBER,
                                int(member.id or 0),
                                field_name,
                                as_text(value) or "",
                                member.visit_id,
                                visit.title,
                                visit.end_date,
                                r.due_since(visit.end_date, months),
                            )
                        )
        return items, due_people, due_visits

    def _name(self, person_id: int) -> str:
        person = self.people.get(person_id)
        return full_name(person).casefold() if person is not None else ""


def _plan(session: Session, category: PrivacyCategory, months: int, as_of: date) -> _Plan:
    items, people, visits = _Facts(session).due(category, months, as_of)
    audit = _audit_rows(session, category, people, visits)
    return _Plan(tuple(items), tuple(audit))


def _erasable(text: str | None) -> bool:
    return text is not None and text.strip() not in ("", "false")


def _redacted_json(text: str | None, fields: set[str]) -> str | None:
    if not text:
        return text
    try:
        values = json.loads(text)
    except ValueError:
        return text
    if not isinstance(values, dict):
        return text
    changed = False
    for name in fields:
        value = values.get(name)
        if value is not None and _erasable(str(value)) and value != ERASED:
            values[name] = ERASED
            changed = True
    return json.dumps(values, ensure_ascii=False) if changed else text


def _audit_rows(
    session: Session, category: PrivacyCategory, people: set[int], visits: set[int]
) -> list[_Audit]:
    """The change_log rows that still hold values of the category for the due people (their
    person rows) and due visits (their members' rows, deleted members too)."""
    fields = r.FIELDS[category]
    person_fields = {f for t, f in fields if t == r.PERSON}
    member_fields = {f for t, f in fields if t == r.VISIT_MEMBER}
    rows: list[ChangeLog] = []
    if person_fields and people:
        ids = sorted(people)
        for start in range(0, len(ids), _CHUNK):
            rows.extend(
                session.exec(
                    select(ChangeLog).where(
                        ChangeLog.table_name == r.PERSON,
                        col(ChangeLog.record_id).in_(ids[start : start + _CHUNK]),
                    )
                ).all()
            )
    if member_fields and visits:
        ids = sorted(visits)
        for start in range(0, len(ids), _CHUNK):
            rows.extend(
                session.exec(
                    select(ChangeLog).where(
                        ChangeLog.table_name == r.VISIT_MEMBER,
                        col(ChangeLog.visit_id).in_(ids[start : start + _CHUNK]),
                    )
                ).all()
            )
    found: list[_Audit] = []
    for row in sorted(rows, key=lambda x: x.id or 0):
        names = person_fields if row.table_name == r.PERSON else member_fields
        if row.action in ("create", "delete"):
            old = _redacted_json(row.old_value, names)
            new = _redacted_json(row.new_value, names)
        elif row.field in names:
            old = ERASED if _erasable(row.old_value) and row.old_value != ERASED else row.old_value
            new = ERASED if _erasable(row.new_value) and row.new_value != ERASED else row.new_value
        else:
            continue
        if (old, new) == (row.old_value, row.new_value):
            continue
        found.append(
            _Audit(
                int(row.id or 0),
                row.at,
                row.user_name,
                row.table_name,
                row.record_id,
                row.action,
                row.field,
                row.old_value,
                row.new_value,
                old,
                new,
            )
        )
    return found


def _redact(session: Session, category: PrivacyCategory, months: int, as_of: date) -> int:
    """Redact the audit values of the category for the due people and visits; returns how
    many log rows changed. The rows themselves (who changed what, when) stay."""
    _items, people, visits = _Facts(session).due(category, months, as_of)
    # The erasure's own updates were just flushed: their old values are the removed ones.
    rows = _audit_rows(session, category, people, visits)
    table = ChangeLog.__table__  # type: ignore[attr-defined]
    for row in rows:
        session.connection().execute(
            sa.update(table)
            .where(table.c.id == row.id)
            .values(old_value=row.redacted_old, new_value=row.redacted_new)
        )
    return len(rows)


def _summary(plan: _Plan, people: int) -> str:
    counts: dict[str, int] = {}
    for item in plan.items:
        counts[item.field] = counts.get(item.field, 0) + 1
    fields = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
    return (
        f"{len(plan.items)} values of {people} people ({fields or 'none'}); "
        f"{len(plan.audit)} audit-trail entries redacted"
    )


def _export_text(
    db: Database,
    category: PrivacyCategory,
    months: int,
    before: date,
    plan: _Plan,
    written_at: datetime,
) -> str:
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "purpose": "personal data offered to the city archive before its erasure",
        "database": db.location,
        "written_at": written_at.isoformat(),
        "written_by": db.user,
        "category": category.value,
        "retention_months": months,
        "before": before.isoformat(),
        "fields": [f"{table}.{name}" for table, name in r.FIELDS[category]],
        "items": [
            {
                "person_id": item.person_id,
                "person": item.person,
                "table": item.table,
                "record_id": item.record_id,
                "field": item.field,
                "value": item.value,
                "visit_id": item.visit_id,
                "visit": item.visit,
                "ended": item.ended.isoformat(),
                "due_since": item.due_since.isoformat(),
            }
            for item in plan.items
        ],
        "audit_trail": [entry.to_json() for entry in plan.audit],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _checkpoint(db: Database) -> None:
    """Move the write-ahead log into the file and empty it (SQLite), so the old pages with
    the removed values do not stay in the -wal file. Best effort: another reader may hold it."""
    if db.engine.dialect.name != "sqlite":
        return
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except sa.exc.DBAPIError:
        pass


__all__ = ["EXPORT_FORMAT", "STEPS", "PrivacyService", "RunLine"]
