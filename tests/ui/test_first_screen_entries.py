"""The first screen's entries are the calendar service's: the same SQL read through the
standard library's sqlite3 (before the storage layer is loaded) and through a session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.services import calendar_reading
from exchange_planner.services.calendar_reading import FileCalendar
from exchange_planner.services.registry import Services
from exchange_planner.services.settings import DEFAULTS
from exchange_planner.storage.database import open_database
from exchange_planner.storage.sql_read import sqlite_file_reader
from first_screen_plans import add_busy_plans, month_ranges, shift_sample


def _key(entry: object) -> tuple[str, int]:
    return (entry.kind.value, entry.id)  # type: ignore[attr-defined]


@pytest.fixture
def busy_now(sample_db_path: Path) -> Path:
    """The sample moved to this month, with many more plans of every kind around today."""
    shift_sample(sample_db_path, date.today().replace(day=3))
    db = open_database(sample_db_path)
    try:
        add_busy_plans(Services.for_database(db), date.today())
    finally:
        db.dispose()
    return sample_db_path


@pytest.fixture
def sample_now(sample_db_path: Path) -> Path:
    shift_sample(sample_db_path, date.today().replace(day=10))
    return sample_db_path


@pytest.mark.parametrize("plans", ["sample_now", "busy_now"])
def test_both_paths_give_the_same_entries_month_by_month(
    plans: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(plans)
    db = open_database(path)
    kinds: set[EntryKind] = set()
    marked = 0
    try:
        service = Services.for_database(db).calendar
        with sqlite_file_reader(path) as execute:
            first_screen = FileCalendar(execute)
            assert first_screen.home_zone() == service.home_zone()
            assert first_screen.home_city() == service.home_city()
            assert first_screen.partnerships() == service.partnerships()
            for first, last in month_ranges(date.today(), before=4, after=10):
                for zone in ("Europe/Berlin", "Asia/Seoul"):
                    for language in (None, "de", "ko"):
                        direct = first_screen.entries(first, last, zone, language=language)
                        through = service.entries(first, last, zone, language=language)
                        assert direct == through, (first, zone, language)
                        kinds |= {entry.kind for entry in direct}
                        marked += sum(1 for entry in direct if entry.conflicts)
                        assert sorted(direct, key=_key) == sorted(through, key=_key)
    finally:
        db.dispose()
    assert kinds == set(EntryKind)  # visits, items, residencies, exhibitions, deadlines
    if plans == "busy_now":
        assert marked  # double bookings and items outside their visit are marked


def test_the_language_variants_differ_where_translations_exist(sample_now: Path) -> None:
    """The reading does give each language its texts (so the comparison above means it)."""
    with sqlite_file_reader(sample_now) as execute:
        reading = FileCalendar(execute)
        first, last = month_ranges(date.today(), 0, 0)[0]
        titles = {
            language: sorted(
                e.title for e in reading.entries(first, last, "Europe/Berlin", language=language)
            )
            for language in ("de", "ko", "en")
        }
    assert titles["de"] != titles["ko"] != titles["en"]
    assert any("광주" in title for title in titles["ko"])


def test_the_home_defaults_are_the_settings_defaults() -> None:
    for key, value in calendar_reading.HOME_DEFAULTS.items():
        assert DEFAULTS[key] == value
