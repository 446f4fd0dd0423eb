"""The versioned JSON exchange file: everything in a database, written and read back.

Export writes every record with its id, sorted by id, fields in table order, so that
export -> import into an empty database -> export gives the same document. Instants are
written in UTC with ``Z``, dates as ``YYYY-MM-DD``, amounts as decimal strings.

Import is all or nothing: the document's structure is checked against the JSON Schema
(``interchange_schema``), then every record goes through the same ``clean()`` rules as an edit
in the program, inside one transaction that is rolled back on the first problem. Problems are
reported as ``ImportFormatError`` naming the JSON path of the offending field. Import only goes
into an empty database (settings aside); a database that holds plans takes another office's
file by merging it (``services/exchange_merge.py``), which matches records by their ``uuid``.

Version 5 adds the logistics of a visit (the members' travel and stay, the visit's vehicles,
the vehicles and seats of each transfer, the cues of the run-of-show) and the gift register
(rules with their limits, exchange rates, the rates of gifts and where each gift went).
Version 4 adds the rank tables with their ranks, the hosts of a visit (nested like its
members), the seating plans of meals with their tables and seats, and the precedence fields of
people and members. Since version 3 every record carries its ``uuid``, and the file says
which database wrote it and how far that database's change log had come (``origin``), and
which file the writing database was itself made from (``base``): what a merge compares with.
``export_visit_document`` writes one visit with what it refers to, for sending to the partner
office.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from sqlmodel import Session, SQLModel, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import DispositionKind, DocumentKind, VehicleKind
from exchange_planner.domain.errors import (
    ExchangePlannerError,
    ImportFormatError,
    NotFoundError,
    ValidationError,
)
from exchange_planner.domain.texts import split_key
from exchange_planner.services.crud import RecordService, office_language, require
from exchange_planner.services.interchange_schema import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_INTEGER,
    PATTERN_MEANINGS,
    READABLE_VERSIONS,
    VERSION,
    build_schema,
)
from exchange_planner.services.participation import check_override
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import Database
from exchange_planner.storage.files import atomic_write_bytes
from exchange_planner.storage.tables import (
    ChangeLog,
    ChecklistItem,
    DocumentPrint,
    ExchangeRate,
    Exhibition,
    ExhibitionArtist,
    ExhibitionResidency,
    ExhibitionVisit,
    Gift,
    GiftDisposition,
    GiftRule,
    GiftRuleLimit,
    GuestbookEntry,
    Partnership,
    Person,
    ProgramAttendee,
    ProgramCue,
    ProgramItem,
    Rank,
    RankTable,
    Residency,
    ResidencyDeliverable,
    SeatAssignment,
    SeatingPlan,
    SeatingTable,
    Setting,
    TransferSeat,
    TransferVehicle,
    Vehicle,
    Venue,
    Visit,
    VisitHost,
    VisitMember,
    metadata,
    new_uuid,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "DatabaseNotEmptyError",
    "ExchangeFileUnreadableError",
    "export_document",
    "export_to_file",
    "export_visit_document",
    "import_document",
    "import_from_file",
]

_VALIDATOR = Draft202012Validator(build_schema())

#: Arrays and objects inside each other; a valid file needs 6 (visit > program > attendees).
MAX_DEPTH = 20
#: Digits of the longest number read as such (no field holds more than ``MAX_INTEGER``).
_MAX_DIGITS = 30
_MAX_SCHEMA_ERRORS = 100
_FORBIDDEN_TEXT = v.FORBIDDEN_CHARACTERS
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

#: Exhibition link lists: JSON key -> (link table, column, target table).
_EXHIBITION_LINKS: dict[str, tuple[type[SQLModel], str, type[SQLModel]]] = {
    "residency_ids": (ExhibitionResidency, "residency_id", Residency),
    "visit_ids": (ExhibitionVisit, "visit_id", Visit),
    "artist_ids": (ExhibitionArtist, "person_id", Person),
}


#: The keys of ``import_document``'s result, in document order.
COUNT_NAMES = (
    "settings",
    "partnerships",
    "rank tables",
    "ranks",
    "people",
    "venues",
    "visits",
    "delegation members",
    "visit hosts",
    "program items",
    "gifts",
    "guestbook entries",
    "residencies",
    "deliverables",
    "checklist items",
    "exhibitions",
    "seating plans",
    "seating tables",
    "seats",
    "vehicles",
    "transfer vehicles",
    "transfer seats",
    "cues",
    "gift dispositions",
    "gift rules",
    "gift rule limits",
    "exchange rates",
    "printed documents",
)


#: Settings that belong to one database and never travel in an exchange file: its identity,
#: the file it was made from, and the changes that merges of partners' files wrote.
DATABASE_ID_KEY = "exchange_database"
BASE_KEY = "exchange_base"
MERGED_KEY_PREFIX = "exchange_merged:"


def local_setting(key: str) -> bool:
    """True for a setting that describes this database only (not exported, not imported)."""
    return key in (DATABASE_ID_KEY, BASE_KEY) or key.startswith(MERGED_KEY_PREFIX)


class DatabaseNotEmptyError(ExchangePlannerError):
    """Import refused because the target database already holds records."""


class ExchangeFileUnreadableError(ExchangePlannerError):
    """The exchange file cannot be opened (missing, a folder, no permission, read error)."""


# --- export ---------------------------------------------------------------------------------
_TEXT_COLUMNS = ("original_language", "translations")


#: Exchange rates keep six decimals (the ECB publishes up to four, KRW per EUR has two).
_RATE_FIELDS = ("units_per_eur", "rate_units_per_eur")
_RATE_SCALE = Decimal("0.000001")


def _json_value(value: Any, name: str = "") -> Any:
    if isinstance(value, Decimal) and name in _RATE_FIELDS:
        return format(value.quantize(_RATE_SCALE), "f")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):  # before date: a datetime is a date
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.quantize(Decimal("0.01")), "f")
    return value


def _plain(record: SQLModel, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The record's fields in table order, as JSON values (not the row version: a version
    counts the edits of one database and means nothing in another)."""
    skipped = {*skip, "row_version"}
    names = [name for name in type(record).model_fields if name not in skipped]
    # The language and translations of a record's texts follow its fields.
    names.sort(key=lambda name: (name in _TEXT_COLUMNS, name not in ("id", "uuid")))
    return {name: _json_value(getattr(record, name), name) for name in names}


