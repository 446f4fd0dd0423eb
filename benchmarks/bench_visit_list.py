"""Visit list with 5,000 visits and 100,000 program items: open, scroll, filter, sort.

Run: .venv/bin/python benchmarks/bench_visit_list.py
Prints the median of several runs for each step; the model reads one page (200 rows) per
step, so the figures should not grow with the database.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt

from exchange_planner.domain.enums import VisitStatus
from exchange_planner.services.registry import Services
from exchange_planner.services.visits import VisitFilter
from exchange_planner.storage.database import open_database
from exchange_planner.storage.tables import Partnership, ProgramItem, Visit
from exchange_planner.ui.delegations.visit_model import VisitListModel

VISITS = 5_000
ITEMS = 100_000


def fill(services: Services) -> None:
    rng = random.Random(7)
    engine = services.db.engine
    with engine.begin() as connection:
        connection.execute(
            Partnership.__table__.insert(),  # type: ignore[attr-defined]
            [
                {
                    "partner_city": f"City {i}",
                    "country": "Korea",
                    "city_native": "",
                    "timezone": "Asia/Seoul",
                    "languages": "",
                    "notes": "",
                }
                for i in range(20)
            ],
        )
        visits = []
        for i in range(VISITS):
            start = date(2000, 1, 1) + timedelta(days=rng.randrange(0, 365 * 26))
            visits.append(
                {
                    "partnership_id": 1 + i % 20,
                    "title": f"Visit {i} {rng.choice(['official', 'cultural', 'press', '문화'])}",
                    "direction": rng.choice(["incoming", "outgoing"]),
                    "start_date": start,
                    "end_date": start + timedelta(days=rng.randrange(0, 6)),
                    "status": rng.choice([s.value for s in VisitStatus]),
                    "notes": "",
                }
            )
        connection.execute(Visit.__table__.insert(), visits)  # type: ignore[attr-defined]
        items = []
        for i in range(ITEMS):
            visit = 1 + i % VISITS
            base = datetime.combine(visits[visit - 1]["start_date"], datetime.min.time(), UTC)
            start = base + timedelta(minutes=30 * (i // VISITS))
            items.append(
                {
                    "visit_id": visit,
                    "title": f"Item {i}",
                    "kind": "meeting",
                    "starts_at": start,
                    "ends_at": start + timedelta(minutes=25),
                    "timezone": "Europe/Berlin",
                    "all_members": True,
                    "dress_code": "",
                    "notes": "",
                    "internal_notes": "",
                }
            )
        connection.execute(ProgramItem.__table__.insert(), items)  # type: ignore[attr-defined]


def timed(label: str, fn, runs: int = 7) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    median = statistics.median(samples)
    print(f"{label:<48} {median:8.1f} ms  (min {min(samples):.1f}, max {max(samples):.1f})")
    return median


def main() -> int:
    QCoreApplication.instance() or QCoreApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-visits-"))
    db = open_database(folder / "bench.sqlite3")
    services = Services.for_database(db)
    started = time.perf_counter()
    fill(services)
    print(f"filled {VISITS} visits, {ITEMS} program items in {time.perf_counter() - started:.1f} s")

    model = VisitListModel(services.visits)
    timed("open list (count + first page of 200)", model.reload)

    def scroll() -> None:
        model.reload()
        for _ in range(5):
            model.fetchMore()

    timed("open + scroll 5 pages (1,200 rows)", scroll)
    timed("filter: year 2012", lambda: model.set_filter(VisitFilter(year=2012)))
    timed(
        "filter: status confirmed",
        lambda: model.set_filter(VisitFilter(status=VisitStatus.CONFIRMED)),
    )
    timed(
        "filter: partnership 3 + year 2020",
        lambda: model.set_filter(VisitFilter(partnership_id=3, year=2020)),
    )
    timed("search: text '문화'", lambda: model.set_filter(VisitFilter(text="문화")))
    model.set_filter(VisitFilter())
    timed("sort by title", lambda: model.sort(0, Qt.SortOrder.AscendingOrder))
    timed("sort by partnership desc", lambda: model.sort(1, Qt.SortOrder.DescendingOrder))
    timed("program of one visit (20 items)", lambda: services.program.for_visit(2500))
    timed("conflicts of one visit", lambda: services.conflicts.for_visit(2500), runs=5)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
