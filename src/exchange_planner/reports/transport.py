"""The transport plan of a visit (Transportplan / 차량 운행 계획) and the drivers' sheets.

The **plan** lists every transfer of the visit in time order: when, from which address to
which, and per vehicle its driver and passengers (seat numbers where given); those attending
a transfer without a seat are named under it. The **driver sheet** is one sheet per vehicle for
its driver, in the driver's language (``vehicle.driver_language``: de, en or ko; another or
none falls back to the language asked for): the vehicle, then each trip with its times, the
addresses to start from and to go to, and the passengers. Each sheet counts its own pages.

Filled by ``services.transport_documents``; every user text is printed literally (``para``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from exchange_planner.domain.enums import MemberRole
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations, text_in
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import archive
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import content_para, plain_text
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import PersonInfo, Stamp, VenueInfo
from exchange_planner.reports.fonts import FontSet, font_set
from exchange_planner.reports.i18n import DocumentOptions, Language
from exchange_planner.reports.letterhead import Letterhead, letterhead_flowables
from exchange_planner.reports.precedence_list import (
    ProtocolVisit,
    VisitCities,
    heading_flowables,
    name_lines,
)
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import (
    PageFrame,
    _numbered_canvas,
    _plain,
    build_pdf,
    content_width,
    document_template,
)
from exchange_planner.reports.text import para
from exchange_planner.storage.files import atomic_write

NO_TRANSLATIONS = Translations()
#: The languages a driver sheet can be printed in (one each).
DRIVER_LANGUAGES = ("de", "en", "ko")


@dataclass(frozen=True)
class VehicleInfo:
    id: int
    label: str
    kind: str = "car"  # VehicleKind
    seats: int = 4
    driver_name: str = ""
    driver_phone: str = ""
    driver_language: str = ""
    plate: str = ""
    company: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Passenger:
    person: PersonInfo
    seat: int | None = None
    role: str = MemberRole.OFFICIAL.value


@dataclass(frozen=True)
class VehicleRide:
    """A vehicle on one transfer with who rides in it (by seat, then unnumbered)."""

    vehicle: VehicleInfo
    passengers: tuple[Passenger, ...] = ()


@dataclass(frozen=True)
class TransferInfo:
    item_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    origin: VenueInfo | None = None
    destination: VenueInfo | None = None
    rides: tuple[VehicleRide, ...] = ()
    #: Attending without a seat (the plan names them; a driver sheet does not).
    unseated: tuple[PersonInfo, ...] = ()
    notes: str = ""
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class TransportPlanData(VisitCities):
    visit: ProtocolVisit
    transfers: tuple[TransferInfo, ...]
    vehicles: tuple[VehicleInfo, ...] = ()
    home_timezone: str = "Europe/Berlin"
    stamp: Stamp | None = None
    letterhead: Letterhead | None = None


@dataclass(frozen=True)
class DriverSheetData(VisitCities):
    """One vehicle's sheet: its trips (each transfer with only this vehicle's ride)."""

    visit: ProtocolVisit
    vehicle: VehicleInfo
    trips: tuple[TransferInfo, ...]
    home_timezone: str = "Europe/Berlin"
    stamp: Stamp | None = None
    letterhead: Letterhead | None = None


TransportOptions = DocumentOptions


def sheet_language(vehicle: VehicleInfo, fallback: str = "de") -> str:
    """The language of a vehicle's driver sheet: the driver's if it is one of de/en/ko
    (``"de-DE"``, ``"EN"`` count), else ``fallback``'s first language."""
    code = (vehicle.driver_language or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in DRIVER_LANGUAGES else Language(fallback).primary


# --- pieces ------------------------------------------------------------------------------------
def _stamp_line(stamp: Stamp | None, zone: str, lang: Language) -> str:
    if stamp is None:
        return ""
    return (
        f"{lang.label('as_of')}: {lang.datetime(to_local(stamp.as_of, zone))}"
        f" · {lang.label('version')} {stamp.version}"
        + (f" · {lang.label('not_recorded')}" if stamp.unrecorded else "")
    )


def _times(transfer: TransferInfo, lang: Language, *, day: bool = True) -> str:
    start = to_local(transfer.starts_at, transfer.timezone)
    end = to_local(transfer.ends_at, transfer.timezone)
    span = lang.time(start) if start == end else f"{lang.time(start)}–{lang.time(end)}"
    if not day:
        return span
    return f"{lang.date(start.date(), fmt='medium')}\n{span}"


def place_lines(venue: VenueInfo | None, lang: Language) -> list[str]:
    """A place as a driver needs it: the name (in the document's languages), the street
    address and the city; "(place missing)" without a venue."""
    if venue is None:
        return [lang.label("place_unknown")]
    lines = [plain_text(venue, "name", lang) or venue.name]
    address = (plain_text(venue, "address", lang) or venue.address).strip()
    city = venue.city.strip()
    if city and city not in address:
        address = f"{address}, {city}" if address else city
    if address:
        lines.append(address)
    return lines


def _kind(vehicle: VehicleInfo, lang: Language) -> str:
    key = f"kind_{vehicle.kind}"
    try:
        return lang.label(key)
    except KeyError:
        return vehicle.kind


def vehicle_line(vehicle: VehicleInfo, lang: Language) -> str:
    """The vehicle in one line: "Bus 1 (Reisebus, 24 Plätze) · L-EP 2023"."""
    seats = lang.label("seats_count", count=vehicle.seats)
    head = f"{vehicle.label} ({_kind(vehicle, lang)}, {seats})"
    return " · ".join(part for part in (head, vehicle.plate) if part)


def driver_line(vehicle: VehicleInfo, lang: Language) -> str:
    parts = [vehicle.driver_name, vehicle.driver_phone]
    text = " · ".join(p for p in parts if p.strip())
    return f"{lang.label('driver')}: {text}" if text else ""


def _passenger_text(passenger: Passenger, lang: Language) -> str:
    name = " / ".join(name_lines(passenger.person, lang))
    seat = f"{passenger.seat}. " if passenger.seat is not None else "– "
    role = ""
    if passenger.role not in (MemberRole.OFFICIAL.value, ""):
        role = f" ({lang.role(passenger.role)})"
    return f"{seat}{name}{role}"


def _passengers_text(ride: VehicleRide, lang: Language, *, flowing: bool = False) -> str:
    """One passenger a line (a driver's list), or ``flowing`` one after another ("1. …  ·
    2. …", the plan's cell: a full bus stays within a page)."""
    if not ride.passengers:
        return lang.label("no_passengers")
    return (" · " if flowing else "\n").join(_passenger_text(p, lang) for p in ride.passengers)


# --- the plan ----------------------------------------------------------------------------------
def plan_title(data: TransportPlanData, lang: Language) -> str:
    visit = plain_text(data.visit, "title", lang) or data.visit.title
    return f"{lang.label('transport_plan')}: {visit}"


def build_transport_plan(
    data: TransportPlanData,
    target: str | Path | BinaryIO,
    options: TransportOptions | None = None,
) -> int:
    """Write the transport plan (landscape A4); returns the page count."""
    options = options or TransportOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts)
    title = plan_title(data, lang)
    return build_pdf(
        target,
        plan_flowables(data, styles, lang),
        fonts=fonts,
        lang=lang,
        title=title,
        subject=lang.label("transport_plan"),
        about=data,
        wide=True,
        frame=PageFrame(
            header_left=title,
            header_right=data.visit.home_line(lang),
            header_shorten=plain_text(data.visit, "title", lang) or data.visit.title,
            footer_left=_stamp_line(data.stamp, data.home_timezone, lang),
        ),
    )