def _all(session: Session, model: type[SQLModel], *order: Any) -> list[Any]:
    statement = select(model).order_by(*(order or (model.id,)))  # type: ignore[attr-defined]
    return list(session.exec(statement).all())


def _grouped(rows: Iterable[Any], key: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


#: The text fields of a vehicle and of a gift rule with their lengths (version 5 records).
_VEHICLE_TEXTS = {
    "label": 100,
    "driver_name": 200,
    "driver_phone": 100,
    "driver_language": 20,
    "plate": 30,
    "company": 300,
    "notes": v.MAX_TEXT,
}
_RULE_TEXTS = {
    "name": 300,
    "applies_to": 500,
    "source": 500,
    "source_url": 500,
    "valuation": 500,
    "notes": v.MAX_TEXT,
}


def database_identity(db: Database) -> str | None:
    """This database's identity (created at the first export; None when read-only and
    never exported)."""
    with db.session() as session:
        row = session.get(Setting, DATABASE_ID_KEY)
        if row is not None and row.value:
            return row.value
    if db.read_only:
        return None
    with db.session() as session:
        row = session.get(Setting, DATABASE_ID_KEY)
        if row is None:
            row = Setting(key=DATABASE_ID_KEY, value=new_uuid())
            session.add(row)
        return row.value


def _exchange_points(db: Database, session: Session) -> dict[str, Any]:
    """The file's ``origin`` (this database, its last change) and ``base`` (the file this
    database was made from)."""
    identity = database_identity(db)
    last = session.execute(sa.select(sa.func.max(ChangeLog.id))).scalar_one()
    base_row = session.get(Setting, BASE_KEY)
    base = json.loads(base_row.value) if base_row is not None and base_row.value else None
    points: dict[str, Any] = {}
    if identity is not None:
        points["origin"] = {"database": identity, "change": int(last or 0)}
    points["base"] = base
    return points


def export_document(db: Database) -> dict[str, Any]:
    """The whole database as a JSON-ready dict (format ``exchange-planner``, ``VERSION``)."""
    identity_points: dict[str, Any] = {}
    with db.session() as session:
        identity_points = _exchange_points(db, session)
    with db.session() as session:
        settings = {
            row.key: row.value
            for row in _all(session, Setting, Setting.key)
            if not local_setting(row.key)
        }
        members = _grouped(_all(session, VisitMember), "visit_id")
        hosts = _grouped(_all(session, VisitHost), "visit_id")
        program = _grouped(_all(session, ProgramItem), "visit_id")
        attendees = _grouped(
            _all(
                session, ProgramAttendee, ProgramAttendee.program_item_id, ProgramAttendee.person_id
            ),
            "program_item_id",
        )
        deliverables = _grouped(_all(session, ResidencyDeliverable), "residency_id")
        checklist = _grouped(_all(session, ChecklistItem), "residency_id")
        logistics = _Logistics(session, None)
        links = {
            key: _grouped(
                _all(session, table, table.exhibition_id, getattr(table, column)), "exhibition_id"
            )  # type: ignore[attr-defined]
            for key, (table, column, _target) in _EXHIBITION_LINKS.items()
        }

        visits = []
        for visit in _all(session, Visit):
            entry = _plain(visit)
            entry["members"] = [_plain(m, skip=["visit_id"]) for m in members[visit.id]]
            entry["hosts"] = [_plain(h, skip=["visit_id"]) for h in hosts[visit.id]]
            entry["program"] = []
            for item in program[visit.id]:
                item_entry = _plain(item, skip=["visit_id"])
                item_entry["attendees"] = [a.person_id for a in attendees[item.id]]
                logistics.add_to_item(item_entry, item.id)
                entry["program"].append(item_entry)
            logistics.add_to_visit(entry, visit.id)
            visits.append(entry)

        residencies = []
        for residency in _all(session, Residency):
            entry = _plain(residency)
            entry["deliverables"] = [
                _plain(d, skip=["residency_id"]) for d in deliverables[residency.id]
            ]
            entry["checklist"] = [_plain(c, skip=["residency_id"]) for c in checklist[residency.id]]
            residencies.append(entry)

        exhibitions = []
        for exhibition in _all(session, Exhibition):
            entry = _plain(exhibition)
            for key, (_table, column, _target) in _EXHIBITION_LINKS.items():
                entry[key] = [getattr(link, column) for link in links[key][exhibition.id]]
            exhibitions.append(entry)

        return {
            "format": FORMAT,
            "version": VERSION,
            **identity_points,
            "scope": "database",
            "settings": settings,
            "partnerships": [_plain(p) for p in _all(session, Partnership)],
            "rank_tables": _rank_tables(session),
            "people": [_plain(p) for p in _all(session, Person)],
            "venues": [_plain(p) for p in _all(session, Venue)],
            "visits": visits,
            "gifts": _gifts(session),
            "guestbook_entries": [_plain(g) for g in _all(session, GuestbookEntry)],
            "residencies": residencies,
            "exhibitions": exhibitions,
            "seating_plans": _seating_plans(session, _all(session, SeatingPlan)),
            "gift_rules": _gift_rules(session),
            "exchange_rates": [_plain(r) for r in _all(session, ExchangeRate)],
            "document_prints": [_plain(d) for d in _all(session, DocumentPrint)],
        }


class _Logistics:
    """The vehicles of visits and, per program item, its transfer vehicles with their seats
    and its cues (version 5), read at once for the whole database or one visit."""

    def __init__(self, session: Session, visit_id: int | None) -> None:
        vehicles = select(Vehicle).order_by(Vehicle.id)  # type: ignore[arg-type]
        transfers = select(TransferVehicle).order_by(TransferVehicle.id)  # type: ignore[arg-type]
        seats = select(TransferSeat).order_by(TransferSeat.id)  # type: ignore[arg-type]
        cues = select(ProgramCue).order_by(ProgramCue.id)  # type: ignore[arg-type]
        if visit_id is not None:
            items = select(ProgramItem.id).where(ProgramItem.visit_id == visit_id)
            vehicles = vehicles.where(Vehicle.visit_id == visit_id)
            transfers = transfers.where(col(TransferVehicle.program_item_id).in_(items))
            seats = seats.join(TransferVehicle).where(
                col(TransferVehicle.program_item_id).in_(items)
            )
            cues = cues.where(col(ProgramCue.program_item_id).in_(items))
        self.vehicles = _grouped(session.exec(vehicles).all(), "visit_id")
        self.transfers = _grouped(session.exec(transfers).all(), "program_item_id")
        self.seats = _grouped(session.exec(seats).all(), "transfer_vehicle_id")
        self.cues = _grouped(session.exec(cues).all(), "program_item_id")

    def add_to_item(self, entry: dict[str, Any], item_id: int) -> None:
        entry["vehicles"] = []
        for transfer in self.transfers[item_id]:
            transfer_entry = _plain(transfer, skip=["program_item_id"])
            transfer_entry["passengers"] = [
                _plain(seat, skip=["transfer_vehicle_id"]) for seat in self.seats[transfer.id]
            ]
            entry["vehicles"].append(transfer_entry)
        entry["cues"] = [_plain(cue, skip=["program_item_id"]) for cue in self.cues[item_id]]

    def add_to_visit(self, entry: dict[str, Any], visit_id: int) -> None:
        entry["vehicles"] = [_plain(v, skip=["visit_id"]) for v in self.vehicles[visit_id]]


def _gifts(session: Session) -> list[dict[str, Any]]:
    dispositions = _grouped(_all(session, GiftDisposition), "gift_id")
    gifts = []
    for gift in _all(session, Gift):
        entry = _plain(gift)
        entry["dispositions"] = [_plain(d, skip=["gift_id"]) for d in dispositions[gift.id]]
        gifts.append(entry)
    return gifts


def _gift_rules(session: Session) -> list[dict[str, Any]]:
    limits = _grouped(_all(session, GiftRuleLimit), "rule_id")
    rules = []
    for rule in _all(session, GiftRule):
        entry = _plain(rule)
        entry["limits"] = [_plain(limit, skip=["rule_id"]) for limit in limits[rule.id]]
        rules.append(entry)
    return rules


def _rank_tables(session: Session) -> list[dict[str, Any]]:
    ranks = _grouped(_all(session, Rank), "rank_table_id")
    tables = []
    for table in _all(session, RankTable):
        entry = _plain(table)
        entry["ranks"] = [_plain(r, skip=["rank_table_id"]) for r in ranks[table.id]]
        tables.append(entry)
    return tables


def _seating_plans(session: Session, plans: Iterable[SeatingPlan]) -> list[dict[str, Any]]:
    plans = list(plans)
    plan_ids = [plan.id for plan in plans]
    tables = _grouped(
        session.exec(
            select(SeatingTable)
            .where(col(SeatingTable.plan_id).in_(plan_ids))
            .order_by(SeatingTable.id)  # type: ignore[arg-type]
        ).all(),
        "plan_id",
    )
    table_ids = [t.id for group in tables.values() for t in group]
    seats = _grouped(
        session.exec(
            select(SeatAssignment)
            .where(col(SeatAssignment.table_id).in_(table_ids))
            .order_by(SeatAssignment.id)  # type: ignore[arg-type]
        ).all(),
        "table_id",
    )
    result = []
    for plan in plans:
        entry = _plain(plan)
        entry["tables"] = []
        for table in tables[plan.id]:
            table_entry = _plain(table, skip=["plan_id"])
            table_entry["assignments"] = [_plain(a, skip=["table_id"]) for a in seats[table.id]]
            entry["tables"].append(table_entry)
        result.append(entry)
    return result


def export_visit_document(db: Database, visit_id: int) -> dict[str, Any]:
    """One visit with its members and program and what they refer to (its partnership, the
    people and venues named), for sending to the partner office (``scope`` ``visit``)."""
    with db.session() as session:
        identity_points = _exchange_points(db, session)
    with db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"There is no visit #{visit_id}.")
        members = list(
            session.exec(
                select(VisitMember).where(VisitMember.visit_id == visit_id).order_by(VisitMember.id)  # type: ignore[arg-type]
            ).all()
        )
        items = list(
            session.exec(
                select(ProgramItem).where(ProgramItem.visit_id == visit_id).order_by(ProgramItem.id)  # type: ignore[arg-type]
            ).all()
        )
        attendees = _grouped(
            session.exec(
                select(ProgramAttendee)
                .where(col(ProgramAttendee.program_item_id).in_([i.id for i in items]))
                .order_by(ProgramAttendee.program_item_id, ProgramAttendee.person_id)  # type: ignore[arg-type]
            ).all(),
            "program_item_id",
        )
        hosts = list(
            session.exec(
                select(VisitHost).where(VisitHost.visit_id == visit_id).order_by(VisitHost.id)  # type: ignore[arg-type]
            ).all()
        )
        plans = list(
            session.exec(
                select(SeatingPlan)
                .where(col(SeatingPlan.program_item_id).in_([i.id for i in items]))
                .order_by(SeatingPlan.id)  # type: ignore[arg-type]
            ).all()
        )
        seating = _seating_plans(session, plans)
        people = {visit.head_id} | {m.person_id for m in members}
        people |= {h.person_id for h in hosts}
        people |= {row.interprets_for_id for row in [*members, *hosts]}
        people |= {plan["host_id"] for plan in seating}
        people |= {
            seat["person_id"]
            for plan in seating
            for table in plan["tables"]
            for seat in table["assignments"]
        }
        people |= {i.host_id for i in items} | {
            a.person_id for group in attendees.values() for a in group
        }
        logistics = _Logistics(session, visit_id)
        people |= {seat.person_id for group in logistics.seats.values() for seat in group}
        venues = {visit.hotel_id} | {i.venue_id for i in items}
        venues |= {i.from_venue_id for i in items} | {m.hotel_id for m in members}
        entry = _plain(visit)
        entry["members"] = [_plain(m, skip=["visit_id"]) for m in members]
        entry["hosts"] = [_plain(h, skip=["visit_id"]) for h in hosts]
        entry["program"] = []
        for item in items:
            item_entry = _plain(item, skip=["visit_id"])
            item_entry["attendees"] = [a.person_id for a in attendees[item.id]]
            logistics.add_to_item(item_entry, item.id)
            entry["program"].append(item_entry)
        logistics.add_to_visit(entry, visit_id)
        partnership = session.get(Partnership, visit.partnership_id)
        return {
            "format": FORMAT,
            "version": VERSION,
            **identity_points,
            "scope": "visit",
            "partnerships": [_plain(partnership)] if partnership is not None else [],
            # Every rank table: the people's ranks and their equivalences may be in any.
            "rank_tables": _rank_tables(session),
            "people": [
                _plain(p)
                for p in _all(session, Person)
                if p.id in people  # the directory is small; one read in id order
            ],
            "venues": [_plain(p) for p in _all(session, Venue) if p.id in venues],
            "visits": [entry],
            "seating_plans": seating,
        }


