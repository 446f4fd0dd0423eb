"""The editor beside a list, in a scroll area: a tall form scrolls instead of making the
window taller than the screen (1366×768 is the smallest the program is laid out for)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_side(parent: QWidget) -> QScrollArea:
    """An empty scroll area whose widget has a vertical layout to fill (no margins)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget(scroll)
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 0, 0)
    scroll.setWidget(inner)
    return scroll
