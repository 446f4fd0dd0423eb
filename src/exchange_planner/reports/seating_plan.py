"""The seating plan of a meal or reception (Sitzordnung / 좌석 배치도).

Page 1 on: a drawing of each table (round, long, U-shaped, seats where
``domain.seating.seat_layout`` puts them) with the seat numbers and the names beside the seats
(a Hangul line and a Latin line for Korean guests), a dark seat for the delegation and a light
one for the home city, the host (◆) and the guest of honour (★) marked. Every drawing is scaled
to the page; a long table lies along the page's height, and a table too large for its names to
stay readable gets its seats listed under the drawing. Then the alphabetical "who sits where"
list for the entrance: name → table, seat.

Sorting of that list: by the Latin family name in German and English (Korean names too:
"KANG Gi-jung" under K); in a Korean document by the name as it is printed there: Hangul names
in 가나다 order first, then the Latin ones by family name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from exchange_planner.domain.enums import SeatingRule, Side, TableShape
from exchange_planner.domain.names import capitals_help, has_hangul, own_script_name
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import composed_para, content_para, plain_text
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import PersonInfo
from exchange_planner.reports.fonts import FontSet, font_set
from exchange_planner.reports.i18n import DocumentOptions, Language
from exchange_planner.reports.letterhead import Letterhead, letterhead_flowables
from exchange_planner.reports.precedence_list import (
    PROTOCOL_STYLES,
    ProtocolVisit,
    VisitCities,
    heading_flowables,
    name_lines,
)
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width, frame_height
from exchange_planner.reports.text import clean, draw_text, para

NO_TRANSLATIONS = Translations()

#: Marks of the host and the guest of honour, before their names.
HOST_MARK = "◆"
GUEST_MARK = "★"
#: Seat colours: the delegation dark, the home city light (both print in greyscale).
DELEGATION_FILL = st.ACCENT
HOST_FILL = colors.white
EMPTY_STROKE = st.RULE
TABLE_FILL = st.HEADER_FILL


@dataclass(frozen=True)
class SeatSpotData:
    """Where a seat is drawn (``domain.seating.SeatSpot``): table units, y downwards,
    ``facing`` in degrees (the direction the seated person looks, towards the table)."""

    seat: int
    x: float
    y: float
    facing: float


@dataclass(frozen=True)
class SeatedPerson:
    person: PersonInfo
    side: str  # Side
    seat: int
    #: On a chair behind the seat (an interpreter).
    behind: bool = False


@dataclass(frozen=True)
class SeatingTableData:
    label: str
    shape: str  # TableShape
    seats: int
    #: The table's size in the units of ``spots`` (``seat_layout``'s second value).
    width: float
    height: float
    spots: tuple[SeatSpotData, ...]
    people: tuple[SeatedPerson, ...] = ()
    #: The table top as rectangles (x, y, width, height; ``domain.seating.table_outline``):
    #: a U's base and arms; empty: one rectangle of ``width`` × ``height``.
    outline: tuple[tuple[float, float, float, float], ...] = ()

    def person_at(self, seat: int, *, behind: bool = False) -> SeatedPerson | None:
        for entry in self.people:
            if entry.seat == seat and entry.behind == behind:
                return entry
        return None


@dataclass(frozen=True)
class ItemInfo:
    """The programme item the plan is for (a meal or reception)."""

    title: str
    starts_at: datetime | None = None
    timezone: str = "Europe/Berlin"
    venue: str = ""
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class SeatingPlanData(VisitCities):
    visit: ProtocolVisit
    item: ItemInfo
    tables: tuple[SeatingTableData, ...]
    as_of: date
    rule: str = SeatingRule.INTERNATIONAL.value
    host_id: int | None = None
    guest_of_honour_id: int | None = None
    #: Attending without a seat.
    unseated: tuple[PersonInfo, ...] = ()
    letterhead: Letterhead | None = None


SeatingPlanOptions = DocumentOptions


def document_title(data: SeatingPlanData, lang: Language) -> str:
    item = plain_text(data.item, "title", lang) or data.item.title
    return f"{lang.label('seating_plan')}: {item}"


def build_seating_plan(
    data: SeatingPlanData,
    target: str | Path | BinaryIO,
    options: SeatingPlanOptions | None = None,
) -> int:
    """Write the seating plan; returns the page count."""
    options = options or SeatingPlanOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts, PROTOCOL_STYLES)
    title = document_title(data, lang)
    return build_pdf(
        target,
        seating_flowables(data, styles, lang),
        fonts=fonts,
        lang=lang,
        title=title,
        subject=lang.label("seating_plan"),
        about=data,
        frame=PageFrame(
            header_left=title,
            header_right=data.visit.home_line(lang),
            header_shorten=plain_text(data.item, "title", lang) or data.item.title,
            footer_left=f"{lang.label('as_of')}: {lang.date(data.as_of)}",
        ),
    )


def seating_flowables(data: SeatingPlanData, s: Styles, lang: Language) -> list[Flowable]:
    lines: list[str] = []
    item = data.item
    if item.starts_at is not None:
        lines.append(lang.datetime(to_local(item.starts_at, item.timezone)))
    if item.venue:
        lines.append(item.venue)
    story = letterhead_flowables(data.letterhead, lang, s)
    story += heading_flowables(data.visit, "seating_plan", s, lang)[:2]
    story.append(content_para(item, "title", lang, s.cover_subtitle))
    story += [para(line, s.cover_line) for line in lines]
    story.append(para(lang.label(f"rule_{data.rule}"), s.cover_meta))
    story.append(Spacer(1, 3 * mm))
    story.append(_legend(s, lang))
    if data.unseated:
        names = ", ".join(lang.name_line(person) for person in data.unseated)
        story.append(para(f"{lang.label('unseated')} ({len(data.unseated)}): {names}", s.cell_note))
    story.append(Spacer(1, 3 * mm))
    width = content_width()
    for index, table in enumerate(data.tables):
        heading = para(
            f"{table_name(table.label, lang)} · {lang.label('seats_count', count=table.seats)}",
            s.h2,
        )
        drawing = TableDrawing(
            table,
            s.fonts,
            lang,
            width=width,
            max_height=frame_height(),
            host_id=data.host_id,
            guest_id=data.guest_of_honour_id,
            heading=heading,
        )
        if drawing.names_fit:
            story.append(drawing)
        else:  # the names are listed under the drawing
            story += [drawing, _seat_list(table, data, s, lang)]
        if index + 1 < len(data.tables):
            story.append(Spacer(1, 4 * mm))
    story.append(PageBreak())
    story += _who_sits_where(data, s, lang)
    return story


def table_name(label: str, lang: Language) -> str:
    """ "Tisch 3" for a numbered table; a named one by its name ("Ehrentisch")."""
    value = clean(label).strip()
    if value and not value.isdigit():
        return value
    # "Tisch 3 / 테이블 3": the number with each language's word.
    return " / ".join(dict.fromkeys(f"{lang.label_in('table', p)} {value}" for p in lang.parts))


def _legend(s: Styles, lang: Language) -> Flowable:
    text = (
        f"{lang.label('seating_legend_sides')}\n"
        f"{HOST_MARK} {lang.label('host_mark')} · {GUEST_MARK} {lang.label('guest_of_honour')}"
        f" · {lang.label('seating_order_note')}"
    )
    return para(text, s.cover_meta)


def _marked_lines(
    person: PersonInfo, lang: Language, host_id: int | None, guest_id: int | None
) -> list[str]:
    lines = name_lines(person, lang)
    mark = HOST_MARK if person.id == host_id else GUEST_MARK if person.id == guest_id else ""
    if mark:
        lines[0] = f"{mark} {lines[0]}"
    return lines


# --- the drawing -----------------------------------------------------------------------------
#: The longest name label beside a seat, and the room between seat and label.
LABEL_LENGTH = 36 * mm
LABEL_GAP = 1.2 * mm
#: A seat's circle, in points (shrunk where seats are close).
SEAT_RADIUS = 3.6 * mm
MIN_SEAT_RADIUS = 1.8 * mm
#: Names are set at most this large; below ``MIN_NAME_SIZE`` they do not fit and the seats
#: are listed under the drawing.
NAME_SIZE = 8.0
MIN_NAME_SIZE = 5.2
#: Room between a table's heading and its drawing.
HEADING_GAP = 2 * mm
#: A drawing is made smaller, down to this share of its full scale, to fit the rest of a page.
SHRINK = 0.7
#: A small table is drawn at least this wide (its name must fit).
MIN_TABLE = 34 * mm
#: Seats are not drawn further apart than this (a small table stays small).
MAX_SPACING = 17 * mm


@dataclass(frozen=True)
class _Spot:
    seat: int
    x: float
    y: float
    #: Unit vector away from the table (the opposite of where the person looks).
    ox: float
    oy: float


def outward(facing: float) -> tuple[float, float]:
    """The unit vector pointing away from the table for a seat facing ``facing`` degrees
    (y downwards)."""
    angle = math.radians(facing)
    return -math.cos(angle), -math.sin(angle)


def _spots(table: SeatingTableData, rotate: bool) -> list[_Spot]:
    spots = []
    for spot in table.spots:
        x, y = spot.x, spot.y
        ox, oy = outward(spot.facing)
        if rotate:  # a quarter turn clockwise (on the page): the seats keep their clockwise order
            x, y, ox, oy = -y, x, -oy, ox
        spots.append(_Spot(spot.seat, x, y, ox, oy))
    return spots


class TableDrawing(Flowable):
    """One table drawn to fit ``width`` × ``max_height`` points."""

    def __init__(
        self,
        table: SeatingTableData,
        fonts: FontSet,
        lang: Language,
        *,
        width: float,
        max_height: float,
        host_id: int | None = None,
        guest_id: int | None = None,
        heading: Flowable | None = None,
    ) -> None:
        super().__init__()
        #: Drawn above the table, part of this flowable: a heading kept with a drawing by
        #: KeepTogether would be measured with unlimited height, so the drawing could not
        #: shrink into the rest of a page.
        self.heading = heading
        self.heading_height = (
            heading.wrap(width, frame_height())[1] + HEADING_GAP if heading else 0.0
        )
        max_height -= self.heading_height
        self.table = table
        self.fonts = fonts
        self.lang = lang
        self.host_id = host_id
        self.guest_id = guest_id
        self.width = width
        # A table longer than wide lies along the page's height: its long sides' names then
        # run across the page, with the room of half its width each.
        self.rotated = table.shape == TableShape.LONG.value and table.width > table.height
        self.spots = _spots(table, self.rotated)
        self.table_size = (
            (table.height, table.width) if self.rotated else (table.width, table.height)
        )
        self.lines = {spot.seat: self._label_lines(spot.seat) for spot in self.spots}
        self._fit(max_height)
        #: Fits at other heights (the room left on a page), by height.
        self._fits: dict[int, tuple[object, ...]] = {int(max_height): self._state()}
        self.full_scale = self.scale

    # --- layout --------------------------------------------------------------------------
    def _label_lines(self, seat: int) -> list[str]:
        lines: list[str] = []
        front = self.table.person_at(seat)
        if front is not None:
            lines += _marked_lines(front.person, self.lang, self.host_id, self.guest_id)
        behind = self.table.person_at(seat, behind=True)
        if behind is not None:
            lines += [f"▸ {line}" for line in name_lines(behind.person, self.lang)]
        return lines

    def _across(self, scale: float) -> set[int]:
        """Seats whose names are set across the page, centred above or below them (the head
        seats of a long table, the top and bottom of a round one) rather than along the ray:
        those facing up or down with no other seat beside their label at ``scale``."""
        across: set[int] = set()
        half = LABEL_LENGTH / 2
        for spot in self.spots:
            if abs(spot.oy) < 0.92 or not self.lines[spot.seat]:
                continue
            x, y = spot.x * scale, spot.y * scale
            free = True
            for other in self.spots:
                if other is spot or abs(other.x * scale - x) >= half + self.radius:
                    continue
                # Another seat as far out as this one, or further: the label would cover it.
                beyond = (other.y * scale - y) * (1 if spot.oy > 0 else -1)
                if beyond > -self.radius * 2:
                    free = False
                    break
            if free:
                across.add(spot.seat)
        return across

    def _reach(self) -> float:
        """How far a label reaches beyond its seat's centre (a chair behind it first)."""
        return self.radius * (3.6 if self._has_behind() else 1) + LABEL_GAP

    def _extent(self, scale: float, labels: bool) -> tuple[float, float, float, float]:
        """The box (x0, y0, x1, y1) of table, seats and labels at ``scale``."""
        half_w, half_h = self.table_size[0] * scale / 2, self.table_size[1] * scale / 2
        xs, ys = [-half_w, half_w], [-half_h, half_h]
        across = self._across(scale) if labels else set()
        for spot in self.spots:
            x, y = spot.x * scale, spot.y * scale
            r = self.radius * (3.2 if self._has_behind() else 1.5)
            xs += [x - r, x + r]
            ys += [y - r, y + r]
            lines = self.lines[spot.seat]
            if not labels or not lines:
                continue
            if spot.seat in across:
                height = self._reach() + len(lines) * NAME_SIZE * 1.18
                ys.append(y + (height if spot.oy > 0 else -height))
                xs += [x - LABEL_LENGTH / 2, x + LABEL_LENGTH / 2]
            else:
                extra = self._reach() + LABEL_LENGTH
                xs.append(x + spot.ox * extra)
                ys.append(y + spot.oy * extra)
        return min(xs), min(ys), max(xs), max(ys)

    def _largest_scale(self, unit: float, max_height: float, labels: bool) -> float:
        # Seats at most MAX_SPACING apart, but a small table at least MIN_TABLE across.
        high = max(MAX_SPACING / unit, MIN_TABLE / max(self.table_size))
        low = 0.0
        for _ in range(32):
            middle = (low + high) / 2
            x0, y0, x1, y1 = self._extent(middle, labels)
            if x1 - x0 <= self.width and y1 - y0 <= max_height:
                low = middle
            else:
                high = middle
        return low

    def _fit(self, max_height: float) -> None:
        """Choose the scale: the largest at which table, seats and labels fit the width and the
        height, with seats at most ``MAX_SPACING`` apart; then the seats' size and the names'.
        Where the names would be too small to read, the seats alone are drawn, larger, and the
        names are listed under the drawing."""
        unit = _min_distance(self.spots) or 1.0
        most = max((len(lines) for lines in self.lines.values()), default=1) or 1
        self.radius = SEAT_RADIUS
        for _ in range(2):  # the seats' size follows the spacing, which follows the size
            self.scale = self._largest_scale(unit, max_height, labels=True)
            self.radius = max(MIN_SEAT_RADIUS, min(SEAT_RADIUS, unit * self.scale * 0.36))
        # The labels of neighbouring seats must not overlap: a line's height per line.
        size = unit * self.scale * 0.9 / (most * 1.18)
        self.names_fit = size >= MIN_NAME_SIZE
        self.name_size = min(NAME_SIZE, size)
        if not self.names_fit:
            self.scale = self._largest_scale(unit, max_height, labels=False)
            self.radius = max(MIN_SEAT_RADIUS, min(SEAT_RADIUS, unit * self.scale * 0.36))
        self.across = self._across(self.scale) if self.names_fit else set()
        x0, y0, x1, y1 = self._extent(self.scale, self.names_fit)
        self.box = (x0, y0, x1, y1)
        self.height = y1 - y0

    def _has_behind(self) -> bool:
        return any(entry.behind for entry in self.table.people)

    def _state(self) -> tuple[object, ...]:
        return (
            self.scale,
            self.radius,
            self.names_fit,
            self.name_size,
            self.across,
            self.box,
            self.height,
        )

    def _restore(self, state: tuple[object, ...]) -> None:
        (
            self.scale,
            self.radius,
            self.names_fit,
            self.name_size,
            self.across,
            self.box,
            self.height,
        ) = state  # type: ignore[assignment]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._wrap_drawing(available_height - self.heading_height)
        return width, height + self.heading_height

    def _wrap_drawing(self, available_height: float) -> tuple[float, float]:
        """The drawing's size; where less room is left on the page than it takes, it is drawn
        smaller to fit there if its names stay as readable (at least ``SHRINK`` of its full
        scale), else at its full size (on the next page)."""
        full = self._fits[max(self._fits)]
        if available_height >= full[-1]:  # type: ignore[operator]
            self._restore(full)
            return self.width, self.height
        key = int(available_height)
        if key not in self._fits:
            self._fit(available_height)
            self._fits[key] = self._state()
        state = self._fits[key]
        names_fit, scale = state[2], state[0]
        if names_fit == full[2] and scale >= SHRINK * self.full_scale:  # type: ignore[operator]
            self._restore(state)
        else:
            self._restore(full)
        return self.width, self.height

    # --- drawing -------------------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        x0, y0, x1, _y1 = self.box
        # Table units to the canvas: centred across the width, y upwards.
        centre_x = self.width / 2 - (x0 + x1) / 2
        top = self.height + y0  # canvas y of table y = 0

        def at(x: float, y: float) -> tuple[float, float]:
            return centre_x + x, top - y

        if self.heading is not None:
            self.heading.drawOn(canvas, 0, self.height + HEADING_GAP)
        canvas.saveState()
        self._draw_table(canvas, at)
        for spot in self.spots:
            self._draw_seat(canvas, spot, at)
        canvas.restoreState()

    def _draw_table(self, canvas: object, at: object) -> None:
        c = canvas
        w, h = self.table_size[0] * self.scale, self.table_size[1] * self.scale
        cx, cy = at(0, 0)  # type: ignore[operator]
        c.setFillColor(TABLE_FILL)  # type: ignore[attr-defined]
        c.setStrokeColor(st.RULE)  # type: ignore[attr-defined]
        c.setLineWidth(0.8)  # type: ignore[attr-defined]
        shape = self.table.shape
        if shape == TableShape.ROUND.value:
            c.ellipse(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, stroke=1, fill=1)  # type: ignore[attr-defined]
        elif shape == TableShape.U_SHAPE.value and len(self.table.outline) == 3:
            path = c.beginPath()  # type: ignore[attr-defined]
            for index, (px, py) in enumerate(self._u_outline()):
                point = at(px * self.scale, py * self.scale)  # type: ignore[operator]
                if index:
                    path.lineTo(*point)
                else:
                    path.moveTo(*point)
            path.close()
            c.drawPath(path, stroke=1, fill=1)  # type: ignore[attr-defined]
        else:
            c.rect(cx - w / 2, cy - h / 2, w, h, stroke=1, fill=1)  # type: ignore[attr-defined]
        label = table_name(self.table.label, self.lang)
        size = max(6.0, min(11.0, min(w, h) / 4))
        # In a U the name stands in its base; else in the middle.
        if shape == TableShape.U_SHAPE.value and len(self.table.outline) == 3:
            bx, by, bw, bh = self.table.outline[0]
            cx, cy = at((bx + bw / 2) * self.scale, (by + bh / 2) * self.scale)  # type: ignore[operator]
            size = max(6.0, min(11.0, bh * self.scale / 2.2))
        room = (w if shape != TableShape.U_SHAPE.value else w - 2 * self.scale) * 0.9
        # A long name is set smaller to fit the table, down to 5.5 points, then shortened.
        natural = self.fonts.string_width(label, size, bold=True)
        if natural > room > 0:
            size = max(5.5, size * room / natural)
        c.setFillColor(st.ACCENT)  # type: ignore[attr-defined]
        draw_text(
            c,  # type: ignore[arg-type]
            cx,
            cy - size / 3,
            label,
            self.fonts,
            size,
            bold=True,
            align="center",
            max_width=max(room, w * 0.9),
        )

    def _u_outline(self) -> list[tuple[float, float]]:
        """The U's corners, clockwise from the base's top left (table units, y downwards),
        from its base and arms (``domain.seating.table_outline``)."""
        (bx, by, bw, _bh), (lx, ly, lw, lh), (rx, ry, rw, rh) = self.table.outline
        return [
            (bx, by),
            (bx + bw, by),
            (rx + rw, ry + rh),
            (rx, ry + rh),
            (rx, ry),
            (lx + lw, ly),
            (lx + lw, ly + lh),
            (lx, ly + lh),
        ]

    def _draw_seat(self, canvas: object, spot: _Spot, at: object) -> None:
        c = canvas
        r = self.radius
        sx, sy = spot.x * self.scale, spot.y * self.scale
        px, py = at(sx, sy)  # type: ignore[operator]
        front = self.table.person_at(spot.seat)
        behind = self.table.person_at(spot.seat, behind=True)
        reach = self._reach()
        if behind is not None:
            bx, by = at(sx + spot.ox * r * 2.4, sy + spot.oy * r * 2.4)  # type: ignore[operator]
            self._circle(c, bx, by, r * 0.7, behind.side, "")
        special = front is not None and front.person.id in (self.host_id, self.guest_id)
        self._circle(c, px, py, r, front.side if front else None, str(spot.seat), special)
        lines = self.lines[spot.seat]
        if lines and self.names_fit:
            if spot.seat in self.across:
                self._label_across(c, spot, sx, sy + (reach if spot.oy > 0 else -reach), lines, at)
            else:
                self._label(c, spot, sx + spot.ox * reach, sy + spot.oy * reach, lines, at)

    def _circle(
        self,
        c: object,
        x: float,
        y: float,
        r: float,
        side: str | None,
        number: str,
        special: bool = False,
    ) -> None:
        canvas = c
        if side is None:
            canvas.setFillColor(colors.white)  # type: ignore[attr-defined]
            canvas.setStrokeColor(EMPTY_STROKE)  # type: ignore[attr-defined]
            canvas.setDash(1.5, 1.5)  # type: ignore[attr-defined]
        else:
            canvas.setFillColor(DELEGATION_FILL if side == Side.DELEGATION.value else HOST_FILL)  # type: ignore[attr-defined]
            canvas.setStrokeColor(st.ACCENT)  # type: ignore[attr-defined]
        canvas.setLineWidth(1.6 if special else 0.7)  # type: ignore[attr-defined]
        canvas.circle(x, y, r, stroke=1, fill=1)  # type: ignore[attr-defined]
        canvas.setDash()  # type: ignore[attr-defined]
        if special:
            canvas.circle(x, y, r + 1.4, stroke=1, fill=0)  # type: ignore[attr-defined]
        if number:
            size = min(7.5, r * 0.95)
            dark = side == Side.DELEGATION.value
            canvas.setFillColor(colors.white if dark else st.INK)  # type: ignore[attr-defined]
            draw_text(canvas, x, y - size / 3, number, self.fonts, size, align="center", bold=dark)  # type: ignore[arg-type]

    def _label(
        self, c: object, spot: _Spot, x: float, y: float, lines: list[str], at: object
    ) -> None:
        """The name lines along the ray away from the table, reading left to right (turned
        half round on the left half), centred on the ray."""
        canvas = c
        px, py = at(x, y)  # type: ignore[operator]
        angle = math.degrees(math.atan2(-spot.oy, spot.ox))  # canvas angle, y upwards
        align = "left"
        if spot.ox < -1e-6 or (abs(spot.ox) <= 1e-6 and spot.oy > 0):
            angle += 180
            align = "right"
        size = self.name_size
        leading = size * 1.18
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.translate(px, py)  # type: ignore[attr-defined]
        canvas.rotate(angle)  # type: ignore[attr-defined]
        first = (len(lines) - 1) * leading / 2
        for index, line in enumerate(lines):
            muted = index > 0 and not line.startswith("▸")
            canvas.setFillColor(st.MUTED if muted else st.INK)  # type: ignore[attr-defined]
            bold = index == 0
            draw_text(
                canvas,  # type: ignore[arg-type]
                0,
                first - index * leading - size * 0.35,
                line,
                self.fonts,
                size,
                bold=bold,
                align=align,
                max_width=LABEL_LENGTH,
            )
        canvas.restoreState()  # type: ignore[attr-defined]

    def _label_across(
        self, c: object, spot: _Spot, x: float, y: float, lines: list[str], at: object
    ) -> None:
        """The name lines centred above (or below) the seat."""
        size = self.name_size
        leading = size * 1.18
        px, py = at(x, y)  # type: ignore[operator]
        # Above: the last line nearest the seat; below: the first line nearest.
        top = py + len(lines) * leading if spot.oy < 0 else py
        for index, line in enumerate(lines):
            c.setFillColor(st.MUTED if index and not line.startswith("▸") else st.INK)  # type: ignore[attr-defined]
            draw_text(
                c,  # type: ignore[arg-type]
                px,
                top - (index + 1) * leading + (leading - size) / 2 + size * 0.15,
                line,
                self.fonts,
                size,
                bold=index == 0,
                align="center",
                max_width=LABEL_LENGTH,
            )


