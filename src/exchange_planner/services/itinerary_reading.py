"""What an itinerary prints, and the stamp of a print, each written once as SQL text.

``DocumentService`` runs these functions in a session of any opened database
(``storage.sql_read.session_execute``); ``exchange-planner print itinerary`` runs them on a
current SQLite file through the standard library's sqlite3
(``storage.sql_read.sqlite_file_writer``), without SQLAlchemy or the table classes. Both give
the same ``ItineraryData`` (so the same content hash) and store a print the same way: the same
``document_print`` row and the same ``change_log`` entries as the unit of work of a session
would write (``storage/audit.py``).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from exchange_planner.domain.enums import Direction, DocumentKind, RoomType, VisitStatus
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.rooms import RoomOccupant, sharing
from exchange_planner.domain.texts import Translations
from exchange_planner.reports.data import (
    CityNames,
    ItineraryData,
    MemberInfo,
    PartnerInfo,
    PersonInfo,
    ProgramEntry,
    Stamp,
    StayInfo,
    TravelLeg,
    VenueInfo,
    personal,
)
from exchange_planner.reports.letterhead import letterhead_from_settings
from exchange_planner.services.setting_defaults import DEFAULTS, HOME_CITY_NAMES_KEY
from exchange_planner.storage.sql_read import (
    Execute,
    Row,
    calendar_day,
    sql_instant,
    utc_instant,
)

DEFAULT_HOME_CITY = DEFAULTS["home_city"]
DEFAULT_HOME_TIMEZONE = DEFAULTS["home_timezone"]

# --- the statements ------------------------------------------------------------------------
VISIT = (
    "SELECT id, title, direction, start_date, end_date, partnership_id, head_id, hotel_id, "
    "original_language, translations, status FROM visit WHERE id = :visit"
)
PARTNERSHIP = (
    "SELECT partner_city, city_native, country, timezone, original_language, translations "
    "FROM partnership WHERE id = :partnership"
)
SETTINGS = "SELECT key, value FROM setting"
_PERSON = (
    "p.id, p.family_name, p.given_name, p.native_name, p.name_order, p.title, p.organisation, "
    "p.country, p.email, p.phone, p.original_language, p.translations"
)
#: A member's travel and stay, after the person's columns (``_stay``).
_TRAVEL = (
    "m.arrival, m.arrival_mode, m.arrival_carrier, m.arrival_number, m.arrival_place, "
    "m.arrival_terminal, m.arrival_pickup, m.departure, m.departure_mode, m.departure_carrier, "
    "m.departure_number, m.departure_place, m.departure_terminal, m.departure_pickup, "
    "m.hotel_id, m.room_type, m.mobile"
)
#: The delegation in precedence order.
MEMBERS = (
    f"SELECT m.role, m.precedence, m.room, {_PERSON}, {_TRAVEL} FROM visit_member m "
    "JOIN person p ON p.id = m.person_id WHERE m.visit_id = :visit ORDER BY m.precedence, m.id"
)
MEMBER_IDS = "SELECT person_id FROM visit_member WHERE visit_id = :visit ORDER BY precedence, id"
#: The home city's hosts in list order (they get personal itineraries too).
HOSTS = (
    f"SELECT h.role, h.position, {_PERSON} FROM visit_host h "
    "JOIN person p ON p.id = h.person_id WHERE h.visit_id = :visit ORDER BY h.position, h.id"
)
HOST_IDS = "SELECT person_id FROM visit_host WHERE visit_id = :visit ORDER BY position, id"
ITEMS = (
    "SELECT id, title, kind, starts_at, ends_at, timezone, venue_id, host_id, all_members, "
    "dress_code, notes, original_language, translations FROM program_item "
    "WHERE visit_id = :visit ORDER BY starts_at, id"
)
#: The venues of the visit's items, its hotel and its members' own hotels.
VENUES = (
    "SELECT id, name, address, room, city, timezone, contact, original_language, translations "
    "FROM venue WHERE id IN (SELECT venue_id FROM program_item WHERE visit_id = :visit) "
    "OR id IN (SELECT hotel_id FROM visit WHERE id = :visit) "
    "OR id IN (SELECT hotel_id FROM visit_member WHERE visit_id = :visit)"
)
#: The hosts of the visit's items and the head of the visit.
PEOPLE = (
    f"SELECT {_PERSON} FROM person p "
    "WHERE p.id IN (SELECT host_id FROM program_item WHERE visit_id = :visit) "
    "OR p.id IN (SELECT head_id FROM visit WHERE id = :visit)"
)
ATTENDEES = (
    "SELECT a.program_item_id, a.person_id FROM program_attendee a "
    "JOIN program_item i ON i.id = a.program_item_id WHERE i.visit_id = :visit"
)


# --- raw values as the table classes hand them back -----------------------------------------
def translations(value: Any) -> Translations:
    """A stored translations column (JSON text on SQLite, a dict on PostgreSQL) as the
    column type and ``services.documents.texts`` make it."""
    if isinstance(value, str):
        value = json.loads(value or "{}")
    return Translations(Translations(value).to_dict() or {})


def _texts(language: Any, stored: Any) -> dict[str, Any]:
    return {"original_language": language or "de", "translations": translations(stored)}


def _person(row: Row) -> PersonInfo:
    (id_, family, given, native, order, title, organisation, country, email, phone) = row[:10]
    return PersonInfo(
        id=int(id_ or 0),
        family_name=family,
        given_name=given,
        native_name=native,
        name_order=str(order),
        title=title,
        organisation=organisation,
        country=country,
        email=email,
        phone=phone,
        **_texts(row[10], row[11]),
    )


def _venue(row: Row) -> VenueInfo:
    id_, name, address, room, city, timezone, contact, language, stored = row
    return VenueInfo(
        id=int(id_ or 0),
        name=name,
        address=address,
        room=room,
        city=city,
        timezone=timezone,
        contact=contact,
        **_texts(language, stored),
    )


def _leg(row: Row) -> TravelLeg:
    at, mode, carrier, number, place, terminal, pickup = row
    return TravelLeg(
        at=utc_instant(at),
        mode=str(mode or ""),
        carrier=carrier or "",
        number=number or "",
        place=place or "",
        terminal=terminal or "",
        pickup=pickup or "",
    )


def stay_info(
    arrival: TravelLeg,
    departure: TravelLeg,
    hotel: VenueInfo | None,
    room_type: str,
    sharing: tuple[int, ...],
    mobile: str,
) -> StayInfo | None:
    """A member's stay as printed; None when nothing of it is entered (the fingerprint of a
    personal itinerary without travel data stays what it was)."""
    stay = StayInfo(arrival, departure, hotel, room_type, sharing, mobile)
    return None if stay == StayInfo() else stay


def with_stays(
    members: list[tuple[MemberInfo, TravelLeg, TravelLeg, int | None, str, str]],
    venues: Mapping[int, VenueInfo],
    visit_hotel: int | None,
) -> tuple[MemberInfo, ...]:
    """The members with their stays: (member, arrival, departure, own hotel id, room type,
    mobile) each; who shares a room is worked out once (``domain/rooms.py``)."""
    occupants = [
        RoomOccupant(
            member.person.id,
            "",
            hotel if hotel is not None else visit_hotel,
            member.room,
            RoomType(room_type) if room_type else None,
        )
        for member, _, _, hotel, room_type, _ in members
    ]
    shared = sharing(occupants)
    return tuple(
        dataclasses.replace(
            member,
            stay=stay_info(
                arrival,
                departure,
                venues.get(hotel) if hotel is not None else None,
                room_type,
                tuple(shared.get(member.person.id, ())),
                mobile,
            ),
        )
        for member, arrival, departure, hotel, room_type, mobile in members
    )


def home_city_names(settings: Mapping[str, str]) -> CityNames:
    """The home city's names per language from the settings (as stored by Settings)."""
    try:
        stored = json.loads(settings.get(HOME_CITY_NAMES_KEY) or "{}")
    except ValueError:
        return ()
    if not isinstance(stored, dict):
        return ()
    return tuple(sorted((str(k), v) for k, v in stored.items() if isinstance(v, str) and v))


