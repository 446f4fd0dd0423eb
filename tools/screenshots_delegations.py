"""Screenshots of the visit editor on the sample: docs/screenshots/delegations-*.png.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_delegations.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from exchange_planner.services.sample import write_sample
from exchange_planner.storage.database import open_database
from exchange_planner.ui.app import create_application

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    app = create_application()  # the application font with its Hangul fallback
    from exchange_planner.ui.delegations.tab import DelegationsTab
    from exchange_planner.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    db = open_database(write_sample(folder / "sample.sqlite3"))
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    window.resize(1366, 768)
    window.show()
    tab = window.page(DelegationsTab)
    assert isinstance(tab, DelegationsTab)
    window.tabs.setCurrentWidget(tab)
    OUT.mkdir(parents=True, exist_ok=True)
    program = tab.sections["program"]
    for key in ("overview", "members", "program", "gifts", "guestbook"):
        tab.editor.setCurrentWidget(tab.sections[key])
        section = tab.sections[key]
        if key == "members":
            section.select_member(section.model.record(0).id)
        if key == "program":
            rows = program.item_rows()
            program.tree.setCurrentItem(rows[3], 1)
        if key in ("gifts", "guestbook"):
            section.select(section.model.record(0).id)
        app.processEvents()
        window.grab().save(str(OUT / f"delegations-{key}.png"))
        print(OUT / f"delegations-{key}.png")
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
