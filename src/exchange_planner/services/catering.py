"""The catering summary of a visit's meals and receptions, as printable data and as a PDF.

Who attends a meal is who attends any item (``services.participation.attending``): every
member and host with ``all_members``, else those on the attendee list, and the item's host
always. What may be printed of each attendee is decided by ``domain.catering`` (consent,
names only where the kitchen needs them). Each print is recorded like the itinerary's
(``document_print``, kind ``catering_summary``): the version rises when what it prints
changed since the last print.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlmodel import Session, col, select

from exchange_planner.domain.catering import (
    CATERED_KINDS,
    Diner,
    requirements_of,
    summarise,
)
from exchange_planner.domain.enums import DocumentKind, ProgramKind, Side
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.services.documents import (
    _settings,
    _stamp,
    home_city_names,
    partner_info,
    person_info,
    venue_info,
)
from exchange_planner.services.itinerary_reading import check_print_options, zone
from exchange_planner.services.participation import attending
from exchange_planner.services.settings import DEFAULTS, letterhead_from_settings
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Partnership,
    Person,
    ProgramItem,
    Venue,
    Visit,
    VisitHost,
    VisitMember,
)

if TYPE_CHECKING:
    from exchange_planner.reports.catering import CateringSummaryData, MealSection
    from exchange_planner.reports.precedence_list import ProtocolVisit


@dataclasses.dataclass(frozen=True)
class CateredItem:
    """A meal or reception of a visit, as the dialog offers it."""

    id: int
    title: str
    kind: ProgramKind
    starts_at: datetime
    timezone: str


class CateringService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def meals(self, visit_id: int) -> list[CateredItem]:
        """The visit's meals and receptions in programme order."""
        with self.db.session() as session:
            _visit(session, visit_id)
            return [
                CateredItem(int(i.id or 0), i.title, ProgramKind(i.kind), i.starts_at, i.timezone)
                for i in _catered(session, visit_id)
            ]

    def summary(
        self,
        visit_id: int,
        *,
        item_id: int | None = None,
        names: bool = False,
        record: bool = True,
        now: datetime | None = None,
    ) -> CateringSummaryData:
        """The summary of every meal and reception of the visit, or of ``item_id`` only (a
        meal or reception of this visit). ``record`` stores the print (raising the version
        when the content changed)."""
        from exchange_planner.reports.catering import CateringSummaryData

        with self.db.session() as session:
            visit = _visit(session, visit_id)
            if item_id is None:
                items = _catered(session, visit_id)
                if not items:
                    raise NotFoundError(
                        f"Visit #{visit_id} has no meal or reception to cater; add one to "
                        "its programme (kind meal or reception)"
                    )
            else:
                items = [_item(session, visit_id, item_id)]
            sides = _sides(session, visit_id)
            settings = _settings(session)
            meals = tuple(_meal(session, item, sides, names=names) for item in items)
            data = CateringSummaryData(
                visit=_protocol_visit(session, visit, settings),
                meals=meals,
                names=names,
                home_timezone=zone(settings.get("home_timezone")),
                letterhead=letterhead_from_settings(settings),
            )
            subject = f"visit:{visit_id}" + (f":item:{item_id}" if item_id is not None else "")
            subject += ":names" if names else ""
            stamp = _stamp(
                self.db,
                session,
                DocumentKind.CATERING_SUMMARY,
                subject,
                content_hash(data),
                now,
                record=record,
                read_only=self.db.read_only,
            )
            return dataclasses.replace(data, stamp=stamp)

    def write_catering_summary(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        item_id: int | None = None,
        names: bool = False,
        lang: str = "de",
        font_path: str | None = None,
        now: datetime | None = None,
    ) -> int:
        """Print the catering summary; returns the page count. Refuses an unknown language
        or font before anything is recorded."""
        from exchange_planner.reports.catering import CateringOptions, build_catering_summary

        check_print_options(lang, font_path)
        data = self.summary(visit_id, item_id=item_id, names=names, now=now)
        return build_catering_summary(data, target, CateringOptions(lang, font_path or None))


def content_hash(data: CateringSummaryData) -> str:
    """A fingerprint of what the summary prints, without its stamp."""
    printed = repr(dataclasses.replace(data, stamp=None))
    return hashlib.sha256(printed.encode("utf-8")).hexdigest()


# --- parts -----------------------------------------------------------------------------------
def _visit(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"There is no visit #{visit_id} (it may have been deleted).")
    return visit


def _catered(session: Session, visit_id: int) -> list[ProgramItem]:
    return list(
        session.exec(
            select(ProgramItem)
            .where(
                ProgramItem.visit_id == visit_id,
                col(ProgramItem.kind).in_([k.value for k in CATERED_KINDS]),
            )
            .order_by(ProgramItem.starts_at, ProgramItem.id)
        ).all()
    )


