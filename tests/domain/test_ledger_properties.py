"""Properties of the reciprocity ledger on random exchanges."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from exchange_planner.domain.enums import Direction, ResidencyStatus, VisitStatus
from exchange_planner.domain.ledger import OpenKind, ResidencyEntry, VisitEntry, build_ledger

days = st.integers(min_value=0, max_value=3650).map(lambda n: date(2015, 1, 1) + timedelta(n))
directions = st.sampled_from(list(Direction))


@given(st.lists(st.tuples(directions, days, st.sampled_from(list(VisitStatus))), max_size=25))
def test_visit_counts_and_open_visits(raw):
    visits = [VisitEntry(i, f"V{i}", d, s, day) for i, (d, day, s) in enumerate(raw, 1)]
    ledger = build_ledger([], visits, [])
    active = [v for v in visits if v.status is not VisitStatus.CANCELLED]
    totals = ledger.totals()
    assert totals.visits_hosted == sum(v.direction is Direction.INCOMING for v in active)
    assert totals.visits_made == sum(v.direction is Direction.OUTGOING for v in active)
    open_visits = [o for o in ledger.open if o.kind is OpenKind.VISIT_NOT_RETURNED]
    # Each return closes exactly one earlier visit: open + 2 × returned = all active visits.
    assert (len(active) - len(open_visits)) % 2 == 0
    assert len(open_visits) >= abs(totals.visits_hosted - totals.visits_made)
    assert {o.record_id for o in open_visits} <= {v.visit_id for v in active}
    assert [b.year for b in ledger.years] == sorted({v.start_date.year for v in active})


@given(st.lists(st.tuples(directions, days, st.booleans()), max_size=20))
def test_paired_residencies_are_never_open(raw):
    entries: list[ResidencyEntry] = []
    for i, (direction, day, pair_with_previous) in enumerate(raw, 1):
        previous = entries[-1] if entries else None
        counterpart = None
        if (
            pair_with_previous
            and previous is not None
            and previous.direction is not direction
            and previous.counterpart_id is None
        ):
            counterpart = previous.residency_id
        entries.append(
            ResidencyEntry(i, f"R{i}", direction, ResidencyStatus.CONFIRMED, day, counterpart)
        )
    ledger = build_ledger(entries, [], [])
    paired = {e.residency_id for e in entries if e.counterpart_id} | {
        e.counterpart_id for e in entries if e.counterpart_id
    }
    open_ids = {o.record_id for o in ledger.open}
    assert open_ids == {e.residency_id for e in entries} - paired
    totals = ledger.totals()
    assert totals.residencies_sent + totals.residencies_received == len(entries)
