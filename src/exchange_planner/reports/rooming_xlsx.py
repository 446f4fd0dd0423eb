"""The rooming list as a workbook (openpyxl): one sheet per hotel, one row per guest.

Each sheet starts with a few lines about the list (its name and the visit, the hotel with its
address, the visit's dates, "as of" and version, one warning line per overfull room), then a
header row and one row per guest: hotel, room, room type, name, own script, title, arrival,
departure (real date-times in the hotel's local time), sharing with, special requests and a
note ("overfull", "no room yet"). Members without a room follow the rooms.

Every text cell goes through ``services.csv_safe.safe_cell`` (a name such as
``=HYPERLINK(...)`` arrives as text starting with a quote, never as a formula) and is stored
as text; control characters a workbook cannot hold are dropped. The file is written to a
temporary name beside the target and renamed into place (``storage.files.atomic_write``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.rooming_data import Guest, HotelRooming, Room, RoomingListData
from exchange_planner.reports.rooming_list import (
    document_title,
    hotel_address,
    hotel_name,
    name_lines,
    overfull_text,
    room_type_text,
    short_name,
    stamp_text,
    uses_capitals,
)
from exchange_planner.services.csv_safe import safe_cell
from exchange_planner.storage.files import atomic_write

#: The columns, by label key (``reports.rooming_labels``, ``reports.i18n``), in order.
COLUMNS = (
    "hotel",
    "rooming_room",
    "rooming_room_type",
    "rooming_full_name",
    "own_script",
    "title",
    "rooming_arrival",
    "rooming_departure",
    "rooming_sharing",
    "rooming_requests",
    "rooming_note",
)
WIDTHS = (28, 9, 16, 26, 14, 34, 17, 17, 30, 36, 16)

#: Date-time cells as each language writes them.
DATETIME_FORMATS = {"de": "DD.MM.YYYY HH:MM", "en": "DD/MM/YYYY HH:MM", "ko": "YYYY-MM-DD HH:MM"}

#: Characters an XML 1.0 document cannot hold (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

#: Characters a sheet's name must not have, and its length.
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31


@dataclass(frozen=True)
class RoomingXlsxOptions:
    lang: str = "de"


def text_cell(value: object) -> object:
    """A cell's value: neutralised (``safe_cell``) and without characters XML cannot hold."""
    safe = safe_cell(value)
    return _ILLEGAL.sub("", safe) if isinstance(safe, str) else safe


