"""What the printed documents show, read in one short session per document.

Each method returns plain frozen data (``reports.data``) that a report turns into a PDF on any
thread. The "as of" time and version number of a document come from the ``document_print``
table: the version rises only when the printed content changed since the last print, and the
"as of" time is when that content was first printed, so reprinting an unchanged plan gives the
same document. A database opened read-only records no print; its documents say so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from sqlalchemy import and_, extract, or_
from sqlmodel import Session, col, select

from exchange_planner.domain.enums import DocumentKind
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.gifts import threshold_flag, thresholds_from_settings
from exchange_planner.domain.names import latin_name
from exchange_planner.domain.texts import Translations
from exchange_planner.reports.data import (
    ChangesSince,
    GiftEntry,
    GiftProtocolData,
    ItineraryData,
    PartnerInfo,
    PersonInfo,
    Stamp,
    TitleInfo,
    VenueInfo,
    content_hash,
)
from exchange_planner.services import itinerary_reading
from exchange_planner.services.change_history import ChangeHistoryService
from exchange_planner.services.crud import retry_lost_races
from exchange_planner.services.settings import (
    DEFAULTS,
    letterhead_from_settings,
)
from exchange_planner.storage.audit import pending_changes
from exchange_planner.storage.database import Database
from exchange_planner.storage.files import private_dir
from exchange_planner.storage.sql_read import session_execute
from exchange_planner.storage.tables import (
    Gift,
    Partnership,
    Person,
    Setting,
    Venue,
    Visit,
)

if TYPE_CHECKING:
    from exchange_planner.reports.booklet import BookletPart
    from exchange_planner.reports.calendar_sheet import CalendarSheetData

_Doc = TypeVar("_Doc", ItineraryData, GiftProtocolData)


def person_info(person: Person) -> PersonInfo:
    return PersonInfo(
        id=int(person.id or 0),
        family_name=person.family_name,
        given_name=person.given_name,
        native_name=person.native_name,
        name_order=str(person.name_order),
        title=person.title,
        organisation=person.organisation,
        country=person.country,
        email=person.email,
        phone=person.phone,
        **texts(person),
    )


def texts(record: object) -> dict[str, object]:
    """The original language and translations of a translatable row, for the data's fields."""
    return {
        "original_language": getattr(record, "original_language", "") or "de",
        "translations": Translations(getattr(record, "translations", None) or {}),
    }


def partner_info(partnership: Partnership) -> PartnerInfo:
    return PartnerInfo(
        partner_city=partnership.partner_city,
        city_native=partnership.city_native,
        country=partnership.country,
        **texts(partnership),  # type: ignore[arg-type]
    )


def title_info(record: Visit) -> TitleInfo:
    return TitleInfo(record.title, **texts(record))  # type: ignore[arg-type]


#: The home city's names per language from the settings (as stored by Settings).
home_city_names = itinerary_reading.home_city_names


def venue_info(venue: Venue) -> VenueInfo:
    return VenueInfo(
        id=int(venue.id or 0),
        name=venue.name,
        address=venue.address,
        room=venue.room,
        city=venue.city,
        timezone=venue.timezone,
        contact=venue.contact,
        **texts(venue),  # type: ignore[arg-type]
    )


class DocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- itineraries -----------------------------------------------------------------------
    def itinerary(
        self,
        visit_id: int,
        *,
        person_id: int | None = None,
        record: bool = True,
        now: datetime | None = None,
    ) -> ItineraryData:
        """The itinerary of a visit, or of one member (``person_id``) with only their items.

        ``record`` stores this print (raising the version if the content changed); without it
        the stamp shows what a print now would show, and nothing is written.
        """
        with self.db.session() as session:
            data, kind, subject = itinerary_reading.itinerary(
                session_execute(session), visit_id, person_id
            )
            stamp = _stamp(
                self.db,
                session,
                kind,
                subject,
                content_hash(data),
                now,
                record=record,
                read_only=self.db.read_only,
            )
            return _with_stamp(data, stamp)

    def member_ids(self, visit_id: int) -> list[int]:
        """Person ids of a visit's delegation in precedence order (for the personal batch)."""
        with self.db.session() as session:
            return itinerary_reading.member_ids(session_execute(session), visit_id)

    def participant_ids(self, visit_id: int, only: Sequence[int] | None = None) -> list[int]:
        """Person ids of a visit's members, then its hosts: everyone with a personal itinerary
        (``only``: just those of them, refusing anyone not on the visit)."""
        with self.db.session() as session:
            found = itinerary_reading.participant_ids(session_execute(session), visit_id)
        if only is None:
            return found
        for person_id in only:
            if person_id not in found:
                raise ValidationError(
                    "person",
                    f"person #{person_id} is not a member of visit #{visit_id} "
                    "nor one of its hosts",
                )
        return [person_id for person_id in found if person_id in set(only)]

    # --- gift protocols --------------------------------------------------------------------
    def gift_protocol(
        self,
        *,
        visit_id: int | None = None,
        year: int | None = None,
        record: bool = True,
        now: datetime | None = None,
    ) -> GiftProtocolData:
        """The gifts of one visit, or of one calendar year (by date presented, else visit)."""
        if (visit_id is None) == (year is None):
            raise ValidationError("visit", "choose either a visit or a year")
        if year is not None and not (1900 <= year <= 2200):
            raise ValidationError("year", f"{year} is not a plausible year")
        with self.db.session() as session:
            settings = _settings(session)
            thresholds = thresholds_from_settings(
                {k: v for k, v in settings.items() if k.startswith("gift_")}
            )
            statement = select(Gift, Visit).join(
                Visit, col(Visit.id) == Gift.visit_id, isouter=True
            )
            visit: Visit | None = None
            partnership: Partnership | None = None
            if visit_id is not None:
                visit = session.get(Visit, visit_id)
                if visit is None:
                    raise NotFoundError(f"There is no visit #{visit_id}")
                partnership = session.get(Partnership, visit.partnership_id)
                statement = statement.where(Gift.visit_id == visit_id)
                subject = f"visit:{visit_id}"
            else:
                statement = statement.where(
                    or_(
                        extract("year", Gift.presented_on) == year,
                        and_(
                            col(Gift.presented_on).is_(None),
                            extract("year", Visit.start_date) == year,
                        ),
                    )
                )
                subject = f"year:{year}"
            rows = session.exec(
                statement.order_by(
                    Gift.direction,
                    col(Gift.presented_on).is_(None),  # undated gifts last
                    col(Gift.presented_on),
                    Gift.id,
                )
            ).all()
            ids = {g.giver_id for g, _ in rows} | {g.recipient_id for g, _ in rows}
            people = {
                p.id: person_info(p)
                for p in session.exec(
                    select(Person).where(col(Person.id).in_([i for i in ids if i is not None]))
                ).all()
            }
            gifts = []
            for gift, gift_visit in rows:
                recipient = people.get(gift.recipient_id) if gift.recipient_id else None
                gifts.append(
                    GiftEntry(
                        id=int(gift.id or 0),
                        direction=str(gift.direction),
                        description=gift.description,
                        maker=gift.maker,
                        giver=people.get(gift.giver_id) if gift.giver_id else None,
                        recipient=recipient,
                        presented_on=gift.presented_on,
                        value_amount=gift.value_amount,
                        value_currency=gift.value_currency,
                        valuation_basis=gift.valuation_basis,
                        circumstances=gift.circumstances,
                        disposition=gift.disposition,
                        inventory_number=gift.inventory_number,
                        visit_title=gift_visit.title if gift_visit is not None else "",
                        flag=threshold_flag(
                            gift.value_amount,
                            gift.value_currency,
                            recipient.country if recipient else None,
                            thresholds,
                        )
                        if recipient is not None
                        else None,
                        visit=title_info(gift_visit) if gift_visit is not None else None,
                        **texts(gift),  # type: ignore[arg-type]
                    )
                )
            data = GiftProtocolData(
                home_city=settings.get("home_city") or DEFAULTS["home_city"],
                gifts=tuple(gifts),
                visit_id=visit_id,
                visit_title=visit.title if visit else "",
                start_date=visit.start_date if visit else None,
                end_date=visit.end_date if visit else None,
                partner_city=partnership.partner_city if partnership else "",
                partner_city_native=partnership.city_native if partnership else "",
                year=year,
                home_timezone=_zone(settings.get("home_timezone")),
                visit=title_info(visit) if visit else None,
                partner=partner_info(partnership) if partnership else None,
                home_city_names=home_city_names(settings),
                letterhead=letterhead_from_settings(settings),
            )
            stamp = _stamp(
                self.db,
                session,
                DocumentKind.GIFT_PROTOCOL,
                subject,
                content_hash(data),
                now,
                record=record,
                read_only=self.db.read_only,
            )
            return _with_stamp(data, stamp)

    def gift_years(self) -> list[int]:
        """Calendar years that have gifts, newest first (for the year protocol's chooser)."""
        with self.db.session() as session:
            years = {d.year for d in session.exec(select(Gift.presented_on)).all() if d is not None}
            years |= {
                d.year
                for d in session.exec(
                    select(Visit.start_date).join(Gift, col(Gift.visit_id) == Visit.id)
                ).all()
            }
        return sorted(years, reverse=True)

    # --- writing PDFs (any thread; each call opens its own short session) ---------------------
    def write_itinerary(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        person_id: int | None = None,
        lang: str = "de",
        home_zone_column: bool = False,
        font_path: str | None = None,
        now: datetime | None = None,
        changes_since: int | None = None,
    ) -> int:
        """Gather and print an itinerary (personal with ``person_id``); returns the page count.

        ``changes_since`` adds a page of what moved, was added or was cancelled since that
        printed version of the visit's itinerary."""
        from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary

        options = ItineraryOptions(lang, home_zone_column, font_path or None)
        # Refuse an unknown language or an unusable font before a print is recorded.
        _check_print_options(lang, font_path)
        changes = None
        if changes_since is not None:
            if person_id is not None:
                raise ValidationError(
                    "changes_since", "a page of changes is printed with the visit's itinerary only"
                )
            changes = self.changes_since(visit_id, changes_since)
        data = self.itinerary(visit_id, person_id=person_id, now=now)
        return build_itinerary(data, target, options, changes=changes)

    def printed_versions(self, visit_id: int) -> list[int]:
        """The versions of a visit's itinerary that were printed (and when is known), oldest
        first; empty when it was never printed."""
        times = ChangeHistoryService(self.db).print_times(
            DocumentKind.ITINERARY, f"visit:{visit_id}"
        )
        return sorted(times)

    def changes_since(self, visit_id: int, version: int) -> ChangesSince:
        """What moved, was added or was cancelled in a visit's programme since ``version`` of
        its itinerary was printed."""
        history = ChangeHistoryService(self.db)
        with self.db.session() as session:
            if session.get(Visit, visit_id) is None:
                raise NotFoundError(f"There is no visit #{visit_id}")
        times = history.print_times(DocumentKind.ITINERARY, f"visit:{visit_id}")
        if version not in times:
            printed = (
                f"printed versions: {', '.join(str(v) for v in sorted(times))}"
                if times
                else "it was never printed"
            )
            raise ValidationError(
                "changes_since",
                f"version {version} of the itinerary of visit #{visit_id} is not known ({printed})",
            )
        since = times[version]
        return ChangesSince(version, since, tuple(history.program_changes_since(visit_id, since)))

    def write_personal_itineraries(
        self,
        visit_id: int,
        folder: str | Path,
        *,
        lang: str = "de",
        home_zone_column: bool = False,
        font_path: str | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        person_ids: Sequence[int] | None = None,
    ) -> list[Path]:
        """One personal itinerary per member and per host (or per ``person_ids``) into
        ``folder``; stops early when ``cancelled()``."""
        from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary

        _check_print_options(lang, font_path)
        person_ids = self.participant_ids(visit_id, person_ids)  # refused before a folder
        if not person_ids:
            raise ValidationError(
                "visit", f"visit #{visit_id} has no members or hosts to print for"
            )
        # A new folder is owner-only; a folder the user chose keeps its permissions.
        folder = private_dir(Path(folder), tighten=False)
        written: list[Path] = []
        for index, person_id in enumerate(person_ids, start=1):
            if cancelled is not None and cancelled():
                break
            data = self.itinerary(visit_id, person_id=person_id)
            assert data.person is not None
            name = latin_name(data.person)
            target = folder / f"{index:02d}-{safe_file_name(name)}.pdf"
            build_itinerary(data, target, ItineraryOptions(lang, home_zone_column, font_path))
            written.append(target)
            if progress is not None:
                progress(index, len(person_ids), name)
        return written

    def write_gift_protocol(
        self,
        target: str | Path | BinaryIO,
        *,
        visit_id: int | None = None,
        year: int | None = None,
        lang: str = "de",
        font_path: str | None = None,
        now: datetime | None = None,
    ) -> int:
        from exchange_planner.reports.gifts import GiftProtocolOptions, build_gift_protocol

        _check_print_options(lang, font_path)
        data = self.gift_protocol(visit_id=visit_id, year=year, now=now)
        return build_gift_protocol(data, target, GiftProtocolOptions(lang, font_path or None))

    # --- residency sheet, balance, calendar, booklet (every document from every place) -----
    def write_residency_sheet(
        self,
        residency_id: int,
        target: str | Path | BinaryIO,
        *,
        lang: str = "de+ko",
        font_path: str | None = None,
        as_of: date | None = None,
    ) -> int:
        """Print the residency sheet of ``residency_id``; returns the page count."""
        from exchange_planner.reports.residency_sheet import build_residency_sheet
        from exchange_planner.services.residencies import ResidencyService

        _check_print_options(lang, font_path)
        data = ResidencyService(self.db).sheet_data(residency_id, as_of or date.today())
        return build_residency_sheet(data, target, lang=lang, font_path=font_path or None)

    def write_balance(
        self,
        target: str | Path | BinaryIO,
        *,
        partnership_id: int | None = None,
        lang: str = "de+en",
        font_path: str | None = None,
        as_of: date | None = None,
    ) -> int:
        """Print the balance of one partnership, or of every partnership one after the other
        (each on new pages); returns the page count."""
        from exchange_planner.reports.balance import build_balance_pdf
        from exchange_planner.reports.balances import build_balances_pdf
        from exchange_planner.services.balance import BalanceService

        _check_print_options(lang, font_path)
        balance = BalanceService(self.db)
        day = as_of or date.today()
        if partnership_id is not None:
            data = balance.report_data(partnership_id, day)
            return build_balance_pdf(data, target, lang=lang, font_path=font_path or None)
        with self.db.session() as session:
            ids = [
                int(i)
                for i in session.exec(select(Partnership.id).order_by(Partnership.id)).all()
                if i is not None
            ]
        if not ids:
            raise NotFoundError("There is no partnership to print a balance of.")
        every = [balance.report_data(i, day) for i in ids]
        return build_balances_pdf(every, target, lang=lang, font_path=font_path or None)

    def calendar_sheet(
        self,
        first: date,
        last: date,
        view: str,
        *,
        lang: str = "de",
        today: date | None = None,
        kinds: set[str] | None = None,
        zone: str | None = None,
        partnership_id: int | None = None,
    ) -> CalendarSheetData:
        """The calendar's entries of ``first`` .. ``last`` (whole months or weeks for those
        views) in the home time zone (or ``zone``), their texts in the document's first
        language; only ``kinds`` and one partnership's entries when given."""
        from exchange_planner.reports.calendar_sheet import (
            CalendarSheetData,
            check_period,
            grid_period,
        )
        from exchange_planner.reports.i18n import Language
        from exchange_planner.services.calendar import CalendarService

        check_period(first, last, view)
        language = Language(lang)
        calendar = CalendarService(self.db)
        home_zone = _zone(calendar.home_zone())
        zone = _zone(zone or home_zone)
        shown_first, shown_last = grid_period(first, last, view)
        today = today or date.today()
        entries = calendar.entries(
            shown_first, shown_last, zone, today=today, language=language.primary
        )
        if kinds is not None:
            entries = [entry for entry in entries if str(entry.kind) in kinds]
        if partnership_id is not None:
            entries = [entry for entry in entries if entry.partnership_id == partnership_id]
        with self.db.session() as session:
            settings = _settings(session)
        return CalendarSheetData(
            first=first,
            last=last,
            view=view,
            zone=zone,
            entries=tuple(entries),
            home_city=settings.get("home_city") or DEFAULTS["home_city"],
            home_city_names=home_city_names(settings),
            printed=today,
            home_zone=home_zone,
            letterhead=letterhead_from_settings(settings),
        )

    def write_calendar(
        self,
        target: str | Path | BinaryIO,
        first: date,
        last: date,
        *,
        view: str = "month",
        lang: str = "de",
        font_path: str | None = None,
        today: date | None = None,
        kinds: set[str] | None = None,
        zone: str | None = None,
        partnership_id: int | None = None,
    ) -> int:
        """Print the calendar of a period as a month grid, weeks or an agenda (times in the
        home zone, or ``zone``); returns the page count."""
        from exchange_planner.reports.calendar_sheet import build_calendar_sheet

        _check_print_options(lang, font_path)
        data = self.calendar_sheet(
            first,
            last,
            view,
            lang=lang,
            today=today,
            kinds=kinds,
            zone=zone,
            partnership_id=partnership_id,
        )
        return build_calendar_sheet(data, target, lang=lang, font_path=font_path or None)

    def write_personal_booklet(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        lang: str = "de",
        home_zone_column: bool = False,
        font_path: str | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        person_ids: Sequence[int] | None = None,
    ) -> list[BookletPart]:
        """All personal itineraries of a visit as one booklet: each member's part starts on a
        new sheet and counts its own pages. Returns the parts (name, first page, pages);
        stops before writing anything when ``cancelled()``."""
        from exchange_planner.reports.booklet import build_booklet
        from exchange_planner.reports.i18n import Language
        from exchange_planner.reports.itinerary import ItineraryOptions

        _check_print_options(lang, font_path)
        person_ids = self.participant_ids(visit_id, person_ids)
        if not person_ids:
            raise ValidationError(
                "visit", f"visit #{visit_id} has no members or hosts to print for"
            )
        # The data first (one short session each), then the pages: both halves report.
        total = 2 * len(person_ids)
        parts: list[ItineraryData] = []
        for index, person_id in enumerate(person_ids, start=1):
            if cancelled is not None and cancelled():
                return []
            data = self.itinerary(visit_id, person_id=person_id)
            assert data.person is not None
            parts.append(data)
            if progress is not None:
                progress(index, total, latin_name(data.person))

        def laid_out(done: int, _count: int, name: str) -> None:
            if cancelled is not None and cancelled():
                raise BookletCancelled
            if progress is not None and name:
                progress(len(person_ids) + done, total, name)

        language = Language(lang)
        title = f"{language.label('personal_itinerary')}: {parts[0].title}"
        try:
            return build_booklet(
                parts,
                target,
                ItineraryOptions(lang, home_zone_column, font_path or None),
                title=title,
                progress=laid_out,
            )
        except BookletCancelled:
            return []


