"""Writes docs/screenshots/main-window.png: the main window on the sample (July 2023).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_main_window.py
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from exchange_planner.services.sample import write_sample
from exchange_planner.storage.database import open_database
from exchange_planner.ui.app import create_application
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.main_window import MainWindow

TARGET = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "main-window.png"


def main() -> None:
    app = create_application()
    folder = Path(tempfile.mkdtemp())
    database = open_database(write_sample(folder / "sample.sqlite3"))
    window = MainWindow(
        database, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1366, 768)
    window.show()
    calendar = window.page(CalendarTab)
    assert calendar is not None
    window.tabs.setCurrentWidget(calendar)
    calendar.set_focus_date(date(2023, 7, 26))
    for _ in range(30):
        app.processEvents()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(TARGET))
    print(f"wrote {TARGET}")
    window.close()


if __name__ == "__main__":
    main()
