#!/usr/bin/env python3
"""Take the screenshots the AppStream metainfo shows (software centres): the window at
1366 × 768 on a temporary copy of the sample database, in English.

    PYTHONPATH=src .venv/bin/python packaging/linux/take_screenshots.py

writes docs/screenshots/appstream/{calendar,delegation-program,residency}.png, the files the
metainfo's screenshot URLs end in (tests/test_desktop_files.py checks that they agree). The
interface language is forced to English with a fresh settings folder, whatever the machine's
locale and settings; the platform is offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
OUT = REPOSITORY / "docs" / "screenshots" / "appstream"
SIZE = (1366, 768)
#: The day the residency is seen on (its first preparation steps are then overdue).
RESIDENCY_TODAY = date(2024, 8, 20)


def _english_environment(home: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        os.environ[name] = "C.UTF-8"
    os.environ["LANGUAGE"] = "en"
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    sys.path.insert(0, str(REPOSITORY / "src"))


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="exchange-planner-screenshots-"))
    _english_environment(home)

    from PySide6.QtCore import QLocale, QSettings

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    from exchange_planner.services.sample import write_sample
    from exchange_planner.storage.database import open_database
    from exchange_planner.ui.app import create_application
    from exchange_planner.ui.calendar.tab import CalendarTab
    from exchange_planner.ui.delegations.tab import DelegationsTab
    from exchange_planner.ui.main_window import MainWindow
    from exchange_planner.ui.residencies import tab as residencies_tab

    app = create_application()
    original = residencies_tab.ResidenciesTab.__init__

    def fixed_today(self, context, parent=None, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("today", lambda: RESIDENCY_TODAY)
        original(self, context, parent, **kwargs)

    residencies_tab.ResidenciesTab.__init__ = fixed_today  # type: ignore[method-assign]

    database = open_database(write_sample(home / "sample.sqlite3"))
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings, temporary=True)
    window.resize(*SIZE)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(30):
            app.processEvents()
        image = window.grab().toImage()
        if (image.width(), image.height()) != SIZE:
            raise SystemExit(f"take_screenshots: the window is {image.width()}×{image.height()}")
        image.save(str(OUT / name))
        print(OUT.relative_to(REPOSITORY) / name)

    calendar = window.page(CalendarTab)
    assert isinstance(calendar, CalendarTab)
    window.tabs.setCurrentWidget(calendar)
    calendar.set_focus_date(date(2023, 7, 26))
    shot("calendar.png")

    delegations = window.page(DelegationsTab)
    assert isinstance(delegations, DelegationsTab)
    window.tabs.setCurrentWidget(delegations)
    program = delegations.sections["program"]
    delegations.editor.setCurrentWidget(program)
    program.tree.setCurrentItem(program.item_rows()[3], 1)
    shot("delegation-program.png")

    residencies = window.page(residencies_tab.ResidenciesTab)
    assert isinstance(residencies, residencies_tab.ResidenciesTab)
    window.tabs.setCurrentWidget(residencies)
    residencies.refresh_all()
    residencies.show_record("residency", 2)
    shot("residency.png")

    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
