"""Layout and painting of the month, week and agenda views.

The same code draws on screen and into the PDF printout: a ``layout_*`` function turns entries
into boxes for a rectangle (used for painting and for hit testing), a ``paint_*`` function draws
the boxes with a QPainter on any paint device.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from exchange_planner.domain.calendar import (
    KIND_ORDER,
    CalendarEntry,
    DayOverflow,
    EntryKind,
    assign_lanes,
    clip_to_day,
    day_overflow,
    entry_days,
    is_spanning,
    month_weeks,
    pack_columns,
    week_days,
)
from exchange_planner.domain.timeutil import to_local
from exchange_planner.ui.calendar import style, texts
from exchange_planner.ui.widgets.date_field import ui_month_year


@dataclass
class RenderInput:
    """What a view shows: the date in focus, the zone of the grid, the entries, the search."""

    focus: date
    zone: str
    entries: Sequence[CalendarEntry]
    today: date
    search: str = ""
    second_zone: str | None = None
    first_weekday: int = 0
    month: tuple[int, int] | None = None  # defaults to the focus month
    show_focus: bool = True  # the frame around the date in focus (not on paper)
    #: Captions of zones above the week's ruler, e.g. {"Europe/Berlin": "Leipzig"}.
    zone_names: dict[str, str] = field(default_factory=dict)
    #: The colours: light on paper; a view passes the one of its palette (dark mode).
    scheme: style.Scheme = field(default_factory=lambda: style.LIGHT)

    @property
    def shown_month(self) -> tuple[int, int]:
        return self.month or (self.focus.year, self.focus.month)


@dataclass
class Box:
    rect: QRectF
    role: str  # "entry", "more", "day", "header"
    entry: CalendarEntry | None = None
    day: date | None = None
    text: str = ""
    count: int = 0
    clipped_left: bool = False
    clipped_right: bool = False
    bar: bool = True  # month view: filled bar (spanning) or dot line (timed)


@dataclass
class Layout:
    rect: QRectF
    boxes: list[Box] = field(default_factory=list)
    # Week grid geometry (for slots and the time ruler).
    days: list[date] = field(default_factory=list)
    grid: QRectF | None = None
    hours: tuple[int, int] = (0, 24)
    ruler: float = 0.0
    line: float = 16.0
    height: float = 0.0  # agenda: the height the content needs
    viewport: QRectF | None = None  # week: the visible part of the (scrolling) grid

    def entry_boxes(self) -> list[Box]:
        return [box for box in self.boxes if box.role == "entry"]

    def find(self, kind: EntryKind | str, record_id: int) -> list[Box]:
        return [
            box
            for box in self.entry_boxes()
            if box.entry is not None and box.entry.kind == kind and box.entry.id == record_id
        ]

    def _visible(self, box: Box) -> bool:
        """Grid boxes scrolled out of the week's viewport cannot be hit."""
        if self.viewport is None or self.grid is None or box.rect.top() < self.viewport.top() - 1:
            return self.viewport is None or box.rect.bottom() <= self.viewport.top() + 1
        return box.rect.intersects(self.viewport)

    def hit(self, point: QPointF) -> Box | None:
        """The entry under ``point`` (topmost first), else "+N more", else the day or slot."""
        for role in ("entry", "more"):
            for box in reversed(self.boxes):
                if box.role == role and box.rect.contains(point) and self._visible(box):
                    return box
        inside = self.viewport is None or self.viewport.contains(point)
        if self.grid is not None and self.grid.contains(point) and inside and self.days:
            column = int((point.x() - self.grid.left()) / (self.grid.width() / len(self.days)))
            column = min(max(column, 0), len(self.days) - 1)
            span = self.hours[1] - self.hours[0]
            hour = self.hours[0] + (point.y() - self.grid.top()) / self.grid.height() * span
            half_hours = math.floor(hour * 2) / 2
            return Box(QRectF(), "slot", day=self.days[column], text=f"{half_hours}")
        for box in self.boxes:
            if box.role == "day" and box.rect.contains(point):
                return box
        return None


def slot_hour(box: Box) -> float:
    return float(box.text) if box.role == "slot" else 9.0


def _day_name(day: date, long: bool = False) -> str:
    locale = QLocale()
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale.dayName(day.isoweekday(), fmt)