def sheet_title(name: str, taken: set[str]) -> str:
    """A sheet name from a hotel's name: allowed characters, at most 31, unique."""
    base = " ".join(_SHEET_NAME_BAD.sub(" ", _ILLEGAL.sub("", name)).split()).strip("'") or "Hotel"
    base = base[:SHEET_NAME_MAX]
    title, number = base, 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title = base[: SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    taken.add(title.casefold())
    return title


def rooming_rows(data: RoomingListData, hotel: HotelRooming, lang: Language) -> list[list[object]]:
    """The data rows of one hotel: values as the workbook holds them (date-times naive, in
    the hotel's local time)."""
    capitals = uses_capitals(data)
    zone = hotel.hotel.timezone
    name = hotel_name(hotel.hotel, lang)

    def row(room: Room, guest: Guest, note: str) -> list[object]:
        lines = name_lines(guest, lang, capitals=capitals)
        latin = lang.latin_name(guest, capitals=capitals)
        own = lang.own_script(guest)
        return [
            name,
            room.number,
            room_type_text(room.room_type, lang),
            latin or (lines[0] if lines else ""),
            own if own != latin else "",
            " / ".join(dict.fromkeys(line for line in _titles(guest, lang) if line)),
            _naive(guest.arrival, zone),
            _naive(guest.departure, zone),
            ", ".join(short_name(other, lang, capitals=capitals) for other in room.sharing(guest)),
            guest.special_requests,
            note,
        ]

    rows: list[list[object]] = []
    for room in hotel.rooms:
        note = lang.label("rooming_overfull_short") if room.overfull else ""
        rows += [row(room, guest, note) for guest in room.guests]
    nobody = Room("", "", hotel.no_room)
    rows += [row(nobody, guest, lang.label("rooming_no_room")) for guest in hotel.no_room]
    return rows


def _titles(guest: Guest, lang: Language) -> list[str]:
    from exchange_planner.reports.content import local_texts

    return [local.text for local in local_texts(guest, "title", lang)]


def _naive(instant: datetime | None, zone: str) -> datetime | None:
    return to_local(instant, zone).replace(tzinfo=None) if instant is not None else None


def build_rooming_xlsx(
    data: RoomingListData,
    target: str | Path | BinaryIO,
    options: RoomingXlsxOptions | None = None,
) -> int:
    """Write the workbook; returns the number of guest rows."""
    options = options or RoomingXlsxOptions()
    lang = Language(options.lang)
    workbook, count = _workbook(data, lang)
    buffer = io.BytesIO()
    workbook.save(buffer)
    payload = buffer.getvalue()
    if isinstance(target, str | Path):
        atomic_write(target, lambda stream: stream.write(payload))
    else:
        target.write(payload)
    return count


def _workbook(data: RoomingListData, lang: Language) -> tuple[Any, int]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    workbook.remove(workbook.active)
    title = document_title(data, lang)
    workbook.properties.title = text_cell(title)  # type: ignore[assignment]
    workbook.properties.creator = "Exchange Planner"
    if data.stamp is not None:
        # The same content gives the same document properties.
        as_of = data.stamp.as_of.replace(tzinfo=None)
        workbook.properties.created = as_of
        workbook.properties.modified = as_of
    bold = Font(bold=True)
    warning = Font(bold=True, color="9B1C1C")
    head_fill = PatternFill("solid", fgColor="E6E9EE")
    wrap = Alignment(wrap_text=True, vertical="top")
    number_format = DATETIME_FORMATS[lang.primary]
    taken: set[str] = set()
    count = 0
    hotels = data.hotels or (HotelRooming(_no_hotel()),)
    for hotel in hotels:
        sheet = workbook.create_sheet(sheet_title(hotel_name(hotel.hotel, lang), taken))
        lines: list[tuple[str, Any]] = [
            (title, Font(bold=True, size=14)),
            (hotel_name(hotel.hotel, lang), bold),
        ]
        address = hotel_address(hotel.hotel, lang).replace("\n", " / ")
        if address:
            lines.append((address, None))
        if data.visit.start_date and data.visit.end_date:
            lines.append((lang.date_range_all(data.visit.start_date, data.visit.end_date), None))
        stamp = stamp_text(data, lang)
        if stamp:
            lines.append((stamp, None))
        for room in hotel.overfull:
            lines.append((f"\u26a0 {overfull_text(hotel.hotel, room, lang)}", warning))
        for text, font in lines:
            sheet.append([text_cell(text)])
            if font is not None:
                sheet.cell(row=sheet.max_row, column=1).font = font
        sheet.append([])
        sheet.append([text_cell(lang.label(key)) for key in COLUMNS])
        header_row = sheet.max_row
        for column in range(1, len(COLUMNS) + 1):
            cell = sheet.cell(row=header_row, column=column)
            cell.font = bold
            cell.fill = head_fill
            cell.alignment = wrap
        rows = rooming_rows(data, hotel, lang)
        for values in rows:
            sheet.append([_value(value) for value in values])
            current = sheet.max_row
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=current, column=column)
                if isinstance(value, datetime):
                    cell.number_format = number_format
                elif isinstance(cell.value, str):
                    cell.data_type = "s"  # text, never a formula
                cell.alignment = wrap
            if values[-1]:
                sheet.cell(row=current, column=len(COLUMNS)).font = warning
        count += len(rows)
        for column, width in enumerate(WIDTHS, start=1):
            sheet.column_dimensions[_letter(column)].width = width
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        last = header_row + max(len(rows), 0)
        sheet.auto_filter.ref = f"A{header_row}:{_letter(len(COLUMNS))}{last}"
    return workbook, count


def _value(value: object) -> object:
    if value is None or isinstance(value, datetime):
        return value
    return text_cell(value)


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def _no_hotel() -> Any:
    from exchange_planner.reports.rooming_data import HotelInfo

    return HotelInfo(None, "")