def zone(name: str | None) -> str:
    """A usable IANA zone name; an empty or unknown setting falls back to the default."""
    try:
        ZoneInfo(name or "")
    except (ZoneInfoNotFoundError, ValueError):
        return DEFAULT_HOME_TIMEZONE
    return str(name)


def settings(execute: Execute) -> dict[str, str]:
    return {str(key): value for key, value in execute(SETTINGS)}


# --- the itinerary ---------------------------------------------------------------------------
def itinerary_data(execute: Execute, visit_id: int) -> ItineraryData:
    """The itinerary of a visit, unstamped (``NotFoundError`` for an unknown visit)."""
    params = {"visit": visit_id}
    found = execute(VISIT, params)
    if not found:
        raise NotFoundError(f"There is no visit #{visit_id}")
    (_, title, direction, start, end, partnership_id, head_id, hotel_id) = found[0][:8]
    visit_texts = _texts(found[0][8], found[0][9])
    draft = str(found[0][10]) in (VisitStatus.DRAFT.value, VisitStatus.PLANNED.value)
    partner_city, city_native, country, partner_zone, language, stored = execute(
        PARTNERSHIP, {"partnership": partnership_id}
    )[0]
    partner = PartnerInfo(
        partner_city=partner_city,
        city_native=city_native,
        country=country,
        **_texts(language, stored),
    )
    stored_settings = settings(execute)
    venues = {info.id: info for info in map(_venue, execute(VENUES, params))}
    read_members = []
    for row in execute(MEMBERS, params):
        travel = row[15:]
        read_members.append(
            (
                MemberInfo(_person(row[3:15]), str(row[0]), row[1], row[2]),
                _leg(travel[0:7]),
                _leg(travel[7:14]),
                int(travel[14]) if travel[14] is not None else None,
                str(travel[15] or ""),
                travel[16] or "",
            )
        )
    members = with_stays(read_members, venues, hotel_id)
    hosts = tuple(
        MemberInfo(_person(row[2:]), str(row[0]), row[1]) for row in execute(HOSTS, params)
    )
    # Everyone on the visit attends its whole-delegation items: members, then hosts.
    member_ids = tuple(m.person.id for m in (*members, *hosts))
    people = {info.id: info for info in map(_person, execute(PEOPLE, params))}
    attendees: dict[int, list[int]] = {}
    for item_id, person_id in execute(ATTENDEES, params):
        attendees.setdefault(int(item_id), []).append(int(person_id))
    program = []
    for row in execute(ITEMS, params):
        (id_, item_title, kind, starts, ends, timezone, venue_id, host_id, everyone) = row[:9]
        dress_code, notes, language, stored = row[9:]
        program.append(
            ProgramEntry(
                id=int(id_ or 0),
                title=item_title,
                kind=str(kind),
                starts_at=utc_instant(starts),  # type: ignore[arg-type]
                ends_at=utc_instant(ends),  # type: ignore[arg-type]
                timezone=timezone,
                venue=venues.get(venue_id) if venue_id is not None else None,
                host=people.get(host_id) if host_id is not None else None,
                dress_code=dress_code,
                notes=notes,
                attendee_ids=member_ids
                if everyone
                else tuple(sorted(attendees.get(int(id_ or 0), []))),
                **_texts(language, stored),
            )
        )
    outgoing = direction == Direction.OUTGOING
    home_zone = zone(stored_settings.get("home_timezone"))
    return ItineraryData(
        visit_id=visit_id,
        title=title,
        direction=str(direction),
        start_date=calendar_day(start),  # type: ignore[arg-type]
        end_date=calendar_day(end),  # type: ignore[arg-type]
        home_city=stored_settings.get("home_city") or DEFAULT_HOME_CITY,
        partner_city=partner_city,
        partner_city_native=city_native,
        partner_country=country,
        delegation_timezone=home_zone if outgoing else partner_zone,
        home_timezone=home_zone,
        head=people.get(head_id) if head_id is not None else None,
        members=members,
        program=tuple(program),
        hotel=venues.get(hotel_id) if hotel_id is not None else None,
        partner=partner,
        home_city_names=home_city_names(stored_settings),
        letterhead=letterhead_from_settings(stored_settings),
        draft=draft,
        hosts=hosts,
        **visit_texts,
    )


