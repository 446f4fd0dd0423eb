"""The diagnostic exit after the first paint (``EXCHANGE_PLANNER_QUIT_AFTER_FIRST_PAINT``,
read by ``run_gui``) that ``benchmarks/bench_startup.py`` times: the program started as a user
starts it paints its first screen with its data, says which, and quits with 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from exchange_planner.ui.app import QUIT_AFTER_FIRST_PAINT_ENV


def _start(database: Path, settings: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        EXCHANGE_PLANNER_SETTINGS=str(settings),
        **{QUIT_AFTER_FIRST_PAINT_ENV: "1"},
    )
    return subprocess.run(
        [sys.executable, "-m", "exchange_planner", "--db", str(database), *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_the_sample_quits_after_painting_the_calendar_month(sample_db_path, tmp_path):
    settings = tmp_path / "settings.ini"
    settings.write_text("[calendar]\nview=month\n", encoding="utf-8")
    result = _start(sample_db_path, settings)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("first-paint ")]
    # The current month of the sample holds nothing; the view was painted with its query done.
    assert lines == ["first-paint view=MonthView entries=0"]


def test_the_view_last_used_is_the_one_painted(sample_db_path, tmp_path):
    settings = tmp_path / "settings.ini"
    settings.write_text("[calendar]\nview=agenda\n", encoding="utf-8")
    result = _start(sample_db_path, settings)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first-paint view=AgendaCanvas entries=0" in result.stdout


def test_an_empty_database_quits_after_painting_the_welcome_page(tmp_path):
    result = _start(tmp_path / "new.sqlite3", tmp_path / "settings.ini")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first-paint view=WelcomePage entries=0" in result.stdout
