"""The painted month, week and agenda widgets (drawing in render.py, shared with printing)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QScrollBar, QToolTip, QWidget

from exchange_planner.domain.calendar import KIND_ORDER, CalendarEntry, EntryKind
from exchange_planner.ui import accessible
from exchange_planner.ui.accessible import AccessibleItem
from exchange_planner.ui.calendar import render, style, texts
from exchange_planner.ui.calendar.render import Box, Layout, RenderInput
from exchange_planner.ui.plain import plain_tooltip

if TYPE_CHECKING:
    from exchange_planner.ui.calendar.week_editing import WeekEditing

#: Keys the tab handles for navigation; views pass them on instead of using them.
NAV_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_T,
    Qt.Key.Key_Home,
}

#: An entry's identity in a view: (kind, record id).
EntryKey = tuple[str, int]


def entry_key(entry: CalendarEntry) -> EntryKey:
    return (entry.kind.value, entry.id)


def _instant(value: datetime | date) -> float:
    if isinstance(value, datetime):
        return value.timestamp()
    return datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()


def kind_name(kind: EntryKind) -> str:
    """One entry's kind, as a screen reader names it ("Program item")."""
    names = {
        EntryKind.VISIT: QCoreApplication.translate("Calendar", "Visit"),
        EntryKind.PROGRAM_ITEM: QCoreApplication.translate("Calendar", "Program item"),
        EntryKind.RESIDENCY: QCoreApplication.translate("Calendar", "Residency"),
        EntryKind.EXHIBITION: QCoreApplication.translate("Calendar", "Exhibition"),
        EntryKind.DEADLINE: QCoreApplication.translate("Calendar", "Deadline"),
    }
    return names.get(kind) or style.kind_label(kind)


def accessible_description(entry: CalendarEntry) -> str:
    """What a screen reader says after the title: the kind, the dates or times, the details."""
    lines = texts.tooltip(entry).splitlines()
    parts = [kind_name(entry.kind)] + [line for line in lines[1:] if line.strip()]
    if entry.overdue:
        parts.insert(1, QCoreApplication.translate("Calendar", "Overdue"))
    return "; ".join(parts)


