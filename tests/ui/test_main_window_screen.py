"""The main window opens inside the screen the first time, also on a 1366×768 laptop, and a
size remembered from a larger screen is brought back onto a smaller one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from laptop_screen import run_on_laptop_screen

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from exchange_planner.storage.database import open_database
from exchange_planner.ui.main_window import MainWindow
app = QApplication([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
if sys.argv[3] == "remembered":
    probe = MainWindow(open_database(sys.argv[1]), settings)
    probe.setGeometry(QRect(300, 200, 1900, 1150))  # as left on a large monitor
    settings.setValue("window/geometry", probe.saveGeometry())
    probe.close()
window = MainWindow(open_database(sys.argv[1]), settings)
window.show()
app.processEvents()
g = window.geometry()
a = QGuiApplication.primaryScreen().availableGeometry()
print(json.dumps({"window": [g.x(), g.y(), g.width(), g.height()],
                  "available": [a.x(), a.y(), a.width(), a.height()]}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="uses Qt's offscreen screen configuration")
@pytest.mark.parametrize("start", ["first", "remembered"])
def test_main_window_fits_a_1366_by_768_screen(tmp_path: Path, start: str) -> None:
    found = run_on_laptop_screen(
        tmp_path, SCRIPT, str(tmp_path / "plans.sqlite3"), str(tmp_path / "s.ini"), start
    )
    assert found["available"] == [0, 0, 1366, 768]
    x, y, width, height = found["window"]
    assert x >= 0 and y >= 0 and x + width <= 1366 and y + height <= 768, found
    assert width >= 1200 and height >= 680, found  # still uses the room there is
