"""Seating plans of meals and receptions: tables, seats, automatic placement, moves.

A plan belongs to one program item of kind meal or reception. Its tables are numbered and
drawn by ``domain/seating.py``; the guests are placed from the order of precedence of those
attending the item (``services/participation.py``) by the plan's rule. Locked seats keep their
person when the plan is placed again; a lock belongs to the seat, not to the person.
Every write is one transaction through the audit log (the change feed follows).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, func, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import (
    InterpreterPlace,
    ProgramKind,
    SeatingRule,
    Side,
    TableShape,
)
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.names import display_name, full_name
from exchange_planner.domain.precedence import (
    Participant,
    Placed,
    RankCycleError,
    order_of_precedence,
)
from exchange_planner.domain.seating import (
    PlacementResult,
    SeatKey,
    SeatWarning,
    TableSpec,
    neighbours,
    place_guests,
    seating_warnings,
)
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService, require
from exchange_planner.services.participation import (
    Taking,
    attending,
    participant_of,
    rank_entries,
    visit_participants,
)
from exchange_planner.services.precedence import PrecedenceList, precedence_list
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Person,
    ProgramItem,
    SeatAssignment,
    SeatingPlan,
    SeatingTable,
)

#: The kinds of program item that can have a seating plan.
SEATED_KINDS = (ProgramKind.MEAL, ProgramKind.RECEPTION)
#: How many seats a table may have.
MIN_SEATS, MAX_SEATS = 2, 80


@dataclass(frozen=True)
class SeatView:
    """One seat (or the chair behind it) with whoever sits there and the neighbours' ids."""

    key: SeatKey
    person_id: int | None
    person: read.Person | None
    side: Side | None
    locked: bool
    left_id: int | None
    right_id: int | None


@dataclass(frozen=True)
class TableView:
    id: int
    label: str
    shape: TableShape
    seats: int
    position: int
    row_version: int
    spots: list[SeatView]  # one per seat 1..N, then the "behind" chairs in use


@dataclass(frozen=True)
class SeatingView:
    plan: read.SeatingPlan
    item: read.ProgramItem
    tables: list[TableView]
    unseated: list[read.Person]  # attending, no seat
    warnings: list[SeatWarning]
    order: PrecedenceList  # of those attending the item


