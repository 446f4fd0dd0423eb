"""The application-wide event hub: tabs announce changes and navigation here, not to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventHub(QObject):
    #: (kind, id) of a record that was created, changed or deleted; kind is the table name
    #: (``visit``, ``program_item``...) or ``settings``; id 0: several records of that kind
    #: (a commit of many, e.g. an import); ``("*", 0)``: re-read everything.
    #: Fed by the change feed (``ui/change_feed.py``), whoever made the change.
    changed = Signal(str, int)
    #: The ``Changes`` of one commit (this window's, or another user's with ``remote`` set).
    changes = Signal(object)
    #: An edit or undo that was refused because someone else changed the record: the
    #: ``ConflictError``; the main window tells the user.
    refused = Signal(object)
    #: Ask the main window to show a record in its tab: (kind, id).
    navigate = Signal(str, int)
    #: The record the user is working on in a tab: (kind, id); id 0 means none.
    current = Signal(str, int)
    #: A message for the status bar.
    status = Signal(str)