def export_visit_to_file(db: Database, visit_id: int, path: Path | str) -> Path:
    """Write one visit's exchange file atomically (see ``export_visit_document``)."""
    target = Path(path)
    text = dumps(export_visit_document(db, visit_id))
    atomic_write_bytes(target, text.encode("utf-8"))
    return target


#: The keys of a document that say where it came from, not what it plans.
EXCHANGE_POINTS = ("origin", "base")


def plan_of(document: Mapping[str, Any]) -> dict[str, Any]:
    """The document without its ``origin`` and ``base``: what two copies of the same plan
    share, whichever database wrote them."""
    return {key: value for key, value in document.items() if key not in EXCHANGE_POINTS}


def dumps(document: Mapping[str, Any]) -> str:
    """The file text: UTF-8 JSON, Hangul unescaped, two-space indents, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_to_file(db: Database, path: Path | str) -> Path:
    """Write the exchange file atomically: a failed export never leaves a half-written file."""
    target = Path(path)
    text = dumps(export_document(db))
    atomic_write_bytes(target, text.encode("utf-8"))  # owner-only; a full disk keeps the old file
    return target


# --- import: parsing and structure ----------------------------------------------------------
def import_from_file(db: Database, path: Path | str) -> dict[str, int]:
    """Read and import an exchange file; see ``read_file`` and ``import_document``."""
    return import_document(db, parse(read_file(path)))


def read_file(path: Path | str) -> bytes:
    """The file's bytes, refusing folders, unreadable files and files over ``MAX_FILE_BYTES``.

    The size is checked before reading, and at most one byte more than the limit is ever read
    (a file that grows, or a device, cannot make the reader take more).
    """
    target = Path(path)
    try:
        with target.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISDIR(info.st_mode):  # pragma: no cover - open() refuses folders on Linux
                raise IsADirectoryError(21, "Is a directory")
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_FILE_BYTES:
                raise ImportFormatError("$", _too_large(info.st_size))
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExchangeFileUnreadableError(f"cannot read {target}: {reason}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ImportFormatError("$", _too_large(None))
    return raw


def _too_large(size: int | None) -> str:
    limit = MAX_FILE_BYTES // (1024 * 1024)
    shown = f"is {size / (1024 * 1024):.1f} MB" if size is not None else "is larger than that"
    return (
        f"the file {shown}; exchange files of at most {limit} MB are read (see docs/interchange.md)"
    )


class _HugeNumber:
    """A number too large for any field, kept as text so that its path can be reported."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return _shown(self.text)


