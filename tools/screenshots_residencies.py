"""Screenshots of the residencies, studio timeline, balance and exhibitions views on the sample.

    .venv/bin/python tools/screenshots_residencies.py [OUTPUT_DIR]

Writes residencies.png, studio-timeline.png, balance.png and exhibitions.png (default
docs/screenshots/). Runs offscreen; "today" is fixed so the pictures do not change by date.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from exchange_planner.services.sample import write_sample
from exchange_planner.storage.database import open_database
from exchange_planner.ui.app import create_application

TODAY = date(2024, 8, 20)


def main(argv: list[str]) -> int:
    out = (
        Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "docs/screenshots"
    )
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()  # the application font with its Hangul fallback
    app.setStyle("Fusion")
    folder = Path(tempfile.mkdtemp(prefix="ep-shots-"))
    path = write_sample(folder / "sample.sqlite3")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    from exchange_planner.ui import main_window as mw
    from exchange_planner.ui.exhibitions.tab import ExhibitionsTab
    from exchange_planner.ui.residencies import tab as residencies_tab

    # A fixed "today" (the sample's counter-residency is upcoming, its first steps overdue).
    original = residencies_tab.ResidenciesTab.__init__

    def fixed_today(self, context, parent=None, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("today", lambda: TODAY)
        original(self, context, parent, **kwargs)

    residencies_tab.ResidenciesTab.__init__ = fixed_today  # type: ignore[method-assign]
    window = mw.MainWindow(open_database(path), settings)
    window.resize(1366, 768)
    window.show()
    tab = window.page(residencies_tab.ResidenciesTab)
    assert isinstance(tab, residencies_tab.ResidenciesTab)
    window.tabs.setCurrentWidget(tab)
    tab.refresh_all()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / name))
        print(out / name)

    tab.show_record("residency", 2)
    shot("residencies.png")
    tab.pages.setCurrentWidget(tab.timeline_page)
    tab.timeline.select(1)
    shot("studio-timeline.png")
    tab.pages.setCurrentWidget(tab.balance)
    shot("balance.png")
    tab.pages.setCurrentWidget(tab.history)
    shot("history.png")
    exhibitions = window.page(ExhibitionsTab)
    assert exhibitions is not None
    window.tabs.setCurrentWidget(exhibitions)
    exhibitions.show_record("exhibition", 1)
    shot("exhibitions.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
