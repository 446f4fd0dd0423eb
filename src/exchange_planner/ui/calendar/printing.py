"""The month or week in focus printed to a PDF on A4 landscape, with the views' painting code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.ui.calendar import render, style
from exchange_planner.ui.calendar.render import RenderInput

#: Device pixels per inch of the PDF; the layout works in these units like on screen.
RESOLUTION = 110


def print_to_pdf(path: Path, view: str, inp: RenderInput, title: str, subtitle: str = "") -> Path:
    """Write ``view`` ("month" or "week") for ``inp`` to ``path``; returns the path."""
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
    painter = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        font = QFont()
        font.setPointSizeF(7.5 if view == "week" else 8.5)
        title_font = QFont(font)
        title_font.setPointSizeF(13)
        title_font.setBold(True)
        painter.setFont(title_font)
        title_metrics = QFontMetricsF(title_font, writer)
        title_h = title_metrics.height() + 4
        painter.setPen(QColor(style.TEXT))
        painter.drawText(
            QRectF(page.left(), page.top(), page.width(), title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        legend_font = QFont(font)
        _paint_legend(painter, QRectF(page.left(), page.top(), page.width(), title_h), legend_font)
        top = page.top() + title_h + 4
        footer_h = QFontMetricsF(font, writer).height() + 4
        area = QRectF(page.left(), top, page.width(), page.bottom() - top - footer_h)
        metrics = QFontMetricsF(font, writer)
        if view == "week":
            layout = render.layout_week(inp, area, metrics)
            render.paint_week(painter, layout, inp, font)
        else:
            layout = render.layout_month(inp, area, metrics)
            render.paint_month(painter, layout, inp, font)
        painter.setFont(font)
        painter.setPen(QColor(style.MUTED))
        painter.drawText(
            QRectF(page.left(), page.bottom() - footer_h, page.width(), footer_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            subtitle,
        )
    finally:
        painter.end()
    return path


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
