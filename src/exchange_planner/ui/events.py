"""The application-wide event hub: tabs announce changes and navigation here, not to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventHub(QObject):
    #: (kind, id) of a record that was created, changed or deleted; kind is e.g. "visit".
    changed = Signal(str, int)
    #: Ask the main window to show a record in its tab: (kind, id).
    navigate = Signal(str, int)
    #: The record the user is working on in a tab: (kind, id); id 0 means none.
    current = Signal(str, int)
    #: A message for the status bar.
    status = Signal(str)
