"""The reciprocity ledger of the partnerships, read from the database."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from exchange_planner.domain.errors import NotFoundError
from exchange_planner.domain.ledger import (
    GiftEntry,
    Ledger,
    OpenKind,
    ResidencyEntry,
    VisitEntry,
    build_ledger,
)
from exchange_planner.domain.names import full_name
from exchange_planner.reports.data import BalanceReportData, TitleInfo
from exchange_planner.services import records as read
from exchange_planner.services.documents import partner_info, texts, title_info
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Gift, Partnership, Person, Residency, Visit


class BalanceService:
    """Per partnership and year: residencies sent/received, visits, gifts; open exchanges."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def ledger(self, partnership_id: int) -> Ledger:
        """The ledger of one partnership (three queries limited to that partnership)."""
        with self.db.session() as session:
            residencies = session.exec(
                select(Residency).where(Residency.partnership_id == partnership_id)
            ).all()
            artists = {
                person.id: person
                for person in session.exec(
                    select(Person).where(
                        Person.id.in_([r.artist_id for r in residencies if r.artist_id])  # type: ignore[union-attr]
                    )
                )
            }
            visits = session.exec(select(Visit).where(Visit.partnership_id == partnership_id)).all()
            gifts = session.exec(
                select(Gift, Visit.start_date)
                .join(Visit, Gift.visit_id == Visit.id)  # type: ignore[arg-type]
                .where(Visit.partnership_id == partnership_id)
            ).all()
        return build_ledger(
            [
                ResidencyEntry(
                    r.id,  # type: ignore[arg-type]
                    _residency_title(r, artists.get(r.artist_id)),
                    r.direction,
                    r.status,
                    r.start_date,
                    r.counterpart_id,
                )
                for r in residencies
            ],
            [
                VisitEntry(v.id, v.title, v.direction, v.status, v.start_date)  # type: ignore[arg-type]
                for v in visits
            ],
            [
                GiftEntry(
                    g.id,  # type: ignore[arg-type]
                    g.description,
                    g.direction,
                    g.presented_on or visit_start,
                    g.value_amount,
                    g.value_currency,
                )
                for g, visit_start in gifts
            ],
        )

    def report_data(self, partnership_id: int, as_of: date) -> BalanceReportData:
        """Plain data of the balance PDF of one partnership."""
        from exchange_planner.services.settings import SettingsService

        with self.db.session() as session:
            partnership = session.get(Partnership, partnership_id)
            if partnership is None:
                raise NotFoundError(f"There is no partnership #{partnership_id}.")
            # The titles of open exchanges in other languages (a residency without a title
            # is named by its artist, as in the ledger).
            titles = [
                (OpenKind.VISIT_NOT_RETURNED.value, int(visit.id or 0), title_info(visit))
                for visit in session.exec(
                    select(Visit).where(Visit.partnership_id == partnership_id)
                ).all()
            ] + [
                (
                    OpenKind.RESIDENCY_WITHOUT_COUNTERPART.value,
                    int(residency.id or 0),
                    TitleInfo(residency.title, **texts(residency)),  # type: ignore[arg-type]
                )
                for residency in session.exec(
                    select(Residency).where(Residency.partnership_id == partnership_id)
                ).all()
                if residency.title
            ]
        settings = SettingsService(self.db)
        return BalanceReportData(
            home_city=settings.get("home_city"),
            partner_city=partnership.partner_city,
            partner_city_native=partnership.city_native,
            since_year=partnership.since_year,
            ledger=self.ledger(partnership_id),
            as_of=as_of,
            partner=partner_info(partnership),
            home_city_names=tuple(sorted(settings.home_city_names().items())),
            open_titles=tuple(titles),
            letterhead=settings.letterhead(),
        )

    def ledgers(self, partnership_id: int | None = None) -> list[tuple[read.Partnership, Ledger]]:
        """Every partnership's ledger (or the one asked for), by partner city."""
        with self.db.session() as session:
            statement = select(Partnership).order_by(Partnership.partner_city)
            if partnership_id is not None:
                statement = statement.where(Partnership.id == partnership_id)
            partnerships = [read.Partnership.of(row) for row in session.exec(statement).all()]
        return [(p, self.ledger(p.id)) for p in partnerships]


def _residency_title(record: Residency, artist: Person | None) -> str:
    if record.title:
        return record.title
    return full_name(artist) if artist is not None else f"residency #{record.id}"
