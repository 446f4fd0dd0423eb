"""Editing program items in the week view: drag to move, drag the lower edge to change the
length, drag over empty time to create one; the same with Alt and the arrow keys.

Positions in the grid are wall-clock times in the zone of the ruler (the view's zone); what
is stored are instants (UTC) and the item keeps its own zone (the venue's). A move keeps the
item's real length, so an hour stays an hour across a change of daylight saving time, and a
move by a day keeps the wall-clock time (10:00 on Saturday to 10:00 on Sunday, whatever the
change in between). Times snap to quarter hours; an item is never shorter than 15 minutes.
Every change goes through the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication

from exchange_planner.domain.calendar import CalendarEntry, EntryKind, clip_to_day, local_days
from exchange_planner.domain.conflicts import Conflict
from exchange_planner.domain.errors import ConflictError, ExchangePlannerError, ValidationError
from exchange_planner.domain.timeutil import to_local, to_utc
from exchange_planner.ui.calendar import style, texts
from exchange_planner.ui.calendar.render import Box, Layout, week_small_font, zone_short
from exchange_planner.ui.wording import conflict_text, validation_text

if TYPE_CHECKING:
    from exchange_planner.ui.calendar.dialogs import NewEntryDialog
    from exchange_planner.ui.calendar.views import WeekView
    from exchange_planner.ui.context import UiContext

#: The step of every drag and key: a quarter of an hour.
STEP = timedelta(minutes=15)
STEP_MINUTES = 15
#: How close (pixels) to an item's lower edge the pointer changes the item's length.
EDGE = 5.0

MOVE, RESIZE, CREATE = "move", "resize", "create"


@dataclass
class Drag:
    """A drag in progress: what it does, where it started, the time it would give now."""

    mode: str
    entry: CalendarEntry | None
    press: QPointF
    press_day: date
    press_minutes: float
    start: datetime
    end: datetime
    #: True once the pointer moved farther than the drag distance (a click is no drag).
    active: bool = False
    #: The conflicts the item would have at ``start``..``end`` (moves and resizes).
    conflicts: list[Conflict] = field(default_factory=list)
    checked: tuple[datetime, datetime] | None = None


def editable(box: Box | None) -> bool:
    """Timed program items can be dragged (visits, exhibitions, residencies cannot)."""
    return (
        box is not None
        and box.role == "entry"
        and not box.bar
        and box.entry is not None
        and box.entry.kind is EntryKind.PROGRAM_ITEM
        and not box.entry.all_day
    )


def grid_position(layout: Layout, point: QPointF) -> tuple[date, float]:
    """The day and the wall-clock minute (0..1440) under ``point``, kept inside the grid."""
    assert layout.grid is not None and layout.days
    grid = layout.grid
    col_w = grid.width() / len(layout.days)
    column = int((point.x() - grid.left()) // col_w) if col_w > 0 else 0
    column = min(max(column, 0), len(layout.days) - 1)
    h0, h1 = layout.hours
    hour_h = grid.height() / (h1 - h0)
    y = min(max(point.y(), grid.top()), grid.bottom())
    minutes = (h0 + (y - grid.top()) / hour_h) * 60
    return layout.days[column], min(max(minutes, 0.0), 24 * 60.0)


def wall_clock(day: date, minutes: float) -> datetime:
    """The naive wall-clock time ``minutes`` after the start of ``day`` (1440 = next day 0:00)."""
    return datetime.combine(day, time(0)) + timedelta(minutes=minutes)


def snapped(local: datetime) -> datetime:
    """A naive wall-clock time rounded to the nearest quarter hour."""
    base = datetime.combine(local.date(), time(0))
    minutes = (local - base).total_seconds() / 60
    return base + timedelta(minutes=round(minutes / STEP_MINUTES) * STEP_MINUTES)


def naive_local(instant: datetime, zone: str) -> datetime:
    return to_local(instant, zone).replace(tzinfo=None, fold=0)


def moved_range(
    start: datetime, end: datetime, zone: str, days: int, minutes: float
) -> tuple[datetime, datetime]:
    """``[start, end)`` moved by ``days`` and ``minutes`` of wall clock in ``zone``, the start
    snapped to a quarter hour; the real length stays."""
    local = snapped(naive_local(start, zone) + timedelta(days=days, minutes=minutes))
    begin = to_utc(local, zone)
    return begin, begin + (end - start)


def shifted_days(start: datetime, end: datetime, zone: str, days: int) -> tuple[datetime, datetime]:
    """The same wall-clock time ``days`` later (earlier), the real length kept."""
    begin = to_utc(naive_local(start, zone) + timedelta(days=days), zone)
    return begin, begin + (end - start)


def resized_end(start: datetime, zone: str, day: date, minutes: float) -> datetime:
    """The end at the wall-clock time under the pointer, snapped; at least 15 minutes after
    ``start`` (a drag above the start gives the shortest item, never a negative one)."""
    end = to_utc(snapped(wall_clock(day, minutes)), zone)
    return max(end, start + STEP)


def created_range(day: date, first: float, second: float, zone: str) -> tuple[datetime, datetime]:
    """The quarter hours between two wall-clock minutes of ``day`` (either order), 15 minutes
    at least."""
    lo, hi = sorted((first, second))
    lo = (lo // STEP_MINUTES) * STEP_MINUTES
    hi = -((-hi) // STEP_MINUTES) * STEP_MINUTES
    hi = min(max(hi, lo + STEP_MINUTES), 24 * 60)
    lo = min(lo, hi - STEP_MINUTES)
    begin = to_utc(wall_clock(day, lo), zone)
    end = to_utc(wall_clock(day, hi), zone)
    return begin, max(end, begin + STEP)


class WeekEditing(QObject):
    """The editing gestures of one week view; ``host`` is the tab (its context, its zone and
    its new-entry dialog)."""

    def __init__(self, view: WeekView, host: Any) -> None:
        super().__init__(view)
        self.view = view
        self.host = host
        self.drag: Drag | None = None
        #: The program item the keys act on (chosen by a click): its id.
        self.selected: int | None = None
        #: Where a drag that creates an item opens its dialog (tests look at it).
        self.last_dialog: NewEntryDialog | None = None
        #: After a key moved the selected item: scroll to it when the view is redrawn.
        self.follow = False
        #: Replaced in tests: reads the conflicts of a trial time.
        self.conflicts_of: Callable[[int, datetime, datetime], list[Conflict]] = self._conflicts_of

    # --- state -----------------------------------------------------------------------------
    @property
    def context(self) -> UiContext:
        return self.host.context  # type: ignore[no-any-return]

    def zone(self) -> str:
        assert self.view.input is not None
        return self.view.input.zone

    def _refused(self) -> bool:
        """A database opened read-only: nothing is dragged, the status bar says why."""
        if self.context.read_only:
            self.context.events.status.emit(self.context.services.db.read_only_message)
            return True
        return False

    def selected_entry(self) -> CalendarEntry | None:
        if self.selected is None:
            return None
        for entry in self.view.shown_entries():
            if entry.kind is EntryKind.PROGRAM_ITEM and entry.id == self.selected:
                return entry
        return None

    def _edge_box(self, layout: Layout, point: QPointF) -> Box | None:
        """The item whose lower edge is under ``point`` (the box where the item ends)."""
        for box in reversed(layout.entry_boxes()):
            if not editable(box) or box.clipped_right or not layout._visible(box):
                continue
            rect = box.rect
            if rect.left() <= point.x() <= rect.right() and (
                rect.bottom() - EDGE <= point.y() <= rect.bottom() + 2
            ):
                return box
        return None

    # --- mouse -----------------------------------------------------------------------------
    def press(self, event: QMouseEvent) -> None:
        self.drag = None
        layout = self.view.current_layout()
        if event.button() != Qt.MouseButton.LeftButton or layout is None or layout.grid is None:
            return
        point = event.position()
        inside = layout.viewport is None or layout.viewport.contains(point)
        edge = self._edge_box(layout, point) if inside else None
        box = edge or layout.hit(point)
        if editable(box):
            assert box is not None and box.entry is not None
            if self.selected != box.entry.id and not self.context.read_only:
                self.context.events.status.emit(
                    self.tr(
                        "Drag to move, drag the lower edge to change the length; "
                        "Alt+↑/↓: 15 minutes, Alt+Shift+↑/↓: length, Alt+←/→: a day"
                    )
                )
            self.selected = box.entry.id
        else:  # a click elsewhere lets go of the item
            self.selected = None
        self.view.update()
        if not inside or self.context.read_only:
            return
        day, minutes = grid_position(layout, point)
        if edge is not None:
            assert edge.entry is not None
            entry = edge.entry
            mode = RESIZE
        elif editable(box):
            assert box is not None
            entry = box.entry
            mode = MOVE
        elif box is not None and box.role == "slot":
            entry = None
            mode = CREATE
        else:
            return
        if entry is not None:
            start, end = entry.start, entry.end
        else:
            start, end = created_range(day, minutes, minutes, self.zone())
        assert isinstance(start, datetime) and isinstance(end, datetime)
        self.drag = Drag(mode, entry, point, day, minutes, start, end)

    def move(self, event: QMouseEvent) -> None:
        layout = self.view.current_layout()
        if layout is None or layout.grid is None:
            return
        drag = self.drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover(layout, event.position())
            return
        point = event.position()
        if not drag.active:
            distance = (point - drag.press).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
            if drag.mode == MOVE:
                self.view.setCursor(Qt.CursorShape.ClosedHandCursor)
        self._autoscroll(layout, point)
        layout = self.view.current_layout()
        assert layout is not None
        day, minutes = grid_position(layout, point)
        zone = self.zone()
        if drag.mode == MOVE:
            assert drag.entry is not None
            start, end = drag.entry.start, drag.entry.end
            assert isinstance(start, datetime) and isinstance(end, datetime)
            drag.start, drag.end = moved_range(
                start, end, zone, (day - drag.press_day).days, minutes - drag.press_minutes
            )
        elif drag.mode == RESIZE:
            drag.end = resized_end(drag.start, zone, day, minutes)
        else:
            drag.start, drag.end = created_range(drag.press_day, drag.press_minutes, minutes, zone)
        self._check(drag)
        self.view.update()

    def release(self, event: QMouseEvent) -> None:
        drag = self.drag
        if event.button() != Qt.MouseButton.LeftButton or drag is None:
            return
        self.drag = None
        self.view.unsetCursor()
        self.view.update()
        if not drag.active:
            return
        if drag.mode == CREATE:
            self._open_new(drag)
            return
        assert drag.entry is not None
        self.commit(drag.entry, drag.start, drag.end, drag.mode)

    def cancel(self) -> bool:
        """Escape: the drag ends and nothing changes."""
        if self.drag is None:
            return False
        self.drag = None
        self.view.unsetCursor()
        self.view.update()
        self.context.events.status.emit(self.tr("Drag cancelled: nothing changed"))
        return True

    def _hover(self, layout: Layout, point: QPointF) -> None:
        """Over an item's lower edge the pointer shows that the length can be changed."""
        if self.context.read_only:
            return
        inside = layout.viewport is None or layout.viewport.contains(point)
        if inside and self._edge_box(layout, point) is not None:
            self.view.setCursor(Qt.CursorShape.SizeVerCursor)
        elif inside and editable(layout.hit(point)):
            self.view.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.view.unsetCursor()

    def _autoscroll(self, layout: Layout, point: QPointF) -> None:
        """Near the top or the bottom of the hours shown, a drag scrolls them."""
        viewport = layout.viewport
        if viewport is None:
            return
        step = self.view.hour_px() / 4
        if point.y() < viewport.top() + step:
            self.view.set_scroll(self.view._scroll - step)
        elif point.y() > viewport.bottom() - step:
            self.view.set_scroll(self.view._scroll + step)

    # --- keys ------------------------------------------------------------------------------
    def key(self, event: QKeyEvent) -> bool:
        """Alt+Up/Down: 15 minutes earlier/later; Alt+Shift+Up/Down: 15 minutes shorter/longer;
        Alt+Left/Right: a day earlier/later; Escape cancels a drag. True when used."""
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier:
            return self.cancel()
        alt = Qt.KeyboardModifier.AltModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if key not in arrows or modifiers not in (alt, alt | shift):
            return False
        if modifiers == alt | shift and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return False
        entry = self.selected_entry()
        if entry is None:
            self.context.events.status.emit(
                self.tr("Click a program item first; then Alt and the arrow keys move it")
            )
            return True
        if self.drag is not None or self._refused():
            return True
        start, end = entry.start, entry.end
        assert isinstance(start, datetime) and isinstance(end, datetime)
        sign = -1 if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            start, end = shifted_days(start, end, self.zone(), sign)
            mode = MOVE
        elif modifiers == alt:
            start, end = start + sign * STEP, end + sign * STEP
            mode = MOVE
        else:
            end = max(end + sign * STEP, start + STEP)
            mode = RESIZE
        self.follow = True  # the item stays in sight once redrawn (see WeekView.set_input)
        if not self.commit(entry, start, end, mode):
            self.follow = False
        return True

    # --- storing ---------------------------------------------------------------------------
    def commit(self, entry: CalendarEntry, start: datetime, end: datetime, mode: str) -> bool:
        """Store the new time through the undo stack; a refusal is told in the status bar."""
        from exchange_planner.ui.undo import UpdateRecord, push

        if start == entry.start and end == entry.end:
            return False
        context = self.context
        title = entry.facts.own_title or entry.title
        if mode == RESIZE:
            text = self.tr("Change the length of “%s”") % title
        else:
            text = self.tr("Move “%s”") % title
        command = UpdateRecord(
            text,
            context.services.program,
            "program_item",
            context.events,
            entry.id,
            {"starts_at": start, "ends_at": end},
            {"starts_at": entry.start, "ends_at": entry.end},
        )
        labels = {"starts_at": self.tr("Start"), "ends_at": self.tr("End")}
        command.label_of = lambda name: labels.get(name, name)
        try:
            push(context.undo_stack, command)
        except ExchangePlannerError as error:
            context.events.status.emit(self.tr("Not changed: %s") % self._reason(error, labels))
            return False
        self.selected = entry.id
        context.events.status.emit(text)
        return True

    @staticmethod
    def _reason(error: ExchangePlannerError, labels: dict[str, str]) -> str:
        """Why a change was refused, in the interface's language where it can be worded."""
        from exchange_planner.ui import conflicts

        if isinstance(error, ConflictError):
            return conflicts.conflict_text(error, labels.get(error.field or "", ""))
        if isinstance(error, ValidationError):
            return validation_text(error)
        return str(error)

    def _open_new(self, drag: Drag) -> None:
        """The new-entry dialog with the range dragged: the visit and the title are asked."""
        zone = self.zone()
        local = naive_local(drag.start, zone)
        day = local.date()
        hour = local.hour + local.minute / 60
        dialog = self.host.create_at(day, hour)
        if dialog is None:
            return
        dialog.duration.setValue(int((drag.end - drag.start).total_seconds() // 60))
        submit = dialog.submit
        visits = self.context.services.visits

        def in_place_zone(kind: str, values: dict[str, Any]) -> None:
            # The instants stay as dragged; the item keeps the zone of where the visit is.
            if kind == "program_item" and values.get("visit_id") is not None:
                with suppress(ExchangePlannerError):
                    values = {**values, "timezone": visits.local_timezone(values["visit_id"])}
            submit(kind, values)

        dialog.submit = in_place_zone
        self.last_dialog = dialog

    def _check(self, drag: Drag) -> None:
        if drag.entry is None or drag.checked == (drag.start, drag.end):
            return
        drag.checked = (drag.start, drag.end)
        drag.conflicts = self.conflicts_of(drag.entry.id, drag.start, drag.end)

    def _conflicts_of(self, item_id: int, start: datetime, end: datetime) -> list[Conflict]:
        try:
            return self.context.services.program.conflicts_if_moved(item_id, start, end)
        except ExchangePlannerError:
            return []

    # --- painting --------------------------------------------------------------------------
    def preview_rects(self, layout: Layout | None = None) -> list[QRectF]:
        """Where the drag's new time is drawn: one box per day it touches in the week."""
        layout = layout or self.view.current_layout()
        drag = self.drag
        if drag is None or not drag.active or layout is None or layout.grid is None:
            return []
        return self.range_rects(layout, drag.start, drag.end)

    def range_rects(self, layout: Layout, start: datetime, end: datetime) -> list[QRectF]:
        assert layout.grid is not None
        grid = layout.grid
        zone = self.zone()
        col_w = grid.width() / len(layout.days)
        h0, h1 = layout.hours
        hour_h = grid.height() / (h1 - h0)
        first, last = local_days(start, end, zone)
        rects = []
        for column, day in enumerate(layout.days):
            if not first <= day <= last:
                continue
            lo, hi = clip_to_day(start, end, day, zone)
            lo, hi = max(lo, h0), min(max(hi, lo + 0.25), h1)
            top = grid.top() + (lo - h0) * hour_h
            rects.append(
                QRectF(
                    grid.left() + column * col_w + 2,
                    top + 1,
                    col_w - 6,
                    max((hi - lo) * hour_h - 2, 4.0),
                )
            )
        return rects

    def paint(self, painter: QPainter, layout: Layout, font: QFont) -> None:
        if layout.grid is None or self.view.input is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if layout.viewport is not None:
            painter.setClipRect(layout.viewport.adjusted(0, 1, 0, 0))
        if self.selected is not None and self.drag is None:
            for box in layout.find(EntryKind.PROGRAM_ITEM, self.selected):
                if editable(box):
                    pen = QPen(QColor(self._scheme().focus), 2)
                    if not self.view.hasFocus():
                        pen.setStyle(Qt.PenStyle.DotLine)
                    painter.setPen(pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(box.rect.adjusted(-1, -1, 1, 1), 4, 4)
        drag = self.drag
        rects = self.preview_rects(layout)
        if drag is not None and rects:
            self._paint_preview(painter, layout, drag, rects, font)
        painter.restore()

    def _scheme(self) -> style.Scheme:
        inp = self.view.input
        return inp.scheme if inp is not None else style.LIGHT

    def preview_lines(self, drag: Drag | None = None) -> list[str]:
        """The texts of the drag's preview: the new time and title, the first conflict, the
        same time in the second ruler's zone and in the item's own zone (the venue's)."""
        drag = drag or self.drag
        if drag is None or self.view.input is None:
            return []
        conflict = bool(drag.conflicts)
        zone = self.zone()
        times = f"{naive_local(drag.start, zone):%H:%M}–{naive_local(drag.end, zone):%H:%M}"
        if drag.entry is not None:
            times += f" {texts.title(drag.entry)}"
        else:
            times += " " + self.tr("New program item")
        lines = [times]
        if conflict:
            lines.append("⚠ " + conflict_text(drag.conflicts[0]))
        others = [self.view.input.second_zone, drag.entry.zone if drag.entry else None]
        elsewhere = [
            f"{naive_local(drag.start, other):%H:%M}–{naive_local(drag.end, other):%H:%M} "
            f"{zone_short(other, naive_local(drag.start, other).date())}"
            for other in dict.fromkeys(z for z in others if z and z != zone)
        ]
        if elsewhere:
            lines.append(" · ".join(elsewhere))
        return lines

    def _paint_preview(
        self, painter: QPainter, layout: Layout, drag: Drag, rects: list[QRectF], font: QFont
    ) -> None:
        scheme = self._scheme()  # the screen's colours, light or dark
        faded = QColor(scheme.cell)
        faded.setAlpha(150)
        if drag.entry is not None:  # the item's place before the drag fades
            for box in layout.find(EntryKind.PROGRAM_ITEM, drag.entry.id):
                if not box.bar:
                    painter.fillRect(box.rect, faded)
            colour = scheme.accent(drag.entry)
        else:
            colour = QColor(scheme.accents[EntryKind.PROGRAM_ITEM.value])
        conflict = bool(drag.conflicts)
        edge = QColor(scheme.conflict) if conflict else colour
        fill = QColor(edge)
        fill.setAlpha(70 if conflict else 55)
        small = week_small_font(font)
        metrics = QFontMetricsF(small, painter.device())
        lines = self.preview_lines(drag)
        for index, rect in enumerate(rects):
            # Opaque, so that the new time reads clearly over what lies under it.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(scheme.cell))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(
                QPen(edge, 2, Qt.PenStyle.SolidLine if conflict else Qt.PenStyle.DashLine)
            )
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            if index:
                continue
            painter.setFont(small)
            painter.setPen(QColor(scheme.conflict_text if conflict else scheme.text))
            inner = rect.adjusted(5, 1, -3, -1)
            line_h = metrics.height()
            for number, text in enumerate(lines):
                if number and (number + 1) * line_h > max(inner.height(), line_h):
                    break
                painter.drawText(
                    QRectF(inner.left(), inner.top() + number * line_h, inner.width(), line_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
                )