def _parse_int(text: str) -> int | _HugeNumber:
    return int(text) if len(text) <= _MAX_DIGITS else _HugeNumber(text)


def _parse_float(text: str) -> float | _HugeNumber:
    value = float(text)
    return value if value == value and abs(value) != float("inf") else _HugeNumber(text)


def parse(raw: bytes) -> Any:
    """JSON text to Python, refusing what JSON readers disagree on (NaN, repeated keys)."""
    if not raw.strip():
        raise ImportFormatError("$", "the file is empty; an exchange file is a JSON object")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError("$", f"the file is not UTF-8 text (byte {error.start})") from None

    def no_constants(name: str) -> Any:
        raise ImportFormatError("$", f"{name} is not a JSON value")

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ImportFormatError("$", f"the key {_shown(key)} appears twice in one object")
            result[key] = value
        return result

    try:
        return json.loads(
            text,
            parse_constant=no_constants,
            object_pairs_hook=unique_keys,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            "$", f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise ImportFormatError(
            "$",
            f"nested too deeply: arrays and objects inside each other far beyond the "
            f"{MAX_DEPTH} levels an exchange file may use",
        ) from None


def _json_path(parts: Iterable[str | int]) -> str:
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif _IDENTIFIER.match(part):
            path += f".{part}"
        else:
            path += f"[{json.dumps(part)}]"
    return path


def _field_path(field: str) -> str:
    """The JSON path of a field below its record: a translation (``title@ko``) is
    ``translations.title.ko`` in the file."""
    parts = split_key(field)
    if parts is None:
        return field
    return _json_path(["translations", *parts]).removeprefix("$.")


def _shown(value: Any, limit: int = 60) -> str:
    """A value quoted for a message: one line, printable, at most about ``limit`` characters."""
    if isinstance(value, _HugeNumber):
        text = value.text
        return text if len(text) <= 20 else f"{text[:10]}…{text[-5:]} ({len(text)} characters)"
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 11] + "…" + text[-10:]
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    return f"'{shown}'" if isinstance(value, str) else shown


def check_values(document: Any) -> None:
    """Every value a file can hold must be storable: bounded nesting, numbers, characters.

    Walks the document without recursion, in document order, and names the first offending
    value by its JSON path: arrays and objects nested deeper than ``MAX_DEPTH``, numbers too
    large for any field, lone surrogates and control characters (in keys and values).
    """
    if not isinstance(document, (dict, list)):
        _check_value((), document)
        return
    # Depth-first with one iterator per open array or object and the keys leading to it.
    parts: list[str | int] = []
    open_nodes: list[Iterator[tuple[str | int, Any]]] = [_children(parts, document)]
    while open_nodes:
        try:
            key, value = next(open_nodes[-1])
        except StopIteration:
            open_nodes.pop()
            if parts:
                parts.pop()
            continue
        if isinstance(value, (dict, list)):
            parts.append(key)
            if len(parts) >= MAX_DEPTH:
                raise ImportFormatError(
                    _json_path(parts),
                    f"nested too deeply: more than {MAX_DEPTH} levels of arrays and objects "
                    "(an exchange file needs 6)",
                )
            open_nodes.append(_children(parts, value))
        elif isinstance(value, (str, _HugeNumber)):
            _check_value((*parts, key), value)


def _children(
    parts: list[str | int], node: dict[str, Any] | list[Any]
) -> Iterator[tuple[Any, Any]]:
    if isinstance(node, list):
        return enumerate(node)
    for key in node:
        if _FORBIDDEN_TEXT.search(key):
            _check_text(tuple(parts), key, key=True)
    return iter(node.items())


def _check_value(parts: tuple[str | int, ...], value: Any) -> None:
    if isinstance(value, _HugeNumber):
        raise ImportFormatError(
            _json_path(parts),
            f"the number {_shown(value)} is too large (no field holds more than {MAX_INTEGER})",
        )
    if isinstance(value, str) and _FORBIDDEN_TEXT.search(value):
        _check_text(parts, value)


