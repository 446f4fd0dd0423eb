"""Properties of automatic seating on random delegations and tables."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from exchange_planner.domain.enums import (
    InterpreterPlace,
    MemberRole,
    SeatingRule,
    Side,
    TableShape,
)
from exchange_planner.domain.precedence import Participant, RankEntry, order_of_precedence
from exchange_planner.domain.seating import (
    SeatKey,
    TableSpec,
    host_seat,
    neighbours,
    place_guests,
    seating_warnings,
)

RANKS = [RankEntry(i, 1, "Kommunen", i, f"Rang {i}", None) for i in range(1, 7)]
RANKS += [RankEntry(10 + i, 2, "지방자치단체", i, f"등급 {i}", i) for i in range(1, 7)]


@st.composite
def delegations(draw: st.DrawFn, interpreters: bool = True) -> list[Participant]:
    count = draw(st.integers(min_value=1, max_value=30))
    people: list[Participant] = []
    for pid in range(1, count + 1):
        side = draw(st.sampled_from(list(Side)))
        level = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=6)))
        rank = None if level is None else (level if side is Side.HOST else 10 + level)
        role = MemberRole.OFFICIAL
        principal = None
        if interpreters and pid > 1 and draw(st.integers(min_value=0, max_value=5)) == 0:
            role = MemberRole.INTERPRETER
            principal = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=pid - 1)))
        language = draw(st.sampled_from(["", "de", "ko", "en", "de,ko", "ko,en"]))
        people.append(
            Participant(
                pid,
                draw(st.sampled_from(["Kang", "Jung", "Kim", "Müller", "Lee", "Schreiber"])),
                side,
                rank,
                draw(st.one_of(st.none(), st.booleans())),
                None,
                None,
                role=role,
                language=language,
                interprets_for=principal,
            )
        )
    return people


tables_strategy = st.lists(
    st.tuples(st.sampled_from(list(TableShape)), st.integers(min_value=2, max_value=14)),
    min_size=1,
    max_size=4,
).map(lambda raw: [TableSpec(i, str(i), shape, n) for i, (shape, n) in enumerate(raw, 1)])

options = st.tuples(
    st.sampled_from(list(SeatingRule)),
    st.booleans(),
    st.sampled_from(list(InterpreterPlace)),
)


@settings(max_examples=150, deadline=None)
@given(delegations(), tables_strategy, options)
def test_everyone_attending_is_seated_exactly_once_when_seats_suffice(
    people: list[Participant], tables: list[TableSpec], choice: tuple
) -> None:
    rule, alternate, place = choice
    order = order_of_precedence(people, RANKS)
    result = place_guests(order, tables, rule=rule, alternate=alternate, interpreters=place)
    seats = sum(t.seats for t in tables)
    seated = list(result.seats.values())
    assert len(seated) == len(set(seated))  # nobody twice
    specs = {t.id: t for t in tables}
    for key in result.seats:
        assert 1 <= key.seat <= specs[key.table_id].seats
        if key.behind:  # a chair behind is an interpreter's, behind someone seated
            assert SeatKey(key.table_id, key.seat) in result.seats
    everyone = {p.person_id for p in people}
    assert set(seated) | set(result.unseated) == everyone
    assert not set(seated) & set(result.unseated)
    if len(people) <= seats:  # (with BEHIND fewer may do)
        assert result.unseated == []
        warnings = seating_warnings(result.seats, tables, order, everyone, alternate=alternate)
        kinds = {w.kind for w in warnings}
        assert not kinds & {"seated_twice", "not_attending", "unseated"}


@settings(max_examples=150, deadline=None)
@given(delegations(interpreters=False), tables_strategy, options)
def test_when_seats_run_out_the_lowest_ranks_stay_unseated(
    people: list[Participant], tables: list[TableSpec], choice: tuple
) -> None:
    rule, alternate, place = choice
    order = order_of_precedence(people, RANKS)
    result = place_guests(order, tables, rule=rule, alternate=alternate, interpreters=place)
    seats = sum(t.seats for t in tables)
    assert len(result.unseated) == max(0, len(people) - seats)
    assert len(result.seats) == min(len(people), seats)
    # The host and the guest of honour come first; then rank decides who gets a seat.
    host = next((p.participant.person_id for p in order if p.participant.side is Side.HOST), None)
    guest = next(
        (p.participant.person_id for p in order if p.participant.side is Side.DELEGATION), None
    )
    first = [pid for pid in (host or order[0].participant.person_id, guest) if pid is not None]
    queue = list(dict.fromkeys(first + [p.participant.person_id for p in order]))
    assert result.unseated == [pid for pid in queue[seats:]] or len(queue) <= seats
    warnings = seating_warnings(
        result.seats, tables, order, {p.person_id for p in people}, alternate=alternate
    )
    missing = [w for w in warnings if w.kind == "unseated"]
    assert [len(w.person_ids) for w in missing] == (
        [len(result.unseated)] if result.unseated else []
    )


@settings(max_examples=150, deadline=None)
@given(delegations(interpreters=False), tables_strategy, st.sampled_from(list(SeatingRule)))
def test_guest_of_honour_beside_the_host_on_the_rules_side(
    people: list[Participant], tables: list[TableSpec], rule: SeatingRule
) -> None:
    order = order_of_precedence(people, RANKS)
    result = place_guests(
        order, tables, rule=rule, alternate=True, interpreters=InterpreterPlace.BESIDE
    )
    home = [p.participant.person_id for p in order if p.participant.side is Side.HOST]
    guests = [p.participant.person_id for p in order if p.participant.side is Side.DELEGATION]
    first = tables[0]
    if not home or not guests or first.seats < 3:
        return
    seat = host_seat(first.shape, first.seats)
    assert result.seats[SeatKey(first.id, seat)] == home[0]
    left, right = neighbours(first.shape, first.seats, seat)
    beside = right if rule is SeatingRule.INTERNATIONAL else left
    assert result.seats[SeatKey(first.id, beside)] == guests[0]  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(delegations(), tables_strategy, options, st.data())
def test_locked_seats_stay_and_everyone_else_is_seated_once(
    people: list[Participant], tables: list[TableSpec], choice: tuple, data: st.DataObject
) -> None:
    rule, alternate, place = choice
    seats = [SeatKey(t.id, s) for t in tables for s in range(1, t.seats + 1)]
    chosen = data.draw(st.lists(st.sampled_from(seats), unique=True, max_size=len(people)))
    who = data.draw(st.permutations([p.person_id for p in people]))
    locked = dict(zip(chosen, who, strict=False))
    order = order_of_precedence(people, RANKS)
    result = place_guests(
        order, tables, rule=rule, alternate=alternate, interpreters=place, locked=locked
    )
    for key, pid in locked.items():
        assert result.seats[key] == pid
    seated = list(result.seats.values())
    assert len(seated) == len(set(seated))
    assert set(seated) | set(result.unseated) == {p.person_id for p in people}
    if len(people) <= sum(t.seats for t in tables):
        assert result.unseated == []