def _whole_number(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            return int(str(value).strip())
        except ValueError:
            raise ValidationError(field, f"{v.shown(value)} is not a whole number") from None
    return value


def _seats(value: Any) -> int:
    seats = _whole_number("seats", value)
    if not MIN_SEATS <= seats <= MAX_SEATS:
        raise ValidationError(
            "seats",
            f"a table has {MIN_SEATS} to {MAX_SEATS} seats, not {seats}",
            values={"seats": seats},
        )
    return seats


class SeatingPlanService(RecordService[read.SeatingPlan]):
    model = SeatingPlan
    read_model = read.SeatingPlan
    noun = "seating plan"

    def for_item(self, item_id: int) -> read.SeatingPlan | None:
        plans = self.list_where(SeatingPlan.program_item_id, item_id)
        return plans[0] if plans else None

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        item = session.get(ProgramItem, values.get("program_item_id"))
        if item is None:
            raise ValidationError(
                "program_item_id", f"there is no program item #{values.get('program_item_id')}"
            )
        if item.kind not in SEATED_KINDS:
            raise ValidationError(
                "kind",
                f"“{item.title}” is a {ProgramKind(item.kind).value.replace('_', ' ')}; "
                "seating plans are for meals and receptions",
                reason="not_seated_kind",
            )
        other = session.exec(
            select(SeatingPlan.id).where(SeatingPlan.program_item_id == item.id)
        ).first()
        if other is not None and other != record_id:
            raise ValidationError("program_item_id", f"“{item.title}” already has a seating plan")
        values["rule"] = v.enum_value(
            "rule", SeatingRule, values.get("rule") or SeatingRule.INTERNATIONAL
        )
        alternate = values.get("alternate", True)
        values["alternate"] = True if alternate is None else bool(alternate)
        values["interpreters"] = v.enum_value(
            "interpreters", InterpreterPlace, values.get("interpreters") or InterpreterPlace.BESIDE
        )
        values["host_id"] = values.get("host_id") or None
        require(session, Person, values["host_id"], "host_id")
        values["notes"] = v.optional_text("notes", values.get("notes"))
        return values

    def describe(self, record: read.SeatingPlan) -> str:
        with self.db.session() as session:
            item = session.get(ProgramItem, record.program_item_id)
            return f"Seating plan of “{item.title}”" if item else f"Seating plan #{record.id}"


class SeatingTableService(RecordService[read.SeatingTable]):
    model = SeatingTable
    read_model = read.SeatingTable
    noun = "table"

    def for_plan(self, plan_id: int) -> list[read.SeatingTable]:
        return self.list_where(SeatingTable.plan_id, plan_id, SeatingTable.position)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        if values.get("plan_id") is None:
            raise ValidationError("plan_id", "choose the seating plan")
        require(session, SeatingPlan, values["plan_id"], "plan_id")
        values["shape"] = v.enum_value("shape", TableShape, values.get("shape") or TableShape.ROUND)
        values["seats"] = _seats(values.get("seats", 10))
        values["label"] = v.optional_text("label", values.get("label"), max_length=100)
        position = values.get("position")
        if position is None:
            highest = session.exec(
                select(func.max(SeatingTable.position)).where(
                    SeatingTable.plan_id == values["plan_id"]
                )
            ).one()
            position = int(highest or 0) + 1
        values["position"] = _whole_number("position", position)
        if record_id is not None:
            beyond = session.exec(
                select(SeatAssignment, Person)
                .join(Person, col(Person.id) == col(SeatAssignment.person_id))
                .where(
                    SeatAssignment.table_id == record_id,
                    col(SeatAssignment.seat) > values["seats"],
                )
                .order_by(SeatAssignment.seat, SeatAssignment.behind)
            ).all()
            if beyond:
                label = values["label"] or f"#{record_id}"
                names = ", ".join(f"{full_name(p)} (seat {a.seat})" for a, p in beyond)
                raise ValidationError(
                    "seats",
                    f"table {label} cannot have {values['seats']} seats: {names} would lose "
                    "their seat; move them first",
                    reason="seated_beyond",
                    values={"people": [full_name(p) for _, p in beyond]},
                )
        return values

    def describe(self, record: read.SeatingTable) -> str:
        return f"Table {record.label or record.id}"


class SeatingService:
    """The seating of meals and receptions (see the module's docstring)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.plans = SeatingPlanService(db)
        self.tables = SeatingTableService(db)

    # --- reading -------------------------------------------------------------------------
    def plan_for(self, item_id: int) -> read.SeatingPlan | None:
        return self.plans.for_item(item_id)

    def view(self, item_id: int) -> SeatingView | None:
        """The plan of ``item_id`` with its tables, seats, who is unseated and the warnings;
        None when the item has no plan."""
        with self.db.session() as session:
            item = session.get(ProgramItem, item_id)
            if item is None:
                raise NotFoundError(
                    f"There is no program item #{item_id} (it may have been deleted)."
                )
            plan = session.exec(
                select(SeatingPlan).where(SeatingPlan.program_item_id == item_id)
            ).first()
            if plan is None:
                return None
            return _view(session, plan, item)

    def assignments(self, plan_id: int) -> dict[SeatKey, tuple[int, bool]]:
        """Who sits where (person id, locked), for an undo step to put back."""
        with self.db.session() as session:
            return {
                _key(row): (row.person_id, row.locked) for row in _assignment_rows(session, plan_id)
            }

    def csv_rows(self, item_id: int, language: str = "en") -> list[tuple[str, int, str, str, str]]:
        """One row per table seat: table label, seat, person, left and right neighbour as seen
        by the seated person (names in ``language``; "" for an empty seat or a table end)."""
        with self.db.session() as session:
            item = session.get(ProgramItem, item_id)
            if item is None:
                raise NotFoundError(f"There is no program item #{item_id}.")
            plan = session.exec(
                select(SeatingPlan).where(SeatingPlan.program_item_id == item_id)
            ).first()
            if plan is None:
                raise NotFoundError(f"Program item #{item_id} “{item.title}” has no seating plan.")
            tables = _tables(session, plan.id)  # type: ignore[arg-type]
            rows_by_key = {_key(row): row for row in _assignment_rows(session, plan.id)}  # type: ignore[arg-type]
            people = _people(session, {row.person_id for row in rows_by_key.values()})

            def name(table_id: int, seat: int | None) -> str:
                if seat is None:
                    return ""
                row = rows_by_key.get(SeatKey(table_id, seat))
                return display_name(people[row.person_id], language) if row else ""

            result: list[tuple[str, int, str, str, str]] = []
            for table in tables:
                label = table.label or str(table.position)
                for seat in range(1, table.seats + 1):
                    left, right = neighbours(TableShape(table.shape), table.seats, seat)
                    here = name(table.id, seat)  # type: ignore[arg-type]
                    result.append(
                        (
                            label,
                            seat,
                            here,
                            name(table.id, left) if here else "",  # type: ignore[arg-type]
                            name(table.id, right) if here else "",  # type: ignore[arg-type]
                        )
                    )
            return result

    # --- the plan and its tables -----------------------------------------------------------
    def create_plan(
        self,
        item_id: int,
        *,
        rule: SeatingRule = SeatingRule.INTERNATIONAL,
        alternate: bool = True,
        interpreters: InterpreterPlace = InterpreterPlace.BESIDE,
        tables: Sequence[tuple[TableShape, int, str]] = ((TableShape.ROUND, 10, "1"),),
        host_id: int | None = None,
        notes: str = "",
    ) -> read.SeatingPlan:
        """A plan for a meal or reception with its tables (none placed yet)."""
        with self.db.session() as session:
            values = self.plans.clean_record(
                session,
                {
                    "program_item_id": item_id,
                    "rule": rule,
                    "alternate": alternate,
                    "interpreters": interpreters,
                    "host_id": host_id,
                    "notes": notes,
                },
                None,
            )
            plan = SeatingPlan(**values)
            session.add(plan)
            session.flush()
            for position, (shape, seats, label) in enumerate(tables, start=1):
                cleaned = self.tables.clean_record(
                    session,
                    {
                        "plan_id": plan.id,
                        "shape": shape,
                        "seats": seats,
                        "label": label,
                        "position": position,
                    },
                    None,
                )
                session.add(SeatingTable(**cleaned))
            session.flush()
            session.refresh(plan)
            return read.SeatingPlan.of(plan)

    def update_plan(self, plan_id: int, **values: Any) -> read.SeatingPlan:
        """Change the rule, alternation, interpreters' place, host or notes (not the item)."""
        if "program_item_id" in values:
            raise ValidationError("program_item_id", "a seating plan stays with its item")
        return self.plans.update(plan_id, **values)

    def delete_plan(self, plan_id: int) -> None:
        self.plans.delete(plan_id)

    def add_table(
        self, plan_id: int, shape: TableShape, seats: int, label: str
    ) -> read.SeatingTable:
        return self.tables.create(plan_id=plan_id, shape=shape, seats=seats, label=label)

    def update_table(self, table_id: int, **values: Any) -> read.SeatingTable:
        """Change shape, seats, label or position; fewer seats than are taken is refused
        naming who would lose a seat."""
        if "plan_id" in values:
            raise ValidationError("plan_id", "a table stays in its seating plan")
        return self.tables.update(table_id, **values)

    def remove_table(self, table_id: int) -> None:
        """Remove a table; whoever sat there is unseated."""
        with self.db.session() as session:
            table = session.get(SeatingTable, table_id)
            if table is None:
                raise NotFoundError(f"There is no table #{table_id} (it may have been deleted).")
            for row in session.exec(
                select(SeatAssignment).where(SeatAssignment.table_id == table_id)
            ).all():
                session.delete(row)  # logged, so the history says who lost the seat
            session.flush()
            session.delete(table)

    # --- seats ------------------------------------------------------------------------------
    def auto_place(self, plan_id: int) -> PlacementResult:
        """Place everyone attending by the plan's rule; locked seats keep their person.
        Those for whom there is no seat stay unseated (the view says how many)."""
        with self.db.session() as session:
            plan, item = _plan_and_item(session, plan_id)
            tables = _tables(session, plan_id)
            rows = _assignment_rows(session, plan_id)
            present = attending(session, item)
            locked = {
                _key(row): row.person_id for row in rows if row.locked and row.person_id in present
            }
            taking = _attending_participants(session, item, present)
            placed = _placed(session, taking)
            result = place_guests(
                placed,
                [_spec(table) for table in tables],
                rule=SeatingRule(plan.rule),
                alternate=plan.alternate,
                interpreters=InterpreterPlace(plan.interpreters),
                host_id=_host(plan, item, present),
                locked=locked,
            )
            for row in rows:
                if _key(row) in locked:
                    continue
                session.delete(row)
            session.flush()
            for key, person_id in sorted(
                result.seats.items(), key=lambda kv: (kv[0].table_id, kv[0].seat, kv[0].behind)
            ):
                if key in locked:
                    continue
                session.add(
                    SeatAssignment(
                        table_id=key.table_id,
                        seat=key.seat,
                        behind=key.behind,
                        person_id=person_id,
                        locked=False,
                    )
                )
            session.flush()
            return result

    def move(self, plan_id: int, person_id: int, to: SeatKey) -> None:
        """Seat ``person_id`` at ``to``; its occupant takes the person's former seat (or is
        unseated when the person had none). Locks stay with the seats."""
        with self.db.session() as session:
            _plan, item = _plan_and_item(session, plan_id)
            _table_of_plan(session, plan_id, to)
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
            rows = _assignment_rows(session, plan_id)
            occupant = next((r for r in rows if _key(r) == to), None)
            own = [r for r in rows if r.person_id == person_id]
            if occupant is not None and occupant.person_id == person_id:
                return
            if occupant is not None:
                if own:
                    # Swap: the occupant takes the person's (first) former seat.
                    own[0].person_id, occupant.person_id = occupant.person_id, person_id
                    session.add_all([own[0], occupant])
                    for extra in own[1:]:
                        session.delete(extra)
                else:
                    occupant.person_id = person_id
                    session.add(occupant)
            elif own:
                own[0].table_id, own[0].seat, own[0].behind = to.table_id, to.seat, to.behind
                session.add(own[0])
                for extra in own[1:]:
                    session.delete(extra)
            else:
                session.add(
                    SeatAssignment(
                        table_id=to.table_id, seat=to.seat, behind=to.behind, person_id=person_id
                    )
                )
            session.flush()

    def unseat(self, plan_id: int, person_id: int) -> None:
        with self.db.session() as session:
            _plan_and_item(session, plan_id)
            for row in _assignment_rows(session, plan_id):
                if row.person_id == person_id:
                    session.delete(row)
            session.flush()

    def set_locked(self, plan_id: int, key: SeatKey, locked: bool) -> None:
        with self.db.session() as session:
            _plan_and_item(session, plan_id)
            table = _table_of_plan(session, plan_id, key)
            row = next((r for r in _assignment_rows(session, plan_id) if _key(r) == key), None)
            if row is None:
                raise ValidationError(
                    "seat", f"seat {key.seat} of table {table.label or table.id} is empty"
                )
            if row.locked != locked:
                row.locked = locked
                session.add(row)
                session.flush()

    def restore_assignments(
        self, plan_id: int, snapshot: Mapping[SeatKey, tuple[int, bool]]
    ) -> None:
        """Put back what ``assignments`` returned (undo/redo): the whole plan's seats."""
        with self.db.session() as session:
            _plan_and_item(session, plan_id)
            for key, (person_id, _locked) in snapshot.items():
                _table_of_plan(session, plan_id, key)
                require(session, Person, person_id, "person_id")
            current = {_key(row): row for row in _assignment_rows(session, plan_id)}
            for key, row in current.items():
                wanted = snapshot.get(key)
                if wanted is None:
                    session.delete(row)
                elif (row.person_id, row.locked) != wanted:
                    row.person_id, row.locked = wanted
                    session.add(row)
            session.flush()
            for key, (person_id, locked) in snapshot.items():
                if key not in current:
                    session.add(
                        SeatAssignment(
                            table_id=key.table_id,
                            seat=key.seat,
                            behind=key.behind,
                            person_id=person_id,
                            locked=locked,
                        )
                    )
            session.flush()


# --- helpers (inside a session) ------------------------------------------------------------
def _key(row: SeatAssignment) -> SeatKey:
    return SeatKey(row.table_id, row.seat, row.behind)


def _spec(table: SeatingTable) -> TableSpec:
    return TableSpec(
        id=table.id,  # type: ignore[arg-type]
        label=table.label,
        shape=TableShape(table.shape),
        seats=table.seats,
    )


def _plan_and_item(session: Session, plan_id: int) -> tuple[SeatingPlan, ProgramItem]:
    plan = session.get(SeatingPlan, plan_id)
    if plan is None:
        raise NotFoundError(f"There is no seating plan #{plan_id} (it may have been deleted).")
    item = session.get(ProgramItem, plan.program_item_id)
    assert item is not None  # CASCADE: a plan goes with its item
    return plan, item


def _table_of_plan(session: Session, plan_id: int, key: SeatKey) -> SeatingTable:
    table = session.get(SeatingTable, key.table_id)
    if table is None or table.plan_id != plan_id:
        raise ValidationError(
            "table_id",
            f"table #{key.table_id} is not a table of this seating plan",
            reason="other_plan",
        )
    if not 1 <= key.seat <= table.seats:
        raise ValidationError(
            "seat",
            f"table {table.label or table.id} has seats 1 to {table.seats}, not {key.seat}",
        )
    return table


def _tables(session: Session, plan_id: int) -> list[SeatingTable]:
    return list(
        session.exec(
            select(SeatingTable)
            .where(SeatingTable.plan_id == plan_id)
            .order_by(SeatingTable.position, SeatingTable.id)
        ).all()
    )


def _assignment_rows(session: Session, plan_id: int) -> list[SeatAssignment]:
    return list(
        session.exec(
            select(SeatAssignment)
            .join(SeatingTable, col(SeatingTable.id) == col(SeatAssignment.table_id))
            .where(SeatingTable.plan_id == plan_id)
            .order_by(SeatAssignment.table_id, SeatAssignment.seat, SeatAssignment.behind)
        ).all()
    )


def _people(session: Session, ids: set[int]) -> dict[int, Person]:
    if not ids:
        return {}
    return {
        p.id: p  # type: ignore[misc]
        for p in session.exec(select(Person).where(col(Person.id).in_(sorted(ids)))).all()
    }


def _attending_participants(session: Session, item: ProgramItem, present: set[int]) -> list[Taking]:
    """The visit's participants attending ``item``, plus its host when the host is not on the
    visit (a host of the home city for this item only)."""
    taking = [t for t in visit_participants(session, item.visit_id) if t.person.id in present]
    known = {t.person.id for t in taking}
    for person_id in sorted(present - known):
        person = session.get(Person, person_id)
        if person is not None:
            taking.append(Taking(participant_of(person, Side.HOST), None, None, person))
    return taking


def _placed(session: Session, taking: list[Taking]) -> list[Placed]:
    """The domain's order of precedence of ``taking`` (empty on a rank cycle: then nobody is
    placed automatically, the view shows the error)."""
    try:
        return order_of_precedence([t.participant for t in taking], rank_entries(session))
    except RankCycleError:
        return []


def _host(plan: SeatingPlan, item: ProgramItem, present: set[int]) -> int | None:
    """The plan's host, else the item's host; None lets the rules take the first home
    participant in the order of precedence."""
    for candidate in (plan.host_id, item.host_id):
        if candidate is not None and candidate in present:
            return candidate
    return None


def _view(session: Session, plan: SeatingPlan, item: ProgramItem) -> SeatingView:
    present = attending(session, item)
    taking = _attending_participants(session, item, present)
    placed = _placed(session, taking)
    order = precedence_list(session, item.visit_id, taking, placed)
    tables = _tables(session, plan.id)  # type: ignore[arg-type]
    rows = _assignment_rows(session, plan.id)  # type: ignore[arg-type]
    by_key = {_key(row): row for row in rows}
    seated_ids = {row.person_id for row in rows}
    people = _people(session, seated_ids | present)
    sides = {t.person.id: t.participant.side for t in taking}
    table_views = []
    for table in tables:
        shape = TableShape(table.shape)
        spots = []
        for seat in range(1, table.seats + 1):
            row = by_key.get(SeatKey(table.id, seat))  # type: ignore[arg-type]
            left, right = neighbours(shape, table.seats, seat)
            left_row = by_key.get(SeatKey(table.id, left)) if left is not None else None  # type: ignore[arg-type]
            right_row = by_key.get(SeatKey(table.id, right)) if right is not None else None  # type: ignore[arg-type]
            spots.append(
                SeatView(
                    key=SeatKey(table.id, seat),  # type: ignore[arg-type]
                    person_id=row.person_id if row else None,
                    person=read.Person.of(people[row.person_id]) if row else None,
                    side=sides.get(row.person_id) if row else None,
                    locked=row.locked if row else False,
                    left_id=left_row.person_id if row and left_row else None,
                    right_id=right_row.person_id if row and right_row else None,
                )
            )
        for row in rows:
            if row.table_id == table.id and row.behind:
                spots.append(
                    SeatView(
                        key=_key(row),
                        person_id=row.person_id,
                        person=read.Person.of(people[row.person_id]),
                        side=sides.get(row.person_id),
                        locked=row.locked,
                        left_id=None,
                        right_id=None,
                    )
                )
        table_views.append(
            TableView(
                id=table.id,  # type: ignore[arg-type]
                label=table.label,
                shape=shape,
                seats=table.seats,
                position=table.position,
                row_version=table.row_version,
                spots=spots,
            )
        )
    unseated_ids = [e.person_id for e in order.entries if e.person_id not in seated_ids]
    # In the order of precedence, with its flags (the "unranked" and "tie" warnings).
    participants: list[Placed | Participant] = list(placed) or [t.participant for t in taking]
    # Someone seated who no longer takes part in the visit still needs a participant for
    # the warnings ("seated but not attending").
    for person_id in sorted(seated_ids - {t.person.id for t in taking}):
        participants.append(participant_of(people[person_id], Side.HOST))
    warnings = seating_warnings(
        {_key(row): row.person_id for row in rows},
        [_spec(table) for table in tables],
        participants,
        present,
        alternate=plan.alternate,
    )
    if unseated_ids and not any(w.kind == "unseated" for w in warnings):
        warnings.append(SeatWarning("unseated", tuple(unseated_ids)))
    return SeatingView(
        plan=read.SeatingPlan.of(plan),
        item=read.ProgramItem.of(item),
        tables=table_views,
        unseated=[read.Person.of(people[i]) for i in unseated_ids],
        warnings=warnings,
        order=order,
    )
