"""The transport plan of a visit: its vehicles, the vehicles of each transfer, who rides where.

Vehicles belong to a visit (``vehicle``); a transfer (a program item of kind transfer, from
``from_venue_id`` to ``venue_id``) gets vehicles (``transfer_vehicle``, in their order), and
people get a place in one of them (``transfer_seat``, a seat number or none). Who attends a
transfer is who attends its item (``services/participation.py``: the delegation and the hosts
with ``all_members``, else its attendee list; its host always).

Every write is one transaction through the audited session (the change feed follows). A change
that would make the plan impossible (``domain/transport.py`` refusals: a vehicle over capacity,
a person in two vehicles at once, a seat number out of range or given twice) is refused with a
``ValidationError`` naming the problem, and nothing is written. What the plan still lacks
(someone without a seat, the head's interpreter in another vehicle) comes as warnings in the
views and in :meth:`TransportService.check`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import MemberRole, ProgramKind, VehicleKind
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.names import full_name
from exchange_planner.domain.precedence import RankCycleError, order_of_precedence
from exchange_planner.domain.transport import (
    MAX_SEATS,
    MIN_SEATS,
    AutoResult,
    Problem,
    Ride,
    TransferSpec,
    VehicleSpec,
    auto_assign,
    refusals,
    warnings,
)
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService, require
from exchange_planner.services.participation import attending, rank_entries, visit_participants
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Person,
    ProgramItem,
    TransferSeat,
    TransferVehicle,
    Vehicle,
    Venue,
    Visit,
    VisitMember,
)

#: A transfer's seating as the undo steps keep it: person id -> (vehicle id, seat).
Seating = dict[int, tuple[int, int | None]]


#: A vehicle of a visit (the read model of ``vehicle``).
VehicleRecord = read.Vehicle


@dataclass(frozen=True)
class PassengerView:
    person_id: int
    name: str
    seat: int | None
    role: str = MemberRole.OFFICIAL.value


@dataclass(frozen=True)
class RideView:
    """A vehicle on a transfer with its passengers (by seat, the unnumbered last)."""

    transfer_vehicle_id: int
    vehicle: VehicleRecord
    position: int
    passengers: tuple[PassengerView, ...] = ()


@dataclass(frozen=True)
class TransferView:
    item_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    origin_id: int | None
    origin: str  # "Hotel Fürstenhof, Tröndlinring 8, Leipzig" ("" when not set)
    destination_id: int | None
    destination: str
    rides: tuple[RideView, ...]
    unseated: tuple[PassengerView, ...]
    attendee_ids: frozenset[int]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class TransportView:
    """A visit's whole transport plan: vehicles, transfers and every finding."""

    visit_id: int
    vehicles: tuple[VehicleRecord, ...]
    transfers: tuple[TransferView, ...]
    problems: tuple[Problem, ...] = ()
    #: People who may be seated (the visit's participants), id -> name, in list order.
    people: Mapping[int, str] = field(default_factory=dict)


#: The sentence of each finding's kind, with its placeholders (%vehicle, %seats, %seat,
#: %people, %title, %other, %vehicles, %names); the interfaces translate these templates.
PROBLEM_SENTENCES: dict[str, str] = {
    "over_capacity": "%vehicle has %seats seats but %people people are aboard on “%title”",
    "seat_out_of_range": "%vehicle has seats 1 to %seats, not %seat (%names)",
    "seat_twice": "Seat %seat of %vehicle is given twice on “%title”: %names",
    "two_vehicles": "%names is in two vehicles on “%title”: %vehicles",
    "overlapping": (
        "%names is in vehicles of two transfers at the same time: “%other” and “%title”"
    ),
    "unseated": "Without a seat on “%title”: %names",
    "not_attending": "Aboard on “%title” without attending it: %names",
    "interpreter_apart": "%names: the interpreter does not ride with the head on “%title”",
    "vehicle_double_booked": (
        "%vehicle is on two transfers at the same time: “%other” and “%title”"
    ),
}


