"""Start-up imports only what the first screen needs: the main window on a database at head,
built, shown and painted, has not imported Alembic (the schema is current), ReportLab
(nothing is printed), openpyxl (nothing is imported from a spreadsheet), icalendar (nothing
is exported) or jsonschema (no exchange file is read)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

NOT_AT_START = ("alembic", "reportlab", "openpyxl", "icalendar", "jsonschema")

SCRIPT = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import exchange_planner.ui.main_window as main_window
from exchange_planner.storage.database import open_database

app = QApplication([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = main_window.MainWindow(open_database(sys.argv[1]), settings)
window.show()
for _ in range(20):
    app.processEvents()
window.repaint()
assert window.stack.currentWidget() is getattr(window, sys.argv[3]), "the first screen"
print("LOADED", sorted({name.split(".")[0] for name in sys.modules}))
window.close()
"""


def _loaded_at_start(database: Path, settings: Path, shows: str) -> set[str]:
    """The top-level packages imported by a start on ``database`` showing ``shows``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXCHANGE_PLANNER_SETTINGS=str(settings))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(database), str(settings), shows],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED "))
    loaded = set(ast.literal_eval(line.removeprefix("LOADED ")))
    assert "PySide6" in loaded and "exchange_planner" in loaded  # the script really ran
    return loaded


def test_the_main_window_on_a_database_at_head_imports_no_heavy_package(
    sample_db_path: Path, tmp_path: Path
) -> None:
    loaded = _loaded_at_start(sample_db_path, tmp_path / "settings.ini", "tabs")
    assert sorted(loaded & set(NOT_AT_START)) == []


def test_an_empty_database_at_head_imports_no_heavy_package_either(tmp_path: Path) -> None:
    from exchange_planner.storage.database import open_database

    # Created (and so upgraded to head) by an earlier start; this start finds it current.
    database = tmp_path / "plans.sqlite3"
    open_database(database).dispose()
    loaded = _loaded_at_start(database, tmp_path / "settings.ini", "welcome")
    assert sorted(loaded & set(NOT_AT_START)) == []
