"""The People & Venues tab with a small and a large directory: first paint, scrolling, search.

Run: .venv/bin/python benchmarks/bench_directory.py [runs]
The Leipzig–Gwangju sample, once with the directory padded to 50 people and 50 venues and
once with 50,000 people and 5,000 venues (``bench_editors.pad_directory``). Both databases
are built first; then the runs alternate small, large, small, large ... on the GUI thread,
offscreen, so that load from other processes falls on both alike.

- "tab first paint": building ``DirectoryTab``, showing it at 1366×768 and processing events
  until its list has painted (the tab opens on Partnerships, as in the application).
- "people first paint" / "venues first paint": switching to that section of the shown tab
  until its list has painted (what the user sees next).
- "search": typing a word into the People search field (the search that runs once typing
  stops, the list shown again).
- "go to the mayor": ``show_record`` of Kang Gi-jung, who sorts after the 50,000 generated
  names (the rows up to him are read in one step).
- "scroll to the end": on People, scrolling to the bottom again and again until the whole
  list is loaded; the slowest step and the median step are printed too.
Medians of the runs and the ratio large / small are printed; the goal is ≤ 1.3× (flat).
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_editors import pad_directory  # type: ignore[import-not-found]
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from exchange_planner.services.registry import Services
from exchange_planner.services.sample import build_sample
from exchange_planner.storage.database import open_database
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.tab import DirectoryTab
from exchange_planner.ui.events import EventHub

RUNS = 7
SIZES = {"small": (50, 50), "large": (50_000, 5_000)}
GOAL = 1.3


class PaintWatch(QObject):
    """Notes a paint event of one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(widget: QWidget, action: Callable[[], object] | None = None) -> None:
    """Run ``action`` and process events until ``widget`` has painted."""
    app = QApplication.instance()
    watch = PaintWatch()
    widget.installEventFilter(watch)
    try:
        if action is not None:
            action()
        deadline = time.perf_counter() + 10
        while not watch.painted and time.perf_counter() < deadline:
            app.processEvents()  # type: ignore[union-attr]
        if not watch.painted:
            raise RuntimeError("no paint within 10 s")
    finally:
        widget.removeEventFilter(watch)


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def build(size: str) -> Services:
    people, venues = SIZES[size]
    folder = Path(tempfile.mkdtemp(prefix=f"bench-directory-{size}-"))
    db = open_database(folder / "bench.sqlite3")
    services = Services.for_database(db)
    build_sample(services)
    pad_directory(services, people, venues)
    return services