def _day_month(day: date) -> str:
    """Day and short month in the locale's order and punctuation ("1 Jul", "1. Juli")."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{3,4}[,\s]*", "", pattern)  # the weekday
    pattern = re.sub(r"[,\s]*y+[년年]?", "", pattern).strip(" ,")  # the year ("2023년")
    return locale.toString(QDate(day.year, day.month, day.day), pattern.replace("MMMM", "MMM"))


def _bar_first(entry: CalendarEntry, zone: str) -> tuple[object, ...]:
    first, last = entry_days(entry, zone)
    multi = last > first or entry.all_day
    start = entry.start if not entry.all_day else datetime.min.replace(tzinfo=ZoneInfo("UTC"))
    return (not multi, first, -(last - first).days, KIND_ORDER[entry.kind], start, entry.id)


def _runs(days: Sequence[date]) -> list[list[date]]:
    """Consecutive days grouped: [1, 2, 4] -> [[1, 2], [4]]."""
    runs: list[list[date]] = []
    for day in days:
        if runs and day - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _visible_runs(
    first: date, last: date, lane: int, overflow: dict[date, DayOverflow]
) -> list[list[date]]:
    """The runs of days from ``first`` to ``last`` on which ``lane`` is not hidden."""
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return _runs([day for day in days if lane < overflow[day].visible_lanes])


def _clock(instant: datetime | date, zone: str) -> str:
    return to_local(instant, zone).strftime("%H:%M")  # type: ignore[arg-type]


# --- month -------------------------------------------------------------------------------
#: Entry lines an empty week keeps room for, so a quiet week does not collapse.
MONTH_MIN_LANES = 2


def row_heights(needs: Sequence[float], available: float) -> list[float]:
    """Heights of the month's week rows: each at least what it needs; spare room shared.

    Rows that need less than an equal share are raised to one common height; a week with many
    entries keeps its own (taller) height. When the needs add up to more than ``available``,
    every row gets just what it needs (and the view scrolls).
    """
    fixed: set[int] = set()
    while len(fixed) < len(needs):
        free = [i for i in range(len(needs)) if i not in fixed]
        level = (available - sum(needs[i] for i in fixed)) / len(free)
        over = [i for i in free if needs[i] > level]
        if not over:
            return [needs[i] if i in fixed else level for i in range(len(needs))]
        fixed.update(over)
    return list(needs)


def layout_month(
    inp: RenderInput,
    rect: QRectF,
    metrics: QFontMetricsF,
    weeks: Sequence[Sequence[date]] | None = None,
) -> Layout:
    """Every entry of the month in its week row; a busy week grows taller (no "+N more").

    ``weeks`` limits the rows (a printed month split over pages); ``Layout.height`` is the
    height the rows need at least, which may be more than ``rect`` (the view then scrolls).
    """
    line = metrics.height() + 4
    layout = Layout(rect, line=line)
    year, month = inp.shown_month
    if weeks is None:
        weeks = month_weeks(year, month, inp.first_weekday)
    header = line + 6
    col_w = rect.width() / 7
    number_h = line + 2
    for column, day in enumerate(weeks[0]):
        layout.boxes.append(
            Box(
                QRectF(rect.left() + column * col_w, rect.top(), col_w, header),
                "header",
                day=day,
                text=_day_name(day),
            )
        )
    rows = []
    for week in weeks:
        in_week = []
        for entry in inp.entries:
            first, last = entry_days(entry, inp.zone)
            if first <= week[-1] and last >= week[0]:
                in_week.append((entry, max(first, week[0]), min(last, week[-1]), first, last))
        in_week.sort(key=lambda row_: _bar_first(row_[0], inp.zone))
        lanes = assign_lanes([(a, b) for _e, a, b, _f, _l in in_week])
        rows.append((week, in_week, lanes))
    needs = [
        number_h + max(max(lanes, default=-1) + 1, MONTH_MIN_LANES) * (line + 1) + 4
        for _week, _in_week, lanes in rows
    ]
    heights = row_heights(needs, rect.height() - header)
    top = rect.top() + header
    for (week, in_week, lanes), row_h in zip(rows, heights, strict=True):
        for column, day in enumerate(week):
            layout.boxes.append(
                Box(QRectF(rect.left() + column * col_w, top, col_w, row_h), "day", day=day)
            )
        for (entry, a, b, first, last), lane in zip(in_week, lanes, strict=True):
            start_col = list(week).index(a)
            layout.boxes.append(
                Box(
                    QRectF(
                        rect.left() + start_col * col_w + 3,
                        top + number_h + lane * (line + 1),
                        ((b - a).days + 1) * col_w - 6,
                        line,
                    ),
                    "entry",
                    entry=entry,
                    day=a,
                    clipped_left=a > first,
                    clipped_right=b < last,
                    bar=entry.all_day or last > first,
                )
            )
        top += row_h
    layout.height = header + sum(needs)
    return layout


def paint_month(painter: QPainter, layout: Layout, inp: RenderInput, font: QFont) -> None:
    _year, month = inp.shown_month
    bold = QFont(font)
    bold.setBold(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = layout.rect
    painter.fillRect(
        QRectF(rect.left(), rect.top(), rect.width(), max(rect.height(), layout.height)),
        QColor(inp.scheme.cell),
    )
    for box in layout.boxes:
        if box.role == "header":
            painter.setFont(bold)
            painter.setPen(QColor(inp.scheme.muted))
            painter.drawText(box.rect, Qt.AlignmentFlag.AlignCenter, box.text)
        elif box.role == "day":
            assert box.day is not None
            day = box.day
            if day.month != month:
                fill = QColor(inp.scheme.other_month)
            elif day.weekday() >= 5:
                fill = QColor(inp.scheme.weekend)
            else:
                fill = QColor(inp.scheme.cell)
            if day == inp.today:
                fill = QColor(inp.scheme.today_tint)
            painter.fillRect(box.rect, fill)
            painter.setPen(QPen(QColor(inp.scheme.grid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)  # a grid line only, never a fill
            painter.drawRect(box.rect)
            if inp.show_focus and day == inp.focus:
                painter.setPen(QPen(QColor(inp.scheme.focus), 2))
                painter.drawRect(box.rect.adjusted(1, 1, -1, -1))
            _paint_day_number(painter, box, inp, font, bold, month)
    for box in layout.entry_boxes():
        _paint_month_entry(painter, box, inp, font)
    painter.restore()


def _paint_day_number(
    painter: QPainter, box: Box, inp: RenderInput, font: QFont, bold: QFont, month: int
) -> None:
    assert box.day is not None
    day = box.day
    metrics = QFontMetricsF(bold, painter.device())
    text = str(day.day)
    if day.day == 1:
        text = _day_month(day)
    height = metrics.height() + 2
    width = max(metrics.horizontalAdvance(text) + 10, height)
    area = QRectF(box.rect.left() + 3, box.rect.top() + 2, width, height)
    if day == inp.today:
        _paint_today_pill(painter, area, inp.scheme)
        painter.setPen(QColor(inp.scheme.today_text))
    else:
        painter.setPen(QColor(inp.scheme.text if day.month == month else inp.scheme.muted))
    painter.setFont(bold if day.month == month else font)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)


def _paint_today_pill(painter: QPainter, area: QRectF, scheme: style.Scheme) -> None:
    """The filled marker behind today's date; pen and brush are restored afterwards."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(scheme.today))
    painter.drawRoundedRect(area, area.height() / 2, area.height() / 2)
    painter.restore()


