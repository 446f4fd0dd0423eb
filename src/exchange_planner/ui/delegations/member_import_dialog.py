"""Importing a member list: choose a file, map its columns, see every problem, then import.

Reading the file and checking its rows run in the background (``ui/workers.py``) with a
progress bar and a Stop button; the dialog stays responsive, and a newer request (another
encoding, header row or column) supersedes the one still running. ``ready`` is emitted
whenever the dialog has settled: preview shown, file refused, or reading stopped.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.enums import MemberRole
from exchange_planner.domain.errors import ExchangePlannerError, ValidationError
from exchange_planner.domain.timeutil import to_local
from exchange_planner.services.member_import import (
    ENCODINGS,
    FIELDS,
    REQUIRED,
    ImportCancelled,
    ImportPreview,
    MemberImportService,
    PreviewRow,
    RawTable,
    SkippedRow,
    encoding_label,
    guess_mapping,
    read_table,
    without_row,
)
from exchange_planner.ui import workers
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import CreateMany
from exchange_planner.ui.delegations.members import role_text
from exchange_planner.ui.icons import icon
from exchange_planner.ui.plain import plain_tooltip
from exchange_planner.ui.undo import push

PREVIEW_COLUMNS = (
    "family_name",
    "given_name",
    "native_name",
    "title",
    "role",
    "arrival",
    "departure",
)
#: Preview columns that hold times: their headers name the zone they are shown in.
TIME_COLUMNS = ("arrival", "departure")
#: The problems list shows at most this many messages (and how many more there are).
MAX_PROBLEMS_SHOWN = 200

_Index = QModelIndex | QPersistentModelIndex


def ask_open_file(parent: QWidget, caption: str, directory: str, filters: str) -> str:
    """The file the user chooses to read ("" when cancelled); tests replace this hook."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, directory, filters)
    return path


