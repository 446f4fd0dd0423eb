"""Who takes part in a visit and in its program items, for the order of precedence.

A visit's participants are its delegation members (side ``delegation``) and the hosts of the
home city (``visit_host``, side ``host``). A host attends every item with ``all_members`` and
the items whose attendee list names them; an item's ``host_id`` always attends it. Shared by
the member and host services (validation of overrides) and by ``services/precedence.py`` and
``services/seating.py``; works on ORM rows inside the caller's session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, func, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import MemberRole, Side
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.names import full_name, latin_name
from exchange_planner.domain.precedence import Participant, RankEntry
from exchange_planner.services.crud import require
from exchange_planner.storage.tables import (
    Person,
    ProgramAttendee,
    ProgramItem,
    Rank,
    RankTable,
    VisitHost,
    VisitMember,
)


@dataclass(frozen=True)
class Taking:
    """One participant of a visit: the domain's view, the row it comes from and the person."""

    participant: Participant
    member: VisitMember | None
    host: VisitHost | None
    person: Person


def participant_of(
    person: Person, side: Side, row: VisitMember | VisitHost | None = None
) -> Participant:
    """The domain's participant for ``person`` on ``side`` (with the row's override, role and
    interpreter link when there is one: an item's host who is not on the visit has none)."""
    return Participant(
        person_id=person.id,  # type: ignore[arg-type]
        sort_name=latin_name(person),
        side=side,
        rank_id=person.rank_id,
        elected=person.elected,
        in_office_since=person.in_office_since,
        born_on=person.born_on,
        override_place=row.precedence_override if row is not None else None,
        override_reason=row.override_reason if row is not None else "",
        role=MemberRole(row.role) if row is not None else MemberRole.OFFICIAL,
        language=person.language,
        interprets_for=row.interprets_for_id if row is not None else None,
    )


def visit_participants(session: Session, visit_id: int) -> list[Taking]:
    """Members in list order (``precedence``), then the hosts in theirs (``position``)."""
    members = session.exec(
        select(VisitMember, Person)
        .join(Person, col(Person.id) == col(VisitMember.person_id))
        .where(VisitMember.visit_id == visit_id)
        .order_by(VisitMember.precedence, VisitMember.id)
    ).all()
    hosts = session.exec(
        select(VisitHost, Person)
        .join(Person, col(Person.id) == col(VisitHost.person_id))
        .where(VisitHost.visit_id == visit_id)
        .order_by(VisitHost.position, VisitHost.id)
    ).all()
    taking = [
        Taking(participant_of(person, Side.DELEGATION, member), member, None, person)
        for member, person in members
    ]
    taking += [
        Taking(participant_of(person, Side.HOST, host), None, host, person)
        for host, person in hosts
    ]
    return taking


def rank_entries(session: Session) -> list[RankEntry]:
    """Every rank of every table (the equivalences may join any two tables)."""
    rows = session.exec(
        select(Rank, RankTable)
        .join(RankTable, col(RankTable.id) == col(Rank.rank_table_id))
        .order_by(Rank.rank_table_id, Rank.position, Rank.id)
    ).all()
    return [
        RankEntry(
            id=rank.id,  # type: ignore[arg-type]
            table_id=table.id,  # type: ignore[arg-type]
            table_name=table.name,
            position=rank.position,
            title=rank.title,
            equivalent_id=rank.equivalent_rank_id,
        )
        for rank, table in rows
    ]


def attending(session: Session, item: ProgramItem) -> set[int]:
    """The person ids attending ``item``: with ``all_members`` every member and host of the
    visit, otherwise those on its attendee list; its host always."""
    if item.all_members:
        people = set(
            session.exec(select(VisitMember.person_id).where(VisitMember.visit_id == item.visit_id))
        )
        people |= set(
            session.exec(select(VisitHost.person_id).where(VisitHost.visit_id == item.visit_id))
        )
    else:
        people = set(
            session.exec(
                select(ProgramAttendee.person_id).where(ProgramAttendee.program_item_id == item.id)
            )
        )
    if item.host_id is not None:
        people.add(item.host_id)
    return people


def participant_count(session: Session, visit_id: int) -> int:
    members = session.exec(
        select(func.count()).select_from(VisitMember).where(VisitMember.visit_id == visit_id)
    ).one()
    hosts = session.exec(
        select(func.count()).select_from(VisitHost).where(VisitHost.visit_id == visit_id)
    ).one()
    return int(members) + int(hosts)


def check_override(
    session: Session,
    visit_id: int,
    person: Person | None,
    place: Any,
    reason: Any,
    *,
    extra: int = 0,
) -> tuple[int | None, str]:
    """A forced place in the visit's order (1..number of participants) and its reason, which
    is required with a place (the list shows it). ``extra`` counts a participant being added."""
    reason_text = v.optional_text("override_reason", reason or "", max_length=v.MAX_TEXT)
    if place in (None, ""):
        return None, reason_text  # a reason may be written before the place is chosen
    if isinstance(place, bool) or not isinstance(place, int):
        try:
            place = int(str(place).strip())
        except ValueError:
            raise ValidationError(
                "precedence_override", f"{v.shown(place)} is not a place in the order"
            ) from None
    count = participant_count(session, visit_id) + extra
    if place < 1 or place > count:
        raise ValidationError(
            "precedence_override",
            f"place {place} is outside the order of precedence: the visit has {count} "
            f"participant{'s' if count != 1 else ''} (places 1 to {count})",
            reason="place_outside_order",
            values={"place": place, "count": count},
        )
    if not reason_text.strip():
        who = full_name(person) if person is not None else "this participant"
        raise ValidationError(
            "override_reason",
            f"say why {who} is placed at {place} instead of the computed place "
            "(the reason is shown in the order of precedence)",
            reason="override_without_reason",
            values={"who": who, "place": place},
        )
    return place, reason_text


def clean_participation(
    session: Session, values: dict[str, Any], record_id: int | None, *, host: bool
) -> dict[str, Any]:
    """The override, its reason and the interpreter link of a member or host, checked; and a
    person is on one side of a visit only (a member is no host of the same visit)."""
    visit_id = values.get("visit_id")
    person = session.get(Person, values.get("person_id")) if values.get("person_id") else None
    other = VisitMember if host else VisitHost
    if visit_id is not None and person is not None:
        clash = session.exec(
            select(other.id).where(other.visit_id == visit_id, other.person_id == person.id)
        ).first()
        if clash is not None:
            where = "on the delegation" if host else "a host"
            raise ValidationError(
                "person_id", f"{full_name(person)} is already {where} of this visit"
            )
    place, reason = (None, "")
    if visit_id is not None:
        place, reason = check_override(
            session,
            visit_id,
            person,
            values.get("precedence_override"),
            values.get("override_reason"),
            extra=1 if record_id is None else 0,
        )
    interprets_for = values.get("interprets_for_id") or None
    require(session, Person, interprets_for, "interprets_for_id")
    if interprets_for is not None and person is not None and interprets_for == person.id:
        raise ValidationError(
            "interprets_for_id", f"{full_name(person)} cannot interpret for themselves"
        )
    return {
        "precedence_override": place,
        "override_reason": reason,
        "interprets_for_id": interprets_for,
    }
