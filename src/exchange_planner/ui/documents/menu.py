"""The Documents menu of the main window: print actions on the current visit, year protocol."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from exchange_planner.domain.errors import NotFoundError
from exchange_planner.ui.icons import icon
from exchange_planner.ui.plain import warn

if TYPE_CHECKING:
    from exchange_planner.ui.documents.actions import DocumentRun
    from exchange_planner.ui.documents.font_settings import FontSettingsDialog


def _actions() -> Any:
    """The printing actions (ReportLab, the PDF preview): imported when first used."""
    from exchange_planner.ui.documents import actions

    return actions


class DocumentsMenu(QMenu):
    """Acts on ``window.current["visit"]``; visit actions are disabled while none is selected."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        # "D&okumente" in German: "&Datei" already takes the D.
        self.setTitle(self.tr("&Documents"))
        self.window_ = window
        self.setToolTipsVisible(True)
        self.hint = QAction(self.tr("Select a visit to print its documents"), self)
        self.hint.setEnabled(False)
        self.addAction(self.hint)
        # The shortcuts sit on the menu's own actions, so the menu shows them; they work in the
        # whole window on the visit selected last.
        self.itinerary = self._add(
            self.tr("Print &itinerary…"),
            "print",
            "print_itinerary",
            QKeySequence(QKeySequence.StandardKey.Print),
        )
        self.personal = self._add(
            self.tr("&Personal itineraries…"),
            "person",
            "print_personal_itineraries",
            QKeySequence("Ctrl+Alt+P"),
        )
        self.gifts = self._add(
            self.tr("&Gift protocol…"),
            "gift",
            "print_gift_protocol",
            QKeySequence("Ctrl+Alt+G"),
        )
        # Protocol documents: no shortcuts of their own (printed now and then, from the menu).
        self.precedence = self._add_on_visit(
            self.tr("&Order of precedence…"), "print_precedence_list"
        )
        self.seating = self._add_on_visit(self.tr("S&eating plan…"), "print_seating_plan")
        self.place_cards = self._add(
            self.tr("Pl&ace cards…"), "pdf", "print_place_cards", QKeySequence()
        )
        self.badges = self._add(self.tr("&Name badges…"), "person", "print_badges", QKeySequence())
        self.rooming = self._add_on_visit(self.tr("Roo&ming list…"), "print_rooming_list")
        self.catering = QAction(icon("pdf"), self.tr("Catering s&ummary…"), self)
        self.catering.triggered.connect(self._catering)
        self.addAction(self.catering)
        # The transport plan and the drivers' sheets (ui/documents/transport.py).
        self.transport_plan = self._add_transport(self.tr("Transpor&t plan…"), drivers=False)
        self.driver_sheets = self._add_transport(self.tr("Dri&ver sheets…"), drivers=True)
        # The staff's internal plan (internal notes, cues, cars): never handed to guests.
        self.run_of_show = self._add_on_visit(self.tr("Run of s&how…"), "print_run_of_show")
        self.addSeparator()
        self.year = QAction(icon("gift"), self.tr("Gift protocol for a &year…"), self)
        self.year.triggered.connect(self._year)
        self.addAction(self.year)
        self.register = QAction(icon("gift"), self.tr("Gift &register for a year…"), self)
        self.register.triggered.connect(lambda _=False: self._run("print_gift_register"))
        self.addAction(self.register)
        self.addSeparator()
        # Documents of other records: each dialog asks which one (the selected one first).
        self.residency = QAction(icon("pdf"), self.tr("Residency &sheet…"), self)
        self.residency.triggered.connect(self._residency)
        self.addAction(self.residency)
        self.balance = QAction(icon("pdf"), self.tr("Partnership &balance…"), self)
        self.balance.triggered.connect(lambda _=False: self._run("print_balance"))
        self.addAction(self.balance)
        self.calendar = QAction(icon("pdf"), self.tr("&Calendar…"), self)
        self.calendar.triggered.connect(self._calendar)
        self.addAction(self.calendar)
        self.addSeparator()
        self.font = QAction(self.tr("Document &font…"), self)
        self.font.triggered.connect(self._font)
        self.addAction(self.font)
        self.last_run: DocumentRun | None = None
        self.font_dialog: FontSettingsDialog | None = None
        self.aboutToShow.connect(self.refresh)
        window.events.current.connect(lambda *_: self.refresh())
        self.refresh()

    def _add(self, text: str, icon_name: str, function: str, shortcut: QKeySequence) -> QAction:
        """An action on the current visit running ``function`` of ``ui/documents/actions.py``."""
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: self._on_visit(function))
        self.addAction(action)
        # A menu's actions take their shortcuts only where the window knows them.
        self.window_.addAction(action)
        return action

    def _add_on_visit(self, text: str, function: str) -> QAction:
        """An action on the current visit without a shortcut."""
        action = QAction(icon("pdf"), text, self)
        action.triggered.connect(lambda _=False: self._on_visit(function))
        self.addAction(action)
        return action

    def _add_transport(self, text: str, *, drivers: bool) -> QAction:
        """An action on the current visit printing its transport plan or drivers' sheets."""
        action = QAction(icon("pdf"), text, self)
        action.triggered.connect(lambda _=False: self._transport(drivers))
        self.addAction(action)
        return action

    def _transport(self, drivers: bool) -> None:
        from exchange_planner.ui.documents import transport

        visit_id, context = self.visit_id(), self.window_.context
        if visit_id is None or context is None:
            return
        function = transport.print_driver_sheets if drivers else transport.print_transport_plan
        try:
            self.last_run = function(self.window_, context, visit_id)  # type: ignore[assignment]
        except NotFoundError as error:
            warn(self.window_, self.tr("Documents"), str(error))

    def visit_id(self) -> int | None:
        value = self.window_.current.get("visit")
        return int(value) if value else None

    def refresh(self) -> None:
        has_visit = self.visit_id() is not None
        self.hint.setVisible(not has_visit)
        tip = "" if has_visit else self.tr("Select a visit first (Delegations tab)")
        for action in (
            self.itinerary,
            self.personal,
            self.gifts,
            self.precedence,
            self.seating,
            self.place_cards,
            self.badges,
            self.rooming,
            self.catering,
            self.transport_plan,
            self.driver_sheets,
            self.run_of_show,
        ):
            action.setEnabled(has_visit)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "").rstrip("…")
            action.setToolTip(tip or (f"{text} ({keys})" if keys else text))
            action.setStatusTip(tip)
        has_context = self.window_.context is not None
        for action in (self.year, self.register, self.residency, self.balance, self.calendar):
            action.setEnabled(has_context)

    def _on_visit(self, function: str) -> None:
        visit_id = self.visit_id()
        context = self.window_.context
        if visit_id is None or context is None:
            return
        try:
            self.last_run = getattr(_actions(), function)(self.window_, context, visit_id)
        except NotFoundError as error:
            warn(self.window_, self.tr("Documents"), str(error))

    def _catering(self) -> None:
        """Documents ▸ Catering summary… on the current visit (ui/documents/catering.py)."""
        from exchange_planner.ui.documents.catering import print_catering_summary

        visit_id = self.visit_id()
        context = self.window_.context
        if visit_id is None or context is None:
            return
        try:
            self.last_run = print_catering_summary(self.window_, context, visit_id)  # type: ignore[assignment]
        except NotFoundError as error:
            warn(self.window_, self.tr("Documents"), str(error))

    def _year(self) -> None:
        context = self.window_.context
        if context is not None:
            self.last_run = _actions().print_gift_protocol_year(self.window_, context)

    def _residency(self) -> None:
        context = self.window_.context
        if context is not None:
            current = self.window_.current.get("residency")
            self.last_run = _actions().print_residency_sheet(
                self.window_, context, int(current) if current else None
            )

    def _calendar(self) -> None:
        """The calendar document of the month (or week) the Calendar tab shows, in its view."""
        context = self.window_.context
        if context is None:
            return
        period, view = _calendar_period(self.window_)
        self.last_run = _actions().print_calendar(self.window_, context, period)
        if view:
            dialog = self.last_run.dialog
            dialog.view.setCurrentIndex(max(0, dialog.view.findData(view)))

    def _run(self, function: str) -> None:
        context = self.window_.context
        if context is not None:
            self.last_run = getattr(_actions(), function)(self.window_, context)

    def _font(self) -> None:
        from exchange_planner.ui.documents.font_settings import FontSettingsDialog

        self.font_dialog = FontSettingsDialog(self.window_.settings, self.window_)
        self.font_dialog.open()


def _calendar_period(window: Any) -> tuple[tuple[date, date] | None, str]:
    """The period and view the Calendar tab shows, if it was built; else (None, "")."""
    built = getattr(window, "built_pages", None)
    pages = built() if callable(built) else []
    for page in pages:
        focus = getattr(page, "focus_date", None)
        view = getattr(page, "view_name", None)
        if isinstance(focus, date) and view in ("month", "week", "agenda"):
            if view == "week":
                start = focus - timedelta(days=focus.weekday())
                return (start, start + timedelta(days=6)), view
            first = focus.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return (first, following - timedelta(days=1)), view
    return None, ""


def install_documents_menu(window: QMainWindow) -> DocumentsMenu:
    """Add the Documents menu before Help (or at the end) of ``window``'s menu bar."""
    menu = DocumentsMenu(window)
    bar = window.menuBar()
    # Called at the end of building the menus, when Help is the last menu.
    existing = bar.actions()
    help_action = existing[-1] if existing else None
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    window.documents_menu = menu  # type: ignore[attr-defined]
    return menu
