"""Calendar → Print to PDF on a full disk: a message, the previous file intact, nothing left."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from exchange_planner.storage import files
from exchange_planner.ui.calendar import tab as calendar_tab
from exchange_planner.ui.calendar.tab import CalendarTab

PREVIOUS = b"%PDF-1.4 the previous printout\n%%EOF\n"


def _calendar(window) -> CalendarTab:  # type: ignore[no-untyped-def]
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    window.tabs.setCurrentWidget(calendar)
    return calendar


def test_print_to_pdf_on_a_full_disk_tells_the_user_and_keeps_the_previous_file(
    main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = _calendar(main_window)
    folder = tmp_path / "prints"
    folder.mkdir()
    target = folder / "month.pdf"
    target.write_bytes(PREVIOUS)
    calendar.ask_save_path = lambda *args: str(target)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        calendar_tab,
        "warn",
        lambda parent, title, text, **rest: warnings.append((title, text)),
    )

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)
    calendar.print_action.trigger()

    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Printing failed"
    assert str(target) in text and "disk is full" in text and "\n" not in text
    assert target.read_bytes() == PREVIOUS
    assert os.listdir(folder) == ["month.pdf"]


def test_print_to_pdf_is_owner_only(
    main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = _calendar(main_window)
    target = tmp_path / "month.pdf"
    calendar.ask_save_path = lambda *args: str(target)
    previous = os.umask(0o022)
    try:
        calendar.print_action.trigger()
    finally:
        os.umask(previous)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
