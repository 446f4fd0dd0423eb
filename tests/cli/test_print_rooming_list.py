"""``exchange-planner print rooming-list`` on the sample: the PDF and the workbook read back,
hostile names printed literally, an overfull room warned about, bad input refused."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.enums import RoomType
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.storage.tables import VisitMember


def _sample_rooms(db: Path) -> list[tuple[str, str]]:
    """(room, Latin name) of the sample visit's members, as the database has them."""
    from exchange_planner.domain.names import latin_name

    found: list[tuple[str, str]] = []

    def read(services: Services) -> None:
        for member in services.members.for_visit(1):
            found.append((member.room, latin_name(services.people.get(member.person_id))))

    _edit(db, read)
    return found


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _print(db: Path, out: Path, *args: str) -> int:
    return main(["print", "rooming-list", "--db", str(db), "--visit", "1", *args, "-o", str(out)])


def _body(path: Path) -> tuple[list[object], list[list[object]]]:
    """The header row and the data rows of the first sheet."""
    sheet = load_workbook(io.BytesIO(path.read_bytes())).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(
        i
        for i, row in enumerate(rows)
        if row[:2] == ["Hotel", "Zimmer"] or row[:2] == ["Hotel", "Room"]
    )
    return rows[header], rows[header + 1 :]


def _edit(db: Path, change) -> None:  # type: ignore[no-untyped-def]
    database = open_database(db)
    try:
        change(Services.for_database(database))
    finally:
        database.dispose()