def plan_flowables(data: TransportPlanData, s: Styles, lang: Language) -> list[Flowable]:
    story = letterhead_flowables(data.letterhead, lang, s)
    story += heading_flowables(data.visit, "transport_plan", s, lang)
    story.append(Spacer(1, 5 * mm))
    if not data.transfers:
        story.append(para(lang.label("no_transfers"), s.body))
        return story
    heads = [
        ("time", s.cell_head),
        ("transfer", s.cell_head),
        ("from_place", s.cell_head),
        ("to_place", s.cell_head),
        ("vehicle", s.cell_head),
        ("driver", s.cell_head),
        ("passengers", s.cell_head),
    ]
    rows: list[list[object]] = [[para(lang.label(k, separator="\n"), style) for k, style in heads]]
    style = list(st.TABLE_STYLE)
    for index, transfer in enumerate(data.transfers):
        first = len(rows)
        rides = transfer.rides or (None,)
        for number, ride in enumerate(rides):
            if ride is None:
                vehicle: object = para(lang.label("no_vehicle"), s.cell_flag)
                driver: object = para("", s.cell)
                passengers: object = para("", s.cell)
            else:
                count = lang.label("seats_of", count=len(ride.passengers), seats=ride.vehicle.seats)
                vehicle = para(f"{vehicle_line(ride.vehicle, lang)}\n{count}", s.cell)
                driver = para(
                    "\n".join(
                        p
                        for p in (ride.vehicle.driver_name, ride.vehicle.driver_phone)
                        if p.strip()
                    )
                    or st.EMPTY,
                    s.cell,
                )
                passengers = para(_passengers_text(ride, lang, flowing=True), s.cell)
            if number == 0:
                title = content_para(transfer, "title", lang, s.cell_bold)
                cells: list[object] = [
                    para(_times(transfer, lang), s.cell),
                    title,
                    para("\n".join(place_lines(transfer.origin, lang)), s.cell),
                    para("\n".join(place_lines(transfer.destination, lang)), s.cell),
                ]
            else:
                # Small, but there: a row that goes on to the next page still says its transfer.
                cells = [
                    para(_times(transfer, lang), s.cell_small),
                    content_para(transfer, "title", lang, s.cell_small),
                    "",
                    "",
                ]
            rows.append([*cells, vehicle, driver, passengers])
        if transfer.unseated:
            names = ", ".join(lang.name_line(p) for p in transfer.unseated)
            rows.append(
                ["", "", "", "", para(f"{lang.label('unseated')}: {names}", s.cell_flag), "", ""]
            )
            style.append(("SPAN", (4, len(rows) - 1), (6, len(rows) - 1)))
        last = len(rows) - 1
        # No spans over a transfer's rows: a bus full of passengers may go on the next page.
        if index % 2:
            style.append(("BACKGROUND", (0, first), (-1, last), st.ZEBRA_FILL))
    width = content_width(wide=True)
    fixed = [24 * mm, 32 * mm, 34 * mm, 34 * mm, 36 * mm, 26 * mm]
    table = ContinuedTable(rows, colWidths=[*fixed, width - sum(fixed)], repeatRows=1)
    table.setStyle(s.table(style))
    table.continued_caption = para(
        continued_all(lambda part: lang.label_in("transport_plan", part), lang.parts), s.h2
    )
    story.append(table)
    if data.vehicles:
        story += [Spacer(1, 5 * mm), *_vehicles_table(data.vehicles, s, lang)]
    return story


