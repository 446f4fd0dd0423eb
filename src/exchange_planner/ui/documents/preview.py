"""In-app PDF preview (QtPdf) with Save as…, Open in the system viewer and Print."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.storage.files import atomic_path
from exchange_planner.ui.icons import icon
from exchange_planner.ui.plain import warn
from exchange_planner.ui.settings import application_settings
from exchange_planner.ui.widgets.geometry import fit_rect

#: Where the preview's size and position are remembered (QSettings).
GEOMETRY_KEY = "documents/preview_geometry"
#: The size the preview asks for the first time, when the screen has room for it.
PREFERRED_SIZE = QSize(900, 1000)


class PdfPreview(QDialog):
    """Shows a PDF written to a temporary file; the file is removed when the preview closes.

    It opens at a size that fits the screen (centred, never larger than its available area,
    1366×768 included) and remembers its size and position for the next preview.
    """

    def __init__(
        self,
        path: Path,
        title: str,
        parent: QWidget | None = None,
        *,
        suggested_name: str = "document.pdf",
        temporary: bool = True,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.suggested_name = suggested_name
        self.temporary = temporary
        self.settings = settings if settings is not None else application_settings()
        self._geometry_saved = False
        self._fitted = False
        self._restored = False
        #: Asks where to save (title, suggested path, filter) -> path or ""; tests replace it.
        self.ask_path: Callable[[str, str, str], str] = self._ask_path
        #: The message shown when saving failed (for tests).
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(title)

        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action = self.toolbar.addAction(icon("save"), self.tr("&Save as…"))
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.save_as())
        self.open_action = self.toolbar.addAction(icon("pdf"), self.tr("&Open in viewer"))
        self.open_action.setToolTip(self.tr("Open the PDF in the system's PDF viewer"))
        self.open_action.triggered.connect(self.open_external)
        self.print_action = self.toolbar.addAction(icon("print"), self.tr("&Print…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_dialog)
        self.toolbar.addSeparator()
        zoom_in = self.toolbar.addAction(self.tr("Zoom in"))
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_in.triggered.connect(lambda: self._zoom(1.25))
        zoom_out = self.toolbar.addAction(self.tr("Zoom out"))
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(lambda: self._zoom(0.8))
        fit = self.toolbar.addAction(self.tr("Fit width"))
        fit.triggered.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.pages_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self._place()

    # --- geometry --------------------------------------------------------------------------
    def available_geometry(self) -> QRect:
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        return screen.availableGeometry()

    def _place(self) -> None:
        """Restore the remembered geometry, or the preferred size; then fit the screen."""
        available = self.available_geometry()
        saved = self.settings.value(GEOMETRY_KEY)
        self._restored = bool(saved) and self.restoreGeometry(saved)
        if self._restored:
            wanted = self.geometry()
        else:
            wanted = QRect(available.topLeft(), PREFERRED_SIZE)
            wanted.moveCenter(available.center())
        # The window frame (title bar, borders) must fit as well.
        frame = self.frameGeometry().size() - self.geometry().size()
        inner = available.adjusted(0, 0, -max(0, frame.width()), -max(0, frame.height()))
        rect = fit_rect(wanted, inner)
        self.resize(rect.size())
        self.move(rect.topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_frame()

    def _fit_frame(self) -> None:
        """Once shown, the window frame is known: shrink and centre until it fits too."""
        available = self.available_geometry()
        frame = self.frameGeometry()
        if available.contains(frame) and self._restored:
            return
        extra = frame.size() - self.size()
        size = self.size().boundedTo(available.size() - extra)
        outer = QRect(frame.topLeft(), size + extra)
        if self._restored:
            outer = fit_rect(outer, available)
        else:  # a first preview sits in the middle of the screen
            outer.moveCenter(available.center())
        self.resize(size)
        self.move(outer.topLeft())

    def _remember_geometry(self) -> None:
        if not self._geometry_saved:
            self._geometry_saved = True
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())

    def page_count(self) -> int:
        return self.document.pageCount()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    # --- actions ---------------------------------------------------------------------------
    def _ask_path(self, title: str, suggested: str, filters: str) -> str:
        target, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return target

    def save_as(self, target: str | None = None) -> Path | None:
        """Copy the PDF to ``target`` (asked for when not given); returns where it went.

        Written whole or not at all (owner-only): on a full disk a previous file of that
        name stays as it was, and the message says so."""
        if target is None:
            target = self.ask_path(
                self.tr("Save PDF"),
                str(Path.home() / self.suggested_name),
                self.tr("PDF documents (*.pdf)"),
            )
            if not target:
                return None
        destination = Path(target)
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_name(destination.name + ".pdf")
        try:
            with atomic_path(destination) as temporary:
                shutil.copyfile(self.path, temporary)
        except OSError as error:  # FileWriteError: one line naming the file and the cause
            self.error_box = warn(self, self.tr("Save PDF"), str(error), wait=False)
            return None
        return destination

    def open_external(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render every page (or the chosen range) onto ``printer``; returns pages printed."""
        count = self.page_count()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
            first, last = printer.fromPage(), min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                page = number - 1
                size_pt = self.document.pagePointSize(page)
                area = printer.pageLayout().paintRectPixels(dpi)
                scale = min(area.width() / size_pt.width(), area.height() / size_pt.height())
                image = self.document.render(
                    page,
                    QSize(int(size_pt.width() * scale), int(size_pt.height() * scale)),
                )
                target = QRectF(QPointF(0, 0), image.size().toSizeF())
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        return printed

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_geometry()
        self.document.close()
        if self.temporary:
            shutil.rmtree(self.path.parent, ignore_errors=True)
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._remember_geometry()
        self.document.close()
        if self.temporary:
            shutil.rmtree(self.path.parent, ignore_errors=True)
        super().done(result)
