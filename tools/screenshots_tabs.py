"""Writes docs/screenshots/tabs/*.png: every tab of the main window at 1366×768 at today's
date, in English and German, on the sample and on an empty database.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_tabs.py
(each language runs in a process of its own, as the interface language is chosen at start)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "tabs"
LANGUAGES = ("en_GB", "de_DE")
SIZE = (1366, 768)


def shoot(language: str) -> None:
    from PySide6.QtCore import QLocale, QSettings

    QLocale.setDefault(QLocale(language))
    from exchange_planner.services.sample import write_sample
    from exchange_planner.storage.database import open_database
    from exchange_planner.ui.app import create_application
    from exchange_planner.ui.main_window import MainWindow

    app = create_application()
    folder = Path(tempfile.mkdtemp())
    short = language.split("_")[0]
    TARGET.mkdir(parents=True, exist_ok=True)
    for database_name, path in (
        ("sample", write_sample(folder / "sample.sqlite3")),
        ("empty", folder / "empty.sqlite3"),
    ):
        settings = QSettings(str(folder / f"{database_name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(open_database(path), settings)
        window.resize(*SIZE)
        window.show()
        _settle(app)
        if window.stack.currentWidget() is window.welcome:
            _save(window, f"{short}-{database_name}-welcome.png")
        else:
            for index, page in enumerate(window.pages):
                window.tabs.setCurrentIndex(index)
                _settle(app)
                name = type(page).__name__.removesuffix("Tab").lower()
                _save(window, f"{short}-{database_name}-{name}.png")
        window.close()
        _settle(app)


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(30):
        app.processEvents()


def _save(window, name: str) -> None:  # type: ignore[no-untyped-def]
    target = TARGET / name
    window.grab().save(str(target))
    print(f"wrote {target}")


def main() -> None:
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
        return
    for language in LANGUAGES:
        subprocess.run([sys.executable, __file__, language], check=True)


if __name__ == "__main__":
    main()
