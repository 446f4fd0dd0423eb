"""Seating plans: table geometry, automatic placement by protocol rules, and warnings.

Geometry
========
Units: one seat's width (about 60 cm). Coordinates are centred on the table (0, 0), x grows
to the right and y **downwards** (as on screen and in a drawing turned the same way);
``seat_layout`` gives every seat's spot and the table's size, ``table_outline`` the table's
rectangles, ``behind_position`` where the chair behind a seat goes. Seats are numbered 1..N
**clockwise as seen from above**.

``SeatSpot.facing`` is the direction the seated person looks, in degrees in the same
y-down frame: 0 = towards +x (right in the drawing), 90 = towards +y (down), 180 = left,
270 = up. The person's right hand points to ``facing + 90``.

Because everyone faces the table, walking clockwise round it goes to each person's **left**:
the **right** neighbour of seat s is seat s − 1 and the **left** neighbour is s + 1 (wrapping
round on ROUND and LONG tables; a U has free ends).

ROUND (N seats)::

            1            seat 1 (host) at the top, then clockwise;
        N       2        the seat opposite the host (co-host) is 1 + N // 2.
      N-1   ( )   3      Host's right = N, host's left = 2.
        ...     ...

LONG (a rectangle with head ends, drawn lying)::

          2   3   4   5          seat 1: left head end (host), looking right;
      1 [               ] 6      2..1+a along the top side, a = ceil((N-2)/2);
          9   8   7              2+a: right head end (co-host, the opposite seat);
                                 then back along the bottom side, right to left.
      (N = 9: a = 4, bottom 3)    Host's right = N (bottom side), left = 2 (top side).

U_SHAPE (seats on the outer side only; the base at the top, the arms hanging down, the open
end at the bottom)::

            4   5   6            base: q seats (q odd, about N / 3); the host sits in its
          +-----------+          middle; arms: l = (N - q) // 2 seats on the left,
        3 |  +-----+  | 7        the rest on the right (one more when N - q is odd).
        2 |  |     |  | 8        Seat 1 is at the free end of the left arm; numbering goes
        1 |  |     |  | 9        up the left arm, along the base, down the right arm.
          +--+     +--+          No opposite seat. Seat 1 has no right neighbour,
      (N = 9: q = 3, l = 3)      seat N no left neighbour.

Placement
=========
See ``place_guests``; the conventions are stated there and in docs/protocol.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from exchange_planner.domain.enums import (
    InterpreterPlace,
    MemberRole,
    SeatingRule,
    Side,
    TableShape,
)
from exchange_planner.domain.precedence import TIE_ALPHABETICAL, UNRANKED, Participant, Placed

SEAT_OFFSET = 0.5  # distance from a table's edge to the centre of a seat
BAR_DEPTH = 1.0  # depth of a LONG table and of a U's bars


@dataclass(frozen=True)
class SeatSpot:
    """Where a seat is drawn, in table units (table centre = 0, 0)."""

    seat: int
    x: float
    y: float  # y grows downwards
    facing: float  # degrees; the direction the seated person looks (towards the table)


def _check(seats: int, seat: int | None = None) -> None:
    if seats < 1:
        raise ValueError(f"a table needs at least one seat, not {seats}")
    if seat is not None and not 1 <= seat <= seats:
        raise ValueError(f"seat {seat} is not a seat of a table with {seats} seats")


def _long_sides(seats: int) -> tuple[int, int]:
    """Seats along the top and the bottom side of a LONG table (the rest are head ends)."""
    sides = max(seats - 2, 0)
    top = (sides + 1) // 2
    return top, sides - top


def _u_parts(seats: int) -> tuple[int, int, int]:
    """Seats on the left arm, the base and the right arm of a U."""
    base = min(max(int(seats / 3 + 0.5), 1), seats)
    if base % 2 == 0:  # an odd base puts the host exactly in its middle
        base = base + 1 if base + 1 <= seats else base - 1
    left = (seats - base) // 2
    return left, base, seats - base - left


def host_seat(shape: TableShape, seats: int) -> int:
    """The host's seat: 1 on ROUND and LONG tables, the middle of the base of a U."""
    _check(seats)
    if shape is TableShape.U_SHAPE:
        left, base, _ = _u_parts(seats)
        return left + (base + 1) // 2
    return 1


def opposite_seat(shape: TableShape, seats: int) -> int | None:
    """The co-host's seat, facing the host: None on a U (and at a one-seat table)."""
    _check(seats)
    if shape is TableShape.U_SHAPE or seats < 2:
        return None
    if shape is TableShape.LONG:
        return 2 + _long_sides(seats)[0]
    return 1 + seats // 2


def neighbours(shape: TableShape, seats: int, seat: int) -> tuple[int | None, int | None]:
    """(left, right) as seen by the person seated there, facing the table; None at an end
    (the free ends of a U; a LONG table has no free ends)."""
    _check(seats, seat)
    if seats == 1:
        return None, None
    left, right = seat + 1, seat - 1
    if shape is TableShape.U_SHAPE:
        return (left if left <= seats else None), (right if right >= 1 else None)
    return (left if left <= seats else 1), (right if right >= 1 else seats)


