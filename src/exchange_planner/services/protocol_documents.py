"""The order of precedence and the seating plan as printable data, and their PDFs.

The read models come from ``PrecedenceService.order`` and ``SeatingService.view``; this module
turns them into the plain data of ``reports.precedence_list`` and ``reports.seating_plan``
(names, titles and ranks with their translations, the seats' drawing positions from
``domain.seating``), so the reports never read the database. Neither document keeps a print
history (they change up to the last minute); they are dated the day they are printed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlmodel import col, select

from exchange_planner.domain.enums import MemberRole, Side, TableShape
from exchange_planner.domain.errors import NotFoundError
from exchange_planner.domain.seating import seat_layout, table_outline
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.reports.data import PersonInfo
from exchange_planner.services import records as read
from exchange_planner.services.documents import (
    _settings,
    home_city_names,
    partner_info,
    person_info,
)
from exchange_planner.services.itinerary_reading import check_print_options
from exchange_planner.services.precedence import PrecedenceEntry, PrecedenceList, PrecedenceService
from exchange_planner.services.seating import SeatingService, SeatingView
from exchange_planner.services.settings import DEFAULTS, letterhead_from_settings
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Partnership,
    ProgramItem,
    Rank,
    RankTable,
    SeatingPlan,
    Venue,
    Visit,
    VisitHost,
    VisitMember,
)

if TYPE_CHECKING:
    from exchange_planner.reports.letterhead import Letterhead
    from exchange_planner.reports.precedence_list import (
        PrecedenceListData,
        PrecedenceRow,
        ProtocolVisit,
        RankInfo,
    )
    from exchange_planner.reports.seating_plan import SeatingPlanData, SeatingTableData
    from exchange_planner.services.seating import TableView


class ProtocolDocumentService:
    """Builds and prints the order of precedence of a visit and the seating plan of an item."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.precedence = PrecedenceService(db)
        self.seating = SeatingService(db)

    # --- what the documents show -----------------------------------------------------------
    def precedence_list(self, visit_id: int, *, as_of: date | None = None) -> PrecedenceListData:
        from exchange_planner.reports.precedence_list import PrecedenceListData

        order = self.precedence.order(visit_id)  # NotFoundError for an unknown visit
        visit, letterhead = self._visit(visit_id)
        return PrecedenceListData(
            visit=visit,
            rows=tuple(self._rows(visit_id, order)),
            as_of=as_of or date.today(),
            error=order.error,
            letterhead=letterhead,
        )

    def seating_items(self, visit_id: int) -> list[tuple[int, str]]:
        """The visit's programme items that have a seating plan, in programme order:
        (item id, title)."""
        with self.db.session() as session:
            if session.get(Visit, visit_id) is None:
                raise NotFoundError(f"There is no visit #{visit_id} (it may have been deleted).")
            rows = session.exec(
                select(ProgramItem.id, ProgramItem.title)
                .join(SeatingPlan, col(SeatingPlan.program_item_id) == ProgramItem.id)
                .where(ProgramItem.visit_id == visit_id)
                .order_by(ProgramItem.starts_at, ProgramItem.id)
            ).all()
            return [(int(item_id), title) for item_id, title in rows if item_id is not None]

    def default_seating_item(self, visit_id: int) -> int:
        """The visit's first programme item with a seating plan; NotFoundError (saying how to
        make one) when none has."""
        items = self.seating_items(visit_id)
        if not items:
            raise NotFoundError(
                f"Visit #{visit_id} has no programme item with a seating plan; make one in "
                "the visit's Seating section (for a meal or a reception), or name the item "
                "with --item"
            )
        return items[0][0]

    def seating_plan(
        self, item_id: int, *, visit_id: int | None = None, as_of: date | None = None
    ) -> SeatingPlanData:
        """The seating plan of ``item_id`` (of ``visit_id`` when given: an item of another
        visit is refused)."""
        from exchange_planner.reports.seating_plan import ItemInfo, SeatingPlanData

        view = self.seating.view(item_id)  # NotFoundError for an unknown item
        with self.db.session() as session:
            item = session.get(ProgramItem, item_id)
            assert item is not None
            if visit_id is not None and item.visit_id != visit_id:
                raise NotFoundError(
                    f"Programme item #{item_id} “{item.title}” belongs to visit "
                    f"#{item.visit_id}, not to visit #{visit_id}"
                )
            venue = session.get(Venue, item.venue_id) if item.venue_id is not None else None
        if view is None:
            raise NotFoundError(
                f"Programme item #{item_id} “{item.title}” has no seating plan; make one in "
                "the visit's Seating section"
            )
        visit, letterhead = self._visit(item.visit_id)
        host_id, guest_id = _host_and_guest(view)
        return SeatingPlanData(
            visit=visit,
            item=ItemInfo(
                title=item.title,
                starts_at=item.starts_at,
                timezone=item.timezone,
                venue=venue.name if venue is not None else "",
                original_language=item.original_language or DEFAULT_LANGUAGE,
                translations=Translations(item.translations or {}),
            ),
            tables=tuple(_table(table, view) for table in view.tables),
            as_of=as_of or date.today(),
            rule=str(view.plan.rule),
            host_id=host_id,
            guest_of_honour_id=guest_id,
            unseated=tuple(person_info(p) for p in view.unseated),  # type: ignore[arg-type]
            letterhead=letterhead,
        )

    # --- the PDFs ----------------------------------------------------------------------------
    def write_precedence_list(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        lang: str = "de",
        font_path: str | None = None,
        as_of: date | None = None,
    ) -> int:
        from exchange_planner.reports.precedence_list import (
            PrecedenceOptions,
            build_precedence_list,
        )

        check_print_options(lang, font_path)
        data = self.precedence_list(visit_id, as_of=as_of)
        return build_precedence_list(data, target, PrecedenceOptions(lang, font_path or None))

    def write_seating_plan(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        item_id: int | None = None,
        lang: str = "de",
        font_path: str | None = None,
        as_of: date | None = None,
    ) -> int:
        """Print the seating plan of ``item_id`` (default: the visit's first item with one)."""
        from exchange_planner.reports.seating_plan import SeatingPlanOptions, build_seating_plan

        check_print_options(lang, font_path)
        if item_id is None:
            item_id = self.default_seating_item(visit_id)
        data = self.seating_plan(item_id, visit_id=visit_id, as_of=as_of)
        return build_seating_plan(data, target, SeatingPlanOptions(lang, font_path or None))

    # --- parts -----------------------------------------------------------------------------
    def _visit(self, visit_id: int) -> tuple[ProtocolVisit, Letterhead | None]:
        from exchange_planner.reports.precedence_list import ProtocolVisit

        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(f"There is no visit #{visit_id} (it may have been deleted).")
            partnership = session.get(Partnership, visit.partnership_id)
            settings = _settings(session)
            return (
                ProtocolVisit(
                    visit_id=visit_id,
                    title=visit.title,
                    start_date=visit.start_date,
                    end_date=visit.end_date,
                    home_city=settings.get("home_city") or DEFAULTS["home_city"],
                    home_city_names=home_city_names(settings),
                    partner=partner_info(partnership) if partnership is not None else None,
                    original_language=visit.original_language or DEFAULT_LANGUAGE,
                    translations=Translations(visit.translations or {}),
                ),
                letterhead_from_settings(settings),
            )

    def _rows(self, visit_id: int, order: PrecedenceList) -> list[PrecedenceRow]:
        from exchange_planner.reports.precedence_list import PrecedenceRow

        ranks, principals = self._ranks_and_principals(visit_id)
        people = {entry.person_id: person_info(entry.person) for entry in order.entries}  # type: ignore[arg-type]
        rows: list[PrecedenceRow] = []
        for entry in order.entries:
            principal = principals.get(entry.person_id)
            rows.append(
                PrecedenceRow(
                    place=entry.place,
                    person=people[entry.person_id],
                    side=str(entry.side),
                    rank=ranks.get(entry.person.rank_id) if entry.person.rank_id else None,
                    role=str(entry.role),
                    computed_place=entry.computed_place,
                    flags=_flags(entry),
                    override_reason=entry.override_reason,
                    interprets_for=people.get(principal) if principal is not None else None,
                )
            )
        return rows

    def _ranks_and_principals(self, visit_id: int) -> tuple[dict[int, RankInfo], dict[int, int]]:
        """Every rank as printed (by id), and whose interpreter each participant is."""
        from exchange_planner.reports.precedence_list import RankInfo

        with self.db.session() as session:
            tables = {t.id: t for t in session.exec(select(RankTable)).all()}
            ranks: dict[int, RankInfo] = {}
            for rank in session.exec(select(Rank)).all():
                table = tables.get(rank.rank_table_id)
                ranks[int(rank.id or 0)] = RankInfo(
                    title=rank.title,
                    table=table.name if table is not None else "",
                    original_language=rank.original_language or DEFAULT_LANGUAGE,
                    translations=Translations(rank.translations or {}),
                    table_language=(table.original_language if table else "") or DEFAULT_LANGUAGE,
                    # The table's name is stored as field "name"; the report reads "title".
                    table_translations=Translations(
                        {"title": dict((table.translations or {}).get("name") or {})}
                        if table is not None
                        else {}
                    ),
                )
            principals: dict[int, int] = {}
            for row in (
                *session.exec(select(VisitMember).where(VisitMember.visit_id == visit_id)).all(),
                *session.exec(select(VisitHost).where(VisitHost.visit_id == visit_id)).all(),
            ):
                if row.interprets_for_id is not None:
                    principals[row.person_id] = row.interprets_for_id
            return ranks, principals


