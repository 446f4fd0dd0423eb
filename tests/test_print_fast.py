"""``print itinerary`` on a current SQLite file reads and stamps it without the ORM
(``services/itinerary_reading.py`` through ``storage.sql_read.sqlite_file_writer``), and what
it prints and stores is what the services print and store; any other file takes the full
open, as before."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.enums import Direction, VisitStatus
from exchange_planner.domain.rooms import RoomOccupant, sharing
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.reports.data import (
    MemberInfo,
    ProgramEntry,
    StayInfo,
    TravelLeg,
    content_hash,
    personal,
)
from exchange_planner.reports.letterhead import letterhead_from_settings
from exchange_planner.services import documents, itinerary_reading, settings
from exchange_planner.services.documents import DocumentService
from exchange_planner.services.registry import Services
from exchange_planner.storage import sql_read
from exchange_planner.storage.database import default_user_name, open_database

pytestmark = pytest.mark.sqlite_only

SRC = Path(__file__).resolve().parents[1] / "src"
ORM = ("sqlalchemy", "sqlmodel", "pydantic", "alembic")
LANGUAGES = ("de", "en", "ko", "de+ko", "de+en")


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def copy(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    os.chmod(target, 0o600)
    return target


def printed_at(path: Path, subject: str = "visit:1") -> datetime:
    with sqlite3.connect(path) as connection:
        (text,) = connection.execute(
            "SELECT printed_at FROM document_print WHERE subject_key = ?", (subject,)
        ).fetchone()
    connection.close()
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def print_rows(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The document_print rows and their change log entries (without the moment and the
    origin of each entry, which differ from run to run)."""
    connection = sqlite3.connect(path)
    try:
        prints = connection.execute("SELECT * FROM document_print ORDER BY id").fetchall()
        log = connection.execute(
            "SELECT user_name, table_name, record_id, action, field, old_value, new_value, "
            "row_version, visit_id, residency_id FROM change_log "
            "WHERE table_name = 'document_print' ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
    return prints, log


# --- the ORM's way of reading an itinerary and storing a print, as the services had it ------
def orm_itinerary(db: object, visit_id: int) -> object:
    """The itinerary as the table classes read it (the services' reading before it became SQL
    text): the reference the statements are checked against."""
    from sqlmodel import col, select

    from exchange_planner.storage.tables import (
        Partnership,
        Person,
        ProgramAttendee,
        ProgramItem,
        Setting,
        Venue,
        Visit,
        VisitHost,
        VisitMember,
    )

    with db.session() as session:  # type: ignore[attr-defined]
        visit = session.get(Visit, visit_id)
        partnership = session.get(Partnership, visit.partnership_id)
        stored = {row.key: row.value for row in session.exec(select(Setting)).all()}
        rows = session.exec(
            select(VisitMember, Person)
            .join(Person, col(Person.id) == VisitMember.person_id)
            .where(VisitMember.visit_id == visit_id)
            .order_by(VisitMember.precedence, VisitMember.id)
        ).all()
        host_rows = session.exec(
            select(VisitHost, Person)
            .join(Person, col(Person.id) == VisitHost.person_id)
            .where(VisitHost.visit_id == visit_id)
            .order_by(VisitHost.position, VisitHost.id)
        ).all()
        hosts = tuple(
            MemberInfo(documents.person_info(p), str(h.role), h.position) for h, p in host_rows
        )
        own_hotels = {m.hotel_id for m, _ in rows if m.hotel_id is not None}
        hotels = {
            v.id: documents.venue_info(v)
            for v in session.exec(select(Venue).where(col(Venue.id).in_(own_hotels))).all()
        }
        shared = sharing(
            RoomOccupant(
                p.id,
                "",
                m.hotel_id if m.hotel_id is not None else visit.hotel_id,
                m.room,
                m.room_type,
            )
            for m, p in rows
        )

        def leg(m: VisitMember, way: str) -> TravelLeg:
            mode = getattr(m, f"{way}_mode")
            return TravelLeg(
                getattr(m, way).replace(tzinfo=UTC) if getattr(m, way) else None,
                mode.value if mode is not None else "",
                *(getattr(m, f"{way}_{n}") for n in ("carrier", "number", "place", "terminal")),
                getattr(m, f"{way}_pickup"),
            )

        def stay(m: VisitMember, p: Person) -> StayInfo | None:
            info = StayInfo(
                leg(m, "arrival"),
                leg(m, "departure"),
                hotels.get(m.hotel_id) if m.hotel_id is not None else None,
                m.room_type.value if m.room_type is not None else "",
                tuple(shared.get(p.id, ())),
                m.mobile,
            )
            return None if info == StayInfo() else info

        members = tuple(
            MemberInfo(documents.person_info(p), str(m.role), m.precedence, m.room, stay(m, p))
            for m, p in rows
        )
        member_ids = tuple(m.person.id for m in (*members, *hosts))
        items = session.exec(
            select(ProgramItem)
            .where(ProgramItem.visit_id == visit_id)
            .order_by(ProgramItem.starts_at, ProgramItem.id)
        ).all()
        venue_ids = {i.venue_id for i in items if i.venue_id is not None} | (
            {visit.hotel_id} if visit.hotel_id is not None else set()
        )
        venues = {
            v.id: documents.venue_info(v)
            for v in session.exec(select(Venue).where(col(Venue.id).in_(venue_ids))).all()
        }
        person_ids = {i.host_id for i in items if i.host_id is not None} | (
            {visit.head_id} if visit.head_id is not None else set()
        )
        people = {
            p.id: documents.person_info(p)
            for p in session.exec(select(Person).where(col(Person.id).in_(person_ids))).all()
        }
        attendees: dict[int, list[int]] = {}
        for link in session.exec(
            select(ProgramAttendee).where(
                col(ProgramAttendee.program_item_id).in_([i.id for i in items])
            )
        ).all():
            attendees.setdefault(link.program_item_id, []).append(link.person_id)
        program = tuple(
            ProgramEntry(
                id=int(item.id),
                title=item.title,
                kind=str(item.kind),
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                timezone=item.timezone,
                venue=venues.get(item.venue_id) if item.venue_id is not None else None,
                host=people.get(item.host_id) if item.host_id is not None else None,
                dress_code=item.dress_code,
                notes=item.notes,
                attendee_ids=member_ids
                if item.all_members
                else tuple(sorted(attendees.get(int(item.id), []))),
                **documents.texts(item),  # type: ignore[arg-type]
            )
            for item in items
        )
        outgoing = visit.direction == Direction.OUTGOING
        home_zone = documents._zone(stored.get("home_timezone"))
        from exchange_planner.reports.data import ItineraryData

        return ItineraryData(
            visit_id=visit_id,
            title=visit.title,
            direction=str(visit.direction),
            start_date=visit.start_date,
            end_date=visit.end_date,
            home_city=stored.get("home_city") or settings.DEFAULTS["home_city"],
            partner_city=partnership.partner_city,
            partner_city_native=partnership.city_native,
            partner_country=partnership.country,
            delegation_timezone=home_zone if outgoing else partnership.timezone,
            home_timezone=home_zone,
            head=people.get(visit.head_id) if visit.head_id is not None else None,
            members=members,
            program=program,
            hotel=venues.get(visit.hotel_id) if visit.hotel_id is not None else None,
            partner=documents.partner_info(partnership),
            home_city_names=documents.home_city_names(stored),
            letterhead=letterhead_from_settings(stored),
            draft=visit.status in (VisitStatus.DRAFT, VisitStatus.PLANNED),
            hosts=hosts,
            **documents.texts(visit),  # type: ignore[arg-type]
        )


def orm_record_print(db: object, kind: object, subject: str, digest: str, now: datetime) -> int:
    """A print stored through the unit of work (``INSERT … ON CONFLICT``, then the row changed
    as a table class, the audit trail written by the session's flush): the reference the
    statements of ``itinerary_reading.record_print`` are checked against. Returns the version."""
    from sqlalchemy.dialects.sqlite import insert
    from sqlmodel import select

    from exchange_planner.storage.audit import record_created
    from exchange_planner.storage.tables import DocumentPrint

    with db.session() as session:  # type: ignore[attr-defined]
        made = session.execute(
            insert(DocumentPrint.__table__)
            .values(
                kind=kind.value,  # type: ignore[attr-defined]
                subject_key=subject,
                content_hash=digest,
                version=1,
                printed_at=now,
                row_version=1,
            )
            .on_conflict_do_nothing(index_elements=["kind", "subject_key"])
        )
        row = session.exec(
            select(DocumentPrint).where(
                DocumentPrint.kind == kind, DocumentPrint.subject_key == subject
            )
        ).one()
        if made.rowcount == 1:
            record_created(session, row)
            return 1
        if row.content_hash != digest:
            row.version, row.content_hash, row.printed_at = row.version + 1, digest, now
            session.flush()
        return row.version


# --- a visit of every shape ------------------------------------------------------------------
def generated_visit(path: Path, *, direction: str = "incoming") -> int:
    """A visit with members in precedence order, items with and without venue, host and
    attendees, texts with and without translations in two languages; returns its id."""
    db = open_database(path)
    try:
        s = Services.for_database(db)
        s.settings.set("home_city", "Leipzig")
        partnership = s.partnerships.create(
            partner_city="Gwangju",
            country="South Korea",
            city_native="광주",
            timezone="Asia/Seoul",
            translations={"partner_city": {"ko": "광주", "en": "Gwangju"}},
        )
        venues = [
            s.venues.create(
                name=f"Saal {n}",
                city="Leipzig",
                timezone="Europe/Berlin",
                translations={"name": {"ko": f"{n}홀"}} if n % 2 else {},
            ).id
            for n in range(3)
        ]
        host = s.people.create(
            family_name="Schreiber",
            given_name="Anna",
            title="Leiterin Protokoll",
            translations={"title": {"ko": "의전 책임자"}},
        ).id
        start = date(2024, 3, 25)  # across the change to summer time
        visit = s.visits.create(
            partnership_id=partnership.id,
            title="Besuch",
            translations={"title": {"ko": "방문", "en": "Visit"}},
            direction=direction,
            start_date=start,
            end_date=start + timedelta(days=4),
            hotel_id=venues[0] if direction == "incoming" else None,
        ).id
        people = []
        for n in range(12):
            person = s.people.create(
                family_name=["Kim", "Lee", "Park"][n % 3],
                given_name=f"Min {n}",
                native_name="김민" if n % 2 else "",
                name_order="family_first" if n % 2 else "given_first",
                original_language="ko" if n % 2 else "de",
                title="대표단원" if n % 2 else "Mitglied",
                translations={"title": {"de": "Mitglied"}} if n % 2 else {},
            ).id
            people.append(person)
            s.members.create(
                visit_id=visit,
                person_id=person,
                role="head" if n == 0 else "official",
                precedence=(n * 7) % 12,  # not the order of creation
                room="200" if n in (2, 3) else str(100 + n),  # two share a twin room
                room_type="twin" if n in (2, 3) else ("suite" if n == 0 else None),
                hotel_id=venues[1] if n == 5 else None,  # one stays at another hotel
                **(
                    {
                        "arrival": to_utc(datetime(2024, 3, 25, 17, 40), "Europe/Berlin"),
                        "arrival_mode": "flight",
                        "arrival_carrier": "Lufthansa",
                        "arrival_number": "LH 162",
                        "arrival_place": "Flughafen Leipzig/Halle",
                        "arrival_terminal": "B",
                        "arrival_pickup": "Bus 1",
                        "departure_mode": "train",
                        "departure_number": "ICE 1500",
                        "mobile": "+82 10 1234 5678",
                    }
                    if n % 4 == 0
                    else {}
                ),
            )
        s.visits.update(visit, head_id=people[0])
        s.hosts.create(visit_id=visit, person_id=host, position=1)
        for day in range(5):
            for slot in range(4):
                local = datetime.combine(start + timedelta(days=day), datetime.min.time())
                begin = local.replace(hour=9 + 2 * slot)
                n = day * 4 + slot
                item = s.program.create(
                    visit_id=visit,
                    title=f"Termin {n}",
                    translations={"title": {"ko": f"일정 {n}"}} if n % 3 else {},
                    kind="meeting",
                    starts_at=to_utc(begin, "Europe/Berlin"),
                    ends_at=to_utc(begin + timedelta(minutes=90), "Europe/Berlin"),
                    timezone="Europe/Berlin",
                    venue_id=venues[n % 3] if n % 4 else None,
                    host_id=host if n % 2 else None,
                    all_members=n % 5 != 0,
                    notes="Bitte pünktlich" if n % 2 else "",
                )
                if n % 5 == 0:
                    s.program.set_attendees(item.id, people[: n % 7 + 1])
        return int(visit)
    finally:
        db.dispose()


@pytest.fixture
def generated(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "generated.sqlite3"
    yield path, generated_visit(path)


# --- the data ---------------------------------------------------------------------------------
def _both_paths(path: Path, visit_id: int) -> None:
    db = open_database(path)
    try:
        reference = orm_itinerary(db, visit_id)
        services_data = DocumentService(db).itinerary(visit_id, record=False)
    finally:
        db.dispose()
    with sql_read.sqlite_file_writer(path) as writer, writer.reading() as execute:
        direct = itinerary_reading.itinerary_data(execute, visit_id)
        ids = itinerary_reading.member_ids(execute, visit_id)
    assert direct == reference
    assert repr(direct) == repr(reference)  # what the content hash is made of
    assert content_hash(direct) == content_hash(services_data)
    assert ids == [m.person.id for m in direct.members]
    for person_id in ids:
        with sql_read.sqlite_file_writer(path) as writer, writer.reading() as execute:
            data, _kind, subject = itinerary_reading.itinerary(execute, visit_id, person_id)
        assert data == personal(reference, person_id)  # type: ignore[arg-type]
        assert subject == f"visit:{visit_id}:person:{person_id}"


def test_the_sample_reads_the_same_through_either_driver(sample_db_path: Path) -> None:
    _both_paths(sample_db_path, 1)


def test_a_generated_visit_reads_the_same_through_either_driver(
    generated: tuple[Path, int],
) -> None:
    path, visit = generated
    _both_paths(path, visit)


def test_an_outgoing_visit_without_hotel_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "outgoing.sqlite3"
    visit = generated_visit(path, direction="outgoing")
    _both_paths(path, visit)


def test_the_constants_copied_from_the_settings_agree() -> None:
    assert itinerary_reading.HOME_CITY_NAMES_KEY == settings.HOME_CITY_NAMES_KEY
    assert settings.DEFAULTS["home_city"] == itinerary_reading.DEFAULT_HOME_CITY
    assert settings.DEFAULTS["home_timezone"] == itinerary_reading.DEFAULT_HOME_TIMEZONE


def test_the_author_of_direct_prints_is_the_author_of_the_services(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert sql_read.change_log_user() == default_user_name()
    monkeypatch.setenv("EXCHANGE_PLANNER_USER", "  Anna  ")
    assert sql_read.change_log_user() == default_user_name() == "Anna"


# --- the stamp ----------------------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 9, 0, 0, 250_000, tzinfo=UTC)

    def __call__(self, now: datetime | None) -> datetime:
        return (now or self.now).astimezone(UTC).replace(microsecond=0)


def test_prints_store_the_rows_the_unit_of_work_stores(
    sample_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same prints (first, unchanged again, changed, a personal one, again at the same
    second) through the command's direct path and through the table classes' unit of work
    leave the same document_print rows and the same audit entries; an unchanged reprint keeps
    its version."""
    from exchange_planner.domain.enums import DocumentKind

    clock = Clock()
    monkeypatch.setattr(itinerary_reading, "stamp_time", clock)
    monkeypatch.setattr("exchange_planner.cli.common.open_db", None)  # the direct path only
    direct = copy(sample_db_path, tmp_path / "direct.sqlite3")
    orm = copy(sample_db_path, tmp_path / "orm.sqlite3")
    out = tmp_path / "out.pdf"
    db = open_database(orm)

    def change(path: Path) -> None:
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE program_item SET title = title || '!' WHERE id = 1")
        connection.close()

    versions = []
    try:
        steps = [None, None, "change", None, "person", "later", None, "change", None]
        for step in steps:
            if step == "change":
                change(direct)
                change(orm)
                continue
            if step == "later":
                clock.now += timedelta(minutes=5)
                continue
            person = 6 if step == "person" else None
            args = ["print", "itinerary", "--db", str(direct), "--visit", "1", "-o", str(out)]
            assert main(args + (["--person", str(person)] if person else [])) == 0
            with db.session() as session:
                data, kind, subject = itinerary_reading.itinerary(
                    sql_read.session_execute(session), 1, person
                )
            versions.append(orm_record_print(db, kind, subject, content_hash(data), clock(None)))
            assert kind in (DocumentKind.ITINERARY, DocumentKind.PERSONAL_ITINERARY)
    finally:
        db.dispose()
    assert versions == [1, 1, 2, 1, 2, 3]
    assert print_rows(direct) == print_rows(orm)
    prints, log = print_rows(direct)
    assert [p[4] for p in prints] == [3, 1]  # the visit's itinerary, the personal one
    assert [(entry[3], entry[4]) for entry in log] == [
        ("create", ""),
        ("update", "content_hash"),  # changed within the same second: the time stays
        ("update", "version"),
        ("create", ""),
        ("update", "content_hash"),
        ("update", "version"),
        ("update", "printed_at"),
    ]
    assert json.loads(str(log[0][6]))["printed_at"] == "2026-12-02T09:00:00+00:00"


def test_the_services_store_prints_as_the_unit_of_work_does(
    sample_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``DocumentService`` runs the same statements in its session: the same rows as the
    reference, and the print joins the commit's changes."""
    clock = Clock()
    monkeypatch.setattr(itinerary_reading, "stamp_time", clock)
    services_copy = copy(sample_db_path, tmp_path / "services.sqlite3")
    orm = copy(sample_db_path, tmp_path / "orm.sqlite3")
    db, reference = open_database(services_copy), open_database(orm)
    heard: list[object] = []
    db.subscribe(heard.append)
    try:
        for person in (None, None, 6):
            data = DocumentService(db).itinerary(1, person_id=person)
            with reference.session() as session:
                _, kind, subject = itinerary_reading.itinerary(
                    sql_read.session_execute(session), 1, person
                )
            version = orm_record_print(reference, kind, subject, content_hash(data), clock(None))
            assert data.stamp is not None and data.stamp.version == version
    finally:
        db.dispose()
        reference.dispose()
    assert print_rows(services_copy) == print_rows(orm)
    touched = [sorted(changes.records) for changes in heard]  # type: ignore[attr-defined]
    assert touched == [[("document_print", 1)], [("document_print", 2)]]


# --- the command ---------------------------------------------------------------------------------
def run_print(path: Path, out: Path, *extra: str) -> tuple[str, list[str], str]:
    """``print itinerary`` in a process of its own: its output and the ORM modules it loaded."""
    code = (
        "import sys\n"
        "from exchange_planner.cli import main\n"
        f"code = main(['print', 'itinerary', '--db', {str(path)!r}, '--visit', '1', "
        f"'-o', {str(out)!r}, *{list(extra)!r}])\n"
        "assert code == 0, code\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {ORM!r} "
        "or m == 'exchange_planner.storage.tables']\n"
        "print('LOADED', sorted(loaded))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    loaded = eval(lines[-1].removeprefix("LOADED "))
    return "\n".join(lines[:-1]), loaded, done.stderr


@pytest.mark.parametrize("lang", ["de", "de+ko"])
def test_print_itinerary_of_a_current_file_loads_no_orm_and_prints_what_the_services_print(
    sample_db_path: Path, tmp_path: Path, lang: str
) -> None:
    direct = copy(sample_db_path, tmp_path / "direct.sqlite3")
    orm = copy(sample_db_path, tmp_path / "orm.sqlite3")
    output, loaded, _ = run_print(direct, tmp_path / "direct.pdf", "--lang", lang)
    assert loaded == []
    assert output.endswith(" pages")
    db = open_database(orm)
    try:
        DocumentService(db).write_itinerary(
            1, tmp_path / "orm.pdf", lang=lang, now=printed_at(direct)
        )
    finally:
        db.dispose()
    assert pdf_text(tmp_path / "direct.pdf") == pdf_text(tmp_path / "orm.pdf")
    assert print_rows(direct)[0] == print_rows(orm)[0]
    assert not Path(f"{direct}-wal").exists() and not Path(f"{direct}-shm").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_prints_the_same_on_both_paths(
    generated: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    path, visit = generated
    orm = copy(path, tmp_path / "orm.sqlite3")
    monkeypatch.setattr("exchange_planner.cli.common.open_db", None)  # the direct path only
    args = ["print", "itinerary", "--db", str(path), "--visit", str(visit), "--lang", lang]
    assert main([*args, "--home-zone", "-o", str(tmp_path / "direct.pdf")]) == 0
    db = open_database(orm)
    try:
        DocumentService(db).write_itinerary(
            visit,
            tmp_path / "orm.pdf",
            lang=lang,
            home_zone_column=True,
            now=printed_at(path, f"visit:{visit}"),
        )
    finally:
        db.dispose()
    assert pdf_text(tmp_path / "direct.pdf") == pdf_text(tmp_path / "orm.pdf")


def test_a_personal_itinerary_is_printed_directly(sample_db_path: Path, tmp_path: Path) -> None:
    _output, loaded, _ = run_print(sample_db_path, tmp_path / "mine.pdf", "--person", "6")
    assert loaded == []
    prints, _ = print_rows(sample_db_path)
    assert [(p[1], p[2]) for p in prints] == [("personal_itinerary", "visit:1:person:6")]


def test_an_unknown_visit_or_member_is_refused_as_before(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    base = ["print", "itinerary", "--db", str(sample_db_path), "-o", str(out)]
    assert main([*base, "--visit", "99"]) != 0
    assert "There is no visit #99" in capsys.readouterr().err
    assert main([*base, "--visit", "1", "--person", "9999"]) != 0
    assert "person #9999 is not a member of visit #1" in capsys.readouterr().err
    assert not out.exists()
    assert print_rows(sample_db_path) == ([], [])


# --- files that are not quickly readable take the full open ----------------------------------
def test_an_older_file_is_upgraded_and_printed_through_the_services(
    sample_db_path: Path, tmp_path: Path
) -> None:
    from tests.test_cli_speed import downgrade

    downgrade(sample_db_path, "0003")
    with pytest.raises(sql_read.NotQuicklyReadable), sql_read.sqlite_file_writer(sample_db_path):
        pass
    output, loaded, _ = run_print(sample_db_path, tmp_path / "old.pdf")
    assert "sqlalchemy" in loaded and "exchange_planner.storage.tables" in loaded
    assert output.endswith(": 4 pages")
    assert [p[4] for p in print_rows(sample_db_path)[0]] == [1]


def test_a_read_only_file_is_printed_unrecorded_as_before(
    sample_db_path: Path, tmp_path: Path
) -> None:
    os.chmod(sample_db_path, 0o400)
    try:
        _output, loaded, stderr = run_print(sample_db_path, tmp_path / "ro.pdf")
    finally:
        os.chmod(sample_db_path, 0o600)
    assert "sqlalchemy" in loaded
    assert "opened read-only" in stderr
    assert "nicht vermerkt" in "".join(pdf_text(tmp_path / "ro.pdf"))
    assert print_rows(sample_db_path) == ([], [])


def test_a_file_locked_by_another_program_waits_through_the_services(
    sample_db_path: Path, tmp_path: Path
) -> None:
    """The direct writer gives up on another program's write lock at once; the full open then
    waits for it (and says so) as before. Here the lock is gone when the full open asks."""
    holder = sqlite3.connect(sample_db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            sql_read.sqlite_file_writer(sample_db_path) as writer,
            pytest.raises(sql_read.NotQuicklyReadable),
            writer.writing(),
        ):
            pass
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _output, loaded, _ = run_print(sample_db_path, tmp_path / "unlocked.pdf")
    assert loaded == []
    assert [p[4] for p in print_rows(sample_db_path)[0]] == [1]


def test_the_changes_page_is_printed_through_the_services(
    sample_db_path: Path, tmp_path: Path
) -> None:
    run_print(sample_db_path, tmp_path / "first.pdf")
    output, loaded, _ = run_print(sample_db_path, tmp_path / "changes.pdf", "--changes-since", "1")
    assert "sqlalchemy" in loaded
    assert output.endswith("pages")
