"""The calendar as a document: a month grid, a week or an agenda, in the document language.

A function from plain data to a file, free of Qt: the service gathers
:class:`CalendarSheetData` (the calendar's entries of a period), this module words them in
the document's language(s) (month and weekday names by babel, headings by
``reports/i18n.py``'s :class:`Language`) and lays them out on landscape A4 (month, week) or
portrait A4 (agenda). The command line and the window print the same document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from exchange_planner.domain.calendar import (
    KIND_ORDER,
    CalendarEntry,
    EntryKind,
    entry_days,
    month_weeks,
    week_start,
)
from exchange_planner.domain.enums import Direction
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import styles as st
from exchange_planner.reports.data import CityNames, city_name_in
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import _LOCALES, Language
from exchange_planner.reports.letterhead import Letterhead, letterhead_flowables
from exchange_planner.reports.residency_sheet import SHEET_LABELS
from exchange_planner.reports.styles import STYLE_SPECS, Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width, frame_height
from exchange_planner.reports.text import para

#: The views a calendar document is printed in.
VIEWS: tuple[str, ...] = ("month", "week", "agenda")
#: A period longer than this is refused (a typo such as 2062 for 2026).
MAX_DAYS = 800
#: Entries a quiet day cell holds at the cell's usual height; a busier week grows (and goes
#: on over the next page when it must): every entry is printed.
QUIET_MONTH_DAY = 4
QUIET_WEEK_DAY = 18
#: Entries of one day that surely fit on a page in a row of their own.
MAX_ROW_ENTRIES = 24

#: key -> (German, English, Korean), joined per document language like ``i18n.LABELS``.
CALENDAR_LABELS: dict[str, tuple[str, str, str]] = {
    "calendar": ("Kalender", "Calendar", "일정표"),
    "view_month": ("Monatsansicht", "Month", "월간"),
    "view_week": ("Wochenansicht", "Week", "주간"),
    "view_agenda": ("Terminliste", "Agenda", "일정 목록"),
    "week": ("Woche {week}", "Week {week}", "{week}주차"),
    "all_day": ("ganztägig", "all day", "종일"),
    "no_entries": (
        "Keine Einträge in diesem Zeitraum.",
        "No entries in this period.",
        "이 기간에는 일정이 없습니다.",
    ),
    "times_in": ("Zeiten: {zone}", "Times: {zone}", "시간 기준: {zone}"),
    "printed": ("Gedruckt am {date}", "Printed on {date}", "인쇄일: {date}"),
    "kind_visit": ("Besuch", "Visit", "방문"),
    "kind_program_item": ("Programmpunkt", "Programme item", "일정"),
    "kind_residency": ("Residenz", "Residency", "레지던시"),
    "kind_exhibition": ("Ausstellung", "Exhibition", "전시"),
    "kind_deadline": ("Frist", "Deadline", "기한"),
    "due": ("{what} fällig", "{what} due", "{what} 기한"),
    "residency_of": ("Residenz: {artist}", "Residency: {artist}", "레지던시: {artist}"),
    "incoming": ("Besuch aus {city}", "Visit from {city}", "{city} 대표단 방문"),
    "outgoing": ("Reise nach {city}", "Trip to {city}", "{city} 방문"),
}

#: The kinds' colours, as in the calendar views (ui/calendar/style.py).
KIND_COLOURS: dict[EntryKind, colors.Color] = {
    EntryKind.VISIT: colors.HexColor("#1565c0"),
    EntryKind.PROGRAM_ITEM: colors.HexColor("#00897b"),
    EntryKind.RESIDENCY: colors.HexColor("#8e24aa"),
    EntryKind.EXHIBITION: colors.HexColor("#ef6c00"),
    EntryKind.DEADLINE: colors.HexColor("#c62828"),
}

_PARTS = ("de", "en", "ko")


@dataclass(frozen=True)
class CalendarSheetData:
    """What a calendar document shows: the entries touching ``first`` .. ``last``."""

    first: date
    last: date
    view: str
    zone: str
    entries: tuple[CalendarEntry, ...]
    home_city: str = ""
    home_city_names: CityNames = ()
    printed: date | None = None
    #: The home time zone: times in it are named after the home city ("Zeiten: Leipzig").
    home_zone: str = ""
    #: Kinds left out by the one who printed (the calendar's filter).
    hidden_kinds: tuple[EntryKind, ...] = field(default=())
    #: The office's letterhead (Settings), on the first page; None: none.
    letterhead: Letterhead | None = None


def check_period(first: date, last: date, view: str, *, to_field: str = "to") -> None:
    """Refuses an unknown view, a period that ends before it starts or a very long one."""
    if view not in VIEWS:
        raise ValidationError(
            "view", f"'{view}' is not a calendar view; choose one of {', '.join(VIEWS)}"
        )
    if last < first:
        raise ValidationError(
            to_field, f"the period ends ({last.isoformat()}) before it starts ({first.isoformat()})"
        )
    if (last - first).days > MAX_DAYS:
        raise ValidationError(
            to_field, f"a calendar document covers at most {MAX_DAYS} days; choose a shorter period"
        )


def grid_period(first: date, last: date, view: str) -> tuple[date, date]:
    """The days the document shows: whole months or weeks around the period (the agenda:
    the period itself)."""
    if view == "month":
        weeks = month_weeks(first.year, first.month)
        end_weeks = month_weeks(last.year, last.month)
        return weeks[0][0], end_weeks[-1][-1]
    if view == "week":
        start = week_start(first)
        return start, week_start(last) + timedelta(days=6)
    return first, last


def label(lang: Language, key: str, separator: str = " / ", **values: object) -> str:
    """A label of :data:`CALENDAR_LABELS` in each language of the document."""
    texts = [CALENDAR_LABELS[key][_PARTS.index(part)].format(**values) for part in lang.parts]
    return separator.join(dict.fromkeys(texts))


def _label_in(key: str, part: str, **values: object) -> str:
    return CALENDAR_LABELS[key][_PARTS.index(part)].format(**values)


# --- names of months and weekdays (babel) ------------------------------------------------
def month_name(lang: Language, year: int, month: int, separator: str = " / ") -> str:
    """'Dezember 2026 / 2026년 12월' in each language of the document."""
    from babel.dates import format_skeleton

    day = date(year, month, 1)
    texts = [format_skeleton("yMMMM", day, locale=_LOCALES[part]) for part in lang.parts]
    return separator.join(dict.fromkeys(texts))


def weekday_name(lang: Language, day: date, width: str = "abbreviated") -> str:
    """'Mo / 월' (abbreviated) or 'Montag / 월요일' (wide) in each language."""
    from babel.dates import get_day_names

    texts = [
        get_day_names(width, locale=_LOCALES[part])[day.weekday()]  # type: ignore[index]
        for part in lang.parts
    ]
    return " / ".join(dict.fromkeys(str(t) for t in texts))


def short_date(lang: Language, day: date) -> str:
    """'3. Dez.' / '3 Dec' / '12월 3일' in the document's first language."""
    from babel.dates import format_skeleton

    return str(format_skeleton("MMMd", day, locale=_LOCALES[lang.primary]))


