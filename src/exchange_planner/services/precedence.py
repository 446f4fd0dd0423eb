"""Rank tables, ranks, the hosts of a visit, and a visit's order of precedence.

The computation is the domain's (``domain/precedence.py``); this module reads the ranks and
participants from the database, hands out the order with the people's read models, and stores
the overrides. An equivalence that contradicts the tables' orders is refused when written
(``RankCycleError``); a database that holds one anyway (an import of older data) still shows
its lists, in list order and flagged, with the error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, func, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import MemberRole, Side
from exchange_planner.domain.errors import InUseError, NotFoundError, ValidationError
from exchange_planner.domain.names import full_name
from exchange_planner.domain.precedence import (
    Placed,
    RankCycleError,
    merged_levels,
    order_of_precedence,
)
from exchange_planner.domain.texts import Translations
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService, require
from exchange_planner.services.participation import (
    Taking,
    check_override,
    clean_participation,
    rank_entries,
    visit_participants,
)
from exchange_planner.services.references import find_uses
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Person, Rank, RankTable, Visit, VisitHost

#: The flag of every entry of a list that could not be computed (a rank cycle).
RANK_ERROR_FLAG = "rank_error"


@dataclass(frozen=True)
class PrecedenceEntry:
    """One place of a visit's order of precedence."""

    place: int
    computed_place: int
    person_id: int
    side: Side
    member_id: int | None
    host_id: int | None
    person: read.Person
    rank_title: str
    rank_translations: Translations | None
    rank_table: str
    role: MemberRole
    overridden: bool
    override_reason: str
    flags: frozenset[str]


@dataclass(frozen=True)
class PrecedenceList:
    """A visit's order; ``error`` is a rank cycle's message (the entries are then in list
    order, each flagged ``rank_error``)."""

    visit_id: int
    entries: list[PrecedenceEntry]
    error: str = ""


class RankTableService(RecordService[read.RankTable]):
    model = RankTable
    read_model = read.RankTable
    noun = "rank table"

    def default_order(self) -> list[Any]:
        return [RankTable.name, RankTable.id]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["name"] = v.required_text("name", values.get("name"), max_length=200)
        values["country"] = v.optional_text("country", values.get("country"), max_length=100)
        values["notes"] = v.optional_text("notes", values.get("notes"))
        return values

    def describe(self, record: read.RankTable) -> str:
        return f"Rank table “{record.name}”"

    def _delete_in(self, session: Session, record: Any) -> None:
        """A table goes with its ranks (CASCADE); a rank someone holds keeps it."""
        for rank in session.exec(select(Rank).where(Rank.rank_table_id == record.id)).all():
            uses = find_uses(session, "rank", rank.id)  # type: ignore[arg-type]
            if uses:
                references = [str(use) for use in uses]
                raise InUseError(
                    f"{self.describe(self._read(record))} cannot be deleted while its rank "
                    f"“{rank.title}” is still used as: {'; '.join(references[:6])}",
                    references,
                    uses,
                )
        super()._delete_in(session, record)


class RankService(RecordService[read.Rank]):
    model = Rank
    read_model = read.Rank
    noun = "rank"

    def for_table(self, table_id: int) -> list[read.Rank]:
        return self.list_where(Rank.rank_table_id, table_id, Rank.position)

    def default_order(self) -> list[Any]:
        return [Rank.rank_table_id, Rank.position, Rank.id]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        if values.get("rank_table_id") is None:
            raise ValidationError("rank_table_id", "choose the rank table the rank belongs to")
        require(session, RankTable, values["rank_table_id"], "rank_table_id")
        values["title"] = v.required_text("title", values.get("title"), max_length=300)
        position = values.get("position", 1)
        if isinstance(position, bool) or not isinstance(position, int):
            try:
                position = int(str(position).strip())
            except ValueError:
                raise ValidationError(
                    "position", f"{v.shown(position)} is not a whole number"
                ) from None
        if position < 1:
            raise ValidationError(
                "position",
                f"position {position} is not allowed: 1 is the highest rank of its table, "
                "lower ranks have larger numbers",
                values={"position": position},
            )
        values["position"] = position
        equivalent_id = values.get("equivalent_rank_id") or None
        values["equivalent_rank_id"] = equivalent_id
        if equivalent_id is not None:
            if record_id is not None and equivalent_id == record_id:
                raise ValidationError(
                    "equivalent_rank_id", "a rank cannot be the equivalent of itself"
                )
            equivalent = session.get(Rank, equivalent_id)
            if equivalent is None:
                raise ValidationError("equivalent_rank_id", f"there is no rank #{equivalent_id}")
            if equivalent.rank_table_id == values["rank_table_id"]:
                raise ValidationError(
                    "equivalent_rank_id",
                    f"“{equivalent.title}” is in the same rank table; an equivalence joins "
                    "ranks of two tables (equal ranks of one table share a position)",
                )
        return values

    def after_write(self, session: Session, record: Any) -> None:
        # The whole set of tables must still merge into one order (raises RankCycleError,
        # a ValidationError, which rolls the write back).
        merged_levels(rank_entries(session))

    def describe(self, record: read.Rank) -> str:
        return f"Rank “{record.title}”"


