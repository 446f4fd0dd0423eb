"""The rooming list for the hotel (Zimmerliste / 객실 배정표): one part per hotel, landscape.

Each part starts on a new page: the letterhead (first page), the visit, the hotel's name and
address, the "as of" time and version; a line in red for each room holding more people than
its type allows; then one row per guest, grouped by room (the room number and type on each
of the room's rows, so a page break inside a room loses nothing): the name in Latin and own
script, the title, arrival and departure in the hotel's local time, who shares the room, special
requests. Members of the hotel without a room yet follow under "No room yet". Filled by
``services.rooming``; the same data gives the workbook of ``reports.rooming_xlsx``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from exchange_planner.domain.names import capitals_help, has_hangul
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import (
    composed_para,
    content_para,
    local_texts,
    names_line,
    plain_text,
    zone_city,
)
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import city_name_in
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import DocumentOptions, Language
from exchange_planner.reports.letterhead import letterhead_flowables
from exchange_planner.reports.rooming_data import (
    Guest,
    HotelInfo,
    HotelRooming,
    Room,
    RoomingListData,
)
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import is_long, para, paragraphs

#: A warning sign before each line about an overfull room (DejaVu Sans has it).
WARNING_SIGN = "\u26a0"


RoomingListOptions = DocumentOptions


# --- texts shared with the workbook ---------------------------------------------------------
def document_title(data: RoomingListData, lang: Language) -> str:
    visit = plain_text(data.visit, "title", lang) or data.visit.title
    return f"{lang.label('rooming_list')}: {visit}"


def home_line(data: RoomingListData, lang: Language) -> str:
    return names_line(
        city_name_in(data.home_city, data.home_city_names, part) for part in lang.parts
    )


def hotel_name(hotel: HotelInfo, lang: Language) -> str:
    if hotel.venue_id is None:
        return lang.label("rooming_hotel_not_set")
    return plain_text(hotel, "name", lang) or hotel.name


def hotel_address(hotel: HotelInfo, lang: Language) -> str:
    return plain_text(hotel, "address", lang, separator="\n")


def room_type_text(room_type: str, lang: Language, separator: str = " / ") -> str:
    key = f"room_type_{room_type}"
    if not room_type:
        return ""
    try:
        return lang.label(key, separator=separator)
    except KeyError:
        return room_type


def overfull_text(hotel: HotelInfo, room: Room, lang: Language, separator: str = " / ") -> str:
    """ "Zimmer 305 (Doppelzimmer, für 2) ist mit 3 Personen belegt", each language."""
    return lang.label_each(
        "rooming_overfull",
        lambda part: {
            "room": room.number,
            "type": lang.label_in(f"room_type_{room.room_type}", part) if room.room_type else "?",
            "capacity": room.capacity,
            "count": len(room.guests),
        },
        separator=separator,
    )


def stamp_text(data: RoomingListData, lang: Language) -> str:
    if data.stamp is None:
        return ""
    return (
        f"{lang.label('as_of')}: {lang.datetime(to_local(data.stamp.as_of, data.home_timezone))}"
        f" · {lang.label('version')} {data.stamp.version}"
        + (f" · {lang.label('not_recorded')}" if data.stamp.unrecorded else "")
    )


def name_lines(guest: Guest, lang: Language, *, capitals: bool = False) -> list[str]:
    """The name in both scripts, the document's own first (as the order of precedence)."""
    latin = lang.latin_name(guest, capitals=capitals)
    native = lang.own_script(guest)
    if not native or native == latin:
        return [latin or native]
    if lang.primary == "ko" and has_hangul(native):
        return [native, latin]
    return [latin, native]


def short_name(guest: Guest, lang: Language, *, capitals: bool = False) -> str:
    """One name of a guest (the sharing column): the first of :func:`name_lines`."""
    return name_lines(guest, lang, capitals=capitals)[0]


def local_time(instant: datetime | None, zone: str) -> datetime | None:
    return to_local(instant, zone) if instant is not None else None


def when_text(instant: datetime | None, zone: str, lang: Language, separator: str = " ") -> str:
    """ "25.07.2023 17:40" in the hotel's time (the document's first language's date)."""
    local = local_time(instant, zone)
    if local is None:
        return ""
    return f"{lang.date(local.date(), fmt='medium')}{separator}{lang.time(local)}"


def uses_capitals(data: RoomingListData) -> bool:
    """Family names in capitals where Korean and other names mix (``domain.names``)."""
    guests = [g for h in data.hotels for r in h.rooms for g in r.guests]
    guests += [g for h in data.hotels for g in h.no_room]
    return capitals_help(guests)


# --- the PDF --------------------------------------------------------------------------------
def build_rooming_list(
    data: RoomingListData,
    target: str | Path | BinaryIO,
    options: RoomingListOptions | None = None,
) -> int:
    """Write the rooming list (landscape A4); returns the page count."""
    options = options or RoomingListOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts)
    title = document_title(data, lang)
    return build_pdf(
        target,
        rooming_flowables(data, styles, lang),
        fonts=fonts,
        lang=lang,
        title=title,
        subject=lang.label("rooming_list"),
        about=data,
        wide=True,
        frame=PageFrame(
            header_left=title,
            header_right=home_line(data, lang),
            header_shorten=plain_text(data.visit, "title", lang) or data.visit.title,
            footer_left=stamp_text(data, lang),
        ),
    )


def rooming_flowables(data: RoomingListData, s: Styles, lang: Language) -> list[Flowable]:
    story: list[Flowable] = letterhead_flowables(data.letterhead, lang, s)
    capitals = uses_capitals(data)
    if not data.hotels:
        story += _heading(data, None, s, lang)
        story.append(para(lang.label("rooming_no_guests"), s.body))
        return story
    for index, hotel in enumerate(data.hotels):
        if index:
            story.append(PageBreak())
        story += _heading(data, hotel, s, lang)
        story += _hotel(data, hotel, s, lang, capitals)
    return story


