"""The transport plan and the drivers' sheets as printable data, and their PDFs.

The read model comes from ``TransportService.view``; this module adds what the paper needs
(names in both scripts, the venues with their translations and addresses, the visit's heading)
and turns it into the plain data of ``reports.transport``, which never reads the database.
Both documents keep a print history like the itinerary (``document_print``, kinds
``transport_plan`` per visit and ``driver_sheet`` per vehicle): the version rises only when
what is printed changed since the last print.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from exchange_planner.domain.enums import DocumentKind
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.reports.data import content_hash
from exchange_planner.services.documents import _settings, _stamp, person_info, venue_info
from exchange_planner.services.itinerary_reading import DEFAULT_HOME_TIMEZONE, check_print_options
from exchange_planner.services.protocol_documents import ProtocolDocumentService
from exchange_planner.services.transport import TransportService, TransportView
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Person, ProgramItem, Venue

if TYPE_CHECKING:
    from exchange_planner.reports.transport import (
        DriverSheetData,
        TransferInfo,
        TransportPlanData,
        VehicleInfo,
    )
    from exchange_planner.services.transport import VehicleRecord


def _vehicle_info(vehicle: VehicleRecord) -> VehicleInfo:
    from exchange_planner.reports.transport import VehicleInfo

    return VehicleInfo(
        id=vehicle.id,
        label=vehicle.label,
        kind=str(vehicle.kind),
        seats=vehicle.seats,
        driver_name=vehicle.driver_name,
        driver_phone=vehicle.driver_phone,
        driver_language=vehicle.driver_language,
        plate=vehicle.plate,
        company=vehicle.company,
        notes=vehicle.notes,
    )


class TransportDocumentService:
    """Builds and prints a visit's transport plan and its drivers' sheets."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.transport = TransportService(db)
        self.protocol = ProtocolDocumentService(db)

    # --- what the documents show ---------------------------------------------------------
    def _transfers(self, view: TransportView) -> list[TransferInfo]:
        from exchange_planner.reports.transport import Passenger, TransferInfo, VehicleRide

        with self.db.session() as session:
            ids = {p.person_id for t in view.transfers for r in t.rides for p in r.passengers}
            ids |= {p.person_id for t in view.transfers for p in t.unseated}
            people = {pid: session.get(Person, pid) for pid in ids}
            infos = {pid: person_info(p) for pid, p in people.items() if p is not None}
            result: list[TransferInfo] = []
            for transfer in view.transfers:
                item = session.get(ProgramItem, transfer.item_id)
                assert item is not None
                origin = session.get(Venue, item.from_venue_id) if item.from_venue_id else None
                destination = session.get(Venue, item.venue_id) if item.venue_id else None
                rides = tuple(
                    VehicleRide(
                        _vehicle_info(ride.vehicle),
                        tuple(
                            Passenger(infos[p.person_id], p.seat, p.role)
                            for p in ride.passengers
                            if p.person_id in infos
                        ),
                    )
                    for ride in transfer.rides
                )
                result.append(
                    TransferInfo(
                        item_id=transfer.item_id,
                        title=item.title,
                        starts_at=item.starts_at,
                        ends_at=item.ends_at,
                        timezone=item.timezone,
                        origin=venue_info(origin) if origin is not None else None,
                        destination=venue_info(destination) if destination is not None else None,
                        rides=rides,
                        unseated=tuple(
                            infos[p.person_id] for p in transfer.unseated if p.person_id in infos
                        ),
                        notes=item.notes,
                        original_language=item.original_language or DEFAULT_LANGUAGE,
                        translations=Translations(item.translations or {}),
                    )
                )
            return result

    def _home_zone(self) -> str:
        with self.db.session() as session:
            return _settings(session).get("home_timezone") or DEFAULT_HOME_TIMEZONE

    def plan(
        self, visit_id: int, *, record: bool = True, now: datetime | None = None
    ) -> TransportPlanData:
        """The transport plan of a visit; ``record`` stores the print (its version)."""
        import dataclasses

        from exchange_planner.reports.transport import TransportPlanData

        view = self.transport.view(visit_id)  # NotFoundError for an unknown visit
        visit, letterhead = self.protocol._visit(visit_id)
        data = TransportPlanData(
            visit=visit,
            transfers=tuple(self._transfers(view)),
            vehicles=tuple(_vehicle_info(v) for v in view.vehicles),
            home_timezone=self._home_zone(),
            letterhead=letterhead,
        )
        with self.db.session() as session:
            stamp = _stamp(
                self.db,
                session,
                DocumentKind.TRANSPORT_PLAN,
                f"visit:{visit_id}",
                content_hash(data),  # type: ignore[arg-type]
                now,
                record=record,
                read_only=self.db.read_only,
            )
        return dataclasses.replace(data, stamp=stamp)

    def driver_sheets(
        self,
        visit_id: int,
        *,
        vehicle_id: int | None = None,
        record: bool = True,
        now: datetime | None = None,
    ) -> list[DriverSheetData]:
        """One sheet per vehicle of the visit (only ``vehicle_id``'s when given), each with
        the transfers it is on."""
        import dataclasses

        from exchange_planner.reports.transport import DriverSheetData

        view = self.transport.view(visit_id)
        vehicles = list(view.vehicles)
        if vehicle_id is not None:
            vehicles = [v for v in vehicles if v.id == vehicle_id]
            if not vehicles:
                raise NotFoundError(
                    f"Visit #{visit_id} has no vehicle #{vehicle_id}; the vehicles: "
                    + (", ".join(f"#{v.id} {v.label}" for v in view.vehicles) or "none")
                )
        visit, letterhead = self.protocol._visit(visit_id)
        transfers = self._transfers(view)
        zone = self._home_zone()
        sheets: list[DriverSheetData] = []
        for vehicle in vehicles:
            trips = tuple(
                dataclasses.replace(
                    t, rides=tuple(r for r in t.rides if r.vehicle.id == vehicle.id)
                )
                for t in transfers
                if any(r.vehicle.id == vehicle.id for r in t.rides)
            )
            data = DriverSheetData(
                visit=visit,
                vehicle=_vehicle_info(vehicle),
                trips=trips,
                home_timezone=zone,
                letterhead=letterhead,
            )
            with self.db.session() as session:
                stamp = _stamp(
                    self.db,
                    session,
                    DocumentKind.DRIVER_SHEET,
                    f"vehicle:{vehicle.id}",
                    content_hash(data),  # type: ignore[arg-type]
                    now,
                    record=record,
                    read_only=self.db.read_only,
                )
            sheets.append(dataclasses.replace(data, stamp=stamp))
        return sheets

    # --- the PDFs --------------------------------------------------------------------------
    def write_transport_plan(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        lang: str = "de",
        font_path: str | None = None,
        now: datetime | None = None,
    ) -> int:
        from exchange_planner.reports.transport import TransportOptions, build_transport_plan

        check_print_options(lang, font_path)
        data = self.plan(visit_id, now=now)
        return build_transport_plan(data, target, TransportOptions(lang, font_path or None))

    def write_driver_sheets(
        self,
        visit_id: int,
        target: str | Path | BinaryIO,
        *,
        vehicle_id: int | None = None,
        lang: str = "de",
        font_path: str | None = None,
        now: datetime | None = None,
    ) -> int:
        """One sheet per vehicle, each in its driver's language (``lang`` where the driver's
        is not de, en or ko)."""
        from exchange_planner.reports.transport import TransportOptions, build_driver_sheets

        check_print_options(lang, font_path)
        sheets = self.driver_sheets(visit_id, vehicle_id=vehicle_id, now=now)
        if not sheets:  # a sheet of no vehicle tells a driver nothing
            raise ValidationError(
                "visit",
                f"visit #{visit_id} has no vehicles yet: add them in its Transport section",
                reason="no_vehicles",
            )
        return build_driver_sheets(sheets, target, TransportOptions(lang, font_path or None))