def day_heading(lang: Language, day: date) -> str:
    """'Donnerstag, 3. Dezember 2026 / 2026년 12월 3일 목요일' in each language."""
    return lang.date_all(day, fmt="full")


# --- the words of an entry ---------------------------------------------------------------
def entry_title(entry: CalendarEntry, lang: Language, separator: str = " / ") -> str:
    """The entry's title in the document's languages (its own title as written)."""
    return separator.join(dict.fromkeys(_title_in(entry, part) for part in lang.parts))


def _title_in(entry: CalendarEntry, part: str) -> str:
    facts = entry.facts
    if entry.kind is EntryKind.DEADLINE and facts.checklist is not None:
        what = SHEET_LABELS[str(facts.checklist)][_PARTS.index(part)]
        return _label_in("due", part, what=what)
    if entry.kind is EntryKind.RESIDENCY and not facts.own_title:
        artist = facts.artist or SHEET_LABELS["to_be_named"][_PARTS.index(part)]
        return _label_in("residency_of", part, artist=artist)
    return facts.own_title or entry.title


def entry_detail(entry: CalendarEntry, lang: Language) -> str:
    """The second line: where a visit goes or comes from, the place, the artist."""
    facts = entry.facts
    if entry.kind is EntryKind.VISIT and facts.city:
        key = "outgoing" if facts.direction is Direction.OUTGOING else "incoming"
        return label(lang, key, city=facts.city)
    if entry.kind is EntryKind.RESIDENCY and facts.own_title:
        return facts.artist or label(lang, "kind_residency")
    if entry.kind is EntryKind.DEADLINE:
        return facts.parent_title
    return facts.place