class PaintedView(QWidget):
    """Base of the three views: keeps the last layout for hit tests, tooltips and clicks."""

    #: Double-click on an entry.
    entry_activated = Signal(object)
    #: Double-click on an empty day or time slot: (date, hour or -1 for "no time").
    slot_activated = Signal(object, float)
    #: Single click on a day or slot: the date in focus moves there.
    day_clicked = Signal(object)
    #: Click on "+N more".
    more_clicked = Signal(object)
    #: Right click: (entry or None, date or None, hour or -1, global position).
    context_requested = Signal(object, object, float, QPoint)
    #: Mouse wheel: -1 back, +1 forward.
    wheel_step = Signal(int)

    layout_function: Callable[[RenderInput, QRectF, QFontMetricsF], Layout]
    paint_function: Callable[[QPainter, Layout, RenderInput, object], None]

    #: What screen readers are told the view is.
    accessible_role = QAccessible.Role.List

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.install()
        self.input: RenderInput | None = None
        self._layout: Layout | None = None
        #: The entry Tab / Shift+Tab walked to (framed; Enter opens it).
        self.focus_entry: EntryKey | None = None
        self._accessible: tuple[tuple[object, ...], list[AccessibleItem]] = ((), [])
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(480, 360)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self._view_title())
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Calendar", "Tab and Shift+Tab move from entry to entry; Enter opens the entry."
            )
        )

    def _view_title(self) -> str:
        if isinstance(self, MonthView):
            return QCoreApplication.translate("Calendar", "Calendar month")
        if isinstance(self, WeekView):
            return QCoreApplication.translate("Calendar", "Calendar week")
        return QCoreApplication.translate("Calendar", "Calendar agenda")

    def set_input(self, inp: RenderInput) -> None:
        self.input = dataclasses.replace(inp, scheme=style.scheme_for(self.palette()))
        self._layout = None
        if self.focus_entry is not None and self.focus_entry not in self._entry_keys(inp):
            self.focus_entry = None
        self.update()

    @staticmethod
    def _entry_keys(inp: RenderInput) -> set[EntryKey]:
        return {entry_key(entry) for entry in inp.entries}

    def changeEvent(self, event: QEvent) -> None:
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events and self.input is not None:
            scheme = style.scheme_for(self.palette())
            self.input = dataclasses.replace(self.input, scheme=scheme)
            self.update()
        super().changeEvent(event)

    def area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0, 0, -1, -1)

    def current_layout(self) -> Layout | None:
        if self.input is None:
            return None
        if self._layout is None:
            metrics = QFontMetricsF(self.font())
            self._layout = type(self).layout_function(self.input, self.area(), metrics)
        return self._layout

    # --- for tests and the tab -----------------------------------------------------------
    def boxes_for(self, kind: EntryKind | str, record_id: int) -> list[Box]:
        layout = self.current_layout()
        return layout.find(kind, record_id) if layout else []

    def entry_point(self, kind: EntryKind | str, record_id: int) -> QPoint | None:
        boxes = self.boxes_for(kind, record_id)
        return boxes[0].rect.center().toPoint() if boxes else None

    def shown_entries(self) -> list[CalendarEntry]:
        layout = self.current_layout()
        if layout is None:
            return []
        seen: dict[tuple[str, int], CalendarEntry] = {}
        for box in layout.entry_boxes():
            assert box.entry is not None
            seen.setdefault((box.entry.kind.value, box.entry.id), box.entry)
        return list(seen.values())

    # --- entries in reading order: keyboard walking and screen readers -------------------
    def walk_order(self) -> list[tuple[CalendarEntry, list[Box]]]:
        """The entries shown, each with its boxes, in date order (the order Tab walks)."""
        layout = self.current_layout()
        if layout is None:
            return []
        boxes: dict[EntryKey, list[Box]] = {}
        entries: dict[EntryKey, CalendarEntry] = {}
        for box in layout.entry_boxes():
            assert box.entry is not None
            key = entry_key(box.entry)
            boxes.setdefault(key, []).append(box)
            entries.setdefault(key, box.entry)

        def order(key: EntryKey) -> tuple[object, ...]:
            entry = entries[key]
            first = min(box.day for box in boxes[key] if box.day is not None)
            timed = not entry.all_day and all(not box.bar for box in boxes[key])
            return (first, timed, _instant(entry.start), KIND_ORDER[entry.kind], entry.id)

        return [(entries[key], boxes[key]) for key in sorted(entries, key=order)]

    def focused_entry(self) -> CalendarEntry | None:
        for entry, _boxes in self.walk_order():
            if entry_key(entry) == self.focus_entry:
                return entry
        return None

    def step_entry_focus(self, forward: bool) -> bool:
        """Move the entry focus to the next (or previous) entry; False at either end."""
        order = self.walk_order()
        keys = [entry_key(entry) for entry, _boxes in order]
        if not keys:
            return False
        if self.focus_entry in keys:
            index = keys.index(self.focus_entry) + (1 if forward else -1)
            if not 0 <= index < len(keys):
                self.focus_entry = None
                self.update()
                return False
        elif forward:
            # From the date in focus on: after moving through the days, Tab starts there.
            focus = self.input.focus if self.input is not None else date.min
            days = [min(b.day for b in boxes if b.day is not None) for _e, boxes in order]
            index = next((i for i, day in enumerate(days) if day >= focus), 0)
        else:
            index = len(keys) - 1
        self.focus_entry = keys[index]
        self._reveal(order[index][1][0])
        self.update()
        accessible.announce_focus(self, self.focus_entry)
        return True

    def _reveal(self, box: Box) -> None:
        """Scroll so that ``box`` is in sight (the month and agenda scroll areas, the hours)."""
        layout = self.current_layout()
        if layout is not None and layout.viewport is not None and layout.grid is not None:
            set_scroll = getattr(self, "set_scroll", None)
            viewport = layout.viewport
            if set_scroll is not None and not box.bar and not viewport.contains(box.rect):
                scroll = viewport.top() - layout.grid.top()
                set_scroll(scroll + box.rect.top() - viewport.top() - layout.line)
            return
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is self:
                centre = box.rect.center()
                parent.ensureVisible(int(centre.x()), int(centre.y()), 0, int(box.rect.height()))
                return
            parent = parent.parentWidget()

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.hasFocus() and self.step_entry_focus(next):
            return True
        return super().focusNextPrevChild(next)

    def accessible_focus_key(self) -> EntryKey | None:
        return self.focus_entry

    def accessible_items(self) -> list[AccessibleItem]:
        """The entries for screen readers: title, kind and dates, where they are drawn."""
        layout = self.current_layout()
        shown = self.visibleRegion().boundingRect()
        stamp = (id(layout), shown.x(), shown.y(), shown.width(), shown.height())
        if stamp == self._accessible[0]:
            return self._accessible[1]
        items = []
        for entry, boxes in self.walk_order():
            box = boxes[0]
            rect = box.rect.toAlignedRect()
            visible = rect.intersects(shown) and (layout is None or layout._visible(box))
            items.append(
                AccessibleItem(
                    key=entry_key(entry),
                    name=texts.title(entry),
                    description=accessible_description(entry),
                    rect=rect,
                    visible=visible,
                )
            )
        self._accessible = (stamp, items)
        return items

    # --- events ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scheme = style.scheme_for(self.palette())
        if self.input is not None and self.input.scheme is not scheme:
            self.input = dataclasses.replace(self.input, scheme=scheme)  # the palette changed
        painter.fillRect(self.rect(), QColor(scheme.cell))
        layout = self.current_layout()
        if layout is not None and self.input is not None:
            type(self).paint_function(painter, layout, self.input, self.font())
            self.paint_focus(painter, layout)
            self.paint_entry_focus(painter, layout)
        painter.end()

    def paint_entry_focus(self, painter: QPainter, layout: Layout) -> None:
        """The entry walked to with Tab gets a frame in the focus colour (while focused)."""
        if self.focus_entry is None or self.input is None or not self.hasFocus():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(self.input.scheme.focus), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for box in layout.find(*self.focus_entry):
            if not box.bar and layout.viewport is not None:
                painter.save()
                painter.setClipRect(layout.viewport.adjusted(0, 1, 0, 0))
                painter.drawRoundedRect(box.rect.adjusted(-2, -2, 2, 2), 4, 4)
                painter.restore()
            else:
                painter.drawRoundedRect(box.rect.adjusted(-2, -2, 2, 2), 4, 4)
        painter.restore()

    def paint_focus(self, painter: QPainter, layout: Layout) -> None:
        """The date in focus (moved with the arrow keys) gets a frame."""
        if self.input is None or layout.grid is None:
            return  # the month and agenda draw their own focus below the entries
        for box in layout.boxes:
            if box.role == "header" and box.day == self.input.focus:
                pen = QPen(QColor(self.input.scheme.focus), 2)
                if not self.hasFocus():
                    pen.setStyle(Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box.rect.adjusted(1, 1, -1, -1))
                return

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _hit(self, position: QPointF) -> Box | None:
        layout = self.current_layout()
        return layout.hit(position) if layout else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        box = self._hit(event.position())
        if event.button() == Qt.MouseButton.LeftButton and box is not None:
            if box.role == "more":
                self.more_clicked.emit(box.day)
            elif box.day is not None:
                self.day_clicked.emit(box.day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        box = self._hit(event.position())
        if box is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if box.role == "entry" and box.entry is not None:
            self.entry_activated.emit(box.entry)
        elif box.role in ("day", "slot") and box.day is not None:
            self.slot_activated.emit(box.day, render.slot_hour(box) if box.role == "slot" else -1.0)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        box = self._hit(QPointF(event.pos()))
        entry = box.entry if box is not None else None
        day = box.day if box is not None else None
        hour = render.slot_hour(box) if box is not None and box.role == "slot" else -1.0
        self.context_requested.emit(entry, day, hour, event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.wheel_step.emit(-1 if delta > 0 else 1)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry = self.focused_entry()
            if entry is not None:
                self.entry_activated.emit(entry)  # as a double-click on it
                event.accept()
                return
        event.ignore()  # the tab navigates

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            box = self._hit(QPointF(event.pos()))
            if box is not None and box.entry is not None:
                QToolTip.showText(event.globalPos(), plain_tooltip(texts.tooltip(box.entry)), self)
            elif box is not None and box.role == "more":
                QToolTip.showText(event.globalPos(), self.tr("Show all entries of this day"), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class MonthView(PaintedView):
    """The month grid; as tall as its busiest weeks need, inside a scroll area (MonthScroll)."""

    layout_function = staticmethod(render.layout_month)  # type: ignore[assignment]
    paint_function = staticmethod(render.paint_month)  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(480, 200)
        self.scroll_area: QScrollArea | None = None

    def set_input(self, inp: RenderInput) -> None:
        super().set_input(inp)
        self.relayout()

    def relayout(self) -> None:
        """Grow to the height the weeks need (the rows never hide entries behind "+N more")."""
        self._layout = None
        layout = self.current_layout()
        if layout is not None:
            self.setMinimumHeight(max(math.ceil(layout.height) + 1, 200))

    def overflows(self) -> bool:
        """True while the weeks are taller than the visible part (the view then scrolls)."""
        area = self.scroll_area
        return area is not None and self.height() > area.viewport().height()

    def ensure_focus_visible(self) -> None:
        """Scroll so that the week with the date in focus is in sight."""
        layout = self.current_layout()
        if self.scroll_area is None or layout is None or self.input is None:
            return
        for box in layout.boxes:
            if box.role == "day" and box.day == self.input.focus:
                centre = box.rect.center()
                half = int(box.rect.height() / 2)
                self.scroll_area.ensureVisible(int(centre.x()), int(centre.y()), 0, half)
                return

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.overflows() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # The wheel scrolls the weeks (three entry lines a notch); Ctrl+wheel pages.
            assert self.scroll_area is not None
            bar = self.scroll_area.verticalScrollBar()
            layout = self.current_layout()
            step = 3 * (layout.line + 1) if layout is not None else 60.0
            bar.setValue(bar.value() - round(event.angleDelta().y() / 120 * step))
            event.accept()
            return
        super().wheelEvent(event)


class MonthScroll(QScrollArea):
    """The month view in a vertical scroll area; navigation keys go on to the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = MonthView(self)
        self.view.scroll_area = self
        self.setWidget(self.view)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusProxy(self.view)

    def set_input(self, inp: RenderInput) -> None:
        self.view.set_input(inp)
        self.view.ensure_focus_visible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in NAV_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)


class WeekView(PaintedView):
    """Time grid with a fixed header and all-day row; the hours scroll when they do not fit."""

    paint_function = staticmethod(render.paint_week)  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.hide()
        self.scrollbar.valueChanged.connect(self._scrolled)
        self._scroll = 0.0
        self._week: tuple[date, str] | None = None
        #: Dragging and the Alt+arrow keys change program items (set by the tab; None: the
        #: view only shows).
        self.editing: WeekEditing | None = None

    def box_lines(self, box: Box) -> list[tuple[str, str]]:
        """The lines of text a timed item shows (what ``paint_week`` draws in its box)."""
        assert box.entry is not None and self.input is not None
        metrics = QFontMetricsF(render.week_small_font(self.font()))
        return render.timed_box_lines(box.entry, box, self.input.zone, metrics)

    def hour_px(self) -> float:
        """Enough height per hour for a 15-minute item to show one line of text."""
        return (QFontMetricsF(self.font()).height() * 0.85 + 5) * 4.2

    def area(self) -> QRectF:
        width = self.scrollbar.sizeHint().width()
        return QRectF(self.rect()).adjusted(0, 0, -1 - width, -1)

    def set_input(self, inp: RenderInput) -> None:
        week = (render.week_days(inp.focus, inp.first_weekday)[0], inp.zone)
        new_week = week != self._week
        self._week = week
        super().set_input(inp)
        if new_week:
            self.scroll_to_first_item()
        editing = self.editing
        if editing is not None and editing.follow and editing.selected is not None:
            editing.follow = False
            self.scroll_to_entry(EntryKind.PROGRAM_ITEM, editing.selected)

    def current_layout(self) -> Layout | None:
        if self.input is None:
            return None
        if self._layout is None:
            metrics = QFontMetricsF(self.font())
            self._layout = render.layout_week(
                self.input, self.area(), metrics, self.hour_px(), self._scroll
            )
            self._sync_scrollbar(self._layout)
        return self._layout

    def _overflow(self, layout: Layout) -> float:
        assert layout.grid is not None and layout.viewport is not None
        return max(layout.grid.height() - layout.viewport.height(), 0.0)

    def _sync_scrollbar(self, layout: Layout) -> None:
        if layout.viewport is None:
            return
        overflow = self._overflow(layout)
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, int(overflow))
        self.scrollbar.setPageStep(int(layout.viewport.height()))
        self.scrollbar.setSingleStep(int(self.hour_px() / 2))
        self.scrollbar.setValue(int(self._scroll))
        self.scrollbar.blockSignals(False)
        width = self.scrollbar.sizeHint().width()
        self.scrollbar.setGeometry(
            self.width() - width,
            int(layout.viewport.top()),
            width,
            int(layout.viewport.height()),
        )
        self.scrollbar.setVisible(overflow > 0)

    def scroll_to_first_item(self) -> None:
        """Show the week's first timed item near the top (or 08:00 if the week has none)."""
        self._scroll = 0.0
        self._layout = None
        layout = self.current_layout()
        if layout is None or layout.grid is None:
            return
        hour_h = layout.grid.height() / (layout.hours[1] - layout.hours[0])
        tops = [box.rect.top() for box in layout.entry_boxes() if not box.bar]
        target = min(tops) - layout.grid.top() if tops else (8 - layout.hours[0]) * hour_h
        self.set_scroll(target - hour_h / 2)

    def scroll_to_entry(self, kind: EntryKind | str, record_id: int) -> None:
        """Scroll the hours (if need be) so that the entry's first box is in sight."""
        layout = self.current_layout()
        boxes = [box for box in self.boxes_for(kind, record_id) if not box.bar]
        if layout is None or layout.viewport is None or not boxes:
            return
        rect, viewport = boxes[0].rect, layout.viewport
        if rect.top() < viewport.top():
            self.set_scroll(self._scroll - (viewport.top() - rect.top()) - self.hour_px() / 4)
        elif rect.bottom() > viewport.bottom():
            shift = min(rect.bottom() - viewport.bottom(), rect.top() - viewport.top())
            self.set_scroll(self._scroll + shift + self.hour_px() / 4)

    def set_scroll(self, value: float) -> None:
        layout = self.current_layout()
        maximum = self._overflow(layout) if layout is not None else 0.0
        self._scroll = min(max(value, 0.0), maximum)
        self._layout = None
        self.current_layout()
        self.update()

    def _scrolled(self, value: int) -> None:
        self.set_scroll(float(value))

    # --- editing (ui/calendar/week_editing.py) ---------------------------------------------
    def step_entry_focus(self, forward: bool) -> bool:
        """An item reached with Tab is also the one Alt and the arrow keys move."""
        moved = super().step_entry_focus(forward)
        if self.editing is not None and self.drag_free():
            entry = self.focused_entry()
            timed = entry is not None and entry.kind is EntryKind.PROGRAM_ITEM and not entry.all_day
            self.editing.selected = entry.id if timed and entry is not None else None
            self.update()
        return moved

    def drag_free(self) -> bool:
        return self.editing is None or self.editing.drag is None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        layout = self.current_layout()
        if self.editing is not None and layout is not None:
            painter = QPainter(self)
            self.editing.paint(painter, layout, self.font())
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.editing is not None:
            self.editing.press(event)  # before the click moves the date in focus
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.editing is not None:
            self.editing.move(event)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.editing is not None:
            self.editing.release(event)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editing is not None and self.editing.key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.editing is not None:
            self.editing.cancel()  # a drag left by switching windows changes nothing
        super().focusOutEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        layout = self.current_layout()
        over_grid = (
            layout is not None
            and layout.viewport is not None
            and layout.viewport.contains(event.position())
            and self._overflow(layout) > 0
        )
        if over_grid and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Over the hours the wheel scrolls them; over the header (or with Ctrl) it pages.
            self.set_scroll(self._scroll - event.angleDelta().y() / 120 * self.hour_px())
            event.accept()
            return
        super().wheelEvent(event)


class AgendaCanvas(PaintedView):
    """The agenda's content: as tall as its days need; it sits in a scroll area."""

    paint_function = staticmethod(render.paint_agenda)  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(300, 100)

    def current_layout(self) -> Layout | None:
        if self.input is None:
            return None
        if self._layout is None:
            metrics = QFontMetricsF(self.font())
            self._layout = render.layout_agenda(self.input, float(self.width()), metrics)
        return self._layout

    def set_input(self, inp: RenderInput) -> None:
        super().set_input(inp)
        self.relayout()

    def relayout(self) -> None:
        self._layout = None
        layout = self.current_layout()
        if layout is not None:
            self.setFixedHeight(max(int(layout.height), 100))

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the scroll area scrolls the list

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.relayout()

    def focus_y(self) -> int:
        """Where the day in focus (or the next day with entries) starts."""
        layout = self.current_layout()
        if layout is None or self.input is None:
            return 0
        headers = [box for box in layout.boxes if box.role == "header" and box.day is not None]
        for box in headers:
            assert box.day is not None
            if box.day >= self.input.focus:
                return int(box.rect.top())
        return int(headers[-1].rect.top()) if headers else 0


class AgendaView(QScrollArea):
    """A scrolling list by day; the arrow and page keys go to the tab for navigation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = AgendaCanvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusProxy(self.canvas)

    def set_input(self, inp: RenderInput) -> None:
        self.canvas.set_input(inp)
        self.scroll_to_focus()

    def scroll_to_focus(self) -> None:
        self.verticalScrollBar().setValue(self.canvas.focus_y())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.canvas.relayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in NAV_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)

    # The same helpers as the painted views, for the tab and tests.
    def current_layout(self) -> Layout | None:
        return self.canvas.current_layout()

    def boxes_for(self, kind: EntryKind | str, record_id: int) -> list[Box]:
        return self.canvas.boxes_for(kind, record_id)

    def shown_entries(self) -> list[CalendarEntry]:
        return self.canvas.shown_entries()
