"""Print actions on a visit (and on a year): options dialog, work off the GUI thread, preview.

Call these from any view; each returns the :class:`DocumentRun` that drives it (tests use it):

- :func:`print_itinerary` (parent, context, visit_id)
- :func:`print_personal_itineraries` (parent, context, visit_id) — one member, or all into a
  folder with a progress dialog that can cancel
- :func:`print_gift_protocol` (parent, context, visit_id)
- :func:`print_gift_protocol_year` (parent, context, year=None)
- :func:`print_gift_register` (parent, context, year=None)
- :func:`print_residency_sheet` (parent, context, residency_id=None)
- :func:`print_balance` (parent, context, partnership_id=None)
- :func:`print_calendar` (parent, context, period=None, view="", kinds=None, zone=None)
- :func:`print_precedence_list` (parent, context, visit_id)
- :func:`print_seating_plan` (parent, context, visit_id) — the item is chosen in the dialog
- :func:`print_place_cards` (parent, context, visit_id) — an item's seating plan or the
  whole visit, in a layout of tent cards
- :func:`print_badges` (parent, context, visit_id) — on A6 or label sheets
- :func:`print_run_of_show` (parent, context, visit_id) — the internal Ablaufplan

Every kind opens in the same preview after the same options dialog (language; the second
time column where it applies); all personal itineraries of a visit can also go into one
booklet, written with a progress dialog that can cancel.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from exchange_planner.services.documents import DocumentService, safe_file_name
from exchange_planner.services.protocol_documents import ProtocolDocumentService
from exchange_planner.ui import workers
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.documents.common import open_preview, warn_failed
from exchange_planner.ui.documents.options import (
    DocumentKind,
    DocumentOptions,
    DocumentOptionsDialog,
    default_folder,
)
from exchange_planner.ui.documents.preview import PdfPreview
from exchange_planner.ui.names import person_name

FONT_KEY = "documents/font_path"


def font_path(context: UiContext) -> str | None:
    """The document font chosen in the settings; None for the default fonts."""
    value = str(context.settings.value(FONT_KEY, "") or "").strip()
    return value or None


class DocumentRun(QObject):
    """One print request: asks for options, builds the PDF in the background, shows it."""

    #: Emitted with the written path (single document) or the list of paths (batch).
    finished = Signal(object)
    #: Emitted with a message when building failed.
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        context: UiContext,
        kind: DocumentKind,
        *,
        visit_id: int | None = None,
        year: int | None = None,
        residency_id: int | None = None,
        partnership_id: int | None = None,
        period: tuple[date, date] | None = None,
        as_of: date | None = None,
        kinds: set[str] | None = None,
        zone: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.kind = kind
        self.visit_id = visit_id
        #: The day the document is printed as of (the residency sheet, the balance, the
        #: calendar's today); None for today.
        self.as_of = as_of
        #: The calendar: the kinds of entries shown (None: all), the zone of its times and
        #: the one partnership shown (None: all).
        self.kinds = kinds
        self.zone = zone
        self.partnership_filter = partnership_id if kind is DocumentKind.CALENDAR else None
        self.task: workers.Task | None = None
        self.progress: QProgressDialog | None = None
        self.preview: PdfPreview | None = None
        self.error_box: QMessageBox | None = None
        self.result: Any = None
        documents = self._documents()
        members: list[tuple[int, str]] = []
        title = ""
        if visit_id is not None:
            services = context.services
            visit = services.visits.get(visit_id)
            title = visit.title
            if kind is DocumentKind.PERSONAL:
                for member in services.members.for_visit(visit_id):
                    person = services.people.get(member.person_id)
                    members.append((member.person_id, person_name(person)))
                # The home city's hosts get personal itineraries too (after the delegation).
                for host in services.hosts.for_visit(visit_id):
                    person = services.people.get(host.person_id)
                    members.append(
                        (host.person_id, self.tr("%1 (host)").replace("%1", person_name(person)))
                    )
        residencies: list[tuple[int, str]] = []
        partnerships: list[tuple[int, str]] = []
        preferred_for: int | None = visit.partnership_id if visit_id is not None else None
        if kind is DocumentKind.RESIDENCY:
            for record in context.services.residencies.list():
                residencies.append((int(record.id), record.title or f"#{record.id}"))
                if record.id == residency_id:
                    preferred_for = record.partnership_id
        if kind is DocumentKind.BALANCE:
            partnerships = [
                (int(p.id), p.partner_city) for p in context.services.partnerships.list()
            ]
        if kind in (DocumentKind.BALANCE, DocumentKind.CALENDAR) and partnership_id is not None:
            preferred_for = partnership_id
        items: list[tuple[int, str]] = []
        if kind is DocumentKind.SEATING and visit_id is not None:
            items = _protocol_documents(context).seating_items(visit_id)
        card_items = (
            _card_documents(context).seated_items(visit_id)
            if kind is DocumentKind.PLACE_CARDS and visit_id is not None
            else []
        )
        self.subject = title or (str(year) if year else "")
        years = (
            documents.gift_years()
            if kind in (DocumentKind.GIFTS_YEAR, DocumentKind.GIFT_REGISTER)
            else []
        )
        versions = (
            documents.printed_versions(visit_id)
            if kind is DocumentKind.ITINERARY and visit_id is not None
            else []
        )
        self.dialog = DocumentOptionsDialog(
            kind,
            context.settings,
            parent,
            members=members,
            years=years,
            year=year,
            printed_versions=versions,
            default_folder=default_folder(
                f"{safe_file_name(self.subject)}-itineraries" if title else "itineraries"
            ),
            residencies=residencies,
            residency_id=residency_id,
            partnerships=partnerships,
            partnership_id=partnership_id,
            period=period,
            items=items,
            card_items=card_items,
        )
        #: The partnership the document is about (its language is preselected).
        self.partnership_id = preferred_for
        if preferred_for is not None:
            # The partnership's default language (Settings) is preselected.
            preferred = context.services.settings.document_language(preferred_for)
            index = self.dialog.language.findData(preferred) if preferred else -1
            if index >= 0:
                self.dialog.language.setCurrentIndex(index)
        self.dialog.accepted.connect(self._start)
        self.dialog.rejected.connect(self.deleteLater)

    def _documents(self) -> DocumentService:
        services = self.context.services
        return getattr(services, "documents", None) or DocumentService(services.db)

    def open(self) -> DocumentRun:
        self.dialog.open()
        return self

    # --- background work -------------------------------------------------------------------
    def _start(self) -> None:
        options = self.dialog.options()
        documents = self._documents()
        font = font_path(self.context)
        self.context.events.status.emit(self.tr("Creating PDF…"))
        if options.booklet:
            self.progress = workers.progress_dialog(
                self.parent_widget,
                self.tr("Personal itineraries"),
                self.tr("Making the booklet of personal itineraries…"),
                self.tr("Cancel"),
                steps=0,
                on_cancel=self.cancel,
            )
            self.task = workers.start(
                _write_booklet,
                documents,
                self.visit_id,
                options,
                font,
                on_done=self._booklet_done,
                on_error=self._failed,
                on_progress=self._on_progress,
                on_cancelled=self._on_cancelled,
            )
        elif options.batch:
            self.progress = workers.progress_dialog(
                self.parent_widget,
                self.tr("Personal itineraries"),
                self.tr("Writing personal itineraries…"),
                self.tr("Cancel"),
                steps=0,
                on_cancel=self.cancel,
            )
            self.task = workers.start(
                _write_batch,
                documents,
                self.visit_id,
                options,
                font,
                on_done=self._batch_done,
                on_error=self._failed,
                on_progress=self._on_progress,
                on_cancelled=self._on_cancelled,
            )
        else:
            self.task = workers.start(
                _write_single,
                documents,
                self.kind,
                self.visit_id,
                options,
                font,
                self.as_of,
                self.kinds,
                self.zone,
                self.partnership_filter,
                on_done=self._single_done,
                on_error=self._failed,
            )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.control.cancel()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        progress = self.progress
        if progress is None:
            return
        progress.setMaximum(total)
        progress.setLabelText(
            self.tr("%1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", message)
        )
        # setValue may process events (a modal dialog), delivering the result meanwhile.
        progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            workers.close_progress_dialog(self.progress, self.cancel)
            self.progress = None

    def _booklet_done(self, path: Path) -> None:
        self._close_progress()
        self._single_done(path, suggested=f"booklet-{safe_file_name(self.subject)}.pdf")

    def _single_done(self, path: Path, suggested: str = "") -> None:
        self.result = path
        self.context.events.status.emit(self.tr("PDF ready"))
        subject = self.subject
        if self.kind is DocumentKind.RESIDENCY:
            subject = self.dialog.residency.currentText()  # the one chosen in the dialog
        elif self.kind is DocumentKind.BALANCE and self.dialog.partnership.currentData():
            subject = self.dialog.partnership.currentText()
        elif self.kind is DocumentKind.CALENDAR:
            options = self.dialog.options()
            subject = f"{options.first:%Y-%m-%d}-{options.view}"  # calendar-2023-07-01-month
        elif self.kind is DocumentKind.SEATING:
            subject = self.dialog.item.currentText()  # seating-Begrüßungsabendessen
        subject = safe_file_name(subject, fallback="") if subject else ""
        suggested = suggested or "-".join(part for part in (self.kind.value, subject) if part)
        suggested = suggested if suggested.endswith(".pdf") else suggested + ".pdf"
        self.preview = open_preview(
            self.context, path, self.dialog.windowTitle(), suggested, self.parent_widget, self
        )
        self.finished.emit(path)

    def _batch_done(self, paths: list[Path]) -> None:
        self._close_progress()
        self.result = paths
        folder = paths[0].parent if paths else Path(self.dialog.options().folder)
        self.context.events.status.emit(
            self.tr("%1 personal itineraries written to %2")
            .replace("%1", str(len(paths)))
            .replace("%2", str(folder))
        )
        self.finished.emit(paths)

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.context.events.status.emit(self.tr("Cancelled"))
        self.cancelled.emit()

    def _failed(self, error: Exception, details: str) -> None:
        self._close_progress()
        self.error_box, message = warn_failed(self.parent_widget, error, details)
        self.failed.emit(message)


# --- run on the worker pool (no widgets here) ----------------------------------------------
def _write_single(
    control: workers.TaskControl,
    documents: DocumentService,
    kind: DocumentKind,
    visit_id: int | None,
    options: DocumentOptions,
    font: str | None,
    as_of: date | None = None,
    kinds: set[str] | None = None,
    zone: str | None = None,
    partnership_id: int | None = None,
) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="exchange-planner-pdf-"))
    target = folder / f"{kind.value}.pdf"
    if kind is DocumentKind.ITINERARY or kind is DocumentKind.PERSONAL:
        assert visit_id is not None
        documents.write_itinerary(
            visit_id,
            target,
            person_id=options.person_id,
            lang=options.lang,
            home_zone_column=options.home_zone_column,
            font_path=font,
            changes_since=options.changes_since,
        )
    elif kind is DocumentKind.GIFTS:
        documents.write_gift_protocol(target, visit_id=visit_id, lang=options.lang, font_path=font)
    elif kind is DocumentKind.RESIDENCY:
        assert options.residency_id is not None
        documents.write_residency_sheet(
            options.residency_id, target, lang=options.lang, font_path=font, as_of=as_of
        )
    elif kind is DocumentKind.BALANCE:
        documents.write_balance(
            target,
            partnership_id=options.partnership_id,
            lang=options.lang,
            font_path=font,
            as_of=as_of,
        )
    elif kind is DocumentKind.CALENDAR:
        assert options.first is not None and options.last is not None
        documents.write_calendar(
            target,
            options.first,
            options.last,
            view=options.view,
            lang=options.lang,
            font_path=font,
            today=as_of,
            kinds=kinds,
            zone=zone,
            partnership_id=partnership_id,
        )
    elif kind is DocumentKind.PRECEDENCE or kind is DocumentKind.SEATING:
        assert visit_id is not None
        _write_protocol(documents, kind, visit_id, target, options, font)
    elif kind in (DocumentKind.PLACE_CARDS, DocumentKind.BADGES):
        assert visit_id is not None
        _write_cards(documents, kind, visit_id, target, options, font)
    elif kind is DocumentKind.GIFT_REGISTER:
        from exchange_planner.services.gift_register import GiftRegisterService

        assert options.year is not None
        GiftRegisterService(documents.db).write_pdf(
            options.year, target, lang=options.lang, font_path=font
        )
    elif kind is DocumentKind.RUN_OF_SHOW:
        assert visit_id is not None
        _write_run_of_show(documents, visit_id, target, options, font)
    else:
        documents.write_gift_protocol(target, year=options.year, lang=options.lang, font_path=font)
    control.check()
    return target


def _protocol_documents(context: UiContext) -> ProtocolDocumentService:
    return ProtocolDocumentService(context.services.db)


def _write_protocol(
    documents: DocumentService,
    kind: DocumentKind,
    visit_id: int,
    target: Path,
    options: DocumentOptions,
    font: str | None,
) -> None:
    """The order of precedence or the seating plan (on the worker: its own sessions)."""
    protocol = ProtocolDocumentService(documents.db)
    if kind is DocumentKind.PRECEDENCE:
        protocol.write_precedence_list(visit_id, target, lang=options.lang, font_path=font)
    else:
        protocol.write_seating_plan(
            visit_id, target, item_id=options.item_id, lang=options.lang, font_path=font
        )


def _card_documents(context_or_documents: Any) -> Any:
    """The place cards' and badges' service of a context (or of a document service's
    database)."""
    from exchange_planner.services.card_documents import CardDocumentService

    services = getattr(context_or_documents, "services", None)
    db = services.db if services is not None else context_or_documents.db
    return CardDocumentService(db)


def _write_cards(
    documents: DocumentService,
    kind: DocumentKind,
    visit_id: int,
    target: Path,
    options: DocumentOptions,
    font: str | None,
) -> None:
    cards = _card_documents(documents)
    if kind is DocumentKind.PLACE_CARDS:
        cards.write_place_cards(
            visit_id,
            target,
            item_id=options.card_item_id,
            layout=options.card_layout or "a4-2",
            lang=options.lang,
            font_path=font,
        )
    else:
        cards.write_badges(
            visit_id, target, layout=options.card_layout or "a6", lang=options.lang, font_path=font
        )


def _write_run_of_show(
    documents: DocumentService,
    visit_id: int,
    target: Path,
    options: DocumentOptions,
    font: str | None,
) -> None:
    """The internal run-of-show (on the worker: its own sessions)."""
    from exchange_planner.services.run_of_show import RunOfShowService

    RunOfShowService(documents.db).write(visit_id, target, lang=options.lang, font_path=font)


def _write_booklet(
    control: workers.TaskControl,
    documents: DocumentService,
    visit_id: int,
    options: DocumentOptions,
    font: str | None,
) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="exchange-planner-pdf-"))
    target = folder / "booklet.pdf"
    documents.write_personal_booklet(
        visit_id,
        target,
        lang=options.lang,
        home_zone_column=options.home_zone_column,
        font_path=font,
        progress=control.progress,
        cancelled=lambda: control.cancelled,
    )
    if control.cancelled:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    control.check()
    return target


def _write_batch(
    control: workers.TaskControl,
    documents: DocumentService,
    visit_id: int,
    options: DocumentOptions,
    font: str | None,
) -> list[Path]:
    paths = documents.write_personal_itineraries(
        visit_id,
        options.folder,
        lang=options.lang,
        home_zone_column=options.home_zone_column,
        font_path=font,
        progress=control.progress,
        cancelled=lambda: control.cancelled,
    )
    control.check()
    return paths


# --- the public entry points ---------------------------------------------------------------
def print_itinerary(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.ITINERARY, visit_id=visit_id).open()


def print_personal_itineraries(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.PERSONAL, visit_id=visit_id).open()


def print_gift_protocol(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.GIFTS, visit_id=visit_id).open()


def print_precedence_list(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.PRECEDENCE, visit_id=visit_id).open()


def print_seating_plan(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.SEATING, visit_id=visit_id).open()


def print_gift_protocol_year(
    parent: QWidget, context: UiContext, year: int | None = None
) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.GIFTS_YEAR, year=year).open()


def print_gift_register(
    parent: QWidget, context: UiContext, year: int | None = None
) -> DocumentRun:
    """The yearly gift register (every gift in EUR, rules, dispositions)."""
    return DocumentRun(parent, context, DocumentKind.GIFT_REGISTER, year=year).open()


def print_residency_sheet(
    parent: QWidget,
    context: UiContext,
    residency_id: int | None = None,
    *,
    as_of: date | None = None,
) -> DocumentRun:
    return DocumentRun(
        parent, context, DocumentKind.RESIDENCY, residency_id=residency_id, as_of=as_of
    ).open()


def print_balance(
    parent: QWidget,
    context: UiContext,
    partnership_id: int | None = None,
    *,
    as_of: date | None = None,
) -> DocumentRun:
    return DocumentRun(
        parent, context, DocumentKind.BALANCE, partnership_id=partnership_id, as_of=as_of
    ).open()


def print_calendar(
    parent: QWidget,
    context: UiContext,
    period: tuple[date, date] | None = None,
    *,
    view: str = "",
    kinds: set[str] | None = None,
    zone: str | None = None,
    as_of: date | None = None,
    partnership_id: int | None = None,
) -> DocumentRun:
    """The calendar document of ``period`` (in ``view`` when given), with only ``kinds``
    of entries (all when None) and one partnership's (all when None), its times in
    ``zone`` (the home zone when None)."""
    run = DocumentRun(
        parent,
        context,
        DocumentKind.CALENDAR,
        period=period,
        kinds=kinds,
        zone=zone,
        as_of=as_of,
        partnership_id=partnership_id,
    )
    if view:
        run.dialog.view.setCurrentIndex(max(0, run.dialog.view.findData(view)))
    return run.open()


def print_place_cards(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.PLACE_CARDS, visit_id=visit_id).open()


def print_badges(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    return DocumentRun(parent, context, DocumentKind.BADGES, visit_id=visit_id).open()


def print_run_of_show(parent: QWidget, context: UiContext, visit_id: int) -> DocumentRun:
    """The internal run-of-show (Ablaufplan) of a visit, for staff."""
    return DocumentRun(parent, context, DocumentKind.RUN_OF_SHOW, visit_id=visit_id).open()


def print_rooming_list(parent: QWidget, context: UiContext, visit_id: int) -> Any:
    """The rooming list for the hotel, PDF or XLSX (``ui/documents/rooming.py``)."""
    from exchange_planner.ui.documents.rooming import print_rooming_list as run

    return run(parent, context, visit_id)