def kind_name(kind: EntryKind, lang: Language) -> str:
    return label(lang, f"kind_{kind.value}")


def _sort_key(entry: CalendarEntry, zone: str) -> tuple[int, str, int, str]:
    if entry.all_day:
        return (0, "", KIND_ORDER[entry.kind], entry.title)
    start = to_local(entry.start, zone)  # type: ignore[arg-type]
    return (1, start.strftime("%H:%M"), KIND_ORDER[entry.kind], entry.title)


def entries_of_day(data: CalendarSheetData, day: date) -> list[CalendarEntry]:
    """Entries touching ``day`` in the document's zone: all-day ones first, then by time."""
    found = []
    for entry in data.entries:
        first, last = entry_days(entry, data.zone)
        if first <= day <= last:
            found.append(entry)
    return sorted(found, key=lambda entry: _sort_key(entry, data.zone))


def when(entry: CalendarEntry, day: date, data: CalendarSheetData, lang: Language) -> str:
    """'10:00–12:00', '→ 14:00', 'ganztägig' or '3. Dez. – 12. Dez.' for ``day``."""
    if entry.all_day:
        start, end = entry.start, entry.end
        assert isinstance(start, date) and isinstance(end, date)
        if start == end:
            return label(lang, "all_day")
        return f"{short_date(lang, start)} – {short_date(lang, end)}"
    start = to_local(entry.start, data.zone)  # type: ignore[arg-type]
    end = to_local(entry.end, data.zone)  # type: ignore[arg-type]
    begins = start.strftime("%H:%M") if start.date() == day else ""
    ends = end.strftime("%H:%M") if end.date() == day or begins else ""
    if begins and end.date() != day:
        return f"{begins} →"
    if not begins:
        return f"→ {ends}"
    return f"{begins}–{ends}" if ends != begins else begins


# --- building ----------------------------------------------------------------------------
#: Styles of the calendar: small cells for the grids.
CALENDAR_SPECS = {
    **STYLE_SPECS,
    "cal_day": {"weight": "bold", "fontSize": 8, "leading": 9.5, "textColor": st.ACCENT},
    "cal_day_out": {"weight": "bold", "fontSize": 8, "leading": 9.5, "textColor": st.RULE},
    "cal_entry": {"fontSize": 6.6, "leading": 8.0},
    "cal_week_entry": {"fontSize": 7.8, "leading": 9.4},
    "cal_week_detail": {"fontSize": 6.8, "leading": 8.2, "textColor": st.MUTED},
    "cal_head": {"weight": "bold", "fontSize": 8, "leading": 10, "textColor": st.ACCENT},
}


