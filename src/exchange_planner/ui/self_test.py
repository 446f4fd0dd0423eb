"""``exchange-planner --self-test``: a hidden diagnostic of an installed or frozen program.

It opens the main window (offscreen works: ``QT_QPA_PLATFORM=offscreen``) on a temporary
copy of the sample, lets it draw, prints what the program found and loaded, one
``key=value`` line each, and quits with 0:

    version=0.1.0
    frozen=no
    language=de_DE
    translations=/…/exchange_planner/resources/translations
    translators=qtbase,exchange-planner
    icon=/…/exchange-planner.svg (loaded)
    fonts=NanumGothic
    window-title=Exchange Planner — sample.sqlite3
    menus=Datei|Bearbeiten|Ansicht|Hilfe

The packaging smoke test (packaging/smoke.py) reads these lines. Nothing is written to the
user's settings: the window gets settings of its own in the temporary folder.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication


def report_lines(app: QApplication, window: object) -> list[str]:
    """The diagnostic lines for an application and its main window."""
    from exchange_planner import __version__, resources
    from exchange_planner.ui import app as ui_app

    icon_path = resources.app_icon()
    icon_state = "loaded" if not app.windowIcon().isNull() else "missing"
    menu_bar = window.menuBar()  # type: ignore[attr-defined]
    menus = [action.text().replace("&", "") for action in menu_bar.actions() if action.text()]
    return [
        f"version={__version__}",
        f"frozen={'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"language={QLocale().name()}",
        f"translations={resources.translations_dir()}",
        f"translators={','.join(ui_app.INSTALLED) or '-'}",
        f"icon={icon_path} ({icon_state})",
        f"fonts={','.join(ui_app.HANGUL_FAMILIES) or '-'}",
        f"window-title={window.windowTitle()}",  # type: ignore[attr-defined]
        f"menus={'|'.join(menus)}",
    ]


def run_self_test(qt_args: Sequence[str] = (), out: TextIO | None = None) -> int:
    from exchange_planner.services.sample import write_sample
    from exchange_planner.storage.database import open_database
    from exchange_planner.ui.app import create_application
    from exchange_planner.ui.main_window import MainWindow

    out = out or sys.stdout
    app = create_application(qt_args)
    folder = Path(tempfile.mkdtemp(prefix="exchange-planner-self-test-"))
    try:
        database = open_database(str(write_sample(folder / "sample.sqlite3")))
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(database, settings, temporary=True)
        window.show()
        app.processEvents()
        for line in report_lines(app, window):
            print(line, file=out, flush=True)
        window.close()
        app.processEvents()
        window.deleteLater()  # closing disposed of its database
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0
