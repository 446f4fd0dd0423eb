"""The itinerary (Besuchsprogramm) of a visit, and the personal itinerary of one member."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from exchange_planner.domain.enums import Direction, MemberRole
from exchange_planner.domain.names import capitals_help
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import styles as st
from exchange_planner.reports.data import (
    ChangesSince,
    ItineraryData,
    PersonInfo,
    ProgramEntry,
    ProgramState,
)
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import is_long, para, paragraphs


@dataclass(frozen=True)
class ItineraryOptions:
    lang: str = "de"
    #: Add a column with the times in the delegation's home zone.
    home_zone_column: bool = False
    #: A TrueType file to use first (the settings' document font); None = the default chain.
    font_path: str | None = None


def build_itinerary(
    data: ItineraryData,
    target: str | Path | BinaryIO,
    options: ItineraryOptions | None = None,
    *,
    changes: ChangesSince | None = None,
) -> int:
    """Write the (personal, when ``data.person`` is set) itinerary; returns the page count.

    With ``changes``, a page after the cover lists what moved, was added or was cancelled
    since that printed version."""
    options = options or ItineraryOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts)
    flowables = itinerary_flowables(
        data, styles, lang, home_zone_column=options.home_zone_column, changes=changes
    )
    key = "personal_itinerary" if data.person is not None else "itinerary"
    title = f"{lang.label(key)}: {data.title}"
    return build_pdf(
        target,
        flowables,
        fonts=fonts,
        lang=lang,
        title=title,
        subject=data.title,
        author=data.home_city,
        frame=PageFrame(
            header_left=title + (f" — {lang.name_line(data.person)}" if data.person else ""),
            header_right=lang.date_range(data.start_date, data.end_date),
            footer_left=_stamp_line(data, lang),
        ),
    )


def _stamp_line(data: ItineraryData, lang: Language) -> str:
    if data.stamp is None:
        return ""
    return (
        f"{lang.label('as_of')}: {lang.datetime(to_local(data.stamp.as_of, _home_zone(data)))}"
        f" · {lang.label('version')} {data.stamp.version}"
        + (f" · {lang.label('not_recorded')}" if data.stamp.unrecorded else "")
    )


def _home_zone(data: ItineraryData) -> str:
    return data.home_timezone


def itinerary_flowables(
    data: ItineraryData,
    styles: Styles,
    lang: Language,
    *,
    home_zone_column: bool = False,
    changes: ChangesSince | None = None,
) -> list[Flowable]:
    """Everything the itinerary prints, in order: cover, changes since a printed version
    (when asked for), delegation, program, contacts."""
    story: list[Flowable] = []
    story += _cover(data, styles, lang)
    story.append(PageBreak())
    if changes is not None:
        story += _changes(data, changes, styles, lang)
        story.append(PageBreak())
    story += _delegation(data, styles, lang)
    story += _program(data, styles, lang, home_zone_column=home_zone_column)
    story += _contacts(data, styles, lang)
    return story


# --- cover -----------------------------------------------------------------------------------
def _cover(data: ItineraryData, s: Styles, lang: Language) -> list[Flowable]:
    partner = data.partner_city
    if data.partner_city_native and data.partner_city_native != partner:
        partner = f"{partner} ({data.partner_city_native})"
    if data.direction == Direction.OUTGOING.value:
        cities = f"{data.home_city} → {partner}"
    else:
        cities = f"{partner} → {data.home_city}"
    key = "personal_itinerary" if data.person is not None else "itinerary"
    story: list[Flowable] = [
        Spacer(1, 5 * cm),
        para(cities, s.cover_city),
        para(lang.label(key), s.cover_title),
        para(data.title, s.cover_subtitle),
        para(lang.date_range_all(data.start_date, data.end_date, separator="\n"), s.cover_line),
    ]
    if data.person is not None:
        story += [
            Spacer(1, 6 * mm),
            para(lang.label_named("for_person", data.person), s.cover_subtitle),
        ]
        if data.person.title:
            story.append(para(data.person.title, s.cover_line))
    if data.head is not None:
        story += [
            Spacer(1, 12 * mm),
            para(lang.label("head_of_delegation"), s.cover_meta),
            para(lang.name_line(data.head), s.cover_line),
            para(data.head.title, s.cover_meta),
        ]
    if data.stamp is not None:
        zone = _home_zone(data)
        story += [
            Spacer(1, 30 * mm),
            HRFlowable(width="40%", thickness=0.4, color=st.RULE, spaceAfter=4),
            para(
                "\n".join(
                    f"{lang.label_in('as_of', part)}: "
                    f"{lang.datetime(to_local(data.stamp.as_of, zone), part=part)}"
                    for part in lang.parts
                ),
                s.cover_meta,
            ),
            para(f"{lang.label('version')} {data.stamp.version}", s.cover_meta),
        ]
        if data.stamp.unrecorded:
            story.append(para(lang.label("not_recorded", separator="\n"), s.cover_meta))
    return story


# --- changes since a printed version ----------------------------------------------------------
def _state_text(state: ProgramState | None, lang: Language) -> str:
    """'26.07.2023 10:00–11:00\nNeues Rathaus' (the venue on its own line)."""
    if state is None:
        return ""
    start, end = to_local(state.starts_at, state.timezone), to_local(state.ends_at, state.timezone)
    when = f"{lang.date(start.date(), fmt='medium')} {lang.time(start)}–{lang.time(end)}"
    if end.date() != start.date():
        when = (
            f"{lang.date(start.date(), fmt='medium')} {lang.time(start)} – "
            f"{lang.date(end.date(), fmt='medium')} {lang.time(end)}"
        )
    return f"{when}\n{state.venue}" if state.venue else when


def _changes(
    data: ItineraryData, changes: ChangesSince, s: Styles, lang: Language
) -> list[Flowable]:
    printed = to_local(changes.printed_at, _home_zone(data))
    printed_on = " / ".join(
        lang.label_in(
            "printed_on", part, version=changes.version, date=lang.datetime(printed, part=part)
        )
        for part in lang.parts
    )
    story: list[Flowable] = [
        para(lang.label("changes_since", version=changes.version), s.h1),
        para(printed_on, s.body),
        Spacer(1, 4 * mm),
    ]
    if not changes.changes:
        return [*story, para(lang.label("no_changes", version=changes.version), s.body)]
    head = [
        para(lang.label(key, separator="\n"), s.cell_head)
        for key in ("change", "item", "before", "now")
    ]
    rows: list[list[object]] = [head]
    for change in changes.changes:
        rows.append(
            [
                para(lang.label(f"change_{change.change}", separator="\n"), s.cell_bold),
                para(change.title, s.cell_bold),
                para(_state_text(change.before, lang), s.cell),
                para(_state_text(change.after, lang), s.cell),
            ]
        )
    width = content_width()
    state_width = 48 * mm
    table = Table(
        rows,
        colWidths=[24 * mm, width - 24 * mm - 2 * state_width, state_width, state_width],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(s.table(st.TABLE_STYLE))
    return [*story, table]


# --- delegation list -------------------------------------------------------------------------
def _delegation(data: ItineraryData, s: Styles, lang: Language) -> list[Flowable]:
    members = sorted(data.members, key=lambda m: (m.precedence, m.person.id))
    story: list[Flowable] = [
        para(
            f"{lang.label('delegation')} · {lang.label('members_count', count=len(members))}",
            s.h1,
        )
    ]
    if not members:
        return [*story, para(lang.label("none"), s.body)]
    head = [
        para(lang.label(key, separator="\n"), s.cell_head)
        for key in ("number", "name", "own_script", "title", "role")
    ]
    rows: list[list[object]] = [head]
    # Family names in capitals where Korean and German names mix (domain/names.py).
    capitals = capitals_help(member.person for member in members)
    for index, member in enumerate(members, start=1):
        person = member.person
        rows.append(
            [
                para(str(index), s.cell),
                para(lang.latin_name(person, capitals=capitals), s.cell_bold),
                para(lang.own_script(person), s.cell),
                para(person.title, s.cell),
                para(lang.role(member.role), s.cell),
            ]
        )
    width = content_width()
    table = Table(
        rows,
        colWidths=[9 * mm, 36 * mm, 26 * mm, width - 9 * mm - 36 * mm - 26 * mm - 34 * mm, 34 * mm],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(s.table(st.TABLE_STYLE))
    return [*story, table, Spacer(1, 8 * mm)]


# --- program ---------------------------------------------------------------------------------
def _days(program: Iterable[ProgramEntry]) -> list[tuple[date, list[ProgramEntry]]]:
    days: dict[date, list[ProgramEntry]] = {}
    for item in sorted(program, key=lambda i: (i.starts_at, i.id)):
        days.setdefault(to_local(item.starts_at, item.timezone).date(), []).append(item)
    return sorted(days.items())


def _zone_city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _city_of(data: ItineraryData, zone: str) -> str:
    """The home zone is named by the home city (Leipzig, not Berlin)."""
    return data.home_city if zone == data.home_timezone else _zone_city(zone)


def _span(start: datetime, end: datetime, day: date) -> str:
    text = f"{start.strftime('%H:%M')}–{end.strftime('%H:%M')}"
    shift = (start.date() - day).days
    if shift:
        text += f" ({shift:+d})"
    return text


def _program(
    data: ItineraryData, s: Styles, lang: Language, *, home_zone_column: bool
) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(7 * cm), para(lang.label("program"), s.h1)]
    days = _days(data.program)
    if not days:
        return [*story, para(lang.label("no_items"), s.body)]
    zone = data.delegation_timezone
    second = home_zone_column and any(item.timezone != zone for item in data.program)
    width = content_width()
    time_width = 24 * mm
    home_width = 30 * mm  # room for "03:00–04:00 (+1)"
    widths = [time_width, home_width, width - time_width - home_width] if second else None
    widths = widths or [time_width, width - time_width]
    head = [para(lang.label("time", separator="\n"), s.cell_head)]
    if second:
        head.append(
            para(lang.label("home_time", separator="\n", city=_city_of(data, zone)), s.cell_head)
        )
    head.append(para(lang.label("item", separator="\n"), s.cell_head))
    # Notes too long for a table cell go below the item, indented to the item's column; the
    # day's table continues after them with its column header.
    notes_style = ParagraphStyle(
        "notes_below", parent=s.cell_small, leftIndent=sum(widths[:-1]) + 4, rightIndent=4
    )
    for day, items in days:
        heading = para(lang.date_all(day, fmt="full"), s.h2)
        parts: list[Flowable] = []
        rows: list[list[object]] = [[heading] + [""] * (len(widths) - 1), head]
        with_heading = True
        for item in items:
            local_start = to_local(item.starts_at, item.timezone)
            row: list[object] = [
                para(_span(local_start, to_local(item.ends_at, item.timezone), day), s.cell)
            ]
            if second:
                row.append(
                    para(
                        _span(to_local(item.starts_at, zone), to_local(item.ends_at, zone), day),
                        s.cell_small,
                    )
                )
            long_notes = is_long(item.notes)
            row.append(_item_cell(item, s, lang, notes=not long_notes))
            rows.append(row)
            if long_notes:
                table = _day_table(rows, widths, s, with_heading=with_heading)
                parts += [table, *paragraphs(item.notes, notes_style)]
                rows, with_heading = [head], False
        if len(rows) > 1 or not parts:
            parts.append(_day_table(rows, widths, s, with_heading=with_heading))
        if day != days[0][0]:  # the first day follows the section heading's own check
            story.append(CondPageBreak(5 * cm))
        story += [*parts, Spacer(1, 4 * mm)]
    return story


def _day_table(
    rows: list[list[object]], widths: list[float], s: Styles, *, with_heading: bool
) -> Table:
    """A day's items; the first rows (day heading and column header, or the header alone on
    a continuation) repeat on every page the table continues on, so a day can never begin
    alone at a page's foot."""
    first = 1 if with_heading else 0  # the column header row
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, first), (-1, -1), 3),
        ("BOTTOMPADDING", (0, first), (-1, -1), 3),
        ("BACKGROUND", (0, first), (-1, first), st.HEADER_FILL),
        ("LINEBELOW", (0, first), (-1, first), 0.8, st.ACCENT),
        ("LINEBELOW", (0, first + 1), (-1, -1), 0.25, st.RULE),
    ]
    if with_heading:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0)]
    table = Table(rows, colWidths=widths, repeatRows=first + 1, splitInRow=1)
    table.setStyle(s.table(commands))
    return table