def build_calendar_sheet(
    data: CalendarSheetData,
    target: str | Path | BinaryIO,
    *,
    lang: str = "de",
    font_path: str | None = None,
) -> int:
    """Write the calendar of ``data.first`` .. ``data.last`` in ``data.view``; returns the
    page count."""
    check_period(data.first, data.last, data.view)
    language = Language(lang)
    fonts = font_set(font_path)
    styles = make_styles(fonts, CALENDAR_SPECS)
    title = calendar_title(data, language)
    home = " / ".join(
        dict.fromkeys(
            city_name_in(data.home_city, data.home_city_names, part) for part in language.parts
        )
    )
    footer = label(language, "times_in", zone=home if data.zone == data.home_zone else data.zone)
    if data.printed is not None:
        footer += " · " + label(language, "printed", date=language.date(data.printed))
    return build_pdf(
        target,
        calendar_flowables(data, styles, language),
        fonts=fonts,
        lang=language,
        title=title,
        subject=label(language, "calendar"),
        about=data,
        as_of=data.printed,
        wide=data.view != "agenda",
        frame=PageFrame(
            header_left=title,
            header_right=home,
            footer_left=footer,
            header_on_first_page=True,
        ),
    )


def calendar_title(data: CalendarSheetData, lang: Language) -> str:
    """'Kalender: 1. Dezember 2026 – 31. Dezember 2026' in each language."""
    return f"{label(lang, 'calendar')}: {lang.date_range_all(data.first, data.last)}"


def calendar_flowables(data: CalendarSheetData, s: Styles, lang: Language) -> list[Flowable]:
    wide = data.view != "agenda"
    letterhead = letterhead_flowables(data.letterhead, lang, s, width=content_width(wide=wide))
    if data.view == "month":
        story = _months(data, s, lang)
    elif data.view == "week":
        story = _weeks(data, s, lang)
    else:
        story = _agenda(data, s, lang)
    if data.view == "agenda":
        return [*letterhead, _legend(s, lang), Spacer(1, 2 * mm), *story]
    # The legend in the heading line of the first page.
    first_page = [*letterhead, story[0], _legend(s, lang), Spacer(1, 1.5 * mm)]
    if letterhead and not _fit_first_page(first_page, story[1]):
        # A busy first month or week: the letterhead on one line and a smaller logo.
        compact = letterhead_flowables(
            data.letterhead, lang, s, width=content_width(wide=True), compact=True
        )
        first_page[: len(letterhead)] = compact
        first_page.pop()  # the gap under the legend too
        table = story[1]
        if not _fit_first_page(first_page, table) and isinstance(table, Table):
            # Still too tall: it starts below the letterhead and goes on over the next page
            # rather than leaving the first page empty.
            table._argH = [None] * len(table._argH)
            table.splitInRow = 1
    return [*first_page, *story[1:]]


def _fit_first_page(above: list[Flowable], table: Flowable) -> bool:
    """The first month's quiet weeks (or the first week's quiet days) give up the
    letterhead's height where their entries allow, so that what fits its page without the
    letterhead fits with it; False when it still does not fit (nothing changed then)."""
    if not isinstance(table, Table):
        return True
    width = content_width(wide=True)
    available = frame_height(wide=True) - sum(
        part.wrap(width, 10_000)[1] + part.getSpaceBefore() + part.getSpaceAfter() for part in above
    )
    heights = list(table._argH)
    quiet = [row for row, height in enumerate(heights) if height is not None]
    excess = table.wrap(width, 10_000)[1] - available
    if excess <= 0:
        return True
    # What each quiet week's entries need at the least.
    natural = Table(table._cellvalues, colWidths=table._argW)
    natural._cellStyles = table._cellStyles  # the same paddings and fonts
    natural.wrap(width, 10_000)
    slack = {row: max(0.0, heights[row] - natural._rowHeights[row]) for row in quiet}
    if sum(slack.values()) < excess:
        return False
    for row in quiet:
        give = min(slack[row], excess)
        heights[row] -= give
        excess -= give
    table._argH = heights
    return True