def _entry_alpha(entry: CalendarEntry, inp: RenderInput) -> tuple[bool, float]:
    """(highlighted, opacity): with a search, matches stand out and the rest fades."""
    if not inp.search.strip():
        return False, 1.0
    return (True, 1.0) if texts.matches(entry, inp.search) else (False, 0.3)


def _outline(
    painter: QPainter, rect: QRectF, entry: CalendarEntry, highlighted: bool, scheme: style.Scheme
) -> None:
    if highlighted:
        painter.setPen(QPen(QColor(scheme.highlight), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
    if entry.conflicts or entry.overdue:
        painter.setPen(QPen(QColor(scheme.conflict), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)


def _bar_path(rect: QRectF, left_open: bool, right_open: bool) -> QPainterPath:
    """A rounded bar; a side that continues into the next week ends in an arrow point."""
    r = 3.0
    tip = min(rect.height() / 2, 6.0)
    path = QPainterPath()
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    mid = rect.center().y()
    path.moveTo(left + (0 if left_open else r), top)
    path.lineTo(right - (tip if right_open else r), top)
    if right_open:
        path.lineTo(right, mid)
        path.lineTo(right - tip, bottom)
    else:
        path.quadTo(right, top, right, top + r)
        path.lineTo(right, bottom - r)
        path.quadTo(right, bottom, right - r, bottom)
    path.lineTo(left + (tip if left_open else r), bottom)
    if left_open:
        path.lineTo(left, mid)
        path.lineTo(left + tip, top)
    else:
        path.quadTo(left, bottom, left, bottom - r)
        path.lineTo(left, top + r)
        path.quadTo(left, top, left + r, top)
    path.closeSubpath()
    return path


def _paint_month_entry(painter: QPainter, box: Box, inp: RenderInput, font: QFont) -> None:
    entry = box.entry
    assert entry is not None
    highlighted, alpha = _entry_alpha(entry, inp)
    painter.save()
    painter.setOpacity(alpha)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    rect = box.rect
    scheme = inp.scheme
    fill = scheme.fill(entry)
    icon_size = int(rect.height() - 4)
    if box.bar:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPath(_bar_path(rect, box.clipped_left, box.clipped_right))
        text_colour = scheme.on_fill(entry)
        icon_colour = text_colour.name()
    else:
        text_colour = QColor(scheme.text)
        icon_colour = fill.name()
        if entry.colour_key == "cancelled":
            text_colour = QColor(scheme.muted)
    x = rect.left() + 4 + (6 if box.clipped_left else 0)
    painter.drawPixmap(
        QPointF(x, rect.top() + 2),
        style.pixmap(style.ICON_NAMES[entry.kind], icon_colour, icon_size),
    )
    x += icon_size + 3
    text = texts.title(entry)
    if not entry.all_day and not box.clipped_left:
        text = f"{_clock(entry.start, inp.zone)} {text}"
    right = rect.right() - 4 - (6 if box.clipped_right else 0)
    if entry.conflicts:
        size = icon_size
        painter.drawPixmap(
            QPointF(right - size, rect.top() + 2),
            style.pixmap("warning", scheme.conflict if not box.bar else text_colour.name(), size),
        )
        right -= size + 2
    painter.setPen(text_colour)
    if entry.colour_key == "cancelled":
        struck = QFont(font)
        struck.setStrikeOut(True)
        painter.setFont(struck)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(right - x, 0))
    painter.drawText(
        QRectF(x, rect.top(), max(right - x, 0), rect.height()),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        elided,
    )
    _outline(painter, rect, entry, highlighted, inp.scheme)
    painter.restore()


# --- week --------------------------------------------------------------------------------
DEFAULT_HOURS = (7, 22)


def layout_week(
    inp: RenderInput,
    rect: QRectF,
    metrics: QFontMetricsF,
    hour_px: float | None = None,
    scroll: float = 0.0,
) -> Layout:
    """The week grid; with ``hour_px`` the hours get that height and scroll by ``scroll``."""
    line = metrics.height() + 4
    small_line = metrics.height() * 0.85 + 3
    days = week_days(inp.focus, inp.first_weekday)
    ruler_one = metrics.horizontalAdvance("00:00/00:00" if inp.second_zone else "00:00") + 14
    ruler = ruler_one * (2 if inp.second_zone else 1)
    # The ruler also carries the all-day caption ("ganztägig" is wider than "00:00").
    all_day = QCoreApplication.translate("Calendar", "all day")
    ruler = max(ruler, metrics.horizontalAdvance(all_day) + 12)
    layout = Layout(rect, days=days, ruler=ruler, line=line)
    header = 2 * line + 6
    col_w = (rect.width() - ruler) / 7
    for column, day in enumerate(days):
        layout.boxes.append(
            Box(
                QRectF(rect.left() + ruler + column * col_w, rect.top(), col_w, header),
                "header",
                day=day,
            )
        )
    # Spanning entries (all-day, multi-day) on top.
    spanning = []
    timed = []
    for entry in inp.entries:
        first, last = entry_days(entry, inp.zone)
        if first > days[-1] or last < days[0]:
            continue
        if is_spanning(entry, inp.zone):
            spanning.append((entry, max(first, days[0]), min(last, days[-1]), first, last))
        else:
            timed.append(entry)
    spanning.sort(key=lambda row: _bar_first(row[0], inp.zone))
    spans = [(a, b) for _e, a, b, _f, _l in spanning]
    lanes = assign_lanes(spans)
    capacity = 4
    overflow = day_overflow(spans, lanes, days, capacity)
    used = max([lane + 1 for lane in lanes if lane < capacity] + [1])
    used = min(used, capacity)
    top = rect.top() + header + 2
    for (entry, a, b, first, last), lane in zip(spanning, lanes, strict=True):
        for run in _visible_runs(a, b, lane, overflow):
            start_col = days.index(run[0])
            layout.boxes.append(
                Box(
                    QRectF(
                        rect.left() + ruler + start_col * col_w + 2,
                        top + lane * (line + 1),
                        len(run) * col_w - 4,
                        line,
                    ),
                    "entry",
                    entry=entry,
                    day=run[0],
                    clipped_left=run[0] > first,
                    clipped_right=run[-1] < last,
                )
            )
    for column, day in enumerate(days):
        info = overflow[day]
        if info.hidden:
            layout.boxes.append(
                Box(
                    QRectF(
                        rect.left() + ruler + column * col_w + 2,
                        top + info.visible_lanes * (line + 1),
                        col_w - 4,
                        line,
                    ),
                    "more",
                    day=day,
                    count=info.hidden,
                    text=QCoreApplication.translate("Calendar", "+%n more").replace(
                        "%n", str(info.hidden)
                    ),
                )
            )
    all_day_h = used * (line + 1) + 6
    grid_top = top + all_day_h
    # Timed entries in the grid; the hours shown grow to include every item of the week.
    segments: list[tuple[int, CalendarEntry, float, float]] = []
    for column, day in enumerate(days):
        for entry in timed:
            first, last = entry_days(entry, inp.zone)
            if first <= day <= last:
                lo, hi = clip_to_day(entry.start, entry.end, day, inp.zone)  # type: ignore[arg-type]
                segments.append((column, entry, lo, hi))
    h0, h1 = DEFAULT_HOURS
    for _column, _entry, lo, hi in segments:
        h0 = min(h0, math.floor(lo))
        h1 = max(h1, math.ceil(max(hi, lo + 0.5)))
    h1 = min(h1, 24)
    viewport = QRectF(rect.left(), grid_top, rect.width(), rect.bottom() - grid_top)
    layout.viewport = viewport
    fit = viewport.height() / (h1 - h0)
    hour_h = max(fit, hour_px or 0.0)
    grid = QRectF(rect.left() + ruler, grid_top - scroll, col_w * 7, hour_h * (h1 - h0))
    layout.grid = grid
    layout.hours = (h0, h1)
    min_hours = (small_line + 2) / hour_h
    for column in range(7):
        mine = [(entry, lo, hi) for c, entry, lo, hi in segments if c == column]
        packed = pack_columns([(lo, max(hi, lo + min_hours)) for _e, lo, hi in mine])
        for (entry, lo, hi), (index, count) in zip(mine, packed, strict=True):
            width = (col_w - 6) / count
            x = grid.left() + column * col_w + 2 + index * width
            y = grid.top() + (lo - h0) * hour_h
            height = max((hi - lo) * hour_h, small_line + 2)
            first, last = entry_days(entry, inp.zone)
            layout.boxes.append(
                Box(
                    QRectF(x, y + 1, width - 1, height - 2),
                    "entry",
                    entry=entry,
                    day=days[column],
                    clipped_left=days[column] > first,
                    clipped_right=days[column] < last,
                    bar=False,
                )
            )
    return layout


def _ruler_labels(days: Sequence[date], hour: int, zone: str, other: str) -> str:
    """Labels of the second zone for a grid hour; two values if DST changes within the week."""
    labels: list[str] = []
    for day in days:
        local = datetime(day.year, day.month, day.day, hour % 24, tzinfo=ZoneInfo(zone))
        label = local.astimezone(ZoneInfo(other)).strftime("%H:%M")
        if label not in labels:
            labels.append(label)
    return "/".join(labels)


def zone_short(zone: str, day: date) -> str:
    """A short name of a zone on a day: CEST, CET, KST (or the city part)."""
    local = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone))
    name = local.tzname() or ""
    if not name or name.startswith(("+", "-")):
        name = zone.rsplit("/", 1)[-1].replace("_", " ")
    return name


