"""Visit editor, section Overview: partnership, title, dates, status, head, hotel, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exchange_planner.domain.enums import Direction, VisitStatus
from exchange_planner.ui.conflicts import based_on, load_keeping_input
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import HeadUpdate
from exchange_planner.ui.delegations.visit_model import direction_text, status_text
from exchange_planner.ui.icons import icon
from exchange_planner.ui.names import person_name
from exchange_planner.ui.undo import UpdateRecord
from exchange_planner.ui.widgets.forms import Form, push_edit
from exchange_planner.ui.widgets.pickers import add_picker, venue_picker
from exchange_planner.ui.widgets.translations import TranslatableFields


class Section(QWidget):
    """A page of the visit editor; ``set_visit`` shows a visit, ``reload`` re-reads it."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.visit_id = 0

    def _action(
        self,
        text: str,
        icon_name: str,
        slot: Any,
        shortcut: Any,
        *,
        also_on: QWidget | None = None,
        tooltip: str = "",
    ) -> QAction:
        """An action on the section's ``toolbar`` whose shortcut works anywhere inside the
        section (and on ``also_on`` as well, e.g. the list it acts on)."""
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tooltip or text} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)  # type: ignore[attr-defined]
        if also_on is not None:
            also_on.addAction(action)
        return action

    def set_visit(self, visit_id: int) -> None:
        self.visit_id = visit_id
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Show nothing: no visit is selected (or it was just deleted)."""
        raise NotImplementedError


class OverviewSection(Section):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Form(self)
        self._shown: dict[str, Any] | None = None
        self.form.combo("partnership_id", self.tr("&Partnership"))
        self.form.text("title", self.tr("&Title"), max_length=300)
        self.form.combo(
            "direction", self.tr("Di&rection"), [(direction_text(d), d.value) for d in Direction]
        )
        self.form.date("start_date", self.tr("Fro&m"))
        self.form.date("end_date", self.tr("T&o"))
        self.form.combo(
            "status", self.tr("&Status"), [(status_text(s), s.value) for s in VisitStatus]
        )
        self.form.combo("head_id", self.tr("Head of dele&gation"))
        self.hotel = add_picker(
            self.form,
            "hotel_id",
            self.tr("Hote&l"),
            venue_picker(self.services, optional=True, none_text=self.tr("(none)")),
        )
        self.form.multiline("notes", self.tr("&Notes"), height=120)
        self.form.edited.connect(self._save)
        self.translations = TranslatableFields(
            context,
            "visit",
            lambda: (self.services.visits, self.visit_id) if self.visit_id else None,
            self,
            languages=lambda: self.services.translations.languages_for_visit(self.visit_id),
        )
        self.translations.attach_form(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def clear(self) -> None:
        self.form.clear()
        self.translations.load(None)
        self._shown = None

    def reload(self) -> None:
        if not self.visit_id:
            self.clear()
            return
        s = self.services
        self.form.set_choices(
            "partnership_id", [(p.partner_city, p.id) for p in s.partnerships.list()]
        )
        members = [(person_name(row), row.person_id) for row in s.members.rows(self.visit_id)]
        visit = s.visits.get(self.visit_id)
        if visit.head_id and visit.head_id not in {pid for _n, pid in members}:
            members.insert(0, (person_name(s.people.get(visit.head_id)), visit.head_id))
        self.form.set_choices("head_id", [(self.tr("(none)"), None), *members])
        values: dict[str, Any] = visit.model_dump()
        stored = dict(values)
        values["direction"] = visit.direction.value
        values["status"] = visit.status.value
        same = self._shown is not None and self._shown.get("id") == self.visit_id
        kept = load_keeping_input(self.form, values, same_record=same)
        #: What the editor shows: the base of the next edit.
        self._shown = based_on(self._shown if same else None, stored, kept)
        self.translations.load(visit)

    def _save(self, name: str, value: Any) -> None:
        label = self.form.layout_.labelForField(self.form.widgets[name].parentWidget())
        caption = label.text().replace("&", "") if label is not None else name  # type: ignore[attr-defined]
        visits, visit_id = self.services.visits, self.visit_id

        def changes() -> dict[str, Any]:
            if name == "start_date":
                # Past the last day, the last day moves along: the visit keeps its length.
                return visits.start_change(visit_id, value)
            return {name: value}

        shown = self._shown

        def command() -> UpdateRecord:
            if name == "head_id":  # the member roles follow, undone with it as one step
                return HeadUpdate(
                    self.tr("Change %s") % caption,
                    visits,
                    "visit",
                    self.context.events,
                    visit_id,
                    changes(),
                    shown,
                    visits=visits,
                    visit_id=visit_id,
                )
            return UpdateRecord(
                self.tr("Change %s") % caption,
                visits,
                "visit",
                self.context.events,
                visit_id,
                changes(),
                shown,
            )

        push_edit(self.form, self.context.undo_stack, command, name, reload=self.reload)
