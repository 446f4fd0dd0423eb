"""Colours, icons and names of the calendar's entry kinds (one place for the legend and views)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

from exchange_planner.domain.calendar import CalendarEntry, EntryKind
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label

#: Fill colour per colour key; chosen to be told apart also by people with weak red/green sight
#: (blue, teal, purple, orange, amber), with red kept for conflicts and overdue deadlines.
COLOURS: dict[str, str] = {
    "visit": "#1f5fa8",
    "program_item": "#0b7a75",
    "residency": "#7b3fa0",
    "exhibition": "#c0560f",
    "deadline": "#a67c00",
    "overdue": "#c62828",
    "cancelled": "#8a8a8a",
}
CONFLICT = "#d32f2f"
HIGHLIGHT = "#ffc400"
TODAY = "#1f5fa8"
#: Background of today's cell or column (the marker itself is drawn in TODAY).
TODAY_TINT = "#e6effa"
#: Background of an ordinary day cell.
CELL = "#ffffff"
WEEKEND = "#f3f4f7"
OTHER_MONTH = "#fafafa"
GRID = "#d5d8de"
TEXT = "#1d1f23"
MUTED = "#7a7f87"

ICON_NAMES: dict[EntryKind, str] = {
    EntryKind.VISIT: "delegations",
    EntryKind.PROGRAM_ITEM: "program",
    EntryKind.RESIDENCY: "residencies",
    EntryKind.EXHIBITION: "exhibitions",
    EntryKind.DEADLINE: "cal_deadline",
}


def kind_label(kind: EntryKind) -> str:
    return enum_label(kind)


def colour(entry: CalendarEntry) -> QColor:
    return QColor(COLOURS.get(entry.colour_key, COLOURS.get(entry.kind.value, "#555555")))


def kind_colour(kind: EntryKind) -> QColor:
    return QColor(COLOURS[kind.value])


def kind_icon(kind: EntryKind, colour_name: str | None = None) -> QIcon:
    return icon(ICON_NAMES[kind], colour_name or COLOURS[kind.value])


_PIXMAPS: dict[tuple[str, str, int], QPixmap] = {}


def pixmap(name: str, colour_name: str, size: int) -> QPixmap:
    """A cached icon pixmap (painting hundreds of entries must not rebuild icons)."""
    key = (name, colour_name, size)
    if key not in _PIXMAPS:
        _PIXMAPS[key] = icon(name, colour_name).pixmap(size, size)
    return _PIXMAPS[key]


def text_on(background: QColor) -> QColor:
    """Black or white text, whichever reads better on ``background``."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#111111") if luminance > 160 else QColor("#ffffff")