def _check_text(parts: tuple[str | int, ...], text: str, *, key: bool = False) -> None:
    try:
        v.text_characters("text", text)
    except ValidationError as error:
        if key:
            raise ImportFormatError(
                _json_path(parts), f"the key {_shown(text)} {error.message}"
            ) from None
        raise ImportFormatError(_json_path(parts), error.message) from None


def check_structure(document: Any) -> None:
    """Format marker, version, then the JSON Schema; the first problem in document order."""
    if not isinstance(document, dict):
        raise ImportFormatError(
            "$", f"must be a JSON object, not {_json_type(document)}; is this an exchange file?"
        )
    if document.get("format") != FORMAT:
        raise ImportFormatError(
            "$.format", f"must be '{FORMAT}'; this is not an Exchange Planner exchange file"
        )
    check_values(document)
    if "version" not in document:
        raise ImportFormatError("$.version", f"is required (this program reads version {VERSION})")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFormatError(
            "$.version", f"must be a whole number (this program reads version {VERSION})"
        )
    if version > VERSION:
        raise ImportFormatError(
            "$.version",
            f"version {_shown(version)} was written by a newer Exchange Planner; "
            f"this one reads version {VERSION}",
        )
    if version not in READABLE_VERSIONS:
        raise ImportFormatError(
            "$.version",
            f"unknown version {_shown(version)}; expected one of "
            + ", ".join(map(str, READABLE_VERSIONS)),
        )
    # The first problems found are enough (a file of a million bad records must not make a
    # million messages); the one first in document order among them is reported.
    errors = list(islice(_VALIDATOR.iter_errors(document), _MAX_SCHEMA_ERRORS))
    if errors:
        first = min(errors, key=lambda e: _document_order(document, e.absolute_path))
        raise _from_schema_error(first)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _document_order(document: Any, path: Iterable[Any]) -> tuple[int, ...]:
    """Positions along ``path`` (keys by their place in the object) to report errors in order."""
    order: list[int] = []
    node = document
    for part in path:
        if isinstance(node, dict):
            keys = list(node)
            order.append(keys.index(part) if part in node else len(keys))
        else:
            order.append(int(part))
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return tuple(order)


def _from_schema_error(error: SchemaError) -> ImportFormatError:
    path = error.json_path
    kind = error.validator
    instance = error.instance
    if kind == "required":
        missing = next((name for name in error.validator_value if name not in instance), "?")
        return ImportFormatError(f"{path}.{missing}", "is required")
    if kind == "enum" and "propertyNames" in error.absolute_schema_path:
        # A key of a translations object: the path names the key itself.
        parts = list(error.absolute_path)
        allowed = ", ".join(str(value) for value in error.validator_value)
        if parts and parts[-1] == "translations":
            meaning = f"cannot be translated (translatable: {allowed})"
        else:
            meaning = f"is not a content language (languages: {allowed})"
        return ImportFormatError(_json_path([*parts, str(instance)]), meaning)
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(name for name in instance if name not in known)
        name = extra[0] if extra else "?"
        return ImportFormatError(
            f"{path}.{name}", f"is not a field of this format (version {VERSION})"
        )
    if kind == "type":
        wanted = error.validator_value
        names = wanted if isinstance(wanted, list) else [wanted]
        article = {"integer": "an integer", "object": "an object", "array": "an array"}
        shown = " or ".join(article.get(n, "a " + n if n != "null" else "null") for n in names)
        return ImportFormatError(path, f"must be {shown}, not {_json_type(instance)}")
    if kind == "enum":
        allowed = ", ".join(str(value) for value in error.validator_value)
        return ImportFormatError(path, f"{_shown(instance)} is not one of: {allowed}")
    if kind == "const":
        return ImportFormatError(path, f"must be {json.dumps(error.validator_value)}")
    if kind == "pattern":
        meaning = PATTERN_MEANINGS.get(error.validator_value, "has the wrong form")
        return ImportFormatError(path, f"{_shown(instance)} {meaning}")
    if kind == "minLength" and error.validator_value == 1:
        return ImportFormatError(path, "must not be empty")
    if kind == "maxLength":
        return ImportFormatError(
            path, f"is {len(instance)} characters long; at most {error.validator_value}"
        )
    if kind == "minimum":
        return ImportFormatError(path, f"must be {error.validator_value} or more")
    if kind == "maximum":
        return ImportFormatError(path, f"must be {error.validator_value} or less")
    if kind == "uniqueItems":
        return ImportFormatError(path, "lists the same id twice")
    return ImportFormatError(path, error.message)


# --- import: records ------------------------------------------------------------------------
def import_document(db: Database, document: Any, *, checked: bool = False) -> dict[str, int]:
    """Import a parsed exchange document into an empty database; counts per section.

    Raises ``ImportFormatError`` (with the JSON path) on bad input and
    ``DatabaseNotEmptyError`` when the database already holds records; in both cases nothing
    is written. ``checked`` says that ``check_structure`` already passed on this very
    document (a caller that checks first, so that the user can cancel before the writing).
    """
    if not checked:
        check_structure(document)
    services = Services.for_database(db)
    with db.session() as session:
        _refuse_non_empty(session)
        importer = _Importer(session, services)
        importer.run(document)
        _reset_sequences(session)
        return importer.counts


def _refuse_non_empty(session: Session) -> None:
    held = []
    for table in metadata.sorted_tables:
        if table.name in (Setting.__tablename__, "change_log"):  # not records of the plan
            continue
        count = session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        if count:
            held.append(f"{count} × {table.name}")
    if held:
        raise DatabaseNotEmptyError(
            "The database already holds records (" + ", ".join(held[:5]) + "). An exchange "
            "file is imported only into an empty database, so that its ids stay as they are; "
            "create a new database and import into that. Nothing was changed."
        )


def _reset_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences, which explicit ids do not advance."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            session.execute(
                sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
                )
            )


