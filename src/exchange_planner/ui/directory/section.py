"""One directory section: a searchable list beside the editor of the selected record.

Every finished field edit is one undoable command on the app-wide stack; a refused edit shows
the service's message next to the field and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import (
    ExchangePlannerError,
    InUseError,
    NotFoundError,
    ValidationError,
)
from exchange_planner.domain.texts import TRANSLATABLE
from exchange_planner.services.crud import RecordService
from exchange_planner.ui.change_feed import changed_by, remote_change
from exchange_planner.ui.conflicts import based_on, field_label, push_checked
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.fields import Field, FieldSpec
from exchange_planner.ui.directory.lists import DirectoryList, DirectoryModel
from exchange_planner.ui.icons import icon
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, UpdateRecord, push
from exchange_planner.ui.widgets.forms import (
    ASK,
    ERROR_STYLE,
    TAKE,
    TheirsNote,
    add_field_row,
    mark_overwrite,
    merge_typing,
)
from exchange_planner.ui.widgets.translations import TranslatableFields
from exchange_planner.ui.wording import in_use_text, validation_text


class DirectorySection(QWidget):
    """List + form for one kind of record (``kind`` as announced on the event hub)."""

    def __init__(
        self,
        context: UiContext,
        *,
        kind: str,
        texts: Mapping[str, str],
        service: RecordService[Any],
        model: DirectoryModel,
        fields: Sequence[FieldSpec],
        new_values: Callable[[], Mapping[str, Any]],
        copy_field: str,
        heading: Callable[[Any], str],
        empty_hint: str,
        read_only_hint: str = "",
        follow_up: Callable[[str, Any, Any], Mapping[str, Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: (field, new value, record) -> further fields to change in the same undoable step.
        self.follow_up = follow_up
        self.context = context
        self.kind = kind
        self.texts = texts  # whole sentences for the undo stack: "new", "duplicate", "delete"
        self.service = service
        self.new_values = new_values
        self.copy_field = copy_field
        self.heading_of = heading
        self.empty_hint = empty_hint
        #: Shown instead when nothing can be added (a read-only database).
        self.read_only_hint = read_only_hint or empty_hint
        self.record: Any = None
        self._base: dict[str, Any] | None = None
        self._loading = False
        #: Fields whose unsaved input someone else overtook: their stored value.
        self._theirs: dict[str, Any] = {}
        self.notes: dict[str, TheirsNote] = {}

        # --- list side: read page by page, searched and sorted by the service ---
        self.list = DirectoryList(model, self)
        self.list.selection_changed.connect(self._selection_changed)
        self.list.activated.connect(lambda _id: self.focus_first_field())
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action(
            self.tr("New"), "new", QKeySequence.StandardKey.New, self.create_new, self
        )
        self.duplicate_action = self._action(
            self.tr("Duplicate"), "duplicate", QKeySequence("Ctrl+D"), self.duplicate, self
        )
        self.delete_action = self._action(
            self.tr("Delete"),
            "delete",
            QKeySequence.StandardKey.Delete,
            self.delete,
            self.list.view,
        )
        for action in (self.new_action, self.duplicate_action, self.delete_action):
            toolbar.addAction(action)
        writes(self.new_action, self.duplicate_action, self.delete_action)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(toolbar)
        left_layout.addWidget(self.list)

        # --- editor side ---
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it names records in use
        self.message.setObjectName("section_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE + "padding: 4px;")
        self.message.hide()
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.form_widget = QWidget(self)
        form = QFormLayout()
        form_outer = QVBoxLayout(self.form_widget)
        form_outer.addLayout(form)
        form_outer.addStretch(1)  # rows keep their height; spare room goes below
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Field] = {}
        writes(self.form_widget)  # the fields, once they are built below
        for spec in fields:
            editor = Field(spec, self.form_widget)
            editor.committed.connect(self.commit_field)
            add_field_row(form, self.form_widget, spec.label, editor.widget, editor.error)
            self.fields[spec.name] = editor
        #: The texts of the translatable fields in other languages (a partnership should
        #: have its own and the office's; people and venues those of the partnerships
        #: they appear in, every content language while they are in none).
        self.translations: TranslatableFields | None = None
        if kind in TRANSLATABLE:
            self.translations = TranslatableFields(
                context,
                kind,
                lambda: (self.service, self.record.id) if self.record is not None else None,
                self,
                languages=self._languages,
            )
            for name in TRANSLATABLE[kind]:
                if name in self.fields:
                    spec_field = self.fields[name]
                    self.translations.attach(name, spec_field.widget, spec_field.spec.label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_widget)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(scroll)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self._show(None)  # the list has just read its first page; nothing is selected yet

    def _languages(self) -> list[str]:
        record_id = self.record.id if self.record is not None else None
        translations = self.context.services.translations
        if self.kind == "partnership":
            return translations.languages_for_partnership(record_id)
        return translations.languages_for_record(self.kind, record_id)

    def _action(
        self, text: str, icon_name: str, shortcut: Any, slot: Callable[[], None], owner: QWidget
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(shortcut)
        # Only while the focus is in this section (or its list, for Delete).
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload the list (keeping the selection and the scroll position) and the record
        shown in the form; one deleted meanwhile by someone else leaves a note saying so."""
        shown = self.record
        self._loading = True
        try:
            self.list.reload()
        finally:
            self._loading = False
        record = self.list.current_record()
        if shown is not None and self.list.current_id() != shown.id and self._gone(shown.id):
            who = changed_by()
            name = self.heading_of(shown)
            if who:
                text = self.tr("“%1” was deleted by %2.").replace("%1", name).replace("%2", who)
            else:
                text = self.tr("“%1” was deleted meanwhile.").replace("%1", name)
            self.show_message(text)
        self._show(record)

    def _gone(self, record_id: int) -> bool:
        """The record was deleted by someone else (not just hidden by the search)."""
        if not remote_change():
            return False
        try:
            self.service.get(record_id)
        except NotFoundError:
            return True
        return False

    def _selection_changed(self) -> None:
        if self._loading:
            return
        record = self.list.current_record()
        self.clear_message()
        self._show(record)
        self.context.events.current.emit(self.kind, record.id if record is not None else 0)

    def _show(self, record: Any, *, reread: str = "") -> None:
        """Show ``record``. When it is the record shown already (a refresh after a commit),
        a field the user is still typing in keeps the typing, with the other value in a note
        under it when someone else changed that field (``reread`` names a field shown afresh
        anyway: the user chose Reload)."""
        shown = self.record
        refresh = record is not None and shown is not None and record.id == shown.id
        same = refresh and self._base is not None
        if not refresh:
            for name in list(self._theirs):
                self._hide_note(name)
        kept: set[str] = set()
        if refresh:
            for name, editor in self.fields.items():
                if name == reread:
                    self._hide_note(name)
                    continue
                base = self._base[name] if self._base is not None else getattr(shown, name)
                if self._refresh_field(editor, base, record):
                    kept.add(name)
        self.record = record
        #: What the editor shows: the base of the next edit.
        self._base = (
            None
            if record is None
            else based_on(self._base if same else None, record.model_dump(), kept)
        )
        self.form_widget.setEnabled(record is not None)
        self.duplicate_action.setEnabled(record is not None)
        self.delete_action.setEnabled(record is not None)
        for name, editor in self.fields.items():
            if name in kept:
                continue
            editor.show_error("")
            if record is None:
                editor.clear()  # a disabled form shows no examples and no stale values
            else:
                editor.set_value(getattr(record, editor.spec.name))
        if self.translations is not None:
            self.translations.load(record)
        hint = self.read_only_hint if self.context.read_only else self.empty_hint
        self.heading.setText(self.heading_of(record) if record is not None else hint)

    def _refresh_field(self, editor: Field, base: Any, record: Any) -> bool:
        """The record shown was stored again: True when the field keeps unsaved input (and,
        if someone else changed this field, shows their value in a note under it). ``base``
        is the value the user's typing started from."""
        name = editor.spec.name
        mine, theirs = editor.value(), getattr(record, name)
        choice = merge_typing(base, mine, theirs, _same)
        if choice == TAKE:
            self._hide_note(name)
            return False
        if choice == ASK:
            self._theirs[name] = theirs
            self._note(name).show_theirs(changed_by(), _shown(editor, theirs))
        return True

    def _note(self, name: str) -> TheirsNote:
        note = self.notes.get(name)
        if note is None:
            note = self.notes[name] = TheirsNote(self.fields[name].widget)
            note.use_theirs.connect(lambda: self.use_theirs(name))
            note.keep_mine.connect(lambda: self.keep_mine(name))
        return note

    def _hide_note(self, name: str) -> None:
        self._theirs.pop(name, None)
        note = self.notes.get(name)
        if note is not None and not note.isHidden():
            note.hide()

    def note_text(self, name: str) -> str:
        note = self.notes.get(name)
        return "" if note is None else note.text()

    def use_theirs(self, name: str) -> None:
        """The stored value replaces the unsaved input (nothing is written)."""
        if name not in self._theirs:
            return
        self.fields[name].set_value(self._theirs[name])
        self._hide_note(name)
        self.fields[name].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep_mine(self, name: str) -> None:
        """Save the unsaved input over the other person's value (one undoable edit)."""
        if name not in self._theirs:
            return
        self._hide_note(name)
        self.commit_field(name, overwrite=True)
        self.fields[name].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def select(self, record_id: int) -> bool:
        return self.list.select_id(record_id)

    def focus_first_field(self) -> None:
        first = next(iter(self.fields.values()))
        first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if hasattr(first.widget, "selectAll"):
            first.widget.selectAll()

    # --- editing ---------------------------------------------------------------------------
    def commit_field(self, name: str, *, overwrite: bool = False) -> bool:
        """Save one field through the undo stack; False when refused (message shown) or
        while the field waits for "Use theirs" / "Keep mine" (``overwrite``: the latter)."""
        if self.record is None or name in self._theirs:
            return False
        editor = self.fields[name]
        value = editor.value()
        assert self._base is not None
        if _same_value(value, self._base[name]):
            editor.show_error("")
            return True
        label = editor.spec.label.replace("&", "")
        changes = {name: value}
        if self.follow_up is not None:
            changes.update(self.follow_up(name, value, self.record))
        try:
            command = UpdateRecord(
                self.tr("Change %s") % label,
                self.service,
                self.kind,
                self.context.events,
                self.record.id,
                changes,
                self._base,
            )
            if overwrite:
                mark_overwrite(command)
            if not push_checked(
                self,
                self.context.undo_stack,
                command,
                reload=lambda: self._reread(name),
                label_of=self._label_of,
            ):
                return False
        except ValidationError as error:
            target = self.fields.get(error.field, editor)
            target.show_error(validation_text(error))
            return False
        except ExchangePlannerError as error:
            self.show_message(str(error))
            return False
        editor.show_error("")
        return True

    def _label_of(self, name: str) -> str:
        editor = self.fields.get(name)
        return editor.spec.label.replace("&", "") if editor is not None else field_label(name)

    def _reread(self, name: str) -> None:
        """Show the stored record again after a refused edit; ``name`` shows the stored
        value, other fields being typed in keep their typing."""
        if self.record is None:
            return
        try:
            record = self.service.get(self.record.id)
        except ExchangePlannerError:
            self.reload()  # deleted meanwhile
            return
        self._show(record, reread=name)

    def create_new(self) -> None:
        self._create(self.texts["new"], dict(self.new_values()))

    def duplicate(self) -> None:
        if self.record is None:
            return
        values = self.record.model_dump()
        values.pop("id", None)
        values[self.copy_field] = self.tr("%s (copy)") % values[self.copy_field]
        texts = {field: dict(t) for field, t in (values.get("translations") or {}).items()}
        if self.copy_field in texts:  # the copy's name reads as a copy in every language
            texts[self.copy_field] = {
                language: self.tr("%s (copy)") % text
                for language, text in texts[self.copy_field].items()
            }
            values["translations"] = texts
        self._create(self.texts["duplicate"], values)

    def _create(self, text: str, values: dict[str, Any]) -> None:
        command = CreateRecord(text, self.service, self.kind, self.context.events, values)
        command.label_of = self._label_of  # names the field if its undo is refused
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self.show_message(str(error))
            return
        assert command.record_id is not None
        self.clear_message()
        if not self.list.select_id(command.record_id):
            self.reload()  # a section not on screen reads again only when asked
            self.list.select_id(command.record_id)
        self.focus_first_field()

    def delete(self) -> None:
        if self.record is None:
            return
        try:
            command = DeleteRecord(
                self.texts["delete"],
                self.service,
                self.kind,
                self.context.events,
                self.record.id,
            )
            push(self.context.undo_stack, command)
        except InUseError as error:
            shown = self.list.view.currentIndex().siblingAtColumn(0).data() or ""
            self.show_message(in_use_text(error, str(shown)))
            return
        except ExchangePlannerError as error:
            self.show_message(str(error))
            return
        self.clear_message()
        self.context.events.status.emit(self.tr("Deleted; Ctrl+Z brings it back."))

    # --- messages --------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.context.events.status.emit(text)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()


def _same_value(value: Any, stored: Any) -> bool:
    return value == stored or (value in ("", None) and stored in ("", None))


def _same(a: Any, b: Any) -> bool:
    return a == b or (a in ("", None) and b in ("", None))


def _shown(editor: Field, value: Any) -> str:
    """A stored value as the field would show it, on one line."""
    if editor.spec.kind == "choice":
        return next((text for stored, text in editor.spec.options if stored == value), "")
    if value is None:
        return "—" if editor.spec.kind == "number" else ""
    return " ".join(str(value).split())