def ask_save_file(parent: QWidget, caption: str, directory: str, filters: str) -> str:
    """Where the user saves a report ("" when cancelled); tests replace this hook."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, directory, filters)
    return path


#: The service's field names as the dialog shows them (the keys of the service's ``FIELDS``).
FIELD_TEXTS = {
    "family_name": QT_TRANSLATE_NOOP("MemberImportDialog", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("MemberImportDialog", "Given name"),
    "native_name": QT_TRANSLATE_NOOP("MemberImportDialog", "Name in own script"),
    "name_order": QT_TRANSLATE_NOOP("MemberImportDialog", "Name order"),
    "title": QT_TRANSLATE_NOOP("MemberImportDialog", "Title / function"),
    "organisation": QT_TRANSLATE_NOOP("MemberImportDialog", "Organisation"),
    "country": QT_TRANSLATE_NOOP("MemberImportDialog", "Country"),
    "email": QT_TRANSLATE_NOOP("MemberImportDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("MemberImportDialog", "Phone"),
    "language": QT_TRANSLATE_NOOP("MemberImportDialog", "Language"),
    "role": QT_TRANSLATE_NOOP("MemberImportDialog", "Role"),
    "arrival": QT_TRANSLATE_NOOP("MemberImportDialog", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("MemberImportDialog", "Departure"),
    "room": QT_TRANSLATE_NOOP("MemberImportDialog", "Hotel room"),
    "dietary_notes": QT_TRANSLATE_NOOP("MemberImportDialog", "Dietary notes"),
}


def field_text(name: str) -> str:
    """A member field's name in the user's language."""
    source = FIELD_TEXTS.get(name)
    if source is None:
        return FIELDS.get(name, name)
    return QCoreApplication.translate("MemberImportDialog", source)


#: The encodings as the dialog names them (the keys of the service's ``ENCODINGS``).
ENCODING_TEXTS = {
    "utf-8": QT_TRANSLATE_NOOP("MemberImportDialog", "UTF-8"),
    "utf-16": QT_TRANSLATE_NOOP("MemberImportDialog", "UTF-16"),
    "cp949": QT_TRANSLATE_NOOP("MemberImportDialog", "CP949 (Korean)"),
    "euc-kr": QT_TRANSLATE_NOOP("MemberImportDialog", "EUC-KR (Korean)"),
    "cp1252": QT_TRANSLATE_NOOP("MemberImportDialog", "Windows-1252"),
}


class PreviewModel(QAbstractTableModel):
    """The checked rows, one line each: row number with a mark, then the main fields."""

    def __init__(self, parent: QWidget | None = None, *, timezone: str = "UTC") -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []
        #: Arrival times show as the members section shows them: in the visit's zone.
        self.timezone = timezone
        self._ok = icon("ok")
        self._error = icon("error")

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        name = PREVIEW_COLUMNS[section - 1]
        if name in TIME_COLUMNS:  # the zone the times are shown in, e.g. "Arrival (Asia/Seoul)"
            return self.tr("%1 (%2)").replace("%1", field_text(name)).replace("%2", self.timezone)
        return field_text(name)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.number)
            return self._shown(row.values.get(PREVIEW_COLUMNS[column - 1]))
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._ok if row.ok else self._error
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip("\n".join(row.errors) or self.tr("OK"))
        return None

    def _shown(self, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, MemberRole):
            return role_text(value)
        if isinstance(value, datetime):
            return f"{to_local(value, self.timezone):%d.%m.%Y %H:%M}"
        return str(getattr(value, "value", value))


#: The role table's columns: the value as the file writes it, how many rows hold it, the role.
ROLE_COLUMNS = 3


class RoleTableModel(QAbstractTableModel):
    """The role values of the file and the role each is taken as; the role can be edited.

    An edit is not kept here: ``role_edited(key, role)`` asks the dialog to make it (an
    undoable step), and the dialog shows the table again after the rows are checked.
    """

    role_edited = Signal(str, object)  # value key, MemberRole or None (not mapped)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: list[str] = []
        self.spellings: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self.roles: dict[str, MemberRole | None] = {}
        self._error = icon("error")

    def set_values(
        self,
        spellings: dict[str, str],
        counts: dict[str, int],
        roles: dict[str, MemberRole | None],
    ) -> None:
        self.beginResetModel()
        self.keys = list(spellings)
        self.spellings, self.counts, self.roles = dict(spellings), dict(counts), dict(roles)
        self.endResetModel()

    def role_of(self, key: str) -> MemberRole | None:
        return self.roles.get(key)

    def unmapped(self) -> list[str]:
        return [key for key in self.keys if self.roles.get(key) is None]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ROLE_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("In the file"), self.tr("Rows"), self.tr("Role"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.keys[index.row()]
        mapped = self.roles.get(key)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.spellings[key]
            if column == 1:
                return str(self.counts.get(key, 0))
            return role_text(mapped) if mapped is not None else self.tr("(not mapped)")
        if role == Qt.ItemDataRole.EditRole and column == 2:
            return mapped.value if mapped is not None else ""
        if role == Qt.ItemDataRole.DecorationRole and column == 2 and mapped is None:
            return self._error
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and mapped is None:
            return plain_tooltip(
                self.tr(
                    "Choose the role of the rows that hold this value; "
                    "until then they are rows with errors."
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.keys[index.row()]
        new = MemberRole(value) if value else None
        if new == self.roles.get(key):
            return False
        self.roles[key] = new
        self.dataChanged.emit(index.siblingAtColumn(0), index)
        self.role_edited.emit(key, new)
        return True


class RoleDelegate(QStyledItemDelegate):
    """The role column is edited with a list of the roles (and "not mapped")."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        box = QComboBox(parent)
        box.setObjectName("role_editor")
        box.addItem(QCoreApplication.translate("RoleTableModel", "(not mapped)"), "")
        for role in MemberRole:
            box.addItem(role_text(role), role.value)
        return box

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


_UNSET = object()


