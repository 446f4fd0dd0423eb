"""Edits and undos refused because someone else changed the record meanwhile.

An editor saves through :func:`push_checked`: when the service refuses the edit
(``ConflictError``: a colleague changed the same field since the editor showed it), the user
reads who changed it to what and when, and chooses **Reload** (the editor shows the stored
value; Escape does the same) or **Overwrite** (the edit is written anyway, as one undoable
step). A record deleted meanwhile is only reported. An undo or redo refused in the same way
(``ui/undo.py``) arrives on ``events.refused``; :func:`tell_refusal` words it for the status
bar and a warning. Every text is plain text.

Tests replace :data:`chooser` (the Reload / Overwrite question) and :data:`tell` (the warning).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_planner.domain.errors import ConflictError
from exchange_planner.ui.plain import Button, Icon, message_box, warn
from exchange_planner.ui.undo import push
from exchange_planner.ui.widgets.date_field import localize_dates, ui_date

RELOAD = "reload"
OVERWRITE = "overwrite"
OK = "ok"


def field_label(name: str) -> str:
    """A field name as a caption when the editor names no label for it ("start_date" →
    "Start date")."""
    text = name.replace("_id", "").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def when(at: Any) -> str:
    """When a change was made, in local time: "10:42" today, else with the date."""
    if not isinstance(at, datetime):
        return ""
    if at.tzinfo is None:  # stored as UTC without its zone
        at = at.replace(tzinfo=UTC)
    local = at.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return f"{ui_date(local.date())} {local:%H:%M}"


def _value(text: str) -> str:
    # A date is shown as the interface shows dates (20.07.2027 in German).
    return (
        QCoreApplication.translate("Conflicts", "“%1”").replace("%1", localize_dates(text))
        if text
        else QCoreApplication.translate("Conflicts", "empty")
    )


def _by_at(error: ConflictError) -> str:
    """ "by anna at 10:42" (or the part that is known)."""
    moment = when(error.at)
    if error.user and moment:
        return (
            QCoreApplication.translate("Conflicts", "by %1 at %2")
            .replace("%1", error.user)
            .replace("%2", moment)
        )
    if error.user:
        return QCoreApplication.translate("Conflicts", "by %1").replace("%1", error.user)
    if moment:
        return QCoreApplication.translate("Conflicts", "at %1").replace("%1", moment)
    return ""


def _changed(error: ConflictError, label: str) -> str:
    """ "Title was changed to “X” by anna at 10:42" """
    by_at = _by_at(error)
    text = (
        QCoreApplication.translate("Conflicts", "%1 was changed to %2 %3")
        if by_at
        else QCoreApplication.translate("Conflicts", "%1 was changed to %2")
    )
    return text.replace("%1", label).replace("%2", _value(error.theirs)).replace("%3", by_at)


def conflict_text(error: ConflictError, label: str) -> str:
    """The message of a refused edit, naming the field by ``label``."""
    if error.deleted:
        by_at = _by_at(error)
        if by_at:
            return QCoreApplication.translate(
                "Conflicts", "This record was deleted %1; your change was not saved."
            ).replace("%1", by_at)
        return QCoreApplication.translate(
            "Conflicts", "This record was deleted; your change was not saved."
        )
    return QCoreApplication.translate("Conflicts", "%1; your change was not saved.").replace(
        "%1", _changed(error, label)
    )


def refusal_text(error: ConflictError) -> str:
    """The message of a refused undo or redo (``ui/undo.py`` sets ``action`` and ``label``)."""
    redo = getattr(error, "action", "undo") == "redo"
    label = getattr(error, "label", "") or field_label(error.field or "record")
    if error.deleted:
        by_at = _by_at(error)
        what = (
            QCoreApplication.translate("Conflicts", "the record was deleted %1").replace(
                "%1", by_at
            )
            if by_at
            else QCoreApplication.translate("Conflicts", "the record was deleted")
        )
    else:
        what = _changed(error, label)
    if redo:
        return QCoreApplication.translate("Conflicts", "Redo did nothing: %1.").replace("%1", what)
    return QCoreApplication.translate("Conflicts", "Undo did nothing: %1.").replace("%1", what)


def ask_conflict(parent: QWidget | None, error: ConflictError, label: str) -> str:
    """Reload or Overwrite (Escape: Reload); for a deleted record only OK."""
    title = QCoreApplication.translate("Conflicts", "Not saved")
    text = conflict_text(error, label)
    if error.deleted:
        box = message_box(parent, Icon.Warning, title, text, Button.Ok)
        try:
            box.exec()
        finally:
            box.deleteLater()
        return OK
    box = message_box(parent, Icon.Warning, title, text, Button.NoButton)
    reload = box.addButton(
        QCoreApplication.translate("Conflicts", "&Reload"), QMessageBox.ButtonRole.RejectRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("Conflicts", "&Overwrite"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(reload)
    box.setEscapeButton(reload)
    try:
        box.exec()
        return OVERWRITE if box.clickedButton() is overwrite else RELOAD
    finally:
        box.deleteLater()


def tell_warning(parent: QWidget | None, text: str) -> None:
    warn(parent, QCoreApplication.translate("Conflicts", "Nothing changed"), text, wait=False)


#: (parent, error, field label) -> RELOAD, OVERWRITE or OK; replaced in tests.
chooser: Callable[[QWidget | None, ConflictError, str], str] = ask_conflict
#: (parent, text): the warning of a refused undo or redo; replaced in tests.
tell: Callable[[QWidget | None, str], None] = tell_warning


def push_checked(
    parent: QWidget | None,
    stack: Any,
    command: Any,
    *,
    reload: Callable[[], None],
    label_of: Callable[[str], str] = field_label,
) -> bool:
    """Push an edit (``ui/undo.py`` ``push``); when it is refused because someone changed
    the record meanwhile, ask: Reload calls ``reload`` (the editor shows what is stored),
    Overwrite writes the edit anyway. True when the edit was saved. Other errors (a
    validation) propagate as from ``push``."""
    command.label_of = label_of
    try:
        push(stack, command)
        return True
    except ConflictError as error:
        label = label_of(error.field) if error.field else ""
        choice = chooser(parent, error, label)
        if choice == OVERWRITE and not error.deleted:
            command.overwrite = True
            push(stack, command)
            return True
        reload()
        return False


def tell_refusal(parent: QWidget | None, events: Any, error: ConflictError) -> None:
    """A refused undo or redo: the status bar and a warning say why nothing changed."""
    text = refusal_text(error)
    events.status.emit(text)
    tell(parent, text)


# --- what an editor showed ---------------------------------------------------------------
def pending_input(form: Any) -> set[str]:
    """Fields of a ``Form`` (``ui/widgets/forms.py``) holding typing not saved yet: their
    content differs from what was last loaded or saved."""
    loaded: dict[str, Any] = getattr(form, "_loaded", {})
    return {
        name for name, value in loaded.items() if name in form.widgets and form.value(name) != value
    }


def load_keeping_input(form: Any, values: Mapping[str, Any], *, same_record: bool) -> set[str]:
    """Show ``values`` in ``form``; when the same record is shown again (a refresh after a
    commit), a field the user is still typing in keeps the typing (and ``Form.load`` shows
    someone else's new value of that field beside it). Returns the kept fields."""
    keep = pending_input(form) if same_record else set()
    form.load(dict(values))
    return keep


def based_on(
    previous: Mapping[str, Any] | None, current: Mapping[str, Any], kept: set[str]
) -> dict[str, Any]:
    """The values an edit is based on after a refresh: the record now shown, except that a
    field whose typing was kept is still based on the value (and version) it was typed over,
    so a colleague's change of that field is not overwritten unseen."""
    if not kept or previous is None:
        return dict(current)
    merged = dict(current)
    for name in kept:
        if name in previous:
            merged[name] = previous[name]
    merged["row_version"] = previous.get("row_version")
    return merged