class _Importer:
    """Inserts the records of one document in dependency order, each through its service."""

    def __init__(self, session: Session, services: Services) -> None:
        self.session = session
        self.services = services
        self.counts: dict[str, int] = dict.fromkeys(COUNT_NAMES, 0)
        self._ids: dict[str, dict[int, str]] = defaultdict(dict)

    def run(self, document: dict[str, Any]) -> None:
        s = self.services
        settings = {
            key: value
            for key, value in document.get("settings", {}).items()
            if not local_setting(key)
        }
        origin = document.get("origin")
        if origin is not None:  # what this new database was made from: a merge's base
            settings[BASE_KEY] = json.dumps(origin, sort_keys=True)
        for key, value in settings.items():
            row = self.session.get(Setting, key)
            if row is None:
                self.session.add(Setting(key=key, value=value))
            else:
                row.value = value
        self.counts["settings"] = len([key for key in settings if not local_setting(key)])
        self._section(document, "partnerships", s.partnerships, Partnership)
        self._rank_tables(document)
        self._section(document, "people", s.people, Person)
        self._section(document, "venues", s.venues, Venue)

        for index, visit in enumerate(document.get("visits", [])):
            path = f"$.visits[{index}]"
            self._insert(
                path, s.visits, Visit, visit, nested=("members", "hosts", "program", "vehicles")
            )
            self._count("visits")
            # Overrides are checked once the visit's whole list is in (a place counts all).
            overrides: list[tuple[str, SQLModel, Mapping[str, Any]]] = []
            for m_index, member in enumerate(visit.get("members", [])):
                m_path = f"{path}.members[{m_index}]"
                row = self._insert(
                    m_path,
                    s.members,
                    VisitMember,
                    {**member, "precedence_override": None, "override_reason": ""},
                    parent={"visit_id": visit["id"]},
                )
                overrides.append((m_path, row, member))
                self._count("delegation members")
            for h_index, host in enumerate(visit.get("hosts", [])):
                h_path = f"{path}.hosts[{h_index}]"
                row = self._insert(
                    h_path,
                    s.hosts,
                    VisitHost,
                    {**host, "precedence_override": None, "override_reason": ""},
                    parent={"visit_id": visit["id"]},
                )
                overrides.append((h_path, row, host))
                self._count("visit hosts")
            for o_path, row, values in overrides:
                self._override(o_path, visit["id"], row, values)
            vehicles = self._vehicles(path, visit)
            for p_index, item in enumerate(visit.get("program", [])):
                item_path = f"{path}.program[{p_index}]"
                self._insert(
                    item_path,
                    s.program,
                    ProgramItem,
                    item,
                    parent={"visit_id": visit["id"]},
                    nested=("attendees", "vehicles", "cues"),
                )
                self._count("program items")
                self._attendees(item_path, item)
                self._transfers(item_path, item, vehicles)
                self._cues(item_path, item)

        for index, gift in enumerate(document.get("gifts", [])):
            path = f"$.gifts[{index}]"
            self._insert(path, s.gifts, Gift, gift, nested=("dispositions",))
            self._count("gifts")
            self._dispositions(path, gift)
        self._section(document, "guestbook_entries", s.guestbook, GuestbookEntry)

        answering: list[tuple[str, int, int]] = []
        for index, residency in enumerate(document.get("residencies", [])):
            path = f"$.residencies[{index}]"
            # Counterparts may point forward; they are linked once every residency exists.
            self._insert(
                path,
                s.residencies,
                Residency,
                {**residency, "counterpart_id": None},
                nested=("deliverables", "checklist"),
            )
            self._count("residencies")
            if residency.get("counterpart_id") is not None:
                answering.append((path, residency["id"], residency["counterpart_id"]))
            for d_index, deliverable in enumerate(residency.get("deliverables", [])):
                self._insert(
                    f"{path}.deliverables[{d_index}]",
                    s.deliverables,
                    ResidencyDeliverable,
                    deliverable,
                    parent={"residency_id": residency["id"]},
                )
                self._count("deliverables")
            kinds: dict[str, int] = {}
            for c_index, item in enumerate(residency.get("checklist", [])):
                item_path = f"{path}.checklist[{c_index}]"
                if item["kind"] in kinds:
                    raise ImportFormatError(
                        f"{item_path}.kind",
                        f"'{item['kind']}' is already in this checklist at "
                        f"{path}.checklist[{kinds[item['kind']]}]",
                    )
                kinds[item["kind"]] = c_index
                self._insert(
                    item_path,
                    s.checklist,
                    ChecklistItem,
                    item,
                    parent={"residency_id": residency["id"]},
                )
                self._count("checklist items")
        for path, residency_id, counterpart_id in answering:
            self._link_counterpart(path, residency_id, counterpart_id)

        for index, exhibition in enumerate(document.get("exhibitions", [])):
            path = f"$.exhibitions[{index}]"
            self._insert(
                path, s.exhibitions, Exhibition, exhibition, nested=tuple(_EXHIBITION_LINKS)
            )
            self._count("exhibitions")
            self._exhibition_links(path, exhibition)

        self._seating_plans(document)
        self._gift_rules(document)
        for index, rate in enumerate(document.get("exchange_rates", [])):
            self._exchange_rate(f"$.exchange_rates[{index}]", rate)
            self._count("exchange rates")

        for index, entry in enumerate(document.get("document_prints", [])):
            self._document_print(f"$.document_prints[{index}]", entry)
            self._count("printed documents")

    # --- helpers ----------------------------------------------------------------------------
    def _count(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1

    def _section(
        self,
        document: dict[str, Any],
        key: str,
        service: RecordService[Any],
        model: type[SQLModel],
    ) -> None:
        for index, values in enumerate(document.get(key, [])):
            self._insert(f"$.{key}[{index}]", service, model, values)
        self.counts[key.replace("_", " ")] = len(document.get(key, []))

    def _claim_id(self, path: str, model: type[SQLModel], record_id: int) -> None:
        seen = self._ids[str(model.__tablename__)]
        if record_id in seen:
            raise ImportFormatError(
                f"{path}.id", f"id {record_id} is also used by {seen[record_id]}"
            )
        seen[record_id] = path

    def _insert(
        self,
        path: str,
        service: RecordService[Any],
        model: type[SQLModel],
        values: Mapping[str, Any],
        *,
        parent: Mapping[str, Any] | None = None,
        nested: Iterable[str] = (),
    ) -> SQLModel:
        record_id = values["id"]
        self._claim_id(path, model, record_id)
        skipped = set(nested)
        data = {key: value for key, value in values.items() if key not in skipped}
        data.update(parent or {})
        try:
            cleaned = service.clean_record(self.session, data, None)
        except ValidationError as error:
            raise ImportFormatError(f"{path}.{_field_path(error.field)}", error.message) from None
        record = model(id=record_id, **cleaned)
        self.session.add(record)
        self._flush(path)
        return record

    # --- version 5: logistics and the gift register ------------------------------------------
    def _new(
        self, path: str, model: type[SQLModel], values: Mapping[str, Any], **fields: Any
    ) -> Any:
        """A record of the version 5 sections, its fields checked here (they have no form of
        their own in an older program to share the rules with)."""
        self._claim_id(path, model, values["id"])
        record = model(id=values["id"], uuid=values.get("uuid") or new_uuid(), **fields)
        self.session.add(record)
        self._flush(path)
        return record

    def _checked(self, path: str, check: Any) -> Any:
        try:
            return check()
        except ValidationError as error:
            raise ImportFormatError(f"{path}.{error.field}", error.message) from None

    def _vehicles(self, path: str, visit: Mapping[str, Any]) -> set[int]:
        ids = set()
        for index, values in enumerate(visit.get("vehicles", [])):
            v_path = f"{path}.vehicles[{index}]"
            fields = self._checked(
                v_path,
                lambda values=values: {
                    "visit_id": visit["id"],
                    "kind": v.enum_value("kind", VehicleKind, values.get("kind", "car")),
                    "seats": values["seats"],
                    **{
                        name: v.optional_text(name, values.get(name), max_length=limit)
                        for name, limit in _VEHICLE_TEXTS.items()
                    },
                },
            )
            self._new(v_path, Vehicle, values, **fields)
            ids.add(values["id"])
            self._count("vehicles")
        return ids

    def _transfers(self, path: str, item: Mapping[str, Any], vehicles: set[int]) -> None:
        taken: dict[int, str] = {}
        for index, values in enumerate(item.get("vehicles", [])):
            t_path = f"{path}.vehicles[{index}]"
            if values["vehicle_id"] not in vehicles:
                raise ImportFormatError(
                    f"{t_path}.vehicle_id",
                    f"refers to vehicle {values['vehicle_id']}, which is not one of this "
                    "visit's vehicles",
                )
            self._new(
                t_path,
                TransferVehicle,
                values,
                program_item_id=item["id"],
                vehicle_id=values["vehicle_id"],
                position=values.get("position", 0),
            )
            self._count("transfer vehicles")
            for s_index, seat in enumerate(values.get("passengers", [])):
                s_path = f"{t_path}.passengers[{s_index}]"
                self._require(Person, seat["person_id"], f"{s_path}.person_id")
                if seat["person_id"] in taken:
                    raise ImportFormatError(
                        f"{s_path}.person_id",
                        f"person {seat['person_id']} already rides at {taken[seat['person_id']]}",
                    )
                taken[seat["person_id"]] = s_path
                self._new(
                    s_path,
                    TransferSeat,
                    seat,
                    transfer_vehicle_id=values["id"],
                    person_id=seat["person_id"],
                    seat=seat.get("seat"),
                )
                self._count("transfer seats")

    def _cues(self, path: str, item: Mapping[str, Any]) -> None:
        for index, values in enumerate(item.get("cues", [])):
            c_path = f"{path}.cues[{index}]"
            fields = self._checked(
                c_path,
                lambda values=values: {
                    "at": v.instant_value("at", values["at"]),
                    "cue": v.required_text("cue", values["cue"], max_length=v.MAX_TEXT),
                    "responsible": v.optional_text(
                        "responsible", values.get("responsible"), max_length=300
                    ),
                },
            )
            self._new(
                c_path,
                ProgramCue,
                values,
                program_item_id=item["id"],
                position=values.get("position", 0),
                **fields,
            )
            self._count("cues")

    def _dispositions(self, path: str, gift: Mapping[str, Any]) -> None:
        for index, values in enumerate(gift.get("dispositions", [])):
            d_path = f"{path}.dispositions[{index}]"
            fields = self._checked(
                d_path,
                lambda values=values: {
                    "dated_on": v.date_value("dated_on", values["dated_on"]),
                    "kind": v.enum_value("kind", DispositionKind, values["kind"]),
                    "place": v.optional_text("place", values.get("place"), max_length=300),
                    "inventory_number": v.optional_text(
                        "inventory_number", values.get("inventory_number"), max_length=100
                    ),
                    "note": v.optional_text("note", values.get("note")),
                },
            )
            self._new(d_path, GiftDisposition, values, gift_id=gift["id"], **fields)
            self._count("gift dispositions")

    def _gift_rules(self, document: Mapping[str, Any]) -> None:
        for index, values in enumerate(document.get("gift_rules", [])):
            path = f"$.gift_rules[{index}]"

            def rule_fields(values: Mapping[str, Any] = values) -> dict[str, Any]:
                start = v.date_value("effective_from", values["effective_from"])
                end = values.get("effective_to")
                end = v.date_value("effective_to", end) if end is not None else None
                if end is not None:
                    v.date_range(start, end, end_field="effective_to")
                # A file without languages is written in the office's (version 1).
                language = v.content_language(
                    "original_language",
                    values.get("original_language") or office_language(self.session),
                )
                texts = {
                    name: v.optional_text(name, values.get(name), max_length=limit)
                    for name, limit in _RULE_TEXTS.items()
                }
                return {
                    "jurisdiction": v.required_text(
                        "jurisdiction", values["jurisdiction"], max_length=40
                    ),
                    "effective_from": start,
                    "effective_to": end,
                    "original_language": language,
                    "translations": v.translations(
                        values.get("translations") or {},
                        fields={"name": 300},
                        original_language=language,
                    ),
                    **texts,
                }

            self._new(path, GiftRule, values, **self._checked(path, rule_fields))
            self._count("gift rules")
            for l_index, limit in enumerate(values.get("limits", [])):
                l_path = f"{path}.limits[{l_index}]"
                fields = self._checked(
                    l_path,
                    lambda limit=limit, tier=l_index + 1: {
                        "tier": limit.get("tier", tier),
                        "amount": v.money("amount", limit["amount"]),
                        "currency": v.currency_code("currency", limit["currency"]),
                        "consequence": v.optional_text(
                            "consequence", limit.get("consequence"), max_length=500
                        ),
                    },
                )
                self._new(l_path, GiftRuleLimit, limit, rule_id=values["id"], **fields)
                self._count("gift rule limits")

    def _exchange_rate(self, path: str, values: Mapping[str, Any]) -> None:
        def fields() -> dict[str, Any]:
            rate = Decimal(values["units_per_eur"])
            if rate <= 0:
                raise ValidationError("units_per_eur", "must be more than 0")
            return {
                "currency": v.currency_code("currency", values["currency"]),
                "rate_date": v.date_value("rate_date", values["rate_date"]),
                "units_per_eur": rate,
                "source": v.optional_text("source", values.get("source"), max_length=300),
            }

        self._new(path, ExchangeRate, values, **self._checked(path, fields))

    def _flush(self, path: str) -> None:
        try:
            self.session.flush()
        except sa.exc.IntegrityError as error:
            raise ImportFormatError(path, f"breaks a rule of the database: {error.orig}") from None

    def _attendees(self, path: str, item: Mapping[str, Any]) -> None:
        attendees = item.get("attendees", [])
        if attendees and item.get("all_members", True):
            raise ImportFormatError(
                f"{path}.attendees", "must be empty when all_members is true (everyone attends)"
            )
        for index, person_id in enumerate(attendees):
            self._require(Person, person_id, f"{path}.attendees[{index}]")
            self.session.add(ProgramAttendee(program_item_id=item["id"], person_id=person_id))
        self._flush(f"{path}.attendees")

    def _rank_tables(self, document: Mapping[str, Any]) -> None:
        """Rank tables with their ranks; the equivalences may point forward and are linked
        once every rank exists, then the tables must merge into one order."""
        s = self.services
        equivalences: list[tuple[str, int, int]] = []
        for index, table in enumerate(document.get("rank_tables", [])):
            path = f"$.rank_tables[{index}]"
            self._insert(path, s.rank_tables, RankTable, table, nested=("ranks",))
            self._count("rank tables")
            for r_index, rank in enumerate(table.get("ranks", [])):
                r_path = f"{path}.ranks[{r_index}]"
                self._insert(
                    r_path,
                    s.ranks,
                    Rank,
                    {**rank, "equivalent_rank_id": None},
                    parent={"rank_table_id": table["id"]},
                )
                self._count("ranks")
                if rank.get("equivalent_rank_id") is not None:
                    equivalences.append((r_path, rank["id"], rank["equivalent_rank_id"]))
        for path, rank_id, equivalent_id in equivalences:
            record = self.session.get(Rank, rank_id)
            assert record is not None
            values = {**record.model_dump(), "equivalent_rank_id": equivalent_id}
            try:
                cleaned = s.ranks.clean(self.session, values, rank_id)
            except ValidationError as error:
                raise ImportFormatError(f"{path}.{error.field}", error.message) from None
            record.equivalent_rank_id = cleaned["equivalent_rank_id"]
            self._flush(path)
            # Checked link by link: the path names the one that makes the contradiction.
            try:
                s.ranks.after_write(self.session, record)
            except ValidationError as error:
                raise ImportFormatError(f"{path}.{error.field}", error.message) from None

    def _override(self, path: str, visit_id: int, row: Any, values: Mapping[str, Any]) -> None:
        place = values.get("precedence_override")
        if place is None and not values.get("override_reason"):
            return
        person = self.session.get(Person, row.person_id)
        try:
            row.precedence_override, row.override_reason = check_override(
                self.session, visit_id, person, place, values.get("override_reason")
            )
        except ValidationError as error:
            raise ImportFormatError(f"{path}.{error.field}", error.message) from None
        self._flush(path)

    def _seating_plans(self, document: Mapping[str, Any]) -> None:
        s = self.services
        for index, plan in enumerate(document.get("seating_plans", [])):
            path = f"$.seating_plans[{index}]"
            self._insert(path, s.seating_plans, SeatingPlan, plan, nested=("tables",))
            self._count("seating plans")
            for t_index, table in enumerate(plan.get("tables", [])):
                t_path = f"{path}.tables[{t_index}]"
                self._insert(
                    t_path,
                    s.seating_tables,
                    SeatingTable,
                    table,
                    parent={"plan_id": plan["id"]},
                    nested=("assignments",),
                )
                self._count("seating tables")
                for a_index, seat in enumerate(table.get("assignments", [])):
                    self._seat(f"{t_path}.assignments[{a_index}]", table, seat)
                    self._count("seats")

    def _seat(self, path: str, table: Mapping[str, Any], seat: Mapping[str, Any]) -> None:
        self._claim_id(path, SeatAssignment, seat["id"])
        if seat["seat"] > table["seats"]:
            raise ImportFormatError(
                f"{path}.seat", f"the table has seats 1 to {table['seats']}, not {seat['seat']}"
            )
        self._require(Person, seat["person_id"], f"{path}.person_id")
        values = {key: value for key, value in seat.items() if key in SeatAssignment.model_fields}
        self.session.add(SeatAssignment(**values, table_id=table["id"]))
        self._flush(path)

    def _link_counterpart(self, path: str, residency_id: int, counterpart_id: int) -> None:
        record = self.session.get(Residency, residency_id)
        assert record is not None
        values = {**record.model_dump(), "counterpart_id": counterpart_id}
        try:
            cleaned = self.services.residencies.clean(self.session, values, residency_id)
        except ValidationError as error:
            raise ImportFormatError(f"{path}.{error.field}", error.message) from None
        record.counterpart_id = cleaned["counterpart_id"]
        self._flush(path)

    def _exhibition_links(self, path: str, exhibition: Mapping[str, Any]) -> None:
        for key, (table, column, target) in _EXHIBITION_LINKS.items():
            for index, linked_id in enumerate(exhibition.get(key, [])):
                self._require(target, linked_id, f"{path}.{key}[{index}]")
                self.session.add(table(exhibition_id=exhibition["id"], **{column: linked_id}))
        self._flush(path)

    def _document_print(self, path: str, entry: Mapping[str, Any]) -> None:
        self._claim_id(path, DocumentPrint, entry["id"])
        try:
            record = DocumentPrint(
                id=entry["id"],
                kind=v.enum_value("kind", DocumentKind, entry["kind"]),
                subject_key=v.required_text("subject_key", entry["subject_key"], max_length=100),
                content_hash=v.required_text("content_hash", entry["content_hash"], max_length=64),
                version=entry.get("version", 1),
                printed_at=v.instant_value("printed_at", entry["printed_at"]),
            )
        except ValidationError as error:
            raise ImportFormatError(f"{path}.{error.field}", error.message) from None
        self.session.add(record)
        self._flush(path)

    def _require(self, model: type[SQLModel], record_id: int, path: str) -> None:
        try:
            require(self.session, model, record_id, "id")
        except ValidationError as error:
            raise ImportFormatError(path, error.message) from None
