"""Partnerships, people and venues: the directory every plan refers to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, or_, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import NameOrder
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.names import full_name
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService
from exchange_planner.storage.tables import Partnership, Person, Venue


class PartnershipService(RecordService[read.Partnership]):
    model = Partnership
    read_model = read.Partnership
    noun = "partnership"

    def default_order(self) -> list[Any]:
        return [Partnership.partner_city]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["partner_city"] = v.required_text(
            "partner_city", values.get("partner_city"), max_length=200
        )
        values["country"] = v.required_text("country", values.get("country"), max_length=100)
        values["city_native"] = v.optional_text(
            "city_native", values.get("city_native"), max_length=200
        )
        values["timezone"] = v.timezone_name("timezone", values.get("timezone"))
        values["languages"] = v.optional_text("languages", values.get("languages"), max_length=100)
        values["notes"] = v.optional_text("notes", values.get("notes"))
        since = values.get("since_year")
        if since is not None and not (1900 <= int(since) <= 2200):
            raise ValidationError(
                "since_year",
                f"{since} is not a plausible year",
                reason="not_year",
                values={"year": since},
            )
        return values

    def describe(self, record: read.Partnership) -> str:
        return f"Partnership with {record.partner_city}"


class PersonService(RecordService[read.Person]):
    model = Person
    read_model = read.Person
    noun = "person"

    def default_order(self) -> list[Any]:
        return [Person.family_name, Person.given_name]

    def search(self, text: str, *, limit: int = 50) -> list[read.Person]:
        """People matching every word of ``text`` (in a name or the organisation), at most
        ``limit``, by family name; an empty text gives the first ``limit``."""
        with self.db.session() as session:
            statement = select(Person)
            for word in text.split():
                pattern = f"%{word}%"
                statement = statement.where(
                    or_(
                        col(Person.family_name).ilike(pattern),
                        col(Person.given_name).ilike(pattern),
                        col(Person.native_name).ilike(pattern),
                        col(Person.organisation).ilike(pattern),
                    )
                )
            statement = statement.order_by(Person.family_name, Person.given_name).limit(limit)
            return self._read_all(session.exec(statement).all())

    def by_ids(self, ids: Iterable[int | None]) -> dict[int, read.Person]:
        """The people with these ids (missing ones left out): one query, no directory scan."""
        return _by_ids(self, Person, ids)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["family_name"] = v.required_text(
            "family_name", values.get("family_name"), max_length=200
        )
        values["given_name"] = v.optional_text(
            "given_name", values.get("given_name"), max_length=200
        )
        values["native_name"] = v.optional_text(
            "native_name", values.get("native_name"), max_length=200
        )
        values["name_order"] = v.enum_value(
            "name_order", NameOrder, values.get("name_order") or NameOrder.GIVEN_FIRST
        )
        for field, limit in (
            ("title", 300),
            ("organisation", 300),
            ("country", 100),
            ("email", 300),
            ("phone", 100),
            ("language", 20),
        ):
            values[field] = v.optional_text(field, values.get(field), max_length=limit)
        email = values["email"]
        if email and ("@" not in email or " " in email):
            raise ValidationError(
                "email",
                f"'{email}' is not an e-mail address",
                reason="not_email",
                values={"text": email},
            )
        for field in ("dietary_notes", "accessibility_notes"):
            values[field] = v.optional_text(field, values.get(field))
        return values

    def describe(self, record: read.Person) -> str:
        return full_name(record)


class VenueService(RecordService[read.Venue]):
    model = Venue
    read_model = read.Venue
    noun = "venue"

    def default_order(self) -> list[Any]:
        return [Venue.city, Venue.name]

    def search(self, text: str, *, limit: int = 50) -> list[read.Venue]:
        """Venues matching every word of ``text`` (name, city, room or address), at most
        ``limit``, by name; an empty text gives the first ``limit``."""
        with self.db.session() as session:
            statement = select(Venue)
            for word in text.split():
                pattern = f"%{word}%"
                statement = statement.where(
                    or_(
                        col(Venue.name).ilike(pattern),
                        col(Venue.city).ilike(pattern),
                        col(Venue.room).ilike(pattern),
                        col(Venue.address).ilike(pattern),
                    )
                )
            statement = statement.order_by(Venue.name, Venue.city).limit(limit)
            return self._read_all(session.exec(statement).all())

    def by_ids(self, ids: Iterable[int | None]) -> dict[int, read.Venue]:
        """The venues with these ids (missing ones left out)."""
        return _by_ids(self, Venue, ids)

    def town_hall(self, timezone: str) -> read.Venue | None:
        """A town hall in ``timezone`` (the usual place of an official reception), if any."""
        words = ("rathaus", "town hall", "city hall", "시청")
        with self.db.session() as session:
            statement = (
                select(Venue)
                .where(Venue.timezone == timezone)
                .where(or_(*(col(Venue.name).ilike(f"%{word}%") for word in words)))
                .order_by(Venue.id)
                .limit(1)
            )
            venue = session.exec(statement).first()
            return None if venue is None else self._read(venue)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["name"] = v.required_text("name", values.get("name"), max_length=300)
        for field, limit in (("address", 500), ("room", 200), ("city", 200), ("contact", 500)):
            values[field] = v.optional_text(field, values.get(field), max_length=limit)
        values["timezone"] = v.timezone_name("timezone", values.get("timezone"))
        capacity = values.get("capacity")
        if capacity is not None and (not isinstance(capacity, int) or capacity < 0):
            raise ValidationError(
                "capacity", "must be a whole number, zero or more", reason="not_count"
            )
        return values

    def describe(self, record: read.Venue) -> str:
        return f"Venue “{record.name}”"


def _by_ids(service: RecordService[Any], model: Any, ids: Iterable[int | None]) -> dict[int, Any]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    found: dict[int, Any] = {}
    with service.db.session() as session:
        # In chunks: SQLite limits the number of bound parameters.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for record in session.exec(select(model).where(col(model.id).in_(chunk))).all():
                found[record.id] = service._read(record)
    return found