def paint_week(painter: QPainter, layout: Layout, inp: RenderInput, font: QFont) -> None:
    assert layout.grid is not None
    bold = QFont(font)
    bold.setBold(True)
    small = week_small_font(font)
    grid = layout.grid
    rect = layout.rect
    days = layout.days
    col_w = grid.width() / 7
    h0, h1 = layout.hours
    hour_h = grid.height() / (h1 - h0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scheme = inp.scheme
    painter.fillRect(rect, QColor(scheme.cell))
    # Column backgrounds: weekend shading, today tinted.
    for column, day in enumerate(days):
        area = QRectF(grid.left() + column * col_w, rect.top(), col_w, rect.height())
        if day == inp.today:
            painter.fillRect(area, QColor(scheme.today_tint))
        elif day.weekday() >= 5:
            painter.fillRect(area, QColor(scheme.weekend))
    # Headers.
    for box in layout.boxes:
        if box.role != "header" or box.day is None:
            continue
        day = box.day
        upper = QRectF(box.rect.left(), box.rect.top() + 2, box.rect.width(), layout.line)
        lower = QRectF(box.rect.left(), upper.bottom(), box.rect.width(), layout.line + 2)
        painter.setFont(font)
        painter.setPen(QColor(scheme.muted))
        painter.drawText(upper, Qt.AlignmentFlag.AlignCenter, _day_name(day))
        text = _day_month(day)
        painter.setFont(bold)
        if day == inp.today:
            metrics = QFontMetricsF(bold, painter.device())
            width = metrics.horizontalAdvance(text) + 14
            pill = QRectF(lower.center().x() - width / 2, lower.top(), width, lower.height())
            _paint_today_pill(painter, pill, scheme)
            painter.setPen(QColor(scheme.today_text))
        else:
            painter.setPen(QColor(scheme.text))
        painter.drawText(lower, Qt.AlignmentFlag.AlignCenter, text)
    # Zone names above the ruler.
    painter.setFont(small)
    painter.setPen(QColor(scheme.muted))
    ruler_one = layout.ruler / (2 if inp.second_zone else 1)
    zones = [inp.zone] + ([inp.second_zone] if inp.second_zone else [])
    for index, zone in enumerate(zones):
        area = QRectF(
            rect.left() + index * ruler_one, rect.top() + 2, ruler_one - 4, layout.line * 2
        )
        city = inp.zone_names.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{city}\n{zone_short(zone, inp.focus)}",
        )
    all_day_top = rect.top() + 2 * layout.line + 6
    painter.setPen(QPen(QColor(scheme.grid), 1))
    painter.drawLine(QPointF(rect.left(), all_day_top), QPointF(rect.right(), all_day_top))
    viewport = layout.viewport or QRectF(rect.left(), grid.top(), rect.width(), grid.height())
    painter.drawLine(QPointF(rect.left(), viewport.top()), QPointF(rect.right(), viewport.top()))
    painter.setPen(QColor(scheme.muted))
    painter.drawText(
        QRectF(rect.left(), all_day_top, layout.ruler - 6, layout.line + 4),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        QCoreApplication.translate("Calendar", "all day"),
    )
    for column in range(8):
        x = grid.left() + column * col_w
        painter.setPen(QPen(QColor(scheme.grid), 1))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, viewport.bottom()))
    # Spanning bars on top.
    for box in layout.entry_boxes():
        if box.bar:
            _paint_month_entry(painter, box, inp, font)
    for box in layout.boxes:
        if box.role == "more":
            painter.setFont(bold)
            painter.setPen(QColor(scheme.muted))
            painter.drawText(box.rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, box.text)
    # The (scrolling) grid: hour lines, rulers, timed entries, the current time.
    painter.save()
    painter.setClipRect(viewport.adjusted(0, 1, 0, 0))
    for hour in range(h0, h1 + 1):
        y = grid.top() + (hour - h0) * hour_h
        painter.setPen(QPen(QColor(scheme.grid), 1))
        painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        if hour < h1:
            half = QPen(QColor(scheme.half_grid), 1, Qt.PenStyle.DashLine)
            painter.setPen(half)
            painter.drawLine(
                QPointF(grid.left(), y + hour_h / 2), QPointF(grid.right(), y + hour_h / 2)
            )
        if hour == h1:
            continue
        painter.setFont(small)
        painter.setPen(QColor(scheme.text))
        label_rect = QRectF(rect.left(), y + 1, ruler_one - 6, layout.line)
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hour:02d}:00"
        )
        if inp.second_zone:
            painter.setPen(QColor(scheme.second_zone))
            painter.drawText(
                QRectF(rect.left() + ruler_one, y + 1, ruler_one - 6, layout.line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                _ruler_labels(days, hour, inp.zone, inp.second_zone),
            )
    if inp.second_zone:
        x = rect.left() + ruler_one
        painter.setPen(QPen(QColor(scheme.grid), 1))
        painter.drawLine(QPointF(x, viewport.top()), QPointF(x, viewport.bottom()))
    for box in layout.entry_boxes():
        if not box.bar:
            _paint_timed_box(painter, box, inp, font, small)
    # The current time.
    if inp.today in days:
        now = datetime.now(ZoneInfo(inp.zone))
        hour = now.hour + now.minute / 60
        if h0 <= hour <= h1:
            column = days.index(inp.today)
            y = grid.top() + (hour - h0) * hour_h
            painter.setPen(QPen(QColor(scheme.conflict), 2))
            painter.drawLine(
                QPointF(grid.left() + column * col_w, y),
                QPointF(grid.left() + (column + 1) * col_w, y),
            )
    painter.restore()
    painter.restore()


def week_small_font(font: QFont) -> QFont:
    """The font of the texts inside the week's time grid."""
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 5))
    return small


