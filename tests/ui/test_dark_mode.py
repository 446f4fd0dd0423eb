"""Dark mode: the painted views follow the application palette; every text stays readable.

The palette is set with QApplication.setPalette (what a dark desktop theme does) and restored
after each test. The calendar's printout keeps its light colours whatever the screen shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from calendar_print import print_shown
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from exchange_planner.domain.contrast import (
    TEXT_CONTRAST,
    contrast_ratio,
    ensure_contrast,
    readable_pair,
    relative_luminance,
)
from exchange_planner.domain.enums import ResidencyStatus
from exchange_planner.ui.calendar import style
from exchange_planner.ui.calendar.tab import CalendarTab
from exchange_planner.ui.residencies.tab import ResidenciesTab
from exchange_planner.ui.residencies.timeline import status_colours

MODS = Qt.KeyboardModifier
ROLE = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark desktop theme's palette (as KDE Breeze Dark or Windows' dark mode give)."""
    palette = QPalette()
    colours = {
        ROLE.Window: "#2b2d30",
        ROLE.WindowText: "#dfe1e5",
        ROLE.Base: "#1e1f22",
        ROLE.AlternateBase: "#26282b",
        ROLE.Text: "#dfe1e5",
        ROLE.Button: "#2b2d30",
        ROLE.ButtonText: "#dfe1e5",
        ROLE.BrightText: "#ffffff",
        ROLE.Highlight: "#2f65ca",
        ROLE.HighlightedText: "#ffffff",
        ROLE.ToolTipBase: "#2b2d30",
        ROLE.ToolTipText: "#dfe1e5",
        ROLE.PlaceholderText: "#8c8f94",
        ROLE.Light: "#3c3f44",
        ROLE.Midlight: "#34373b",
        ROLE.Mid: "#4a4d52",
        ROLE.Dark: "#151618",
        ROLE.Shadow: "#000000",
        ROLE.Link: "#589df6",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    for role, value in {
        ROLE.Window: "#efefef",
        ROLE.WindowText: "#000000",
        ROLE.Base: "#ffffff",
        ROLE.AlternateBase: "#f7f7f7",
        ROLE.Text: "#000000",
        ROLE.Highlight: "#308cc6",
        ROLE.HighlightedText: "#ffffff",
        ROLE.Mid: "#b8b8b8",
        ROLE.PlaceholderText: "#7f7f7f",
    }.items():
        palette.setColor(role, QColor(value))
    return palette


@pytest.fixture
def dark(qapp) -> Iterator[QPalette]:  # type: ignore[no-untyped-def]
    old = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(old)


@pytest.fixture
def restore_palette(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    old = QPalette(qapp.palette())
    yield
    qapp.setPalette(old)


def lightness(image: QImage, point: QPointF) -> int:
    return image.pixelColor(int(point.x()), int(point.y())).lightness()


def calendar_in_july_2023(window, qtbot) -> CalendarTab:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    calendar = next(p for p in window.pages if isinstance(p, CalendarTab))
    window.tabs.setCurrentWidget(calendar)
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    calendar.view_actions["month"].trigger()
    calendar.month_view.setFocus()
    qtbot.keyClick(calendar.month_view, Qt.Key.Key_G, MODS.ControlModifier)
    qtbot.keyClicks(calendar.jump_edit, "04.07.2023")
    qtbot.keyClick(calendar.jump_edit, Qt.Key.Key_Return)
    return calendar


def empty_corner_of(view, day: date) -> QPointF:  # type: ignore[no-untyped-def]
    rect = next(b.rect for b in view.current_layout().boxes if b.role == "day" and b.day == day)
    return QPointF(rect.right() - 8, rect.bottom() - 8)


# --- contrast: a pure computation over every colour -----------------------------------------
def test_wcag_figures() -> None:
    assert round(contrast_ratio("#000000", "#ffffff"), 2) == 21.0
    assert contrast_ratio("#777777", "#777777") == 1.0
    assert relative_luminance("#ffffff") == 1.0
    # The light theme's old muted grey was below 4.5:1 on white; adjusted it is not.
    assert contrast_ratio("#7a7f87", "#ffffff") < TEXT_CONTRAST
    assert contrast_ratio(ensure_contrast("#7a7f87", "#ffffff"), "#ffffff") >= TEXT_CONTRAST
    for fill in ("#a67c00", "#8a8a8a", "#ffc400", "#1e88e5", "#43a047", "#777777"):
        fill_, text = readable_pair(fill)
        assert contrast_ratio(fill_, text) >= TEXT_CONTRAST, fill


@pytest.mark.parametrize("make_palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_entry_colour_reads_at_4_5_to_1(qapp, restore_palette, make_palette) -> None:  # type: ignore[no-untyped-def]
    qapp.setPalette(make_palette())
    palette = qapp.palette()
    scheme = style.scheme_for(palette)
    assert scheme.dark == (make_palette is dark_palette)
    assert set(scheme.fills) == set(style.COLOURS)
    failures = []

    def check(text: str, ground: str, what: str) -> None:
        ratio = contrast_ratio(text, ground)
        if ratio < TEXT_CONTRAST:
            failures.append(f"{what}: {text} on {ground} is {ratio:.2f}:1")

    for key in style.COLOURS:
        check(scheme.on_fills[key], scheme.fills[key], f"label on a {key} bar")
        check(scheme.text, scheme.tints[key], f"title in a {key} item of the week")
        check(scheme.accents[key], scheme.tints[key], f"time in a {key} item of the week")
    for ground in scheme.backgrounds():
        check(scheme.text, ground, "text")
        check(scheme.muted, ground, "muted text")
        check(scheme.conflict_text, ground, "conflict text")
        check(scheme.second_zone, ground, "second zone's times")
    check(scheme.today_text, scheme.today, "today's date in its marker")
    check(scheme.today_heading, scheme.today_tint, "today's heading in the agenda")
    for status, (fill, text) in status_colours(palette).items():
        check(text.name(), fill.name(), f"label on a {status.value} residency bar")
    assert failures == []


# --- the calendar in dark mode --------------------------------------------------------------
def test_the_calendar_follows_a_dark_palette(main_window, qtbot, dark) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_in_july_2023(main_window, qtbot)
    scheme = style.scheme_for(dark)
    view = calendar.month_view
    assert view.input.scheme == scheme
    image = view.grab().toImage()
    weekday, weekend = date(2023, 7, 4), date(2023, 7, 8)
    assert lightness(image, empty_corner_of(view, weekday)) < 60
    assert lightness(image, empty_corner_of(view, weekend)) < 60
    assert image.pixelColor(empty_corner_of(view, weekday).toPoint()).name() == scheme.cell
    # An entry bar is drawn in its dark-mode colour, its label light on it.
    (bar,) = [
        b for b in view.current_layout().entry_boxes() if b.bar and b.day == date(2023, 7, 25)
    ]
    assert bar.entry is not None
    inside = QPointF(bar.rect.right() - 4, bar.rect.center().y())
    assert image.pixelColor(inside.toPoint()).name() == scheme.hex_fill(bar.entry)

    calendar.view_actions["week"].trigger()
    week = calendar.week_view.grab().toImage()
    layout = calendar.week_view.current_layout()
    assert lightness(week, QPointF(layout.grid.left() + 5, layout.viewport.bottom() - 5)) < 60

    calendar.view_actions["agenda"].trigger()
    agenda = calendar.agenda_view.canvas
    picture = agenda.grab().toImage()
    assert lightness(picture, QPointF(agenda.width() - 5, agenda.height() - 3)) < 60


def test_switching_to_dark_while_shown_repaints_the_calendar(  # type: ignore[no-untyped-def]
    main_window, qtbot, restore_palette
) -> None:
    calendar = calendar_in_july_2023(main_window, qtbot)
    view = calendar.month_view
    corner = empty_corner_of(view, date(2023, 7, 4))
    assert lightness(view.grab().toImage(), corner) > 200
    QApplication.setPalette(dark_palette())
    qtbot.waitUntil(lambda: view.input.scheme.dark)
    assert lightness(view.grab().toImage(), corner) < 60


def test_the_printout_stays_light_in_dark_mode(main_window, qtbot, dark) -> None:  # type: ignore[no-untyped-def]
    calendar = calendar_in_july_2023(main_window, qtbot)
    run = print_shown(qtbot, calendar, "de")
    document = QPdfDocument()
    assert document.load(str(run.result)) == QPdfDocument.Error.None_
    points = document.pagePointSize(0)
    page = document.render(0, QSize(round(points.width()), round(points.height())))
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))  # the sheet the page is printed on
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    # Paper: the page is white where nothing is drawn, e.g. right of the grid's middle.
    samples = [
        lightness(paper, QPointF(paper.width() * x / 10, paper.height() * y / 10))
        for x in range(1, 10)
        for y in range(1, 10)
    ]
    assert sorted(samples)[len(samples) // 2] > 240
    run.preview.close()


def test_the_legend_above_the_calendar_stays_readable_in_dark_mode(  # type: ignore[no-untyped-def]
    main_window, qtbot, restore_palette
) -> None:
    """The coloured kinds, the conflict key and the count reach 4.5:1 on the window, in the
    light palette and after switching to the dark one."""
    calendar = calendar_in_july_2023(main_window, qtbot)
    labels = [*calendar.kind_checks.values(), calendar.conflict_text, calendar.count_label]

    def ratios() -> list[float]:
        window = calendar.palette().color(ROLE.Window).name()
        found = []
        for label in labels:
            colour = label.styleSheet().split("color:")[1].split(";")[0].strip()
            found.append(contrast_ratio(colour, window))
        return found

    QApplication.setPalette(light_palette())
    qtbot.waitUntil(lambda: min(ratios()) >= TEXT_CONTRAST)
    QApplication.setPalette(dark_palette())
    qtbot.waitUntil(lambda: calendar.palette().color(ROLE.Window).name() == "#2b2d30")
    assert min(ratios()) >= TEXT_CONTRAST, ratios()


# --- the residencies' timeline and chart ----------------------------------------------------
def residencies_of(window, qtbot) -> ResidenciesTab:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    page = next(p for p in window.pages if isinstance(p, ResidenciesTab))
    window.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page)
    return page


def test_timeline_and_chart_are_dark_with_readable_bars(main_window, qtbot, dark) -> None:  # type: ignore[no-untyped-def]
    page = residencies_of(main_window, qtbot)
    page.pages.setCurrentWidget(page.timeline_page)
    timeline: QWidget = page.timeline
    qtbot.waitExposed(timeline)
    image = timeline.grab().toImage()
    assert lightness(image, QPointF(timeline.width() - 12, timeline.height() - 4)) < 60
    colours = status_colours(dark)
    for bar in timeline.bars:
        fill, text = colours[ResidencyStatus(bar.record.status)]
        assert contrast_ratio(text.name(), fill.name()) >= TEXT_CONTRAST
        rect = timeline.bar_rect(bar)
        assert image.pixelColor(int(rect.right()) - 3, int(rect.center().y())).name() in (
            fill.name(),
            # a studio booked twice is hatched red over its colour
            *([QColor("#d32f2f").name()] if bar.conflict else []),
        )

    page.pages.setCurrentWidget(page.balance)
    chart = page.balance.chart
    qtbot.waitExposed(chart)
    picture = chart.grab().toImage()
    assert lightness(picture, QPointF(chart.width() - 3, 3)) < 60
