"""The itinerary (Besuchsprogramm) of a visit, and the personal itinerary of one member (with
their own arrival, departure, hotel and room instead of the delegation's list) or host."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from exchange_planner.domain.enums import Direction, MemberRole
from exchange_planner.domain.names import capitals_help
from exchange_planner.domain.texts import CONTENT_LANGUAGES, text_in
from exchange_planner.domain.timeutil import to_local
from exchange_planner.domain.travel import terminal_text
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import (
    Segment,
    composed_para,
    content_para,
    local_texts,
    names_line,
    per_language,
    plain_text,
    room_local,
    zone_city,
)
from exchange_planner.reports.continued import (
    ContinuedPart,
    ContinuedTable,
    DayPages,
    continued,
    continued_all,
)
from exchange_planner.reports.data import (
    ChangesSince,
    ItineraryData,
    MemberInfo,
    PartnerInfo,
    PersonInfo,
    ProgramEntry,
    ProgramState,
    StayInfo,
    TravelLeg,
    VenueInfo,
    city_name_in,
)
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import LABELS, Language
from exchange_planner.reports.letterhead import letterhead_flowables
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import DRAFT_MARK, PageFrame, build_pdf, content_width
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
    visit_title = plain_text(data, "title", lang) or data.title
    title = f"{lang.label(key)}: {visit_title}"
    return build_pdf(
        target,
        flowables,
        fonts=fonts,
        lang=lang,
        title=title,
        subject=visit_title,
        about=data,
        frame=PageFrame(
            header_left=title + (f" — {lang.name_line(data.person)}" if data.person else ""),
            header_right=lang.date_range(data.start_date, data.end_date),
            header_shorten=visit_title,
            footer_left=_stamp_line(data, lang),
            mark=DRAFT_MARK if data.draft else "",
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
    own = data.own_member()
    if own is not None:
        # A member's own travel and stay, not the whole delegation's list.
        story += _travel_and_stay(data, own, styles, lang)
    else:
        story += _delegation(data, styles, lang)
    story += _program(data, styles, lang, home_zone_column=home_zone_column)
    story += _contacts(data, styles, lang)
    story[:0] = letterhead_flowables(data.letterhead, lang, styles)  # page 1, at the top
    return story


# --- cover -----------------------------------------------------------------------------------
def home_names(data: ItineraryData) -> dict[str, str]:
    """The home city's name in each content language (Settings; its one name where none)."""
    return {
        part: city_name_in(data.home_city, data.home_city_names, part) for part in CONTENT_LANGUAGES
    }


def partner_names(data: ItineraryData, lang: Language) -> str:
    """The partner city in the document's languages, its own script added where missing:
    "Gwangju (광주)", "광주"."""
    partner = data.partner or PartnerInfo(data.partner_city, data.partner_city_native)
    names = [text_in(partner, "partner_city", part).text for part in lang.parts]
    return names_line([*names, partner.city_native or data.partner_city_native])