class VisitHostService(RecordService[read.VisitHost]):
    """The hosts of the home city taking part in a visit, in list order (``position``)."""

    model = VisitHost
    read_model = read.VisitHost
    noun = "host"

    def for_visit(self, visit_id: int) -> list[read.VisitHost]:
        return self.list_where(VisitHost.visit_id, visit_id, VisitHost.position)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Visit, values.get("visit_id"), "visit_id")
        if values.get("visit_id") is None:
            raise ValidationError("visit_id", "choose the visit")
        if values.get("person_id") is None:
            raise ValidationError("person_id", "choose a person", reason="choose_person")
        require(session, Person, values["person_id"], "person_id")
        duplicate = session.exec(
            select(VisitHost.id).where(
                VisitHost.visit_id == values["visit_id"],
                VisitHost.person_id == values["person_id"],
            )
        ).first()
        if duplicate is not None and duplicate != record_id:
            person = session.get(Person, values["person_id"])
            raise ValidationError(
                "person_id", f"{full_name(person)} is already a host of this visit"
            )
        values["role"] = v.enum_value("role", MemberRole, values.get("role") or MemberRole.OFFICIAL)
        position = values.get("position")
        if position is None:
            highest = session.exec(
                select(func.max(VisitHost.position)).where(VisitHost.visit_id == values["visit_id"])
            ).one()
            position = int(highest or 0) + 1
        values["position"] = int(position)
        values.update(clean_participation(session, values, record_id, host=True))
        return values

    def describe(self, record: read.VisitHost) -> str:
        with self.db.session() as session:
            person = session.get(Person, record.person_id)
            return f"Host {full_name(person)}" if person is not None else f"Host #{record.id}"


class PrecedenceService:
    """A visit's order of precedence (members and hosts) and its overrides."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def order(self, visit_id: int) -> PrecedenceList:
        with self.db.session() as session:
            if session.get(Visit, visit_id) is None:
                raise NotFoundError(f"There is no visit #{visit_id} (it may have been deleted).")
            return precedence_list(session, visit_id, visit_participants(session, visit_id))

    def set_override(
        self, visit_id: int, person_id: int, place: int | None, reason: str = ""
    ) -> None:
        """Force ``person_id`` to ``place`` in the visit's order (None: back to the computed
        place); a place needs a reason."""
        with self.db.session() as session:
            taking = next(
                (t for t in visit_participants(session, visit_id) if t.person.id == person_id),
                None,
            )
            if taking is None:
                person = session.get(Person, person_id)
                who = full_name(person) if person is not None else f"Person #{person_id}"
                raise ValidationError("person_id", f"{who} is not taking part in this visit")
            place, reason = check_override(session, visit_id, taking.person, place, reason)
            if place is None:
                reason = ""  # back to the computed place: no reason to show
            row = taking.member if taking.member is not None else taking.host
            assert row is not None
            row.precedence_override = place
            row.override_reason = reason
            session.add(row)
            session.flush()


def precedence_list(
    session: Session,
    visit_id: int,
    taking: list[Taking],
    placed: list[Placed] | None = None,
) -> PrecedenceList:
    """The order of ``taking`` (a visit's participants, or those attending an item);
    ``placed``: the domain's order of them where the caller has worked it out already."""
    by_person = {t.participant.person_id: t for t in taking}
    rank_rows = {rank.id: rank for rank in session.exec(select(Rank)).all()}
    table_names = {table.id: table.name for table in session.exec(select(RankTable)).all()}
    participants = [t.participant for t in taking]
    error = ""
    try:
        if not placed:
            placed = order_of_precedence(participants, rank_entries(session))
    except RankCycleError as cycle:
        placed = [
            Placed(
                place=index,
                computed_place=index,
                participant=participant,
                level=None,
                flags=frozenset({RANK_ERROR_FLAG}),
            )
            for index, participant in enumerate(participants, start=1)
        ]
        error = cycle.message
    entries = []
    for spot in placed:
        t = by_person[spot.participant.person_id]
        rank = rank_rows.get(t.person.rank_id) if t.person.rank_id is not None else None
        entries.append(
            PrecedenceEntry(
                place=spot.place,
                computed_place=spot.computed_place,
                person_id=spot.participant.person_id,
                side=spot.participant.side,
                member_id=t.member.id if t.member is not None else None,
                host_id=t.host.id if t.host is not None else None,
                person=read.Person.of(t.person),
                rank_title=rank.title if rank is not None else "",
                rank_translations=Translations(rank.translations) if rank is not None else None,
                rank_table=table_names.get(rank.rank_table_id, "") if rank is not None else "",
                role=spot.participant.role,
                overridden=spot.participant.override_place is not None,
                override_reason=spot.participant.override_reason,
                flags=spot.flags,
            )
        )
    return PrecedenceList(visit_id, entries, error)
