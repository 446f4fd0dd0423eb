"""Start-up imports only what the first screen needs: the main window on a database at head,
built, shown and painted, has not imported Alembic (the schema is current), ReportLab
(nothing is printed), openpyxl (nothing is imported from a spreadsheet), icalendar (nothing
is exported) or jsonschema (no exchange file is read)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from datetime import date
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


#: Loaded only to open a database: the first screen of a current SQLite file is painted
#: without them (``ui/first_screen.py``).
NOT_AT_FIRST_PAINT = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "exchange_planner.storage.tables",
    "exchange_planner.storage.database",
    "exchange_planner.services.registry",
)

FIRST_PAINT_SCRIPT = """
import sys
from exchange_planner.ui import app as ui_app
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

WATCHED = {watched!r}
application = ui_app.create_application([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = ui_app.start_window(sys.argv[1], settings)


class AtFirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            shown = obj.input
            print("AT_PAINT", sorted(m for m in WATCHED if m in sys.modules),
                  len(shown.entries) if shown is not None else -1, flush=True)
            QTimer.singleShot(0, wait_for_open)
        return False


def wait_for_open():
    if window.full_open is not None and not window.full_open.done:
        QTimer.singleShot(20, wait_for_open)
        return
    print("AFTER_OPEN", sorted(m for m in WATCHED if m in sys.modules),
          len(window.tabs.widget(0).month_view.input.entries), flush=True)
    window.close()
    application.exit(0)


hook = AtFirstPaint()
window.tabs.widget(0).month_view.installEventFilter(hook)
sys.exit(application.exec())
"""


def _at_first_paint(database: Path, settings: Path) -> tuple[list[str], int, list[str], int]:
    script = FIRST_PAINT_SCRIPT.format(watched=NOT_AT_FIRST_PAINT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXCHANGE_PLANNER_SETTINGS=str(settings))
    result = subprocess.run(
        [sys.executable, "-c", script, str(database), str(settings)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = {line.split(" ", 1)[0]: line for line in result.stdout.splitlines()}
    paint_modules, paint_count = lines["AT_PAINT"].removeprefix("AT_PAINT ").rsplit(" ", 1)
    open_modules, open_count = lines["AFTER_OPEN"].removeprefix("AFTER_OPEN ").rsplit(" ", 1)
    return (
        ast.literal_eval(paint_modules),
        int(paint_count),
        ast.literal_eval(open_modules),
        int(open_count),
    )


def test_the_first_screen_is_painted_before_the_storage_layer_is_loaded(
    sample_db_path: Path, tmp_path: Path
) -> None:
    from first_screen_plans import shift_sample

    shift_sample(sample_db_path, date.today().replace(day=10))
    at_paint, shown, after_open, shown_after = _at_first_paint(
        sample_db_path, tmp_path / "settings.ini"
    )
    assert at_paint == []
    assert shown > 0  # this month's visit, its program and the exhibition
    # Then the database is opened as always, and the calendar keeps its entries.
    assert {"sqlalchemy", "exchange_planner.storage.database"} <= set(after_open)
    assert shown_after == shown


def test_a_database_that_is_not_quickly_readable_loads_the_storage_layer_first(
    sample_db_path: Path, tmp_path: Path
) -> None:
    sample_db_path.chmod(0o444)  # read-only: opened the usual way, with its note
    at_paint, _shown, _after, _shown_after = _at_first_paint(
        sample_db_path, tmp_path / "settings.ini"
    )
    assert "sqlalchemy" in at_paint and "exchange_planner.storage.tables" in at_paint
