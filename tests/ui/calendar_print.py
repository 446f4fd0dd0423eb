"""The Calendar tab's "Print to PDF…" as a user goes through it: the action, the options
dialog (language), "Create PDF", the preview; the PDF read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def print_shown(qtbot: Any, calendar: Any, lang: str | None = None) -> Any:
    """Trigger "Print to PDF…", choose ``lang`` (else keep the language offered), click
    "Create PDF"; returns the run once its preview shows the PDF."""
    calendar.print_action.trigger()
    run = calendar.last_run
    assert run is not None and run.dialog.isVisible()
    if lang is not None:
        index = run.dialog.language.findData(lang)
        assert index >= 0, lang
        run.dialog.language.setCurrentIndex(index)
    ok = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=120000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert run.preview is not None and run.preview.isVisible()
    return run


def pdf_text(path: Any) -> str:
    """Every page's text, whitespace runs made single spaces."""
    pages = PdfReader(str(path)).pages
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()) for page in pages)
    return re.sub(r"\s+", " ", text)