def _heading(
    data: RoomingListData, hotel: HotelRooming | None, s: Styles, lang: Language
) -> list[Flowable]:
    story: list[Flowable] = [
        para(home_line(data, lang), s.small),
        para(lang.label("rooming_list"), s.h1),
        content_para(data.visit, "title", lang, s.cell_bold),
    ]
    if data.visit.start_date and data.visit.end_date:
        story.append(para(lang.date_range_all(data.visit.start_date, data.visit.end_date), s.cell))
    if hotel is not None:
        info = hotel.hotel
        if info.venue_id is None:
            story.append(para(lang.label("rooming_hotel_not_set"), s.h2))
        else:
            names = [[local] for local in local_texts(info, "name", lang)]
            story.append(composed_para(names, s.h2, separator=" / "))
            if info.address:
                story.append(content_para(info, "address", lang, s.body))
        counts = " · ".join(
            (
                lang.label("rooming_guests_count", count=hotel.guest_count),
                lang.label("rooming_rooms_count", count=len(hotel.rooms)),
            )
        )
        story.append(para(counts, s.small))
        zone = info.timezone
        story.append(
            para(
                lang.label_each("rooming_times_note", lambda part: {"zone": zone_city(zone, part)}),
                s.small,
            )
        )
    stamp = stamp_text(data, lang)
    if stamp:
        story.append(para(stamp, s.small))
    story.append(Spacer(1, 4 * mm))
    return story


def _hotel(
    data: RoomingListData, hotel: HotelRooming, s: Styles, lang: Language, capitals: bool
) -> list[Flowable]:
    story: list[Flowable] = []
    for room in hotel.overfull:
        story.append(para(f"{WARNING_SIGN} {overfull_text(hotel.hotel, room, lang)}", s.cell_flag))
    if hotel.overfull:
        story.append(Spacer(1, 3 * mm))
    zone = hotel.hotel.timezone
    if hotel.rooms:
        story += _table(data, hotel.rooms, zone, s, lang, capitals)
    if hotel.no_room:
        story.append(para(lang.label("rooming_no_room"), s.h2))
        story += _table(data, (Room("", "", hotel.no_room),), zone, s, lang, capitals)
    if not hotel.rooms and not hotel.no_room:
        story.append(para(lang.label("rooming_no_guests"), s.body))
    return story


def _table(
    data: RoomingListData,
    rooms: tuple[Room, ...],
    zone: str,
    s: Styles,
    lang: Language,
    capitals: bool,
) -> list[Flowable]:
    heads = (
        "rooming_room",
        "rooming_room_type",
        "rooming_full_name",
        "title",
        "rooming_arrival",
        "rooming_departure",
        "rooming_sharing",
        "rooming_requests",
    )
    rows: list[list[object]] = [[para(lang.label(k, separator="\n"), s.cell_head) for k in heads]]
    style = list(st.TABLE_STYLE)
    below: list[tuple[Room, Guest]] = []
    for number, room in enumerate(rooms):
        first = len(rows)
        for position, guest in enumerate(room.guests):
            shares = ", ".join(
                short_name(other, lang, capitals=capitals) for other in room.sharing(guest)
            )
            # Every row names its room, so a page break inside a room loses nothing; the
            # room's first row in bold, the others plain.
            number_text = room.number + (f" {WARNING_SIGN}" if room.overfull else "")
            number_style = (
                s.cell_flag if room.overfull else s.cell_bold if position == 0 else s.cell
            )
            room_cells: list[object] = [
                para(number_text, number_style),
                para(room_type_text(room.room_type, lang, "\n"), s.cell),
            ]
            lines = name_lines(guest, lang, capitals=capitals)
            requests: object = para(guest.special_requests, s.cell)
            if is_long(guest.special_requests):
                # Long requests follow the table, line by line (pages break at no cost).
                below.append((room, guest))
                requests = para(lang.label("rooming_see_below", number=len(below)), s.cell_small)
            rows.append(
                [
                    *room_cells,
                    composed_para([[line] for line in lines], s.cell_bold),
                    content_para(guest, "title", lang, s.cell),
                    para(when_text(guest.arrival, zone, lang, "\n"), s.cell),
                    para(when_text(guest.departure, zone, lang, "\n"), s.cell),
                    para(shares, s.cell),
                    requests,
                ]
            )
        last = len(rows) - 1
        if last < first:
            continue
        # Rooms alternate in shade, a rule above each.
        if number % 2:
            style.append(("BACKGROUND", (0, first), (-1, last), st.ZEBRA_FILL))
        if first > 1:
            style.append(("LINEABOVE", (0, first), (-1, first), 0.6, st.RULE))
    width = content_width(wide=True)
    fixed = [17 * mm, 30 * mm, 44 * mm, 44 * mm, 25 * mm, 25 * mm, 34 * mm]
    widths = [*fixed, width - sum(fixed)]
    table = ContinuedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(s.table(style))
    table.continued_caption = para(
        continued_all(lambda part: lang.label_in("rooming_list", part), lang.parts), s.h2
    )
    story: list[Flowable] = [table]
    for index, (room, guest) in enumerate(below, start=1):
        where = f"{room.number}, " if room.number else ""
        heading = f"({index}) {lang.label('rooming_requests')}: {where}{short_name(guest, lang)}"
        story.append(para(heading, s.label_heading))
        story += paragraphs(guest.special_requests, s.cell)
    return story
