"""The transport plan and driver sheets as PDFs, from plain data: user text printed literally,
each sheet in its driver's language, Hangul embedded."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from exchange_planner.reports.data import PersonInfo, VenueInfo
from exchange_planner.reports.precedence_list import ProtocolVisit
from exchange_planner.reports.transport import (
    DriverSheetData,
    Passenger,
    TransferInfo,
    TransportOptions,
    TransportPlanData,
    VehicleInfo,
    VehicleRide,
    build_driver_sheets,
    build_transport_plan,
    sheet_language,
)

VISIT = ProtocolVisit(1, "Besuch <b>Gwangju</b> & Co", home_city="Leipzig")
KANG = PersonInfo(1, "Kang", "Gi-jung", "강기정", "family_first")
HOTEL = VenueInfo(1, "Hotel <i>am Ring</i>", "Richard-Wagner-Straße 1", city="04109 Leipzig")
HALL = VenueInfo(2, "Neues Rathaus", "Martin-Luther-Ring 4–6, 04109 Leipzig", city="Leipzig")


def _vehicle(label: str, language: str) -> VehicleInfo:
    return VehicleInfo(
        1, label, "minibus", 12, "Kim <script>", "+82 10", language, "광주 12가 3456"
    )


def _trip(vehicle: VehicleInfo) -> TransferInfo:
    return TransferInfo(
        5,
        "Transfer <zum> Rathaus",
        datetime(2023, 7, 26, 7, 30, tzinfo=UTC),
        datetime(2023, 7, 26, 7, 50, tzinfo=UTC),
        "Europe/Berlin",
        HOTEL,
        HALL,
        (VehicleRide(vehicle, (Passenger(KANG, 1, "head"),)),),
    )


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_user_text_is_printed_literally(tmp_path: Path) -> None:
    vehicle = _vehicle("Bus <b>1</b>", "de")
    target = tmp_path / "plan.pdf"
    build_transport_plan(TransportPlanData(VISIT, (_trip(vehicle),), (vehicle,)), target)
    text = _text(target)
    for literal in (
        "Besuch <b>Gwangju</b> & Co",
        "Bus <b>1</b>",
        "Hotel <i>am Ring</i>",
        "Kim <script>",
        "Transfer <zum> Rathaus",
    ):
        assert literal in text
    assert "07:30" not in text and "09:30–09:50" in text  # local time, Europe/Berlin


def test_a_korean_drivers_sheet_is_in_korean(tmp_path: Path) -> None:
    ko = _vehicle("Minibus 2", "ko-KR")
    other = VehicleInfo(2, "Car 1", "car", 3, driver_language="fr")
    assert (sheet_language(ko), sheet_language(other, "en")) == ("ko", "en")
    target = tmp_path / "sheets.pdf"
    pages = build_driver_sheets(
        [DriverSheetData(VISIT, ko, (_trip(ko),)), DriverSheetData(VISIT, other, ())],
        target,
        TransportOptions("en"),
    )
    assert pages == 2
    first, second = (page.extract_text() for page in PdfReader(target).pages)
    assert "운전기사 안내서" in first and "출발" in first and "강기정" in first
    assert "Martin-Luther-Ring" in first
    assert "Driver sheet" in second and "No transfers." in second
