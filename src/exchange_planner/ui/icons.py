"""Every qtawesome icon name used by the application, in one place."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

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
}


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon registered under ``name`` (a key of ``NAMES``)."""
    options = {"color": color} if color else {}
    return qta.icon(NAMES[name], **options)
