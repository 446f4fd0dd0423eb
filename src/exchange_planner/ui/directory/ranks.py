"""The Ranks list of the People & Venues tab: the rank tables of each country, their ranks
in order, and which rank of another table each one ranks with (광역시장 ≡ Oberbürgermeister).

Every edit is one undoable step; a refused one (an equivalence contradicting the tables'
orders) shows the service's message under its field and stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError, InUseError
from exchange_planner.domain.texts import TRANSLATABLE
from exchange_planner.services.crud import RecordService
from exchange_planner.ui.conflicts import based_on, load_keeping_input
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import Column, IdRole, RecordTableModel
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import CreateRecord, DeleteRecord, UpdateRecord, push
from exchange_planner.ui.widgets.forms import ERROR_STYLE, Form, push_edit
from exchange_planner.ui.widgets.translations import TranslatableFields
from exchange_planner.ui.wording import in_use_text


def rank_groups(services: Any, exclude_table: int | None = None) -> list[tuple[str, list[Any]]]:
    """The ranks grouped by their table (table name, ranks by position), the tables by
    name; ``exclude_table`` left out."""
    tables = sorted(services.rank_tables.list(), key=lambda t: (t.name.casefold(), t.id))
    ranks = services.ranks.list()
    groups = []
    for table in tables:
        if table.id == exclude_table:
            continue
        own = sorted((r for r in ranks if r.rank_table_id == table.id), key=_rank_order)
        groups.append((shown(table, "name"), own))
    return groups


def _rank_order(rank: Any) -> tuple[int, str, int]:
    return (rank.position, rank.title.casefold(), rank.id)


class RanksSection(QWidget):
    """Rank tables beside the editor of the selected one and of its ranks."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self._table_shown: dict[str, Any] | None = None
        self._rank_shown: dict[str, Any] | None = None
        self.rank_names: dict[int, str] = {}

        # --- the tables ---
        self.tables_model: RecordTableModel[Any] = RecordTableModel(
            [
                Column(self.tr("Rank table"), lambda t: shown(t, "name")),
                Column(self.tr("Country"), lambda t: t.country),
            ],
            self,
        )
        self.tables_view = self._table_view("rank_table_list", self.tables_model)
        self.tables_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_table())
        tables_bar = QToolBar(self)
        tables_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_table_action = self._action(
            tables_bar,
            self.tr("New rank table"),
            "new",
            QKeySequence.StandardKey.New,
            self.create_new,
            self,
        )
        self.delete_table_action = self._action(
            tables_bar,
            self.tr("Delete rank table"),
            "delete",
            QKeySequence.StandardKey.Delete,
            self.delete_table,
            self.tables_view,
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(tables_bar)
        left_layout.addWidget(self.tables_view)

        # --- the table's editor ---
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it names ranks and people
        self.message.setObjectName("section_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE + "padding: 4px;")
        self.message.hide()
        self.table_form = Form(self)
        self.table_form.text("name", self.tr("&Name"), max_length=200)
        self.table_form.text("country", self.tr("C&ountry"), max_length=100)
        self.table_form.multiline("notes", self.tr("No&tes"), height=48)
        self.table_form.widgets["name"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("e.g. Deutschland / Sachsen — Kommunen")
        )
        self.table_form.edited.connect(self._save_table)
        self.table_translations = self._translations("rank_table", self.table_form, self._table)

        # --- its ranks ---
        self.ranks_model: RecordTableModel[Any] = RecordTableModel(
            [
                Column(
                    self.tr("Position"),
                    lambda r: str(r.position),
                    alignment=Qt.AlignmentFlag.AlignRight,
                ),
                Column(self.tr("Title"), lambda r: shown(r, "title")),
                Column(
                    self.tr("Ranks with"),
                    lambda r: self.rank_names.get(r.equivalent_rank_id or 0, ""),
                ),
            ],
            self,
        )
        self.ranks_view = self._table_view("rank_list", self.ranks_model)
        self.ranks_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_rank())
        ranks_bar = QToolBar(self)
        ranks_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_rank_action = self._action(
            ranks_bar,
            self.tr("Add rank"),
            "new",
            QKeySequence("Ctrl+Shift+N"),
            self.add_rank,
            self,
        )
        self.delete_rank_action = self._action(
            ranks_bar,
            self.tr("Delete rank"),
            "delete",
            QKeySequence("Ctrl+Shift+Delete"),
            self.delete_rank,
            self.ranks_view,
        )
        self.rank_form = Form(self)
        position = QSpinBox(self.rank_form)
        position.setRange(1, 999)
        position.setToolTip(self.tr("1 is the highest rank of the table; equal numbers rank equal"))
        self.rank_form.add(
            "position",
            self.tr("&Position"),
            position,
            position.value,
            lambda v: position.setValue(int(v or 1)),
        )
        position.editingFinished.connect(lambda: self._rank_field_finished("position"))
        self.rank_form.text("title", self.tr("T&itle"), max_length=300)
        self.rank_form.combo("equivalent_rank_id", self.tr("Ranks &with"))
        self.rank_form.widgets["equivalent_rank_id"].setToolTip(
            self.tr("The rank of another country's table this one ranks with")
        )
        self.rank_form.edited.connect(self._save_rank)
        self.rank_translations = self._translations("rank", self.rank_form, self._rank)
        ranks_box = QGroupBox(self.tr("Ranks of this table"), self)
        ranks_layout = QVBoxLayout(ranks_box)
        ranks_layout.addWidget(ranks_bar)
        ranks_layout.addWidget(self.ranks_view, 1)
        ranks_layout.addWidget(self.rank_form)
        writes(
            self.new_table_action,
            self.delete_table_action,
            self.add_rank_action,
            self.delete_rank_action,
            self.table_form,
            self.rank_form,
        )

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.table_form)
        right_layout.addWidget(ranks_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)
        self._tables: list[Any] = []
        self._ranks: list[Any] = []

    # --- building -------------------------------------------------------------------------
    def _table_view(self, name: str, model: RecordTableModel[Any]) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return view

    def _action(
        self,
        bar: QToolBar,
        text: str,
        icon_name: str,
        shortcut: Any,
        slot: Callable[[], Any],
        owner: QWidget,
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        bar.addAction(action)
        owner.addAction(action)
        return action

    def _translations(
        self, kind: str, form: Form, current: Callable[[], Any]
    ) -> TranslatableFields | None:
        if kind not in TRANSLATABLE:
            return None
        service = self.services.rank_tables if kind == "rank_table" else self.services.ranks
        fields = TranslatableFields(
            self.context,
            kind,
            lambda: (service, current().id) if current() is not None else None,
            self,
        )
        fields.attach_form(form)
        return fields

    # --- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        keep_table, keep_rank = self.current_table_id(), self.current_rank_id()
        self._tables = sorted(
            self.services.rank_tables.list(), key=lambda t: (t.name.casefold(), t.id)
        )
        ranks = self.services.ranks.list()
        names = {t.id: shown(t, "name") for t in self._tables}
        self.rank_names = {
            r.id: f"{shown(r, 'title')} ({names.get(r.rank_table_id, '')})" for r in ranks
        }
        self.tables_model.set_rows(self._tables)
        self.tables_view.resizeColumnsToContents()
        if (keep_table is None or not self.select(keep_table)) and self._tables:
            self.tables_view.setCurrentIndex(self.tables_model.index(0, 0))
        self._show_table(keep_rank)

    def current_table_id(self) -> int | None:
        index = self.tables_view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def current_rank_id(self) -> int | None:
        index = self.ranks_view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _table(self) -> Any:
        table_id = self.current_table_id()
        row = self.tables_model.row_of(table_id) if table_id is not None else -1
        return self._tables[row] if row >= 0 else None

    def _rank(self) -> Any:
        rank_id = self.current_rank_id()
        row = self.ranks_model.row_of(rank_id) if rank_id is not None else -1
        return self._ranks[row] if row >= 0 else None

    def select(self, table_id: int) -> bool:
        row = self.tables_model.row_of(table_id)
        if row >= 0:
            self.tables_view.setCurrentIndex(self.tables_model.index(row, 0))
        return row >= 0

    def select_rank(self, rank_id: int) -> bool:
        row = self.ranks_model.row_of(rank_id)
        if row >= 0:
            self.ranks_view.setCurrentIndex(self.ranks_model.index(row, 0))
        return row >= 0

    def _show_table(self, keep_rank: int | None = None) -> None:
        table = self._table()
        self.table_form.setEnabled(table is not None)
        self.delete_table_action.setEnabled(table is not None)
        self.add_rank_action.setEnabled(table is not None and not self.context.read_only)
        if table is None:
            self.table_form.clear()
            self._table_shown = None
            self._ranks = []
            self.ranks_model.set_rows([])
            self._show_rank()
            return
        stored = table.model_dump()
        same = self._table_shown is not None and self._table_shown.get("id") == table.id
        kept = load_keeping_input(self.table_form, dict(stored), same_record=same)
        self._table_shown = based_on(self._table_shown if same else None, stored, kept)
        if self.table_translations is not None:
            self.table_translations.load(table)
        keep_rank = keep_rank if keep_rank is not None else self.current_rank_id()
        self._ranks = sorted(
            (r for r in self.services.ranks.list() if r.rank_table_id == table.id),
            key=_rank_order,
        )
        self.ranks_model.set_rows(self._ranks)
        self.ranks_view.resizeColumnsToContents()
        if keep_rank is not None:
            self.select_rank(keep_rank)
        self._show_rank()

    def _show_rank(self) -> None:
        rank = self._rank()
        self.rank_form.setEnabled(rank is not None)
        self.delete_rank_action.setEnabled(rank is not None)
        if rank is None:
            self.rank_form.clear()
            self._rank_shown = None
            return
        choices: list[tuple[str, Any]] = [(self.tr("(none)"), None)]
        for heading, ranks in rank_groups(self.services, exclude_table=rank.rank_table_id):
            choices += [(f"{shown(r, 'title')} — {heading}", r.id) for r in ranks]
        self.rank_form.set_choices("equivalent_rank_id", choices)
        stored = rank.model_dump()
        same = self._rank_shown is not None and self._rank_shown.get("id") == rank.id
        kept = load_keeping_input(self.rank_form, dict(stored), same_record=same)
        self._rank_shown = based_on(self._rank_shown if same else None, stored, kept)
        if self.rank_translations is not None:
            self.rank_translations.load(rank)

    # --- editing --------------------------------------------------------------------------
    def _rank_field_finished(self, name: str) -> None:
        """A spin box ends its edit as a line edit does (the form takes it from there)."""
        value = self.rank_form.value(name)
        if self._rank_shown is not None and self._rank_shown.get(name) != value:
            self._save_rank(name, value)

    def _save_table(self, name: str, value: Any) -> None:
        table = self._table()
        if table is not None:
            self._save(
                self.table_form,
                self.services.rank_tables,
                "rank_table",
                table.id,
                name,
                value,
                self._table_shown,
                self.tr("Change rank table"),
            )

    def _save_rank(self, name: str, value: Any) -> None:
        rank = self._rank()
        if rank is not None:
            self._save(
                self.rank_form,
                self.services.ranks,
                "rank",
                rank.id,
                name,
                value,
                self._rank_shown,
                self.tr("Change rank"),
            )

    def _save(
        self,
        form: Form,
        service: RecordService[Any],
        kind: str,
        record_id: int,
        name: str,
        value: Any,
        base: dict[str, Any] | None,
        text: str,
    ) -> None:
        self.clear_message()
        push_edit(
            form,
            self.context.undo_stack,
            lambda: UpdateRecord(
                text, service, kind, self.context.events, record_id, {name: value}, base
            ),
            name,
            reload=self.reload,
        )

    def create_new(self) -> int | None:
        command = CreateRecord(
            self.tr("New rank table"),
            self.services.rank_tables,
            "rank_table",
            self.context.events,
            {"name": self.tr("New rank table"), "country": ""},
        )
        if not self._push(command):
            return None
        self.reload()
        self.select(command.record_id or 0)
        self.table_form.widgets["name"].setFocus()
        self.table_form.widgets["name"].selectAll()  # type: ignore[attr-defined]
        return command.record_id

    def add_rank(self) -> int | None:
        table = self._table()
        if table is None:
            return None
        position = max((r.position for r in self._ranks), default=0) + 1
        command = CreateRecord(
            self.tr("Add rank"),
            self.services.ranks,
            "rank",
            self.context.events,
            {"rank_table_id": table.id, "position": position, "title": self.tr("New rank")},
        )
        if not self._push(command):
            return None
        self._show_table(command.record_id)
        self.rank_form.widgets["title"].setFocus()
        self.rank_form.widgets["title"].selectAll()  # type: ignore[attr-defined]
        return command.record_id

    def delete_table(self) -> None:
        table = self._table()
        if table is not None:
            self._delete(
                self.services.rank_tables,
                "rank_table",
                table.id,
                self.tr("Delete rank table"),
                shown(table, "name"),
            )

    def delete_rank(self) -> None:
        rank = self._rank()
        if rank is not None:
            self._delete(
                self.services.ranks, "rank", rank.id, self.tr("Delete rank"), shown(rank, "title")
            )

    def _delete(
        self, service: RecordService[Any], kind: str, record_id: int, text: str, name: str
    ) -> None:
        try:
            command = DeleteRecord(text, service, kind, self.context.events, record_id)
            push(self.context.undo_stack, command)
        except InUseError as error:
            self.show_message(in_use_text(error, name))
            return
        except ExchangePlannerError as error:
            self.show_message(str(error))
            return
        self.clear_message()
        self.reload()

    def _push(self, command: Any) -> bool:
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self.show_message(str(error))
            return False
        self.clear_message()
        return True

    # --- messages --------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.context.events.status.emit(text)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
