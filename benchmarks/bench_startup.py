"""Start-up: process start to the first paint of the main window on the sample.

Subject: the application started the way a user starts it, ``python -m exchange_planner --db
SAMPLE``, on a fresh copy of the Leipzig–Gwangju sample (``write_sample``) whose plans are
moved to this month (the sample is of July 2023; so the current month shows its visit, program
and exhibition, as a user's calendar would), quitting right after the first paint of the
calendar's month view with the entries of the month shown
(``EXCHANGE_PLANNER_QUIT_AFTER_FIRST_PAINT``, read in ``ui/app.py::run_gui``; it imports
nothing and builds nothing itself). Floor: a tiny script, run by the same Python, that
creates a QApplication and a QMainWindow with a QTabWidget, shows it and quits right after
the first paint of its tab's page. Both are whole processes, offscreen, with bytecode caches
written, run alternately after a warm-up (``benchmarks/whole_process.py``), timed from spawn
to the moment each prints its ``first-paint`` line, with the peak memory at that moment: the
application goes on loading its storage layer in a thread after the first paint and waits for
it before it exits, which is not part of the first paint.

    .venv/bin/python benchmarks/bench_startup.py [--runs N] [--language de_DE.UTF-8]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from whole_process import PYTHON, REPO, bench_env, paired, report

#: Goals of issue 14: the time ratio must reach 3.0 (aim 2.0), peak memory 2.5 (aim 2.0).
TIME_GOAL = 3.0
MEMORY_GOAL = 2.5

FLOOR = """\
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget(window)
page = QWidget(tabs)
tabs.addTab(page, "Calendar")
window.setCentralWidget(tabs)
window.resize(1280, 800)


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint", flush=True)
            QTimer.singleShot(0, lambda: app.exit(0))
        return False


hook = QuitAfterFirstPaint()
page.installEventFilter(hook)
window.show()
sys.exit(app.exec())
"""


#: Moves the sample's plans so its visit starts on the 10th of this month (dates, and the
#: program's instants in their stored form), with sqlite3: the file stays as written.
SHIFT = """
import sqlite3, sys
from datetime import date, datetime, timedelta
shift = date.today().replace(day=10) - date(2023, 7, 25)
con = sqlite3.connect(sys.argv[1])
tables = {
    "visit": ("start_date", "end_date"), "residency": ("start_date", "end_date"),
    "exhibition": ("start_date", "end_date"), "checklist_item": ("due_date", "done_on"),
    "residency_deliverable": ("due_date",), "gift": ("presented_on",),
    "program_item": ("starts_at", "ends_at"),
}
def moved(value):
    if value is None:
        return None
    if len(str(value)) > 10:
        return (datetime.fromisoformat(value) + shift).isoformat(sep=" ", timespec="microseconds")
    return (date.fromisoformat(str(value)) + shift).isoformat()
with con:
    for table, columns in tables.items():
        sets = ", ".join(f"{c} = ?" for c in columns)
        rows = con.execute(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall()
        for row_id, *values in rows:
            con.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*map(moved, values), row_id))
con.close()
"""


def write_sample_copy(folder: Path) -> Path:
    """A fresh sample database with its plans in this month, written by processes of their
    own (so this one imports nothing of the application)."""
    target = folder / "sample.sqlite3"
    subprocess.run(
        [
            PYTHON,
            "-c",
            "import sys; from exchange_planner.services.sample import write_sample; "
            "write_sample(sys.argv[1])",
            str(target),
        ],
        check=True,
        env=bench_env(),
    )
    subprocess.run([PYTHON, "-c", SHIFT, str(target)], check=True, env=bench_env())
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="alternating pairs (default 9)")
    parser.add_argument("--language", default="en_US.UTF-8", help="LANG of both processes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder_name:
        folder = Path(folder_name)
        sample = write_sample_copy(folder)
        floor_script = folder / "bare_window.py"
        floor_script.write_text(FLOOR, encoding="utf-8")
        env = bench_env(
            {
                "EXCHANGE_PLANNER_QUIT_AFTER_FIRST_PAINT": "1",
                # Settings of its own: the calendar tab first, no last database of the user's.
                "EXCHANGE_PLANNER_SETTINGS": str(folder / "settings.ini"),
                "LANG": args.language,
                "LC_ALL": args.language,
            }
        )
        subject = [PYTHON, "-m", "exchange_planner", "--db", str(sample)]
        floor = [PYTHON, str(floor_script)]
        # The subject must really reach the calendar with its entries, else nothing is timed.
        check = subprocess.run(
            subject, env=env, capture_output=True, text=True, timeout=300, cwd=REPO
        )
        line = next((s for s in check.stdout.splitlines() if s.startswith("first-paint ")), None)
        if (
            check.returncode != 0
            or line is None
            or "view=MonthView" not in line
            or line.endswith(" entries=0")
        ):
            sys.exit(
                f"the subject did not paint the calendar's month view with entries:\n"
                f"{check.stdout}"
                f"\n{check.stderr[-2000:]}"
            )
        print(f"subject: {' '.join(subject)} -> {line}", flush=True)
        pair = paired(
            "start to first paint",
            subject,
            floor,
            runs=args.runs,
            env=env,
            cwd=REPO,
            until_line="first-paint",
        )
        report([pair], goal=TIME_GOAL)
        verdict = "met" if pair.memory_ratio <= MEMORY_GOAL else "not met"
        print(f"peak memory ratio {pair.memory_ratio:.2f} (goal ≤ {MEMORY_GOAL:g} {verdict})")


if __name__ == "__main__":
    main()