def _min_distance(spots: list[_Spot]) -> float:
    best = 0.0
    for index, a in enumerate(spots):
        for b in spots[index + 1 :]:
            d = math.hypot(a.x - b.x, a.y - b.y)
            if d > 0 and (best == 0.0 or d < best):
                best = d
    return best


# --- lists -----------------------------------------------------------------------------------
def _seat_list(
    table: SeatingTableData, data: SeatingPlanData, s: Styles, lang: Language
) -> Flowable:
    """The seats of a table too crowded for names in its drawing, in seat order."""
    rows: list[list[object]] = [
        [para(lang.label("seat"), s.cell_head_right), para(lang.label("name"), s.cell_head)]
    ]
    for entry in sorted(table.people, key=lambda e: (e.seat, e.behind)):
        seat = str(entry.seat) if not entry.behind else lang.label("behind_seat", seat=entry.seat)
        lines = _marked_lines(entry.person, lang, data.host_id, data.guest_of_honour_id)
        rows.append([para(seat, s.cell_right), para(" · ".join(lines), s.cell)])
    list_table = ContinuedTable(rows, colWidths=[28 * mm, content_width() - 28 * mm], repeatRows=1)
    list_table.setStyle(s.table(st.TABLE_STYLE))
    return list_table


def sort_key(person: PersonInfo, lang: Language) -> tuple[object, ...]:
    """The entrance list's order (see the module's docstring)."""
    latin = (person.family_name.casefold(), person.given_name.casefold())
    if lang.primary == "ko":
        native = own_script_name(person)
        if has_hangul(native):
            return (0, native, *latin)
        return (1, *latin)
    return (0, *latin)


