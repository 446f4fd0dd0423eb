"""The drawing of a seating plan: the tables with a box per seat, names, sides, marks.

Coordinates come from ``domain.seating.seat_layout`` only (table units, centre 0/0, y down);
here they are scaled so that neighbouring seats' boxes do not overlap, and the tables are
laid out left to right in rows. :class:`Drawing` holds where everything is drawn (tests
compute their mouse points from it); :class:`SeatingCanvas` paints it and reports presses,
moves and releases to the drag controller of the section.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from exchange_planner.domain.enums import Side, TableShape
from exchange_planner.domain.names import has_hangul, latin_name, own_script_name
from exchange_planner.domain.seating import (
    BAR_DEPTH,
    SeatKey,
    behind_position,
    seat_layout,
    table_outline,
)
from exchange_planner.ui.names import ui_language
from exchange_planner.ui.plain import plain_tooltip

#: The size of a seat's box in pixels: two lines of a name.
SEAT_W, SEAT_H = 104.0, 36.0
#: Space between tables, and around the drawing.
GAP, MARGIN = 36.0, 12.0
#: The least depth of a long table's top (or a U's bars) in pixels.
MIN_DEPTH = 34.0
#: The smallest zoom a drawing is shrunk to so that it fits the view (then it scrolls).
MIN_ZOOM = 0.7

#: Fills of the two sides (light, with dark text in light and dark mode alike), chosen to
#: be told apart also by people who cannot tell red from green: blue and amber.
SIDE_FILL = {Side.DELEGATION: QColor("#cfe0f7"), Side.HOST: QColor("#f8dcae")}
SIDE_EDGE = {Side.DELEGATION: QColor("#3a6fb0"), Side.HOST: QColor("#b07414")}
EMPTY_FILL = QColor("#f4f4f4")
WARN_COLOUR = QColor("#c45a00")
TEXT = QColor("#1b1b1b")
#: The marks of the guest of honour and of the host.
HONOUR_MARK, HOST_MARK = "★", "◆"


def name_lines(person: Any, language: str | None = None) -> tuple[str, str]:
    """A seat's two lines: in Korean the Hangul name first, the Latin one below; in other
    languages the Latin name first and the Hangul name below (domain/names.py). People
    without a name in another script have one line."""
    language = language or ui_language()
    latin = latin_name(person)
    native = own_script_name(person)
    if not native or native == latin:
        return latin or native, ""
    if language.lower().startswith("ko") and has_hangul(native):
        return native, latin
    return latin, native


@dataclass
class SeatBox:
    key: SeatKey
    rect: QRectF
    person_id: int | None
    side: Side | None
    locked: bool
    lines: tuple[str, str] = ("", "")


@dataclass
class TableBox:
    id: int
    label: str
    shape: TableShape
    outline: QPainterPath
    centre: QPointF
    bounds: QRectF


@dataclass
class Drawing:
    """Where the tables and seats are drawn, in the canvas's pixels."""

    tables: list[TableBox] = field(default_factory=list)
    seats: dict[SeatKey, SeatBox] = field(default_factory=dict)
    size: QSize = field(default_factory=lambda: QSize(0, 0))

    def seat_at(self, point: QPointF) -> SeatKey | None:
        # Chairs behind a seat are drawn over it: they are found first.
        for key, box in sorted(self.seats.items(), key=lambda kv: not kv[0].behind):
            if box.rect.contains(point):
                return key
        return None

    def centre_of(self, key: SeatKey) -> QPointF:
        return self.seats[key].rect.center()

    def order(self) -> list[SeatKey]:
        """The seats in reading order: table by table, seat by seat, a chair behind after
        its seat (the order of the arrow keys)."""
        positions = {table.id: index for index, table in enumerate(self.tables)}
        return sorted(self.seats, key=lambda k: (positions.get(k.table_id, 0), k.seat, k.behind))


Scale = tuple[float, float]


def _scale_for(spots: list[Any], ratio: float) -> float:
    """Pixels per table unit across (the vertical scale is ``ratio`` of it) so that no two
    seats' boxes overlap: any two are far enough apart across or up and down."""
    needed = 20.0
    for i, first in enumerate(spots):
        for second in spots[i + 1 :]:
            dx, dy = abs(second.x - first.x), abs(second.y - first.y) * ratio
            across = (SEAT_W + 6) / dx if dx > 1e-9 else math.inf
            down = (SEAT_H + 6) / dy if dy > 1e-9 else math.inf
            pair = min(across, down)
            if math.isfinite(pair):
                needed = max(needed, pair)
    return needed


