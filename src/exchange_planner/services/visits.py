"""Delegation visits and their parts: members, program items, gifts, guestbook entries."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session, col, func, or_, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.conflicts import Conflict
from exchange_planner.domain.dates import end_following_start
from exchange_planner.domain.enums import (
    Direction,
    GiftDirection,
    GuestbookKind,
    MemberRole,
    NameOrder,
    ProgramKind,
    VisitStatus,
)
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.names import full_name, latin_name, own_script_name
from exchange_planner.domain.texts import CONTENT_LANGUAGES, DEFAULT_LANGUAGE, Translations
from exchange_planner.domain.timeutil import local_day_bounds, to_local, to_utc
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService, office_language, require
from exchange_planner.services.participation import clean_participation
from exchange_planner.services.settings import SettingsService
from exchange_planner.services.travel import Stay, clean_travel, stays
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    ExhibitionVisit,
    Gift,
    GuestbookEntry,
    Partnership,
    Person,
    ProgramAttendee,
    ProgramItem,
    Venue,
    Visit,
    VisitMember,
)

#: Columns the visit list can sort by (name -> SQL expression).
VISIT_SORT_KEYS = ("start_date", "end_date", "title", "partnership", "direction", "status")


@dataclass(frozen=True)
class VisitFilter:
    """What the visit list shows; every part is applied in SQL."""

    partnership_id: int | None = None
    status: VisitStatus | None = None
    year: int | None = None
    text: str = ""


@dataclass(frozen=True)
class VisitRow:
    """One line of the visit list (plain values, no ORM object)."""

    id: int
    title: str
    partnership: str
    partnership_id: int
    start_date: date
    end_date: date
    direction: Direction
    status: VisitStatus
    #: The language of ``title`` and its other languages (``domain.texts.text_in``).
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = dataclasses.field(default_factory=Translations)


@dataclass(frozen=True)
class MemberRow:
    """A delegation member with the person's names for display (the rule of
    ``domain/names.py``; the name parts make the row a ``Named`` for ``display_name``)."""

    id: int
    person_id: int
    latin_name: str
    native_name: str
    full_name: str
    title: str
    organisation: str
    role: MemberRole
    precedence: int
    arrival: datetime | None
    departure: datetime | None
    room: str
    family_name: str = ""
    given_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    #: The language of the person's ``title`` and ``organisation``, and their translations.
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = dataclasses.field(default_factory=Translations)
    #: Travel and stay (arrival, departure, hotel, room and who shares it, mobile).
    stay: Stay = dataclasses.field(default_factory=Stay)


@dataclass(frozen=True)
class HeadState:
    """Who leads a visit: its ``head_id`` and the role of each member (member id, role)."""

    head_id: int | None
    roles: tuple[tuple[int, MemberRole], ...]


#: The role a head of delegation goes back to when another person becomes the head.
FORMER_HEAD_ROLE = MemberRole.OFFICIAL


def follow_head(session: Session, visit_id: int, head_id: int | None) -> None:
    """The member roles follow the visit's head (one fact, in the caller's transaction): the
    head's member gets the role Head; any other member with the role Head goes back to
    :data:`FORMER_HEAD_ROLE`. For a head who is not on the member list only the latter applies."""
    members = session.exec(select(VisitMember).where(VisitMember.visit_id == visit_id)).all()
    for member in members:
        if head_id is not None and member.person_id == head_id:
            if member.role != MemberRole.HEAD:
                member.role = MemberRole.HEAD
        elif member.role == MemberRole.HEAD:
            member.role = FORMER_HEAD_ROLE
    session.flush()


def follow_member_role(
    session: Session, member: VisitMember, *, was_head: bool = False, old_person: int | None = None
) -> None:
    """The visit's head follows a member's role: a member made Head becomes the head of
    delegation (a former head member goes back to :data:`FORMER_HEAD_ROLE`); a head member
    given another role leaves the visit without a head."""
    visit = session.get(Visit, member.visit_id)
    if visit is None:
        return
    if member.role == MemberRole.HEAD:
        if visit.head_id != member.person_id:
            visit.head_id = member.person_id
        follow_head(session, visit.id, member.person_id)  # type: ignore[arg-type]
    elif was_head and visit.head_id in (member.person_id, old_person):
        visit.head_id = None
    session.flush()


#: A template's step: its title per content language, its kind and its length in minutes.
TemplateStep = tuple[Mapping[str, str], ProgramKind, int]

#: The "Official reception" template. Its items are written in the office's language, with
#: the titles in the partnership's languages as translations.
OFFICIAL_RECEPTION: tuple[TemplateStep, ...] = (
    (
        {
            "de": "Empfang durch den Oberbürgermeister",
            "ko": "시장 주최 환영 리셉션",
            "en": "Reception by the Lord Mayor",
        },
        ProgramKind.RECEPTION,
        30,
    ),
    (
        {
            "de": "Eintragung in das Goldene Buch",
            "ko": "골든북 서명",
            "en": "Signing of the Golden Book",
        },
        ProgramKind.GUESTBOOK,
        15,
    ),
    (
        {
            "de": "Austausch der Gastgeschenke",
            "ko": "공식 선물 교환",
            "en": "Exchange of official gifts",
        },
        ProgramKind.GIFT_EXCHANGE,
        15,
    ),
    (
        {
            "de": "Besichtigung des Ratssaals",
            "ko": "시의회 회의장 견학",
            "en": "Tour of the council chamber",
        },
        ProgramKind.TOUR,
        45,
    ),
)
TEMPLATES: dict[str, tuple[TemplateStep, ...]] = {
    "official_reception": OFFICIAL_RECEPTION,
}


def partnership_languages(partnership: Partnership | None) -> list[str]:
    """The content languages a partnership uses (its ``languages``, e.g. "ko,en"), in order."""
    codes = [c.strip().lower() for c in (partnership.languages if partnership else "").split(",")]
    return [code for code in dict.fromkeys(codes) if code in CONTENT_LANGUAGES]


def _dump_all(session: Session, model: type[Any], *where: Any) -> list[dict[str, Any]]:
    return [row.model_dump() for row in session.exec(select(model).where(*where)).all()]


class VisitService(RecordService[read.Visit]):
    model = Visit
    read_model = read.Visit
    noun = "visit"

    def default_order(self) -> list[Any]:
        return [col(Visit.start_date).desc(), Visit.id]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["title"] = v.required_text("title", values.get("title"), max_length=300)
        values["direction"] = v.enum_value("direction", Direction, values.get("direction"))
        values["status"] = v.enum_value(
            "status", VisitStatus, values.get("status") or VisitStatus.DRAFT
        )
        values["start_date"] = v.date_value("start_date", values.get("start_date"))
        values["end_date"] = v.date_value("end_date", values.get("end_date"))
        v.date_range(values["start_date"], values["end_date"])
        if values.get("partnership_id") is None:
            raise ValidationError("partnership_id", "a visit belongs to a partnership")
        require(session, Partnership, values["partnership_id"], "partnership_id")
        require(session, Person, values.get("head_id"), "head_id")
        require(session, Venue, values.get("hotel_id"), "hotel_id")
        values["notes"] = v.optional_text("notes", values.get("notes"))
        return values

    def describe(self, record: read.Visit) -> str:
        return f"Visit “{record.title}”"

    # --- the head of delegation and the member role Head are one fact ---------------------
    def _apply(
        self, session: Session, record: Any, record_id: int, changes: Mapping[str, Any]
    ) -> Any:
        head_before = record.head_id
        record = super()._apply(session, record, record_id, changes)
        if record.head_id != head_before:
            follow_head(session, record_id, record.head_id)
        return record

    def head_state(self, visit_id: int) -> HeadState:
        with self.db.session() as session:
            visit = self._load(session, visit_id)
            members = session.exec(
                select(VisitMember.id, VisitMember.role)
                .where(VisitMember.visit_id == visit_id)
                .order_by(VisitMember.id)
            ).all()
            return HeadState(visit.head_id, tuple((int(i), MemberRole(r)) for i, r in members))

    def restore_head(
        self, visit_id: int, target: HeadState, *, expected: HeadState, undo: bool = True
    ) -> None:
        """Put back the head and the member roles of ``target`` where they differ from
        ``expected`` (undo and redo of a change of the head), in one transaction; refused
        (``ConflictError``, nothing written) when someone else changed one of them since."""
        members = MemberService(self.db)
        wanted = dict(target.roles)
        seen = dict(expected.roles)
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise self._gone(session, visit_id)
            rows: dict[int, VisitMember] = {}
            for member_id, role in wanted.items():
                if seen.get(member_id, role) == role:
                    continue
                member = session.get(VisitMember, member_id)
                if member is None:
                    raise members._gone(session, member_id)
                if member.role != seen[member_id]:
                    raise members._conflict(session, member_id, "role", member.role, undo=undo)
                rows[member_id] = member
            if target.head_id != expected.head_id and visit.head_id != expected.head_id:
                raise self._conflict(session, visit_id, "head_id", visit.head_id, undo=undo)
            if target.head_id != expected.head_id:
                visit.head_id = target.head_id
            for member_id, member in rows.items():
                member.role = wanted[member_id]
            session.flush()

    # --- the list: filtered, sorted, paged in SQL ------------------------------------------
    def _filtered(self, statement: Any, flt: VisitFilter) -> Any:
        if flt.partnership_id is not None:
            statement = statement.where(Visit.partnership_id == flt.partnership_id)
        if flt.status is not None:
            statement = statement.where(Visit.status == VisitStatus(flt.status))
        if flt.year is not None:
            # Visits touching the year; both bounds use the date indexes.
            statement = statement.where(
                col(Visit.start_date) <= date(flt.year, 12, 31),
                col(Visit.end_date) >= date(flt.year, 1, 1),
            )
        text = flt.text.strip()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            statement = statement.where(
                or_(
                    col(Visit.title).ilike(pattern, escape="\\"),
                    col(Partnership.partner_city).ilike(pattern, escape="\\"),
                    col(Partnership.city_native).ilike(pattern, escape="\\"),
                    col(Visit.notes).ilike(pattern, escape="\\"),
                )
            )
        return statement

    def count_rows(self, flt: VisitFilter = VisitFilter()) -> int:
        with self.db.session() as session:
            statement = select(func.count(col(Visit.id))).join(
                Partnership, col(Partnership.id) == col(Visit.partnership_id)
            )
            return int(session.exec(self._filtered(statement, flt)).one())

    def rows(
        self,
        flt: VisitFilter = VisitFilter(),
        *,
        sort: str = "start_date",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[VisitRow]:
        """One page of the visit list; only these rows are read."""
        if sort not in VISIT_SORT_KEYS:
            raise ValidationError("sort", f"cannot sort by '{sort}'")
        column: Any = {
            "start_date": col(Visit.start_date),
            "end_date": col(Visit.end_date),
            "title": func.lower(col(Visit.title)),
            "partnership": func.lower(col(Partnership.partner_city)),
            "direction": col(Visit.direction),
            "status": col(Visit.status),
        }[sort]
        order = [column.desc() if descending else column.asc()]
        order.append(col(Visit.id).desc() if descending else col(Visit.id).asc())
        with self.db.session() as session:
            statement = select(
                Visit.id,
                Visit.title,
                Partnership.partner_city,
                Visit.partnership_id,
                Visit.start_date,
                Visit.end_date,
                Visit.direction,
                Visit.status,
                Visit.original_language,
                Visit.translations,
            ).join(Partnership, col(Partnership.id) == col(Visit.partnership_id))
            statement = self._filtered(statement, flt).order_by(*order).offset(offset).limit(limit)
            return [
                VisitRow(*row[:-1], Translations(row[-1]))  # type: ignore[misc]
                for row in session.exec(statement).all()
            ]

    def row(self, visit_id: int) -> VisitRow:
        with self.db.session() as session:
            visit = self._load(session, visit_id)
            partnership = session.get(Partnership, visit.partnership_id)
            return VisitRow(
                visit.id,  # type: ignore[arg-type]
                visit.title,
                partnership.partner_city if partnership else "",
                visit.partnership_id,
                visit.start_date,
                visit.end_date,
                visit.direction,
                visit.status,
                visit.original_language,
                Translations(visit.translations),
            )

    def years(self) -> list[int]:
        """Every year touched by some visit, newest first (for the year filter)."""
        with self.db.session() as session:
            first, last = session.exec(
                select(func.min(Visit.start_date), func.max(Visit.end_date))
            ).one()
        if first is None or last is None:
            return []
        first = first if isinstance(first, date) else date.fromisoformat(str(first))
        last = last if isinstance(last, date) else date.fromisoformat(str(last))
        return list(range(last.year, first.year - 1, -1))

    def start_change(self, visit_id: int, start_date: object) -> dict[str, Any]:
        """The changes that give the visit the first day ``start_date``. Past the last day,
        the last day moves along and the visit keeps its length (as calendars do);
        otherwise only the first day changes."""
        start = v.date_value("start_date", start_date)
        visit = self.get(visit_id)
        end = end_following_start(visit.start_date, visit.end_date, start)
        return (
            {"start_date": start}
            if end == visit.end_date
            else {"start_date": start, "end_date": end}
        )

    def home_timezone(self) -> str:
        return SettingsService(self.db).home_timezone()

    def local_timezone(self, visit_id: int) -> str:
        """Where the visit takes place: our city for incoming visits, the partner's otherwise."""
        with self.db.session() as session:
            visit = self._load(session, visit_id)
            if visit.direction is Direction.OUTGOING:
                partnership = session.get(Partnership, visit.partnership_id)
                if partnership is not None:
                    return partnership.timezone
        return self.home_timezone()

    # --- undo support: a visit travels with everything that belongs to it -----------------
    def snapshot(self, record_id: int) -> dict[str, Any]:
        with self.db.session() as session:
            visit = self._load(session, record_id)
            item_ids = list(
                session.exec(select(ProgramItem.id).where(ProgramItem.visit_id == record_id))
            )
            return {
                "visit": visit.model_dump(),
                "members": _dump_all(session, VisitMember, VisitMember.visit_id == record_id),
                "program": _dump_all(session, ProgramItem, ProgramItem.visit_id == record_id),
                "attendees": _dump_all(
                    session,
                    ProgramAttendee,
                    col(ProgramAttendee.program_item_id).in_(item_ids or [-1]),
                ),
                "gifts": _dump_all(session, Gift, Gift.visit_id == record_id),
                "guestbook": _dump_all(
                    session, GuestbookEntry, GuestbookEntry.visit_id == record_id
                ),
                "exhibitions": _dump_all(
                    session, ExhibitionVisit, ExhibitionVisit.visit_id == record_id
                ),
            }

    def restore(self, snapshot: Mapping[str, Any]) -> read.Visit:
        """Recreate a deleted visit with its parts, all with their old ids, in one transaction."""
        if "visit" not in snapshot:  # a plain record dump
            return super().restore(snapshot)
        with self.db.session() as session:
            visit = Visit(**snapshot["visit"])
            session.add(visit)
            session.flush()
            for key, model in (
                ("members", VisitMember),
                ("program", ProgramItem),
                ("gifts", Gift),
                ("guestbook", GuestbookEntry),
            ):
                for values in snapshot.get(key, []):
                    session.add(model(**values))
                session.flush()
            for key, model in (("attendees", ProgramAttendee), ("exhibitions", ExhibitionVisit)):
                for values in snapshot.get(key, []):
                    session.add(model(**values))
            session.flush()
            return self._read(visit)

    def duplicate(self, visit_id: int, *, title: str | None = None) -> read.Visit:
        """A copy with members and program (not gifts or signatures), as a draft."""
        with self.db.session() as session:
            source = self._load(session, visit_id)
            values = source.model_dump(exclude={"id", "uuid"})
            values["title"] = v.required_text(
                "title", title if title is not None else f"{source.title} (copy)"[:300]
            )
            # The title's other languages are marked as a copy too (or dropped when the copy
            # gets a title of its own: they would translate another text).
            texts = {field: dict(t) for field, t in (source.translations or {}).items()}
            if title is None and "title" in texts:
                texts["title"] = {
                    language: f"{text} (copy)"[:300] for language, text in texts["title"].items()
                }
            elif title is not None:
                texts.pop("title", None)
            values["translations"] = texts
            values["status"] = VisitStatus.DRAFT
            copy = Visit(**values)
            session.add(copy)
            session.flush()
            for member in session.exec(
                select(VisitMember).where(VisitMember.visit_id == visit_id)
            ).all():
                session.add(
                    VisitMember(
                        **member.model_dump(exclude={"id", "uuid", "visit_id"}), visit_id=copy.id
                    )
                )
            for item in session.exec(
                select(ProgramItem).where(ProgramItem.visit_id == visit_id)
            ).all():
                new_item = ProgramItem(
                    **item.model_dump(exclude={"id", "uuid", "visit_id"}), visit_id=copy.id
                )
                session.add(new_item)
                session.flush()
                for link in session.exec(
                    select(ProgramAttendee).where(ProgramAttendee.program_item_id == item.id)
                ).all():
                    session.add(
                        ProgramAttendee(program_item_id=new_item.id, person_id=link.person_id)
                    )
            session.flush()
            session.refresh(copy)
            return self._read(copy)