#: The placeholders of ``PROBLEM_SENTENCES``, the longest first ("%vehicles" before "%vehicle").
_PLACEHOLDERS = re.compile("%vehicles|%vehicle|%seats|%seat|%people|%title|%other|%names")


def problem_sentence(template: str, problem: Problem, view: TransportView | None) -> str:
    """``template`` (a translation of ``PROBLEM_SENTENCES[problem.kind]``) filled with the
    finding's vehicle, transfer, people and facts, named as ``view`` names them."""
    vehicles = {v.id: v.label for v in view.vehicles} if view else {}
    titles = {t.item_id: t.title for t in view.transfers} if view else {}
    people = dict(view.people) if view else {}
    if view:
        for transfer in view.transfers:
            for passenger in (
                *transfer.unseated,
                *(p for r in transfer.rides for p in r.passengers),
            ):
                people.setdefault(passenger.person_id, passenger.name)
    values = problem.values
    filled = {
        "%vehicles": values.get("vehicles", ""),
        "%vehicle": vehicles.get(problem.vehicle_id or 0, ""),
        "%seats": values.get("seats", ""),
        "%seat": values.get("seat", ""),
        "%people": values.get("people", ""),
        "%title": titles.get(problem.item_id or 0, ""),
        "%other": values.get("other", ""),
        "%names": ", ".join(people.get(p, f"#{p}") for p in problem.person_ids),
    }
    # One pass: a value holding "%seat" stays as it is.
    return _PLACEHOLDERS.sub(lambda match: str(filled[match[0]]), template)


def _whole_number(field_name: str, value: Any) -> int:
    if isinstance(value, bool):
        raise ValidationError(field_name, f"{v.shown(value)} is not a whole number")
    if not isinstance(value, int):
        try:
            return int(str(value).strip())
        except ValueError:
            raise ValidationError(
                field_name,
                f"{v.shown(value)} is not a whole number",
                reason="not_number",
                values={"text": str(value).strip()},
            ) from None
    return value


#: A driver's language as it is often written instead of its code.
_LANGUAGE_NAMES = {
    "german": "de",
    "deutsch": "de",
    "english": "en",
    "englisch": "en",
    "korean": "ko",
    "koreanisch": "ko",
    "한국어": "ko",
}


def _language_code(value: Any) -> str:
    """A BCP 47 language code ("de", "en-GB"); a name of the three document languages
    ("German", "Deutsch", "한국어") is taken as its code."""
    text = v.optional_text("driver_language", value or "", max_length=20).strip()
    code = text.lower().replace("_", "-")
    code = _LANGUAGE_NAMES.get(code, code)
    parts = code.split("-")
    if code and not (
        2 <= len(parts[0]) <= 3
        and parts[0].isalpha()
        and all(part.isascii() and part.isalnum() for part in parts)
    ):
        raise ValidationError(
            "driver_language",
            f"{v.shown(text)} is not a language code (e.g. de, en, ko)",
            reason="not_language",
        )
    return code


class VehicleService(RecordService[VehicleRecord]):
    model = Vehicle
    read_model = VehicleRecord
    noun = "vehicle"

    def for_visit(self, visit_id: int) -> list[VehicleRecord]:
        return self.list_where(Vehicle.visit_id, visit_id, Vehicle.label)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        if values.get("visit_id") is None:
            raise ValidationError("visit_id", "choose the visit")
        require(session, Visit, values["visit_id"], "visit_id")
        values["label"] = v.required_text("label", values.get("label"), max_length=100)
        values["kind"] = v.enum_value("kind", VehicleKind, values.get("kind") or VehicleKind.CAR)
        seats = _whole_number("seats", values.get("seats", 4))
        if not MIN_SEATS <= seats <= MAX_SEATS:
            raise ValidationError(
                "seats",
                f"a vehicle has {MIN_SEATS} to {MAX_SEATS} passenger seats, not {seats}",
                reason="seats_out_of_range",
                values={"seats": seats},
            )
        values["seats"] = seats
        for name, length in (
            ("driver_name", 200),
            ("driver_phone", 100),
            ("plate", 30),
            ("company", 300),
        ):
            values[name] = v.optional_text(name, values.get(name) or "", max_length=length)
        values["driver_language"] = _language_code(values.get("driver_language"))
        values["notes"] = v.optional_text("notes", values.get("notes") or "")
        if record_id is not None:
            _check_fewer_seats(session, record_id, values["label"], seats)
        return values

    def describe(self, record: VehicleRecord) -> str:
        return f"Vehicle {record.label}"


