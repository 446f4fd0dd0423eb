"""Errors the domain and service layers raise for the user to read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class ExchangePlannerError(Exception):
    """Base class of every error meant for a user."""


class ValidationError(ExchangePlannerError):
    """Input that breaks a rule; ``field`` names the offending field for inline messages.

    ``message`` is English (command line, logs, interchange errors). ``reason`` names the rule
    that was broken ("empty", "too_long", "not_amount", …) and ``values`` the facts the message
    states (the typed text, a length, a date), so that an interface can word it in its own
    language; a refusal without a reason is shown by its message.
    """

    def __init__(
        self,
        field: str,
        message: str,
        *,
        reason: str = "",
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.reason = reason
        self.values: dict[str, object] = dict(values or {})


class NotFoundError(ExchangePlannerError):
    """A record that was asked for by id does not exist (any more)."""


class InUseError(ExchangePlannerError):
    """A record cannot be deleted because others still refer to it.

    ``references`` are the English phrases of the message; ``uses`` the same places as values
    (``services/references.py`` ``Use``: table, column, title), for an interface's wording.
    """

    def __init__(self, message: str, references: list[str], uses: Sequence[object] = ()) -> None:
        super().__init__(message)
        self.references = references
        self.uses = tuple(uses)


class SchemaTooNewError(ExchangePlannerError):
    """The database was written by a newer version of the program."""


class DatabaseFileError(ExchangePlannerError):
    """A database file that cannot be used; it was not changed."""


class NotADatabaseError(DatabaseFileError):
    """The file is empty, not SQLite, or SQLite without an Exchange Planner schema."""


class DatabaseDamagedError(DatabaseFileError):
    """The file is truncated or fails the integrity check; ``backup`` is the newest good copy."""

    def __init__(self, message: str, backup: object = None) -> None:
        super().__init__(message)
        self.backup = backup


class DatabaseReadOnlyError(DatabaseFileError):
    """The file cannot be written by this user."""


class DatabaseLockedError(DatabaseFileError):
    """Another program holds a lock on the database."""


class DatabaseWriteError(ExchangePlannerError):
    """The database could not be written (no room on the disk, a disk error); nothing changed."""


class DatabaseConnectionError(ExchangePlannerError):
    """The connection to the database server broke off (PostgreSQL).

    ``saved`` says what became of the change being saved: False when it certainly was not
    saved, None when the server could not be asked (it is not back yet).
    """

    def __init__(self, message: str, *, saved: bool | None = False) -> None:
        super().__init__(message)
        self.saved = saved


class ImportFormatError(ExchangePlannerError):
    """An interchange document is malformed; ``path`` is the JSON path of the problem."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ConflictError(ExchangePlannerError):
    """Someone else changed the same field since this edit was based on it; nothing was saved.

    ``field`` is the field name, ``theirs`` the value now stored (as shown text), ``user`` and
    ``at`` (an aware UTC datetime, or None when unknown) who stored it and when. ``deleted``
    is True when the record itself was deleted meanwhile.
    """

    def __init__(
        self,
        noun: str,
        field: str,
        theirs: str,
        user: str = "",
        at: object = None,
        *,
        deleted: bool = False,
        undo: bool = False,
    ) -> None:
        self.noun = noun
        self.field = field
        self.theirs = theirs
        self.user = user
        self.at = at
        self.deleted = deleted
        self.undo = undo
        super().__init__(self._explain())

    def _explain(self) -> str:
        who = f" by {self.user}" if self.user else ""
        when = f" at {self.at:%Y-%m-%d %H:%M} UTC" if hasattr(self.at, "strftime") else ""
        if self.deleted:
            return f"The {self.noun} was deleted{who}{when}; your change was not saved."
        shown = f"“{self.theirs}”" if self.theirs else "empty"
        field = self.field.replace("_", " ")
        field = field[:1].upper() + field[1:]
        if self.undo:
            return f"{field} was changed to {shown}{who}{when} since; undo did nothing."
        return f"{field} was changed to {shown}{who}{when}; your change was not saved."
