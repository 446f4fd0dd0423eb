"""Delegation visits and their parts: members, program items, gifts, guestbook entries."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import (
    Direction,
    GiftDirection,
    GuestbookKind,
    MemberRole,
    ProgramKind,
    VisitStatus,
)
from exchange_planner.domain.errors import ValidationError
from exchange_planner.services.crud import RecordService, require
from exchange_planner.storage.tables import (
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


def _as_date(field: str, value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, f"'{value}' is not a date (YYYY-MM-DD)")


def _as_instant(field: str, value: object) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"'{value}' is not a date and time") from None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(field, "must be a date and time with a time zone")
    return value


class VisitService(RecordService[Visit]):
    model = Visit
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
        values["start_date"] = _as_date("start_date", values.get("start_date"))
        values["end_date"] = _as_date("end_date", values.get("end_date"))
        v.date_range(values["start_date"], values["end_date"])
        if values.get("partnership_id") is None:
            raise ValidationError("partnership_id", "a visit belongs to a partnership")
        require(session, Partnership, values["partnership_id"], "partnership_id")
        require(session, Person, values.get("head_id"), "head_id")
        require(session, Venue, values.get("hotel_id"), "hotel_id")
        values["notes"] = v.optional_text("notes", values.get("notes"))
        return values

    def describe(self, record: Visit) -> str:
        return f"Visit “{record.title}”"


class MemberService(RecordService[VisitMember]):
    model = VisitMember
    noun = "delegation member"

    def for_visit(self, visit_id: int) -> list[VisitMember]:
        with self.db.session() as session:
            statement = (
                select(VisitMember)
                .where(VisitMember.visit_id == visit_id)
                .order_by(VisitMember.precedence, VisitMember.id)
            )
            return list(session.exec(statement).all())

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Visit, values.get("visit_id"), "visit_id")
        if values.get("person_id") is None:
            raise ValidationError("person_id", "choose a person")
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
                f"{person.given_name} {person.family_name} is already on this delegation",
            )
        values["role"] = v.enum_value("role", MemberRole, values.get("role") or MemberRole.OFFICIAL)
        values["precedence"] = int(values.get("precedence") or 0)
        for field in ("arrival", "departure"):
            if values.get(field) is not None:
                values[field] = _as_instant(field, values[field])
        if (
            values.get("arrival")
            and values.get("departure")
            and values["departure"] < values["arrival"]
        ):
            raise ValidationError("departure", "departs before arriving")
        values["room"] = v.optional_text("room", values.get("room"), max_length=100)
        return values


class ProgramService(RecordService[ProgramItem]):
    model = ProgramItem
    noun = "program item"

    def for_visit(self, visit_id: int) -> list[ProgramItem]:
        with self.db.session() as session:
            statement = (
                select(ProgramItem)
                .where(ProgramItem.visit_id == visit_id)
                .order_by(ProgramItem.starts_at, ProgramItem.id)
            )
            return list(session.exec(statement).all())

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
        values["starts_at"] = _as_instant("starts_at", values.get("starts_at"))
        values["ends_at"] = _as_instant("ends_at", values.get("ends_at"))
        v.instant_range(values["starts_at"], values["ends_at"])
        values["timezone"] = v.timezone_name("timezone", values.get("timezone"))
        require(session, Venue, values.get("venue_id"), "venue_id")
        require(session, Person, values.get("host_id"), "host_id")
        values["all_members"] = bool(values.get("all_members", True))
        values["dress_code"] = v.optional_text(
            "dress_code", values.get("dress_code"), max_length=200
        )
        values["notes"] = v.optional_text("notes", values.get("notes"))
        values["internal_notes"] = v.optional_text("internal_notes", values.get("internal_notes"))
        return values

    def describe(self, record: ProgramItem) -> str:
        return f"Program item “{record.title}”"


class GiftService(RecordService[Gift]):
    model = Gift
    noun = "gift"

    def for_visit(self, visit_id: int) -> list[Gift]:
        with self.db.session() as session:
            statement = (
                select(Gift).where(Gift.visit_id == visit_id).order_by(Gift.direction, Gift.id)
            )
            return list(session.exec(statement).all())

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
            values["presented_on"] = _as_date("presented_on", values["presented_on"])
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
        return values

    def describe(self, record: Gift) -> str:
        return f"Gift “{record.description}”"


class GuestbookService(RecordService[GuestbookEntry]):
    model = GuestbookEntry
    noun = "guestbook entry"

    def for_visit(self, visit_id: int) -> list[GuestbookEntry]:
        with self.db.session() as session:
            statement = (
                select(GuestbookEntry)
                .where(GuestbookEntry.visit_id == visit_id)
                .order_by(GuestbookEntry.signed_on, GuestbookEntry.id)
            )
            return list(session.exec(statement).all())

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Visit, values.get("visit_id"), "visit_id")
        values["book"] = v.enum_value(
            "book", GuestbookKind, values.get("book") or GuestbookKind.CITY_GUESTBOOK
        )
        if values.get("signer_id") is None:
            raise ValidationError("signer_id", "choose who signed")
        require(session, Person, values["signer_id"], "signer_id")
        values["signed_on"] = _as_date("signed_on", values.get("signed_on"))
        values["occasion"] = v.optional_text("occasion", values.get("occasion"), max_length=500)
        values["volume"] = v.optional_text("volume", values.get("volume"), max_length=50)
        values["page"] = v.optional_text("page", values.get("page"), max_length=50)
        return values
