"""The run-of-show (Ablaufplan) of a visit: the staff's minute-by-minute plan.

Day by day, every programme item with its time, venue (for a transfer: from → to), host,
who is responsible, its printed and its internal notes, its cues in time order, and the cars
of a transfer with their drivers. The itinerary for the guests never prints internal notes,
cues or cars; this document is for the office's staff and says so at the top of every page
("INTERN / 내부용 / INTERNAL"), with the draft mark beside it while the visit is a draft or
only planned. Landscape A4, so the four columns keep their lines short.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from exchange_planner.domain.enums import ProgramKind
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import (
    composed_para,
    content_para,
    per_language,
    plain_text,
)
from exchange_planner.reports.continued import continued
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import DocumentOptions, Language
from exchange_planner.reports.itinerary import host_and_dress_code, venue_segments
from exchange_planner.reports.letterhead import letterhead_flowables
from exchange_planner.reports.run_of_show_data import CarEntry, RunItem, RunOfShowData
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import DRAFT_MARK, PageFrame, build_pdf, content_width
from exchange_planner.reports.text import is_long, para, paragraphs

#: Printed boxed at the top of every page of the run-of-show, in the three languages.
INTERNAL_MARK = "INTERN / 내부용 / INTERNAL"
#: Between the internal mark and the draft mark in the one box at the top.
MARK_SEPARATOR = "  ·  "

#: The columns: time, programme item (and where), responsible, internal notes and cars.
TIME_WIDTH = 28 * mm
RESPONSIBLE_WIDTH = 42 * mm
INTERNAL_SHARE = 0.42  # of what the time and responsible columns leave


RunOfShowOptions = DocumentOptions


def page_mark(data: RunOfShowData) -> str:
    """The box at the top of every page: the internal mark, and the draft mark for a draft."""
    return INTERNAL_MARK + (MARK_SEPARATOR + DRAFT_MARK if data.draft else "")


def build_run_of_show(
    data: RunOfShowData,
    target: str | Path | BinaryIO,
    options: RunOfShowOptions | None = None,
) -> int:
    """Write the run-of-show of ``data``; returns the page count."""
    options = options or RunOfShowOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts)
    visit_title = plain_text(data, "title", lang) or data.title
    title = f"{lang.label('run_of_show')}: {visit_title}"
    story = run_of_show_flowables(data, styles, lang)
    return build_pdf(
        target,
        story,
        fonts=fonts,
        lang=lang,
        title=title,
        subject=visit_title,
        about=data,
        wide=True,
        frame=PageFrame(
            header_left=title,
            header_right=lang.date_range(data.start_date, data.end_date),
            header_shorten=visit_title,
            header_on_first_page=True,
            footer_left=_stamp_line(data, lang),
            mark=page_mark(data),
        ),
    )


def _stamp_line(data: RunOfShowData, lang: Language) -> str:
    if data.stamp is None:
        return ""
    return (
        f"{lang.label('as_of')}: {lang.datetime(to_local(data.stamp.as_of, data.home_timezone))}"
        f" · {lang.label('version')} {data.stamp.version}"
        + (f" · {lang.label('not_recorded')}" if data.stamp.unrecorded else "")
    )


def _widths() -> list[float]:
    width = content_width(wide=True)
    rest = width - TIME_WIDTH - RESPONSIBLE_WIDTH
    internal = rest * INTERNAL_SHARE
    return [TIME_WIDTH, rest - internal, RESPONSIBLE_WIDTH, internal]


def run_of_show_flowables(data: RunOfShowData, s: Styles, lang: Language) -> list[Flowable]:
    """Heading, then the items day by day."""
    story: list[Flowable] = list(
        letterhead_flowables(data.letterhead, lang, s, width=content_width(wide=True))
    )
    story += [
        para(lang.label("run_of_show"), s.h1),
        content_para(data, "title", lang, s.body),
        para(lang.date_range_all(data.start_date, data.end_date), s.body),
        para(lang.label("run_of_show_note"), s.small),
        Spacer(1, 3 * mm),
    ]
    days = _days(data.items)
    if not days:
        return [*story, para(lang.label("no_items"), s.body)]
    widths = _widths()
    head = [
        para(lang.label(key, separator="\n"), s.cell_head)
        for key in ("time", "item", "responsible", "internal_notes_cars")
    ]
    below_style = ParagraphStyle(
        "run_below", parent=s.cell_small, leftIndent=widths[0] + 4, rightIndent=4
    )
    for number, (day, items) in enumerate(days):
        if number:
            story.append(CondPageBreak(45 * mm))
        heading = para(lang.date_all(day, fmt="full"), s.h2)
        again = para(
            " / ".join(
                dict.fromkeys(
                    continued(lang.date(day, part=part, fmt="full"), part) for part in lang.parts
                )
            ),
            s.h2,
        )
        rows: list[list[object]] = []
        kinds: list[str] = []  # "item" or "cue", for the table's lines
        first_table = True
        for item in items:
            long_texts = [text for text in (item.notes, item.internal_notes) if is_long(text)]
            rows.append(_item_row(item, s, lang, day, short=not long_texts))
            kinds.append("item")
            for cue in item.cues_in_order():
                at = to_local(cue.at, item.timezone)
                rows.append(
                    [
                        para(_clock(at, day), s.cell),
                        para(f"▸ {cue.cue}", s.cell),
                        para(cue.responsible, s.cell),
                        "",
                    ]
                )
                kinds.append("cue")
            if long_texts:
                story.append(
                    _day_table(rows, kinds, head, widths, s, heading if first_table else again)
                )
                for key, text in (("notes", item.notes), ("internal_notes", item.internal_notes)):
                    if is_long(text):
                        story.append(para(f"{lang.label(key)}:", below_style))
                        story += paragraphs(text, below_style)
                rows, kinds, first_table = [], [], False
        if rows:
            story.append(
                _day_table(rows, kinds, head, widths, s, heading if first_table else again)
            )
        story.append(Spacer(1, 4 * mm))
    return story


def _days(items: Iterable[RunItem]) -> list[tuple[date, list[RunItem]]]:
    days: dict[date, list[RunItem]] = {}
    for item in sorted(items, key=lambda i: (i.starts_at, i.id)):
        days.setdefault(to_local(item.starts_at, item.timezone).date(), []).append(item)
    return sorted(days.items())


def _clock(moment: datetime, day: date) -> str:
    """ "10:05", with "(+1)" on a later day than the heading's."""
    shift = (moment.date() - day).days
    return moment.strftime("%H:%M") + (f" ({shift:+d})" if shift else "")