def _item(session: Session, visit_id: int, item_id: int) -> ProgramItem:
    item = session.get(ProgramItem, item_id)
    if item is None:
        raise NotFoundError(f"There is no programme item #{item_id} (it may have been deleted).")
    if item.visit_id != visit_id:
        raise NotFoundError(
            f"Programme item #{item_id} “{item.title}” belongs to visit #{item.visit_id}, "
            f"not to visit #{visit_id}"
        )
    if ProgramKind(item.kind) not in CATERED_KINDS:
        raise ValidationError(
            "item",
            f"programme item #{item_id} “{item.title}” is a {ProgramKind(item.kind).value}, "
            "not a meal or reception: a catering summary is for meals and receptions",
        )
    return item


def _sides(session: Session, visit_id: int) -> dict[int, Side]:
    """Each participant's side: the delegation's members, the home city's hosts."""
    sides = {
        pid: Side.HOST
        for pid in session.exec(select(VisitHost.person_id).where(VisitHost.visit_id == visit_id))
    }
    for pid in session.exec(select(VisitMember.person_id).where(VisitMember.visit_id == visit_id)):
        sides[pid] = Side.DELEGATION
    return sides


def _order(session: Session, visit_id: int) -> dict[int, tuple[int, int, int]]:
    """The list order of the participants: members by precedence, then the hosts."""
    order: dict[int, tuple[int, int, int]] = {}
    for member in session.exec(select(VisitMember).where(VisitMember.visit_id == visit_id)):
        order[member.person_id] = (0, member.precedence, int(member.id or 0))
    for host in session.exec(select(VisitHost).where(VisitHost.visit_id == visit_id)):
        order.setdefault(host.person_id, (1, host.position, int(host.id or 0)))
    return order


def _meal(
    session: Session, item: ProgramItem, sides: dict[int, Side], *, names: bool
) -> MealSection:
    from exchange_planner.reports.catering import MealSection, NamedDiner

    ids = attending(session, item)
    order = _order(session, item.visit_id)
    people = {
        int(p.id or 0): p
        for p in session.exec(select(Person).where(col(Person.id).in_(sorted(ids)))).all()
    }
    ranked = sorted(people, key=lambda pid: (order.get(pid, (2, 0, pid)), pid))
    diners = [
        Diner(
            person_id=pid,
            requirements=requirements_of(people[pid].dietary_requirements),
            dietary_note=people[pid].dietary_notes or "",
            accessibility_note=people[pid].accessibility_notes or "",
            consent=bool(people[pid].notes_consent),
        )
        for pid in ranked
    ]
    summary = summarise(diners, names=names)
    # An item's host who is not on the visit counts with the home city.
    side_of = {pid: sides.get(pid, Side.HOST) for pid in ranked}
    venue = session.get(Venue, item.venue_id) if item.venue_id is not None else None
    return MealSection(
        item_id=int(item.id or 0),
        title=item.title,
        kind=ProgramKind(item.kind).value,
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        timezone=item.timezone,
        venue=venue_info(venue) if venue is not None else None,
        headcount=summary.headcount,
        delegation=sum(1 for s in side_of.values() if s is Side.DELEGATION),
        hosts=sum(1 for s in side_of.values() if s is Side.HOST),
        counts=tuple((c.requirement.value, c.count) for c in summary.counts),
        named=tuple(
            NamedDiner(
                person=person_info(people[need.person_id]),
                side=side_of[need.person_id].value,
                requirements=tuple(r.value for r in need.requirements),
                dietary_note=need.dietary_note,
                accessibility_note=need.accessibility_note,
            )
            for need in summary.named
        ),
        withheld=summary.withheld,
        without_requirements=summary.without_requirements,
        original_language=item.original_language or DEFAULT_LANGUAGE,
        translations=Translations(item.translations or {}),
    )


def _protocol_visit(session: Session, visit: Visit, settings: dict[str, str]) -> ProtocolVisit:
    from exchange_planner.reports.precedence_list import ProtocolVisit

    partnership = session.get(Partnership, visit.partnership_id)
    return ProtocolVisit(
        visit_id=int(visit.id or 0),
        title=visit.title,
        start_date=visit.start_date,
        end_date=visit.end_date,
        home_city=settings.get("home_city") or DEFAULTS["home_city"],
        home_city_names=home_city_names(settings),
        partner=partner_info(partnership) if partnership is not None else None,
        original_language=visit.original_language or DEFAULT_LANGUAGE,
        translations=Translations(visit.translations or {}),
    )
