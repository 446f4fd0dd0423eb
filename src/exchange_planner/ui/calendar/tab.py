"""The Calendar tab: month, week and agenda over everything planned, in one or two zones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.calendar import (
    CalendarEntry,
    EntryKind,
    add_months,
    month_weeks,
    week_days,
)
from exchange_planner.domain.contrast import ensure_contrast
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.services.calendar_reading import filter_entries
from exchange_planner.ui import workers
from exchange_planner.ui.calendar import style
from exchange_planner.ui.calendar.dialogs import NewEntryDialog
from exchange_planner.ui.calendar.render import RenderInput, zone_short
from exchange_planner.ui.calendar.views import AgendaView, MonthScroll, PaintedView, WeekView
from exchange_planner.ui.content_language import ui_language
from exchange_planner.ui.icons import icon
from exchange_planner.ui.plain import inform, plain_label, warn
from exchange_planner.ui.tabs import TabPage
from exchange_planner.ui.widgets.date_field import DateField, ui_date, ui_month_year

if TYPE_CHECKING:
    from exchange_planner.services.ics import IcsExport, IcsService
    from exchange_planner.ui.calendar.ics_options import IcsChoice
    from exchange_planner.ui.change_feed import OncePerCommit
    from exchange_planner.ui.context import UiContext
    from exchange_planner.ui.documents.actions import DocumentRun

VIEWS = ("month", "week", "agenda")

#: Record kinds whose changes alter what the calendar shows: the entries, the names and
#: places on them, their conflict marks (members, attendance) and the home zone; "*" is all.
_SHOWN_KINDS = frozenset(
    {
        "visit",
        "visit_member",
        "program_item",
        "residency",
        "checklist_item",
        "checklist",
        "exhibition",
        "partnership",
        "person",
        "venue",
        "settings",
        "*",
    }
)

#: Zone modes: the home zone, a partner's zone, or home with both rulers in the week view.
HOME, PARTNER, BOTH = "home", "partner", "both"


class CalendarTab(TabPage):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.calendar = self.services.calendar
        self.home_zone = self.calendar.home_zone()
        self.home_city = self.calendar.home_city()
        #: Today's date; tests replace it to show a fixed "today".
        self.today: Callable[[], date] = date.today
        self.focus_date = self.today()
        self.view_name = str(context.settings.value("calendar/view", "month") or "month")
        if self.view_name not in VIEWS:
            self.view_name = "month"
        self.zone_mode = HOME
        self.partner_zone = "Asia/Seoul"
        self.kinds: set[EntryKind] = set(EntryKind)
        self.partnership_filter: int | None = None
        self._cache_key: tuple[date, date, str, str] | None = None
        self._entries: list[CalendarEntry] = []
        self._dirty = False
        #: Made with the first change announced (the first screen is shown before the
        #: change feed's module and the storage layer are loaded).
        self._once: OncePerCommit | None = None
        #: Hooks tests replace: where to save a file, and how to show a dialog.
        self.ask_save_path: Callable[[str, str, str], str] = self._ask_save_path
        #: The options of an .ics export (None: cancelled); the visit's id offers its members.
        self.ask_ics_options: Callable[[int | None], IcsChoice | None] = self._ask_ics_options
        #: The message shown after the last export that held no events.
        self.empty_export_message: QMessageBox | None = None
        self.last_dialog: NewEntryDialog | None = None
        #: The last "Print to PDF" (its options dialog and preview), for tests and checks.
        self.last_run: DocumentRun | None = None
        self._tasks: list[workers.Task] = []

        self.month_scroll = MonthScroll(self)
        self.month_view = self.month_scroll.view
        self.week_view = WeekView(self)
        self.agenda_view = AgendaView(self)
        self.stack = QStackedWidget(self)
        for page in (self.month_scroll, self.week_view, self.agenda_view):
            self.stack.addWidget(page)
        for painted in (self.month_view, self.week_view, self.agenda_view.canvas):
            self._connect_view(painted)
        from exchange_planner.ui.calendar.week_editing import WeekEditing

        # Drag to move, resize or create program items; Alt+arrows (see week_editing.py).
        self.week_view.editing = WeekEditing(self.week_view, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.jump_error)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.stack, 1)
        self.set_view(self.view_name)

    # --- building --------------------------------------------------------------------------
    def _action(
        self, text: str, icon_name: str, slot: Callable[[], None], shortcut: str | None = None
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Active whenever the tab is shown, also while the focus is on the tab bar
            # (after start or a click on the tab); hidden tabs' shortcuts never fire.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{text} ({shortcut})")
        self.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.prev_action = self._action(self.tr("Previous"), "previous", self.previous)
        self.prev_action.setToolTip(self.tr("Previous month or week (PgUp, mouse wheel)"))
        self.today_action = self._action(self.tr("Today"), "today", self.go_today)
        self.today_action.setToolTip(self.tr("Go to today (T)"))
        self.next_action = self._action(self.tr("Next"), "next", self.next)
        self.next_action.setToolTip(self.tr("Next month or week (PgDn, mouse wheel)"))
        bar.addAction(self.prev_action)
        bar.addAction(self.today_action)
        bar.addAction(self.next_action)
        # The same typed-date field as every editor: 26.07.2023, 26072023, 2023-07-26...
        self.jump_edit = DateField(self)
        self.jump_edit.setToolTip(
            self.tr("Jump to a date (Ctrl+G): for example 26.07.2023, 26072023 or 2023-07-26")
        )
        self.jump_edit.setFixedWidth(
            self.jump_edit.fontMetrics().horizontalAdvance("00.00.00000") + 40
        )
        self.jump_edit.committed.connect(self._jump_typed)
        self.jump_edit.refused.connect(self._show_jump_error)
        # Only a shortcut (the date field is on the toolbar); a hidden action's shortcut is dead.
        self._action(self.tr("Jump to date"), "cal_jump", self._focus_jump, "Ctrl+G")
        bar.addWidget(self.jump_edit)
        # A refused date is explained in a line right below the field (see _show_jump_error).
        self.jump_error = QLabel(self)
        self.jump_error.setTextFormat(Qt.TextFormat.PlainText)
        self.jump_error.setVisible(False)
        bar.addSeparator()
        self.period_label = plain_label(parent=self)
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.period_label.setFont(font)
        bar.addWidget(self.period_label)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Highlight…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setToolTip(self.tr("Entries matching the text stand out, the rest fades"))
        self.search.setFixedWidth(170)
        self.search.textChanged.connect(lambda _text: self.refresh(requery=False))
        bar.addWidget(self.search)
        group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for name, text, icon_name, key in (
            ("month", self.tr("Month"), "cal_month", "Ctrl+Alt+M"),
            ("week", self.tr("Week"), "cal_week", "Ctrl+Alt+W"),
            ("agenda", self.tr("Agenda"), "cal_agenda", "Ctrl+Alt+A"),
        ):
            # triggered(bool) passes ``checked`` first: it must not land in ``n``.
            action = self._action(
                text, icon_name, lambda _checked=False, n=name: self.set_view(n), key
            )
            action.setCheckable(True)
            group.addAction(action)
            bar.addAction(action)
            self.view_actions[name] = action
        bar.addSeparator()
        self.print_action = self._action(
            self.tr("Print to PDF…"),
            "pdf",
            lambda _checked=False: self.print_current(),
            "Ctrl+Shift+P",
        )
        self.export_action = self._action(
            self.tr("Export .ics…"), "cal_export", self.export_shown_range, "Ctrl+Shift+E"
        )
        self.export_action.setToolTip(self.tr("Export the month or week shown as .ics"))
        button = QToolButton(self)
        button.setIcon(icon("export"))
        button.setText(self.tr("Calendar"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_menu = QMenu(self.tr("Calendar"), self)
        # The period shown as the calendar document (the Documents menu's): in the language
        # chosen, with the letterhead, previewed before it is saved or printed on paper.
        self.print_action.setToolTip(
            self.tr(
                "The month or week shown as a document: in German, Korean, English or both, "
                "with the letterhead, previewed before saving or printing"
            )
        )
        self.calendar_menu.addAction(self.print_action)
        self.calendar_menu.addAction(self.export_action)
        self.calendar_menu.addAction(
            self._action(
                self.tr("Export the current visit as .ics…"),
                "delegations",
                self._export_current_visit,
            )
        )
        self.calendar_menu.addAction(
            self._action(
                self.tr("Export the current residency as .ics…"),
                "residencies",
                self._export_current_residency,
            )
        )
        button.setMenu(self.calendar_menu)
        bar.addWidget(button)
        return bar

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.zone_box = QComboBox(self)
        self.zone_box.setToolTip(self.tr("Time zone the calendar shows"))
        self._fill_zones()
        self.zone_box.currentIndexChanged.connect(self._zone_chosen)
        zone_icon = QLabel(self)
        zone_icon.setPixmap(icon("cal_zone").pixmap(18, 18))
        row.addWidget(zone_icon)
        row.addWidget(self.zone_box)
        self.zone_box.setMaximumWidth(230)
        self.kind_checks: dict[EntryKind, QCheckBox] = {}
        tooltips = {
            EntryKind.VISIT: self.tr("Show or hide visits"),
            EntryKind.PROGRAM_ITEM: self.tr("Show or hide program items"),
            EntryKind.RESIDENCY: self.tr("Show or hide residencies"),
            EntryKind.EXHIBITION: self.tr("Show or hide exhibitions"),
            EntryKind.DEADLINE: self.tr("Show or hide deadlines"),
        }
        for kind in EntryKind:
            check = QCheckBox(style.kind_label(kind), self)
            check.setIcon(style.kind_icon(kind))
            check.setChecked(True)
            check.setToolTip(tooltips[kind])
            check.toggled.connect(lambda on, k=kind: self.set_kind_visible(k, on))
            row.addWidget(check)
            self.kind_checks[kind] = check
        conflict = QLabel(self)
        conflict.setPixmap(icon("warning", style.CONFLICT).pixmap(16, 16))
        row.addWidget(conflict)
        self.conflict_text = QLabel(self.tr("conflict"), self)
        row.addWidget(self.conflict_text)
        row.addStretch(1)
        self.partnership_box = QComboBox(self)
        self._fill_partnerships()
        self.partnership_box.currentIndexChanged.connect(self._partnership_chosen)
        row.addWidget(self.partnership_box)
        self.count_label = QLabel(self)
        row.addWidget(self.count_label)
        self._colour_legend()
        return row

    def _colour_legend(self) -> None:
        """The kinds' legend, the conflict key and the count in their colours, each made
        readable (4.5:1) on the window's background, light or dark."""
        window = self.palette().color(QPalette.ColorRole.Window).name()
        for kind, check in self.kind_checks.items():
            colour = ensure_contrast(style.COLOURS[kind.value], window)
            check.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: 600; }}")
        conflict = ensure_contrast(style.CONFLICT, window)
        self.conflict_text.setStyleSheet(f"color: {conflict};")
        self.jump_error.setStyleSheet(f"color: {conflict};")
        self.count_label.setStyleSheet(f"color: {ensure_contrast(style.MUTED, window)};")

    def changeEvent(self, event: QEvent) -> None:
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events and hasattr(self, "count_label"):
            self._colour_legend()
        super().changeEvent(event)

    def _fill_zones(self) -> None:
        self.zone_box.blockSignals(True)
        self.zone_box.clear()
        home_city = self.home_city
        self.zone_box.addItem(self.tr("%s (home)") % home_city, (HOME, self.home_zone))
        self.zone_box.setItemIcon(0, icon("calendar"))
        zones: dict[str, str] = {}
        for choice in self.calendar.partnerships():
            if choice.timezone != self.home_zone:
                zones.setdefault(choice.timezone, choice.label)
        if not zones:
            zones["Asia/Seoul"] = "Seoul"
        for zone, label in zones.items():
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
            self.zone_box.addItem(f"{city} · {label}", (PARTNER, zone))
        first_partner = next(iter(zones))
        self.zone_box.addItem(
            self.tr("%1 + %2 (week ruler)")
            .replace("%1", home_city)
            .replace("%2", first_partner.rsplit("/", 1)[-1]),
            (BOTH, first_partner),
        )
        self.zone_box.blockSignals(False)
        self.partner_zone = first_partner

    def _fill_partnerships(self) -> None:
        self.partnership_box.blockSignals(True)
        self.partnership_box.clear()
        self.partnership_box.setToolTip(self.tr("Show one partnership only"))
        self.partnership_box.addItem(icon("partnership"), self.tr("All partnerships"), None)
        for choice in self.calendar.partnerships():
            self.partnership_box.addItem(icon("partnership"), choice.label, choice.id)
        index = self.partnership_box.findData(self.partnership_filter)
        self.partnership_box.setCurrentIndex(max(index, 0))
        self.partnership_box.blockSignals(False)

    def _connect_view(self, view: PaintedView) -> None:
        view.entry_activated.connect(self.open_entry)
        view.slot_activated.connect(self.create_at)
        view.day_clicked.connect(self._day_clicked)
        view.more_clicked.connect(self._more_clicked)
        view.context_requested.connect(self._context_menu)
        view.wheel_step.connect(self.step)

    def attach(self, context: UiContext) -> None:
        """The services of the database now fully open, for a tab built on the first screen's
        reading of the same file: nothing is rebuilt, and what is shown stays as it is (the
        entries read again are redrawn only if another program changed them meanwhile; a date
        being typed stays in its field)."""
        self.context = context
        self.services = context.services
        self.calendar = self.services.calendar
        first, last = self.visible_range()
        language = ui_language()
        try:
            entries = self.calendar.entries(first, last, self.zone, language=language)
        except ExchangePlannerError:
            return  # the next change reads again
        if (first, last, self.zone, language) == self._cache_key and entries == self._entries:
            return
        self._entries, self._cache_key = entries, (first, last, self.zone, language)
        self.refresh(requery=False)

    # --- TabPage ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Calendar")

    def icon(self) -> QIcon:
        return icon("calendar")

    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind not in _SHOWN_KINDS:
            return  # e.g. a gift: nothing the calendar shows
        if kind in ("partnership", "*"):
            self._fill_partnerships()
        if kind in ("settings", "*"):
            self._home_changed()
        if self._once is None:
            from exchange_planner.ui.change_feed import OncePerCommit

            self._once = OncePerCommit()
        if not self._once.first():
            return  # this commit was read already
        self.calendar.invalidate()
        self._cache_key = None
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True  # redrawn when shown; hidden tabs cost nothing

    def _home_changed(self) -> None:
        """The home city or zone was set: the zone choices and the ruler follow; the view
        stays in the same kind of zone (home, partner or both)."""
        city, zone = self.calendar.home_city(), self.calendar.home_zone()
        if (city, zone) == (self.home_city, self.home_zone):
            return
        self.home_city, self.home_zone = city, zone
        mode, partner = self.zone_mode, self.partner_zone
        self._fill_zones()
        try:
            self.set_zone_mode(mode, partner if mode == PARTNER else None)
        except ValueError:  # that partner zone is the home zone now
            self.set_zone_mode(HOME)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    # --- state -----------------------------------------------------------------------------
    @property
    def zone(self) -> str:
        """The zone of the grid and of the days."""
        return self.partner_zone if self.zone_mode == PARTNER else self.home_zone

    @property
    def second_zone(self) -> str | None:
        return self.partner_zone if self.zone_mode == BOTH else None

    def page(self, name: str) -> QWidget:
        """The widget the stack shows for a view (the month sits in a scroll area)."""
        return {"month": self.month_scroll, "week": self.week_view, "agenda": self.agenda_view}[
            name
        ]

    def current_view(self) -> Any:
        return {"month": self.month_view, "week": self.week_view, "agenda": self.agenda_view}[
            self.view_name
        ]

    def visible_range(self) -> tuple[date, date]:
        if self.view_name == "week":
            days = week_days(self.focus_date)
            return days[0], days[-1]
        weeks = month_weeks(self.focus_date.year, self.focus_date.month)
        return weeks[0][0], weeks[-1][-1]

    def set_view(self, name: str) -> None:
        """Switch views; the date in focus stays."""
        if name not in VIEWS:
            raise ValueError(name)
        self.view_name = name
        self.view_actions[name].setChecked(True)
        self.stack.setCurrentWidget(self.page(name))
        self.context.settings.setValue("calendar/view", name)
        self.refresh()

    def set_focus_date(self, day: date) -> None:
        self.focus_date = day
        self._show_jump_error("")
        self.refresh()

    def set_zone_mode(self, mode: str, zone: str | None = None) -> None:
        for index in range(self.zone_box.count()):
            data = self.zone_box.itemData(index)
            if data[0] == mode and (zone is None or data[1] == zone):
                self.zone_box.setCurrentIndex(index)  # triggers _zone_chosen
                return
        raise ValueError(f"no zone choice {mode} {zone}")

    def set_kind_visible(self, kind: EntryKind, visible: bool) -> None:
        if visible:
            self.kinds.add(kind)
        else:
            self.kinds.discard(kind)
        if self.kind_checks[kind].isChecked() != visible:
            self.kind_checks[kind].setChecked(visible)
        self.refresh(requery=False)

    def _zone_chosen(self, index: int) -> None:
        mode, zone = self.zone_box.itemData(index)
        self.zone_mode = mode
        if mode != HOME:
            self.partner_zone = zone
        self.refresh()

    def _partnership_chosen(self, index: int) -> None:
        self.partnership_filter = self.partnership_box.itemData(index)
        self.refresh(requery=False)

    # --- navigation ------------------------------------------------------------------------
    def step(self, direction: int) -> None:
        """One period back (-1) or forward (+1): a month, or a week in the week view."""
        if self.view_name == "week":
            self.set_focus_date(self.focus_date + timedelta(days=7 * direction))
        else:
            self.set_focus_date(add_months(self.focus_date, direction))

    def previous(self) -> None:
        self.step(-1)

    def next(self) -> None:
        self.step(1)

    def go_today(self) -> None:
        self.set_focus_date(self.today())

    def _focus_jump(self) -> None:
        self.jump_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.jump_edit.selectAll()  # typing replaces the date shown

    def _jump_typed(self) -> None:
        day = self.jump_edit.value()
        if day is None:
            return
        if day == self.focus_date:
            self._show_jump_error("")
            return
        self.set_focus_date(day)

    def _show_jump_error(self, message: str) -> None:
        """A refused date is explained next to the field; an empty message hides the note."""
        self.jump_error.setText(message)
        if message:  # under the field, where the eye is
            self.jump_error.setContentsMargins(self.jump_edit.x(), 0, 0, 0)
        self.jump_error.setVisible(bool(message))

    def _day_clicked(self, day: date) -> None:
        if day != self.focus_date:
            self.focus_date = day
            self._show_jump_error("")
            self.refresh()

    def _more_clicked(self, day: date) -> None:
        self.focus_date = day
        self.set_view("agenda" if self.view_name == "week" else "week")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        vertical = 1 if self.view_name == "agenda" else 7
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -vertical,
            Qt.Key.Key_Down: vertical,
        }
        if key in moves:
            self.set_focus_date(self.focus_date + timedelta(days=moves[key]))
        elif key == Qt.Key.Key_PageUp:
            self.previous()
        elif key == Qt.Key.Key_PageDown:
            self.next()
        elif key in (Qt.Key.Key_T, Qt.Key.Key_Home):
            self.go_today()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- data and drawing ------------------------------------------------------------------
    def refresh(self, *, requery: bool = True) -> None:
        first, last = self.visible_range()
        language = ui_language()
        key = (first, last, self.zone, language)
        if requery and key != self._cache_key:
            try:
                self._entries = self.calendar.entries(first, last, self.zone, language=language)
            except ExchangePlannerError as error:
                self.context.events.status.emit(str(error))
                self._entries = []
            self._cache_key = key
        shown = self.visible_entries()
        inp = RenderInput(
            focus=self.focus_date,
            zone=self.zone,
            entries=shown,
            today=self.today(),
            search=self.search.text(),
            second_zone=self.second_zone,
            zone_names=self._zone_names(),
        )
        self.page(self.view_name).set_input(inp)
        self._update_labels(len(shown))

    def _zone_names(self) -> dict[str, str]:
        """The home zone is captioned with the home city (Leipzig), not its zone's (Berlin)."""
        return {self.home_zone: self.home_city}

    def visible_entries(self) -> list[CalendarEntry]:
        partnerships = None
        if self.partnership_filter is not None:
            partnerships = {self.partnership_filter}
        return filter_entries(self._entries, kinds=self.kinds, partnership_ids=partnerships)

    def _update_labels(self, count: int) -> None:
        day = self.focus_date
        if self.view_name == "week":
            days = week_days(day)
            iso = day.isocalendar()
            text = self.tr("Week %1 · %2 – %3").replace("%1", str(iso.week))
            text = text.replace("%2", ui_date(days[0])).replace("%3", ui_date(days[-1]))
        else:
            text = ui_month_year(day.year, day.month, self.locale().name())
        zone = zone_short(self.zone, day)
        if self.second_zone:
            zone += " + " + zone_short(self.second_zone, day)
        self.period_label.setText(f"{text}  ·  {zone}")
        self.count_label.setText(self.tr("%n entries", "", count))
        if not self.jump_error.text():
            self.jump_edit.set_value(day)

    # --- open and create -------------------------------------------------------------------
    def open_entry(self, entry: CalendarEntry) -> None:
        """Ask the main window to show the record in its tab."""
        if entry.kind is EntryKind.DEADLINE:
            assert entry.parent_id is not None
            self.context.events.navigate.emit("residency", entry.parent_id)
        else:
            self.context.events.navigate.emit(entry.kind.value, entry.id)

    def create_at(self, day: date, hour: float) -> NewEntryDialog | None:
        """Offer to create a program item or a visit on ``day`` (at ``hour`` in the view's zone).

        A database opened read-only offers nothing: the status bar says why.
        """
        if self.context.read_only:
            self.context.events.status.emit(self.services.db.read_only_message)
            return None
        visits = self.calendar.visits_around(day)
        partnerships = [(choice.id, choice.label) for choice in self.calendar.partnerships()]
        dialog = NewEntryDialog(day, hour, self.zone, visits, partnerships, self._create, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _create(self, kind: str, values: dict[str, Any]) -> None:
        from exchange_planner.ui.undo import CreateRecord, push

        if kind == "program_item":
            service = self.services.program
            text = self.tr("New program item “%s”") % values.get("title", "")
        else:
            service = self.services.visits
            text = self.tr("New visit “%s”") % values.get("title", "")
        push(
            self.context.undo_stack,
            CreateRecord(text, service, kind, self.context.events, values),
        )
        self.context.events.status.emit(text)

    # --- context menu and export -----------------------------------------------------------
    def _context_menu(
        self, entry: CalendarEntry | None, day: date | None, hour: float, where: QPoint
    ) -> None:
        self.build_context_menu(entry, day, hour).popup(where)

    def build_context_menu(
        self, entry: CalendarEntry | None, day: date | None, hour: float = -1.0
    ) -> QMenu:
        menu = QMenu(self)
        if entry is not None:
            menu.addAction(icon("edit"), self.tr("Open"), lambda: self.open_entry(entry))
            visit_id = (
                entry.id
                if entry.kind is EntryKind.VISIT
                else entry.parent_id
                if entry.kind is EntryKind.PROGRAM_ITEM
                else None
            )
            residency_id = (
                entry.id
                if entry.kind is EntryKind.RESIDENCY
                else entry.parent_id
                if entry.kind is EntryKind.DEADLINE
                else None
            )
            if visit_id is not None:
                menu.addAction(
                    icon("cal_export"),
                    self.tr("Export the visit's program as .ics…"),
                    lambda: self.export_visit(visit_id),
                )
            if residency_id is not None:
                menu.addAction(
                    icon("cal_export"),
                    self.tr("Export the residency as .ics…"),
                    lambda: self.export_residency(residency_id),
                )
            menu.addSeparator()
        if day is not None and not self.context.read_only:
            menu.addAction(
                icon("new"),
                self.tr("New program item or visit on %s…") % ui_date(day),
                lambda: self.create_at(day, hour),
            )
        menu.addAction(self.export_action)
        menu.addAction(self.print_action)
        return menu

    def _ask_save_path(self, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), filters)
        return path

    def export_visit(self, visit_id: int) -> None:
        self._export(
            f"visit-{visit_id}.ics",
            lambda ics, choice: ics.visit_export(
                visit_id,
                lang=choice.lang,
                alarm_minutes=choice.alarm_minutes,
                person_id=choice.person_id,
            ),
            visit_id=visit_id,
        )

    def export_residency(self, residency_id: int) -> None:
        self._export(
            f"residency-{residency_id}.ics",
            lambda ics, choice: ics.residency_export(
                residency_id, lang=choice.lang, alarm_minutes=choice.alarm_minutes
            ),
        )

    def export_shown_range(self) -> None:
        first, last = self.visible_range()
        if self.view_name != "week":
            first = self.focus_date.replace(day=1)
            last = add_months(first, 1) - timedelta(days=1)
        zone = self.zone
        self._export(
            f"calendar-{first:%Y-%m-%d}-{last:%Y-%m-%d}.ics",
            lambda ics, choice: ics.range_export(
                first, last, zone=zone, lang=choice.lang, alarm_minutes=choice.alarm_minutes
            ),
        )

    def _export_current_visit(self) -> None:
        visit_id = self._current("visit")
        if visit_id:
            self.export_visit(visit_id)

    def _export_current_residency(self) -> None:
        residency_id = self._current("residency")
        if residency_id:
            self.export_residency(residency_id)

    def _current(self, kind: str) -> int | None:
        window = self.window()
        current = getattr(window, "current", {}) or {}
        record_id = current.get(kind)
        if not record_id:
            inform(
                self,
                self.tr("Export"),
                {
                    "visit": self.tr(
                        "Select a visit first (in its tab or by a right click in the calendar)."
                    ),
                    "residency": self.tr(
                        "Select a residency first (in its tab or by a right click in the calendar)."
                    ),
                }[kind],
            )
            return None
        return int(record_id)

    def _ask_ics_options(self, visit_id: int | None) -> IcsChoice | None:
        from exchange_planner.ui.calendar.ics_options import IcsOptionsDialog

        members = None
        if visit_id is not None:
            from exchange_planner.services.ics import IcsService  # icalendar: when used
            from exchange_planner.ui.content_language import ui_language

            members = IcsService(self.services.db).visit_members(visit_id, ui_language())
        dialog = IcsOptionsDialog(self.context, members=members, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def _export(
        self,
        suggested: str,
        build: Callable[[IcsService, IcsChoice], IcsExport],
        *,
        visit_id: int | None = None,
    ) -> None:
        choice = self.ask_ics_options(visit_id)
        if choice is None:
            return
        if choice.person_id is not None:
            suggested = suggested.replace(".ics", f"-person-{choice.person_id}.ics")
        path = self.ask_save_path(
            self.tr("Export as iCalendar"), suggested, self.tr("iCalendar files (*.ics)")
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        db = self.services.db
        from exchange_planner.services.ics import IcsService, write_ics  # icalendar: when used

        def work(control: workers.TaskControl) -> tuple[Path, IcsExport]:
            export = build(IcsService(db), choice)
            return write_ics(export.data, Path(path)), export

        self._tasks.append(
            workers.start(work, on_done=self._exported, on_error=self._export_failed)
        )

    def _exported(self, result: tuple[Path, IcsExport]) -> None:
        written, export = result
        if export.empty:
            # Still a valid calendar (the zone's definition): say why it holds nothing.
            self.empty_export_message = inform(
                self,
                self.tr("Export"),
                self.tr(
                    "Nothing is planned there: the calendar file %1 was written without events."
                ).replace("%1", str(written)),
                wait=False,
            )
        self.context.events.status.emit(
            self.tr("Calendar exported to %1 (%2 events)")
            .replace("%1", str(written))
            .replace("%2", str(export.events))
        )

    def _export_failed(self, error: object, details: str = "") -> None:
        warn(self, self.tr("Export failed"), str(error))

    def print_period(self) -> tuple[date, date]:
        """The days "Print to PDF" prints: the week shown, else the month in focus."""
        if self.view_name == "week":
            start = self.focus_date - timedelta(days=self.focus_date.weekday())
            return start, start + timedelta(days=6)
        first = self.focus_date.replace(day=1)
        return first, add_months(first, 1) - timedelta(days=1)

    def print_current(self) -> DocumentRun:
        """The period shown as the calendar document, in its view, with the kinds and the
        partnership shown, in the zone shown: the options dialog (language), then the
        preview."""
        from exchange_planner.ui.documents.actions import print_calendar  # when printing

        self.last_run = print_calendar(
            self.window(),
            self.context,
            self.print_period(),
            view=self.view_name,
            kinds={str(kind) for kind in self.kinds},
            zone=self.zone,
            as_of=self.today(),
            partnership_id=self.partnership_filter,
        )
        return self.last_run
