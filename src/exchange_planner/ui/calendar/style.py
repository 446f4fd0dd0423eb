"""Colours, icons and names of the calendar's entry kinds (one place for the legend and views)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap

from exchange_planner.domain import contrast
from exchange_planner.domain.calendar import CalendarEntry, EntryKind
from exchange_planner.ui.icons import icon
from exchange_planner.ui.labels import enum_label

#: Fill colour per colour key; chosen to be told apart also by people with weak red/green sight
#: (blue, teal, purple, orange, amber), with red kept for conflicts and overdue deadlines.
COLOURS: dict[str, str] = {
    "visit": "#1f5fa8",
    "program_item": "#0b7a75",
    "residency": "#7b3fa0",
    "exhibition": "#c0560f",
    "deadline": "#a67c00",
    "overdue": "#c62828",
    "cancelled": "#8a8a8a",
}
CONFLICT = "#d32f2f"
HIGHLIGHT = "#ffc400"
TODAY = "#1f5fa8"
#: Background of today's cell or column (the marker itself is drawn in TODAY).
TODAY_TINT = "#e6effa"
#: Background of an ordinary day cell.
CELL = "#ffffff"
WEEKEND = "#f3f4f7"
OTHER_MONTH = "#fafafa"
GRID = "#d5d8de"
TEXT = "#1d1f23"
#: Secondary text (day names, "+N more", details): 4.5:1 on every light background above.
MUTED = "#696c74"
#: Background of an agenda day's heading.
HEADER_FILL = "#f7f8fa"
#: The dashed half-hour lines of the week grid.
HALF_GRID = "#eceef2"

ICON_NAMES: dict[EntryKind, str] = {
    EntryKind.VISIT: "delegations",
    EntryKind.PROGRAM_ITEM: "program",
    EntryKind.RESIDENCY: "residencies",
    EntryKind.EXHIBITION: "exhibitions",
    EntryKind.DEADLINE: "cal_deadline",
}


def kind_label(kind: EntryKind) -> str:
    return enum_label(kind)


def colour(entry: CalendarEntry) -> QColor:
    return QColor(COLOURS.get(entry.colour_key, COLOURS.get(entry.kind.value, "#555555")))


def colour_key(entry: CalendarEntry) -> str:
    return entry.colour_key if entry.colour_key in COLOURS else entry.kind.value


@dataclass(frozen=True)
class Scheme:
    """The colours a calendar view paints with, for one palette (light paper, or the screen's).

    Every text colour reaches 4.5:1 against the backgrounds it is drawn on: ``text`` and
    ``muted`` on the cells, ``on_fill`` on its entry colour (bars), ``text`` and ``accent`` on
    an entry's ``tint`` (the week's timed items).
    """

    dark: bool
    cell: str
    weekend: str
    other_month: str
    header_fill: str
    grid: str
    half_grid: str
    text: str
    muted: str
    today: str
    today_tint: str
    today_text: str
    #: Today's heading in the agenda (on ``today_tint``).
    today_heading: str
    conflict: str
    conflict_text: str
    highlight: str
    second_zone: str
    #: The frame around the entry in keyboard focus.
    focus: str
    fills: dict[str, str] = field(default_factory=dict)
    on_fills: dict[str, str] = field(default_factory=dict)
    tints: dict[str, str] = field(default_factory=dict)
    accents: dict[str, str] = field(default_factory=dict)

    def backgrounds(self) -> list[str]:
        """The backgrounds text is drawn on outside the entries."""
        return [
            self.cell,
            self.weekend,
            self.other_month,
            self.header_fill,
            self.today_tint,
        ]

    def fill(self, entry: CalendarEntry) -> QColor:
        return QColor(self.fills[colour_key(entry)])

    def on_fill(self, entry: CalendarEntry) -> QColor:
        return QColor(self.on_fills[colour_key(entry)])

    def tint(self, entry: CalendarEntry) -> QColor:
        return QColor(self.tints[colour_key(entry)])

    def accent(self, entry: CalendarEntry) -> QColor:
        return QColor(self.accents[colour_key(entry)])

    def hex_fill(self, entry: CalendarEntry) -> str:
        return self.fills[colour_key(entry)]


def _entry_colours(
    fills: dict[str, str], cell: str, tint_amount: float
) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    readable = {key: contrast.readable_pair(value) for key, value in fills.items()}
    fills = {key: pair[0] for key, pair in readable.items()}
    on_fills = {key: pair[1] for key, pair in readable.items()}
    tints = {key: contrast.mix(cell, value, tint_amount) for key, value in fills.items()}
    accents = {key: contrast.ensure_contrast(fills[key], tints[key]) for key in fills}
    return fills, on_fills, tints, accents


@lru_cache(maxsize=16)
def build_scheme(base: str, text: str, highlight: str, highlighted_text: str) -> Scheme:
    """The scheme for a palette's base, text and highlight colours (``#rrggbb``).

    A light palette keeps the designed light colours (what paper shows) on its own base; a
    dark one gets backgrounds mixed from its base and text, the highlight for today and the
    focus, and entry colours toned towards the base, their texts adjusted to 4.5:1.
    """
    dark = contrast.relative_luminance(base) < contrast.relative_luminance(text)
    if not dark:
        grounds = [base, WEEKEND, OTHER_MONTH, HEADER_FILL, TODAY_TINT]
        fills, on_fills, tints, accents = _entry_colours(dict(COLOURS), base, 40 / 255)
        return Scheme(
            dark=False,
            cell=base,
            weekend=WEEKEND,
            other_month=OTHER_MONTH,
            header_fill=HEADER_FILL,
            grid=GRID,
            half_grid=HALF_GRID,
            text=contrast.ensure_contrast_all(text, grounds + list(tints.values())),
            muted=contrast.ensure_contrast_all(MUTED, grounds),
            today=TODAY,
            today_tint=TODAY_TINT,
            today_text=contrast.best_text(TODAY),
            today_heading=contrast.ensure_contrast(TODAY, TODAY_TINT),
            conflict=CONFLICT,
            conflict_text=contrast.ensure_contrast_all(CONFLICT, grounds),
            highlight=HIGHLIGHT,
            second_zone=contrast.ensure_contrast_all(COLOURS["residency"], grounds),
            focus=TODAY,
            fills=fills,
            on_fills=on_fills,
            tints=tints,
            accents=accents,
        )
    weekend = contrast.mix(base, text, 0.06)
    other_month = contrast.mix(base, text, 0.03)
    header_fill = contrast.mix(base, text, 0.08)
    today, today_text = contrast.readable_pair(highlight)
    if contrast.contrast_ratio(highlighted_text, today) >= contrast.TEXT_CONTRAST:
        today_text = highlighted_text
    today_tint = contrast.mix(base, today, 0.22)
    grounds = [base, weekend, other_month, header_fill, today_tint]
    fills, on_fills, tints, accents = _entry_colours(
        {key: contrast.mix(value, base, 0.15) for key, value in COLOURS.items()}, base, 0.24
    )
    return Scheme(
        dark=True,
        cell=base,
        weekend=weekend,
        other_month=other_month,
        header_fill=header_fill,
        grid=contrast.mix(base, text, 0.25),
        half_grid=contrast.mix(base, text, 0.12),
        text=contrast.ensure_contrast_all(text, grounds + list(tints.values())),
        muted=contrast.ensure_contrast_all(contrast.mix(text, base, 0.35), grounds),
        today=today,
        today_tint=today_tint,
        today_text=today_text,
        today_heading=contrast.ensure_contrast(today, today_tint),
        conflict=contrast.ensure_contrast(CONFLICT, base, 3.0),
        conflict_text=contrast.ensure_contrast_all(CONFLICT, grounds),
        highlight=HIGHLIGHT,
        second_zone=contrast.ensure_contrast_all(COLOURS["residency"], grounds),
        focus=contrast.ensure_contrast(highlight, base, 3.0),
        fills=fills,
        on_fills=on_fills,
        tints=tints,
        accents=accents,
    )


#: The light scheme: paper, and screens with a light palette on a white base.
LIGHT = build_scheme(CELL, TEXT, TODAY, "#ffffff")


def scheme_for(palette: QPalette) -> Scheme:
    """The scheme that follows ``palette`` (its base, text and highlight colours)."""
    return build_scheme(
        palette.color(QPalette.ColorRole.Base).name(),
        palette.color(QPalette.ColorRole.Text).name(),
        palette.color(QPalette.ColorRole.Highlight).name(),
        palette.color(QPalette.ColorRole.HighlightedText).name(),
    )


def kind_colour(kind: EntryKind) -> QColor:
    return QColor(COLOURS[kind.value])


def kind_icon(kind: EntryKind, colour_name: str | None = None) -> QIcon:
    return icon(ICON_NAMES[kind], colour_name or COLOURS[kind.value])


_PIXMAPS: dict[tuple[str, str, int], QPixmap] = {}


def pixmap(name: str, colour_name: str, size: int) -> QPixmap:
    """A cached icon pixmap (painting hundreds of entries must not rebuild icons)."""
    key = (name, colour_name, size)
    if key not in _PIXMAPS:
        _PIXMAPS[key] = icon(name, colour_name).pixmap(size, size)
    return _PIXMAPS[key]


def text_on(background: QColor) -> QColor:
    """Near-black or white text, whichever has the higher contrast on ``background``."""
    return QColor(contrast.best_text(background.name()))
