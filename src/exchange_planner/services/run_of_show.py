"""What the run-of-show (Ablaufplan) of a visit prints, read in one short session, and its PDF.

Everything staff need and guests never see: internal notes, who is responsible, the cues of
each item in time order, the vehicles of each transfer with their drivers (read only here;
the transport plan assigns them). Its prints are recorded like the itinerary's (kind
``run_of_show``, subject ``visit:N``): the version rises when what it prints changed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlmodel import Session, col, select

from exchange_planner.domain.enums import DocumentKind, VisitStatus
from exchange_planner.domain.errors import NotFoundError
from exchange_planner.reports.run_of_show_data import (
    CarEntry,
    CueEntry,
    RunItem,
    RunOfShowData,
    run_of_show_hash,
)
from exchange_planner.services.documents import (
    _settings,
    _stamp,
    home_city_names,
    partner_info,
    person_info,
    texts,
    venue_info,
)
from exchange_planner.services.itinerary_reading import check_print_options, zone
from exchange_planner.services.settings import DEFAULTS, letterhead_from_settings
from exchange_planner.storage.tables import (
    Partnership,
    Person,
    ProgramCue,
    ProgramItem,
    TransferVehicle,
    Vehicle,
    Venue,
    Visit,
)

if TYPE_CHECKING:
    from exchange_planner.storage.database import Database


def _subject(visit_id: int) -> str:
    return f"visit:{visit_id}"


class RunOfShowService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def data(
        self, visit_id: int, *, record: bool = True, now: datetime | None = None
    ) -> RunOfShowData:
        """The run-of-show of ``visit_id``, stamped (and the print recorded with ``record``)."""
        import dataclasses

        with self.db.session() as session:
            data = self._unstamped(session, visit_id)
            stamp = _stamp(
                self.db,
                session,
                DocumentKind.RUN_OF_SHOW,
                _subject(visit_id),
                run_of_show_hash(data),
                now,
                record=record,
                read_only=self.db.read_only,
            )
        return dataclasses.replace(data, stamp=stamp)

    def _unstamped(self, session: Session, visit_id: int) -> RunOfShowData:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"There is no visit #{visit_id} (it may have been deleted).")
        partnership = session.get(Partnership, visit.partnership_id)
        settings = _settings(session)
        items = session.exec(
            select(ProgramItem)
            .where(ProgramItem.visit_id == visit_id)
            .order_by(ProgramItem.starts_at, ProgramItem.id)
        ).all()
        item_ids = [int(item.id) for item in items if item.id is not None]
        venue_ids = {i.venue_id for i in items} | {i.from_venue_id for i in items}
        venue_ids.discard(None)
        venues = {
            int(v.id): venue_info(v)  # type: ignore[arg-type]
            for v in session.exec(select(Venue).where(col(Venue.id).in_(venue_ids))).all()
        }
        host_ids = {i.host_id for i in items if i.host_id is not None}
        hosts = {
            int(p.id): person_info(p)  # type: ignore[arg-type]
            for p in session.exec(select(Person).where(col(Person.id).in_(host_ids))).all()
        }
        cues: dict[int, list[CueEntry]] = {}
        for cue in session.exec(
            select(ProgramCue).where(col(ProgramCue.program_item_id).in_(item_ids))
        ).all():
            cues.setdefault(cue.program_item_id, []).append(
                CueEntry(
                    id=int(cue.id or 0),
                    at=cue.at,
                    cue=cue.cue,
                    responsible=cue.responsible,
                    position=cue.position,
                )
            )
        cars: dict[int, list[CarEntry]] = {}
        for link, vehicle in session.exec(
            select(TransferVehicle, Vehicle)
            .join(Vehicle, col(Vehicle.id) == TransferVehicle.vehicle_id)
            .where(col(TransferVehicle.program_item_id).in_(item_ids))
        ).all():
            cars.setdefault(link.program_item_id, []).append(
                CarEntry(
                    id=int(vehicle.id or 0),
                    label=vehicle.label,
                    kind=str(vehicle.kind),
                    seats=int(vehicle.seats or 0),
                    driver_name=vehicle.driver_name,
                    driver_phone=vehicle.driver_phone,
                    plate=vehicle.plate,
                    position=link.position,
                )
            )
        run_items = tuple(
            RunItem(
                id=int(item.id or 0),
                title=item.title,
                kind=str(item.kind),
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                timezone=item.timezone,
                venue=venues.get(item.venue_id) if item.venue_id is not None else None,
                from_venue=venues.get(item.from_venue_id)
                if item.from_venue_id is not None
                else None,
                host=hosts.get(item.host_id) if item.host_id is not None else None,
                responsible=item.responsible,
                dress_code=item.dress_code,
                notes=item.notes,
                internal_notes=item.internal_notes,
                cues=tuple(
                    sorted(cues.get(int(item.id or 0), []), key=lambda c: (c.at, c.position, c.id))
                ),
                cars=tuple(
                    sorted(cars.get(int(item.id or 0), []), key=lambda c: (c.position, c.id))
                ),
                **texts(item),  # type: ignore[arg-type]
            )
            for item in items
        )
        return RunOfShowData(
            visit_id=visit_id,
            title=visit.title,
            start_date=visit.start_date,
            end_date=visit.end_date,
            home_city=settings.get("home_city") or DEFAULTS["home_city"],
            partner_city=partnership.partner_city if partnership is not None else "",
            home_timezone=zone(settings.get("home_timezone")),
            items=run_items,
            draft=visit.status in (VisitStatus.DRAFT, VisitStatus.PLANNED),
            partner=partner_info(partnership) if partnership is not None else None,
            home_city_names=home_city_names(settings),
            letterhead=letterhead_from_settings(settings),
            **texts(visit),  # type: ignore[arg-type]
        )

    def write(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        lang: str = "de",
        font_path: str | None = None,
        now: datetime | None = None,
    ) -> int:
        """Gather and print the run-of-show; returns the page count. An unknown language or
        an unusable font is refused before the print is recorded."""
        from exchange_planner.reports.run_of_show import RunOfShowOptions, build_run_of_show

        check_print_options(lang, font_path)
        data = self.data(visit_id, now=now)
        return build_run_of_show(data, target, RunOfShowOptions(lang, font_path or None))
