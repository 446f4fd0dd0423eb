"""Partnerships, people and venues: the directory every plan refers to.

The lists of the People & Venues tab read the directory page by page (``count``, ``page``,
``position``): searching and sorting are SQL, so a list costs one page whatever the size of
the directory. Pages after the first continue after the last row read (keyset), so the
thousandth page costs what the first does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, ClassVar, Generic

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.catering import parse_requirements
from exchange_planner.domain.enums import NameOrder
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.names import full_name
from exchange_planner.domain.texts import Translations
from exchange_planner.services import records as read
from exchange_planner.services.crud import M, RecordService, require
from exchange_planner.storage.tables import Partnership, Person, Rank, Venue

#: How a sort field compares: as stored (uses an index), case-folded text, or a number
#: with "not given" first.
PLAIN, FOLDED, NUMBER = "plain", "folded", "number"


class DirectoryPages(Generic[M]):
    """Paged reading of one directory table for its list (mixed into a ``RecordService``).

    Subclasses declare ``SORTS`` (sort key → the fields compared, each with how it compares;
    the id breaks ties) and ``SEARCHED`` (the text fields a search looks in). A search
    matches the records that hold every word of the text in one of the searched fields.
    """

    SORTS: ClassVar[Mapping[str, tuple[tuple[str, str], ...]]]
    SEARCHED: ClassVar[tuple[str, ...]]
    DEFAULT_SORT: ClassVar[str]

    # Provided by RecordService.
    db: Any
    model: ClassVar[Any]
    read_model: ClassVar[Any]

    def count(self, *, text: str = "") -> int:
        """How many records match ``text`` (all of them for an empty text)."""
        table = self.model.__table__
        statement = self._searched(sa.select(sa.func.count()).select_from(table), text)
        with self.db.session() as session:
            return int(session.execute(statement).scalar_one())

    def page(
        self,
        *,
        text: str = "",
        sort: str = "",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
        after: Any = None,
        before: Any = None,
    ) -> list[M]:
        """One page of the records matching ``text`` in the order of ``sort``: the
        ``limit`` records after the record ``after`` (one read before, in the same order),
        or the ``limit`` records just before the record ``before``, or from ``offset``."""
        keys = self._keys(sort)
        table = self.model.__table__
        statement = self._searched(sa.select(table), text)
        # Reading backwards is reading forwards in the opposite order, then turning round.
        backwards = before is not None
        if backwards:
            descending = not descending
        if after is not None or before is not None:
            statement = statement.where(self._beyond(keys, after or before, descending))
        elif offset:
            statement = statement.offset(offset)
        order = [*(self._key(table.c[name], how) for name, how in keys), table.c.id]
        statement = statement.order_by(*(e.desc() if descending else e.asc() for e in order))
        with self.db.session() as session:
            records = self._read_rows(session.execute(statement.limit(limit)).all())
        return records[::-1] if backwards else records

    def position(
        self, record_id: int, *, text: str = "", sort: str = "", descending: bool = False
    ) -> int | None:
        """Where the record stands in that list (0 first), None when it does not match
        ``text`` (or does not exist)."""
        keys = self._keys(sort)
        table = self.model.__table__
        with self.db.session() as session:
            found = session.execute(
                self._searched(sa.select(table).where(table.c.id == record_id), text)
            ).first()
            if found is None:
                return None
            before = self._searched(sa.select(sa.func.count()).select_from(table), text).where(
                self._beyond(keys, found, not descending)
            )
            return int(session.execute(before).scalar_one())

    def _read_rows(self, rows: Iterable[Any]) -> list[M]:
        """Read models of table rows (``ReadModel.of`` without looking up the fields again
        for every row: a page of a long list is built in half the time)."""
        make = self.read_model
        names = make.field_names()
        index = {name: position for position, name in enumerate(self.model.__table__.c.keys())}
        where = [index[name] for name in names]
        wrap = names.index("translations") if "translations" in names else -1
        made = []
        for row in rows:
            values = [row[position] for position in where]
            if wrap >= 0 and not isinstance(values[wrap], Translations):
                values[wrap] = Translations(values[wrap])
            made.append(make(**dict(zip(names, values, strict=True))))
        return made

    # --- SQL ------------------------------------------------------------------------------
    def _keys(self, sort: str) -> tuple[tuple[str, str], ...]:
        sort = sort or self.DEFAULT_SORT
        if sort not in self.SORTS:
            raise ValidationError("sort", f"cannot sort by '{sort}'")
        return self.SORTS[sort]

    @staticmethod
    def _key(value: Any, how: str) -> Any:
        if how == FOLDED:
            return sa.func.lower(value)
        if how == NUMBER:
            return sa.func.coalesce(value, -1)
        return value

    def _beyond(self, keys: tuple[tuple[str, str], ...], record: Any, descending: bool) -> Any:
        """Rows after ``record`` in the order of ``keys`` (before it when ``descending``)."""
        table = self.model.__table__
        mine = [self._key(table.c[name], how) for name, how in keys] + [table.c.id]
        theirs = [
            self._key(sa.literal(getattr(record, name), table.c[name].type), how)
            for name, how in keys
        ] + [sa.literal(record.id)]
        if descending:
            return sa.tuple_(*mine) < sa.tuple_(*theirs)
        return sa.tuple_(*mine) > sa.tuple_(*theirs)

    def _searched(self, statement: Any, text: str) -> Any:
        table = self.model.__table__
        # SQLite's LIKE ignores the case of ASCII letters by itself (and no more than its
        # lower() would): ILIKE's lower() on every field would take three times as long.
        sqlite = self.db.engine.dialect.name == "sqlite"
        for word in text.split():
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            statement = statement.where(
                sa.or_(
                    *(
                        table.c[name].like(pattern, escape="\\")
                        if sqlite
                        else table.c[name].ilike(pattern, escape="\\")
                        for name in self.SEARCHED
                    )
                )
            )
        return statement


class PartnershipService(DirectoryPages[read.Partnership], RecordService[read.Partnership]):
    model = Partnership
    read_model = read.Partnership
    noun = "partnership"
    SORTS = {
        "partner_city": (("partner_city", FOLDED),),
        "city_native": (("city_native", PLAIN),),
        "country": (("country", FOLDED), ("partner_city", FOLDED)),
        "since_year": (("since_year", NUMBER),),
        "timezone": (("timezone", PLAIN),),
    }
    SEARCHED = ("partner_city", "city_native", "country", "timezone", "languages")
    DEFAULT_SORT = "partner_city"

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


class PersonService(DirectoryPages[read.Person], RecordService[read.Person]):
    model = Person
    read_model = read.Person
    noun = "person"
    SORTS = {
        # As stored: the family name's index gives the order, so no page sorts the table.
        "name": (("family_name", PLAIN), ("given_name", PLAIN)),
        "title": (("title", FOLDED),),
        "organisation": (("organisation", FOLDED),),
        "country": (("country", FOLDED),),
    }
    SEARCHED = ("family_name", "given_name", "native_name", "title", "organisation", "country")
    DEFAULT_SORT = "name"

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
        # The gift rules of the person's office (services/gift_register.py): a code.
        from exchange_planner.services.gift_register import clean_jurisdiction

        values["gift_jurisdiction"] = clean_jurisdiction(values.get("gift_jurisdiction"))
        _clean_consent(values)
        # The order of precedence: the rank and the tie-breakers (services/precedence.py).
        values["rank_id"] = values.get("rank_id") or None
        require(session, Rank, values["rank_id"], "rank_id")
        elected = values.get("elected")
        if elected is not None and not isinstance(elected, bool):
            raise ValidationError("elected", f"{v.shown(elected)} is not yes, no or unknown")
        values["elected"] = elected
        for field in ("in_office_since", "born_on"):
            given = values.get(field)
            values[field] = None if given in (None, "") else v.date_value(field, given)
        if (
            values["born_on"] is not None
            and values["in_office_since"] is not None
            and values["in_office_since"] < values["born_on"]
        ):
            raise ValidationError(
                "in_office_since",
                f"in office since {values['in_office_since'].isoformat()}, before being born "
                f"on {values['born_on'].isoformat()}",
            )
        return values

    def describe(self, record: read.Person) -> str:
        return full_name(record)


def _clean_consent(values: dict[str, Any]) -> None:
    """The dietary requirement codes (known ones, each once, in their order; an unknown one
    refused by name) and the consent to keep and print health- and religion-related notes:
    ticked, it is dated today unless a date is given; not ticked, it has no date."""
    values["dietary_requirements"] = parse_requirements(values.get("dietary_requirements"))
    consent = values.get("notes_consent")
    if consent in (None, ""):
        consent = False
    if not isinstance(consent, bool):
        raise ValidationError(
            "notes_consent",
            f"{v.shown(consent)} is not yes or no (the consent to print health- and "
            "religion-related notes)",
        )
    values["notes_consent"] = consent
    given = values.get("notes_consent_on")
    on = None if given in (None, "") else v.date_value("notes_consent_on", given)
    if not consent:
        on = None
    elif on is None:
        on = date.today()
    elif on > date.today():
        raise ValidationError(
            "notes_consent_on",
            f"the consent cannot be given on {on.isoformat()}, after today",
        )
    values["notes_consent_on"] = on


class VenueService(DirectoryPages[read.Venue], RecordService[read.Venue]):
    model = Venue
    read_model = read.Venue
    noun = "venue"
    SORTS = {
        "name": (("name", FOLDED), ("city", FOLDED)),
        "room": (("room", FOLDED),),
        "city": (("city", FOLDED), ("name", FOLDED)),
        "timezone": (("timezone", PLAIN),),
        "capacity": (("capacity", NUMBER),),
    }
    SEARCHED = ("name", "room", "city", "address", "timezone")
    DEFAULT_SORT = "name"

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
