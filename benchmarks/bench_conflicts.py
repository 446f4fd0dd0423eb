"""Conflicts of one visit: flat in the size of the database, and a quick command.

Run: .venv/bin/python benchmarks/bench_conflicts.py [--runs N] [--skip-process]

(a) In process, ``ConflictService.for_visit`` (what the Delegations editor's conflict marks and
    ``exchange-planner conflicts --visit`` call) on two databases made by the visit-list
    benchmark's generator (``bench_visit_list.fill``): one with 50 visits and 1,000 program
    items, one with 5,000 visits and 100,000 items, over 2000-2026 (the small one's visits and
    items are the large one's first 50 visits with theirs: the generator draws them in the
    same order). Both get the same probe: two visits whose items clash (a venue booked twice,
    delegation members and a host at two places at once, an item outside its visit's days, a
    gift over a threshold), placed in the first week after 2010 on which the large database
    has no item, so that both databases hold exactly the same items around the probe: the
    conflicts found are the same (checked), only the rest of the database differs. Calls
    alternate small, large, small...; medians and the median of the pairwise ratios. Goal
    ≤ 1.5×, aim flat.
(b) Whole process, ``python -m exchange_planner conflicts --db SAMPLE`` against
    ``python -c "import sqlite3; ...; one query"`` on the same file (the program items of a
    window), both through ``sh -c`` so that the exit status 1 of "there are conflicts" is
    not an error and both sides pay the same shell (``benchmarks/whole_process.py``). Goal
    ≤ 4×, aim 2×.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from whole_process import PYTHON, bench_env, paired, report

if TYPE_CHECKING:
    from exchange_planner.services.registry import Services

BERLIN = "Europe/Berlin"
#: The probe needs this many days on which the large database has no item.
QUIET_DAYS = 8


def generated(folder: Path, visits: int, items: int) -> Services:
    """A database filled by the visit-list generator at this size."""
    import bench_visit_list  # its generator: 5,000 visits, 100,000 items (imports Qt)

    from exchange_planner.services.registry import Services
    from exchange_planner.storage.database import open_database

    bench_visit_list.VISITS, bench_visit_list.ITEMS = visits, items
    db = open_database(folder / f"conflicts-{items}.sqlite3")
    services = Services.for_database(db)
    started = time.perf_counter()
    bench_visit_list.fill(services)
    print(
        f"filled {visits:,} visits, {items:,} program items "
        f"in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return services


def quiet_week(services: Services) -> date:
    """The first day after 2010 followed by ``QUIET_DAYS`` days without any item."""
    from exchange_planner.storage.sql_read import session_execute, utc_instant

    with services.db.session() as session:
        rows = session_execute(session)(
            "SELECT starts_at, ends_at FROM program_item WHERE starts_at >= '2010-01-01' "
            "ORDER BY starts_at"
        )
    free_from = date(2010, 1, 1)
    for starts_at, ends_at in rows:
        start, end = utc_instant(starts_at), utc_instant(ends_at)
        assert start is not None and end is not None
        if (start.date() - free_from).days >= QUIET_DAYS + 2:
            return free_from + timedelta(days=1)
        free_from = max(free_from, end.date())
    raise RuntimeError("no quiet week after 2010")


def add_probe(services: Services, day: date) -> int:
    """The probe visits on ``day`` and the days after; returns the visit measured."""
    from exchange_planner.domain.enums import Direction, GiftDirection

    people = [
        services.people.create(family_name=f"Probe{i}", given_name=f"Person {i}").id
        for i in range(30)
    ]
    hall = services.venues.create(name="Probe hall", room="Festsaal", timezone=BERLIN).id
    other_hall = services.venues.create(name="Probe museum", timezone=BERLIN).id
    visit = services.visits.create(
        partnership_id=1,
        title="Probe visit",
        direction=Direction.INCOMING,
        start_date=day,
        end_date=day + timedelta(days=2),
    ).id
    neighbour = services.visits.create(
        partnership_id=2,
        title="Probe neighbour",
        direction=Direction.OUTGOING,
        start_date=day,
        end_date=day + timedelta(days=1),
    ).id
    for index, person in enumerate(people[:20]):
        services.members.create(visit_id=visit, person_id=person, precedence=index)
    for index, person in enumerate(people[15:]):
        services.members.create(visit_id=neighbour, person_id=person, precedence=index)
    noon = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=12)
    for day in range(3):
        for slot in range(6):
            start = noon + timedelta(days=day, hours=slot)
            item = services.program.create(
                visit_id=visit,
                title=f"Probe item {day}.{slot}",
                starts_at=start,
                ends_at=start + timedelta(minutes=50),
                timezone=BERLIN,
                venue_id=hall if slot % 2 == 0 else other_hall,
                host_id=people[25] if slot == 3 else None,
                all_members=slot != 5,
            )
            if slot == 5:
                services.program.set_attendees(item.id, people[:4])
    for slot in range(4):
        start = noon + timedelta(hours=slot, minutes=20)
        services.program.create(
            visit_id=neighbour,
            title=f"Neighbour item {slot}",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            timezone=BERLIN,
            venue_id=hall if slot == 0 else None,
            host_id=people[25] if slot == 2 else None,
        )
    late = noon + timedelta(days=4)
    services.program.create(
        visit_id=visit,
        title="Probe late",
        starts_at=late,
        ends_at=late + timedelta(hours=1),
        timezone=BERLIN,
    )
    services.gifts.create(
        visit_id=visit,
        direction=GiftDirection.GIVEN,
        description="Probe vase",
        maker="Probe workshop",
        recipient_id=people[0],
        value_amount=Decimal("250"),
    )
    return visit


def in_process(runs: int) -> tuple[float, float, float]:
    folder = Path(tempfile.mkdtemp(prefix="bench-conflicts-"))
    small = generated(folder, 50, 1_000)
    large = generated(folder, 5_000, 100_000)
    day = quiet_week(large)
    small_visit, large_visit = add_probe(small, day), add_probe(large, day)
    print(f"probe visits from {day}", flush=True)

    def call(services: Services, visit: int) -> Callable[[], list[str]]:
        return lambda: [c.message for c in services.conflicts.for_visit(visit)]

    small_call, large_call = call(small, small_visit), call(large, large_visit)
    found_small, found_large = small_call(), large_call()  # warm-up, and the same answer
    assert found_small == found_large, (found_small, found_large)
    print(f"probe visit: {len(found_small)} conflicts and warnings, the same in both", flush=True)
    small_ms: list[float] = []
    large_ms: list[float] = []
    for _ in range(runs):
        for fn, samples in ((small_call, small_ms), (large_call, large_ms)):
            started = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - started) * 1000)
    ratio = statistics.median(b / a for a, b in zip(small_ms, large_ms, strict=True))
    small.db.dispose()
    large.db.dispose()
    return statistics.median(small_ms), statistics.median(large_ms), ratio


FLOOR_QUERY = (
    "SELECT id, visit_id, title, starts_at, ends_at FROM program_item "
    "WHERE starts_at >= '2023-07-20' AND starts_at < '2023-07-30' AND ends_at > '2023-07-24'"
)


def whole_process(runs: int) -> None:
    # Written by a process of its own: this one stays small, as a child's peak memory counts
    # what its parent holds when it is spawned.
    folder = Path(tempfile.mkdtemp(prefix="bench-conflicts-sample-"))
    sample = folder / "sample.sqlite3"
    subprocess.run(
        [
            PYTHON,
            "-c",
            "import sys; from exchange_planner.services.sample import write_sample; "
            "write_sample(sys.argv[1])",
            str(sample),
        ],
        check=True,
    )
    command = f"{PYTHON} -m exchange_planner conflicts --db {sample} >/dev/null; test $? -le 1"
    floor = (
        f"{PYTHON} -c \"import sqlite3; c = sqlite3.connect('{sample}'); "
        f'c.execute(\\"{FLOOR_QUERY}\\").fetchall()"'
    )
    env = bench_env({"LANG": "C.UTF-8"})
    pairs = [
        paired(
            "conflicts --db SAMPLE", ["sh", "-c", command], ["sh", "-c", floor], runs=runs, env=env
        ),
        paired(
            "conflicts --visit 1 --db SAMPLE",
            ["sh", "-c", command.replace("conflicts --db", "conflicts --visit 1 --db")],
            ["sh", "-c", floor],
            runs=runs,
            env=env,
        ),
    ]
    report(pairs, goal=4.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-process", action="store_true", help="only the in-process part")
    parser.add_argument("--skip-service", action="store_true", help="only the whole process")
    args = parser.parse_args()
    # The whole processes first, while this process is small (no Qt, no SQLAlchemy, no
    # large database loaded): a child's peak memory counts what its parent holds at the spawn.
    if not args.skip_process:
        whole_process(max(3, args.runs // 2))
    if not args.skip_service:
        small, large, ratio = in_process(args.runs)
        verdict = "goal met" if ratio <= 1.5 else "goal ≤ 1.5 not met"
        print(
            f"conflicts of one visit: {small:.1f} ms with 1,000 items, {large:.1f} ms with "
            f"100,000 items, ratio {ratio:.2f}  ({verdict})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