def itinerary(
    execute: Execute, visit_id: int, person_id: int | None = None
) -> tuple[ItineraryData, DocumentKind, str]:
    """The itinerary of a visit, or of one member (``person_id``) with only their items, with
    the kind and subject under which its prints are recorded."""
    data = itinerary_data(execute, visit_id)
    if person_id is None:
        return data, DocumentKind.ITINERARY, f"visit:{visit_id}"
    try:
        data = personal(data, person_id)
    except KeyError:
        raise ValidationError(
            "person",
            f"person #{person_id} is not a member of visit #{visit_id} nor one of its hosts",
        ) from None
    return data, DocumentKind.PERSONAL_ITINERARY, f"visit:{visit_id}:person:{person_id}"


def check_print_options(lang: str, font_path: str | None) -> None:
    """Refuses an unknown language or an unusable font (``ValidationError``). ReportLab is
    imported here, when something is printed, not when the services are."""
    from exchange_planner.reports.fonts import font_set
    from exchange_planner.reports.i18n import Language

    Language(lang)
    font_set(font_path or None)


def member_ids(execute: Execute, visit_id: int) -> list[int]:
    """Person ids of a visit's delegation in precedence order (for the personal batch)."""
    if not execute("SELECT id FROM visit WHERE id = :visit", {"visit": visit_id}):
        raise NotFoundError(f"There is no visit #{visit_id}")
    return [int(row[0]) for row in execute(MEMBER_IDS, {"visit": visit_id})]