class RoleEdit(QUndoCommand):
    """One change of the role table (undone with Ctrl+Z in the dialog)."""

    def __init__(self, dialog: MemberImportDialog, key: str, role: MemberRole | None) -> None:
        super().__init__(QCoreApplication.translate("MemberImportDialog", "Role change"))
        self.dialog, self.key, self.role = dialog, key, role
        self.before: Any = dialog.role_edits.get(key, _UNSET)

    def redo(self) -> None:
        self.dialog.role_edits[self.key] = self.role
        self.dialog.refresh_preview()

    def undo(self) -> None:
        if self.before is _UNSET:
            self.dialog.role_edits.pop(self.key, None)
        else:
            self.dialog.role_edits[self.key] = self.before
        self.dialog.refresh_preview()


class SkippedRowsDialog(QDialog):
    """The rows an import left out, with their row number and why: to copy or save."""

    def __init__(self, text: str, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rows skipped"))
        self.resize(640, 360)
        self.source = source
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("skipped_report")
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.saved_label = QLabel(self)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setIcon(icon("duplicate"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setIcon(icon("save"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These rows had problems and were not imported; fix them and import them again:"
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.saved_label.setText(self.tr("Copied to the clipboard."))

    def save(self) -> bool:
        stem = Path(self.source).stem if self.source else self.tr("members")
        path = ask_save_file(
            self,
            self.tr("Save the skipped rows"),
            str(Path.home() / (self.tr("%s - skipped rows") % stem + ".txt")),
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if not path:
            return False
        try:
            Path(path).write_text(self.text.toPlainText(), encoding="utf-8")
        except OSError as error:
            self.saved_label.setText(
                self.tr("Cannot save %1: %2")
                .replace("%1", Path(path).name)
                .replace("%2", error.strerror or str(error))
            )
            return False
        self.saved_label.setText(self.tr("Saved as %s.") % path)
        return True


class MemberImportDialog(QDialog):
    #: The dialog has settled: a preview is shown, the file was refused, or reading stopped.
    ready = Signal()

    def __init__(
        self, context: UiContext, visit_id: int, timezone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import delegation members"))
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        # As large as a 1366x768 screen allows: the columns, the roles and the rows side by side.
        self.resize(
            min(1200, room.width() - 40) if room else 1100,
            min(740, room.height() - 40) if room else 680,
        )
        self.context = context
        self.services = context.services
        self.visit_id = visit_id
        self.timezone = timezone
        self.path: Path | None = None
        self.table: RawTable | None = None
        self.preview: ImportPreview | None = None
        self.imported: list[int] = []
        self.task: workers.Task | None = None
        self._generation = 0
        #: The role table: what was kept for the visit's partnership, and this dialog's edits.
        self.remembered_roles: dict[str, MemberRole] = self.services.member_import.remembered_roles(
            visit_id
        )
        self.role_edits: dict[str, MemberRole | None] = {}
        self.role_undo = QUndoStack(self)
        #: The skipped-rows report of the last import ("" when none was skipped), and its window.
        self.report_text = ""
        self.report: SkippedRowsDialog | None = None

        self.file_label = QLabel(self.tr("No file chosen (CSV or XLSX)."), self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(icon("open"), self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.encoding_label = QLabel(self)
        self.encoding_label.setObjectName("encoding_label")
        self.encoding_label.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding_box = QComboBox(self)
        self.encoding_box.setObjectName("encoding_box")
        for codec in ENCODINGS:
            self.encoding_box.addItem(self._encoding_text(codec), codec)
        self.encoding_box.setEnabled(False)
        self.encoding_box.activated.connect(self._encoding_chosen)
        encoding_caption = QLabel(self.tr("&Read as:"), self)
        encoding_caption.setBuddy(self.encoding_box)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("header_row")
        self.header_spin.setRange(1, 1)
        self.header_spin.setEnabled(False)
        self.header_spin.valueChanged.connect(self._header_chosen)
        header_caption = QLabel(self.tr("&Header row:"), self)
        header_caption.setBuddy(self.header_spin)
        self.header_spin.setToolTip(self.tr("The row of the file that holds the column names"))
        source = QHBoxLayout()
        source.addWidget(self.encoding_label, 1)
        source.addWidget(encoding_caption)
        source.addWidget(self.encoding_box)
        source.addSpacing(12)
        source.addWidget(header_caption)
        source.addWidget(self.header_spin)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()

        mapping_box = QGroupBox(self.tr("Columns"), self)
        grid = QGridLayout(mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for index, name in enumerate(FIELDS):
            label = field_text(name)
            box = QComboBox(mapping_box)
            box.setObjectName(f"map_{name}")
            box.activated.connect(lambda _i: self.refresh_preview())
            self.mapping[name] = box
            caption = QLabel(label + (" *" if name in REQUIRED else ""), mapping_box)
            caption.setBuddy(box)
            grid.addWidget(caption, index // 3, (index % 3) * 2)
            grid.addWidget(box, index // 3, (index % 3) * 2 + 1)

        roles_box = QGroupBox(self.tr("Ro&les"), self)
        roles_box.setObjectName("roles_box")
        self.role_model = RoleTableModel(self)
        self.role_model.role_edited.connect(self._role_edited)
        self.role_table = QTableView(roles_box)
        self.role_table.setObjectName("role_table")
        self.role_table.setModel(self.role_model)
        self.role_table.setItemDelegateForColumn(2, RoleDelegate(self.role_table))
        self.role_table.verticalHeader().hide()
        self.role_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.role_table.horizontalHeader().setStretchLastSection(True)
        self.role_table.setMinimumWidth(320)
        roles_box.setToolTip(
            self.tr(
                "How the values of the role column are taken; "
                "kept for the next list of this partnership"
            )
        )
        self.role_undo_button = QPushButton(icon("undo"), self.tr("&Undo role change"), roles_box)
        self.role_undo_button.setObjectName("role_undo")
        self.role_undo_button.setEnabled(False)
        self.role_undo_button.clicked.connect(self.role_undo.undo)
        self.role_undo.canUndoChanged.connect(self.role_undo_button.setEnabled)
        undo_action = QAction(self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_action.triggered.connect(self.role_undo.undo)
        redo_action = QAction(self)
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo_action.triggered.connect(self.role_undo.redo)
        self.addAction(undo_action)
        self.addAction(redo_action)
        self.roles_note = QLabel(roles_box)
        self.roles_note.setObjectName("roles_note")
        self.roles_note.setTextFormat(Qt.TextFormat.PlainText)
        self.roles_note.setWordWrap(True)
        # Room for two lines: a wrapped label in a group box beside another gets no more.
        self.roles_note.setMinimumHeight(2 * self.roles_note.fontMetrics().lineSpacing() + 4)
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.addWidget(self.role_table, 1)
        roles_layout.addWidget(self.roles_note)
        roles_layout.addWidget(self.role_undo_button, 0, Qt.AlignmentFlag.AlignRight)

        self.preview_model = PreviewModel(self, timezone=timezone)
        self.preview_table = QTableView(self)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().hide()
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(100)
        self.problems.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.times_label = QLabel(
            self.tr("Times are read and shown in %s, the visit's local time.") % timezone, self
        )
        self.times_label.setObjectName("times_label")
        self.times_label.setTextFormat(Qt.TextFormat.PlainText)
        self.skip_box = QCheckBox(self.tr("S&kip rows with errors"), self)
        self.skip_box.setObjectName("skip_errors")
        self.skip_box.setToolTip(
            self.tr("Import the rows without problems and list the others in a report")
        )
        self.skip_box.toggled.connect(lambda _on: self._show_state())

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.cancel_work)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.stop_button)
        self.progress.hide()
        self.stop_button.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setIcon(icon("import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(source)
        layout.addWidget(self.note)
        # The column and role boxes take the height they need; the preview the rest.
        mapping_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.role_table.setMaximumHeight(200)
        columns = QHBoxLayout()
        columns.addWidget(mapping_box, 3, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(roles_box, 1)
        layout.addLayout(columns)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.times_label)
        options = QHBoxLayout()
        options.addWidget(self.summary, 1)
        options.addWidget(self.skip_box)
        layout.addLayout(options)
        layout.addLayout(busy)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    # --- steps ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_open_file(
            self,
            self.tr("Member list"),
            str(Path.home()),
            self.tr("Member lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def load_file(self, path: str | Path) -> bool:
        """Start reading ``path`` (encoding and header row detected); ``ready`` follows."""
        self.path = Path(path)
        self.table = None
        self._read(encoding=None, header_row=None)
        return True

    def _encoding_chosen(self, _index: int) -> None:
        if self.path is not None:
            self._read(encoding=self.encoding_box.currentData(), header_row=None)

    def _header_chosen(self, row: int) -> None:
        if self.table is None:
            return
        table = self.table
        self._run(
            self.tr("Reading the header row…"),
            lambda control: table.with_header(row),
            self._read_done,
        )

    def _read(self, *, encoding: str | None, header_row: int | None) -> None:
        assert self.path is not None
        self.file_label.setText(self.path.name)
        self.table = None
        self.header_spin.setEnabled(False)
        self.preview_model.set_rows([])
        self._run(
            self.tr("Reading %s…") % self.path.name,
            partial(_read_in_background, path=self.path, encoding=encoding, header_row=header_row),
            self._read_done,
        )

    def set_mapping(self, name: str, column: int) -> None:
        box = self.mapping[name]
        box.setCurrentIndex(box.findData(column))
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        if self.table is None:
            return
        table, service = self.table, self.services.member_import
        mapping = {name: box.currentData() for name, box in self.mapping.items()}
        roles = self.role_table_now()
        self._run(
            self.tr("Checking the rows…"),
            partial(
                _preview_in_background,
                service=service,
                table=table,
                mapping=mapping,
                visit_id=self.visit_id,
                timezone=self.timezone,
                roles=roles,
            ),
            self._preview_done,
        )

    def role_table_now(self) -> dict[str, MemberRole | None]:
        """The role table the rows are checked with: kept for the partnership, then edited."""
        return {**self.remembered_roles, **self.role_edits}

    def _role_edited(self, key: str, role: MemberRole | None) -> None:
        self.role_undo.push(RoleEdit(self, key, role))

    # --- background work ------------------------------------------------------------------
    def _run(self, message: str, fn: Any, on_done: Any) -> None:
        """Start ``fn(control)`` in the background; a task still running is superseded."""
        self.cancel_work(quiet=True)
        self._generation += 1
        generation = self._generation
        self.problems.clear()
        self.preview = None
        self.import_button.setEnabled(False)
        self.summary.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.task = workers.start(
            fn,
            on_done=partial(self._finished, generation, on_done),
            on_error=partial(self._failed, generation),
            on_progress=partial(self._on_progress, generation),
            on_cancelled=partial(self._cancelled, generation),
        )

    def cancel_work(self, _checked: bool = False, *, quiet: bool = False) -> None:
        """Stop what runs in the background (the Stop button)."""
        if self.task is None:
            return
        self.task.control.cancel()
        if quiet:  # superseded: its result is ignored when it comes
            self.task = None
        else:
            self.stop_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping…"))

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self.task is not None

    def _idle(self) -> None:
        self.task = None
        self.progress.hide()
        self.stop_button.hide()

    def _on_progress(self, generation: int, done: int, total: int, message: str) -> None:
        if not self._current(generation):
            return
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
        else:
            self.progress.setRange(0, 0)
        if message:
            self.progress.setFormat(message)

    def _finished(self, generation: int, on_done: Any, result: Any) -> None:
        if not self._current(generation):
            return
        self._idle()
        on_done(result)

    def _cancelled(self, generation: int) -> None:
        if not self._current(generation):
            return
        self._idle()
        self.table = None
        self.preview = None
        self.preview_model.set_rows([])
        self.role_model.set_values({}, {}, {})
        self.roles_note.clear()
        self.summary.setText(self.tr("Stopped; nothing was imported. Choose the file again."))
        self.ready.emit()

    def _failed(self, generation: int, error: Exception, _details: str) -> None:
        if not self._current(generation):
            return
        self._idle()
        self.preview = None
        self.preview_model.set_rows([])
        self.role_model.set_values({}, {}, {})
        self.roles_note.clear()
        if isinstance(error, ValidationError):
            self.summary.setText(self.tr("The columns need attention."))
            label = "" if error.field == "header" else f"{field_text(error.field)}: "
            self.problems.addItem(label + error.message)
        elif isinstance(error, ExchangePlannerError | OSError):
            if self.table is None:
                self.summary.setText(self.tr("Cannot read the file."))
            else:
                self.summary.setText(self.tr("Nothing to import."))
            self.problems.addItem(str(error))
        else:  # a defect: its traceback is in the log file
            self.summary.setText(
                self.tr("The file could not be read because of an internal error.")
            )
            self.problems.addItem(f"{type(error).__name__}: {error}")
        self.ready.emit()

    # --- results --------------------------------------------------------------------------
    def _read_done(self, table: RawTable) -> None:
        self.table = table
        assert self.path is not None
        self.file_label.setText(
            self.tr("%1 — %2 rows below the header")
            .replace("%2", f"{len(table.rows):,}")
            .replace("%1", self.path.name)
        )
        if table.codec:
            key = _encoding_key(table.codec)
            self.encoding_label.setText(self.tr("Encoding: %s") % self._encoding_text(key))
            self.encoding_box.setEnabled(True)
            self.encoding_box.setCurrentIndex(max(self.encoding_box.findData(key), 0))
        else:
            self.encoding_label.setText(self.tr("Format: Excel workbook (XLSX)"))
            self.encoding_box.setEnabled(False)
        if table.note:
            self.note.setText(
                self.tr("This file is named .xlsx but holds text; it is read as text.")
            )
            self.note.show()
        else:
            self.note.hide()
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(1, max(table.last_row, table.header_row))
        self.header_spin.setValue(table.header_row)
        self.header_spin.blockSignals(False)
        self.header_spin.setEnabled(True)
        guessed = guess_mapping(table.headers)
        for name, box in self.mapping.items():
            box.clear()
            box.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                box.addItem(header or self.tr("column %d") % (index + 1), index)
            box.setCurrentIndex(box.findData(guessed.get(name, -1)))
        self.refresh_preview()

    def _encoding_text(self, key: str) -> str:
        source = ENCODING_TEXTS.get(key)
        return self.tr(source) if source else encoding_label(key)

    def _preview_done(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_model.set_rows(preview.rows)
        self.preview_table.resizeColumnsToContents()
        errors = preview.errors
        for message in errors[:MAX_PROBLEMS_SHOWN]:
            QListWidgetItem(icon("error"), message, self.problems)
        if len(errors) > MAX_PROBLEMS_SHOWN:
            self.problems.addItem(
                self.tr("… and %d more problems") % (len(errors) - MAX_PROBLEMS_SHOWN)
            )
        roles = {key: preview.role_of(key) for key in preview.role_values}
        self.role_model.set_values(preview.role_values, preview.role_counts, roles)
        self.role_table.resizeColumnsToContents()
        self._show_state()
        self.ready.emit()

    def _show_state(self) -> None:
        """The summary, the role note and the Import button for the preview and the options."""
        preview = self.preview
        unmapped = self.role_model.unmapped()
        if unmapped:
            self.roles_note.setText(
                self.tr(
                    "%n value(s) not mapped to a role; their rows are rows with errors.",
                    "",
                    len(unmapped),
                )
            )
        elif self.role_model.keys:
            self.roles_note.setText(self.tr("Kept for the next list of this partnership."))
        else:
            self.roles_note.setText(
                self.tr("The file has no role column; everyone is an Official.")
            )
        if preview is None:
            return
        bad = len(preview.bad_rows)
        good = len(preview.rows) - bad
        skip = self.skip_box.isChecked()
        if bad and skip and good:
            self.summary.setText(
                self.tr(
                    "%1 of %2 rows have problems; they are skipped and listed in a report, "
                    "%3 members are imported."
                )
                .replace("%1", str(bad))
                .replace("%2", str(len(preview.rows)))
                .replace("%3", str(good))
            )
        elif bad and skip:
            self.summary.setText(
                self.tr(
                    "Every row has a problem: there is nothing to import, "
                    "even with “Skip rows with errors”."
                )
            )
        elif bad:
            self.summary.setText(
                self.tr("%d of %d rows have problems; nothing is imported until all are fixed.")
                % (bad, len(preview.rows))
            )
        else:
            existing = sum(1 for row in preview.rows if row.existing_person_id)
            self.summary.setText(
                self.tr("%d members ready to import (%d already in the directory).")
                % (len(preview.rows), existing)
            )
        self.import_button.setEnabled(not self.busy and (preview.ok or (skip and good > 0)))

    def reject(self) -> None:
        self.cancel_work(quiet=True)
        super().reject()

    def do_import(self) -> bool:
        if self.preview is None or self.busy:
            return False
        skip = self.skip_box.isChecked()
        if not (self.preview.ok or (skip and self.preview.good_rows)):
            return False
        preview, services = self.preview, self.services
        skipped: list[SkippedRow] = []

        def make() -> list[Any]:
            result = services.member_import.commit(preview, skip_errors=skip)
            skipped[:] = result.skipped
            return [(services.people, "person", pid) for pid in result.created_person_ids] + [
                (services.members, "visit_member", mid) for mid in result.member_ids
            ]

        count = len(preview.good_rows) if skip else len(preview.rows)
        command = CreateMany(self.tr("Import %d members") % count, self.context.events, make)
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self.problems.addItem(str(error))
            return False
        self.imported = [
            record_id for _s, kind, record_id in command.made if kind == "visit_member"
        ]
        try:  # the role table is kept for the partnership's next list
            services.member_import.remember_roles(
                self.visit_id, {key: preview.role_of(key) for key in preview.role_values}
            )
        except ExchangePlannerError as error:  # the import stands; only the table is not kept
            self.problems.addItem(str(error))
        self.report_text = self.skipped_text(skipped, preview.source) if skipped else ""
        self.accept()
        if skipped:
            self.report = SkippedRowsDialog(self.report_text, preview.source, self.parentWidget())
            self.report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report.open()
        return True

    def skipped_text(self, rows: list[SkippedRow], source: str) -> str:
        """The report of the skipped rows: a line for the file, then one per row and why."""
        lines = [
            self.tr("%1: %n row(s) skipped, not imported", "", len(rows)).replace(
                "%1", source or self.tr("Member list")
            )
        ]
        for row in rows:
            reasons = "; ".join(without_row(row.number, reason) for reason in row.reasons)
            lines.append(
                self.tr("Row %1: %2").replace("%1", str(row.number)).replace("%2", reasons)
            )
        return "\n".join(lines) + "\n"


def _encoding_key(codec: str) -> str:
    """The entry of ``ENCODINGS`` a codec belongs to (utf-16-le and -be are UTF-16)."""
    lowered = codec.lower().replace("_", "-")
    if lowered.startswith("utf-16"):
        return "utf-16"
    if lowered.startswith("utf-8"):
        return "utf-8"
    return lowered


# --- run on the worker pool (no widgets here) ----------------------------------------------
def _read_in_background(
    control: workers.TaskControl, *, path: Path, encoding: str | None, header_row: int | None
) -> RawTable:
    try:
        return read_table(
            path,
            encoding=encoding,
            header_row=header_row,
            progress=control.progress,
            cancelled=lambda: control.cancelled,
        )
    except ImportCancelled:
        raise workers.CancelledError from None


def _preview_in_background(
    control: workers.TaskControl,
    *,
    service: MemberImportService,
    table: RawTable,
    mapping: dict[str, int | None],
    visit_id: int,
    timezone: str,
    roles: dict[str, MemberRole | None] | None = None,
) -> ImportPreview:
    try:
        return service.preview(
            table,
            mapping,
            visit_id,
            timezone=timezone,
            roles=roles,
            progress=control.progress,
            cancelled=lambda: control.cancelled,
        )
    except ImportCancelled:
        raise workers.CancelledError from None
