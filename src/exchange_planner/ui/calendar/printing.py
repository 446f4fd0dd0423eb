"""The month or week in focus printed to a PDF on A4 landscape, with the views' painting code."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt, qVersion
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from exchange_planner.domain.calendar import EntryKind, month_weeks
from exchange_planner.storage.files import atomic_path
from exchange_planner.ui.calendar import render, style
from exchange_planner.ui.calendar.render import RenderInput

#: Device pixels per inch of the PDF; the layout works in these units like on screen.
RESOLUTION = 110
#: Font sizes (points) a printed month tries, largest first, to fit all its entries on one page.
MONTH_FONT_SIZES = (8.5, 7.5, 7.0)
WEEK_FONT_SIZE = 7.5


@dataclass
class PrintedPage:
    """One printed page of a view: its layout, placed at ``origin`` and drawn at ``scale``."""

    layout: render.Layout
    origin: QPointF
    scale: float = 1.0


def print_to_pdf(
    path: Path,
    view: str,
    inp: RenderInput,
    title: str,
    subtitle: str = "",
    pages: list[PrintedPage] | None = None,
    *,
    author: str = "",
) -> Path:
    """Write ``view`` ("month" or "week") for ``inp`` to ``path``; returns the path.

    A printed month shows every entry: its busy weeks grow taller; when the month does not fit
    on the page even in a smaller font, it goes on over further pages (whole weeks per page).
    ``pages`` (if given) receives what was printed on each page.
    """
    path = Path(path)
    # Written whole or not at all, owner-only: a full disk keeps a previous file.
    with atomic_path(path) as temporary:
        _paint_pdf(temporary, view, inp, title, subtitle, pages)
        # Qt does not report failed writes: a PDF without its trailer was cut short.
        if not _complete_pdf(temporary):
            raise OSError(errno.EIO, "the PDF was cut short (is the disk full?)")
        _make_archival(temporary, inp, title, subtitle, author)
    return path


def _make_archival(path: Path, inp: RenderInput, title: str, subtitle: str, author: str) -> None:
    """PDF/A-2b like every document (reports/archive.py); a reproducible print is dated at
    the day shown as today."""
    from exchange_planner.reports import archive
    from exchange_planner.ui.content_language import ui_language

    language = ui_language()
    info = archive.document_info(
        title=title,
        author=author,
        subject=subtitle,
        keywords=[],
        languages=[language],
        as_of=inp.today,
        producer=f"Qt {qVersion()}",
    )
    archive.finish_pdf_file(path, info)


def _complete_pdf(path: Path) -> bool:
    with open(path, "rb") as stream:
        stream.seek(0, os.SEEK_END)
        stream.seek(max(0, stream.tell() - 64))
        return b"%%EOF" in stream.read()


def _paint_pdf(
    path: Path,
    view: str,
    inp: RenderInput,
    title: str,
    subtitle: str = "",
    pages: list[PrintedPage] | None = None,
) -> Path:
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Exchange Planner")
    printed: list[PrintedPage] = [] if pages is None else pages
    painter = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        if view == "week":
            font = QFont()
            font.setPointSizeF(WEEK_FONT_SIZE)
            area = _paint_frame(painter, writer, page, font, title, subtitle)
            layout = render.layout_week(inp, area, QFontMetricsF(font, writer))
            render.paint_week(painter, layout, inp, font)
            printed.append(PrintedPage(layout, area.topLeft()))
        else:
            font, sheets = _month_sheets(inp, writer, page, title, subtitle)
            for index, weeks in enumerate(sheets):
                if index:
                    writer.newPage()
                heading = title
                if len(sheets) > 1:
                    heading += "  ·  " + QCoreApplication.translate(
                        "Calendar", "page %1 of %2"
                    ).replace("%1", str(index + 1)).replace("%2", str(len(sheets)))
                area = _paint_frame(painter, writer, page, font, heading, subtitle)
                printed.append(_paint_month_sheet(painter, writer, area, inp, font, weeks))
    finally:
        painter.end()
    return path


def _month_sheets(
    inp: RenderInput, writer: QPdfWriter, page: QRectF, title: str, subtitle: str
) -> tuple[QFont, list[list[list[date]]]]:
    """The font and the weeks per page: one page in the largest size that fits, else more."""
    year, month = inp.shown_month
    weeks = month_weeks(year, month, inp.first_weekday)
    font = QFont()
    for size in MONTH_FONT_SIZES:
        font = QFont()
        font.setPointSizeF(size)
        area = _frame_area(writer, page, font)
        metrics = QFontMetricsF(font, writer)
        if render.layout_month(inp, area, metrics, weeks).height <= area.height():
            return font, [weeks]
    # Whole weeks per page, in the smallest size.
    area = _frame_area(writer, page, font)
    metrics = QFontMetricsF(font, writer)
    header = metrics.height() + 4 + 6
    sheets: list[list[list[date]]] = [[]]
    used = header
    for week in weeks:
        need = render.layout_month(inp, area, metrics, [week]).height - header
        if sheets[-1] and used + need > area.height():
            sheets.append([])
            used = header
        sheets[-1].append(week)
        used += need
    return font, sheets


def _paint_month_sheet(
    painter: QPainter,
    writer: QPdfWriter,
    area: QRectF,
    inp: RenderInput,
    font: QFont,
    weeks: list[list[date]],
) -> PrintedPage:
    """Weeks of the month in ``area``; a single week taller than the page is scaled down."""
    metrics = QFontMetricsF(font, writer)
    layout = render.layout_month(inp, area, metrics, weeks)
    scale = min(1.0, area.height() / layout.height) if layout.height else 1.0
    if scale >= 1.0:
        render.paint_month(painter, layout, inp, font)
        return PrintedPage(layout, QPointF(0, 0))
    painter.save()
    painter.translate(area.topLeft())
    painter.scale(scale, scale)
    layout = render.layout_month(
        inp, QRectF(0, 0, area.width() / scale, area.height() / scale), metrics, weeks
    )
    render.paint_month(painter, layout, inp, font)
    painter.restore()
    return PrintedPage(layout, area.topLeft(), scale)


def _frame_area(writer: QPdfWriter, page: QRectF, font: QFont) -> QRectF:
    """The part of the page between the title line and the footer."""
    title_font = _title_font(font)
    title_h = QFontMetricsF(title_font, writer).height() + 4
    top = page.top() + title_h + 4
    footer_h = QFontMetricsF(font, writer).height() + 4
    return QRectF(page.left(), top, page.width(), page.bottom() - top - footer_h)


def _title_font(font: QFont) -> QFont:
    title_font = QFont(font)
    title_font.setPointSizeF(13)
    title_font.setBold(True)
    return title_font


def _paint_frame(
    painter: QPainter, writer: QPdfWriter, page: QRectF, font: QFont, title: str, subtitle: str
) -> QRectF:
    """Title and legend on top, the subtitle at the foot; returns the area left for the view."""
    title_font = _title_font(font)
    painter.setFont(title_font)
    title_h = QFontMetricsF(title_font, writer).height() + 4
    painter.setPen(QColor(style.TEXT))
    painter.drawText(
        QRectF(page.left(), page.top(), page.width(), title_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    _paint_legend(painter, QRectF(page.left(), page.top(), page.width(), title_h), QFont(font))
    area = _frame_area(writer, page, font)
    footer_h = QFontMetricsF(font, writer).height() + 4
    painter.setFont(font)
    painter.setPen(QColor(style.MUTED))
    painter.drawText(
        QRectF(page.left(), page.bottom() - footer_h, page.width(), footer_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        subtitle,
    )
    return area


def _paint_legend(painter: QPainter, rect: QRectF, font: QFont) -> None:
    """Kinds with their colours, right-aligned in the title line."""
    metrics = QFontMetricsF(font, painter.device())
    painter.setFont(font)
    x = rect.right()
    size = metrics.height()
    for kind in reversed(list(EntryKind)):
        label = style.kind_label(kind)
        width = metrics.horizontalAdvance(label)
        x -= width
        painter.setPen(QColor(style.TEXT))
        painter.drawText(
            QRectF(x, rect.top(), width + 2, rect.height()), Qt.AlignmentFlag.AlignVCenter, label
        )
        x -= size + 4
        painter.drawPixmap(
            int(x),
            int(rect.center().y() - size / 2),
            style.pixmap(style.ICON_NAMES[kind], style.COLOURS[kind.value], int(size)),
        )
        x -= 14