def _months_of(first: date, last: date) -> Iterable[tuple[int, int]]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _entry_line(entry: CalendarEntry, day: date, data: CalendarSheetData, lang: Language) -> str:
    time = "" if entry.all_day else when(entry, day, data, lang) + " "
    return f"{time}{entry_title(entry, lang)}"


def _coloured(
    flowable: Flowable | list[Flowable], kind: EntryKind, width: float, s: Styles
) -> Table:
    """An entry with a bar of its kind's colour on the left."""
    table = Table([[flowable]], colWidths=[width])
    table.setStyle(
        s.table(
            [
                ("LINEBEFORE", (0, 0), (0, 0), 1.6, KIND_COLOURS[kind]),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return table


def _day_cell(
    data: CalendarSheetData,
    day: date,
    s: Styles,
    lang: Language,
    *,
    inside: bool,
    heading: str,
    width: float,
) -> list[Flowable]:
    cell: list[Flowable] = [para(heading, s.cal_day if inside else s.cal_day_out)]
    entries = entries_of_day(data, day) if inside else []
    # A long entry is shown on its first day in the week row (and on the first of the month).
    shown = [
        entry
        for entry in entries
        if not entry.all_day
        or entry_days(entry, data.zone)[0] == day
        or day.weekday() == 0
        or day.day == 1
    ]
    for entry in shown:
        if heading:
            text: Flowable | list[Flowable] = para(_entry_line(entry, day, data, lang), s.cal_entry)
        else:  # a week: larger, with the place or the direction below
            text = [para(_entry_line(entry, day, data, lang), s.cal_week_entry)]
            detail = entry_detail(entry, lang)
            if detail:
                text.append(para(detail, s.cal_week_detail))
        cell.append(_coloured(text, entry.kind, width, s))
    return cell


def _weekday_row(days: list[date], s: Styles, lang: Language) -> list[object]:
    return [para(weekday_name(lang, day), s.cal_head) for day in days]


def _grid_style(s: Styles, rows: int, outside: list[tuple[int, int]]) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, st.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for column, row in outside:
        commands.append(("BACKGROUND", (column, row), (column, row), st.ZEBRA_FILL))
    return commands


def _months(data: CalendarSheetData, s: Styles, lang: Language) -> list[Flowable]:
    story: list[Flowable] = []
    width = content_width(wide=True) / 7
    for index, (year, month) in enumerate(_months_of(data.first, data.last)):
        if index:
            story.append(PageBreak())
        story.append(para(month_name(lang, year, month), s.h2))
        weeks = month_weeks(year, month)
        rows: list[list[object]] = [_weekday_row(weeks[0], s, lang)]
        outside: list[tuple[int, int]] = []
        for row, week in enumerate(weeks, start=1):
            cells: list[object] = []
            for column, day in enumerate(week):
                inside = day.month == month and data.first <= day <= data.last
                if not inside:
                    outside.append((column, row))
                cells.append(
                    _day_cell(
                        data,
                        day,
                        s,
                        lang,
                        inside=inside,
                        heading=str(day.day),
                        width=width - 5,
                    )
                )
            rows.append(cells)
        # Week rows share the page: about a sixth of the frame each.
        table = Table(
            rows,
            colWidths=[width] * 7,
            rowHeights=[None, *_row_heights(data, weeks, month)],
            repeatRows=1,
            splitInRow=int(_too_busy_for_a_page(data, (day for week in weeks for day in week))),
        )
        table.setStyle(s.table(_grid_style(s, len(rows), outside)))
        story.append(table)
    return story


def _row_heights(
    data: CalendarSheetData, weeks: list[list[date]], month: int
) -> list[float | None]:
    """Quiet weeks share the page; a busy week takes what its entries need (``None``) and
    the quiet ones shrink so that the month still fits on one page when it can."""
    busiest = [
        max((len(entries_of_day(data, day)) for day in week if day.month == month), default=0)
        for week in weeks
    ]
    quiet = 400 / len(weeks) if all(b <= QUIET_MONTH_DAY for b in busiest) else 34
    return [quiet if b <= QUIET_MONTH_DAY else None for b in busiest]


def _too_busy_for_a_page(data: CalendarSheetData, days: Iterable[date]) -> bool:
    """A day with more entries than a page holds: its row must go on over the next page."""
    return any(len(entries_of_day(data, day)) > MAX_ROW_ENTRIES for day in days)


def _weeks(data: CalendarSheetData, s: Styles, lang: Language) -> list[Flowable]:
    story: list[Flowable] = []
    width = content_width(wide=True) / 7
    start = week_start(data.first)
    index = 0
    while start <= data.last:
        days = [start + timedelta(days=offset) for offset in range(7)]
        if index:
            story.append(PageBreak())
        number = start.isocalendar().week
        heading = (
            f"{label(lang, 'week', week=number)}: "
            f"{lang.date_range_all(days[0], days[-1], separator=' / ')}"
        )
        story.append(para(heading, s.h2))
        header = [
            para(f"{weekday_name(lang, day)} · {short_date(lang, day)}", s.cal_head) for day in days
        ]
        outside = [(col, 1) for col, day in enumerate(days) if not data.first <= day <= data.last]
        body = [
            _day_cell(
                data,
                day,
                s,
                lang,
                inside=data.first <= day <= data.last,
                heading="",
                width=width - 5,
            )[1:]
            or [para("", s.cal_entry)]
            for day in days
        ]
        busiest = max(len(entries_of_day(data, day)) for day in days)
        table = Table(
            [header, body],
            colWidths=[width] * 7,
            rowHeights=[None, 400 if busiest <= QUIET_WEEK_DAY else None],
            repeatRows=1,
            splitInRow=int(_too_busy_for_a_page(data, days)),
        )
        table.setStyle(s.table(_grid_style(s, 2, outside)))
        story.append(table)
        start += timedelta(days=7)
        index += 1
    return story


def _agenda(data: CalendarSheetData, s: Styles, lang: Language) -> list[Flowable]:
    story: list[Flowable] = []
    width = content_width()
    day = data.first
    while day <= data.last:
        entries = [
            entry
            for entry in entries_of_day(data, day)
            if max(entry_days(entry, data.zone)[0], data.first) == day
        ]
        if entries:
            rows: list[list[object]] = []
            for entry in entries:
                detail = entry_detail(entry, lang)
                text = [para(entry_title(entry, lang), s.cell_bold)]
                if detail:
                    text.append(para(detail, s.cell_small))
                rows.append(
                    [
                        para(when(entry, day, data, lang), s.cell),
                        para(kind_name(entry.kind, lang), s.cell_small),
                        text,
                    ]
                )
            table = Table(rows, colWidths=[36 * mm, 30 * mm, width - 66 * mm])
            commands: list[tuple[object, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, st.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
            for row, entry in enumerate(entries):
                commands.append(("LINEBEFORE", (0, row), (0, row), 2, KIND_COLOURS[entry.kind]))
            table.setStyle(s.table(commands))
            story.append(para(day_heading(lang, day), s.h2))
            story.append(table)
        day += timedelta(days=1)
    if not story:
        story.append(para(label(lang, "no_entries"), s.body))
    return story


def _legend(s: Styles, lang: Language) -> Table:
    """The kinds with their colours, in a line."""
    cells = [
        _coloured(para(kind_name(kind, lang), s.cell_small), kind, 38 * mm, s)
        for kind in sorted(EntryKind, key=lambda kind: KIND_ORDER[kind])
    ]
    table = Table([cells])
    table.setStyle(
        s.table([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    table.hAlign = "LEFT"
    return table


def parse_day(text: str, field_name: str) -> date:
    """A date of the command line (YYYY-MM-DD); anything else is a ``ValidationError``."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise ValidationError(
            field_name, f"'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-12-02)"
        ) from None
