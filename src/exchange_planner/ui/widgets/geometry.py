"""Window sizes that fit the screen they open on (1366×768 included)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the title bar and borders before the window manager has drawn them.
FRAME_ALLOWANCE = QSize(16, 48)


def fit_rect(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` shrunk to fit ``available``; centred in it unless it already lies inside."""
    size = wanted.size().boundedTo(available.size())
    rect = QRect(wanted.topLeft(), size)
    if not available.contains(rect):
        rect.moveCenter(available.center())
    return rect


def available_geometry(widget: QWidget) -> QRect:
    """The free area of the screen the widget is (or will be) on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_first_time(widget: QWidget, preferred: QSize) -> None:
    """Give a window its preferred size where the screen has room, else the room there is,
    centred on the screen."""
    available = available_geometry(widget)
    inner = available.adjusted(0, 0, -FRAME_ALLOWANCE.width(), -FRAME_ALLOWANCE.height())
    rect = QRect(inner.topLeft(), preferred.boundedTo(inner.size()))
    rect.moveCenter(inner.center())
    widget.resize(rect.size())
    widget.move(rect.topLeft())


def keep_on_screen(widget: QWidget) -> None:
    """A size and place remembered from a larger screen, shrunk and moved to fit this one."""
    available = available_geometry(widget)
    inner = available.adjusted(0, 0, -FRAME_ALLOWANCE.width(), -FRAME_ALLOWANCE.height())
    rect = fit_rect(widget.geometry(), inner)
    if rect != widget.geometry():
        widget.resize(rect.size())
        widget.move(rect.topLeft())