def _span(item: RunItem, day: date) -> str:
    start = to_local(item.starts_at, item.timezone)
    end = to_local(item.ends_at, item.timezone)
    return f"{_clock(start, day)}–{_clock(end, day)}"


def _item_row(item: RunItem, s: Styles, lang: Language, day: date, *, short: bool) -> list[object]:
    """The item's row; ``short``: its notes fit the table (else they follow below it)."""
    cell: list[Flowable] = [content_para(item, "title", lang, s.cell_bold)]
    to, start = item.venue, item.from_venue
    if start is not None or (to is not None and item.kind == ProgramKind.TRANSFER.value):
        places = per_language(
            lang,
            lambda part: [
                *(venue_segments(start, part, lang) if start is not None else [st.EMPTY]),
                " → ",
                *(venue_segments(to, part, lang) if to is not None else [st.EMPTY]),
            ],
        )
        cell.append(
            composed_para(
                places,
                s.cell,
                prefix=f"{lang.label('route')}: ",
                separator=" / ",
                second_muted=False,
            )
        )
    elif to is not None:
        places = per_language(lang, lambda part: venue_segments(to, part, lang))
        cell.append(
            composed_para(
                places,
                s.cell,
                prefix=f"{lang.label('venue')}: ",
                separator=" / ",
                second_muted=False,
            )
        )
    if to is not None and to.address:
        cell.append(content_para(to, "address", lang, s.cell_small, second_muted=False))
    cell += host_and_dress_code(item, s, lang)
    if short and item.notes:
        cell.append(
            content_para(item, "notes", lang, s.cell_small, prefix=f"{lang.label('notes')}: ")
        )
    internal: list[Flowable] = []
    if short and item.internal_notes:
        internal.append(para(item.internal_notes, s.cell))
    internal += _cars(item, s, lang)
    return [
        para(_span(item, day), s.cell_bold),
        cell,
        para(item.responsible, s.cell),
        internal or "",
    ]


def _cars(item: RunItem, s: Styles, lang: Language) -> list[Flowable]:
    """The vehicles of a transfer, one line each; a transfer without any says so."""
    if not item.cars:
        if item.kind == ProgramKind.TRANSFER.value:
            return [para(f"{lang.label('vehicles')}: {lang.label('ros_no_vehicle')}", s.cell_flag)]
        return []
    lines = [para(f"{lang.label('vehicles')}:", s.label)]
    for car in sorted(item.cars, key=lambda c: (c.position, c.id)):
        lines.append(para(car_line(car, lang), s.cell))
    return lines


def car_line(car: CarEntry, lang: Language) -> str:
    """ "Bus 1 (B-XY 123) · Fahrer: Max Muster, +49 170 …"."""
    text = car.label
    if car.plate:
        text += f" ({car.plate})"
    if car.driver_name or car.driver_phone:
        driver = ", ".join(part for part in (car.driver_name, car.driver_phone) if part)
        text += f" · {lang.label('driver')}: {driver}"
    return text


def _day_table(
    rows: list[list[object]],
    kinds: list[str],
    head: list[object],
    widths: list[float],
    s: Styles,
    heading: Flowable,
) -> Table:
    """One day's rows under the day's heading and the column header, both repeated on every
    page the table continues on."""
    table_rows: list[list[object]] = [[heading, "", "", ""], head, *rows]
    commands: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 1), (-1, -1), 4),
        ("RIGHTPADDING", (0, 1), (-1, -1), 4),
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ("BACKGROUND", (0, 1), (-1, 1), st.HEADER_FILL),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, st.ACCENT),
    ]
    for index, kind in enumerate(kinds, start=2):
        if kind == "item":
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.4, st.RULE))
            commands.append(("TOPPADDING", (0, index), (-1, index), 4))
        else:
            commands.append(("BACKGROUND", (0, index), (-1, index), st.ZEBRA_FILL))
    table = Table(table_rows, colWidths=widths, repeatRows=2, splitInRow=1)
    table.setStyle(s.table(commands))
    return table