def timed_box_inner(rect: QRectF) -> QRectF:
    """Where a timed item's text goes: inside its box, right of the colour stripe."""
    return rect.adjusted(6, 1, -3, -1)


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines; the last one elided."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > width:
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


def timed_box_lines(
    entry: CalendarEntry, box: Box, zone: str, metrics: QFontMetricsF
) -> list[tuple[str, str]]:
    """The lines a timed item shows in the week grid, as (role, text): "time" or "title".

    Every item shows its title: a short one as "10:00 Title" (wrapped over two lines when
    they fit, else one elided line); a longer one the time range first, the title below.
    """
    inner = timed_box_inner(box.rect)
    width = max(inner.width(), 1.0)
    fits = max(int(inner.height() // metrics.height()), 1)
    start = _clock(entry.start, zone)
    end = _clock(entry.end, zone)
    times = f"{start}–{end}"
    if box.clipped_left:
        times = f"…–{end}"
        start = "…"
    elif box.clipped_right:
        times = f"{start}–…"
    title = texts.title(entry)
    if fits >= 3:
        time_line = ("time", metrics.elidedText(times, Qt.TextElideMode.ElideRight, width))
        return [time_line] + [("title", line) for line in _wrap(title, metrics, width, fits - 1)]
    return [("title", line) for line in _wrap(f"{start} {title}", metrics, width, fits)]


def _paint_timed_box(
    painter: QPainter, box: Box, inp: RenderInput, font: QFont, small: QFont
) -> None:
    entry = box.entry
    assert entry is not None
    highlighted, alpha = _entry_alpha(entry, inp)
    rect = box.rect
    scheme = inp.scheme
    fill = scheme.fill(entry)
    painter.save()
    painter.setOpacity(alpha)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(scheme.tint(entry))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(fill)
    painter.drawRect(QRectF(rect.left(), rect.top(), 3, rect.height()))
    metrics = QFontMetricsF(small, painter.device())
    inner = timed_box_inner(rect)
    if entry.conflicts:
        size = int(metrics.height())
        painter.drawPixmap(
            QPointF(inner.right() - size, inner.top()),
            style.pixmap("warning", scheme.conflict, size),
        )
    painter.setFont(small)
    painter.save()
    # At least one line tall: a short item never loses its title to the clip.
    line_h = metrics.height()
    clip = QRectF(inner.left(), inner.top(), inner.width(), max(inner.height(), line_h))
    painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    lines = timed_box_lines(entry, box, inp.zone, metrics)
    top = inner.top() if len(lines) > 1 else inner.center().y() - line_h / 2
    for index, (role, text) in enumerate(lines):
        painter.setPen(scheme.accent(entry) if role == "time" else QColor(scheme.text))
        painter.drawText(
            QRectF(inner.left(), top + index * line_h, inner.width(), line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    painter.restore()
    _outline(painter, rect, entry, highlighted, inp.scheme)
    painter.restore()


# --- agenda ------------------------------------------------------------------------------
def agenda_days(inp: RenderInput) -> list[date]:
    year, month = inp.shown_month
    first = date(year, month, 1)
    days = []
    day = first
    while day.month == month:
        days.append(day)
        day += timedelta(days=1)
    return days


#: Entries longer than this many days are listed once in the agenda, not on each day.
AGENDA_LONG_DAYS = 7


def is_long(entry: CalendarEntry, zone: str) -> bool:
    """An exhibition or residency over weeks: the agenda lists it once, with its dates."""
    first, last = entry_days(entry, zone)
    return (last - first).days + 1 > AGENDA_LONG_DAYS


def layout_agenda(inp: RenderInput, width: float, metrics: QFontMetricsF) -> Layout:
    """The month day by day; an entry longer than a week appears once, on its first day shown."""
    line = metrics.height() + 4
    layout = Layout(QRectF(0, 0, width, 0), line=line)
    y = 0.0
    any_entry = False
    days = agenda_days(inp)
    for day in days:
        on_day = []
        for entry in inp.entries:
            first, last = entry_days(entry, inp.zone)
            if not first <= day <= last:
                continue
            if is_long(entry, inp.zone) and day != max(first, days[0]):
                continue
            on_day.append(entry)
        if not on_day and day != inp.today:
            continue
        any_entry = any_entry or bool(on_day)
        on_day.sort(key=lambda e: _agenda_key(e, day, inp.zone))
        layout.boxes.append(Box(QRectF(0, y, width, line + 8), "header", day=day))
        y += line + 10
        if not on_day:
            layout.boxes.append(
                Box(
                    QRectF(0, y, width, line + 4),
                    "day",
                    day=day,
                    text=QCoreApplication.translate("Calendar", "Nothing planned"),
                )
            )
            y += line + 6
        for entry in on_day:
            layout.boxes.append(
                Box(QRectF(8, y, width - 16, 2 * line + 4), "entry", entry=entry, day=day)
            )
            y += 2 * line + 8
        y += 6
    if not any_entry and not layout.boxes:
        year, month = inp.shown_month
        layout.boxes.append(
            Box(
                QRectF(0, 0, width, 3 * line),
                "day",
                day=date(year, month, 1),
                text=QCoreApplication.translate("Calendar", "Nothing planned in %s").replace(
                    "%s", ui_month_year(year, month)
                ),
            )
        )
        y = 3 * line
    layout.height = y + 8
    layout.rect = QRectF(0, 0, width, layout.height)
    return layout


def _agenda_key(entry: CalendarEntry, day: date, zone: str) -> tuple[object, ...]:
    if entry.all_day or is_spanning(entry, zone):
        return (0, KIND_ORDER[entry.kind], texts.title(entry))
    return (1, entry.start, texts.title(entry))


def agenda_time_text(entry: CalendarEntry, day: date, zone: str) -> str:
    first, last = entry_days(entry, zone)
    if is_long(entry, zone):  # listed once: its whole span
        if first.year != last.year:
            return f"{_day_month(first)} {first.year} – {_day_month(last)} {last.year}"
        return f"{_day_month(first)} – {_day_month(last)}"
    if entry.all_day:
        if first == last:
            return QCoreApplication.translate("Calendar", "all day")
        number = (day - first).days + 1
        total = (last - first).days + 1
        return (
            QCoreApplication.translate("Calendar", "day %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(total))
        )
    start = to_local(entry.start, zone)  # type: ignore[arg-type]
    end = to_local(entry.end, zone)  # type: ignore[arg-type]
    start_text = start.strftime("%H:%M") if start.date() == day else "…"
    offset = (end.date() - day).days
    if offset == 1 and end.hour == 0 and end.minute == 0:
        end_text = "24:00"
    else:
        end_text = end.strftime("%H:%M") + (f" (+{offset})" if offset > 0 else "")
    return f"{start_text} – {end_text}"


def paint_agenda(painter: QPainter, layout: Layout, inp: RenderInput, font: QFont) -> None:
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.9, 5))
    metrics = QFontMetricsF(font, painter.device())
    widest_span = f"{_day_month(date(2000, 9, 30))} – {_day_month(date(2000, 9, 30))}"
    time_w = max(
        metrics.horizontalAdvance("00:00 – 00:00 (+1)"), metrics.horizontalAdvance(widest_span)
    )
    time_w += 16
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scheme = inp.scheme
    painter.fillRect(layout.rect, QColor(scheme.cell))
    for box in layout.boxes:
        if box.role == "header" and box.day is not None:
            day = box.day
            fill = (
                QColor(scheme.today_tint)
                if day == inp.today
                else QColor(scheme.weekend if day.weekday() >= 5 else scheme.header_fill)
            )
            painter.fillRect(box.rect, fill)
            painter.setPen(QPen(QColor(scheme.grid), 1))
            painter.drawLine(box.rect.bottomLeft(), box.rect.bottomRight())
            painter.setFont(bold)
            painter.setPen(QColor(scheme.today_heading if day == inp.today else scheme.text))
            text = QLocale().toString(day, QLocale.FormatType.LongFormat)
            if day == inp.today:
                text += "  ·  " + QCoreApplication.translate("Calendar", "Today")
            painter.drawText(box.rect.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter, text)
        elif box.role == "day" and box.text:
            painter.setFont(font)
            painter.setPen(QColor(scheme.muted))
            painter.drawText(
                box.rect.adjusted(16, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, box.text
            )
        elif box.role == "entry" and box.entry is not None and box.day is not None:
            _paint_agenda_entry(painter, box, inp, font, bold, small, time_w)
    painter.restore()


def _paint_agenda_entry(
    painter: QPainter,
    box: Box,
    inp: RenderInput,
    font: QFont,
    bold: QFont,
    small: QFont,
    time_w: float,
) -> None:
    entry = box.entry
    assert entry is not None and box.day is not None
    highlighted, alpha = _entry_alpha(entry, inp)
    rect = box.rect
    scheme = inp.scheme
    fill = scheme.fill(entry)
    painter.save()
    painter.setOpacity(alpha)
    half = rect.height() / 2
    painter.setFont(font)
    painter.setPen(QColor(scheme.text))
    time_metrics = QFontMetricsF(font, painter.device())
    painter.drawText(
        QRectF(rect.left(), rect.top(), time_w, half),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        time_metrics.elidedText(
            agenda_time_text(entry, box.day, inp.zone), Qt.TextElideMode.ElideRight, time_w - 8
        ),
    )
    if inp.second_zone and not entry.all_day:
        painter.setFont(small)
        painter.setPen(QColor(scheme.second_zone))
        other = agenda_time_text(
            entry, to_local(entry.start, inp.second_zone).date(), inp.second_zone
        )  # type: ignore[arg-type]
        painter.drawText(
            QRectF(rect.left(), rect.top() + half, time_w, half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{other} {zone_short(inp.second_zone, box.day)}",
        )
    x = rect.left() + time_w
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(x, rect.top() + 2, 4, rect.height() - 4), 2, 2)
    size = int(half - 2)
    x += 12
    painter.drawPixmap(
        QPointF(x, rect.top() + 2), style.pixmap(style.ICON_NAMES[entry.kind], fill.name(), size)
    )
    x += size + 8
    right = rect.right() - 4
    if entry.conflicts or entry.overdue:
        painter.drawPixmap(
            QPointF(right - size, rect.top() + 2), style.pixmap("warning", scheme.conflict, size)
        )
        right -= size + 6
    metrics = QFontMetricsF(bold, painter.device())
    painter.setFont(bold)
    painter.setPen(QColor(scheme.muted if entry.colour_key == "cancelled" else scheme.text))
    painter.drawText(
        QRectF(x, rect.top(), right - x, half),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(texts.title(entry), Qt.TextElideMode.ElideRight, right - x),
    )
    detail = texts.detail(entry)
    if entry.conflicts:
        detail = f"⚠ {texts.conflicts(entry)[0]}"
    elif entry.overdue:
        detail = QCoreApplication.translate("Calendar", "Overdue") + f" · {detail}"
    small_metrics = QFontMetricsF(small, painter.device())
    painter.setFont(small)
    painter.setPen(
        QColor(scheme.conflict_text if entry.conflicts or entry.overdue else scheme.muted)
    )
    painter.drawText(
        QRectF(x, rect.top() + half, right - x, half),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, right - x),
    )
    if highlighted:
        painter.setPen(QPen(QColor(scheme.highlight), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-4, -1, 2, 1), 4, 4)
    painter.restore()
