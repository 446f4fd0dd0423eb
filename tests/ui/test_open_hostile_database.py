"""File > Open database on a file that cannot be used: a dialog says why, nothing changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from exchange_planner.ui import main_window as main_window_module
from hostile_files import CASES, snapshot


def open_action(window) -> QAction:  # type: ignore[no-untyped-def]
    (action,) = [
        a
        for a in window.findChildren(QAction)
        if a.text().replace("&", "").startswith("Open database")
    ]
    return action


@pytest.mark.parametrize("case", ["corrupt", "zero-bytes", "newer"])
def test_open_refuses_an_unusable_file_and_keeps_the_current_database(
    case: str, main_window, sample_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    hostile = folder / "plans.sqlite3"
    shutil.copy(sample_template, hostile)
    spoil, _, words = CASES[case]
    spoil(hostile)
    before = snapshot(folder)
    current = main_window.db
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(hostile), ""))
    )
    monkeypatch.setattr(
        main_window_module,
        "show_open_error",
        lambda parent, title, message: shown.append((title, message)),
    )

    open_action(main_window).trigger()

    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Cannot open database"
    assert words in message and str(hostile) in message
    assert main_window.db is current  # still working on the database it had
    assert main_window.context is not None
    assert main_window.context.services.visits.list()  # and that database still answers
    assert snapshot(folder) == before