def participant_ids(execute: Execute, visit_id: int) -> list[int]:
    """Person ids of a visit's delegation in precedence order, then of its hosts in list
    order: everyone who gets a personal itinerary."""
    members = member_ids(execute, visit_id)
    return members + [int(row[0]) for row in execute(HOST_IDS, {"visit": visit_id})]


# --- the stamp of a print ------------------------------------------------------------------
PRINTED = (
    "SELECT id, content_hash, version, printed_at, row_version FROM document_print "
    "WHERE kind = :kind AND subject_key = :subject"
)
#: The first print of a document; nothing when it was printed before (or at the same moment
#: by another program, whose commit this waits for).
FIRST_PRINT = (
    "INSERT INTO document_print (kind, subject_key, content_hash, version, printed_at, "
    "row_version) VALUES (:kind, :subject, :digest, 1, :printed_at, 1) "
    "ON CONFLICT (kind, subject_key) DO NOTHING RETURNING id"
)
#: A print of changed content: the next version, as of now (``row_version`` as the table
#: classes raise it, checked as they check it).
NEXT_VERSION = (
    "UPDATE document_print SET content_hash = :digest, version = :version, "
    "printed_at = :printed_at, row_version = :row_version + 1 "
    "WHERE id = :id AND row_version = :row_version RETURNING id"
)
#: One entry of the audit trail (``storage/audit.py``); RETURNING makes it a statement that
#: gives rows, as every statement an ``Execute`` runs does.
LOG = (
    "INSERT INTO change_log (at, user_name, origin, table_name, record_id, action, field, "
    "old_value, new_value, row_version, visit_id, residency_id) VALUES (:at, :user, :origin, "
    "'document_print', :record, :action, :field, :old, :new, :row_version, NULL, NULL) "
    "RETURNING id"
)


