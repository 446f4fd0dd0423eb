"""Visit editor, section Program: the day-by-day schedule with conflicts marked."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.conflicts import Conflict
from exchange_planner.domain.enums import ProgramKind
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.domain.timeutil import to_local, to_utc
from exchange_planner.ui.conflicts import based_on, load_keeping_input
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.commands import Call, CreateMany
from exchange_planner.ui.delegations.conflict_marks import BackgroundConflicts
from exchange_planner.ui.delegations.cues import CuesEditor
from exchange_planner.ui.delegations.overview import Section
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label
from exchange_planner.ui.names import person_name
from exchange_planner.ui.plain import ask, plain_label, plain_tooltip
from exchange_planner.ui.read_only import writes
from exchange_planner.ui.undo import DeleteRecord, UpdateRecord, push
from exchange_planner.ui.widgets.date_field import DateField
from exchange_planner.ui.widgets.forms import Confirm, Form, push_edit
from exchange_planner.ui.widgets.pickers import add_picker, person_picker, venue_picker
from exchange_planner.ui.widgets.side import scrolling_side
from exchange_planner.ui.widgets.translations import TranslatableFields
from exchange_planner.ui.wording import conflict_lines

ItemIdRole = Qt.ItemDataRole.UserRole + 10


def kind_text(kind: ProgramKind) -> str:
    return enum_label(ProgramKind(kind))


class ProgramSection(Section):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.confirm: Confirm = ask
        self._shown: dict[str, Any] | None = None
        self.conflicts: dict[int, list[Conflict]] = {}
        # Marks are computed in the background and applied when they arrive.
        self.checker = BackgroundConflicts(self.services, self)
        self.checker.ready.connect(self._conflicts_ready)
        self.checker.failed.connect(self._conflicts_failed)
        self._marked_visit = 0
        self._pending_shift: tuple[list[int], timedelta] | None = None
        self._template_visit = 0

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_action = self._action(self.tr("Add item"), "new", self.add_item, "Ctrl+Shift+N")
        self.duplicate_action = self._action(
            self.tr("Duplicate item"), "duplicate", self.duplicate_item, "Ctrl+D"
        )
        self.delete_action = self._action(
            self.tr("Delete item"), "delete", self.delete_item, QKeySequence.StandardKey.Delete
        )
        # The "Official reception" template has a row of its own: its day, time and venue
        # beside the item actions do not fit at 1366 px (in German), and a toolbar hides what
        # does not fit behind its overflow arrow.
        self.template_bar = QToolBar(self)
        self.template_bar.setObjectName("template_bar")
        self.template_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.template_day = DateField(self)
        self.template_day.setObjectName("template_day")
        # The day the template is added on: an input of that action, not a stored value.
        self.template_day.setProperty("action_input", True)
        self.template_day.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self.template_day.refused.connect(lambda message: self.conflict_label.setText(message))
        self.template_day.committed.connect(lambda: self.conflict_label.clear())
        self.template_time = QTimeEdit(time(10, 0), self)
        self.template_time.setObjectName("template_time")
        self.template_time.setDisplayFormat("HH:mm")
        self.template_venue = venue_picker(
            self.services, self, optional=True, none_text=self.tr("(no venue)")
        )
        self.template_venue.setMinimumWidth(170)
        self.template_venue.setObjectName("template_venue")
        self.template_venue.setToolTip(self.tr("Where the reception takes place"))
        self.template_bar.addWidget(QLabel(self.tr(" Template on "), self))
        self.template_bar.addWidget(self.template_day)
        self.template_bar.addWidget(self.template_time)
        self.template_bar.addWidget(QLabel(self.tr(" at "), self))
        self.template_bar.addWidget(self.template_venue)
        self.template_action = self._action(
            self.tr("Official reception"), "program", self.apply_template, "Ctrl+Shift+R"
        )
        writes(self.add_action, self.duplicate_action, self.delete_action, self.template_action)
        writes(self.template_bar)  # the template's day, time and venue
        self.toolbar.removeAction(self.template_action)
        self.template_bar.addAction(self.template_action)
        self.template_action.setToolTip(
            self.tr(
                "Create reception, Golden Book signing, gift exchange and council chamber tour "
                "one after another (Ctrl+Shift+R)"
            )
        )

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("program_tree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Item"), self.tr("Venue"), self.tr("Host"), self.tr("Who")]
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.add_action, self.duplicate_action, self.delete_action):
            self.tree.addAction(action)
        self.tree.currentItemChanged.connect(lambda *_: self._show_item())
        # Enter on an item opens it in the form beside the list
        self.tree.itemActivated.connect(lambda *_: self.form.widgets["title"].setFocus())

        self.zone_label = plain_label(parent=self)
        self.form = Form(self)
        self.form.text("title", self.tr("&Title"), max_length=300)
        self.form.combo("kind", self.tr("&Kind"), [(kind_text(k), k.value) for k in ProgramKind])
        self.form.datetime("starts_at", self.tr("&Starts"))
        self.form.datetime("ends_at", self.tr("E&nds"))
        self.venue = add_picker(
            self.form,
            "venue_id",
            self.tr("Ven&ue"),
            venue_picker(self.services, optional=True, none_text=self.tr("(none)")),
        )
        # Where a transfer starts (the venue is where it goes): the run-of-show prints both.
        self.from_venue = add_picker(
            self.form,
            "from_venue_id",
            self.tr("Fro&m (transfer)"),
            venue_picker(self.services, optional=True, none_text=self.tr("(none)")),
        )
        self.host = add_picker(
            self.form,
            "host_id",
            self.tr("H&ost"),
            person_picker(self.services, optional=True, none_text=self.tr("(none)")),
        )
        # Staff who see to the item (the run-of-show only, never the guests' itinerary).
        self.form.text("responsible", self.tr("&Responsible"), max_length=300)
        self.form.text("dress_code", self.tr("Dress code"), max_length=200)
        self.form.multiline("notes", self.tr("Notes (printed)"))
        self.form.multiline("internal_notes", self.tr("Internal notes"))
        self.form.edited.connect(self._save)
        self.translations = TranslatableFields(
            context,
            "program_item",
            lambda: (
                (self.services.program, self.current_item_id())
                if self.current_item_id() is not None
                else None
            ),
            self,
            languages=lambda: self.services.translations.languages_for_visit(self.visit_id),
        )
        self.translations.attach_form(self.form)
        self.all_members = QCheckBox(self.tr("The whole delegation attends"), self)
        self.all_members.setObjectName("all_members")
        self.all_members.toggled.connect(self._attendance_changed)
        self.attendees = QListWidget(self)
        self.attendees.setObjectName("attendees")
        self.attendees.itemChanged.connect(lambda _item: self._attendance_changed())
        writes(self.all_members, self.attendees)

        self.shift_bar = QFrame(self)
        self.shift_bar.setObjectName("shift_bar")
        self.shift_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.shift_label = plain_label(parent=self.shift_bar)
        self.shift_label.setWordWrap(True)
        self.shift_button = QPushButton(self.tr("Sh&ift them"), self.shift_bar)
        self.shift_button.clicked.connect(self.shift_following)
        self.keep_button = QPushButton(self.tr("Kee&p times"), self.shift_bar)
        self.keep_button.clicked.connect(self.dismiss_shift)
        writes(self.shift_button)
        bar = QHBoxLayout(self.shift_bar)
        bar.addWidget(self.shift_label, 1)
        bar.addWidget(self.shift_button)
        bar.addWidget(self.keep_button)
        self.shift_bar.hide()

        self.conflict_label = plain_label(parent=self)  # conflicts name items and venues
        self.conflict_label.setObjectName("item_conflicts")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #8a4b00;")

        self.cues = CuesEditor(context, self)
        self.cues.setObjectName("cues")
        # The item's form, attendees and cues are taller than a 768-pixel screen leaves: the
        # editor scrolls, the program stays in view.
        self.editor_scroll = scrolling_side(self)
        side = self.editor_scroll.widget().layout()
        side.addWidget(self.zone_label)
        side.addWidget(self.shift_bar)
        side.addWidget(self.conflict_label)
        side.addWidget(self.form)
        side.addWidget(self.all_members)
        side.addWidget(self.attendees, 1)
        side.addWidget(self.cues, 1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 3)
        body.addWidget(self.editor_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.template_bar)
        layout.addLayout(body)

    # --- reading --------------------------------------------------------------------------
    def clear(self) -> None:
        self.tree.clear()
        self.conflicts = {}
        self.dismiss_shift()
        self._show_item()

    def reload(self) -> None:
        if not self.visit_id:
            self.clear()
            return
        s = self.services
        keep = self.current_item_id()
        visit = s.visits.get(self.visit_id)
        day = self.template_day.value()
        if day is None or not visit.start_date <= day <= visit.end_date:
            self.template_day.set_value(
                visit.start_date + timedelta(days=1 if visit.end_date > visit.start_date else 0)
            )
        if self._marked_visit != self.visit_id:
            self.conflicts = {}  # another visit's marks must not show while this one's run
        self.checker.request(self.visit_id)
        if self.template_venue.value() is None or self._template_visit != self.visit_id:
            self._template_visit = self.visit_id
            # First guess: the town hall of the place where the visit happens.
            hall = s.venues.town_hall(s.visits.local_timezone(self.visit_id))
            self.template_venue.set_value(hall.id if hall is not None else None)
        items = s.program.for_visit(self.visit_id)
        # Only the names on screen: the venues and hosts of this visit's items.
        venues = s.venues.by_ids(item.venue_id for item in items)
        people = s.people.by_ids(item.host_id for item in items)
        bar = self.tree.verticalScrollBar()
        scrolled = bar.value()  # a refresh leaves the program where it was scrolled
        self.tree.blockSignals(True)
        self.tree.clear()
        days: dict[date, QTreeWidgetItem] = {}
        for item in items:
            start = to_local(item.starts_at, item.timezone)
            end = to_local(item.ends_at, item.timezone)
            day = days.get(start.date())
            if day is None:
                long_date = QLocale().toString(QDate(start.date()), QLocale.FormatType.LongFormat)
                day = QTreeWidgetItem(self.tree, [long_date])
                day.setFirstColumnSpanned(True)
                day.setFlags(Qt.ItemFlag.ItemIsEnabled)
                days[start.date()] = day
            end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%d.%m. %H:%M}"
            venue = venues.get(item.venue_id) if item.venue_id else None
            host = people.get(item.host_id) if item.host_id else None
            who = self.tr("all") if item.all_members else self.tr("selected")
            row = QTreeWidgetItem(
                day,
                [
                    f"{start:%H:%M}–{end_text}",
                    shown(item, "title"),
                    shown(venue, "name"),
                    person_name(host) if host else "",
                    who,
                ],
            )
            row.setData(0, ItemIdRole, item.id)
            self._mark(row)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 260)
        self.tree.blockSignals(False)
        if keep:
            self.select_item(keep)
        bar.setValue(scrolled)
        self._show_item()

    @property
    def conflicts_pending(self) -> bool:
        return self.checker.pending

    def _mark(self, row: QTreeWidgetItem) -> None:
        """Warning icon and tooltip from the latest conflicts, or none."""
        found = self.conflicts.get(row.data(0, ItemIdRole), [])
        row.setIcon(0, icon("warning", "#c77700") if found else QIcon())
        tip = conflict_lines(found)
        for column in range(5):
            row.setToolTip(column, plain_tooltip(tip or (row.text(1) if column == 1 else "")))

    def _conflicts_ready(self, visit_id: int, conflicts: list[Conflict]) -> None:
        if visit_id != self.visit_id:
            return  # the user moved on to another visit meanwhile
        self._marked_visit = visit_id
        self.conflicts = self.services.conflicts.by_item(conflicts)
        for row in self.item_rows():
            self._mark(row)
        self._show_conflicts()

    def _conflicts_failed(self, visit_id: int, message: str) -> None:
        if visit_id == self.visit_id:
            self.conflict_label.setText(self.tr("Conflicts could not be checked: %s") % message)

    def _show_conflicts(self) -> None:
        item_id = self.current_item_id()
        found = self.conflicts.get(item_id, []) if item_id is not None else []
        self.conflict_label.setText(conflict_lines(found, "⚠ "))

    def current_item_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ItemIdRole) if item is not None else None

    def item_rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for d in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(d)
            rows += [day.child(i) for i in range(day.childCount())]
        return rows

    def select_item(self, item_id: int) -> bool:
        for row in self.item_rows():
            if row.data(0, ItemIdRole) == item_id:
                self.tree.setCurrentItem(row, 1)
                self.tree.scrollToItem(row)
                return True
        return False

    def _show_item(self) -> None:
        item_id = self.current_item_id()
        enabled = item_id is not None
        for widget in (self.form, self.all_members, self.attendees):
            widget.setEnabled(enabled)
        self.duplicate_action.setEnabled(enabled)
        self.delete_action.setEnabled(enabled)
        if not enabled:
            self.conflict_label.clear()
            self.zone_label.clear()
            self.form.clear()
            self.translations.load(None)
            self._shown = None
            self.all_members.blockSignals(True)
            self.all_members.setChecked(False)
            self.all_members.blockSignals(False)
            self.attendees.blockSignals(True)
            self.attendees.clear()
            self.attendees.blockSignals(False)
            self.cues.load(None)
            return
        item = self.services.program.get(item_id)  # type: ignore[arg-type]
        values = item.model_dump()
        stored = dict(values)
        values["kind"] = item.kind.value
        values["starts_at"] = to_local(item.starts_at, item.timezone).replace(tzinfo=None)
        values["ends_at"] = to_local(item.ends_at, item.timezone).replace(tzinfo=None)
        same = self._shown is not None and self._shown.get("id") == item_id
        kept = load_keeping_input(self.form, values, same_record=same)
        #: What the editor shows: the base of the next edit.
        self._shown = based_on(self._shown if same else None, stored, kept)
        self.translations.load(item)
        self.zone_label.setText(self.tr("Times in %s (the venue's time zone)") % item.timezone)
        self._show_conflicts()
        attending = set(self.services.program.attendees(item.id))  # type: ignore[arg-type]
        self.all_members.blockSignals(True)
        self.all_members.setChecked(item.all_members)
        self.all_members.blockSignals(False)
        self.attendees.blockSignals(True)
        self.attendees.clear()
        for member in self.services.members.rows(self.visit_id):
            entry = QListWidgetItem(person_name(member), self.attendees)
            entry.setData(Qt.ItemDataRole.UserRole, member.person_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked
                if item.all_members or member.person_id in attending
                else Qt.CheckState.Unchecked
            )
        self.attendees.setEnabled(not item.all_members)
        self.attendees.blockSignals(False)
        self.cues.load(item)

    # --- editing --------------------------------------------------------------------------
    def _save(self, name: str, value: Any) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        item = self.services.program.get(item_id)
        changes: dict[str, Any] = {name: value}
        if name in ("starts_at", "ends_at"):
            changes[name] = to_utc(value, item.timezone)
        if name == "starts_at":  # the item keeps its length: the end moves along
            changes = self.services.program.start_change(item_id, changes["starts_at"])
        if name == "venue_id" and value is not None:
            changes["timezone"] = self.services.venues.get(value).timezone
        following: list[int] = []
        if name == "ends_at" or (name == "starts_at" and changes["ends_at"] > item.ends_at):
            following = self.services.program.following_same_day(item_id, item.ends_at)
        shown = self._shown
        done = push_edit(
            self.form,
            self.context.undo_stack,
            lambda: UpdateRecord(
                self.tr("Change program item"),
                self.services.program,
                "program_item",
                self.context.events,
                item_id,
                changes,
                shown,
            ),
            name,
            reload=self._show_item,
        )
        if done and following:
            delta = changes["ends_at"] - item.ends_at
            if delta:
                self.offer_shift(following, delta)

    def offer_shift(self, item_ids: list[int], delta: timedelta) -> None:
        minutes = int(delta.total_seconds() // 60)
        self._pending_shift = (item_ids, delta)
        self.shift_label.setText(
            self.tr("The end moved by %+d min. Shift the %d following item(s) of this day too?")
            % (minutes, len(item_ids))
        )
        self.shift_bar.show()

    def dismiss_shift(self) -> None:
        self._pending_shift = None
        self.shift_bar.hide()

    def shift_following(self) -> None:
        if self._pending_shift is None:
            return
        item_ids, delta = self._pending_shift
        program = self.services.program
        push(
            self.context.undo_stack,
            Call(
                self.tr("Shift following items"),
                self.context.events,
                lambda: program.shift(item_ids, delta),
                lambda: program.shift(item_ids, -delta),
                [("program_item", item_id) for item_id in item_ids],
                self.services.change_history,
            ),
        )
        self.dismiss_shift()

    def _attendance_changed(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        program = self.services.program
        old_all = program.get(item_id).all_members
        old = None if old_all else program.attendees(item_id)
        if self.all_members.isChecked():
            new = None
        else:
            new = [
                self.attendees.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.attendees.count())
                if self.attendees.item(i).checkState() == Qt.CheckState.Checked
            ]
        if new == old:
            return
        push(
            self.context.undo_stack,
            Call(
                self.tr("Change who attends"),
                self.context.events,
                lambda: program.set_attendees(item_id, new),
                lambda: program.set_attendees(item_id, old),
                [("program_item", item_id)],
                self.services.change_history,
            ),
        )

    def _new_item_slot(self) -> tuple[datetime, datetime, str]:
        """Where a new item goes: the next free slot after the selected item (or from 10:00
        on the first day), an hour long or filling a gap of at least a quarter of an hour,
        never on top of another item."""
        zone = self.services.visits.local_timezone(self.visit_id)
        current = self.current_item_id()
        if current is not None:
            item = self.services.program.get(current)
            after, zone = item.ends_at, item.timezone
        else:
            visit = self.services.visits.get(self.visit_id)
            after = to_utc(datetime.combine(visit.start_date, time(10, 0)), zone)
        start, end = self.services.program.next_free_start(
            self.visit_id, after, timedelta(hours=1), shortest=timedelta(minutes=15)
        )
        return start, end, zone

    def add_item(self) -> int | None:
        if not self.visit_id:
            return None
        start, end, zone = self._new_item_slot()
        program, visit_id = self.services.program, self.visit_id
        title = self.tr("New item")

        def make() -> list[Any]:
            item = program.create(
                visit_id=visit_id,
                title=title,
                starts_at=start,
                ends_at=end,
                timezone=zone,
            )
            return [(program, "program_item", item.id)]

        command = CreateMany(self.tr("Add program item"), self.context.events, make)
        push(self.context.undo_stack, command)
        new_id = command.first_id()
        if new_id:
            self.select_item(new_id)
            title = self.form.widgets["title"]
            title.setFocus()
            title.selectAll()  # type: ignore[attr-defined]  # typing replaces "New item"
        return new_id

    def duplicate_item(self) -> int | None:
        item_id = self.current_item_id()
        if item_id is None:
            return None
        program = self.services.program
        command = CreateMany(
            self.tr("Duplicate program item"),
            self.context.events,
            lambda: [(program, "program_item", program.duplicate(item_id).id)],
        )
        push(self.context.undo_stack, command)
        if command.first_id():
            self.select_item(command.first_id())  # type: ignore[arg-type]
        return command.first_id()

    def delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        item = self.services.program.get(item_id)
        if not self.confirm(
            self, self.tr("Delete program item"), self.tr("Delete “%s”?") % shown(item, "title")
        ):
            return
        push(
            self.context.undo_stack,
            DeleteRecord(
                self.tr("Delete program item"),
                self.services.program,
                "program_item",
                self.context.events,
                item_id,
            ),
        )

    def apply_template(self) -> list[int]:
        s, visit_id = self.services, self.visit_id
        if not visit_id:
            return []
        if not self.template_day.interpret():
            return []  # the field says what is wrong with the typed day
        day = self.template_day.value()
        start = self.template_time.time().toPython()
        zone = s.visits.local_timezone(visit_id)
        venue_id = self.template_venue.value()

        def make() -> list[Any]:
            ids = s.program.apply_template(
                visit_id,
                day,
                start,
                timezone=zone,
                venue_id=venue_id,  # type: ignore[arg-type]
            )
            return [(s.program, "program_item", item_id) for item_id in ids]

        command = CreateMany(self.tr("Official reception"), self.context.events, make)
        try:
            push(self.context.undo_stack, command)
        except ExchangePlannerError as error:
            self.conflict_label.setText(str(error))
            return []
        ids = [record_id for _s, _k, record_id in command.made]
        if ids:
            self.select_item(ids[0])
        return ids