class MemberService(RecordService[read.VisitMember]):
    model = VisitMember
    read_model = read.VisitMember
    noun = "delegation member"

    def for_visit(self, visit_id: int) -> list[read.VisitMember]:
        return self.list_where(VisitMember.visit_id, visit_id, VisitMember.precedence)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Visit, values.get("visit_id"), "visit_id")
        if values.get("person_id") is None:
            raise ValidationError("person_id", "choose a person", reason="choose_person")
        require(session, Person, values["person_id"], "person_id")
        duplicate = session.exec(
            select(VisitMember.id).where(
                VisitMember.visit_id == values["visit_id"],
                VisitMember.person_id == values["person_id"],
            )
        ).first()
        if duplicate is not None and duplicate != record_id:
            person = session.get(Person, values["person_id"])
            raise ValidationError(
                "person_id",
                f"{full_name(person)} is already on this delegation",
            )
        values["role"] = v.enum_value("role", MemberRole, values.get("role") or MemberRole.OFFICIAL)
        values["precedence"] = int(values.get("precedence") or 0)
        for field in ("arrival", "departure"):
            if values.get(field) is not None:
                values[field] = v.instant_value(field, values[field])
        if (
            values.get("arrival")
            and values.get("departure")
            and values["departure"] < values["arrival"]
        ):
            raise ValidationError(
                "departure", "departs before arriving", reason="departs_before_arriving"
            )
        values["room"] = v.optional_text("room", values.get("room"), max_length=100)
        values.update(clean_participation(session, values, record_id, host=False))
        clean_travel(session, values, record_id)  # services/travel.py
        return values

    # --- the member role Head and the head of delegation are one fact ---------------------
    def after_write(self, session: Session, record: Any) -> None:
        if record.role == MemberRole.HEAD:
            follow_member_role(session, record)

    def _apply(
        self, session: Session, record: Any, record_id: int, changes: Mapping[str, Any]
    ) -> Any:
        was_head, old_person = record.role == MemberRole.HEAD, record.person_id
        record = super()._apply(session, record, record_id, changes)
        if was_head and record.role != MemberRole.HEAD:
            follow_member_role(session, record, was_head=True, old_person=old_person)
        return record

    def _delete_in(self, session: Session, record: Any) -> None:
        """Removing the head's member leaves the visit without a head."""
        visit = session.get(Visit, record.visit_id)
        super()._delete_in(session, record)
        if visit is not None and visit.head_id == record.person_id:
            visit.head_id = None
            session.flush()

    def restore(self, snapshot: Mapping[str, Any]) -> read.VisitMember:
        """A member restored with the role Head (undo of a removal) is the head again."""
        with self.db.session() as session:
            record = VisitMember(**snapshot)
            session.add(record)
            session.flush()
            if record.role == MemberRole.HEAD:
                follow_member_role(session, record)
            session.refresh(record)
            return self._read(record)

    def rows(self, visit_id: int) -> list[MemberRow]:
        """Members in precedence order, with names in Latin and in their own script."""
        with self.db.session() as session:
            statement = (
                select(VisitMember, Person)
                .join(Person, col(Person.id) == col(VisitMember.person_id))
                .where(VisitMember.visit_id == visit_id)
                .order_by(VisitMember.precedence, VisitMember.id)
            )
            found = stays(session, visit_id)
            return [
                MemberRow(
                    member.id,  # type: ignore[arg-type]
                    person.id,  # type: ignore[arg-type]
                    latin_name(person),
                    own_script_name(person),
                    full_name(person),
                    person.title,
                    person.organisation,
                    member.role,
                    member.precedence,
                    member.arrival,
                    member.departure,
                    member.room,
                    person.family_name,
                    person.given_name,
                    NameOrder(person.name_order),
                    person.original_language,
                    Translations(person.translations),
                    found.get(member.id, Stay()),  # type: ignore[arg-type]
                )
                for member, person in session.exec(statement).all()
            ]

    def next_precedence(self, visit_id: int) -> int:
        with self.db.session() as session:
            highest = session.exec(
                select(func.max(VisitMember.precedence)).where(VisitMember.visit_id == visit_id)
            ).one()
            return int(highest or 0) + 1

    def order(self, visit_id: int) -> list[int]:
        return [member.id for member in self.for_visit(visit_id)]  # type: ignore[misc]

    def reorder(self, visit_id: int, member_ids: Sequence[int]) -> None:
        """Set precedence 1..n in the given order; the list must hold exactly the members."""
        with self.db.session() as session:
            members = {
                member.id: member
                for member in session.exec(
                    select(VisitMember).where(VisitMember.visit_id == visit_id)
                ).all()
            }
            if sorted(members) != sorted(member_ids):
                raise ValidationError("precedence", "the order must list every member once")
            for rank, member_id in enumerate(member_ids, start=1):
                members[member_id].precedence = rank

    def moved(self, visit_id: int, member_id: int, steps: int) -> list[int]:
        """The member order after moving ``member_id`` up (negative) or down by ``steps``."""
        order = self.order(visit_id)
        if member_id not in order:
            raise NotFoundError(f"There is no delegation member #{member_id} on this visit.")
        index = order.index(member_id)
        target = max(0, min(len(order) - 1, index + steps))
        order.insert(target, order.pop(index))
        return order