def _item_cell(
    item: ProgramEntry, s: Styles, lang: Language, *, notes: bool = True
) -> list[Flowable]:
    cell: list[Flowable] = [para(item.title, s.cell_bold)]
    venue = item.venue
    if venue is not None:
        place = venue.name
        if venue.room:
            place += f", {lang.label('room')} {venue.room}"
        cell.append(para(f"{lang.label('venue')}: {place}", s.cell))
        if venue.address:
            cell.append(para(venue.address, s.cell_small))
    if item.host is not None:
        host = lang.name_line(item.host)
        if item.host.title:
            host += f", {item.host.title}"
        cell.append(para(f"{lang.label('host')}: {host}", s.cell))
    if item.dress_code:
        cell.append(para(f"{lang.label('dress_code')}: {item.dress_code}", s.cell))
    if notes and item.notes:
        cell.append(para(item.notes, s.cell_small))
    return cell


# --- contacts --------------------------------------------------------------------------------
def _contacts(data: ItineraryData, s: Styles, lang: Language) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(8 * cm), para(lang.label("contacts"), s.h1)]
    hosts: dict[int, PersonInfo] = {}
    for item in sorted(data.program, key=lambda i: (i.starts_at, i.id)):
        if item.host is not None:
            hosts.setdefault(item.host.id, item.host)
    interpreters = [
        m.person
        for m in sorted(data.members, key=lambda m: (m.precedence, m.person.id))
        if m.role == MemberRole.INTERPRETER.value
    ]
    for key, people in (("hosts", list(hosts.values())), ("interpreters", interpreters)):
        story.append(para(lang.label(key), s.h2))
        story.append(_people_table(people, s, lang) if people else para(lang.label("none"), s.body))
    story.append(para(lang.label("hotel"), s.h2))
    hotel = data.hotel
    if hotel is None:
        story.append(para(lang.label("none"), s.body))
    else:
        rows = [
            [para(lang.label("hotel"), s.label), para(hotel.name, s.cell_bold)],
            [para(lang.label("address"), s.label), para(hotel.address, s.cell)],
            [para(lang.label("contact"), s.label), para(hotel.contact, s.cell)],
        ]
        table = Table(rows, colWidths=[40 * mm, content_width() - 40 * mm], splitInRow=1)
        table.setStyle(s.table(st.FIELDS_STYLE))
        story.append(table)
    return story


def _people_table(people: list[PersonInfo], s: Styles, lang: Language) -> Table:
    head = [
        para(lang.label(key, separator="\n"), s.cell_head)
        for key in ("name", "organisation", "phone", "email")
    ]
    rows: list[list[object]] = [head]
    for person in people:
        who = [para(lang.name_line(person), s.cell_bold)]
        if person.title:
            who.append(para(person.title, s.cell_small))
        rows.append(
            [
                who,
                para(person.organisation, s.cell),
                para(person.phone, s.cell),
                para(person.email, s.cell),
            ]
        )
    width = content_width()
    table = Table(
        rows,
        colWidths=[60 * mm, width - 60 * mm - 34 * mm - 44 * mm, 34 * mm, 44 * mm],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(s.table(st.TABLE_STYLE))
    return table
