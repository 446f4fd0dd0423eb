"""Visit editor, section Translations: what a print in another language will lack.

Lists every text of the visit's documents (the visit, the partner city, the program items and
their venues, the members' titles and organisations, the gifts) that has no translation in
the languages chosen; Enter or a double-click on a line opens that field's translations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.translations import Missing
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.overview import Section
from exchange_planner.ui.plain import plain_tooltip
from exchange_planner.ui.widgets.translations import field_name, kind_name, language_name

#: Item data: the ``Missing`` entry of a line.
MissingRole = Qt.ItemDataRole.UserRole + 1


class MissingSection(Section):
    """The missing translations of the visit, for its languages or one of them."""

    #: A line was activated: the entry and the language to open.
    go_to = Signal(object, str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.entries: list[Missing] = []
        self.language = QComboBox(self)
        self.language.setObjectName("missing_language")
        self.language.activated.connect(lambda _index: self.reload())
        caption = QLabel(self.tr("&Print language:"), self)
        caption.setBuddy(self.language)
        self.summary = QLabel(self)
        self.summary.setObjectName("missing_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("missing_list")
        self.list.setUniformRowHeights(True)
        self.list.setExpandsOnDoubleClick(False)  # a double-click opens the translations
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Record"), self.tr("Missing")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda item, _column: self.activate(item))
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Enter or a double-click opens the field's translations."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)

    def clear(self) -> None:
        self.entries = []
        self.list.clear()
        self.summary.clear()

    def _fill_languages(self) -> list[str]:
        languages = self.services.translations.languages_for_visit(self.visit_id)
        office = self.services.settings.office_language()
        others = [language for language in languages if language != office] or languages
        chosen = self.language.currentData()
        choices: list[tuple[str, Any]] = []
        if len(others) > 1:
            choices.append(
                (" + ".join(language_name(language) for language in others), ",".join(others))
            )
        choices += [(language_name(language), language) for language in others]
        self.language.blockSignals(True)
        self.language.clear()
        for text, data in choices:
            self.language.addItem(text, data)
        index = self.language.findData(chosen)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        return str(self.language.currentData() or "").split(",")

    def reload(self) -> None:
        if not self.visit_id:
            self.clear()
            return
        try:
            languages = [language for language in self._fill_languages() if language]
            self.entries = self.services.translations.missing_for_visit(self.visit_id, languages)
        except ExchangePlannerError:
            self.clear()
            return
        names = " + ".join(language_name(language) for language in languages)
        if self.entries:
            self.summary.setText(
                self.tr(
                    "A print in %1 shows the original of %n text(s):", "", len(self.entries)
                ).replace("%1", names)
            )
        else:
            self.summary.setText(self.tr("Every text has its %1 translation.").replace("%1", names))
        current = self.list.currentItem()
        keep = current.data(0, MissingRole) if current is not None else None
        self.list.clear()
        # One line per record, its texts under it: "Program item: Welcome dinner" › "Title".
        parent: QTreeWidgetItem | None = None
        for entry in self.entries:
            first = entry
            if parent is not None:
                first = parent.data(0, MissingRole)
            if parent is None or (first.kind, first.record_id) != (entry.kind, entry.record_id):
                record = f"{kind_name(entry.kind)}: {entry.label}"
                parent = QTreeWidgetItem(self.list, [record])
                parent.setFirstColumnSpanned(True)
                parent.setToolTip(0, plain_tooltip(record))
                parent.setData(0, MissingRole, entry)
            missing = ", ".join(language_name(language) for language in entry.languages)
            item = QTreeWidgetItem(parent, [field_name(entry.field), missing])
            item.setData(0, MissingRole, entry)
            if keep is not None and (entry.kind, entry.record_id, entry.field) == (
                keep.kind,
                keep.record_id,
                keep.field,
            ):
                self.list.setCurrentItem(item)
        self.list.expandAll()

    def lines(self) -> list[tuple[str, str, str]]:
        """What the list shows: (record, field, missing languages) per text."""
        shown = []
        for index in range(self.list.topLevelItemCount()):
            parent = self.list.topLevelItem(index)
            for child in range(parent.childCount()):
                item = parent.child(child)
                shown.append((parent.text(0), item.text(0), item.text(1)))
        return shown

    def item_of(self, kind: str, record_id: int, field: str) -> QTreeWidgetItem | None:
        """The line of one text (None when it lacks nothing)."""
        for index in range(self.list.topLevelItemCount()):
            parent = self.list.topLevelItem(index)
            for child in range(parent.childCount()):
                item = parent.child(child)
                entry = item.data(0, MissingRole)
                if (entry.kind, entry.record_id, entry.field) == (kind, record_id, field):
                    return item
        return None

    def activate(self, item: QTreeWidgetItem | None = None) -> None:
        item = item or self.list.currentItem()
        if item is None:
            return
        entry: Missing = item.data(0, MissingRole)
        self.go_to.emit(entry, entry.languages[0])
