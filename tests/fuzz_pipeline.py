"""Hostile text through the whole program: stored through the services, then every output.

``Plan`` is a small database with one record of every kind (a visit with two members, two
program items, gifts both ways, a guestbook entry, a residency with deliverable and checklist,
an exhibition linked to both). ``apply`` sets each field of a ``fuzz_strategies.Scenario``
through the services, the way an editor does (one update per field), and checks the only
allowed refusal: a ``ValidationError`` naming that field, for a value the documented rules
refuse (docs/text-limits.md), changing nothing. Then ``documents``, ``exchange_files`` and
``calendar_print`` produce every output and read each back. Any other exception is a defect.

Used by tests/services/test_fuzz_outputs.py, tests/ui/test_calendar_print_fuzz.py and
tools/fuzz_outputs.py.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar
from pypdf import PdfReader

from exchange_planner.cli import build_parser
from exchange_planner.domain.enums import (
    Direction,
    GiftDirection,
    MemberRole,
    NameOrder,
    ProgramKind,
    TableShape,
)
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.validation import FORBIDDEN_CHARACTERS
from exchange_planner.reports.balance import build_balance_pdf
from exchange_planner.reports.residency_sheet import build_residency_sheet
from exchange_planner.services import interchange
from exchange_planner.services.ics import IcsService
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database, open_database
from fuzz_strategies import FIELDS, Field, Scenario

AS_OF = date(2025, 2, 1)
FIRST, LAST = date(2025, 3, 1), date(2025, 5, 31)


@dataclass
class Plan:
    db: Database
    path: Path
    ids: dict[str, int] = field(default_factory=dict)

    @property
    def services(self) -> Services:
        return Services.for_database(self.db)


def build_plan(path: Path) -> Plan:
    """A database with one plain record of every kind (the values are then replaced)."""
    plan = Plan(open_database(path), path)
    s, ids = plan.services, plan.ids
    s.settings.set_home(city="Leipzig", timezone="Europe/Berlin")
    ids["partnership"] = s.partnerships.create(
        partner_city="Gwangju",
        country="South Korea",
        city_native="광주",
        timezone="Asia/Seoul",
        languages="ko",
        since_year=2011,
    ).id
    ids["person"] = s.people.create(
        family_name="Kang",
        given_name="Gi-jung",
        native_name="강기정",
        name_order=NameOrder.FAMILY_FIRST,
        title="Mayor",
        email="mayor@example.org",
    ).id
    ids["interpreter"] = s.people.create(family_name="Lee", given_name="Min-ji").id
    ids["venue"] = s.venues.create(
        name="Neues Rathaus", city="Leipzig", timezone="Europe/Berlin"
    ).id
    ids["visit"] = s.visits.create(
        partnership_id=ids["partnership"],
        title="Delegation from Gwangju",
        direction=Direction.INCOMING,
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 5),
        head_id=ids["person"],
        hotel_id=ids["venue"],
    ).id
    ids["member"] = s.members.create(
        visit_id=ids["visit"], person_id=ids["person"], role=MemberRole.HEAD, precedence=1
    ).id
    s.members.create(
        visit_id=ids["visit"],
        person_id=ids["interpreter"],
        role=MemberRole.INTERPRETER,
        precedence=2,
    )
    start = datetime(2025, 3, 4, 8, tzinfo=UTC)
    ids["program_item"] = s.program.create(
        visit_id=ids["visit"],
        title="Reception",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        timezone="Europe/Berlin",
        venue_id=ids["venue"],
        host_id=ids["person"],
    ).id
    only_interpreter = s.program.create(
        visit_id=ids["visit"],
        title="Briefing",
        starts_at=start + timedelta(hours=2),
        ends_at=start + timedelta(hours=3),
        timezone="Europe/Berlin",
    ).id
    s.program.set_attendees(only_interpreter, [ids["interpreter"]])
    ids["gift"] = s.gifts.create(
        visit_id=ids["visit"],
        direction=GiftDirection.GIVEN,
        description="Meissen plate",
        giver_id=ids["interpreter"],
        recipient_id=ids["person"],
        presented_on=date(2025, 3, 4),
        value_amount="185.00",
    ).id
    s.gifts.create(
        visit_id=ids["visit"],
        direction=GiftDirection.RECEIVED,
        description="Celadon vase",
        giver_id=ids["person"],
        value_amount="300000",
        value_currency="KRW",
    )
    ids["guestbook_entry"] = s.guestbook.create(
        visit_id=ids["visit"], signer_id=ids["person"], signed_on=date(2025, 3, 4)
    ).id
    ids["residency"] = s.residencies.create(
        partnership_id=ids["partnership"],
        title="Studio residency",
        artist_id=ids["person"],
        studio_id=ids["venue"],
        direction=Direction.OUTGOING,
        start_date=date(2025, 4, 1),
        end_date=date(2025, 5, 15),
        budget_amount="4000",
    ).id
    s.residencies.ensure_checklist(ids["residency"], today=AS_OF)
    ids["deliverable"] = s.deliverables.create(
        residency_id=ids["residency"], title="Catalogue text", due_date=date(2025, 5, 1)
    ).id
    ids["exhibition"] = s.exhibitions.create(
        title="Light and Shadow",
        start_date=date(2025, 4, 10),
        end_date=date(2025, 4, 20),
        venue_id=ids["venue"],
        curator_id=ids["interpreter"],
        partnership_id=ids["partnership"],
    ).id
    s.exhibitions.set_links(ids["exhibition"], "residencies", [ids["residency"]])
    s.exhibitions.set_links(ids["exhibition"], "visits", [ids["visit"]])
    # The order of precedence and a seated dinner (issue 17).
    ids["rank_table"] = s.rank_tables.create(name="Deutschland — Kommunen", country="Germany").id
    ids["rank"] = s.ranks.create(
        rank_table_id=ids["rank_table"], position=1, title="Oberbürgermeister"
    ).id
    s.people.update(ids["person"], rank_id=ids["rank"])
    host = s.people.create(family_name="Jung", given_name="Burkhard", country="Germany").id
    ids["host"] = s.hosts.create(visit_id=ids["visit"], person_id=host, role=MemberRole.HEAD).id
    ids["dinner"] = s.program.create(
        visit_id=ids["visit"],
        title="Dinner",
        kind=ProgramKind.MEAL,
        starts_at=start + timedelta(hours=8),
        ends_at=start + timedelta(hours=10),
        timezone="Europe/Berlin",
        host_id=host,
    ).id
    seating = s.seating.create_plan(ids["dinner"], tables=((TableShape.ROUND, 6, "1"),))
    ids["seating_plan"] = seating.id
    ids["seating_table"] = s.seating_tables.for_plan(seating.id)[0].id
    s.seating.auto_place(seating.id)
    return plan


# --- storing: one update per field, as the editors do ----------------------------------------
def service_for(services: Services, record: str) -> Any:
    """The service that stores one kind of record (as ``fuzz_strategies.Field.record`` names it)."""
    return {
        "partnership": services.partnerships,
        "rank_table": services.rank_tables,
        "rank": services.ranks,
        "person": services.people,
        "venue": services.venues,
        "visit": services.visits,
        "member": services.members,
        "host": services.hosts,
        "program_item": services.program,
        "gift": services.gifts,
        "guestbook_entry": services.guestbook,
        "residency": services.residencies,
        "deliverable": services.deliverables,
        "exhibition": services.exhibitions,
        "seating_plan": services.seating_plans,
        "seating_table": services.seating_tables,
    }[record]


def normalised(value: str) -> str:
    """What a text field stores: Windows and old Mac line ends as line feeds, trimmed."""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def refusal_reason(spec: Field, value: Any) -> str | None:
    """Why the documented rules refuse ``value`` (None: it must be accepted as it is)."""
    if spec.kind not in ("text", "email", "home_city"):
        return "coded"  # zones, currencies, amounts: refusals only have to name the field
    text = " ".join(value.split()) if spec.kind == "home_city" else normalised(value)
    if spec.required and not text:
        return "empty"
    if len(text) > spec.limit:
        return "too long"
    if FORBIDDEN_CHARACTERS.search(text):
        return "character"
    if spec.kind == "email" and text and ("@" not in text or " " in text):
        return "not an e-mail address"
    return None


@dataclass
class Outcome:
    accepted: dict[str, Any] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


def _settings_of(services: Services) -> dict[str, str]:
    return {
        "home_city": services.settings.home_city(),
        "home_zone": services.settings.home_timezone(),
    }


def apply(plan: Plan, scenario: Scenario, fields: tuple[Field, ...] = FIELDS) -> Outcome:
    """Set every field of ``scenario``; refusals must name the field and change nothing."""
    services = plan.services
    outcome = Outcome()
    for spec in fields:
        value = scenario.values[spec.key]
        if spec.record == "settings":
            before: Any = _settings_of(services)

            def write(
                value: Any = value, spec: Field = spec, before: Any = before, s: Any = services
            ) -> Any:
                if spec.name == "home_city":
                    s.settings.set_home(city=value, timezone=before["home_zone"])
                    return s.settings.home_city()
                s.settings.set_home(city=before["home_city"], timezone=value)
                return s.settings.home_timezone()

            def read(s: Any = services) -> Any:
                return _settings_of(s)
        else:
            service = service_for(services, spec.record)
            record_id = plan.ids[spec.instance]
            before = service.get(record_id).model_dump()

            def write(
                value: Any = value, spec: Field = spec, service: Any = service, rid: int = record_id
            ) -> Any:
                return getattr(service.update(rid, **{spec.name: value}), spec.name)

            def read(service: Any = service, rid: int = record_id) -> Any:
                return service.get(rid).model_dump()

        reason = refusal_reason(spec, value)
        try:
            stored = write()
        except ValidationError as error:
            assert error.field == spec.name, (
                f"{spec.key}: the refusal names {error.field!r}: {error.message}"
            )
            assert reason is not None, f"{spec.key}: {value!r} refused: {error.message}"
            assert read() == before, f"{spec.key}: a refused value changed the record"
            outcome.refused[spec.key] = error.message
            continue
        assert reason is None or reason == "coded", f"{spec.key}: {value!r} stored ({reason})"
        _check_stored(spec, value, stored)
        outcome.accepted[spec.key] = stored
    return outcome


def _check_stored(spec: Field, value: Any, stored: Any) -> None:
    if spec.kind in ("text", "email"):
        assert stored == normalised(value), f"{spec.key}: stored {stored!r} for {value!r}"
    elif spec.kind == "home_city":
        assert stored == " ".join(value.split())
    elif spec.kind == "zone":
        ZoneInfo(stored)
    elif spec.kind == "currency":
        assert re.fullmatch("[A-Z]{3}", stored), stored
    elif spec.kind == "amount" and stored is not None:
        assert isinstance(stored, Decimal) and 0 <= stored < Decimal("1e12"), stored
        assert stored == stored.quantize(Decimal("0.01")), stored


# --- outputs ---------------------------------------------------------------------------------
def check_pdf(path: Path | bytes) -> int:
    """A complete PDF that pypdf reads; user text made no links and loaded no images."""
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    for page in reader.pages:
        assert "/Annots" not in page
        resources = page.get("/Resources") or {}
        assert not (resources.get("/XObject") or {}) or _only_forms(resources["/XObject"])
    return len(reader.pages)


def _only_forms(xobjects: Any) -> bool:
    return all(xobjects[name].get("/Subtype") != "/Image" for name in xobjects)


def documents(plan: Plan, scenario: Scenario, folder: Path) -> list[str]:
    """Every PDF of the reports package: itinerary (whole and one per member), gift protocol
    of the visit and of its year, residency sheet, partnership balance."""
    s, ids, lang = plan.services, plan.ids, scenario.lang
    done: list[str] = []
    target = folder / "itinerary.pdf"
    s.documents.write_itinerary(
        ids["visit"], target, lang=lang, home_zone_column=scenario.home_zone_column
    )
    done.append(f"itinerary {lang}: {check_pdf(target)} pages")
    personal = s.documents.write_personal_itineraries(
        ids["visit"], folder / "personal", lang=lang, home_zone_column=scenario.home_zone_column
    )
    # The two members, then the visit's host (Burkhard Jung): since the travel-and-stay
    # change the home city's hosts get personal itineraries too (see CHANGELOG).
    assert len({p.name for p in personal}) == 3, personal
    for path in personal:
        _check_file_name(path.name)
        check_pdf(path)
    done.append(f"personal itineraries {lang}: {[p.name for p in personal]}")
    for which, kwargs in (("visit", {"visit_id": ids["visit"]}), ("year", {"year": 2025})):
        target = folder / f"gifts-{which}.pdf"
        s.documents.write_gift_protocol(target, lang=lang, **kwargs)
        done.append(f"gift protocol of the {which} {lang}: {check_pdf(target)} pages")
    target = folder / "residency.pdf"
    build_residency_sheet(s.residencies.sheet_data(ids["residency"], AS_OF), target, lang=lang)
    done.append(f"residency sheet {lang}: {check_pdf(target)} pages")
    target = folder / "balance.pdf"
    build_balance_pdf(s.balance.report_data(ids["partnership"], AS_OF), target, lang=lang)
    done.append(f"balance {lang}: {check_pdf(target)} pages")
    return done


def _check_file_name(name: str) -> None:
    assert not re.search(r"[\x00-\x1f\x7f/\\:*?\"<>|]", name), name
    assert len(name.encode("utf-8")) <= 255, name
    name.encode("utf-8")  # no lone surrogate


@contextlib.contextmanager
def _stdout() -> Iterator[io.TextIOWrapper]:
    """Standard output as a terminal or pipe has it: strict UTF-8 bytes."""
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="")
    with contextlib.redirect_stdout(stream):
        yield stream
    stream.flush()


def run_command(db_path: Path, *arguments: str) -> tuple[int, str]:
    """A reading command of the command line, in this process; exceptions propagate."""
    args = build_parser().parse_args([arguments[0], "--db", str(db_path), *arguments[1:]])
    with _stdout() as out:
        status = int(args.handler(args) or 0)
    return status, out.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


def check_ics(data: bytes, events: int | None = None) -> int:
    """Parsed back: CRLF lines, one VCALENDAR, the expected number of events."""
    assert data.endswith(b"\r\n")
    for line in data[:-2].split(b"\r\n"):
        assert b"\r" not in line and b"\n" not in line
        line.decode("utf-8")
    calendar = Calendar.from_ical(data)
    found = len(calendar.walk("VEVENT"))
    if events is not None:
        assert found == events, (found, events)
    return found


def exchange_files(plan: Plan, folder: Path) -> list[str]:
    """ICS (visit, residency, range), the command line's text and CSV, and the JSON file
    exported, read back, imported into an empty database and exported again unchanged."""
    s, ids = plan.services, plan.ids
    done: list[str] = []
    ics = IcsService(plan.db)
    check_ics(ics.visit_ics(ids["visit"]), events=len(s.program.for_visit(ids["visit"])))
    check_ics(ics.residency_ics(ids["residency"]), events=1)
    shown = s.calendar.entries(FIRST, LAST, "Europe/Berlin")
    check_ics(ics.range_ics(FIRST, LAST, zone="Europe/Berlin"), events=len(shown))
    done.append(f"ics: visit, residency, range ({len(shown)} events)")

    status, text = run_command(plan.path, "balance", "--format", "csv")
    assert status == 0
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][0] == "partnership" and all(len(row) in (0, 6, 11) for row in rows), rows
    for row in rows:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r", cell
    for command in (
        ("balance",),
        ("list", "visits"),
        ("list", "people"),
        ("list", "residencies"),
        ("list", "exhibitions"),
        ("conflicts",),
    ):
        status, _ = run_command(plan.path, *command)
        assert status in (0, 1), command
    status, text = run_command(plan.path, "seating", "--item", str(ids["dinner"]))
    assert status == 0
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["table", "seat", "person", "left_neighbour", "right_neighbour"], rows
    assert len(rows) == 1 + 6 and all(len(row) == 5 for row in rows), rows
    for row in rows:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r", cell
    done.append("command line: balance (csv, table), list, conflicts, seating (csv)")

    exported = folder / "exchange.json"
    interchange.export_to_file(plan.db, exported)
    document = interchange.parse(interchange.read_file(exported))
    copy = open_database(folder / "imported.sqlite3")
    try:
        interchange.import_document(copy, document)
        again = interchange.export_document(copy)
    finally:
        copy.dispose()
    # Who wrote each file differs by design: the copy names the first file as its base.
    plan_only = {key: value for key, value in document.items() if key not in ("origin", "base")}
    again = {key: value for key, value in again.items() if key not in ("origin", "base")}
    assert again == plan_only, _first_difference(plan_only, again)
    done.append(f"exchange file: {exported.stat().st_size} bytes, round trip equal")
    return done


def _first_difference(before: Any, after: Any, path: str = "$") -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in before.keys() | after.keys():
            if before.get(key) != after.get(key):
                return _first_difference(before.get(key), after.get(key), f"{path}.{key}")
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (a, b) in enumerate(zip(before, after, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{path}[{index}]")
    return f"{path}: {json.dumps(before)[:200]} became {json.dumps(after)[:200]}"


def calendar_print(plan: Plan, scenario: Scenario, folder: Path) -> list[str]:
    """The calendar document (the Calendar tab's Print to PDF) of months and a week, in the
    scenario's language, times in the home zone and in the partner's, read back."""
    s = plan.services
    done: list[str] = []
    for view, focus, zone in (
        ("month", date(2025, 3, 4), None),
        ("week", date(2025, 3, 4), "Asia/Seoul"),
        ("month", date(2025, 4, 10), "Asia/Seoul"),
    ):
        if view == "week":
            first = focus - timedelta(days=focus.weekday())
            last = first + timedelta(days=6)
        else:
            first = focus.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        target = folder / f"calendar-{view}-{focus}.pdf"
        pages = s.documents.write_calendar(
            target, first, last, view=view, lang=scenario.lang, today=AS_OF, zone=zone
        )
        reader = PdfReader(target)
        assert len(reader.pages) == pages
        done.append(f"calendar {view} {focus:%Y-%m}: {pages} page(s)")
    return done


#: The outputs by name, as tools/fuzz_outputs.py offers them.
OUTPUTS: dict[str, Callable[[Plan, Scenario, Path], list[str]]] = {
    "documents": documents,
    "exchange": lambda plan, _scenario, folder: exchange_files(plan, folder),
    "calendar": calendar_print,
}


def run(
    scenario: Scenario, folder: Path, outputs: tuple[str, ...] = ("documents", "exchange")
) -> list[str]:
    """Build a plan in ``folder``, store the scenario, produce the chosen outputs."""
    os.makedirs(folder, exist_ok=True)
    plan = build_plan(folder / "plan.sqlite3")
    try:
        outcome = apply(plan, scenario)
        report = [f"{len(outcome.accepted)} values stored, {len(outcome.refused)} refused"]
        for name in outputs:
            report += OUTPUTS[name](plan, scenario, folder)
        return report
    finally:
        plan.db.dispose()
