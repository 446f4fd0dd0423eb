"""Calendar → Print to PDF → Save as… on a full disk: a message, the previous file intact,
nothing left; a saved PDF is readable by its owner only."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from calendar_print import print_shown

from exchange_planner.storage import files
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.documents import preview as preview_module

PREVIOUS = b"%PDF-1.4 the previous printout\n%%EOF\n"


def _calendar(window) -> CalendarTab:  # type: ignore[no-untyped-def]
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    window.tabs.setCurrentWidget(calendar)
    return calendar


def test_print_to_pdf_on_a_full_disk_tells_the_user_and_keeps_the_previous_file(
    main_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = _calendar(main_window)
    folder = tmp_path / "prints"
    folder.mkdir()
    target = folder / "month.pdf"
    target.write_bytes(PREVIOUS)
    preview = print_shown(qtbot, calendar).preview
    preview.ask_path = lambda *args: str(target)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        preview_module,
        "warn",
        lambda parent, title, text, **rest: warnings.append((title, text)),
    )

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)
    preview.save_action.trigger()

    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Save PDF"
    assert str(target) in text and "disk is full" in text and "\n" not in text
    assert "previous file was left as it was" in text
    assert target.read_bytes() == PREVIOUS
    assert os.listdir(folder) == ["month.pdf"]
    preview.close()


def test_print_to_pdf_is_owner_only(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calendar = _calendar(main_window)
    target = tmp_path / "month.pdf"
    run = print_shown(qtbot, calendar)
    focus = calendar.focus_date
    assert run.preview.suggested_name == f"calendar-{focus:%Y-%m}-01-month.pdf"
    run.preview.ask_path = lambda *args: str(target)
    previous = os.umask(0o022)
    try:
        run.preview.save_action.trigger()
    finally:
        os.umask(previous)
    assert target.read_bytes() == run.result.read_bytes()
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    run.preview.close()
