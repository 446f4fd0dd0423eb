"""The PDF preview fits the screen it opens on, centred, and remembers its geometry."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from laptop_screen import run_on_laptop_screen
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QWidget

from exchange_planner.ui.context import UiContext
from exchange_planner.ui.documents.preview import GEOMETRY_KEY, PdfPreview, fit_rect


def _pdf(folder: Path) -> Path:
    from reportlab.pdfgen import canvas

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "small.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Programm")
    pdf.showPage()
    pdf.save()
    return path


def _open(qtbot, path: Path, settings) -> PdfPreview:  # type: ignore[no-untyped-def]
    preview = PdfPreview(path, "Itinerary", None, temporary=False, settings=settings)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def _available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def _assert_fits_centred(preview: PdfPreview) -> None:
    available = _available()
    assert available.contains(preview.frameGeometry())
    assert preview.width() <= available.width()
    assert preview.height() <= available.height()
    centre = preview.frameGeometry().center()
    assert abs(centre.x() - available.center().x()) <= 1
    assert abs(centre.y() - available.center().y()) <= 1


def test_a_first_preview_fits_the_screen_centred(qtbot, tmp_path, qt_settings):
    preview = _open(qtbot, _pdf(tmp_path / "pdf"), qt_settings)
    _assert_fits_centred(preview)
    # It takes the screen's room (up to the preferred 900 x 1000), not a stamp-sized window.
    assert preview.frameGeometry().height() >= min(1000, _available().height()) - 1
    preview.close()


def test_the_geometry_is_remembered(qtbot, tmp_path, qt_settings):
    path = _pdf(tmp_path / "pdf")
    preview = _open(qtbot, path, qt_settings)
    available = _available()
    wanted = QRect(available.left() + 10, available.top() + 20, 500, 400)
    preview.setGeometry(wanted)
    shown = preview.frameGeometry()
    preview.close()
    assert qt_settings.value(GEOMETRY_KEY)
    again = _open(qtbot, path, qt_settings)
    assert again.size() == wanted.size()
    # Where the frame went (window managers, here the offscreen one, may nudge it a little).
    assert (again.frameGeometry().topLeft() - shown.topLeft()).manhattanLength() <= 12
    again.close()


def test_a_geometry_remembered_on_a_larger_screen_is_fitted(qtbot, tmp_path, qt_settings):
    path = _pdf(tmp_path / "pdf")
    preview = _open(qtbot, path, qt_settings)
    preview.setGeometry(QRect(1500, 900, 1800, 1400))  # from a big monitor, off this screen
    preview.close()
    again = _open(qtbot, path, qt_settings)
    _assert_fits_centred(again)
    again.close()


@pytest.fixture
def context(services, events, qt_settings):  # type: ignore[no-untyped-def]
    return UiContext(services, events, QUndoStack(), qt_settings)


@pytest.fixture
def parent(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_preview_of_the_print_flow_fits(qtbot, parent, context, sample_ids, qt_settings):
    from exchange_planner.ui.documents.actions import print_itinerary

    run = print_itinerary(parent, context, sample_ids["visit"])
    with qtbot.waitSignal(run.finished, timeout=60000):
        run.dialog.accept()
    preview = run.preview
    assert preview is not None and preview.isVisible()
    _assert_fits_centred(preview)
    preview.close()
    assert qt_settings.value(GEOMETRY_KEY)


def test_fit_rect_shrinks_and_centres():
    screen = QRect(0, 0, 1366, 768)
    assert fit_rect(QRect(100, -200, 900, 1000), screen) == QRect(233, 0, 900, 768)
    inside = QRect(10, 10, 400, 300)
    assert fit_rect(inside, screen) == inside


SCRIPT = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from exchange_planner.ui.documents.preview import PdfPreview
app = QApplication([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
preview = PdfPreview(sys.argv[1], "Itinerary", None, temporary=False, settings=settings)
preview.show()
app.processEvents()
g = preview.frameGeometry()
a = QGuiApplication.primaryScreen().availableGeometry()
print(json.dumps({"frame": [g.x(), g.y(), g.width(), g.height()],
                  "available": [a.x(), a.y(), a.width(), a.height()]}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="uses Qt's offscreen screen configuration")
def test_on_a_1366_by_768_screen(tmp_path):
    found = run_on_laptop_screen(
        tmp_path, SCRIPT, str(_pdf(tmp_path / "pdf")), str(tmp_path / "s.ini")
    )
    assert found["available"] == [0, 0, 1366, 768]
    x, y, width, height = found["frame"]
    assert x >= 0 and y >= 0 and x + width <= 1366 and y + height <= 768
    assert height == 768  # the whole height of the laptop screen, no more
    assert 900 <= width <= 920  # the preferred width (plus the window frame)
    assert abs((x + width / 2) - 683) <= 1
