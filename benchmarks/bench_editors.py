"""Loading the visit editor and the residency editor with a small and a large directory.

Run: .venv/bin/python benchmarks/bench_editors.py
The Leipzig–Gwangju sample, once with the directory padded to 50 people and once with
50,000 people and 5,000 venues. "Visit editor" is every section of the Delegations editor
(overview, members, program, gifts, guestbook) reading the sample visit; "residency editor"
is ``ResidencyEditor.load`` of the sample residency. Both only read what they show (pickers
look up the chosen record's label by id), so the ratio should stay near 1. For reference
the script also times reading the whole directory, which is what filling a combo box with
every person and venue costs.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from exchange_planner.services.registry import Services
from exchange_planner.services.sample import build_sample
from exchange_planner.storage.database import open_database
from exchange_planner.storage.tables import Person, Venue
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.events import EventHub
from exchange_planner.ui.residencies.editor import ResidencyEditor

RUNS = 9


def pad_directory(services: Services, people: int, venues: int) -> None:
    """Add generated people and venues until the directory holds this many."""
    have_people = len(services.people.search("", limit=10**9))
    have_venues = len(services.venues.search("", limit=10**9))
    with services.db.engine.begin() as connection:
        rows = [
            {
                "family_name": f"Family{i:05d}",
                "given_name": f"Given{i % 97}",
                "native_name": "",
                "name_order": "given_first",
                "title": "",
                "organisation": f"Organisation {i % 300}",
                "country": "",
                "email": "",
                "phone": "",
                "language": "",
                "dietary_notes": "",
                "accessibility_notes": "",
            }
            for i in range(max(0, people - have_people))
        ]
        if rows:
            connection.execute(Person.__table__.insert(), rows)  # type: ignore[attr-defined]
        rows = [
            {
                "name": f"Venue {i:04d}",
                "address": f"Street {i}",
                "room": "",
                "city": f"City {i % 40}",
                "timezone": "Europe/Berlin",
                "capacity": None,
                "contact": "",
            }
            for i in range(max(0, venues - have_venues))
        ]
        if rows:
            connection.execute(Venue.__table__.insert(), rows)  # type: ignore[attr-defined]


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), min(samples), max(samples)


def measure(people: int, venues: int) -> dict[str, float]:
    app = QApplication.instance()
    folder = Path(tempfile.mkdtemp(prefix="bench-editors-"))
    db = open_database(folder / "bench.sqlite3")
    services = Services.for_database(db)
    ids = build_sample(services)
    pad_directory(services, people, venues)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    context = UiContext(services, EventHub(), QUndoStack(), settings)

    tab = DelegationsTab(context)
    tab.resize(1400, 850)
    tab.show()
    visit_id = ids["visit"]
    tab.visits.select_id(visit_id)

    def load_visit_editor() -> None:
        for section in tab.sections.values():
            section.set_visit(visit_id)
            app.processEvents()  # type: ignore[union-attr]

    def settle() -> None:
        # Conflict marks are computed in the background: let them land between runs so
        # that the figures are the GUI thread's own work.
        for key in ("program", "gifts"):
            checker = tab.sections[key].checker  # type: ignore[attr-defined]
            while checker.pending:
                app.processEvents()  # type: ignore[union-attr]
                time.sleep(0.002)

    def timed_visit() -> None:
        settle()
        load_visit_editor()

    editor = ResidencyEditor(context)
    editor.resize(700, 900)
    editor.show()
    residency_id = ids["residency_outgoing"]

    def load_residency_editor() -> None:
        editor._loaded = {}  # as on opening it: every field is filled again
        editor.load(residency_id)
        app.processEvents()  # type: ignore[union-attr]

    load_visit_editor()  # warm up caches and the font machinery once
    settle()
    figures = {
        "visit": median_ms(timed_visit)[0],
        "residency": median_ms(load_residency_editor)[0],
        "search": median_ms(lambda: services.people.search("given1 family", limit=50))[0],
        "miss": median_ms(lambda: services.people.search("zzz", limit=50))[0],
        "directory": median_ms(lambda: (services.people.list(), services.venues.list()), 3)[0],
    }
    settle()
    tab.close()
    editor.close()
    db.dispose()
    return figures


def main() -> int:
    QApplication.instance() or QApplication(sys.argv)
    small = measure(50, 5_000 // 100)
    large = measure(50_000, 5_000)
    rows = (
        ("visit editor, all 5 sections", "visit"),
        ("residency editor", "residency"),
        ("picker search (limit 50)", "search"),
        ("picker search, no match", "miss"),
        ("reference: whole directory read", "directory"),
    )
    print(f"{'median of ' + str(RUNS):<34} {'50 people':>12} {'50,000 people':>15} {'ratio':>8}")
    for label, key in rows:
        ratio = large[key] / small[key] if small[key] else float("nan")
        print(f"{label:<34} {small[key]:9.1f} ms {large[key]:12.1f} ms {ratio:7.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
