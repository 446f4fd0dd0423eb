"""Every icon name used by the application, in one place, and how the icons are drawn.

The icons are glyphs of the Material Design Icons font (``mdi6``) that QtAwesome ships; they
are drawn the way ``qtawesome.icon`` draws them (the glyph at 7/8 of the icon's height,
centred, in the given colour or the palette's text colour, the disabled text colour when
disabled), without importing QtAwesome: importing it imports QtPy, which imports every Qt
module it wraps (QtOpenGL among them), and its first icon loads all twelve of its fonts.
Here only the one font used is loaded, once, when the first icon is made.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

#: The icon sets used: prefix -> (font file, charmap file) in QtAwesome's ``fonts`` folder.
FONTS: dict[str, tuple[str, str]] = {
    "mdi6": (
        "materialdesignicons6-webfont-6.9.96.ttf",
        "materialdesignicons6-webfont-charmap-6.9.96.json",
    ),
}

NAMES: dict[str, str] = {
    "calendar": "mdi6.calendar-month",
    "delegations": "mdi6.account-group",
    "residencies": "mdi6.palette",
    "exhibitions": "mdi6.image-frame",
    "directory": "mdi6.card-account-details",
    "new": "mdi6.plus",
    "new_database": "mdi6.database-plus",
    "new_window": "mdi6.window-restore",
    "open": "mdi6.folder-open",
    "save": "mdi6.content-save",
    "backup": "mdi6.database-export",
    "import": "mdi6.import",
    "export": "mdi6.export",
    "quit": "mdi6.exit-to-app",
    "about": "mdi6.information-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "edit": "mdi6.pencil",
    "delete": "mdi6.delete",
    "duplicate": "mdi6.content-copy",
    "print": "mdi6.printer",
    "pdf": "mdi6.file-pdf-box",
    "search": "mdi6.magnify",
    "warning": "mdi6.alert",
    "error": "mdi6.alert-circle",
    "ok": "mdi6.check-circle",
    "person": "mdi6.account",
    "venue": "mdi6.map-marker",
    "partnership": "mdi6.handshake",
    "gift": "mdi6.gift",
    "guestbook": "mdi6.book-open-variant",
    "program": "mdi6.clock-outline",
    "history": "mdi6.history",
    "sample": "mdi6.flask",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "today": "mdi6.calendar-today",
    "previous": "mdi6.chevron-left",
    "next": "mdi6.chevron-right",
    "cal_deadline": "mdi6.calendar-alert",
    "cal_export": "mdi6.calendar-export",
    "cal_week": "mdi6.calendar-week",
    "cal_month": "mdi6.calendar-month",
    "cal_agenda": "mdi6.view-agenda",
    "cal_jump": "mdi6.calendar-search",
    "cal_filter": "mdi6.filter-variant",
    "cal_zone": "mdi6.earth",
    "translate": "mdi6.translate",
    "translate_missing": "mdi6.translate-off",
    "seating": "mdi6.table-chair",
    "seating_auto": "mdi6.auto-fix",
    "seating_move": "mdi6.account-arrow-right",
    "seating_lock": "mdi6.lock",
    "seating_unseat": "mdi6.account-remove",
}


def fonts_dir() -> Path:
    """QtAwesome's ``fonts`` folder, found without importing the package (in a frozen
    build the collected folder is a namespace package of the same name)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the QtAwesome fonts are not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def icon_font(prefix: str) -> tuple[str, dict[str, str]]:
    """The family of an icon set's font (loaded into the application once) and its
    characters by icon name."""
    font_file, charmap_file = FONTS[prefix]
    folder = fonts_dir()
    font_id = QFontDatabase.addApplicationFont(str(folder / font_file))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FileNotFoundError(f"the icon font {folder / font_file} cannot be loaded")
    with open(folder / charmap_file, encoding="utf-8") as codes:
        charmap = {name: chr(int(code, 16)) for name, code in json.load(codes).items()}
    return families[0], charmap


class GlyphIconEngine(QIconEngine):
    """Draws one glyph of an icon font, as QtAwesome's ``CharIconPainter`` does."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self.family = family
        self.char = char
        self.color = color
        self.disabled = disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.color)
        font = QFont()
        font.setFamily(self.family)
        # A 16 pixel icon gets a 14 pixel glyph, leaving room for the font's bearing.
        font.setPixelSize(round(0.875 * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.family, self.char, QColor(self.color), QColor(self.disabled))


_cache: dict[tuple[str, str, str], QIcon] = {}


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon registered under ``name`` (a key of ``NAMES``), in ``color`` or the
    palette's text colour; one QIcon per name and colour."""
    palette = QGuiApplication.palette()
    active_text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    text = QColor(color) if color else active_text
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    # The palette's colours are part of the key: after a switch to dark mode, new icons follow it.
    key = (name, text.name(QColor.NameFormat.HexArgb), disabled.name(QColor.NameFormat.HexArgb))
    made = _cache.get(key)
    if made is None:
        prefix, glyph = NAMES[name].split(".", 1)
        family, charmap = icon_font(prefix)
        made = QIcon(GlyphIconEngine(family, charmap[glyph], text, disabled))
        _cache[key] = made
    return made