def _vehicles_table(vehicles: Sequence[VehicleInfo], s: Styles, lang: Language) -> list[Flowable]:
    heads = ("vehicle", "plate", "driver", "phone", "language", "company")
    rows: list[list[object]] = [[para(lang.label(k, separator="\n"), s.cell_head) for k in heads]]
    for vehicle in vehicles:
        rows.append(
            [
                para(
                    f"{vehicle.label} ({_kind(vehicle, lang)}, "
                    f"{lang.label('seats_count', count=vehicle.seats)})",
                    s.cell,
                ),
                para(vehicle.plate or st.EMPTY, s.cell),
                para(vehicle.driver_name or st.EMPTY, s.cell),
                para(vehicle.driver_phone or st.EMPTY, s.cell),
                para(vehicle.driver_language or st.EMPTY, s.cell),
                para(vehicle.company or st.EMPTY, s.cell),
            ]
        )
    width = content_width(wide=True)
    fixed = [60 * mm, 30 * mm, 50 * mm, 40 * mm, 20 * mm]
    table = ContinuedTable(rows, colWidths=[*fixed, width - sum(fixed)], repeatRows=1)
    table.setStyle(s.table(list(st.TABLE_STYLE)))
    return [KeepTogether([para(lang.label("vehicles"), s.h2), table])]


# --- the driver sheets ---------------------------------------------------------------------------
def sheet_flowables(data: DriverSheetData, s: Styles, lang: Language) -> list[Flowable]:
    """One vehicle's sheet in ``lang`` (its driver's language)."""
    vehicle = data.vehicle
    story = letterhead_flowables(data.letterhead, lang, s)
    story += heading_flowables(data.visit, "driver_sheet", s, lang)
    story.append(Spacer(1, 3 * mm))
    story.append(para(vehicle_line(vehicle, lang), s.h2))
    for line in (driver_line(vehicle, lang), vehicle.company):
        if line.strip():
            story.append(para(line, s.body))
    if vehicle.notes.strip():
        story.append(para(vehicle.notes, s.body))
    story.append(Spacer(1, 4 * mm))
    story.append(para(lang.label("your_trips"), s.h2))
    if not data.trips:
        story.append(para(lang.label("no_transfers"), s.body))
        return story
    width = content_width()
    for number, trip in enumerate(data.trips):
        if number:
            story.append(Spacer(1, 5 * mm))
        ride = trip.rides[0] if trip.rides else VehicleRide(vehicle)
        start = to_local(trip.starts_at, trip.timezone)
        end = to_local(trip.ends_at, trip.timezone)
        head = f"{lang.date(start.date(), fmt='full')} · {_times(trip, lang, day=False)}"
        fields: list[list[object]] = [
            [para(lang.label("departure_time"), s.label), para(lang.time(start), s.cell_bold)],
            [
                para(lang.label("from_place"), s.label),
                para("\n".join(place_lines(trip.origin, lang)), s.cell_bold),
            ],
            [
                para(lang.label("to_place"), s.label),
                para("\n".join(place_lines(trip.destination, lang)), s.cell_bold),
            ],
            [para(lang.label("arrival_time"), s.label), para(lang.time(end), s.cell)],
            [
                para(
                    lang.label("passengers_count", count=len(ride.passengers)),
                    s.label,
                ),
                para(_passengers_text(ride, lang), s.cell),
            ],
        ]
        notes = plain_text(trip, "notes", lang) or trip.notes
        if notes.strip():
            fields.append([para(lang.label("notes"), s.label), para(notes, s.cell)])
        table = ContinuedTable(fields, colWidths=[38 * mm, width - 38 * mm], splitInRow=1)
        table.setStyle(s.table(list(st.FIELDS_STYLE)))
        title = text_in(trip, "title", lang.primary).text or trip.title
        story.append(
            KeepTogether(
                [para(head, s.label_heading), para(title, s.cell_bold), Spacer(1, 1 * mm), table]
            )
        )
    return story


