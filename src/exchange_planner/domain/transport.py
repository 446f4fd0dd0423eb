"""The transport plan of a visit, without Qt or a database: checks and automatic seating.

A visit has vehicles (a car, a van, a minibus, a bus) with a number of passenger seats (the
driver is not counted). Vehicles are assigned to transfers (program items of kind transfer,
from one venue to another) and people to the vehicles of a transfer, on a numbered seat or
just aboard (seat ``None``).

Two kinds of findings:

- **refusals** (:func:`refusals`): what cannot be saved — more people aboard than the vehicle
  has seats, a person in two vehicles of the same transfer or of two transfers at the same
  time, a seat number outside 1..seats or given twice in one vehicle;
- **warnings** (:func:`warnings`): what the plan still lacks — someone attending a transfer
  without a seat, the head of delegation's interpreter in another vehicle than the head,
  someone aboard who does not attend the transfer, a vehicle on two transfers at once.

:func:`auto_assign` seats everyone attending a transfer in the order of precedence, filling
the transfer's vehicles in their order; the head and their interpreter ride together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

#: How many passenger seats a vehicle may have (the table's CHECK).
MIN_SEATS, MAX_SEATS = 1, 80

#: The kinds of refusal (nothing is saved) and of warning (shown, saved anyway).
REFUSALS = ("over_capacity", "two_vehicles", "overlapping", "seat_out_of_range", "seat_twice")
WARNINGS = ("unseated", "interpreter_apart", "not_attending", "vehicle_double_booked")


@dataclass(frozen=True)
class VehicleSpec:
    id: int
    label: str
    seats: int


@dataclass(frozen=True)
class TransferSpec:
    """A transfer: its program item, times and who attends it (person ids)."""

    item_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    attendee_ids: frozenset[int] = frozenset()
    #: The vehicles assigned, in their order.
    vehicle_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Ride:
    """A person aboard a vehicle on a transfer, on a numbered seat or not (``seat`` None)."""

    item_id: int
    vehicle_id: int
    person_id: int
    seat: int | None = None


@dataclass(frozen=True)
class Problem:
    """One finding: its ``kind`` (``REFUSALS`` / ``WARNINGS``), an English ``message`` and the
    records it is about (an interface words it from these)."""

    kind: str
    message: str
    item_id: int | None = None
    vehicle_id: int | None = None
    person_ids: tuple[int, ...] = ()
    #: The facts the message states (counts, seats, the other transfer's id).
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def refusal(self) -> bool:
        return self.kind in REFUSALS


def _name(names: Mapping[int, str], person_id: int) -> str:
    return names.get(person_id) or f"person #{person_id}"


def _overlap(a: TransferSpec, b: TransferSpec) -> bool:
    """Two transfers at the same time: their spans meet (an instant transfer too)."""
    if a.starts_at == a.ends_at or b.starts_at == b.ends_at:
        return a.starts_at <= b.ends_at and b.starts_at <= a.ends_at
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def refusals(
    vehicles: Iterable[VehicleSpec],
    transfers: Iterable[TransferSpec],
    rides: Iterable[Ride],
    names: Mapping[int, str] | None = None,
) -> list[Problem]:
    """What makes a plan impossible (see the module's docstring), in a stable order."""
    names = names or {}
    by_vehicle = {v.id: v for v in vehicles}
    by_item = {t.item_id: t for t in transfers}
    rides = list(rides)
    problems: list[Problem] = []
    aboard: dict[tuple[int, int], list[Ride]] = defaultdict(list)
    for ride in rides:
        aboard[(ride.item_id, ride.vehicle_id)].append(ride)
    for (item_id, vehicle_id), group in sorted(aboard.items()):
        vehicle = by_vehicle.get(vehicle_id)
        if vehicle is None:
            continue
        title = by_item[item_id].title if item_id in by_item else f"#{item_id}"
        if len(group) > vehicle.seats:
            problems.append(
                Problem(
                    "over_capacity",
                    f"{vehicle.label} has {vehicle.seats} seats but {len(group)} people are "
                    f"aboard on “{title}”",
                    item_id,
                    vehicle_id,
                    tuple(r.person_id for r in group),
                    {"seats": vehicle.seats, "people": len(group)},
                )
            )
        taken: dict[int, int] = {}
        for ride in group:
            if ride.seat is None:
                continue
            if not 1 <= ride.seat <= vehicle.seats:
                problems.append(
                    Problem(
                        "seat_out_of_range",
                        f"{vehicle.label} has seats 1 to {vehicle.seats}, not {ride.seat} "
                        f"({_name(names, ride.person_id)})",
                        item_id,
                        vehicle_id,
                        (ride.person_id,),
                        {"seat": ride.seat, "seats": vehicle.seats},
                    )
                )
            elif ride.seat in taken:
                first = taken[ride.seat]
                problems.append(
                    Problem(
                        "seat_twice",
                        f"seat {ride.seat} of {vehicle.label} is given twice on “{title}”: "
                        f"{_name(names, first)} and {_name(names, ride.person_id)}",
                        item_id,
                        vehicle_id,
                        (first, ride.person_id),
                        {"seat": ride.seat},
                    )
                )
            else:
                taken[ride.seat] = ride.person_id
    # One vehicle per person and transfer, and none at the same time on another transfer.
    per_person: dict[int, list[Ride]] = defaultdict(list)
    for ride in rides:
        per_person[ride.person_id].append(ride)
    for person_id, own in sorted(per_person.items()):
        per_item: dict[int, set[int]] = defaultdict(set)
        for ride in own:
            per_item[ride.item_id].add(ride.vehicle_id)
        for item_id, vehicle_ids in sorted(per_item.items()):
            if len(vehicle_ids) > 1:
                labels = ", ".join(
                    by_vehicle[v].label if v in by_vehicle else f"#{v}" for v in sorted(vehicle_ids)
                )
                title = by_item[item_id].title if item_id in by_item else f"#{item_id}"
                problems.append(
                    Problem(
                        "two_vehicles",
                        f"{_name(names, person_id)} is in two vehicles on “{title}”: {labels}",
                        item_id,
                        min(vehicle_ids),
                        (person_id,),
                        {"vehicles": labels},
                    )
                )
        items = sorted((i for i in per_item if i in by_item), key=lambda i: by_item[i].starts_at)
        for index, first_id in enumerate(items):
            for second_id in items[index + 1 :]:
                first, second = by_item[first_id], by_item[second_id]
                if not _overlap(first, second):
                    continue
                if per_item[first_id] == per_item[second_id] and len(per_item[first_id]) == 1:
                    continue  # the same vehicle on both: one ride
                problems.append(
                    Problem(
                        "overlapping",
                        f"{_name(names, person_id)} is in vehicles of two transfers at the "
                        f"same time: “{first.title}” and “{second.title}”",
                        second_id,
                        None,
                        (person_id,),
                        {"other_item_id": first_id, "other": first.title},
                    )
                )
    return problems


def warnings(
    vehicles: Iterable[VehicleSpec],
    transfers: Iterable[TransferSpec],
    rides: Iterable[Ride],
    names: Mapping[int, str] | None = None,
    *,
    head_id: int | None = None,
    interpreters_of_head: Iterable[int] = (),
) -> list[Problem]:
    """What the plan still lacks (see the module's docstring)."""
    names = names or {}
    by_vehicle = {v.id: v for v in vehicles}
    transfers = sorted(transfers, key=lambda t: (t.starts_at, t.item_id))
    rides = list(rides)
    interpreters = tuple(dict.fromkeys(interpreters_of_head))
    problems: list[Problem] = []
    for transfer in transfers:
        own = [r for r in rides if r.item_id == transfer.item_id]
        vehicle_of = {r.person_id: r.vehicle_id for r in own}
        missing = tuple(sorted(p for p in transfer.attendee_ids if p not in vehicle_of))
        if missing:
            who = ", ".join(_name(names, p) for p in missing)
            problems.append(
                Problem(
                    "unseated",
                    f"{len(missing)} attending “{transfer.title}” "
                    f"{'has' if len(missing) == 1 else 'have'} no seat: {who}",
                    transfer.item_id,
                    None,
                    missing,
                    {"count": len(missing)},
                )
            )
        extra = tuple(sorted(p for p in vehicle_of if p not in transfer.attendee_ids))
        if extra:
            who = ", ".join(_name(names, p) for p in extra)
            problems.append(
                Problem(
                    "not_attending",
                    f"aboard on “{transfer.title}” without attending it: {who}",
                    transfer.item_id,
                    None,
                    extra,
                )
            )
        if head_id is not None and head_id in vehicle_of:
            head_vehicle = vehicle_of[head_id]
            for interpreter in interpreters:
                if interpreter not in transfer.attendee_ids and interpreter not in vehicle_of:
                    continue
                if vehicle_of.get(interpreter) != head_vehicle:
                    label = by_vehicle[head_vehicle].label if head_vehicle in by_vehicle else ""
                    problems.append(
                        Problem(
                            "interpreter_apart",
                            f"{_name(names, interpreter)} interprets for "
                            f"{_name(names, head_id)} but does not ride in {label} with them "
                            f"on “{transfer.title}”",
                            transfer.item_id,
                            head_vehicle,
                            (interpreter, head_id),
                        )
                    )
    for index, first in enumerate(transfers):
        for second in transfers[index + 1 :]:
            if not _overlap(first, second):
                continue
            for vehicle_id in sorted(set(first.vehicle_ids) & set(second.vehicle_ids)):
                label = by_vehicle[vehicle_id].label if vehicle_id in by_vehicle else ""
                problems.append(
                    Problem(
                        "vehicle_double_booked",
                        f"{label} is on two transfers at the same time: “{first.title}” and "
                        f"“{second.title}”",
                        second.item_id,
                        vehicle_id,
                        (),
                        {"other_item_id": first.item_id, "other": first.title},
                    )
                )
    return problems


def check(
    vehicles: Sequence[VehicleSpec],
    transfers: Sequence[TransferSpec],
    rides: Sequence[Ride],
    names: Mapping[int, str] | None = None,
    *,
    head_id: int | None = None,
    interpreters_of_head: Iterable[int] = (),
) -> list[Problem]:
    """The refusals, then the warnings."""
    return refusals(vehicles, transfers, rides, names) + warnings(
        vehicles,
        transfers,
        rides,
        names,
        head_id=head_id,
        interpreters_of_head=interpreters_of_head,
    )


@dataclass(frozen=True)
class AutoResult:
    """Where :func:`auto_assign` put everyone, and who found no seat."""

    seats: dict[int, tuple[int, int]]  # person id -> (vehicle id, seat number)
    unplaced: tuple[int, ...]


def auto_assign(
    order: Sequence[int],
    vehicles: Sequence[VehicleSpec],
    *,
    head_id: int | None = None,
    interpreters_of_head: Iterable[int] = (),
    companions: Mapping[int, Sequence[int]] | None = None,
) -> AutoResult:
    """Seat ``order`` (person ids, the order of precedence) into ``vehicles`` (in order),
    numbering seats from 1. The head's interpreters (those in ``order``) are seated right
    after the head in the head's vehicle; when it has no room for them all, the head and the
    interpreters move to the next vehicle with room together. ``companions`` (a principal ->
    their interpreters, e.g. the hosts' head) ride with their principal the same way. Who does
    not fit is unplaced."""
    present = set(order)
    riding_with: dict[int, list[int]] = {}
    for principal, people in (companions or {}).items():
        if principal in present:
            riding_with[principal] = [p for p in people if p in present and p != principal]
    if head_id is not None and head_id in present:
        riding_with[head_id] = [
            p for p in dict.fromkeys(interpreters_of_head) if p in present and p != head_id
        ]
    taken = {p for people in riding_with.values() for p in people}
    groups: list[list[int]] = []
    for person_id in dict.fromkeys(order):
        if person_id in taken and person_id not in riding_with:
            continue  # rides with their principal
        groups.append([person_id, *riding_with.get(person_id, [])])
    free = [v.seats for v in vehicles]
    next_seat = [1] * len(vehicles)
    seats: dict[int, tuple[int, int]] = {}
    unplaced: list[int] = []
    start = 0  # the first vehicle with room: vehicles fill in order
    for group in groups:
        index = next((i for i in range(start, len(vehicles)) if free[i] >= len(group)), None)
        if index is None and len(group) > 1:
            # The head and interpreters fit nowhere together: any vehicle with room for some.
            index = next((i for i in range(start, len(vehicles)) if free[i] > 0), None)
        if index is None:
            unplaced.extend(group)
            continue
        for person_id in group:
            if free[index] == 0:
                unplaced.append(person_id)
                continue
            seats[person_id] = (vehicles[index].id, next_seat[index])
            next_seat[index] += 1
            free[index] -= 1
        while start < len(vehicles) and free[start] == 0:
            start += 1
    return AutoResult(seats, tuple(unplaced))
