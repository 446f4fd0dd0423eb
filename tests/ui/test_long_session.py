"""A long session does not end in a crash: hundreds of repaints of the calendar.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a method that
returns nothing; without ``exchange_planner.ui._keep_none_alive`` Python aborts after some 220
repaints of the month ("Fatal Python error: none_dealloc"). The session runs in a process of
its own, so such an abort fails this test instead of ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SESSION = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
from exchange_planner.storage.database import open_database
from exchange_planner.ui.app import create_application
from exchange_planner.ui.main_window import MainWindow

app = create_application()
folder = Path(sys.argv[1])
window = MainWindow(
    open_database(sys.argv[2]), QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
)
window.resize(1366, 768)
window.show()
window.tabs.setCurrentIndex(0)  # the calendar, whose month view paints the most
for _ in range(400):
    window.grab()
    app.processEvents()
window.close()
print("done")
"""


def test_four_hundred_repaints_of_the_calendar_do_not_crash(sample_db_path: Path, tmp_path: Path):
    source = Path(__file__).resolve().parents[2] / "src"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(source), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path), str(sample_db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("done")