class BookletCancelled(Exception):
    """The booklet was cancelled while its parts were laid out (nothing is written)."""


#: Refuses an unknown language or an unusable font (``ValidationError``).
_check_print_options = itinerary_reading.check_print_options


#: Bytes (UTF-8) of a name part: file systems allow 255 per name, and the atomic writer's
#: temporary name adds a prefix and suffix to it.
MAX_NAME_BYTES = 120


def safe_file_name(text: str, *, fallback: str = "member") -> str:
    """A file name part from a person's name: letters, digits and dashes only, at most 60
    characters and ``MAX_NAME_BYTES`` bytes (60 letters such as 𠀀 take 240)."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")[:60]
    while len(cleaned.encode("utf-8")) > MAX_NAME_BYTES:
        cleaned = cleaned[:-1]
    return cleaned.rstrip("-_") or fallback


#: A usable IANA zone name; an empty or unknown setting falls back to the default.
_zone = itinerary_reading.zone


def _settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.exec(select(Setting)).all()}


def _stamp(
    db: Database,
    session: Session,
    kind: DocumentKind,
    subject: str,
    digest: str,
    now: datetime | None,
    *,
    record: bool,
    read_only: bool,
) -> Stamp:
    """The stamp of a print, stored if ``record``; a read-only database stores nothing and the
    stamp says so."""
    now = itinerary_reading.stamp_time(now)
    if record and not read_only:
        return retry_lost_races(
            lambda: _record_print(db, kind, subject, digest, now),
            also=(itinerary_reading.LostPrintRace,),
        )
    return itinerary_reading.current_stamp(
        session_execute(session), kind, subject, digest, now, unrecorded=read_only
    )


def _record_print(
    db: Database, kind: DocumentKind, subject: str, digest: str, now: datetime
) -> Stamp:
    """Store a print in a transaction of its own that starts by writing
    (``itinerary_reading.record_print``, the statements the command line runs on a file too);
    the changed row joins the commit's changes, as a flush's would."""
    with db.session() as session:
        audit = session.info["audit"]
        stamp, changed = itinerary_reading.record_print(
            session_execute(session),
            kind,
            subject,
            digest,
            now,
            user=audit["user"],
            origin=audit["origin"],
            lock_row=session.connection().dialect.name == "postgresql",
        )
        if changed is not None:
            pending_changes(session).records.add(("document_print", changed))
        return stamp


def _with_stamp(data: _Doc, stamp: Stamp) -> _Doc:
    return dataclasses.replace(data, stamp=stamp)