def _check_fewer_seats(session: Session, vehicle_id: int, label: str, seats: int) -> None:
    """Fewer seats than are taken on some transfer, or than a seat number given: refused."""
    rows = session.exec(
        select(TransferVehicle, ProgramItem)
        .join(ProgramItem, col(ProgramItem.id) == col(TransferVehicle.program_item_id))
        .where(TransferVehicle.vehicle_id == vehicle_id)
    ).all()
    for link, item in rows:
        aboard = session.exec(
            select(TransferSeat).where(TransferSeat.transfer_vehicle_id == link.id)
        ).all()
        beyond = [s for s in aboard if s.seat is not None and s.seat > seats]
        if len(aboard) > seats or beyond:
            raise ValidationError(
                "seats",
                f"{label} cannot have {seats} seats: {len(aboard)} people ride in it on "
                f"“{item.title}”"
                + (f" (seat numbers up to {max(s.seat or 0 for s in aboard)})" if beyond else "")
                + "; move them first",
                reason="seated_beyond",
                values={"people": len(aboard), "item": item.title},
            )


class TransportService:
    """The transport plan of a visit (see the module's docstring)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.vehicles = VehicleService(db)

    # --- reading ---------------------------------------------------------------------------
    def transfer_items(self, visit_id: int) -> list[tuple[int, str]]:
        """The visit's transfers in time order: (item id, title)."""
        with self.db.session() as session:
            _visit(session, visit_id)
            return [(t.id, t.title) for t in _transfers(session, visit_id)]  # type: ignore[misc]

    def view(self, visit_id: int) -> TransportView:
        """Vehicles, transfers with their rides and everyone unseated, and the findings."""
        with self.db.session() as session:
            return _view(session, visit_id)

    def check(self, visit_id: int) -> list[Problem]:
        """Every refusal and warning of the visit's plan (refusals first)."""
        return list(self.view(visit_id).problems)

    def seating(self, item_id: int) -> Seating:
        """Who rides where on one transfer (for an undo step to put back)."""
        with self.db.session() as session:
            _transfer_item(session, item_id)
            return {
                ride.person_id: (ride.vehicle_id, ride.seat) for ride in _rides(session, [item_id])
            }

    def transfer_state(self, item_id: int) -> tuple[tuple[int, ...], Seating]:
        """A transfer's vehicles (in order) and seating, for an undo step to put back."""
        with self.db.session() as session:
            _transfer_item(session, item_id)
            vehicles = tuple(link.vehicle_id for link in _links(session, item_id))
            seating = {r.person_id: (r.vehicle_id, r.seat) for r in _rides(session, [item_id])}
            return vehicles, seating

    def restore_transfer(self, item_id: int, state: tuple[tuple[int, ...], Seating]) -> None:
        """Make the transfer's vehicles and seating what ``transfer_state`` returned, in one
        transaction (undo/redo); refused like :meth:`seat` when the plan would not work."""
        vehicle_ids, seating = state
        with self.db.session() as session:
            item = _transfer_item(session, item_id)
            before = _problem_keys(session, item.visit_id)
            links = {link.vehicle_id: link for link in _links(session, item_id)}
            wanted = {vehicle_id: position for position, vehicle_id in enumerate(vehicle_ids, 1)}
            for vehicle_id, link in links.items():
                if vehicle_id not in wanted:
                    for row in session.exec(
                        select(TransferSeat).where(TransferSeat.transfer_vehicle_id == link.id)
                    ).all():
                        session.delete(row)
                    session.flush()
                    session.delete(link)
            session.flush()
            for vehicle_id, position in wanted.items():
                link = links.get(vehicle_id)
                if link is None:
                    _vehicle_of_visit(session, vehicle_id, item.visit_id)
                    session.add(
                        TransferVehicle(
                            program_item_id=item_id, vehicle_id=vehicle_id, position=position
                        )
                    )
                elif link.position != position:
                    link.position = position
                    session.add(link)
            session.flush()
            for person_id in seating:
                require(session, Person, person_id, "person_id")
            _write_seating(session, item_id, seating)
            _refuse_new_problems(session, item.visit_id, before)

    # --- vehicles of a transfer ---------------------------------------------------------------
    def assign_vehicle(self, item_id: int, vehicle_id: int) -> None:
        """Put a vehicle of the visit on a transfer (last in its order)."""
        with self.db.session() as session:
            item = _transfer_item(session, item_id)
            vehicle = _vehicle_of_visit(session, vehicle_id, item.visit_id)
            links = _links(session, item_id)
            if any(link.vehicle_id == vehicle_id for link in links):
                raise ValidationError(
                    "vehicle_id",
                    f"{vehicle.label} is already on “{item.title}”",
                    reason="already_assigned",
                )
            highest = max((link.position for link in links), default=0)
            session.add(
                TransferVehicle(
                    program_item_id=item_id, vehicle_id=vehicle_id, position=highest + 1
                )
            )
            session.flush()

    def remove_vehicle(self, item_id: int, vehicle_id: int) -> None:
        """Take a vehicle off a transfer; whoever rode in it is unseated."""
        with self.db.session() as session:
            _transfer_item(session, item_id)
            link = _link(session, item_id, vehicle_id)
            for seat in session.exec(
                select(TransferSeat).where(TransferSeat.transfer_vehicle_id == link.id)
            ).all():
                session.delete(seat)  # logged, so the history says who lost the seat
            session.flush()
            session.delete(link)
            session.flush()

    def move_vehicle(self, item_id: int, vehicle_id: int, step: int) -> None:
        """Move a vehicle up (``step`` -1) or down (+1) in the transfer's order."""
        with self.db.session() as session:
            _transfer_item(session, item_id)
            links = _links(session, item_id)
            index = next((i for i, link in enumerate(links) if link.vehicle_id == vehicle_id), -1)
            if index < 0:
                _link(session, item_id, vehicle_id)  # raises, naming the vehicle
            target = index + step
            if not 0 <= target < len(links):
                return
            links[index], links[target] = links[target], links[index]
            for position, link in enumerate(links, start=1):
                if link.position != position:
                    link.position = position
                    session.add(link)
            session.flush()

    # --- seats ------------------------------------------------------------------------------
    def seat(self, item_id: int, person_id: int, vehicle_id: int, seat: Any = None) -> None:
        """Put ``person_id`` into ``vehicle_id`` on the transfer ``item_id``, on ``seat``
        (a number, or None/"" for no number). Someone already on that seat number moves to
        the person's former place (or loses the number). Refused when the person does not
        attend the transfer, or when the plan would become impossible."""
        number = None if seat in (None, "") else _whole_number("seat", seat)
        with self.db.session() as session:
            item = _transfer_item(session, item_id)
            person = session.get(Person, person_id)
            if person is None:
                raise ValidationError("person_id", f"there is no person #{person_id}")
            if person_id not in attending(session, item):
                raise ValidationError(
                    "person_id",
                    f"{full_name(person)} does not attend “{item.title}”; add them to the "
                    "item's attendees (or the visit) first",
                    reason="not_attending",
                )
            link = _link(session, item_id, vehicle_id)
            before = _problem_keys(session, item.visit_id)
            current = _rides(session, [item_id])
            own = next((r for r in current if r.person_id == person_id), None)
            seating = {r.person_id: (r.vehicle_id, r.seat) for r in current}
            if number is not None:
                occupant = next(
                    (
                        r.person_id
                        for r in current
                        if r.vehicle_id == vehicle_id
                        and r.seat == number
                        and r.person_id != person_id
                    ),
                    None,
                )
                if occupant is not None:
                    if own is not None and own.vehicle_id == vehicle_id:
                        seating[occupant] = (vehicle_id, own.seat)
                    else:
                        seating[occupant] = (vehicle_id, None)
            seating[person_id] = (link.vehicle_id, number)
            _write_seating(session, item_id, seating)
            _refuse_new_problems(session, item.visit_id, before)

    def unseat(self, item_id: int, person_id: int) -> None:
        with self.db.session() as session:
            _transfer_item(session, item_id)
            for row in _seat_rows(session, item_id):
                if row.person_id == person_id:
                    session.delete(row)
            session.flush()

    def restore_seating(self, item_id: int, seating: Mapping[int, tuple[int, int | None]]) -> None:
        """Make the transfer's seating exactly ``seating`` (undo/redo, automatic seating);
        refused like :meth:`seat` when the plan would become impossible."""
        with self.db.session() as session:
            item = _transfer_item(session, item_id)
            before = _problem_keys(session, item.visit_id)
            linked = {link.vehicle_id for link in _links(session, item_id)}
            for person_id, (vehicle_id, _seat) in seating.items():
                require(session, Person, person_id, "person_id")
                if vehicle_id not in linked:
                    raise ValidationError(
                        "vehicle_id",
                        f"vehicle #{vehicle_id} is not on “{item.title}”",
                        reason="not_on_transfer",
                    )
            _write_seating(session, item_id, dict(seating))
            _refuse_new_problems(session, item.visit_id, before)

    def auto_assign(self, item_id: int) -> AutoResult:
        """Seat everyone attending the transfer in the order of precedence, filling its
        vehicles in their order; the head of delegation and their interpreter ride together.
        Replaces the transfer's seating; who does not fit stays unseated (the result says
        who). People riding at the same time on another transfer are left out of it."""
        with self.db.session() as session:
            item = _transfer_item(session, item_id)
            links = _links(session, item_id)
            if not links:
                raise ValidationError(
                    "vehicle_id",
                    f"“{item.title}” has no vehicle yet; add one first",
                    reason="no_vehicle",
                )
            before = _problem_keys(session, item.visit_id)
            present = attending(session, item)
            busy = _busy_elsewhere(session, item)
            order = [p for p in _precedence_order(session, item.visit_id, present) if p not in busy]
            head_id, interpreters = _head_and_interpreters(session, item.visit_id)
            vehicles = [
                _spec(session.get(Vehicle, link.vehicle_id))  # type: ignore[arg-type]
                for link in links
            ]
            result = auto_assign(
                order,
                vehicles,
                head_id=head_id,
                interpreters_of_head=interpreters,
                companions=_interpreters_by_principal(session, item.visit_id),
            )
            seating: Seating = {p: (vid, seat) for p, (vid, seat) in result.seats.items()}
            _write_seating(session, item_id, seating)
            _refuse_new_problems(session, item.visit_id, before)
            return result