def open_tab(services: Services) -> DirectoryTab:
    folder = Path(tempfile.mkdtemp(prefix="bench-directory-settings-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    context = UiContext(services, EventHub(), QUndoStack(), settings)
    tab = DirectoryTab(context)
    tab._bench_keep = context  # type: ignore[attr-defined]
    return tab


def list_viewport(section: Any) -> QWidget:
    return section.list.view.viewport()


def search(section: Any, text: str) -> None:
    """Type ``text`` into the search field and let the search run (no waiting for the
    pause after typing: the search runs at once)."""
    field = section.list.search

    def run() -> None:
        field.setText(text)
        timer = getattr(section.list, "_search_timer", None)
        if timer is not None and timer.isActive():
            timer.stop()
            section.list.search_changed.emit()

    until_painted(list_viewport(section), run)


def scroll_to_end(section: Any) -> list[float]:
    """Scroll the list to the bottom until everything is loaded; ms per step."""
    app = QApplication.instance()
    model = section.list.model
    bar = section.list.view.verticalScrollBar()
    steps = []
    root = model.index(-1, -1)  # the invalid index: the list itself
    while model.canFetchMore(root):
        before = model.rowCount()
        started = time.perf_counter()
        bar.setValue(bar.maximum())
        app.processEvents()  # type: ignore[union-attr]
        steps.append((time.perf_counter() - started) * 1000)
        if model.rowCount() == before:
            model.fetchMore(root)  # the view did not ask (e.g. it fits already)
    return steps


def one_run(services: Services) -> dict[str, float]:
    app = QApplication.instance()
    figures: dict[str, float] = {}
    tab: DirectoryTab | None = None

    def first_paint() -> None:
        nonlocal tab
        tab = open_tab(services)
        tab.resize(1366, 768)
        until_painted(list_viewport(tab.sections.currentWidget()), tab.show)

    figures["tab"] = timed(first_paint)
    assert tab is not None
    figures["people"] = timed(
        lambda: until_painted(
            list_viewport(tab.people), lambda: tab.sections.setCurrentWidget(tab.people)
        )
    )
    figures["venues"] = timed(
        lambda: until_painted(
            list_viewport(tab.venues), lambda: tab.sections.setCurrentWidget(tab.venues)
        )
    )
    until_painted(list_viewport(tab.people), lambda: tab.sections.setCurrentWidget(tab.people))
    figures["search"] = timed(lambda: search(tab.people, "given1 family"))
    figures["search miss"] = timed(lambda: search(tab.people, "zzz"))
    figures["search clear"] = timed(lambda: search(tab.people, ""))
    mayor = services.people.page(text="강기정")[0].id
    figures["go to"] = timed(
        lambda: until_painted(list_viewport(tab.people), lambda: tab.show_record("person", mayor))
    )
    assert tab.people.record.id == mayor
    figures["rows after go to"] = tab.people.list.model.rowCount()
    tab.people.list.model.reload()  # back to the first page: scrolling starts afresh
    started = time.perf_counter()
    steps = scroll_to_end(tab.people)
    figures["scroll to end"] = (time.perf_counter() - started) * 1000
    figures["scroll step median"] = statistics.median(steps) if steps else 0.0
    figures["scroll step max"] = max(steps) if steps else 0.0
    figures["rows at end"] = tab.people.list.model.rowCount()
    tab.close()
    tab.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # type: ignore[union-attr]
    gc.collect()  # the next run does not pay for this one's garbage
    return figures


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    QApplication.instance() or QApplication(sys.argv)
    databases = {size: build(size) for size in SIZES}
    for services in databases.values():
        one_run(services)  # warm-up: imports, fonts, icons, SQLite caches
    samples: dict[str, list[dict[str, float]]] = {size: [] for size in SIZES}
    for _ in range(runs):
        for size, services in databases.items():
            samples[size].append(one_run(services))
    rows = (
        ("tab first paint (Partnerships)", "tab"),
        ("People section first paint", "people"),
        ("Venues section first paint", "venues"),
        ("search 'given1 family'", "search"),
        ("search, no match", "search miss"),
        ("search cleared", "search clear"),
        ("go to the mayor (People, by id)", "go to"),
        ("People: scroll to the end", "scroll to end"),
        ("  one scroll step, median", "scroll step median"),
        ("  one scroll step, slowest", "scroll step max"),
    )
    print(f"{'median of ' + str(runs):<34} {'50 people':>12} {'50,000 people':>15} {'ratio':>8}")
    for label, key in rows:
        small = statistics.median(s[key] for s in samples["small"])
        large = statistics.median(s[key] for s in samples["large"])
        ratio = large / small if small else float("nan")
        print(f"{label:<34} {small:9.1f} ms {large:12.1f} ms {ratio:7.2f}×")
    small_rows = samples["small"][0]["rows at end"]
    large_rows = samples["large"][0]["rows at end"]
    print(f"{'people listed at the end':<34} {small_rows:12.0f} {large_rows:15.0f}")
    small_rows = samples["small"][0]["rows after go to"]
    large_rows = samples["large"][0]["rows after go to"]
    print(f"{'people read to show the mayor':<34} {small_rows:12.0f} {large_rows:15.0f}")
    tab_small = statistics.median(s["tab"] for s in samples["small"])
    tab_large = statistics.median(s["tab"] for s in samples["large"])
    pairwise = statistics.median(
        large["tab"] / small["tab"]
        for small, large in zip(samples["small"], samples["large"], strict=True)
    )
    print(
        f"tab first paint: {tab_small:.1f} ms against {tab_large:.1f} ms, ratio "
        f"{tab_large / tab_small:.2f}× (pairwise median {pairwise:.2f}×; goal ≤ {GOAL}×)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
