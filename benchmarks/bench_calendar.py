"""Calendar: time to switch a month with 200 and with 20,000 entries in the database.

Run: .venv/bin/python benchmarks/bench_calendar.py

Both databases hold the Leipzig–Gwangju sample (July 2023) plus generated visits, program
items, residencies, exhibitions and checklist deadlines spread over 1990–2060, but none from
June to September 2023: the months switched between hold the same entries in both databases.
A switch is the range query plus layout and painting of the month view (offscreen). If cost
followed the database, the ratio large/small would approach 100; it should stay near 1.
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

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from exchange_planner.services.registry import Services
from exchange_planner.services.sample import build_sample
from exchange_planner.storage.database import open_database
from exchange_planner.storage.tables import (
    ChecklistItem,
    Exhibition,
    ProgramItem,
    Residency,
    Visit,
)
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.events import EventHub

SIZES = (200, 20_000)
RUNS = 15
QUIET = (date(2023, 6, 1), date(2023, 9, 30))  # no generated entries here


def _day(rng: random.Random) -> date:
    while True:
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(0, 365 * 70))
        if not (QUIET[0] - timedelta(days=200) <= day <= QUIET[1]):
            return day


def fill(services: Services, total: int) -> int:
    """Add about ``total`` entries: 60 % program items, the rest visits, residencies, ..."""
    ids = build_sample(services)
    partnership = ids["partnership"]
    rng = random.Random(5)
    visits_n = total // 10
    items_per_visit = 6
    residencies_n = total // 10
    exhibitions_n = total // 20
    checklist_n = total - visits_n * (1 + items_per_visit) - residencies_n - exhibitions_n
    with services.db.engine.begin() as connection:
        first_visit = connection.exec_driver_sql("SELECT max(id) FROM visit").scalar() or 0
        visits, items = [], []
        for i in range(visits_n):
            start = _day(rng)
            visits.append(
                {
                    "partnership_id": partnership,
                    "title": f"Generated visit {i}",
                    "direction": rng.choice(["incoming", "outgoing"]),
                    "start_date": start,
                    "end_date": start + timedelta(days=rng.randrange(0, 5)),
                    "status": "planned",
                    "notes": "",
                }
            )
            for j in range(items_per_visit):
                begin = datetime.combine(start, datetime.min.time(), UTC) + timedelta(
                    hours=7 + 2 * j
                )
                items.append(
                    {
                        "visit_id": first_visit + 1 + i,
                        "title": f"Item {j} of visit {i}",
                        "kind": "meeting",
                        "starts_at": begin,
                        "ends_at": begin + timedelta(minutes=90),
                        "timezone": "Europe/Berlin",
                        "all_members": True,
                        "dress_code": "",
                        "notes": "",
                        "internal_notes": "",
                    }
                )
        connection.execute(Visit.__table__.insert(), visits)  # type: ignore[attr-defined]
        connection.execute(ProgramItem.__table__.insert(), items)  # type: ignore[attr-defined]
        residencies = []
        for i in range(residencies_n):
            start = _day(rng)
            residencies.append(
                {
                    "title": f"Generated residency {i}",
                    "partnership_id": partnership,
                    "direction": rng.choice(["incoming", "outgoing"]),
                    "home_institution": "",
                    "host_institution": f"Host {i % 50}",
                    "start_date": start,
                    "end_date": start + timedelta(days=rng.randrange(20, 90)),
                    "status": "confirmed",
                    "budget_currency": "EUR",
                    "notes": "",
                }
            )
        connection.execute(Residency.__table__.insert(), residencies)  # type: ignore[attr-defined]
        exhibitions = []
        for i in range(exhibitions_n):
            start = _day(rng)
            exhibitions.append(
                {
                    "title": f"Generated exhibition {i}",
                    "start_date": start,
                    "end_date": start + timedelta(days=rng.randrange(30, 120)),
                    "partnership_id": partnership,
                    "description": "",
                }
            )
        connection.execute(Exhibition.__table__.insert(), exhibitions)  # type: ignore[attr-defined]
        first_residency = connection.exec_driver_sql("SELECT min(id) FROM residency").scalar()
        kinds = ["invitation_letter", "visa", "travel", "accommodation", "insurance", "arrival"]
        checklist = []
        used: set[tuple[int, str]] = set()
        while len(checklist) < max(checklist_n, 0):
            residency = first_residency + 2 + rng.randrange(0, residencies_n)
            kind = rng.choice(kinds)
            if (residency, kind) in used:
                continue
            used.add((residency, kind))
            checklist.append({"residency_id": residency, "kind": kind, "due_date": _day(rng)})
        connection.execute(ChecklistItem.__table__.insert(), checklist)  # type: ignore[attr-defined]
    with services.db.engine.connect() as connection:
        return sum(
            connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
            for table in ("visit", "program_item", "residency", "exhibition", "checklist_item")
        )


def measure(path: Path, total: int) -> dict[str, float]:
    db = open_database(path)
    services = Services.for_database(db)
    stored = fill(services, total)
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    settings.setValue("calendar/view", "month")
    tab = CalendarTab(UiContext(services, EventHub(), QUndoStack(), settings))
    tab.resize(1280, 760)
    tab.show()
    QApplication.processEvents()
    months = [date(2023, 7, 26), date(2023, 8, 26)]
    tab.set_focus_date(months[0])
    tab.month_view.grab()
    switches, queries = [], []
    for run in range(RUNS):
        day = months[(run + 1) % 2]
        started = time.perf_counter()
        tab.set_focus_date(day)
        tab.month_view.grab()  # layout and paint
        switches.append(time.perf_counter() - started)
        started = time.perf_counter()
        services.calendar.entries(date(2023, 6, 26), date(2023, 8, 6), "Europe/Berlin")
        queries.append(time.perf_counter() - started)
    tab.set_focus_date(months[0])
    shown = len(tab.month_view.shown_entries())
    tab.close()
    db.dispose()
    return {
        "stored": stored,
        "shown": shown,
        "switch_ms": statistics.median(switches) * 1000,
        "query_ms": statistics.median(queries) * 1000,
    }


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            results[size] = measure(Path(folder) / f"calendar-{size}.sqlite3", size)
    print(f"Calendar month switch, median of {RUNS} runs (July <-> August 2023, month view);")
    print("'shown' = entries drawn in July 2023 (same in both databases).")
    print(f"{'entries in db':>14} {'shown':>6} {'switch (query+paint)':>22} {'query only':>11}")
    for row in results.values():
        print(
            f"{row['stored']:>14,} {row['shown']:>6} {row['switch_ms']:>19.1f} ms "
            f"{row['query_ms']:>8.2f} ms"
        )
    small, large = (results[size] for size in SIZES)
    print(
        f"ratio {large['stored'] / small['stored']:.0f}x entries: "
        f"switch x{large['switch_ms'] / small['switch_ms']:.2f}, "
        f"query x{large['query_ms'] / small['query_ms']:.2f}"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