def _scale(shape: TableShape, spots: list[Any], depth: float) -> Scale:
    """The table's scale across and down. A round table keeps its shape; a long or U-shaped
    one may be drawn flatter (its seats are apart across, not down), its top still at least
    ``MIN_DEPTH`` pixels deep."""
    if shape == TableShape.ROUND:
        scale = _scale_for(spots, 1.0)
        return scale, scale
    best: Scale | None = None
    for ratio in (1.0, 0.8, 0.6, 0.45, 0.35):
        scale = _scale_for(spots, ratio)
        if depth * scale * ratio < MIN_DEPTH and best is not None:
            break
        if best is None or scale <= best[0] * 1.02:
            best = (scale, scale * ratio)
    assert best is not None
    return best


def _outline(shape: TableShape, seats: int, origin: QPointF, scale: Scale) -> QPainterPath:
    """The table top from ``table_outline`` (table units) in pixels around ``origin``."""
    sx, sy = scale
    path = QPainterPath()
    for x, y, w, h in table_outline(shape, seats):
        rect = QRectF(origin.x() + x * sx, origin.y() + y * sy, w * sx, h * sy)
        if shape == TableShape.ROUND:
            path.addEllipse(rect)
        else:
            path.addRect(rect)
    return path.simplified()


def _seat_centre(spot: Any, scale: Scale, behind: bool) -> QPointF:
    """A seat's centre relative to its table's centre; a chair behind a seat
    (``behind_position``) is drawn just outside that seat's box, away from the table."""
    sx, sy = scale
    if not behind:
        return QPointF(spot.x * sx, spot.y * sy)
    back = math.radians(spot.facing + 180.0)
    cx, cy = abs(math.cos(back)), abs(math.sin(back))
    clear = cx * (SEAT_W + 4) + cy * (SEAT_H + 4)
    x, y = behind_position(spot, clear / max(cx * sx + cy * sy, 1e-9))
    return QPointF(x * sx, y * sy)


def build_drawing(view: Any, width: float, language: str | None = None) -> Drawing:
    """Lay out the tables of a ``SeatingView`` in rows that fit ``width`` pixels."""
    drawing = Drawing()
    placed: list[tuple[Any, Scale, QRectF, list[tuple[Any, QRectF]]]] = []
    for table in view.tables:
        shape = TableShape(table.shape)
        spots, (tw, th) = seat_layout(shape, table.seats)
        scale = _scale(shape, spots, BAR_DEPTH)
        sx, sy = scale
        by_seat = {spot.seat: spot for spot in spots}
        boxes: list[tuple[Any, QRectF]] = []
        local = QRectF(-tw * sx / 2, -th * sy / 2, tw * sx, th * sy)
        for seat in table.spots:
            spot = by_seat.get(seat.key.seat)
            if spot is None:
                continue
            centre = _seat_centre(spot, scale, seat.key.behind)
            rect = QRectF(centre.x() - SEAT_W / 2, centre.y() - SEAT_H / 2, SEAT_W, SEAT_H)
            boxes.append((seat, rect))
            local = local.united(rect)
        placed.append((table, scale, local.adjusted(-4, -4, 4, 4), boxes))
    x, y, row_h, widest = MARGIN, MARGIN, 0.0, 0.0
    for table, scale, local, boxes in placed:
        if x > MARGIN and x + local.width() > width - MARGIN:
            x, y, row_h = MARGIN, y + row_h + GAP, 0.0
        origin = QPointF(x - local.left(), y - local.top())  # the table's centre
        shape = TableShape(table.shape)
        drawing.tables.append(
            TableBox(
                table.id,
                table.label,
                shape,
                _outline(shape, table.seats, origin, scale),
                origin,
                local.translated(origin),
            )
        )
        for seat, rect in boxes:
            lines = name_lines(seat.person, language) if seat.person is not None else ("", "")
            drawing.seats[seat.key] = SeatBox(
                seat.key, rect.translated(origin), seat.person_id, seat.side, seat.locked, lines
            )
        x += local.width() + GAP
        row_h = max(row_h, local.height())
        widest = max(widest, x)
    drawing.size = QSize(int(widest - GAP + MARGIN), int(y + row_h + MARGIN))
    return drawing