# --- helpers (inside a session) ---------------------------------------------------------------
def _visit(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"There is no visit #{visit_id} (it may have been deleted).")
    return visit


def _transfer_item(session: Session, item_id: int) -> ProgramItem:
    item = session.get(ProgramItem, item_id)
    if item is None:
        raise NotFoundError(f"There is no program item #{item_id} (it may have been deleted).")
    if item.kind != ProgramKind.TRANSFER:
        raise ValidationError(
            "program_item_id",
            f"“{item.title}” is a {ProgramKind(item.kind).value.replace('_', ' ')}; vehicles "
            "are for transfers",
            reason="not_transfer",
        )
    return item


def _vehicle_of_visit(session: Session, vehicle_id: int, visit_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise ValidationError("vehicle_id", f"there is no vehicle #{vehicle_id}")
    if vehicle.visit_id != visit_id:
        raise ValidationError(
            "vehicle_id",
            f"{vehicle.label} belongs to another visit",
            reason="other_visit",
        )
    return vehicle


def _transfers(session: Session, visit_id: int) -> list[ProgramItem]:
    return list(
        session.exec(
            select(ProgramItem)
            .where(ProgramItem.visit_id == visit_id, ProgramItem.kind == ProgramKind.TRANSFER)
            .order_by(ProgramItem.starts_at, ProgramItem.id)
        ).all()
    )


def _links(session: Session, item_id: int) -> list[TransferVehicle]:
    return list(
        session.exec(
            select(TransferVehicle)
            .where(TransferVehicle.program_item_id == item_id)
            .order_by(TransferVehicle.position, TransferVehicle.id)
        ).all()
    )


def _link(session: Session, item_id: int, vehicle_id: int) -> TransferVehicle:
    link = session.exec(
        select(TransferVehicle).where(
            TransferVehicle.program_item_id == item_id, TransferVehicle.vehicle_id == vehicle_id
        )
    ).first()
    if link is None:
        vehicle = session.get(Vehicle, vehicle_id)
        label = vehicle.label if vehicle is not None else f"#{vehicle_id}"
        raise ValidationError(
            "vehicle_id",
            f"{label} is not on this transfer; add it to the transfer first",
            reason="not_on_transfer",
        )
    return link


def _seat_rows(session: Session, item_id: int) -> list[TransferSeat]:
    return list(
        session.exec(
            select(TransferSeat)
            .join(TransferVehicle, col(TransferVehicle.id) == col(TransferSeat.transfer_vehicle_id))
            .where(TransferVehicle.program_item_id == item_id)
            .order_by(TransferSeat.id)
        ).all()
    )


def _rides(session: Session, item_ids: list[int]) -> list[Ride]:
    if not item_ids:
        return []
    rows = session.exec(
        select(TransferSeat, TransferVehicle)
        .join(TransferVehicle, col(TransferVehicle.id) == col(TransferSeat.transfer_vehicle_id))
        .where(col(TransferVehicle.program_item_id).in_(item_ids))
        .order_by(TransferSeat.id)
    ).all()
    return [
        Ride(link.program_item_id, link.vehicle_id, seat.person_id, seat.seat)
        for seat, link in rows
    ]


def _write_seating(
    session: Session, item_id: int, seating: Mapping[int, tuple[int, int | None]]
) -> None:
    """Make the rows of the transfer hold ``seating``: changed rows are updated, the rest
    removed or added (each change in the audit log)."""
    links = {link.vehicle_id: link for link in _links(session, item_id)}
    rows = _seat_rows(session, item_id)
    by_person = {row.person_id: row for row in rows}
    for person_id, row in by_person.items():
        wanted = seating.get(person_id)
        if wanted is None or links.get(wanted[0]) is None:
            session.delete(row)
        elif links[wanted[0]].id != row.transfer_vehicle_id:
            session.delete(row)  # another vehicle: a new row (the unique key is per vehicle)
    session.flush()
    for person_id, (vehicle_id, seat) in sorted(seating.items()):
        link = links.get(vehicle_id)
        if link is None:
            continue
        row = by_person.get(person_id)
        if row is not None and row.transfer_vehicle_id == link.id:
            if row.seat != seat:
                row.seat = seat
                session.add(row)
            continue
        session.add(TransferSeat(transfer_vehicle_id=link.id, person_id=person_id, seat=seat))
    session.flush()


def _spec(vehicle: Vehicle) -> VehicleSpec:
    return VehicleSpec(int(vehicle.id or 0), vehicle.label, vehicle.seats)


def _transfer_spec(session: Session, item: ProgramItem) -> TransferSpec:
    return TransferSpec(
        item_id=int(item.id or 0),
        title=item.title,
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        attendee_ids=frozenset(attending(session, item)),
        vehicle_ids=tuple(link.vehicle_id for link in _links(session, int(item.id or 0))),
    )


def _head_and_interpreters(session: Session, visit_id: int) -> tuple[int | None, list[int]]:
    """The head of delegation (the visit's, else the member with role head) and the members
    who interpret for them."""
    visit = _visit(session, visit_id)
    members = session.exec(
        select(VisitMember)
        .where(VisitMember.visit_id == visit_id)
        .order_by(VisitMember.precedence, VisitMember.id)
    ).all()
    head = visit.head_id
    if head is None:
        head = next((m.person_id for m in members if m.role == MemberRole.HEAD), None)
    if head is None:
        return None, []
    return head, [m.person_id for m in members if m.interprets_for_id == head]


def _interpreters_by_principal(session: Session, visit_id: int) -> dict[int, list[int]]:
    """Every participant who interprets for someone, by the person they interpret for."""
    result: dict[int, list[int]] = {}
    for taking in visit_participants(session, visit_id):
        principal = taking.participant.interprets_for
        if principal is not None:
            result.setdefault(principal, []).append(int(taking.person.id or 0))
    return result


def _precedence_order(session: Session, visit_id: int, present: set[int]) -> list[int]:
    """The person ids of ``present`` in the visit's order of precedence (list order on a
    rank cycle); people attending who are not on the visit (an item's host) come last."""
    taking = [t for t in visit_participants(session, visit_id) if t.person.id in present]
    try:
        placed = order_of_precedence([t.participant for t in taking], rank_entries(session))
        order = [p.participant.person_id for p in placed]
    except RankCycleError:
        order = [int(t.person.id or 0) for t in taking]
    return order + sorted(present - set(order))


def _busy_elsewhere(session: Session, item: ProgramItem) -> set[int]:
    """Who rides on another transfer of the visit at the same time as ``item``."""
    others = [
        t
        for t in _transfers(session, item.visit_id)
        if t.id != item.id and t.starts_at < item.ends_at and item.starts_at < t.ends_at
    ]
    return {ride.person_id for ride in _rides(session, [int(t.id or 0) for t in others])}


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {
        int(p.id or 0): full_name(p)
        for p in session.exec(select(Person).where(col(Person.id).in_(sorted(ids)))).all()
    }


def _findings(session: Session, visit_id: int) -> tuple[list[ProgramItem], list[Problem]]:
    items = _transfers(session, visit_id)
    vehicles = session.exec(select(Vehicle).where(Vehicle.visit_id == visit_id)).all()
    specs = [_transfer_spec(session, item) for item in items]
    rides = _rides(session, [int(item.id or 0) for item in items])
    ids = {r.person_id for r in rides} | {p for s in specs for p in s.attendee_ids}
    names = _names(session, ids)
    head_id, interpreters = _head_and_interpreters(session, visit_id)
    vehicle_specs = [_spec(vehicle) for vehicle in vehicles]
    problems = refusals(vehicle_specs, specs, rides, names) + warnings(
        vehicle_specs, specs, rides, names, head_id=head_id, interpreters_of_head=interpreters
    )
    return items, problems


def _problem_keys(session: Session, visit_id: int) -> set[tuple[object, ...]]:
    _items, problems = _findings(session, visit_id)
    return {_key(p) for p in problems if p.refusal}


def _key(problem: Problem) -> tuple[object, ...]:
    return (problem.kind, problem.item_id, problem.vehicle_id, problem.person_ids)


def _refuse_new_problems(session: Session, visit_id: int, before: set[tuple[object, ...]]) -> None:
    """Raise (rolling the change back) when it made the plan impossible in a new way."""
    session.flush()
    _items, problems = _findings(session, visit_id)
    for problem in problems:
        if problem.refusal and _key(problem) not in before:
            raise ValidationError(
                "seat",
                problem.message,
                reason=problem.kind,
                values={
                    **problem.values,
                    "item_id": problem.item_id,
                    "vehicle_id": problem.vehicle_id,
                    "person_ids": problem.person_ids,
                },
            )


def _place(venue: Venue | None) -> str:
    if venue is None:
        return ""
    address, city = (venue.address or "").strip(), (venue.city or "").strip()
    parts = [venue.name, address, city if city not in address else ""]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def _roles(session: Session, visit_id: int) -> dict[int, str]:
    """Each participant's role as printed; the head of the hosts is the host
    ("host_head"), not a head of delegation."""
    roles: dict[int, str] = {}
    for taking in visit_participants(session, visit_id):
        role = str(taking.participant.role)
        if taking.host is not None and role == MemberRole.HEAD.value:
            role = "host_head"
        roles[int(taking.person.id or 0)] = role
    return roles


def _view(session: Session, visit_id: int) -> TransportView:
    _visit(session, visit_id)
    items, problems = _findings(session, visit_id)
    vehicles = tuple(
        VehicleRecord.of(row)
        for row in session.exec(
            select(Vehicle).where(Vehicle.visit_id == visit_id).order_by(Vehicle.label, Vehicle.id)
        ).all()
    )
    by_id = {vehicle.id: vehicle for vehicle in vehicles}
    rides = _rides(session, [int(item.id or 0) for item in items])
    participants = visit_participants(session, visit_id)
    people = {int(t.person.id or 0): full_name(t.person) for t in participants}
    roles = _roles(session, visit_id)
    attendee_sets = {int(item.id or 0): attending(session, item) for item in items}
    extra = {r.person_id for r in rides} | {p for ids in attendee_sets.values() for p in ids}
    names = {**_names(session, extra - set(people)), **people}
    transfers: list[TransferView] = []
    for item in items:
        item_id = int(item.id or 0)
        present = attendee_sets[item_id]
        own = [r for r in rides if r.item_id == item_id]
        views: list[RideView] = []
        for link in _links(session, item_id):
            aboard = sorted(
                (r for r in own if r.vehicle_id == link.vehicle_id),
                key=lambda r: (r.seat is None, r.seat or 0, names.get(r.person_id, "")),
            )
            views.append(
                RideView(
                    transfer_vehicle_id=int(link.id or 0),
                    vehicle=by_id[link.vehicle_id],
                    position=link.position,
                    passengers=tuple(
                        PassengerView(
                            r.person_id,
                            names.get(r.person_id, f"#{r.person_id}"),
                            r.seat,
                            roles.get(r.person_id, MemberRole.OFFICIAL.value),
                        )
                        for r in aboard
                    ),
                )
            )
        seated = {r.person_id for r in own}
        order = [p for p in people if p in present] + sorted(present - set(people))
        unseated = tuple(
            PassengerView(p, names.get(p, f"#{p}"), None, roles.get(p, MemberRole.OFFICIAL.value))
            for p in order
            if p not in seated
        )
        origin = session.get(Venue, item.from_venue_id) if item.from_venue_id else None
        destination = session.get(Venue, item.venue_id) if item.venue_id else None
        transfers.append(
            TransferView(
                item_id=item_id,
                title=item.title,
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                timezone=item.timezone,
                origin_id=item.from_venue_id,
                origin=_place(origin),
                destination_id=item.venue_id,
                destination=_place(destination),
                rides=tuple(views),
                unseated=unseated,
                attendee_ids=frozenset(present),
                problems=tuple(p for p in problems if p.item_id == item_id),
            )
        )
    return TransportView(
        visit_id=visit_id,
        vehicles=vehicles,
        transfers=tuple(transfers),
        problems=tuple(problems),
        people=people,
    )