def entrance_name(person: PersonInfo, lang: Language, capitals: bool) -> list[str]:
    """The name as listed at the entrance: the family name in capitals where Korean and other
    names mix ("KANG Gi-jung", "Burkhard JUNG"), the own script beside it."""
    latin = lang.latin_name(person, capitals=capitals)
    native = lang.own_script(person)
    if not native or native == latin:
        return [latin or native]
    if lang.primary == "ko" and has_hangul(native):
        return [native, latin]
    return [latin, native]


def _who_sits_where(data: SeatingPlanData, s: Styles, lang: Language) -> list[Flowable]:
    entries = [(entry, table) for table in data.tables for entry in table.people]
    capitals = capitals_help([entry.person for entry, _ in entries])
    entries.sort(key=lambda pair: (sort_key(pair[0].person, lang), pair[0].seat))
    story: list[Flowable] = [para(lang.label("who_sits_where"), s.h1)]
    if not entries:
        return [*story, para(lang.label("no_participants"), s.body)]
    rows: list[list[object]] = [
        [
            para(lang.label("name", separator="\n"), s.cell_head),
            para(lang.label("title", separator="\n"), s.cell_head),
            para(lang.label("table", separator="\n"), s.cell_head),
            para(lang.label("seat", separator="\n"), s.cell_head_right),
        ]
    ]
    for entry, table in entries:
        names = entrance_name(entry.person, lang, capitals)
        seat = str(entry.seat) if not entry.behind else lang.label("behind_seat", seat=entry.seat)
        rows.append(
            [
                composed_para([[line] for line in names], s.cell_bold),
                content_para(entry.person, "title", lang, s.cell),
                para(table.label, s.cell_bold),
                para(seat, s.cell_bold_right),
            ]
        )
    width = content_width()
    widths = [70 * mm, width - 70 * mm - 60 * mm, 36 * mm, 24 * mm]
    table = ContinuedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(s.table(st.TABLE_STYLE))
    table.continued_caption = para(
        continued_all(lambda part: lang.label_in("who_sits_where", part), lang.parts), s.h2
    )
    story.append(table)
    return story
