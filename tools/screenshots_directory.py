"""Screenshots of the People & Venues tab on the sample: docs/screenshots/directory-*.png.

Run: .venv/bin/python tools/screenshots_directory.py
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

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = create_application()  # the application font with its Hangul fallback
    from exchange_planner.ui.directory.tab import DirectoryTab
    from exchange_planner.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="directory-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_database(write_sample(folder / "sample.sqlite3")), settings)
    window.resize(1366, 768)
    window.show()
    page = window.page(DirectoryTab)
    assert isinstance(page, DirectoryTab)
    OUT.mkdir(parents=True, exist_ok=True)
    people = page.people
    kang = next(p for p in people.list.model.rows() if p.native_name == "강기정")
    window.show_record("person", kang.id)
    people.list.view.setFocus()
    app.processEvents()
    window.grab().save(str(OUT / "directory-people.png"))
    window.show_record("venue", page.venues.list.model.rows()[0].id)
    app.processEvents()
    window.grab().save(str(OUT / "directory-venues.png"))
    window.close()
    for name in ("directory-people.png", "directory-venues.png"):
        print(OUT / name, (OUT / name).stat().st_size // 1024, "KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