class _SheetStart(Flowable):
    """Marks the page where a vehicle's sheet starts (draws nothing)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._sheet_index = self.index  # type: ignore[attr-defined]


def _sheets_canvas(
    decorators: Sequence[Any], names: Sequence[str], info: archive.DocumentInfo
) -> type[Canvas]:
    """Pages held back so each sheet is numbered on its own, in its own language, with a
    bookmark per vehicle."""

    class SheetsCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._sheet_index = 0

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            per_sheet: dict[int, list[dict[str, Any]]] = {}
            for state in self._pages:
                per_sheet.setdefault(int(state["_sheet_index"]), []).append(state)
            content = hashlib.sha256()
            count = 0
            for index in sorted(per_sheet):
                states = per_sheet[index]
                for page, state in enumerate(states, start=1):
                    self.__dict__.update(state)
                    if page == 1:
                        key = f"vehicle-{index + 1}"
                        self.bookmarkPage(key)
                        self.addOutlineEntry(_plain(names[index]), key, level=0)
                    decorators[index](self, page, len(states))
                    content.update("\n".join(self._code).encode("utf-8", "surrogatepass"))
                    Canvas.showPage(self)
                    count += 1
            self.page_count = count
            self.showOutline()
            archive.finish_reportlab(self, info, content.digest())
            Canvas.save(self)

    return SheetsCanvas


def build_driver_sheets(
    sheets: Sequence[DriverSheetData],
    target: str | Path | BinaryIO,
    options: TransportOptions | None = None,
) -> int:
    """Write one sheet per vehicle (each in its driver's language) into one PDF; returns the
    page count."""
    options = options or TransportOptions()
    if isinstance(target, str | Path):
        pages = 0

        def write(stream: BinaryIO) -> None:
            nonlocal pages
            pages = build_driver_sheets(sheets, stream, options)

        atomic_write(target, write)
        return pages
    fonts: FontSet = font_set(options.font_path)
    styles = make_styles(fonts)
    fallback = Language(options.lang)
    languages = [Language(sheet_language(sheet.vehicle, options.lang)) for sheet in sheets]
    first = sheets[0] if sheets else None
    title = fallback.label("driver_sheet")
    if first is not None:
        title += f": {plain_text(first.visit, 'title', fallback) or first.visit.title}"
    info = archive.document_info(
        title=_plain(title),
        author=_plain(archive.document_author(first, fallback.primary) if first else ""),
        subject=_plain(fallback.label("driver_sheet")),
        keywords=[_plain(k) for k in archive.document_keywords(first)] if first else [],
        languages=tuple(dict.fromkeys(lang.primary for lang in languages)) or fallback.parts,
        as_of=archive.document_as_of(first) if first else None,
        producer=archive.reportlab_producer(),
    )
    story: list[Flowable] = []
    decorators: list[Any] = []
    names: list[str] = []
    for index, (sheet, lang) in enumerate(zip(sheets, languages, strict=True)):
        frame = PageFrame(
            header_left=f"{lang.label('driver_sheet')}: {sheet.vehicle.label}",
            header_right=sheet.visit.home_line(lang),
            footer_left=_stamp_line(sheet.stamp, sheet.home_timezone, lang),
        )
        decorators.append(_numbered_canvas(fonts, lang, frame, info)._decorate)  # type: ignore[attr-defined]
        names.append(sheet.vehicle.label or f"#{sheet.vehicle.id}")
        if index:
            story.append(PageBreak())
        story.append(_SheetStart(index))
        story.extend(sheet_flowables(sheet, styles, lang))
    if not sheets:
        story.append(para(fallback.label("no_vehicles"), styles.body))
        decorators.append(_numbered_canvas(fonts, fallback, PageFrame(), info)._decorate)  # type: ignore[attr-defined]
        names.append(title)
    doc = document_template(target, info, fonts, fallback, wide=False)  # type: ignore[arg-type]
    doc.build(story, canvasmaker=_sheets_canvas(decorators, names, info))
    return int(getattr(doc.canv, "page_count", doc.page))
