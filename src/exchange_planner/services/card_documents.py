"""Who gets a place card or a name badge, in which order, read in one short session each.

- **Place cards** for a programme item with a seating plan: everyone seated there, table by
  table and seat by seat (so the cards can be set out on the tables in that order; a chair
  behind a seat follows that seat). For an item without a plan: those attending it, in the
  visit's order of precedence; without an item: everyone taking part in the visit, in the
  order of precedence (``PrecedenceService.order``).
- **Name badges**: every participant of the visit (the delegation and the home city's hosts)
  in the order of precedence; for an item, those attending it.

The data is plain (``reports.cards.CardsData``); the reports never read the database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlmodel import col, select

from exchange_planner.domain.enums import Side
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.texts import text_in
from exchange_planner.reports.cards import CardPerson, CardsData
from exchange_planner.reports.data import CityNames
from exchange_planner.services.documents import _settings, home_city_names, person_info
from exchange_planner.services.itinerary_reading import check_print_options
from exchange_planner.services.participation import attending
from exchange_planner.services.precedence import PrecedenceList, PrecedenceService
from exchange_planner.services.seating import SeatingService
from exchange_planner.services.settings import DEFAULTS, letterhead_from_settings
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    Partnership,
    ProgramItem,
    SeatingPlan,
    Visit,
)

CARD_LANGUAGES = ("de", "en", "ko")


def partner_names(partnership: Partnership | None) -> CityNames:
    """The partner city per language: its translations, its own script for Korean."""
    if partnership is None:
        return ()
    names: list[tuple[str, str]] = []
    for part in CARD_LANGUAGES:
        local = text_in(partnership, "partner_city", part)
        name = local.text
        if local.fallback and part == "ko" and partnership.city_native:
            name = partnership.city_native
        if name:
            names.append((part, name))
    return tuple(names)


class CardDocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.precedence = PrecedenceService(db)
        self.seating = SeatingService(db)

    # --- reading -----------------------------------------------------------------------------
    def seated_items(self, visit_id: int) -> list[tuple[int, str]]:
        """(id, title) of the visit's items that have a seating plan, in time order."""
        with self.db.session() as session:
            rows = session.exec(
                select(ProgramItem.id, ProgramItem.title)
                .join(SeatingPlan, col(SeatingPlan.program_item_id) == ProgramItem.id)
                .where(ProgramItem.visit_id == visit_id)
                .order_by(ProgramItem.starts_at, ProgramItem.id)
            ).all()
        return [(int(item_id), str(title)) for item_id, title in rows if item_id is not None]

    def place_cards(self, visit_id: int, item_id: int | None = None) -> CardsData:
        """The cards of an item's seating plan (by table and seat), of those attending an item
        without one, or of the whole visit (both in the order of precedence)."""
        if item_id is None:
            order = self.precedence.order(visit_id)
            return self._data(visit_id, order, [(e.person_id, "", None) for e in order.entries])
        title, present = self._item(visit_id, item_id)
        view = self.seating.view(item_id)
        order = self.precedence.order(visit_id)
        if view is None:
            seats = [(e.person_id, "", None) for e in order.entries if e.person_id in present]
            return self._data(visit_id, order, seats, occasion=title)
        seated: list[tuple[int, str, int | None]] = []
        for table in sorted(view.tables, key=lambda t: (t.position, t.id)):
            spots = sorted(
                (spot for spot in table.spots if spot.person_id is not None),
                key=lambda spot: (spot.key.seat, spot.key.behind),
            )
            label = table.label or str(table.position)
            seated += [(int(spot.person_id), label, spot.key.seat) for spot in spots]  # type: ignore[arg-type]
        return self._data(visit_id, view.order, seated, occasion=title, whole=order)

    def badges(self, visit_id: int, item_id: int | None = None) -> CardsData:
        """A badge for every participant of the visit, in the order of precedence; with
        ``item_id``, for those attending that item only."""
        order = self.precedence.order(visit_id)
        if item_id is None:
            return self._data(visit_id, order, [(e.person_id, "", None) for e in order.entries])
        title, present = self._item(visit_id, item_id)
        who = [(e.person_id, "", None) for e in order.entries if e.person_id in present]
        return self._data(visit_id, order, who, occasion=title)

    def _item(self, visit_id: int, item_id: int) -> tuple[str, set[int]]:
        """The title of a programme item of the visit and who attends it."""
        with self.db.session() as session:
            item = session.get(ProgramItem, item_id)
            if item is None:
                raise NotFoundError(f"There is no program item #{item_id}")
            if item.visit_id != visit_id:
                raise ValidationError(
                    "item",
                    f"program item #{item_id} “{item.title}” belongs to another visit "
                    f"(#{item.visit_id}), not to visit #{visit_id}",
                )
            return item.title, attending(session, item)

    def _data(
        self,
        visit_id: int,
        order: PrecedenceList,
        who: list[tuple[int, str, int | None]],
        *,
        occasion: str = "",
        whole: PrecedenceList | None = None,
    ) -> CardsData:
        entries = {entry.person_id: entry for entry in (whole or order).entries}
        entries.update({entry.person_id: entry for entry in order.entries})
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(f"There is no visit #{visit_id}")
            partnership = session.get(Partnership, visit.partnership_id)
            settings = _settings(session)
        home_city = settings.get("home_city") or DEFAULTS["home_city"]
        home = dict(home_city_names(settings))
        home_names = tuple((part, home.get(part) or home_city) for part in CARD_LANGUAGES)
        guests = partner_names(partnership)
        partner_city = partnership.partner_city if partnership else ""
        people: list[CardPerson] = []
        for person_id, table, seat in who:
            entry = entries.get(person_id)
            if entry is None:  # seated but no longer taking part: still gets a card
                person = self._person(person_id)
                side = Side.HOST
            else:
                person, side = entry.person, entry.side
            host = side == Side.HOST
            people.append(
                CardPerson(
                    person=person_info(person),  # type: ignore[arg-type]
                    side=str(side),
                    delegation_names=home_names if host else guests,
                    delegation=home_city if host else partner_city,
                    table=table,
                    seat=seat,
                )
            )
        return CardsData(
            people=tuple(people),
            visit_title=visit.title,
            occasion=occasion,
            home_city=home_city,
            partner_city=partner_city,
            partner_city_native=partnership.city_native if partnership else "",
            as_of=visit.start_date if isinstance(visit.start_date, date) else None,
            letterhead=letterhead_from_settings(settings),
        )

    def _person(self, person_id: int) -> object:
        from exchange_planner.storage.tables import Person

        with self.db.session() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(f"There is no person #{person_id}")
            return person

    # --- writing PDFs (any thread) ------------------------------------------------------------
    def write_place_cards(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        item_id: int | None = None,
        layout: str = "a4-2",
        lang: str = "de+ko",
        font_path: str | None = None,
    ) -> int:
        """Print the place cards; returns the page count."""
        from exchange_planner.reports.place_cards import build_place_cards, place_card_layout

        check_print_options(lang, font_path)
        chosen = place_card_layout(layout)  # an unknown layout is refused before reading
        data = self.place_cards(visit_id, item_id)
        _require_people(data, "place cards")
        return build_place_cards(
            data, target, card_layout=chosen, lang=lang, font_path=font_path or None
        )

    def write_badges(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        item_id: int | None = None,
        layout: str = "a6",
        lang: str = "de+ko",
        font_path: str | None = None,
    ) -> int:
        """Print the name badges (of those attending ``item_id`` when given); returns the
        page count."""
        from exchange_planner.reports.badges import badge_layout, build_badges

        check_print_options(lang, font_path)
        chosen = badge_layout(layout)
        data = self.badges(visit_id, item_id)
        _require_people(data, "name badges")
        return build_badges(
            data, target, card_layout=chosen, lang=lang, font_path=font_path or None
        )


def _require_people(data: CardsData, what: str) -> None:
    if not data.people:
        raise ValidationError(
            "visit",
            f"there is nobody to print {what} for: “{data.visit_title}” has no members, no "
            "hosts and (for an item) nobody seated",
        )