def _cover(data: ItineraryData, s: Styles, lang: Language) -> list[Flowable]:
    partner = partner_names(data, lang)
    home = names_line(home_names(data)[part] for part in lang.parts)
    if data.direction == Direction.OUTGOING.value:
        cities = f"{home} → {partner}"
    else:
        cities = f"{partner} → {home}"
    key = "personal_itinerary" if data.person is not None else "itinerary"
    story: list[Flowable] = [
        Spacer(1, 5 * cm),
        para(cities, s.cover_city),
        para(lang.label(key), s.cover_title),
        content_para(data, "title", lang, s.cover_subtitle),
        para(lang.date_range_all(data.start_date, data.end_date, separator="\n"), s.cover_line),
    ]
    if data.person is not None:
        story += [
            Spacer(1, 6 * mm),
            para(lang.label_named("for_person", data.person), s.cover_subtitle),
        ]
        if data.person.title:
            story.append(content_para(data.person, "title", lang, s.cover_line))
    if data.head is not None:
        story += [
            Spacer(1, 12 * mm),
            para(lang.label("head_of_delegation"), s.cover_meta),
            para(lang.name_line(data.head), s.cover_line),
            content_para(data.head, "title", lang, s.cover_meta),
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
    # An item still in the plan has its title in every language; a cancelled one as logged.
    planned = {item.id: item for item in data.program}
    for change in changes.changes:
        item = planned.get(change.item_id)
        rows.append(
            [
                para(lang.label(f"change_{change.change}", separator="\n"), s.cell_bold),
                content_para(item, "title", lang, s.cell_bold)
                if item is not None and item.title == change.title
                else para(change.title, s.cell_bold),
                para(_state_text(change.before, lang), s.cell),
                para(_state_text(change.after, lang), s.cell),
            ]
        )
    width = content_width()
    state_width = 48 * mm
    table = ContinuedTable(
        rows,
        colWidths=[24 * mm, width - 24 * mm - 2 * state_width, state_width, state_width],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(s.table(st.TABLE_STYLE))
    table.continued_caption = para(
        continued_all(
            lambda part: lang.label_in("changes_since", part, version=changes.version), lang.parts
        ),
        s.h2,
    )
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
    again = para(continued_all(lambda part: lang.label_in("delegation", part), lang.parts), s.h2)
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
                content_para(person, "title", lang, s.cell),
                para(lang.role(member.role), s.cell),
            ]
        )
    width = content_width()
    table = ContinuedTable(
        rows,
        colWidths=[9 * mm, 36 * mm, 30 * mm, width - 9 * mm - 36 * mm - 30 * mm - 34 * mm, 34 * mm],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(s.table(st.TABLE_STYLE))
    table.continued_caption = again
    return [*story, table, Spacer(1, 8 * mm)]


# --- a member's own travel and stay (personal itinerary) -------------------------------------
def _visit_zone(data: ItineraryData) -> str:
    """Where the visit takes place: the home city for an incoming visit, else the zone of its
    program (the partner city's), the home zone when it has none."""
    if data.direction == Direction.OUTGOING.value and data.program:
        return data.program[0].timezone
    return data.home_timezone


def leg_text(leg: TravelLeg, zone: str, lang: Language) -> str:
    """ "Flug Lufthansa LH 162 · 25.07.2023 17:40 · Flughafen Leipzig/Halle, Terminal B"."""
    means = " ".join(
        part
        for part in (
            lang.label(f"mode_{leg.mode}") if f"mode_{leg.mode}" in LABELS else leg.mode,
            leg.carrier,
            leg.number,
        )
        if part
    )
    when = ""
    if leg.at is not None:
        local = to_local(leg.at, zone)
        when = f"{lang.date(local.date(), fmt='medium')} {lang.time(local)}"
    terminal = terminal_text(leg.terminal, lambda code: lang.label("terminal", terminal=code))
    where = ", ".join(part for part in (leg.place, terminal) if part)
    return " · ".join(part for part in (means, when, where) if part)


def room_text(data: ItineraryData, member: MemberInfo, lang: Language) -> str:
    """ "302 (Suite) · gemeinsam mit …": the room, its type and who shares it."""
    stay = member.stay
    text = member.room
    room_type = stay.room_type if stay is not None else ""
    if room_type and f"room_{room_type}" in LABELS:
        kind = lang.label(f"room_{room_type}")
        text = f"{text} ({kind})" if text else kind
    if stay is not None and stay.sharing:
        people = {m.person.id: m.person for m in data.members}
        names = ", ".join(lang.name_line(people[pid]) for pid in stay.sharing if pid in people)
        if names:
            text += " · " + lang.label("shares_with", names=names)
    return text


def own_hotel(data: ItineraryData) -> VenueInfo | None:
    """The hotel of a personal itinerary's member (their own, else the visit's)."""
    own = data.own_member()
    if own is not None and own.stay is not None and own.stay.hotel is not None:
        return own.stay.hotel
    return data.hotel


def _travel_and_stay(
    data: ItineraryData, member: MemberInfo, s: Styles, lang: Language
) -> list[Flowable]:
    stay = member.stay or StayInfo()
    zone = _visit_zone(data)
    rows: list[list[object]] = []
    for key, leg in (("arrival", stay.arrival), ("departure", stay.departure)):
        if leg.empty:
            continue
        rows.append([para(lang.label(key), s.label), para(leg_text(leg, zone, lang), s.cell_bold)])
        if leg.pickup:
            rows.append([para(lang.label("pickup"), s.label), para(leg.pickup, s.cell)])
    hotel = own_hotel(data)
    if hotel is not None:
        rows.append(
            [para(lang.label("hotel"), s.label), content_para(hotel, "name", lang, s.cell_bold)]
        )
    room = room_text(data, member, lang)
    if room:
        rows.append([para(lang.label("hotel_room"), s.label), para(room, s.cell_bold)])
    if stay.mobile:
        rows.append([para(lang.label("mobile"), s.label), para(stay.mobile, s.cell)])
    story: list[Flowable] = [para(lang.label("travel_and_stay"), s.h1)]
    if not rows:
        return [*story, para(lang.label("none"), s.body), Spacer(1, 8 * mm)]
    table = Table(rows, colWidths=[40 * mm, content_width() - 40 * mm], splitInRow=1)
    table.setStyle(s.table(st.FIELDS_STYLE))
    return [*story, table, Spacer(1, 8 * mm)]


# --- program ---------------------------------------------------------------------------------
def _days(program: Iterable[ProgramEntry]) -> list[tuple[date, list[ProgramEntry]]]:
    days: dict[date, list[ProgramEntry]] = {}
    for item in sorted(program, key=lambda i: (i.starts_at, i.id)):
        days.setdefault(to_local(item.starts_at, item.timezone).date(), []).append(item)
    return sorted(days.items())


def zone_label(data: ItineraryData, zone: str, lang: Language, separator: str = "\n") -> str:
    """ "Zeit Leipzig / 라이프치히 시간": the home zone is named by the home city (Settings,
    not "Berlin"), other zones by their city in the document's language ("서울 시간")."""
    names = home_names(data)
    return lang.label_each(
        "home_time",
        lambda part: {"city": zone_city(zone, part, data.home_timezone, names)},
        separator,
    )


def _span(start: datetime, end: datetime, day: date) -> str:
    """ "10:00–11:00"; a day after the heading's is marked: "23:00–01:00 (+1)" when the item
    ends past midnight, "03:00–04:00 (+1)" when it lies on the next day altogether."""
    start_shift = (start.date() - day).days
    end_shift = (end.date() - day).days
    first = start.strftime("%H:%M")
    if start_shift and start_shift != end_shift:
        first += f" ({start_shift:+d})"
    text = f"{first}–{end.strftime('%H:%M')}"
    if end_shift:
        text += f" ({end_shift:+d})"
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
    # Room for "23:00–01:00 (+1)" where an item ends past midnight.
    past_midnight = any(
        to_local(i.ends_at, i.timezone).date() != to_local(i.starts_at, i.timezone).date()
        for i in data.program
    )
    time_width = 30 * mm if past_midnight else 24 * mm
    home_width = 30 * mm  # room for "03:00–04:00 (+1)"
    widths = [time_width, home_width, width - time_width - home_width] if second else None
    widths = widths or [time_width, width - time_width]
    local_zones = {item.timezone for item in data.program}
    if len(local_zones) == 1:
        first_label = zone_label(data, next(iter(local_zones)), lang)
    else:
        first_label = lang.label("local_time", separator="\n")
    head = [para(first_label, s.cell_head)]
    if second:
        head.append(para(zone_label(data, zone, lang), s.cell_head))
    head.append(para(lang.label("item", separator="\n"), s.cell_head))
    # Notes too long for a table cell go below the item, indented to the item's column; the
    # day's table continues after them with its column header.
    notes_style = ParagraphStyle(
        "notes_below", parent=s.cell_small, leftIndent=sum(widths[:-1]) + 4, rightIndent=4
    )
    for day, items in days:
        heading = para(lang.date_all(day, fmt="full"), s.h2)
        again = para(
            " / ".join(
                dict.fromkeys(
                    continued(lang.date(day, part=part, fmt="full"), part) for part in lang.parts
                )
            ),
            s.h2,
        )
        parts: list[Flowable] = []
        rows: list[list[object]] = [[heading] + [""] * (len(widths) - 1), head]
        with_heading = True
        # A long note and the rest of the day's items after it: on each page they reach
        # first, the day's heading says it continues.
        pages = DayPages()
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
            notes = local_texts(item, "notes", lang)
            long_notes = any(is_long(local.text) for local in notes)
            row.append(_item_cell(item, s, lang, notes=not long_notes))
            rows.append(row)
            if long_notes:
                table = _day_table(rows, widths, s, with_heading=with_heading, again=again)
                parts.append(ContinuedPart(table, again, pages, own_heading=with_heading))
                below: list[Flowable] = []
                for local in notes:
                    below += paragraphs(local.text, notes_style)
                    if local.fallback:
                        below.append(para(f"({local.language})", notes_style))
                parts += [ContinuedPart(flowable, again, pages) for flowable in below]
                rows, with_heading = [head], False
        if len(rows) > 1 or not parts:
            table = _day_table(rows, widths, s, with_heading=with_heading, again=again)
            parts.append(ContinuedPart(table, again, pages, own_heading=with_heading))
        if day != days[0][0]:  # the first day follows the section heading's own check
            story.append(CondPageBreak(5 * cm))
        story += [*parts, Spacer(1, 4 * mm)]
    return story


def _day_table(
    rows: list[list[object]],
    widths: list[float],
    s: Styles,
    *,
    with_heading: bool,
    again: Flowable,
) -> Table:
    """A day's items; the first rows (day heading and column header, or the header alone on
    a continuation) repeat on every page the table continues on, so a day can never begin
    alone at a page's foot. On those pages the heading says the day is continued
    (``again``)."""
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
    table = ContinuedTable(rows, colWidths=widths, repeatRows=first + 1, splitInRow=1)
    table.setStyle(s.table(commands))
    if with_heading:
        table.continued_cell = again
    # Otherwise the day's ContinuedPart draws ``again`` on each page the table reaches first.
    return table


def venue_segments(venue: VenueInfo, part: str, lang: Language) -> list[Segment]:
    """ "Neues Rathaus, Raum 200" in one language (a room that names itself as written)."""
    segments: list[Segment] = [text_in(venue, "name", part)]
    room = text_in(venue, "room", part)
    if room.text:
        segments += [", ", room_local(room, part, lang.label_in("room", part))]
    return segments


class HostedItem(Protocol):
    """What :func:`host_and_dress_code` reads: an itinerary's or a run-of-show's item."""

    @property
    def host(self) -> PersonInfo | None: ...

    @property
    def dress_code(self) -> str: ...


def host_and_dress_code(item: HostedItem, s: Styles, lang: Language) -> list[Flowable]:
    """The item's host ("Gastgeber: name, title") and dress code lines, as the itinerary and
    the run-of-show print them alike."""
    lines: list[Flowable] = []
    host = item.host
    if host is not None:
        titles = per_language(lang, lambda part: [text_in(host, "title", part)])
        lines.append(
            composed_para(
                titles,
                s.cell,
                prefix=f"{lang.label('host')}: {lang.name_line(host)}" + (", " if titles else ""),
                separator=" / ",
                second_muted=False,
            )
        )
    if item.dress_code:
        lines.append(
            content_para(
                item,
                "dress_code",
                lang,
                s.cell,
                prefix=f"{lang.label('dress_code')}: ",
                separator=" / ",
                second_muted=False,
            )
        )
    return lines


def _item_cell(
    item: ProgramEntry, s: Styles, lang: Language, *, notes: bool = True
) -> list[Flowable]:
    # Titles and notes: each language on a line of its own, the second in grey (a title joined
    # with " / " would wrap in the middle of the second text). Short values follow their
    # label inline, joined with " / ".
    cell: list[Flowable] = [content_para(item, "title", lang, s.cell_bold)]
    venue = item.venue
    if venue is not None:
        places = per_language(lang, lambda part: venue_segments(venue, part, lang))
        cell.append(
            composed_para(
                places,
                s.cell,
                prefix=f"{lang.label('venue')}: ",
                separator=" / ",
                second_muted=False,
            )
        )
        if venue.address:
            cell.append(content_para(venue, "address", lang, s.cell_small, second_muted=False))
    cell += host_and_dress_code(item, s, lang)
    if notes and item.notes:
        cell.append(content_para(item, "notes", lang, s.cell_small))
    return cell


# --- contacts --------------------------------------------------------------------------------
def _contacts(data: ItineraryData, s: Styles, lang: Language) -> list[Flowable]:
    # No page break of its own: the heading keeps with the hosts' block (keepWithNext),
    # which goes below the program wherever it fits.
    story: list[Flowable] = [para(lang.label("contacts"), s.h1)]
    hosts: dict[int, PersonInfo] = {}
    for item in sorted(data.program, key=lambda i: (i.starts_at, i.id)):
        if item.host is not None:
            hosts.setdefault(item.host.id, item.host)
    interpreter_members = [
        m
        for m in sorted(data.members, key=lambda m: (m.precedence, m.person.id))
        if m.role == MemberRole.INTERPRETER.value
    ]
    interpreters = [m.person for m in interpreter_members]
    # A contact is reached on the mobile entered for the visit, else on their phone.
    phones = {m.person.id: m.stay.mobile for m in interpreter_members if m.stay and m.stay.mobile}
    blocks: list[list[Flowable]] = []
    for key, people in (("hosts", list(hosts.values())), ("interpreters", interpreters)):
        heading = para(lang.label(key), s.h2)
        if not people:
            blocks.append([heading, para(lang.label("none"), s.body)])
            continue
        table = _people_table(people, s, lang, phones)
        table.continued_caption = para(
            continued_all(lambda part, key=key: lang.label_in(key, part), lang.parts), s.h2
        )
        # A short list keeps with its heading; a long one follows it and breaks over pages.
        blocks.append([heading, table])
    # The hotel block (a few lines) and its heading always stand together, and with the
    # block before it (the interpreters): a page never holds the hotel's lines alone.
    heading = para(lang.label("hotel"), s.h2)
    hotel = own_hotel(data)
    if hotel is None:
        blocks[-1] += [heading, para(lang.label("none"), s.body)]
    else:
        rows = [
            [para(lang.label("hotel"), s.label), content_para(hotel, "name", lang, s.cell_bold)],
            [para(lang.label("address"), s.label), content_para(hotel, "address", lang, s.cell)],
            [para(lang.label("contact"), s.label), para(hotel.contact, s.cell)],
        ]
        table = Table(rows, colWidths=[40 * mm, content_width() - 40 * mm], splitInRow=1)
        table.setStyle(s.table(st.FIELDS_STYLE))
        blocks[-1] += [heading, table]
    return [*story, *(KeepTogether(block) for block in blocks)]


def _people_table(
    people: list[PersonInfo],
    s: Styles,
    lang: Language,
    phones: dict[int, str] | None = None,
) -> ContinuedTable:
    head = [
        para(lang.label(key, separator="\n"), s.cell_head)
        for key in ("name", "organisation", "phone", "email")
    ]
    rows: list[list[object]] = [head]
    for person in people:
        who = [para(lang.name_line(person), s.cell_bold)]
        if person.title:
            who.append(content_para(person, "title", lang, s.cell_small))
        rows.append(
            [
                who,
                content_para(person, "organisation", lang, s.cell),
                para((phones or {}).get(person.id) or person.phone, s.cell),
                para(person.email, s.cell),
            ]
        )
    width = content_width()
    table = ContinuedTable(
        rows,
        colWidths=[60 * mm, width - 60 * mm - 34 * mm - 44 * mm, 34 * mm, 44 * mm],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(s.table(st.TABLE_STYLE))
    return table