class LostPrintRace(Exception):
    """The row of a print changed between reading and updating it: the print is recorded
    again from the start (cannot happen while the transaction holds the write lock)."""


def stamp_time(now: datetime | None) -> datetime:
    """The "as of" time of a print made now: UTC, whole seconds."""
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def _iso(value: datetime) -> str:
    """An instant as the change log keeps it (``storage.audit.as_text``)."""
    return value.astimezone(UTC).isoformat()


def current_stamp(
    execute: Execute,
    kind: DocumentKind,
    subject: str,
    digest: str,
    now: datetime,
    *,
    unrecorded: bool,
) -> Stamp:
    """The stamp a print now would get, nothing written."""
    found = execute(PRINTED, {"kind": kind.value, "subject": subject})
    if not found:
        return Stamp(as_of=now, version=1, unrecorded=unrecorded)
    _, stored_digest, version, printed_at, _ = found[0]
    if stored_digest != digest:
        return Stamp(as_of=now, version=int(version) + 1, unrecorded=unrecorded)
    return Stamp(as_of=utc_instant(printed_at), version=int(version), unrecorded=unrecorded)  # type: ignore[arg-type]


def record_print(
    execute: Execute,
    kind: DocumentKind,
    subject: str,
    digest: str,
    now: datetime,
    *,
    user: str,
    origin: str,
    lock_row: bool = False,
) -> tuple[Stamp, int | None]:
    """Store a print in the transaction of ``execute``, which must start here (with this
    write); returns the stamp and the id of the ``document_print`` row when it changed.

    Two first prints of a document at the same moment both succeed: the row is made with
    ``INSERT … ON CONFLICT DO NOTHING`` (the later one waits for the earlier one's commit, then
    finds the row), then read locked (``lock_row``: ``FOR UPDATE`` on PostgreSQL; SQLite holds
    the write lock from the insert on), so the version rises once per changed content. The
    change log gets what a session's unit of work writes: the new row as JSON, or each changed
    field of it.
    """
    key = {"kind": kind.value, "subject": subject}
    made = execute(FIRST_PRINT, {**key, "digest": digest, "printed_at": sql_instant(now)})
    found = execute(PRINTED + (" FOR UPDATE" if lock_row else ""), key)
    record_id, stored_digest, version, printed_at, row_version = found[0]
    record_id, version, row_version = int(record_id), int(version), int(row_version)
    log = {"user": user, "origin": origin, "record": record_id}
    if made:
        values = {
            "id": str(record_id),
            "kind": kind.value,
            "subject_key": subject,
            "content_hash": digest,
            "version": "1",
            "printed_at": _iso(now),
        }
        execute(
            LOG,
            {
                **log,
                "at": sql_instant(datetime.now(UTC)),
                "action": "create",
                "field": "",
                "old": None,
                "new": json.dumps(values, ensure_ascii=False),
                "row_version": row_version,
            },
        )
        return Stamp(as_of=now, version=1, unrecorded=False), record_id
    before = utc_instant(printed_at)
    assert before is not None
    if stored_digest == digest:
        return Stamp(as_of=before, version=version, unrecorded=False), None
    updated = execute(
        NEXT_VERSION,
        {
            "id": record_id,
            "digest": digest,
            "version": version + 1,
            "printed_at": sql_instant(now),
            "row_version": row_version,
        },
    )
    if not updated:
        raise LostPrintRace(subject)
    at = sql_instant(datetime.now(UTC))
    changed = [
        ("content_hash", stored_digest, digest),
        ("version", str(version), str(version + 1)),
        ("printed_at", _iso(before), _iso(now)),
    ]
    for field, old, new in changed:
        if old == new:
            continue
        execute(
            LOG,
            {
                **log,
                "at": at,
                "action": "update",
                "field": field,
                "old": old,
                "new": new,
                "row_version": row_version + 1,
            },
        )
    return Stamp(as_of=now, version=version + 1, unrecorded=False), record_id