def test_the_pdf_has_the_sample_s_20_members_with_their_rooms(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rooms.pdf"
    assert _print(sample_db_path, out, "--lang", "de+ko") == 0
    captured = capsys.readouterr()
    assert re.fullmatch(rf"{re.escape(str(out))}: \d+ pages\n", captured.out)
    text = _text(out)
    assert "Zimmerliste / 객실 배정표" in text
    assert "Hotel am Ring (Beispiel) / 호텔 암 링 (예시)" in text
    assert "Richard-Wagner-Straße 1, 04109 Leipzig" in text
    assert "20 Gäste / 투숙객 20명" in text
    # Every member with their room, Kang Gi-jung (with his title) in 302.
    rooms = _sample_rooms(sample_db_path)
    assert len(rooms) == 20 and ("302", "Kang Gi-jung") in rooms
    for room, name in rooms:
        assert re.search(rf"(^| ){room} .*{re.escape(name)}", text), (room, name)
        assert text.count(name) == 1 + sum(  # once in its row, once per roommate's row
            1 for other, _ in rooms if other == room and _ != name
        ), name
    numbers = [int(room) for room, _ in rooms]
    positions = [text.index(f" {n} ") for n in sorted(set(numbers))]
    assert positions == sorted(positions)  # in the hotel's numbering
    assert re.search(r"302 .*Kang Gi-jung 강기정 .*Bürgermeister", text)
    assert "25.07.2023 17:40" in text and "27.07.2023 11:05" in text
    assert "Version / 버전 1" in text
    # Only what the hotel needs: no dietary notes, no members' phone numbers or e-mail.
    assert "Schweinefleisch" not in text and "@" not in text
    assert "Noch ohne Zimmer" not in text and captured.err == ""


def test_the_workbook_has_one_row_per_member(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rooms.xlsx"
    assert _print(sample_db_path, out) == 0
    assert capsys.readouterr().out == f"{out}: 20 guests\n"
    header, body = _body(out)
    assert header == [
        "Hotel", "Zimmer", "Zimmerart", "Name", "Originalschrift", "Funktion", "Anreise",
        "Abreise", "Teilt mit", "Besondere Wünsche", "Hinweis",
    ]  # fmt: skip
    assert len(body) == 20
    rooms = _sample_rooms(sample_db_path)
    assert sorted((row[1], row[3]) for row in body) == sorted(rooms)
    assert [row[1] for row in body] == sorted((r for r, _ in rooms), key=int)
    # Those sharing a room name each other (the sample's twin rooms).
    by_room: dict[object, list[str]] = {}
    for row in body:
        by_room.setdefault(row[1], []).append(str(row[3]))
    shared = [names for names in by_room.values() if len(names) == 2]
    assert len(shared) == 2
    for row in body:
        others = [name for name in by_room[row[1]] if name != row[3]]
        assert (row[8] or None) == (", ".join(others) or None)
    kang = body[0]
    assert kang[0] == "Hotel am Ring (Beispiel)"
    assert kang[3:5] == ["Kang Gi-jung", "강기정"]
    assert str(kang[6]) == "2023-07-25 17:40:00" and str(kang[7]) == "2023-07-27 11:05:00"
    # Also as --format, whatever the name; the same content keeps its version.
    other = tmp_path / "rooms.data"
    assert _print(sample_db_path, other, "--format", "xlsx", "--lang", "en") == 0
    header, body = _body(other)
    assert header[:3] == ["Hotel", "Room", "Room type"] and len(body) == 20


def test_an_overfull_room_and_members_without_a_room(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(services: Services) -> None:
        # The Members section refuses an overfull room; a file written before that check, or
        # another program, can still hold one: written here past the services.
        members = services.members.for_visit(1)
        with services.db.session() as session:
            for member in members[1:4]:  # three people in one twin room
                row = session.get(VisitMember, member.id)
                row.room, row.room_type = "305", RoomType.TWIN
            session.get(VisitMember, members[0].id).room_type = RoomType.SUITE
            session.get(VisitMember, members[-1].id).room = ""
            session.get(VisitMember, members[-2].id).room = ""

    _edit(sample_db_path, change)
    out = tmp_path / "rooms.pdf"
    assert _print(sample_db_path, out, "--lang", "en") == 0
    err = capsys.readouterr().err
    assert re.fullmatch(
        r"warning: room 305 at Hotel am Ring \(Beispiel\) \(twin, for 2\) holds 3 people: "
        r"[^\n]+, [^\n]+, [^\n]+\n",
        err,
    ), err
    text = _text(out)
    assert "⚠ Room 305 (Twin, for 2) has 3 people in it" in text
    assert "302 Suite Kang Gi-jung" in text
    # The last member has no room yet: listed at the end.
    assert text.index("No room yet") > text.index("⚠ Room 305")
    assert "Ryu Hyun-woo" in text[text.index("No room yet") :]
    # The workbook says the same: the three rows of 305 share it and are marked.
    book = tmp_path / "rooms.xlsx"
    assert _print(sample_db_path, book, "--lang", "en") == 0
    sheet = load_workbook(book).worksheets[0]
    assert any("⚠ Room 305 (Twin, for 2) has 3 people in it" in str(c.value) for c in sheet["A"])
    _header, body = _body(book)
    in_305 = [row for row in body if row[1] == "305"]
    assert len(in_305) == 3 and all(row[10] == "overfull" for row in in_305)
    assert all(len(str(row[8]).split(", ")) == 2 for row in in_305)
    assert body[-1][1] is None and body[-1][10] == "No room yet"
    assert body[-1][8] is None  # nobody shares "no room yet"


def test_hostile_names_print_literally(sample_db_path: Path, tmp_path: Path) -> None:
    hostile = '<b>Evil</b> & <a href="http://x">link</a>'

    def change(services: Services) -> None:
        member = services.members.for_visit(1)[0]
        services.people.update(member.person_id, family_name=hostile, given_name="=CMD()")
        services.members.update(member.id, special_requests='=HYPERLINK("http://x","y")')

    _edit(sample_db_path, change)
    out = tmp_path / "rooms.pdf"
    assert _print(sample_db_path, out) == 0
    text = _text(out)
    assert hostile.replace(" ", "") in text.replace(" ", "")
    assert '=HYPERLINK("http://x","y")' in text.replace(" ", "")
    assert b"/URI" not in out.read_bytes()
    book = tmp_path / "rooms.xlsx"
    assert _print(sample_db_path, book) == 0
    sheet = load_workbook(book).worksheets[0]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    _header, body = _body(book)
    assert body[0][9] == '\'=HYPERLINK("http://x","y")'


@pytest.mark.parametrize(
    ("args", "output", "message"),
    [
        (("--hotel", "9999"), "rooms.pdf", "venue #9999 is no hotel of visit #1"),
        ((), "rooms.txt", "rooms.txt: the rooming list is written as .pdf or .xlsx"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(  # type: ignore[no-untyped-def]
    sample_db_path: Path, tmp_path: Path, capsys, args, output, message
) -> None:
    out = tmp_path / output
    assert _print(sample_db_path, out, *args) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["sample.sqlite3"]


def test_an_unknown_language(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "rooms.pdf"
    with pytest.raises(SystemExit) as stopped:
        _print(sample_db_path, out, "--lang", "fr")
    assert stopped.value.code == 2
    assert "argument --lang: invalid choice: 'fr'" in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_visit(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "rooms.pdf"
    code = main(
        ["print", "rooming-list", "--db", str(sample_db_path), "--visit", "99", "-o", str(out)]
    )
    assert code != 0 and "There is no visit #99" in capsys.readouterr().err
    assert not out.exists()


def test_one_hotel_only(sample_db_path: Path, tmp_path: Path) -> None:
    holder: dict[str, int] = {}

    def change(services: Services) -> None:
        other = services.venues.create(name="Pension Süd", timezone="Europe/Berlin", city="Leipzig")
        member = services.members.for_visit(1)[-1]
        services.members.update(member.id, hotel_id=other.id, room="7")
        holder["other"] = other.id
        holder["hotel"] = services.visits.get(1).hotel_id

    _edit(sample_db_path, change)
    both = tmp_path / "both.pdf"
    assert _print(sample_db_path, both) == 0
    text = _text(both)
    assert text.index("Hotel am Ring (Beispiel)") < text.index("Pension Süd")
    only = tmp_path / "only.xlsx"
    assert _print(sample_db_path, only, "--hotel", str(holder["other"])) == 0
    workbook = load_workbook(only)
    assert workbook.sheetnames == ["Pension Süd"]
    _header, body = _body(only)
    assert [(row[0], row[1], row[3]) for row in body] == [("Pension Süd", "7", "Ryu Hyun-woo")]
    main_hotel = tmp_path / "main.xlsx"
    assert _print(sample_db_path, main_hotel, "--hotel", str(holder["hotel"])) == 0
    assert len(_body(main_hotel)[1]) == 19


def test_the_version_rises_only_when_the_rooms_change(sample_db_path: Path, tmp_path: Path) -> None:
    first, again, changed = (tmp_path / f"{name}.pdf" for name in ("first", "again", "changed"))
    assert _print(sample_db_path, first, "--lang", "en") == 0
    assert _print(sample_db_path, again, "--lang", "en") == 0
    assert "Version 1" in _text(first) and "Version 1" in _text(again)
    book = tmp_path / "same.xlsx"
    assert _print(sample_db_path, book, "--lang", "en") == 0  # the same content: version 1
    assert any("Version 1" in str(c.value) for c in load_workbook(book).worksheets[0]["A"])

    def change(services: Services) -> None:
        member = services.members.for_visit(1)[0]
        services.members.update(member.id, special_requests="Quiet room, please")

    _edit(sample_db_path, change)
    assert _print(sample_db_path, changed, "--lang", "en") == 0
    text = _text(changed)
    assert "Version 2" in text and "Quiet room, please" in text


def test_a_visit_without_members_or_hotel(sample_db_path: Path, tmp_path: Path) -> None:
    holder: dict[str, int] = {}

    def change(services: Services) -> None:
        visit = services.visits.get(1)
        empty = services.visits.create(
            partnership_id=visit.partnership_id,
            title="Leerer Besuch",
            direction=visit.direction,
            start_date=visit.start_date,
            end_date=visit.end_date,
        )
        holder["visit"] = empty.id

    _edit(sample_db_path, change)
    out = tmp_path / "empty.pdf"
    args = ["print", "rooming-list", "--db", str(sample_db_path), "--visit", str(holder["visit"])]
    assert main([*args, "-o", str(out)]) == 0
    assert "Keine Mitglieder der Delegation in diesem Hotel." in _text(out)
    book = tmp_path / "empty.xlsx"
    assert main([*args, "-o", str(book)]) == 0
    assert load_workbook(book).sheetnames == ["Hotel nicht festgelegt"]
