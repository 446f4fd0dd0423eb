"""Screenshots of the Calendar tab on the sample: docs/screenshots/calendar-{month,week,agenda}.png.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_calendar.py
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QUndoStack

from exchange_planner.services.registry import Services
from exchange_planner.services.sample import write_sample
from exchange_planner.storage.database import open_database
from exchange_planner.ui.app import create_application
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.events import EventHub

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    app = create_application()  # the application font with its Hangul fallback
    app.setFont(QFont("Noto Sans, DejaVu Sans, NanumGothic", 9))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(write_sample(Path(folder) / "sample.sqlite3"))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        context = UiContext(Services.for_database(db), EventHub(), QUndoStack(), settings)
        tab = CalendarTab(context)
        tab.resize(1366, 700)
        tab.show()
        tab.set_focus_date(date(2023, 7, 26))
        shots = {
            "month": lambda: (
                tab.set_view("month"),
                tab.partnership_box.setCurrentIndex(1),  # Gwangju (광주)
            ),
            "week": lambda: (tab.set_view("week"), tab.set_zone_mode("both")),
            "agenda": lambda: (tab.set_zone_mode("home"), tab.set_view("agenda")),
        }
        for name, prepare in shots.items():
            prepare()
            app.processEvents()
            target = OUT / f"calendar-{name}.png"
            tab.grab().save(str(target))
            print(f"{target} ({target.stat().st_size // 1024} KB)")
        tab.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