def seat_layout(shape: TableShape, seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    """The seats' spots and the table's size (width, height) in the same units."""
    _check(seats)
    if shape is TableShape.ROUND:
        return _round_layout(seats)
    if shape is TableShape.LONG:
        return _long_layout(seats)
    return _u_layout(seats)


def behind_position(spot: SeatSpot, distance: float = 0.8) -> tuple[float, float]:
    """Where the chair behind a seat is drawn (an interpreter's): ``distance`` units further
    from the table, straight behind the seated person."""
    back = math.radians(spot.facing + 180.0)
    return spot.x + distance * math.cos(back), spot.y + distance * math.sin(back)


def table_outline(shape: TableShape, seats: int) -> list[tuple[float, float, float, float]]:
    """The table top as rectangles (x, y, width, height), x and y their top-left corner.

    ROUND: one square, the bounding box of the round table (draw the ellipse inside it);
    LONG: one rectangle; U_SHAPE: the base and the two arms (each ``BAR_DEPTH`` deep).
    """
    _, (width, height) = seat_layout(shape, seats)
    if shape is not TableShape.U_SHAPE:
        return [(-width / 2, -height / 2, width, height)]
    arm = height - BAR_DEPTH
    return [
        (-width / 2, -height / 2, width, BAR_DEPTH),
        (-width / 2, -height / 2 + BAR_DEPTH, BAR_DEPTH, arm),
        (width / 2 - BAR_DEPTH, -height / 2 + BAR_DEPTH, BAR_DEPTH, arm),
    ]


def _round_layout(seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    # Seats one unit apart round the circle, the table at least 1.5 units across.
    radius = max(0.75, seats / (2 * math.pi) - SEAT_OFFSET)
    ring = radius + SEAT_OFFSET
    spots = []
    for seat in range(1, seats + 1):
        angle = -90.0 + 360.0 * (seat - 1) / seats  # clockwise on screen (y down)
        rad = math.radians(angle)
        facing = (angle + 180.0) % 360.0
        spots.append(SeatSpot(seat, ring * math.cos(rad), ring * math.sin(rad), facing))
    return spots, (2 * radius, 2 * radius)


def _long_layout(seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    top, bottom = _long_sides(seats)
    width, height = float(max(top, 1)), BAR_DEPTH
    spots = [SeatSpot(1, -width / 2 - SEAT_OFFSET, 0.0, 0.0)]
    for i in range(top):
        x = -width / 2 + width * (i + 0.5) / top
        spots.append(SeatSpot(2 + i, x, -height / 2 - SEAT_OFFSET, 90.0))
    if seats >= 2:
        spots.append(SeatSpot(2 + top, width / 2 + SEAT_OFFSET, 0.0, 180.0))
    for j in range(bottom):
        x = width / 2 - width * (j + 0.5) / bottom
        spots.append(SeatSpot(3 + top + j, x, height / 2 + SEAT_OFFSET, 270.0))
    return spots, (width, height)


def _u_layout(seats: int) -> tuple[list[SeatSpot], tuple[float, float]]:
    left, base, right = _u_parts(seats)
    width = float(max(base, 3))
    arm = float(max(left, right, 1))
    height = BAR_DEPTH + arm
    spots = []
    # Arm seats one unit apart from the base down, so the two arms' seats face each other.
    for k in range(left):  # up the left arm, from its free end
        y = -height / 2 + BAR_DEPTH + (left - 1 - k) + 0.5
        spots.append(SeatSpot(1 + k, -width / 2 - SEAT_OFFSET, y, 0.0))
    for i in range(base):  # along the base, left to right
        x = -width / 2 + width * (i + 0.5) / base
        spots.append(SeatSpot(1 + left + i, x, -height / 2 - SEAT_OFFSET, 90.0))
    for k in range(right):  # down the right arm
        y = -height / 2 + BAR_DEPTH + k + 0.5
        spots.append(SeatSpot(1 + left + base + k, width / 2 + SEAT_OFFSET, y, 180.0))
    return spots, (width, height)


# --- placement ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    """One table of a seating plan; tables are filled in the order given."""

    id: int
    label: str
    shape: TableShape
    seats: int


@dataclass(frozen=True)
class SeatKey:
    """A seat at a table; ``behind`` is the chair behind that seat (an interpreter's)."""

    table_id: int
    seat: int
    behind: bool = False


@dataclass(frozen=True)
class PlacementResult:
    seats: dict[SeatKey, int]  # -> person_id
    unseated: list[int]  # person ids without a seat (not enough seats), in precedence order


RIGHT, LEFT = 1, 0  # indexes into neighbours()


def languages_of(value: str) -> frozenset[str]:
    """The languages a person speaks: ``Person.language`` may hold one code or several."""
    return frozenset(part.casefold() for part in re.split(r"[\s,;/]+", value) if part)


def principal_of(interpreter: Participant, participants: Sequence[Participant]) -> int | None:
    """Whom an interpreter interprets for: ``interprets_for`` when that is a participant who
    is not an interpreter, otherwise the first participant of the interpreter's side."""
    principals = [p for p in participants if p.role is not MemberRole.INTERPRETER]
    wanted = interpreter.interprets_for
    if wanted is not None and any(p.person_id == wanted for p in principals):
        return wanted
    for p in principals:
        if p.side is interpreter.side:
            return p.person_id
    return None


@dataclass
class _Table:
    """A table being filled: who sits where, and the helpers that walk round it."""

    spec: TableSpec
    occupant: dict[int, int] = field(default_factory=dict)  # seat -> person

    @property
    def ring(self) -> bool:
        return self.spec.shape is not TableShape.U_SHAPE

    def free(self) -> list[int]:
        return [s for s in range(1, self.spec.seats + 1) if s not in self.occupant]

    def step(self, seat: int, direction: int) -> int | None:
        return neighbours(self.spec.shape, self.spec.seats, seat)[direction]

    def first_free(self, seat: int, direction: int) -> int | None:
        """The first free seat from ``seat`` (not counting it) going one way round."""
        here: int | None = seat
        for _ in range(self.spec.seats):
            here = self.step(here, direction) if here is not None else None
            if here is None or here == seat:
                return None
            if here not in self.occupant:
                return here
        return None

    def distance(self, a: int, b: int) -> tuple[int, int]:
        """Steps from seat a to seat b the shorter way, and that way (RIGHT or LEFT, as seen
        by the person on a); a U cannot be walked round past its ends."""
        far = 10**6
        right = (a - b) % self.spec.seats if self.ring else (a - b if b <= a else far)
        left = (b - a) % self.spec.seats if self.ring else (b - a if b >= a else far)
        return (right, RIGHT) if right <= left else (left, LEFT)

    def around(self, *seats: int) -> set[int]:
        """The people on these seats and on their neighbours' seats."""
        spots = set(seats)
        for seat in seats:
            spots |= {n for n in neighbours(self.spec.shape, self.spec.seats, seat) if n}
        return {self.occupant[s] for s in spots if s in self.occupant}

    def nearest_free(self, seat: int, prefer: int) -> int | None:
        free = self.free()
        if not free:
            return None

        def key(s: int) -> tuple[int, int]:
            steps, way = self.distance(seat, s)
            return steps, 0 if way == prefer else 1

        return min(free, key=key)


def place_guests(
    order: Sequence[Placed],
    tables: Sequence[TableSpec],
    *,
    rule: SeatingRule,
    alternate: bool,
    interpreters: InterpreterPlace,
    host_id: int | None = None,
    locked: Mapping[SeatKey, int] | None = None,
) -> PlacementResult:
    """Seat everyone in ``order`` (the order of precedence) at ``tables``.

    Who: the host is ``host_id`` (seated even when not in ``order``) or the first home
    (HOST-side) participant; the guest of honour the first delegation participant; the
    co-host the next home participant. Interpreters (role INTERPRETER) leave the rank order
    and sit with their principal (``interprets_for``, by default the first participant of
    their side); one with nobody to interpret for is seated like anyone else.

    Which table: the host and the guest of honour sit at the first table (the host's
    interpreters leave a seat there for the guest of honour); then everyone by rank, with
    his interpreters when they sit beside him, goes to the first table (in the order given)
    with room for them all, else to the first with room for him, his interpreters beside him
    as far as there is room and elsewhere otherwise. When the seats run out, the rest (the
    lowest ranks) are ``unseated``.

    Where, at each table. Its host is the host, at a later table its best-ranked home
    participant; its guests the participants of the other side, by rank. The *honour
    side* is the host's right under INTERNATIONAL and his left under GERMAN.

    1. The host at ``host_seat`` (he stays where locked).
    2. With interpreters BESIDE, the host's interpreter next to him away from the honour
       side.
    3. The guest of honour next to the host on the honour side, his interpreter beyond him;
       the second guest next to the host on the other side (one further out, beyond the
       host's interpreter), his interpreter beyond him.
    4. The co-host at ``opposite_seat`` (ROUND, LONG), his interpreter next to him away from
       his honour side; the third guest next to him on his honour side, the fourth on the
       other side. On a U (no opposite seat) the co-host sits beyond the guest of honour.
    5. Everyone else by rank into the free seats nearest to the host or the co-host (the
       host first at equal distance, then the honour side). With ``alternate`` a seat whose
       seated neighbours are all of one side takes the best-ranked person of the other side.
       Interpreters sit beside their principal on the side away from the host or co-host
       (a principal waits for a seat with a free one beside it).
    6. Interpreters BEHIND take no table seat: ``SeatKey(behind=True)`` at the principal's
       seat (a second one for the same principal behind the nearest seated person whose
       chair is free, else on the nearest free table seat).
    7. Language: a participant (not an interpreter, not locked, not seated by steps 1-4:
       host, co-host, the guests placed next to them) whose neighbours share none of his
       languages and who has no interpreter beside or behind him swaps with a later-ranked
       participant of the same table (with the same restrictions, and no interpreter of his
       own) whose seat has a neighbour speaking his language, provided nobody who shares a
       language with a neighbour loses that by the swap: someone of the same side first
       (alternation stays), then the smallest jump in rank.

    ``locked`` seats stay as given and their people are not placed again (a locked seat
    that does not exist any more is dropped and its person placed again).
    """
    plan = _Plan(order, tables, interpreters, host_id, dict(locked or {}))
    plan.choose_tables()
    for spec in tables:
        plan.roles |= _arrange(plan, plan.tables[spec.id], rule, alternate)
    if interpreters is InterpreterPlace.BEHIND:
        plan.seat_behind()
    plan.language_swaps()
    return plan.result()


class _Plan:
    """The state of one placement: who is who, which table each sits at, the seats."""

    def __init__(
        self,
        order: Sequence[Placed],
        specs: Sequence[TableSpec],
        interpreters: InterpreterPlace,
        host_id: int | None,
        locked: dict[SeatKey, int],
    ) -> None:
        self.specs = list(specs)
        self.tables = {t.id: _Table(t) for t in specs}
        self.place = interpreters
        self.behind: dict[SeatKey, int] = {}
        for key, pid in locked.items():
            table = self.tables.get(key.table_id)
            if table is None or not 1 <= key.seat <= table.spec.seats:
                continue  # a seat that no longer exists: its person is placed again
            if key.behind:
                self.behind[key] = pid
            else:
                table.occupant[key.seat] = pid
        self.fixed: set[int] = set(self.behind.values())
        for table in self.tables.values():
            self.fixed |= set(table.occupant.values())

        people = [p.participant for p in order]
        self.by_id = {p.person_id: p for p in people}
        self.rank = {p.participant.person_id: i for i, p in enumerate(order)}
        principals = [p for p in people if p.role is not MemberRole.INTERPRETER]
        self.interpreter_ids = {p.person_id for p in people if p.role is MemberRole.INTERPRETER}
        self.helpers: dict[int, list[int]] = {}  # principal -> his interpreters, by rank
        loose: list[int] = []  # interpreters with nobody to interpret for
        for p in people:
            if p.role is MemberRole.INTERPRETER:
                principal = principal_of(p, people)
                if principal is None:
                    loose.append(p.person_id)
                else:
                    self.helpers.setdefault(principal, []).append(p.person_id)
        if host_id is None:
            home = [p for p in principals if p.side is Side.HOST] or principals
            host_id = home[0].person_id if home else None
        if host_id is not None and host_id not in self.by_id:
            # The item's host always attends: seat him as a home participant.
            self.by_id[host_id] = Participant(host_id, "", Side.HOST, None, None, None, None)
            self.rank[host_id] = -1
        self.host_id = host_id
        self.side_of = {pid: p.side for pid, p in self.by_id.items()}

        queue: list[int] = [host_id] if host_id is not None else []
        guests = [p.person_id for p in principals if p.side is Side.DELEGATION]
        # The host and the guest of honour (when not locked) sit at the first table.
        self.priority = {pid for pid in queue + guests[:1] if pid not in self.fixed}
        queue += guests[:1] + [p.person_id for p in principals] + loose
        self.queue = [pid for pid in dict.fromkeys(queue) if pid not in self.fixed]
        self.members: dict[int, list[int]] = {t.id: [] for t in specs}
        self.beside: dict[int, list[int]] = {}  # principal -> interpreters at his side
        self.unseated: list[int] = []
        self.roles: set[int] = set()

    def free_helpers(self, pid: int) -> list[int]:
        return [h for h in self.helpers.get(pid, []) if h not in self.fixed]

    def choose_tables(self) -> None:
        room = {t.id: len(self.tables[t.id].free()) for t in self.specs}

        def first_fit(need: int, prefer: int | None = None) -> int | None:
            if prefer is not None and room[prefer] >= need:
                return prefer
            return next((t.id for t in self.specs if room[t.id] >= need), None)

        def take(pid: int, tid: int) -> None:
            room[tid] -= 1
            self.members[tid].append(pid)

        beside = self.place is InterpreterPlace.BESIDE
        if beside:  # the interpreters of locked principals, at their table if there is room
            for tid, table in self.tables.items():
                for pid in list(table.occupant.values()):
                    for h in self.free_helpers(pid):
                        target = first_fit(1, tid)
                        if target is None:
                            self.unseated.append(h)
                        else:
                            take(h, target)
                            if target == tid:
                                self.beside.setdefault(pid, []).append(h)
        head = self.specs[0].id if self.specs else None
        for pid in self.queue:
            extra = self.free_helpers(pid) if beside else []
            tid = first_fit(1 + len(extra))
            if pid in self.priority and head is not None and room[head] >= 1:
                tid = head  # the host and the guest of honour sit at the first table
            if tid is None:
                tid = first_fit(1)
            if tid is None:
                self.unseated += [pid, *extra]
                continue
            take(pid, tid)
            self.beside[pid] = []
            # The host's interpreters leave the guest of honour his seat at the first table.
            keep = int(pid == self.host_id and tid == head and bool(self.priority - {pid}))
            room[tid] -= keep
            for h in extra:
                if room[tid] >= 1:
                    take(h, tid)
                    self.beside[pid].append(h)
                    continue
                other = first_fit(1)  # no room beside him: where there is room
                if other is None:
                    self.unseated.append(h)
                else:
                    take(h, other)
            room[tid] += keep

    def seat_of(self) -> dict[int, SeatKey]:
        seats: dict[int, SeatKey] = {}
        for tid, table in self.tables.items():
            for seat, pid in table.occupant.items():
                seats.setdefault(pid, SeatKey(tid, seat))
        return seats

    def seat_behind(self) -> None:
        seats = self.seat_of()
        for pid in sorted(self.helpers, key=lambda p: self.rank.get(p, 0)):
            for h in self.free_helpers(pid):
                key = seats.get(pid)
                # Without a seat for his principal he needs none either.
                if key is None or not self.chair_for(h, key):
                    self.unseated.append(h)

    def chair_for(self, interpreter: int, principal: SeatKey) -> bool:
        """Seat an interpreter on the chair behind his principal; when another sits there,
        behind the nearest seated person whose chair is free, else on the nearest free table
        seat (at the principal's table first)."""
        table = self.tables[principal.table_id]
        nearest = sorted(table.occupant, key=lambda s: table.distance(principal.seat, s))
        for seat in nearest:
            spot = SeatKey(principal.table_id, seat, True)
            if spot not in self.behind:
                self.behind[spot] = interpreter
                return True
        for other in [table, *self.tables.values()]:
            seat = other.nearest_free(principal.seat if other is table else 1, RIGHT)
            if seat is not None:
                other.occupant[seat] = interpreter
                return True
        return False

    def has_interpreter_at_hand(self, pid: int, table: _Table, seat: int) -> bool:
        mine = set(self.helpers.get(pid, []))
        near = neighbours(table.spec.shape, table.spec.seats, seat)
        if any(n is not None and table.occupant.get(n) in mine for n in near):
            return True
        return self.behind.get(SeatKey(table.spec.id, seat, True)) in mine

    def speaks_with_a_neighbour(self, pid: int, table: _Table, seat: int) -> bool:
        mine = languages_of(self.by_id[pid].language) if pid in self.by_id else frozenset()
        for n in neighbours(table.spec.shape, table.spec.seats, seat):
            other = table.occupant.get(n) if n is not None else None
            known = other is not None and other != pid and other in self.by_id
            if known and mine & languages_of(self.by_id[other].language):  # type: ignore[index]
                return True
        return False

    def language_swaps(self) -> None:
        def movable(pid: int) -> bool:
            return (
                pid in self.by_id
                and pid not in self.interpreter_ids
                and pid not in self.roles
                and pid not in self.fixed
            )

        seated = self.placed()
        for table in self.tables.values():
            for pid in sorted(table.occupant.values(), key=lambda p: self.rank.get(p, 0)):
                seat = next(s for s, p in table.occupant.items() if p == pid)
                if not movable(pid) or not languages_of(self.by_id[pid].language):
                    continue
                if self.has_interpreter_at_hand(pid, table, seat):
                    continue
                if self.speaks_with_a_neighbour(pid, table, seat):
                    continue
                best: tuple[tuple[int, int, int], int] | None = None
                for other_seat, other in list(table.occupant.items()):
                    if (
                        not movable(other)
                        or self.rank[other] <= self.rank[pid]
                        or any(h in seated for h in self.helpers.get(other, []))
                    ):
                        continue
                    # Only those around the two seats can gain or lose a neighbour.
                    concerned = table.around(seat, other_seat) - {pid}
                    before = {q for q in concerned if self.talks(q, table)}
                    table.occupant[seat], table.occupant[other_seat] = other, pid
                    fits = self.speaks_with_a_neighbour(pid, table, other_seat)
                    # Nobody who could talk to a neighbour may lose that for this move.
                    harmed = {q for q in before if not self.talks(q, table)}
                    table.occupant[seat], table.occupant[other_seat] = pid, other
                    if not fits or harmed:
                        continue
                    key = (
                        int(self.side_of[other] is not self.side_of[pid]),
                        self.rank[other] - self.rank[pid],
                        other_seat,
                    )
                    if best is None or key < best[0]:
                        best = (key, other_seat)
                if best is not None:
                    other_seat = best[1]
                    other = table.occupant[other_seat]
                    table.occupant[seat], table.occupant[other_seat] = other, pid

    def talks(self, pid: int, table: _Table) -> bool:
        seat = next(s for s, p in table.occupant.items() if p == pid)
        return self.speaks_with_a_neighbour(pid, table, seat)

    def placed(self) -> set[int]:
        seated = set(self.behind.values())
        for table in self.tables.values():
            seated |= set(table.occupant.values())
        return seated

    def result(self) -> PlacementResult:
        seats: dict[SeatKey, int] = {}
        for spec in self.specs:
            table = self.tables[spec.id]
            for seat in sorted(table.occupant):
                seats[SeatKey(spec.id, seat)] = table.occupant[seat]
        seats.update(self.behind)
        seated = set(seats.values())
        unseated = [pid for pid in dict.fromkeys(self.unseated) if pid not in seated]
        unseated.sort(key=lambda pid: self.rank.get(pid, 0))
        return PlacementResult(seats, unseated)


def _arrange(plan: _Plan, table: _Table, rule: SeatingRule, alternate: bool) -> set[int]:
    """Seat the table's members by the rule; returns those seated by the rule's fixed
    places (host, first four guests, co-host), whom the language swaps leave in place."""
    honour = RIGHT if rule is SeatingRule.INTERNATIONAL else LEFT
    other = LEFT if honour == RIGHT else RIGHT
    side_of = plan.side_of
    seat_of = {pid: seat for seat, pid in table.occupant.items()}
    helpers_here = {h for pid in plan.members[table.spec.id] for h in plan.beside.get(pid, [])}
    helpers_here |= {h for pid in seat_of for h in plan.beside.get(pid, [])}
    waiting = [pid for pid in plan.members[table.spec.id] if pid not in seat_of]
    roles: set[int] = set()

    def put(pid: int, seat: int | None) -> None:
        if seat is None:
            seat = table.nearest_free(anchor, honour)
        if seat is None:  # cannot happen: the tables were chosen by their free seats
            plan.unseated.append(pid)
            return
        table.occupant[seat] = pid
        seat_of[pid] = seat
        if pid in waiting:
            waiting.remove(pid)

    def near(seat: int) -> int | None:
        return seat if seat not in table.occupant else table.nearest_free(seat, honour)

    def interpreters_of(pid: int, outward: int, inward: bool = True) -> None:
        """Seat pid's interpreters beside him on the ``outward`` side; the other side only
        when ``inward`` (not where the host's or co-host's guest is to sit)."""
        if pid not in seat_of:
            return
        for h in plan.beside.get(pid, []):
            if h in seat_of or h not in waiting:
                continue
            seat = seat_of[pid]
            free = table.free()
            spot = table.step(seat, outward)
            if spot not in free and inward:
                spot = table.step(seat, 1 - outward)
            if spot not in free and not inward:
                spot = table.first_free(seat, outward)  # further out, never in the guest's seat
                if spot is None:
                    reserved = table.step(seat, 1 - outward)
                    others = [s for s in free if s != reserved]
                    spot = min(others, key=lambda s: table.distance(seat, s)) if others else None
            if spot not in free:
                spot = table.nearest_free(seat, outward)
            put(h, spot)

    anchor = host_seat(table.spec.shape, table.spec.seats)
    for pid in list(seat_of):  # interpreters of those locked at this table
        interpreters_of(pid, other)

    principals = [
        pid for pid in waiting if pid not in helpers_here and pid not in plan.interpreter_ids
    ]
    if plan.host_id is not None and (plan.host_id in principals or plan.host_id in seat_of):
        head: int | None = plan.host_id
    else:
        home = [pid for pid in principals if side_of.get(pid) is Side.HOST] or principals
        head = home[0] if home else None
    centres: list[int] = []
    if head is not None:
        roles.add(head)
        if head not in seat_of:
            put(head, near(anchor))
        anchor = seat_of[head]
        centres.append(anchor)
        interpreters_of(head, other, inward=False)
        guests = [p for p in principals if side_of.get(p) is not side_of.get(head)]
        hosts = [p for p in principals if side_of.get(p) is side_of.get(head) and p != head]
        first = guests.pop(0) if guests else None
        if first is not None:
            roles.add(first)
            put(first, table.first_free(anchor, honour))
            interpreters_of(first, honour)
        if guests:
            second = guests.pop(0)
            roles.add(second)
            put(second, table.first_free(anchor, other))
            interpreters_of(second, other)
        opposite = opposite_seat(table.spec.shape, table.spec.seats)
        if hosts:
            cohost = hosts.pop(0)
            roles.add(cohost)
            if opposite is not None:
                # Opposite the host wherever he sits (he may be locked elsewhere).
                shift = opposite - host_seat(table.spec.shape, table.spec.seats)
                put(cohost, near((anchor - 1 + shift) % table.spec.seats + 1))
                centre = seat_of[cohost]
                centres.append(centre)
                interpreters_of(cohost, other, inward=False)
                for direction in (honour, other):
                    if guests:
                        guest = guests.pop(0)
                        roles.add(guest)
                        put(guest, table.first_free(centre, direction))
                        interpreters_of(guest, direction)
            else:
                start = seat_of.get(first, anchor) if first is not None else anchor
                put(cohost, table.first_free(start, honour))
                interpreters_of(cohost, honour)
    if not centres:
        centres.append(anchor)

    def seat_order(seat: int) -> tuple[int, int, int, int]:
        distances = [(*table.distance(c, seat), i) for i, c in enumerate(centres)]
        steps, side, index = min(distances, key=lambda d: (d[0], d[2]))
        return steps, index, 0 if side == honour else 1, seat

    def fill(strict: bool) -> None:
        """Everyone left by rank into the free seats nearest the centres. ``strict``: someone
        whose interpreter is to sit beside him only takes a seat with a free one next to it
        (a seat nobody fits stays free for the second, relaxed pass)."""
        for seat in sorted(table.free(), key=seat_order):
            people = [pid for pid in waiting if pid not in helpers_here]
            if not people:
                return
            if seat in table.occupant:
                continue
            free_beside = sum(
                1
                for n in neighbours(table.spec.shape, table.spec.seats, seat)
                if n is not None and n not in table.occupant
            )
            fitting = [
                pid
                for pid in people
                if len([h for h in plan.beside.get(pid, []) if h in waiting]) <= free_beside
            ]
            if not fitting and strict:
                continue
            fitting = fitting or people
            pick = fitting[0]
            if alternate:
                sides = {
                    side_of.get(table.occupant[n])
                    for n in neighbours(table.spec.shape, table.spec.seats, seat)
                    if n is not None
                    and n in table.occupant
                    and table.occupant[n] not in plan.interpreter_ids
                }
                if len(sides) == 1:
                    (seen,) = sides
                    pick = next((pid for pid in fitting if side_of.get(pid) is not seen), pick)
            put(pick, seat)
            centre = min(centres, key=lambda c: table.distance(c, seat)[0])
            interpreters_of(pick, table.distance(centre, seat)[1])  # outwards, away from it

    fill(strict=True)
    fill(strict=False)
    for pid in list(waiting):  # interpreters whose principal left no seat beside him
        put(pid, None)
    return roles


# --- warnings -----------------------------------------------------------------------------

WARNING_KINDS: tuple[str, ...] = (
    "seated_twice",
    "not_attending",
    "interpreter_far",
    "same_side_neighbours",
    "unseated",
    "unranked",
    "tie_alphabetical",
)


@dataclass(frozen=True)
class SeatWarning:
    kind: str  # one of WARNING_KINDS
    person_ids: tuple[int, ...]
    seat: SeatKey | None = None


def _unavoidable_same_side_pairs(
    spec: TableSpec, occupant: Mapping[tuple[int, int], int], by_id: Mapping[int, Participant]
) -> int:
    """How many neighbours of one side a table cannot avoid, however its guests are seated:
    with more people of one side than of the other, the surplus sits next to its own side (a
    table of one side only is all such pairs). Interpreters are left out, as in the warning."""
    counts = {Side.DELEGATION: 0, Side.HOST: 0}
    for (table_id, _seat), pid in occupant.items():
        person = by_id.get(pid)
        if table_id == spec.id and person is not None and person.role is not MemberRole.INTERPRETER:
            counts[person.side] += 1
    larger, smaller = max(counts.values()), min(counts.values())
    has_ends = spec.shape is TableShape.U_SHAPE  # a U's free ends leave one pair fewer
    return max(0, larger - smaller - (1 if has_ends else 0))


def seating_warnings(
    seats: Mapping[SeatKey, int],
    tables: Sequence[TableSpec],
    participants: Sequence[Participant | Placed],
    attending: Collection[int],
    *,
    alternate: bool,
) -> list[SeatWarning]:
    """What is wrong with a seating plan, in the order of ``WARNING_KINDS``.

    ``participants`` in the order of precedence; given as ``Placed`` (the output of
    ``order_of_precedence``) their flags give the ``unranked`` and ``tie_alphabetical``
    warnings, given as ``Participant`` only ``unranked`` (no rank) is known.

    - ``seated_twice``: one per person with more than one seat (``seat``: the second one);
    - ``not_attending``: one per seat whose person is not in ``attending``;
    - ``interpreter_far``: an interpreter neither next to his principal (same table) nor on
      the chair behind the principal's seat or behind one of his neighbours' seats;
      ``person_ids`` = (interpreter, principal);
    - ``same_side_neighbours`` (only with ``alternate``): one per pair of neighbours of the
      same side, interpreters left out (they sit where their principal needs them), at a
      table that has more such pairs than its two sides' numbers make unavoidable (a table
      of one side only, or with a surplus of one side, warns only beyond that surplus);
      ``seat``: the pair's lower-numbered seat going clockwise (on a ring N before 1),
      ``person_ids``: (the person there, his left neighbour);
    - ``unseated``: one warning listing everyone attending without a seat;
    - ``unranked``: one, listing the attending or seated people without a rank;
      ``tie_alphabetical``: one per group of equal rank decided by the names alone
      (interpreters left out of both: they sit by their principal, not by rank).
    """
    people: list[Participant] = []
    flags: dict[int, frozenset[str]] = {}
    levels: dict[int, int | None] = {}
    for entry in participants:
        if isinstance(entry, Placed):
            people.append(entry.participant)
            flags[entry.participant.person_id] = entry.flags
            levels[entry.participant.person_id] = entry.level
        else:
            people.append(entry)
            unranked = entry.rank_id is None
            flags[entry.person_id] = frozenset({UNRANKED}) if unranked else frozenset()
    by_id = {p.person_id: p for p in people}
    position = {p.person_id: i for i, p in enumerate(people)}
    specs = {t.id: t for t in tables}
    table_index = {t.id: i for i, t in enumerate(tables)}

    def key_order(key: SeatKey) -> tuple[int, int, int, bool]:
        return (table_index.get(key.table_id, len(tables)), key.table_id, key.seat, key.behind)

    ordered = sorted(seats.items(), key=lambda kv: key_order(kv[0]))
    warnings: list[SeatWarning] = []
    first_seat: dict[int, SeatKey] = {}
    for key, pid in ordered:
        if pid in first_seat:
            warnings.append(SeatWarning("seated_twice", (pid,), key))
        else:
            first_seat[pid] = key
    for key, pid in ordered:
        if pid not in attending:
            warnings.append(SeatWarning("not_attending", (pid,), key))

    occupant: dict[tuple[int, int], int] = {
        (k.table_id, k.seat): pid for k, pid in ordered if not k.behind
    }
    for p in people:
        if p.role is not MemberRole.INTERPRETER or p.person_id not in first_seat:
            continue
        principal = principal_of(p, people)
        if principal is None or principal not in first_seat:
            continue
        mine = [k for k, pid in ordered if pid == p.person_id]
        theirs = [k for k, pid in ordered if pid == principal and not k.behind]
        if not any(_at_hand(k, t, specs) for k in mine for t in theirs):
            warnings.append(SeatWarning("interpreter_far", (p.person_id, principal), mine[0]))

    if alternate:
        for spec in tables:
            pairs: list[SeatWarning] = []
            for seat in range(1, spec.seats + 1):
                pid = occupant.get((spec.id, seat))
                left = neighbours(spec.shape, spec.seats, seat)[LEFT]
                if pid is None or left is None or (spec.seats == 2 and seat == 2):
                    continue  # a two-seat table has one pair, not two
                other = occupant.get((spec.id, left))
                if other is None or other == pid:
                    continue
                a, b = by_id.get(pid), by_id.get(other)
                if a is None or b is None or MemberRole.INTERPRETER in (a.role, b.role):
                    continue
                if a.side is b.side:
                    pairs.append(
                        SeatWarning("same_side_neighbours", (pid, other), SeatKey(spec.id, seat))
                    )
            if len(pairs) > _unavoidable_same_side_pairs(spec, occupant, by_id):
                warnings.extend(pairs)

    missing = [pid for pid in attending if pid not in first_seat]
    if missing:
        missing.sort(key=lambda pid: (position.get(pid, len(people)), pid))
        warnings.append(SeatWarning("unseated", tuple(missing)))
    # Interpreters sit by their principal, not by rank: their lack of one is no news.
    concerned = [
        p.person_id
        for p in people
        if (p.person_id in attending or p.person_id in first_seat)
        and p.role is not MemberRole.INTERPRETER
    ]
    unranked = tuple(pid for pid in concerned if UNRANKED in flags[pid])
    if unranked:
        warnings.append(SeatWarning(UNRANKED, unranked))
    # Each group of equal rank on its own: two councillors and two directors are two ties.
    ties: dict[int | None, list[int]] = {}
    for pid in concerned:
        if TIE_ALPHABETICAL in flags[pid]:
            ties.setdefault(levels.get(pid), []).append(pid)
    for group in ties.values():
        warnings.append(SeatWarning(TIE_ALPHABETICAL, tuple(group)))
    return warnings


def _at_hand(interpreter: SeatKey, principal: SeatKey, specs: Mapping[int, TableSpec]) -> bool:
    """Whether an interpreter sits beside the principal, on the chair behind him or on the
    chair behind one of his neighbours."""
    if interpreter.table_id != principal.table_id:
        return False
    if interpreter.behind and interpreter.seat == principal.seat:
        return True
    spec = specs.get(principal.table_id)
    if spec is None or not 1 <= principal.seat <= spec.seats:
        return False
    # Beside him, or on the chair behind his neighbour (a second interpreter's place).
    return interpreter.seat in neighbours(spec.shape, spec.seats, principal.seat)