class ProgramService(RecordService[read.ProgramItem]):
    model = ProgramItem
    read_model = read.ProgramItem
    noun = "program item"

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        from exchange_planner.services.program_cues import ProgramCueService

        #: The items' cues (what happens at which minute; the run-of-show prints them).
        self.cues = ProgramCueService(db)

    def for_visit(self, visit_id: int) -> list[read.ProgramItem]:
        return self.list_where(ProgramItem.visit_id, visit_id, ProgramItem.starts_at)

    def attendees(self, item_id: int) -> list[int]:
        """Person ids attending; for ``all_members`` items, every member of the visit."""
        with self.db.session() as session:
            item = self._load(session, item_id)
            if item.all_members:
                statement = select(VisitMember.person_id).where(
                    VisitMember.visit_id == item.visit_id
                )
            else:
                statement = select(ProgramAttendee.person_id).where(
                    ProgramAttendee.program_item_id == item_id
                )
            return list(session.exec(statement).all())

    def set_attendees(self, item_id: int, person_ids: list[int] | None) -> None:
        """None means the whole delegation attends."""
        with self.db.session() as session:
            item = self._load(session, item_id)
            for link in session.exec(
                select(ProgramAttendee).where(ProgramAttendee.program_item_id == item_id)
            ).all():
                session.delete(link)
            session.flush()
            item.all_members = person_ids is None
            for person_id in dict.fromkeys(person_ids or []):
                require(session, Person, person_id, "attendees")
                session.add(ProgramAttendee(program_item_id=item_id, person_id=person_id))

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Visit, values.get("visit_id"), "visit_id")
        values["title"] = v.required_text("title", values.get("title"), max_length=300)
        values["kind"] = v.enum_value(
            "kind", ProgramKind, values.get("kind") or ProgramKind.MEETING
        )
        values["starts_at"] = v.instant_value("starts_at", values.get("starts_at"))
        values["ends_at"] = v.instant_value("ends_at", values.get("ends_at"))
        v.instant_range(values["starts_at"], values["ends_at"])
        values["timezone"] = v.timezone_name("timezone", values.get("timezone"))
        require(session, Venue, values.get("venue_id"), "venue_id")
        require(session, Venue, values.get("from_venue_id"), "from_venue_id")
        require(session, Person, values.get("host_id"), "host_id")
        values["responsible"] = v.optional_text(
            "responsible", values.get("responsible"), max_length=300
        )
        values["all_members"] = bool(values.get("all_members", True))
        values["dress_code"] = v.optional_text(
            "dress_code", values.get("dress_code"), max_length=200
        )
        values["notes"] = v.optional_text("notes", values.get("notes"))
        values["internal_notes"] = v.optional_text("internal_notes", values.get("internal_notes"))
        return values

    def describe(self, record: read.ProgramItem) -> str:
        return f"Program item “{record.title}”"

    def _apply(
        self, session: Session, record: Any, record_id: int, changes: Mapping[str, Any]
    ) -> Any:
        """An item moved whole (start and end by the same time) takes its cues along; new
        times that leave a cue outside the item's days are refused."""
        before = (record.starts_at, record.ends_at, record.timezone)
        written = super()._apply(session, record, record_id, changes)
        delta = written.starts_at - before[0]
        if delta and written.ends_at - before[1] == delta:
            self.cues.shift_for_items(session, [record_id], delta)
            session.flush()
        elif (written.starts_at, written.ends_at, written.timezone) != before:
            changed = (
                "ends_at"
                if written.ends_at != before[1]
                else "starts_at"
                if written.starts_at != before[0]
                else "timezone"
            )
            self.cues.check_within(session, written, changed)
        return written

    # --- undo support: attendees and cues travel with their item ---------------------------
    def snapshot(self, record_id: int) -> dict[str, Any]:
        with self.db.session() as session:
            item = self._load(session, record_id)
            data = item.model_dump()
            data["_cues"] = self.cues.snapshots_in(session, record_id)
            data["_attendees"] = list(
                session.exec(
                    select(ProgramAttendee.person_id).where(
                        ProgramAttendee.program_item_id == record_id
                    )
                ).all()
            )
            return data

    def restore(self, snapshot: Mapping[str, Any]) -> read.ProgramItem:
        values = dict(snapshot)
        attendees = values.pop("_attendees", [])
        cues = values.pop("_cues", [])
        with self.db.session() as session:
            item = ProgramItem(**values)
            session.add(item)
            session.flush()
            for person_id in attendees:
                session.add(ProgramAttendee(program_item_id=item.id, person_id=person_id))
            self.cues.restore_in(session, cues)
            session.flush()
            return self._read(item)

    def restore_many(self, snapshots: Sequence[Mapping[str, Any]]) -> None:
        for snapshot in snapshots:
            self.restore(snapshot)

    def delete_many(self, item_ids: Sequence[int]) -> None:
        with self.db.session() as session:
            for item_id in item_ids:
                session.delete(self._load(session, item_id))

    def duplicate(self, item_id: int) -> read.ProgramItem:
        """A copy right after the original (same length), with the same attendees."""
        with self.db.session() as session:
            source = self._load(session, item_id)
            length = source.ends_at - source.starts_at
            copy = ProgramItem(
                **source.model_dump(exclude={"id", "uuid", "starts_at", "ends_at"}),
                starts_at=source.ends_at,
                ends_at=source.ends_at + length,
            )
            session.add(copy)
            session.flush()
            for person_id in session.exec(
                select(ProgramAttendee.person_id).where(ProgramAttendee.program_item_id == item_id)
            ).all():
                session.add(ProgramAttendee(program_item_id=copy.id, person_id=person_id))
            # The cues come along, as far on as the copy is from the original.
            for cue in self.cues.snapshots_in(session, item_id):
                cue.pop("id", None)
                cue.pop("uuid", None)
                cue["program_item_id"] = copy.id
                cue["at"] = cue["at"] + length
                self.cues.restore_in(session, [cue])
            session.flush()
            session.refresh(copy)
            return self._read(copy)

    # --- shifting the rest of a day -------------------------------------------------------
    def following_same_day(self, item_id: int, after: datetime) -> list[int]:
        """Items of the same visit starting at or after ``after`` on the same local day."""
        with self.db.session() as session:
            item = self._load(session, item_id)
            day = to_local(after, item.timezone).date()
            _, day_end = local_day_bounds(day, item.timezone)
            statement = (
                select(ProgramItem.id)
                .where(
                    ProgramItem.visit_id == item.visit_id,
                    ProgramItem.id != item_id,
                    col(ProgramItem.starts_at) >= after,
                    col(ProgramItem.starts_at) < day_end,
                )
                .order_by(ProgramItem.starts_at, ProgramItem.id)
            )
            return list(session.exec(statement).all())

    def start_change(self, item_id: int, starts_at: object) -> dict[str, Any]:
        """The changes that move the item to start at ``starts_at``: the end moves along,
        the item keeps its length."""
        start = v.instant_value("starts_at", starts_at)
        item = self.get(item_id)
        return {"starts_at": start, "ends_at": start + (item.ends_at - item.starts_at)}

    def next_free_start(
        self, visit_id: int, after: datetime, length: timedelta, *, shortest: timedelta
    ) -> tuple[datetime, datetime]:
        """The first free slot of the visit's program from ``after`` on: (start, end).

        The slot is ``length`` long, or shorter where a gap of at least ``shortest`` ends at
        the next item; it never lies on top of an existing item."""
        busy = sorted(
            (item.starts_at, item.ends_at)
            for item in self.for_visit(visit_id)
            if item.ends_at > after
        )
        start = after
        for begins, ends in busy:
            if ends <= start:
                continue
            if begins >= start + length:
                break  # the whole slot fits before this item
            if begins - start >= shortest:
                return start, begins  # a shorter slot fills the gap before this item
            start = max(start, ends)
        return start, start + length

    def shift(self, item_ids: Sequence[int], delta: timedelta) -> None:
        """Move items by ``delta`` (both start and end) in one transaction."""
        with self.db.session() as session:
            for item_id in item_ids:
                item = self._load(session, item_id)
                item.starts_at = item.starts_at + delta
                item.ends_at = item.ends_at + delta
            self.cues.shift_for_items(session, item_ids, delta)

    # --- templates ------------------------------------------------------------------------
    def apply_template(
        self,
        visit_id: int,
        day: date,
        start: time,
        *,
        template: str = "official_reception",
        timezone: str,
        venue_id: int | None = None,
        host_id: int | None = None,
    ) -> list[int]:
        """Create a template's items one after another from ``start``; all or nothing."""
        steps = TEMPLATES.get(template)
        if steps is None:
            raise ValidationError("template", f"there is no template '{template}'")
        zone = v.timezone_name("timezone", timezone)
        begin = to_utc(datetime.combine(day, start), zone)
        created: list[int] = []
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            partnership = session.get(Partnership, visit.partnership_id) if visit else None
            original = office_language(session)
            languages = partnership_languages(partnership)
            for titles, kind, minutes in steps:
                end = begin + timedelta(minutes=minutes)
                # The office's own language is the original; the partnership's languages the
                # translations (a language the template has no words for is left out).
                language = original if original in titles else "en"
                translated = {
                    code: titles[code] for code in languages if code in titles and code != language
                }
                values = self.clean_record(
                    session,
                    {
                        "visit_id": visit_id,
                        "title": titles[language],
                        "original_language": language,
                        "translations": {"title": translated} if translated else {},
                        "kind": kind,
                        "starts_at": begin,
                        "ends_at": end,
                        "timezone": zone,
                        "venue_id": venue_id,
                        "host_id": host_id,
                        "all_members": True,
                    },
                    None,
                )
                item = ProgramItem(**values)
                session.add(item)
                session.flush()
                created.append(item.id)  # type: ignore[arg-type]
                begin = end
        return created

    # --- the week view's drag: what a new time would clash with ----------------------------
    def conflicts_if_moved(
        self, item_id: int, starts_at: datetime, ends_at: datetime
    ) -> list[Conflict]:
        """The conflicts the item would have at ``[starts_at, ends_at)``; nothing is written.

        Judged by the conflict service as the calendar's marks are: double bookings (venue,
        people) with the items of live visits overlapping that time, and the item lying outside
        its visit's days."""
        from exchange_planner.services.conflicts import ConflictService

        start = v.instant_value("starts_at", starts_at)
        end = v.instant_value("ends_at", ends_at)
        with self.db.session() as session:
            item = self._load(session, item_id)
            visit = session.get(Visit, item.visit_id)
            if visit is None or visit.status is VisitStatus.CANCELLED:
                return []
            moved = ProgramItem(**{**item.model_dump(), "starts_at": start, "ends_at": end})
            others = session.exec(
                select(ProgramItem)
                .join(Visit, col(Visit.id) == ProgramItem.visit_id)
                .where(
                    ProgramItem.id != item_id,
                    col(ProgramItem.starts_at) < end,
                    col(ProgramItem.ends_at) > start,
                    Visit.status != VisitStatus.CANCELLED,
                )
            ).all()
            found = ConflictService(self.db).among(
                session, [moved, *others], {item.visit_id: visit}
            )
            session.expunge_all()  # nothing of the trial is kept
        return [conflict for conflict in found if item_id in conflict.item_ids]


