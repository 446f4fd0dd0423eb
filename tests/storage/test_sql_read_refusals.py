"""The quick reader reads only files that ``open_database`` would open quietly, as they are,
and leaves nothing beside the file; everything else is refused before a row is read."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from exchange_planner.storage.sql_read import NotQuicklyReadable, sqlite_file_reader
from hostile_files import CASES, snapshot
from read_only_files import read_only

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def plans(sample_template: Path, tmp_path: Path) -> Path:
    """A copy of the sample alone in a folder of its own."""
    folder = tmp_path / "data"
    folder.mkdir()
    return Path(shutil.copy(sample_template, folder / "plans.sqlite3"))


def test_a_current_file_is_read_and_nothing_is_left_beside_it(plans: Path) -> None:
    before = snapshot(plans.parent)
    with sqlite_file_reader(plans) as execute:
        assert execute("SELECT count(*) FROM visit") == [(1,)]
    assert snapshot(plans.parent) == before  # no -wal/-shm left, bytes unchanged


@pytest.mark.parametrize("case", list(CASES))
def test_an_unusable_file_is_refused_and_left_as_it_was(plans: Path, case: str) -> None:
    CASES[case][0](plans)
    before = snapshot(plans.parent)
    with pytest.raises(NotQuicklyReadable), sqlite_file_reader(plans):
        pass
    assert snapshot(plans.parent) == before


def test_another_journal_mode_is_left_to_the_full_open(plans: Path) -> None:
    """Opening switches it to WAL, which waits for other programs' locks."""
    with sqlite3.connect(plans) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    with pytest.raises(NotQuicklyReadable, match="WAL"), sqlite_file_reader(plans):
        pass


@pytest.mark.parametrize("which", ["file", "folder"])
def test_a_read_only_file_or_folder_is_left_to_the_full_open(plans: Path, which: str) -> None:
    """``open_database`` opens it read-only and says so; the quick reader would not."""
    with (
        read_only(plans if which == "file" else plans.parent, "chmod"),
        pytest.raises(NotQuicklyReadable, match="not writable"),
        sqlite_file_reader(plans),
    ):
        pass
