"""``print transport`` and ``transport check`` through the real command line, PDFs read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.enums import ProgramKind, VehicleKind
from exchange_planner.services.registry import Services
from exchange_planner.services.transport import TransportService
from exchange_planner.storage.database import open_database
from exchange_planner.storage.tables import ProgramItem


def equip(path: Path) -> dict[str, int]:
    """The sample's Bus 1 (24 seats, German driver) and Van 1 (8, English) on every transfer,
    everyone seated; made here when the sample has no vehicles of its own."""
    db = open_database(path)
    try:
        services = Services.for_database(db)
        transport = TransportService(db)
        visit_id = services.visits.list()[0].id
        vehicles = {v.label: v for v in transport.vehicles.for_visit(visit_id)}
        if not vehicles:
            bus = transport.vehicles.create(
                visit_id=visit_id,
                label="Bus 1",
                kind=VehicleKind.BUS,
                seats=24,
                driver_name="Uwe Schmidt",
                driver_phone="+49 341 555-0101",
                driver_language="de",
                plate="L-EP 2023",
                company="Leipziger Reisedienst",
            )
            van = transport.vehicles.create(
                visit_id=visit_id,
                label="Van 1",
                kind=VehicleKind.VAN,
                seats=8,
                driver_name="John Miller",
                driver_language="en",
            )
            vehicles = {"Bus 1": bus, "Van 1": van}
            visit_row = services.visits.get(visit_id)
            for item in services.program.for_visit(visit_id):
                if item.kind != ProgramKind.TRANSFER:
                    continue
                with db.session() as session:  # the sample before it had transfers' origins
                    row = session.get(ProgramItem, item.id)
                    if row.from_venue_id is None and visit_row.hotel_id != row.venue_id:
                        row.from_venue_id = visit_row.hotel_id
                        session.add(row)
                transport.assign_vehicle(item.id, bus.id)
                transport.assign_vehicle(item.id, van.id)
                transport.auto_assign(item.id)
        return {"visit": visit_id, "bus": vehicles["Bus 1"].id, "van": vehicles["Van 1"].id}
    finally:
        db.dispose()


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_print_transport_plan_per_transfer(sample_db_path: Path, tmp_path: Path, capsys) -> None:
    ids = equip(sample_db_path)
    out = tmp_path / "plan.pdf"
    code = main(
        [
            "print",
            "transport",
            "--db",
            str(sample_db_path),
            "--visit",
            str(ids["visit"]),
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert "page" in capsys.readouterr().out
    text = "\n".join(_text(out))
    assert "Transportplan" in text
    assert "Bus 1" in text and "Van 1" in text
    assert "Martin-Luther-Ring" in text  # the address of the Neues Rathaus
    assert "Kang Gi-jung" in text
    assert "Version 1" in text
    # Every vehicle's row says when its transfer is, also a row that goes on to a new page.
    for page in _text(out):
        rides = len(re.findall(r"\d+ von \d+ Plätzen", page))
        assert len(re.findall(r"\d\d:\d\d–\d\d:\d\d", page)) >= rides, page
    # Printing it again unchanged keeps the version.
    assert (
        main(
            [
                "print",
                "transport",
                "--db",
                str(sample_db_path),
                "--visit",
                str(ids["visit"]),
                "--by",
                "transfer",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "Version 1" in "\n".join(_text(out))


def test_driver_sheets_in_each_drivers_language(
    sample_db_path: Path, tmp_path: Path, capsys
) -> None:
    ids = equip(sample_db_path)
    van = tmp_path / "van.pdf"
    code = main(
        [
            "print",
            "transport",
            "--db",
            str(sample_db_path),
            "--visit",
            str(ids["visit"]),
            "--vehicle",
            str(ids["van"]),
            "-o",
            str(van),
        ]
    )
    assert code == 0, capsys.readouterr().err
    van_text = "\n".join(_text(van))
    assert "Driver sheet" in van_text and "Your trips" in van_text
    assert "Fahrerblatt" not in van_text
    assert "Departure" in van_text and "Page 1 of" in van_text
    assert "Martin-Luther-Ring" in van_text
    bus = tmp_path / "bus.pdf"
    assert (
        main(
            [
                "print",
                "transport",
                "--db",
                str(sample_db_path),
                "--visit",
                str(ids["visit"]),
                "--vehicle",
                str(ids["bus"]),
                "-o",
                str(bus),
            ]
        )
        == 0
    )
    bus_text = "\n".join(_text(bus))
    assert "Fahrerblatt" in bus_text and "Ihre Fahrten" in bus_text
    assert "Abfahrt" in bus_text and "Seite 1 von" in bus_text
    # The sample: the head of delegation rides in the van, with his interpreter.
    assert "Kang Gi-jung" in van_text and "Kang Gi-jung" not in bus_text
    # Every vehicle: one sheet each, each numbered on its own.
    both = tmp_path / "all.pdf"
    assert (
        main(
            [
                "print",
                "transport",
                "--db",
                str(sample_db_path),
                "--visit",
                str(ids["visit"]),
                "--by",
                "vehicle",
                "-o",
                str(both),
            ]
        )
        == 0
    )
    pages = _text(both)
    assert any("Fahrerblatt" in p for p in pages) and any("Driver sheet" in p for p in pages)


def test_transport_check_exit_status(sample_db_path: Path, capsys) -> None:
    ids = equip(sample_db_path)
    code = main(["transport", "--db", str(sample_db_path), "--visit", str(ids["visit"]), "check"])
    out = capsys.readouterr().out
    assert code == (1 if out.strip() else 0)
    # A Van with one seat too few for its passengers cannot be saved; the check stays as it was.
    db = open_database(sample_db_path)
    try:
        transport = TransportService(db)
        aboard = max(
            len(r.passengers)
            for t in transport.view(ids["visit"]).transfers
            for r in t.rides
            if r.vehicle.id == ids["bus"]
        )
        from exchange_planner.domain.errors import ValidationError

        with pytest.raises(ValidationError, match="cannot have"):
            transport.vehicles.update(ids["bus"], seats=max(1, aboard - 1))
    finally:
        db.dispose()
    assert (
        main(["transport", "--db", str(sample_db_path), "--visit", str(ids["visit"]), "check"])
        == code
    )


@pytest.mark.parametrize(
    ("language", "unseated"),
    [
        ("en_GB.UTF-8", "Without a seat on “{title}”: {name}"),
        ("de_DE.UTF-8", "Ohne Platz bei „{title}“: {name}"),
        ("ko_KR.UTF-8", "“{title}” 좌석 미배정: {name}"),
    ],
)
def test_transport_check_speaks_the_language_of_the_environment(
    sample_db_path: Path, capsys, monkeypatch, language: str, unseated: str
) -> None:
    """Someone taken out of their seat is a warning worded in the user's language, with the
    transfer and the person named; the kind key stays the same for scripts."""
    ids = equip(sample_db_path)
    db = open_database(sample_db_path)
    try:
        transport = TransportService(db)
        transfer = transport.view(ids["visit"]).transfers[0]
        passenger = transfer.rides[0].passengers[-1]
        transport.unseat(transfer.item_id, passenger.person_id)
    finally:
        db.dispose()
    for name in ("LANGUAGE", "LC_MESSAGES", "LC_ALL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", language)
    code = main(["transport", "--db", str(sample_db_path), "--visit", str(ids["visit"]), "check"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    expected = unseated.format(title=transfer.title, name=passenger.name)
    assert f"warning\tunseated\t{expected}" in lines, lines


def test_bad_arguments_are_refused(sample_db_path: Path, tmp_path: Path, capsys) -> None:
    ids = equip(sample_db_path)
    out = tmp_path / "x.pdf"
    code = main(
        [
            "print",
            "transport",
            "--db",
            str(sample_db_path),
            "--visit",
            str(ids["visit"]),
            "--by",
            "transfer",
            "--vehicle",
            str(ids["van"]),
            "-o",
            str(out),
        ]
    )
    assert code == 2 and "--vehicle" in capsys.readouterr().err
    code = main(
        [
            "print",
            "transport",
            "--db",
            str(sample_db_path),
            "--visit",
            str(ids["visit"]),
            "--vehicle",
            "999",
            "-o",
            str(out),
        ]
    )
    assert code == 2 and "no vehicle #999" in capsys.readouterr().err
    assert not out.exists()