class GiftService(RecordService[read.Gift]):
    model = Gift
    read_model = read.Gift
    noun = "gift"

    def for_visit(self, visit_id: int) -> list[read.Gift]:
        return self.list_where(Gift.visit_id, visit_id, Gift.direction)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Visit, values.get("visit_id"), "visit_id")
        values["direction"] = v.enum_value("direction", GiftDirection, values.get("direction"))
        values["description"] = v.required_text(
            "description", values.get("description"), max_length=1000
        )
        values["maker"] = v.optional_text("maker", values.get("maker"), max_length=300)
        require(session, Person, values.get("giver_id"), "giver_id")
        require(session, Person, values.get("recipient_id"), "recipient_id")
        if values.get("presented_on") is not None:
            values["presented_on"] = v.date_value("presented_on", values["presented_on"])
        values["value_amount"] = v.money("value_amount", values.get("value_amount"))
        values["value_currency"] = v.currency_code(
            "value_currency", values.get("value_currency") or "EUR"
        )
        values["valuation_basis"] = v.optional_text(
            "valuation_basis", values.get("valuation_basis"), max_length=300
        )
        values["circumstances"] = v.optional_text("circumstances", values.get("circumstances"))
        values["disposition"] = v.optional_text(
            "disposition", values.get("disposition"), max_length=500
        )
        values["inventory_number"] = v.optional_text(
            "inventory_number", values.get("inventory_number"), max_length=100
        )
        # The rate the value is converted to EUR at (services/gift_register.py).
        from exchange_planner.services.gift_register import clean_gift_rate

        values.update(clean_gift_rate(values))
        return values

    def describe(self, record: read.Gift) -> str:
        return f"Gift “{record.description}”"

    def people_for_visit(self, visit_id: int) -> list[read.Person]:
        """Who can give or receive a gift: the visit's members, its head, and the hosts."""
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                return []
            ids: dict[int, None] = {}
            if visit.head_id:
                ids[visit.head_id] = None
            for person_id in session.exec(
                select(VisitMember.person_id)
                .where(VisitMember.visit_id == visit_id)
                .order_by(VisitMember.precedence, VisitMember.id)
            ).all():
                ids[person_id] = None
            for person_id in session.exec(
                select(ProgramItem.host_id).where(
                    ProgramItem.visit_id == visit_id, col(ProgramItem.host_id).is_not(None)
                )
            ).all():
                ids[person_id] = None  # type: ignore[index]
            for model, column in ((Gift, Gift.giver_id), (Gift, Gift.recipient_id)):
                for person_id in session.exec(
                    select(column).where(model.visit_id == visit_id, col(column).is_not(None))
                ).all():
                    ids[person_id] = None  # type: ignore[index]
            if not ids:
                return []
            people = {
                person.id: person
                for person in session.exec(select(Person).where(col(Person.id).in_(list(ids))))
            }
            return [read.Person.of(people[i]) for i in ids if i in people]


class GuestbookService(RecordService[read.GuestbookEntry]):
    model = GuestbookEntry
    read_model = read.GuestbookEntry
    noun = "guestbook entry"

    def for_visit(self, visit_id: int) -> list[read.GuestbookEntry]:
        return self.list_where(GuestbookEntry.visit_id, visit_id, GuestbookEntry.signed_on)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Visit, values.get("visit_id"), "visit_id")
        values["book"] = v.enum_value(
            "book", GuestbookKind, values.get("book") or GuestbookKind.CITY_GUESTBOOK
        )
        if values.get("signer_id") is None:
            raise ValidationError("signer_id", "choose who signed", reason="choose_signer")
        require(session, Person, values["signer_id"], "signer_id")
        values["signed_on"] = v.date_value("signed_on", values.get("signed_on"))
        values["occasion"] = v.optional_text("occasion", values.get("occasion"), max_length=500)
        values["volume"] = v.optional_text("volume", values.get("volume"), max_length=50)
        values["page"] = v.optional_text("page", values.get("page"), max_length=50)
        return values