def _flags(entry: PrecedenceEntry) -> frozenset[str]:
    flags = set(entry.flags)
    if entry.overridden:
        flags.add("overridden")
    return frozenset(flags)


def _host_and_guest(view: SeatingView) -> tuple[int | None, int | None]:
    """The host (the plan's, the item's, else the first of the home city in the order) and
    the guest of honour (the first of the delegation who is no interpreter)."""
    entries = view.order.entries
    attending = {entry.person_id for entry in entries}
    host = next(
        (
            candidate
            for candidate in (view.plan.host_id, view.item.host_id)
            if candidate is not None and candidate in attending
        ),
        None,
    )
    if host is None:
        host = next((e.person_id for e in entries if e.side is Side.HOST), None)
    guest = next(
        (
            e.person_id
            for e in entries
            if e.side is Side.DELEGATION and e.role is not MemberRole.INTERPRETER
        ),
        None,
    )
    return host, guest


def _table(table: TableView, view: SeatingView) -> SeatingTableData:
    from exchange_planner.reports.seating_plan import SeatedPerson, SeatingTableData, SeatSpotData

    shape = TableShape(table.shape)
    seats = int(table.seats)
    spots, (width, height) = seat_layout(shape, seats)
    people: list[SeatedPerson] = []
    for spot in table.spots:
        if spot.person is None:
            continue
        people.append(
            SeatedPerson(
                person=_person(spot.person),
                # Seated but no longer taking part: shown as the home city's.
                side=str(spot.side or Side.HOST),
                seat=spot.key.seat,
                behind=spot.key.behind,
            )
        )
    return SeatingTableData(
        label=table.label,
        shape=shape.value,
        seats=seats,
        width=width,
        height=height,
        spots=tuple(SeatSpotData(s.seat, s.x, s.y, s.facing) for s in spots),
        people=tuple(people),
        outline=tuple(table_outline(shape, seats)),
    )


def _person(person: read.Person) -> PersonInfo:
    return person_info(person)  # type: ignore[arg-type]
