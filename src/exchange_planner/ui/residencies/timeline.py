"""The studio timeline: one row per studio (or host institution), residencies as bars.

Painted with QPainter over a window of months; only the residencies overlapping the window are
loaded. Bars are coloured by status; bars sharing a studio on the same days are hatched red.
Drag a bar sideways (or Shift+Left/Right) to move its dates; double-click (or Enter) opens it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from exchange_planner.domain import contrast
from exchange_planner.domain.enums import ResidencyStatus
from exchange_planner.services.records import Residency
from exchange_planner.services.residencies import StudioRow, studio_key
from exchange_planner.ui import accessible
from exchange_planner.ui.accessible import AccessibleItem
from exchange_planner.ui.plain import plain_tooltip
from exchange_planner.ui.widgets.date_field import ui_date

STATUS_COLOURS: dict[ResidencyStatus, QColor] = {
    ResidencyStatus.PROPOSED: QColor("#90a4ae"),
    ResidencyStatus.CONFIRMED: QColor("#1e88e5"),
    ResidencyStatus.ONGOING: QColor("#43a047"),
    ResidencyStatus.COMPLETED: QColor("#5d4037"),
    ResidencyStatus.CANCELLED: QColor("#e0e0e0"),
}
CONFLICT = QColor("#d32f2f")
LABEL_WIDTH = 230
HEADER_HEIGHT = 42
ROW_HEIGHT = 34
LEGEND_HEIGHT = 26


def status_colours(palette: QPalette) -> dict[ResidencyStatus, tuple[QColor, QColor]]:
    """(fill, text) of each status's bars: on a dark palette the fills are toned towards its
    base; either way the label on a bar has a contrast of at least 4.5:1."""
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    dark = contrast.relative_luminance(base) < contrast.relative_luminance(text)
    return {
        status: tuple(  # type: ignore[misc]
            QColor(c)
            for c in contrast.readable_pair(
                contrast.mix(colour.name(), base, 0.2) if dark else colour.name()
            )
        )
        for status, colour in STATUS_COLOURS.items()
    }


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass
class _Bar:
    record: Residency
    row: int
    label: str
    conflict: bool


class StudioTimeline(QWidget):
    """Bars per studio across ``months`` months from ``first``."""

    #: (residency id, days) — the user dragged a bar by that many days.
    moved = Signal(int, int)
    #: A bar was double-clicked or Enter pressed on it.
    opened = Signal(int)
    #: The selected bar changed (0: none).
    selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.first = month_start(date.today())
        self.months = 24
        self.today = date.today()
        self.rows: list[StudioRow] = []
        self.bars: list[_Bar] = []
        self.conflict_messages: dict[int, list[str]] = {}
        self.selected_id = 0
        self._drag: tuple[int, int, int] | None = None  # (residency id, press x, days)
        accessible.install()
        self.setAccessibleName(self.tr("Studio timeline"))
        self.setAccessibleDescription(
            self.tr("Left and Right select the previous or next residency; Enter opens it.")
        )

    # --- data ---------------------------------------------------------------------------
    @property
    def last(self) -> date:
        """The last day shown."""
        return add_months(self.first, self.months) - timedelta(days=1)

    def set_window(self, first: date, months: int) -> None:
        self.first = month_start(first)
        self.months = max(1, months)
        self.update()

    def set_data(
        self,
        rows: Sequence[StudioRow],
        records: Sequence[Residency],
        labels: dict[int, str],
        conflicts: dict[int, list[str]],
    ) -> None:
        self.rows = list(rows)
        index: dict[Hashable, int] = {row.key: i for i, row in enumerate(self.rows)}
        self.conflict_messages = conflicts
        self.bars = [
            _Bar(r, index[studio_key(r)], labels.get(r.id, r.title), r.id in conflicts)  # type: ignore[arg-type]
            for r in sorted(records, key=lambda r: (r.start_date, r.id))
            if studio_key(r) in index
        ]
        if self.selected_id and not any(b.record.id == self.selected_id for b in self.bars):
            self.selected_id = 0
        self.updateGeometry()
        self.update()

    def bar(self, residency_id: int) -> _Bar | None:
        return next((b for b in self.bars if b.record.id == residency_id), None)

    # --- geometry -----------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, HEADER_HEIGHT + LEGEND_HEIGHT + ROW_HEIGHT * max(3, len(self.rows)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 200, HEADER_HEIGHT + LEGEND_HEIGHT + ROW_HEIGHT * 2)

    def day_width(self) -> float:
        days = (self.last - self.first).days + 1
        return max(1.0, (self.width() - LABEL_WIDTH - 8)) / days

    def x_of(self, day: date) -> float:
        return LABEL_WIDTH + (day - self.first).days * self.day_width()

    def bar_rect(self, bar: _Bar, shift_days: int = 0) -> QRectF:
        start = bar.record.start_date + timedelta(days=shift_days)
        end = bar.record.end_date + timedelta(days=shift_days)
        left = max(self.x_of(start), LABEL_WIDTH)
        right = min(self.x_of(end + timedelta(days=1)), self.width() - 8)
        top = HEADER_HEIGHT + bar.row * ROW_HEIGHT + 5
        return QRectF(left, top, max(3.0, right - left), ROW_HEIGHT - 10)

    def bar_at(self, point: QPoint) -> _Bar | None:
        for bar in reversed(self.bars):
            if self.bar_rect(bar).contains(point.toPointF()):
                return bar
        return None

    # --- screen readers -----------------------------------------------------------------
    accessible_role = QAccessible.Role.List

    def accessible_focus_key(self) -> int | None:
        return self.selected_id or None

    def accessible_items(self) -> list[AccessibleItem]:
        """The residencies shown, in date order: title, studio, dates and status."""
        from exchange_planner.ui.residencies.editor import status_label

        shown = self.visibleRegion().boundingRect()
        items = []
        for bar in self.bars:
            r = bar.record
            if r.end_date < self.first or r.start_date > self.last:
                continue
            rect = self.bar_rect(bar).toAlignedRect()
            parts = [
                self.rows[bar.row].label,
                f"{ui_date(r.start_date)} – {ui_date(r.end_date)}",
                status_label(r.status),
                *self.conflict_messages.get(r.id, []),  # type: ignore[arg-type]
            ]
            items.append(
                AccessibleItem(
                    key=r.id,
                    name=bar.label,
                    description="; ".join(p for p in parts if p),
                    rect=rect,
                    visible=rect.intersects(shown),
                )
            )
        return items

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self.width()
        body_bottom = HEADER_HEIGHT + ROW_HEIGHT * max(1, len(self.rows))
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        metrics = QFontMetrics(small)

        # Row stripes and labels.
        for i, row in enumerate(self.rows):
            top = HEADER_HEIGHT + i * ROW_HEIGHT
            if i % 2:
                painter.fillRect(QRect(0, top, width, ROW_HEIGHT), palette.alternateBase())
            painter.setPen(palette.text().color())
            painter.setFont(font)
            text = QFontMetrics(font).elidedText(
                row.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12
            )
            painter.drawText(
                QRect(6, top, LABEL_WIDTH - 12, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        if not self.rows:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRect(LABEL_WIDTH, HEADER_HEIGHT, width - LABEL_WIDTH, ROW_HEIGHT * 2),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No residencies in %s – %s")
                % (f"{self.first:%m/%Y}", f"{self.last:%m/%Y}"),
            )

        # Month grid and header: years on top, months below.
        grid = QPen(palette.mid().color())
        grid.setWidthF(0.5)
        painter.setFont(small)
        for m in range(self.months):
            start = add_months(self.first, m)
            x = self.x_of(start)
            x_next = self.x_of(add_months(start, 1))
            painter.setPen(grid)
            painter.drawLine(int(x), HEADER_HEIGHT - 18, int(x), body_bottom)
            painter.setPen(palette.text().color())
            label = (
                QLocale().monthName(start.month, QLocale.FormatType.ShortFormat)
                if x_next - x > metrics.horizontalAdvance("Mmm") + 4
                else f"{start.month}"
            )
            painter.drawText(
                QRectF(x, HEADER_HEIGHT - 20, x_next - x, 18), Qt.AlignmentFlag.AlignCenter, label
            )
            if start.month == 1 or m == 0:
                bold = QFont(font)
                bold.setBold(True)
                painter.setFont(bold)
                painter.drawText(
                    QRectF(x + 3, 2, 80, 20), Qt.AlignmentFlag.AlignLeft, str(start.year)
                )
                painter.setFont(small)
                painter.setPen(QPen(palette.text().color(), 1.2))
                painter.drawLine(int(x), 0, int(x), body_bottom)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(0, HEADER_HEIGHT, width, HEADER_HEIGHT)
        painter.drawLine(LABEL_WIDTH, 0, LABEL_WIDTH, body_bottom)

        # Today.
        if self.first <= self.today <= self.last:
            x = self.x_of(self.today)
            painter.setPen(QPen(QColor("#ff6f00"), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), HEADER_HEIGHT, int(x), body_bottom)

        # Bars.
        colours = status_colours(palette)
        for bar in self.bars:
            if bar.record.end_date < self.first or bar.record.start_date > self.last:
                continue
            shift = self._drag[2] if self._drag and self._drag[0] == bar.record.id else 0
            rect = self.bar_rect(bar, shift)
            colour, text_colour = colours[ResidencyStatus(bar.record.status)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            if bar.conflict:
                painter.setBrush(QBrush(CONFLICT, Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(QPen(CONFLICT, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 4, 4)
            if bar.record.id == self.selected_id:
                pen = QPen(palette.highlight().color(), 3)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)
            painter.setPen(text_colour)
            painter.setFont(small)
            label = ("⚠ " if bar.conflict else "") + bar.label
            if shift:
                moved_start = bar.record.start_date + timedelta(days=shift)
                label = f"{ui_date(moved_start)} ({shift:+d}) " + label
            painter.drawText(
                rect.adjusted(5, 0, -3, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 8),
            )

        # Legend.
        y = body_bottom + 6
        x = LABEL_WIDTH
        painter.setFont(small)
        from exchange_planner.ui.residencies.editor import status_label

        for status, (colour, _text) in colours.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, y + 3, 14, 12), 2, 2)
            painter.setPen(palette.text().color())
            text = status_label(status)
            painter.drawText(QPoint(int(x) + 18, y + 13), text)
            x += 30 + metrics.horizontalAdvance(text)
        painter.setBrush(QBrush(CONFLICT, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(CONFLICT, 1.5))
        painter.drawRoundedRect(QRectF(x, y + 3, 14, 12), 2, 2)
        painter.setPen(palette.text().color())
        painter.drawText(QPoint(int(x) + 18, y + 13), self.tr("Studio booked twice"))
        painter.end()

    # --- interaction --------------------------------------------------------------------
    def select(self, residency_id: int) -> None:
        if residency_id != self.selected_id:
            self.selected_id = residency_id
            self.selected.emit(residency_id)
            self.update()
            if residency_id:
                accessible.announce_focus(self, residency_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().toPoint())
        if bar is None:
            self.select(0)
            return
        self.select(bar.record.id)  # type: ignore[arg-type]
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = (bar.record.id, int(event.position().x()), 0)  # type: ignore[assignment]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            bar = self.bar_at(event.position().toPoint())
            self.setCursor(Qt.CursorShape.SizeHorCursor if bar else Qt.CursorShape.ArrowCursor)
            return
        rid, press_x, _ = self._drag
        days = round((event.position().x() - press_x) / self.day_width())
        self._drag = (rid, press_x, days)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        rid, _, days = self._drag
        self._drag = None
        self.update()
        if days:
            self.moved.emit(rid, days)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        bar = self.bar_at(event.position().toPoint())
        if bar is not None:
            self.opened.emit(bar.record.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        ordered = [b.record.id for b in self.bars]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ordered:
            step = -1 if key == Qt.Key.Key_Left else 1
            if modifiers & Qt.KeyboardModifier.ShiftModifier and self.selected_id:
                days = 7 if modifiers & Qt.KeyboardModifier.ControlModifier else 1
                self.moved.emit(self.selected_id, step * days)
                return
            if self.selected_id in ordered:
                position = (ordered.index(self.selected_id) + step) % len(ordered)
            else:
                position = 0
            self.select(ordered[position])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.opened.emit(self.selected_id)
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip:
            help_event: QHelpEvent = event
            bar = self.bar_at(help_event.pos())
            if bar is None:
                QToolTip.hideText()
                return True
            r = bar.record
            from exchange_planner.ui.residencies.editor import status_label

            lines = [
                bar.label,
                f"{ui_date(r.start_date)} – {ui_date(r.end_date)}",
                status_label(r.status),
                *self.conflict_messages.get(r.id, []),  # type: ignore[arg-type]
            ]
            QToolTip.showText(help_event.globalPos(), plain_tooltip("\n".join(lines)), self)
            return True
        return super().event(event)
