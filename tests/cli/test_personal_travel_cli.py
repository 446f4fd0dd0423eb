"""``print personal-itineraries``: a member's personal itinerary shows their own arrival,
departure, hotel, room (with who shares it), pick-up and mobile, not the delegation's list or
the other members' rooms; the home city's hosts get personal itineraries too."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _travel(path: Path) -> dict[str, int]:
    """Kang's travel and stay (as the sample has them) and two staff sharing a twin room;
    returns the person ids of Kang, the sharers and a host."""
    db = open_database(str(path))
    try:
        s = Services.for_database(db)
        members = s.members.for_visit(1)
        kang, first, second = members[0], members[3], members[4]
        s.members.update(
            kang.id,
            arrival=datetime(2023, 7, 25, 15, 40, tzinfo=UTC),  # 17:40 in Leipzig
            arrival_mode="flight",
            arrival_carrier="Lufthansa",
            arrival_number="LH 162",
            arrival_place="Flughafen Leipzig/Halle",
            arrival_terminal="B",
            arrival_pickup="Bus 1, Ausgang B",
            departure=datetime(2023, 7, 27, 16, 5, tzinfo=UTC),
            departure_mode="flight",
            departure_carrier="Lufthansa",
            departure_number="LH 163",
            room="302",
            room_type="suite",
            mobile="+82 10 5555 0162",
        )
        s.members.update(first.id, room="TW-1", room_type="twin")
        s.members.update(second.id, room="TW-1", room_type="twin")
        host = s.hosts.for_visit(1)[0]
        return {
            "kang": kang.person_id,
            "first": first.person_id,
            "second": second.person_id,
            "host": host.person_id,
        }
    finally:
        db.dispose()


def _print(db: Path, out: Path, *extra: str) -> int:
    return main(
        ["print", "personal-itineraries", "--db", str(db), "--visit", "1", *extra, "-o", str(out)]
    )


def test_kang_s_personal_itinerary_shows_his_own_arrival_and_room(
    sample_db_path: Path, tmp_path: Path
) -> None:
    ids = _travel(sample_db_path)
    folder = tmp_path / "out"
    assert _print(sample_db_path, folder, "--person", str(ids["kang"])) == 0
    (pdf,) = sorted(folder.glob("*.pdf"))
    assert pdf.name == "01-Kang-Gi-jung.pdf"
    text = _text(pdf)
    assert "Reise und Unterkunft" in text
    assert "Flug Lufthansa LH 162" in text and "17:40" in text and "Terminal B" in text
    assert "Flughafen Leipzig/Halle" in text and "Bus 1, Ausgang B" in text
    assert "LH 163" in text and "18:05" in text
    assert "302 (Suite)" in text and "+82 10 5555 0162" in text
    # Not the whole delegation: no list of members, no other member's room.
    assert "Mitglieder" not in text and "TW-1" not in text and "303" not in text


def test_who_shares_a_room_is_named_in_korean_too(sample_db_path: Path, tmp_path: Path) -> None:
    ids = _travel(sample_db_path)
    folder = tmp_path / "out"
    assert _print(sample_db_path, folder, "--person", str(ids["first"]), "--lang", "de+ko") == 0
    text = _text(next(folder.glob("*.pdf")))
    assert "TW-1 (Zweibettzimmer / 트윈룸)" in text
    assert "gemeinsam mit" in text and "님과 같은 방" in text
    assert "302 (" not in text and "Van 1" not in text  # Kang's room and pick-up


def test_a_host_of_the_home_city_gets_a_personal_itinerary(
    sample_db_path: Path, tmp_path: Path
) -> None:
    ids = _travel(sample_db_path)
    folder = tmp_path / "all"
    assert _print(sample_db_path, folder) == 0
    files = sorted(folder.glob("*.pdf"))
    db = open_database(str(sample_db_path))
    try:
        s = Services.for_database(db)
        members, hosts = s.members.for_visit(1), s.hosts.for_visit(1)
        host = s.people.get(ids["host"])
    finally:
        db.dispose()
    assert len(files) == len(members) + len(hosts)
    host_file = files[len(members)]
    assert host.family_name in host_file.name
    text = _text(host_file)
    assert "Persönliches Programm" in text and f"für {host.given_name}" in text
    # A host's items: every whole-delegation item at least, and no member's travel.
    assert "Reise und Unterkunft" not in text and "LH 162" not in text
    # The booklet holds the hosts' parts as well.
    booklet = tmp_path / "booklet.pdf"
    assert _print(sample_db_path, booklet, "--booklet") == 0
    outline = [item.title for item in PdfReader(str(booklet)).outline]
    assert len(outline) == len(members) + len(hosts)


def test_someone_not_on_the_visit_is_refused(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "none"
    assert _print(sample_db_path, folder, "--person", "9999") == 2
    assert "person #9999 is not a member of visit #1 nor one of its hosts" in (
        capsys.readouterr().err
    )
    assert not folder.exists()