def paint_lock(painter: QPainter, centre: QPointF) -> None:
    """A small padlock: a body and a shackle."""
    painter.save()
    painter.setPen(QPen(QColor("#333333"), 1.3))
    painter.setBrush(QColor("#333333"))
    painter.drawRoundedRect(QRectF(centre.x() - 4.5, centre.y() - 1, 9, 7), 1.5, 1.5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(centre.x() - 3, centre.y() - 6.5, 6, 8)
    painter.drawArc(shackle, 0, 180 * 16)
    for x in (shackle.left(), shackle.right()):
        painter.drawLine(QPointF(x, centre.y() - 2.5), QPointF(x, centre.y()))
    painter.restore()


class Legend(QWidget):
    """What the colours and marks of the drawing mean: a row of swatches and words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seating_legend")
        #: (swatch, text): a colour "#rrggbb", "lock", or "" (the text carries its mark).
        self.entries: list[tuple[str, str]] = []
        self.setFixedHeight(22)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        self.entries = entries
        self.setToolTip("")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        x, y = 2.0, 1.0
        for swatch, text in self.entries:
            if swatch.startswith("#"):
                painter.setPen(QPen(QColor(swatch).darker(150), 1))
                painter.setBrush(QColor(swatch))
                painter.drawRoundedRect(QRectF(x, y + 3, 16, 14), 3, 3)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                x += 20
            elif swatch == "lock":
                paint_lock(painter, QPointF(x + 6, y + 10))
                x += 15
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            width = metrics.horizontalAdvance(text) + 2
            painter.drawText(QRectF(x, y, width, 20), int(Qt.AlignmentFlag.AlignVCenter), text)
            x += width + 14
        painter.end()


class SeatingCanvas(QWidget):
    """Paints a ``SeatingView``; arrows move the selected seat; the section handles drags."""

    #: The seat chosen by a click or the keys (None: none).
    selected_changed = Signal(object)
    #: The context menu key or a right click on a seat: (seat, global position).
    menu_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seating_canvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view: Any = None
        self.drawing = Drawing()
        #: The drawing's scale on screen (1: natural size).
        self.zoom = 1.0
        self.selected: SeatKey | None = None
        #: The seat under a drag, and the name being dragged (painted at the pointer).
        self.drop_target: SeatKey | None = None
        self.drag_text = ""
        self.drag_point: QPointF | None = None
        self.host_id: int | None = None
        self.honour_id: int | None = None
        self.warned: set[SeatKey] = set()
        #: Set by the section: ``press(canvas, event)`` etc. of its drag controller.
        self.on_press: Callable[[QMouseEvent], None] | None = None
        self.on_move: Callable[[QMouseEvent], None] | None = None
        self.on_release: Callable[[QMouseEvent], None] | None = None
        #: The tooltip of a seat (plain text; the section words it).
        self.tooltip_of: Callable[[SeatKey], str] | None = None

    # --- content ---------------------------------------------------------------------------
    def set_view(
        self,
        view: Any,
        *,
        host_id: int | None,
        honour_id: int | None,
        warned: Iterable[SeatKey] = (),
    ) -> None:
        self.view = view
        self.host_id, self.honour_id = host_id, honour_id
        self.warned = set(warned)
        self._relayout()
        if self.selected is not None and self.selected not in self.drawing.seats:
            self.select(None)
        self.update()

    def available(self) -> QSize:
        """The room the drawing has: the scroll area's viewport (or the canvas itself)."""
        parent = self.parentWidget()
        size = parent.size() if parent is not None else self.size()
        return size.expandedTo(QSize(300, 200))

    def _relayout(self) -> None:
        """Lay the tables out in rows and shrink the drawing (not below ``MIN_ZOOM``) so that
        it fits the room it has; what still does not fit scrolls."""
        room = self.available()
        if self.view is None:
            self.drawing, self.zoom = Drawing(), 1.0
        else:
            # Rows as wide as the view; the drawing shrinks to the view's width (names stay
            # readable: not below MIN_ZOOM), and a long one scrolls down.
            self.drawing = build_drawing(self.view, room.width() / 0.9)
            width = max(self.drawing.size.width(), 1)
            self.zoom = max(min(1.0, (room.width() - 2) / width), MIN_ZOOM)
        size = self.drawing.size
        self._room = room
        self.setMinimumSize(int(size.width() * self.zoom), int(size.height() * self.zoom))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.view is not None and self.available() != getattr(self, "_room", None):
            self._relayout()
            self.update()

    def sizeHint(self) -> QSize:
        return self.minimumSize().expandedTo(QSize(400, 300))

    # --- where things are, in the canvas's own pixels ----------------------------------------
    def seat_at(self, point: QPointF) -> SeatKey | None:
        return self.drawing.seat_at(point / self.zoom)

    def point_of(self, key: SeatKey) -> QPoint:
        """The centre of a seat's box (e.g. where a test presses the mouse)."""
        return (self.drawing.centre_of(key) * self.zoom).toPoint()

    def rect_of(self, key: SeatKey) -> QRectF:
        rect = self.drawing.seats[key].rect
        return QRectF(rect.topLeft() * self.zoom, rect.size() * self.zoom)

    def select(self, key: SeatKey | None) -> None:
        if key == self.selected:
            return
        self.selected = key
        self.update()
        self.selected_changed.emit(key)

    def person_at(self, key: SeatKey | None) -> int | None:
        box = self.drawing.seats.get(key) if key is not None else None
        return box.person_id if box is not None else None

    # --- input -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            key = self.seat_at(QPointF(event.pos()))
            text = self.tooltip_of(key) if key is not None and self.tooltip_of else ""
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        key = self.seat_at(event.position())
        self.select(key)
        if event.button() == Qt.MouseButton.RightButton:
            if key is not None:
                self.menu_requested.emit(key, event.globalPosition().toPoint())
            return
        if self.on_press is not None:
            self.on_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.on_move is not None:
            self.on_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.on_release is not None:
            self.on_release(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = self.drawing.order()
        key = Qt.Key(event.key())
        if not order:
            super().keyPressEvent(event)
            return
        index = order.index(self.selected) if self.selected in order else -1
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.select(order[min(index + 1, len(order) - 1)])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.select(order[max(index - 1, 0)] if index >= 0 else order[0])
        elif key == Qt.Key.Key_Home:
            self.select(order[0])
        elif key == Qt.Key.Key_End:
            self.select(order[-1])
        elif key == Qt.Key.Key_Menu and self.selected is not None:
            self.menu_requested.emit(self.selected, self.mapToGlobal(self.point_of(self.selected)))
        else:
            super().keyPressEvent(event)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.scale(self.zoom, self.zoom)
        for table in self.drawing.tables:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.5))
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawPath(table.outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = QRectF(table.centre.x() - 60, table.centre.y() - 12, 120, 24)
            metrics = QFontMetricsF(bold)
            painter.drawText(
                label,
                int(Qt.AlignmentFlag.AlignCenter),
                metrics.elidedText(table.label, Qt.TextElideMode.ElideRight, 120),
            )
        for key in sorted(self.drawing.seats, key=lambda k: k.behind):
            self._paint_seat(painter, self.drawing.seats[key])
        if self.drag_point is not None and self.drag_text:
            self._paint_dragged(painter)
        painter.end()

    def _paint_seat(self, painter: QPainter, box: SeatBox) -> None:
        rect = box.rect
        empty = box.person_id is None
        fill = EMPTY_FILL if empty or box.side is None else SIDE_FILL[Side(box.side)]
        edge = QColor("#9a9a9a") if empty or box.side is None else SIDE_EDGE[Side(box.side)]
        pen = QPen(edge, 1.2, Qt.PenStyle.DashLine if empty else Qt.PenStyle.SolidLine)
        if box.key in self.warned:
            pen = QPen(WARN_COLOUR, 2.2)
        if box.key == self.drop_target:
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if box.key == self.selected:
            focus = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.5)
            if not self.hasFocus():
                focus.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 8, 8)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        painter.setFont(small)
        painter.setPen(QColor("#555555"))
        number = str(box.key.seat) + ("′" if box.key.behind else "")
        tiny = QFont(small)
        tiny.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
        painter.setFont(tiny)
        painter.drawText(
            QRectF(rect.left() + 3, rect.top(), 30, 10),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            number,
        )
        marks = ""
        if box.person_id is not None and box.person_id == self.honour_id:
            marks += HONOUR_MARK
        if box.person_id is not None and box.person_id == self.host_id:
            marks += HOST_MARK
        if marks:
            mark_font = QFont(self.font())
            mark_font.setBold(True)
            painter.setFont(mark_font)
            painter.setPen(QColor("#7a1f00"))
            painter.drawText(
                QRectF(rect.right() - 34, rect.top(), 31, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                marks,
            )
        if box.locked:
            paint_lock(painter, QPointF(rect.left() + 9, rect.bottom() - 9))
        first, second = box.lines
        inner = rect.adjusted(6, 10, -4, -2)
        name_font = QFont(self.font())
        metrics = QFontMetricsF(name_font)
        painter.setFont(name_font)
        painter.setPen(TEXT)
        if second:
            # Below the seat number, which sits in the box's upper left corner.
            top = QRectF(inner.left(), rect.top() + 8, inner.width(), 15)
            bottom = QRectF(inner.left(), rect.top() + 21, inner.width(), 13)
            painter.drawText(
                top,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(first, Qt.TextElideMode.ElideRight, inner.width()),
            )
            painter.setFont(small)
            small_metrics = QFontMetricsF(small)
            painter.drawText(
                bottom,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, inner.width()),
            )
        elif first:
            painter.drawText(
                inner,
                int(Qt.AlignmentFlag.AlignCenter),
                metrics.elidedText(first, Qt.TextElideMode.ElideRight, inner.width()),
            )

    def _paint_dragged(self, painter: QPainter) -> None:
        assert self.drag_point is not None
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(self.drag_text) + 16
        rect = QRectF(self.drag_point.x() + 8, self.drag_point.y() + 8, width, 24)
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(220)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.drag_text)
