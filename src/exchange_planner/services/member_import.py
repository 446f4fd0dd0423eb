"""Importing a delegation list from a CSV or XLSX file sent by a partner city.

Three steps, so nothing is written before the user has seen every problem:
``read_table`` (file -> header and text rows), ``preview`` (mapping + checks per row, no
writes) and ``commit`` (all rows in one transaction, or none).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, func, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import MemberRole, NameOrder
from exchange_planner.domain.errors import ImportFormatError, ValidationError
from exchange_planner.domain.names import usual_name_order
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.directory import PersonService
from exchange_planner.services.visits import MemberService
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import Person, Visit, VisitMember

#: Fields a column can be mapped to, with a label for the mapping dialog.
FIELDS: dict[str, str] = {
    "family_name": "Family name",
    "given_name": "Given name",
    "native_name": "Name in own script",
    "name_order": "Name order",
    "title": "Title / function",
    "organisation": "Organisation",
    "country": "Country",
    "email": "E-mail",
    "phone": "Phone",
    "language": "Language",
    "role": "Role",
    "arrival": "Arrival",
    "departure": "Departure",
    "room": "Hotel room",
    "dietary_notes": "Dietary notes",
}
REQUIRED = ("family_name",)

#: Header spellings seen in lists from partner cities (compared case-insensitively).
_ALIASES: dict[str, tuple[str, ...]] = {
    "family_name": ("family name", "surname", "last name", "nachname", "familienname", "성"),
    "given_name": ("given name", "first name", "forename", "vorname", "이름"),
    "native_name": ("native name", "name in own script", "hangul", "korean name", "한글", "성명"),
    "name_order": ("name order",),
    "title": ("title", "function", "position", "funktion", "titel", "직위", "직책"),
    "organisation": (
        "organisation",
        "organization",
        "institution",
        "organisation/institution",
        "소속",
        "기관",
    ),
    "country": ("country", "land", "국가"),
    "email": ("email", "e-mail", "mail", "이메일"),
    "phone": ("phone", "telephone", "mobile", "telefon", "전화", "연락처"),
    "language": ("language", "sprache", "언어"),
    "role": ("role", "rolle", "역할"),
    "arrival": ("arrival", "ankunft", "도착"),
    "departure": ("departure", "abreise", "abfahrt", "출발"),
    "room": ("room", "hotel room", "zimmer", "객실"),
    "dietary_notes": ("diet", "dietary", "dietary notes", "food", "essen", "식단"),
}

_ROLE_ALIASES = {
    "head of delegation": MemberRole.HEAD,
    "delegation head": MemberRole.HEAD,
    "leiter": MemberRole.HEAD,
    "단장": MemberRole.HEAD,
    "deputy head": MemberRole.DEPUTY,
    "통역": MemberRole.INTERPRETER,
    "dolmetscher": MemberRole.INTERPRETER,
    "presse": MemberRole.PRESS,
    "기자": MemberRole.PRESS,
    "수행": MemberRole.STAFF,
}

MAX_ROWS = 2000


@dataclass
class RawTable:
    """A file's first row as headers and the other rows as text cells."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""
    source: str = ""


@dataclass
class PreviewRow:
    number: int  # line/row number in the file as the user sees it (header = 1)
    values: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    existing_person_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    visit_id: int
    rows: list[PreviewRow]

    @property
    def errors(self) -> list[str]:
        return [error for row in self.rows for error in row.errors]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors


@dataclass(frozen=True)
class ImportResult:
    member_ids: list[int]
    created_person_ids: list[int]


# --- reading ----------------------------------------------------------------------------------


def read_table(path: str | Path) -> RawTable:
    """Read a CSV (UTF-8 with or without BOM, or cp1252) or an XLSX file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv", ""):
        return read_csv_bytes(path.read_bytes(), source=path.name)
    raise ImportFormatError(path.name, "choose a .csv or .xlsx file")


def read_csv_bytes(data: bytes, *, source: str = "") -> RawTable:
    text, encoding = _decode(data, source)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    return _table(rows, encoding, source)


def _decode(data: bytes, source: str) -> tuple[str, str]:
    # utf-8-sig reads files with and without a byte order mark alike.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), "UTF-8" if encoding == "utf-8-sig" else "Windows-1252"
        except UnicodeDecodeError:
            continue
    raise ImportFormatError(source or "file", "the text encoding is neither UTF-8 nor Windows-1252")


def _read_xlsx(path: Path) -> RawTable:
    from openpyxl import load_workbook  # only needed for spreadsheets

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for broken files
        raise ImportFormatError(path.name, f"cannot be read as a spreadsheet ({error})") from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(cell) for cell in row])
            if len(rows) > MAX_ROWS + 1:
                break
    finally:
        workbook.close()
    return _table(rows, "XLSX", path.name)


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _table(rows: list[list[str]], encoding: str, source: str) -> RawTable:
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ImportFormatError(source or "file", "is empty")
    headers = [cell.strip() for cell in rows[0]]
    body = rows[1:]
    if len(body) > MAX_ROWS:
        raise ImportFormatError(source or "file", f"has more than {MAX_ROWS} rows")
    width = len(headers)
    body = [(row + [""] * width)[:width] for row in body]
    return RawTable(headers, body, encoding, source)


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index for the headers that are recognised."""
    mapping: dict[str, int] = {}
    normalised = [re.sub(r"\s+", " ", h.strip().casefold().replace("_", " ")) for h in headers]
    for field_name, aliases in _ALIASES.items():
        for index, header in enumerate(normalised):
            if index in mapping.values():
                continue
            if header in aliases or header == field_name.replace("_", " "):
                mapping[field_name] = index
                break
    return mapping


# --- checking -------------------------------------------------------------------------------


class MemberImportService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._people = PersonService(db)
        self._members = MemberService(db)

    def preview(
        self, table: RawTable, mapping: Mapping[str, int | None], visit_id: int, *, timezone: str
    ) -> ImportPreview:
        """Check every row; nothing is written. Errors name the row and the field."""
        mapping = {k: i for k, i in mapping.items() if i is not None and i >= 0}
        for required in REQUIRED:
            if required not in mapping:
                raise ValidationError(
                    required, f"no column is mapped to “{FIELDS[required]}”, which is required"
                )
        unknown = set(mapping) - set(FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a field that can be imported")
        rows: list[PreviewRow] = []
        seen: dict[tuple[str, str, str], int] = {}
        with self.db.session() as session:
            if session.get(Visit, visit_id) is None:
                raise ValidationError("visit_id", f"there is no visit #{visit_id}")
            current = set(
                session.exec(
                    select(VisitMember.person_id).where(VisitMember.visit_id == visit_id)
                ).all()
            )
            for offset, cells in enumerate(table.rows):
                raw = {name: cells[index].strip() for name, index in mapping.items()}
                row = PreviewRow(offset + 2, raw)
                self._check_row(session, row, timezone)
                if row.ok:
                    key = (
                        row.values["family_name"].casefold(),
                        row.values["given_name"].casefold(),
                        row.values["native_name"],
                    )
                    if key in seen:
                        row.errors.append(
                            f"row {row.number}: {_who(row.values)} is listed twice "
                            f"(also row {seen[key]})"
                        )
                    else:
                        seen[key] = row.number
                    person_id = _find_person(session, row.values)
                    row.existing_person_id = person_id
                    if person_id is not None and person_id in current:
                        row.errors.append(
                            f"row {row.number}: {_who(row.values)} is already on this delegation"
                        )
                rows.append(row)
            session.rollback()  # nothing of the checks is kept
        if not rows:
            raise ImportFormatError(table.source or "file", "has no rows below the header")
        return ImportPreview(visit_id, rows)

    def _check_row(self, session: Session, row: PreviewRow, timezone: str) -> None:
        values = row.values
        person_values = {
            name: values.get(name, "")
            for name in (
                "family_name",
                "given_name",
                "native_name",
                "title",
                "organisation",
                "country",
                "email",
                "phone",
                "language",
                "dietary_notes",
            )
        }
        person_values["name_order"] = _name_order(values)
        try:
            cleaned = self._people.clean(session, person_values, None)
        except ValidationError as error:
            row.errors.append(f"row {row.number}, {error.field}: {error.message}")
            cleaned = person_values
        row.values = {**values, **cleaned}
        try:
            row.values["role"] = _role(values.get("role", ""))
        except ValidationError as error:
            row.errors.append(f"row {row.number}, {error.field}: {error.message}")
        for name in ("arrival", "departure"):
            try:
                row.values[name] = _instant(name, values.get(name, ""), timezone)
            except ValidationError as error:
                row.errors.append(f"row {row.number}, {error.field}: {error.message}")
        arrival, departure = row.values.get("arrival"), row.values.get("departure")
        if (
            isinstance(arrival, datetime)
            and isinstance(departure, datetime)
            and departure < arrival
        ):
            row.errors.append(f"row {row.number}, departure: departs before arriving")
        try:
            row.values["room"] = v.optional_text("room", values.get("room"), max_length=100)
        except ValidationError as error:
            row.errors.append(f"row {row.number}, {error.field}: {error.message}")

    # --- writing ------------------------------------------------------------------------------
    def commit(self, preview: ImportPreview) -> ImportResult:
        """Write every row in one transaction; refused as a whole if any row has an error."""
        if not preview.rows:
            raise ValidationError("file", "there are no rows to import")
        if preview.errors:
            raise ValidationError(
                "file", f"{len(preview.errors)} problem(s) must be fixed first: {preview.errors[0]}"
            )
        member_ids: list[int] = []
        created: list[int] = []
        with self.db.session() as session:
            highest = session.exec(
                select(func.max(VisitMember.precedence)).where(
                    VisitMember.visit_id == preview.visit_id
                )
            ).one()
            rank = int(highest or 0)
            for row in preview.rows:
                values = row.values
                person_id = row.existing_person_id or _find_person(session, values)
                if person_id is None:
                    person_values = {
                        name: values[name]
                        for name in Person.model_fields
                        if name in values and name != "id"
                    }
                    person = Person(**person_values)
                    session.add(person)
                    session.flush()
                    person_id = person.id
                    created.append(person_id)  # type: ignore[arg-type]
                rank += 1
                member_values = self._members.clean(
                    session,
                    {
                        "visit_id": preview.visit_id,
                        "person_id": person_id,
                        "role": values.get("role") or MemberRole.OFFICIAL,
                        "precedence": rank,
                        "arrival": values.get("arrival"),
                        "departure": values.get("departure"),
                        "room": values.get("room", ""),
                    },
                    None,
                )
                member = VisitMember(**member_values)
                session.add(member)
                session.flush()
                member_ids.append(member.id)  # type: ignore[arg-type]
        return ImportResult(member_ids, created)

    def undo(self, result: ImportResult) -> None:
        """Remove what an import wrote: its members and the people it created."""
        with self.db.session() as session:
            for member_id in result.member_ids:
                member = session.get(VisitMember, member_id)
                if member is not None:
                    session.delete(member)
            session.flush()
            for person_id in result.created_person_ids:
                person = session.get(Person, person_id)
                if person is not None:
                    session.delete(person)


def _who(values: Mapping[str, Any]) -> str:
    name = " ".join(p for p in (values.get("given_name"), values.get("family_name")) if p)
    native = values.get("native_name")
    return f"{name} ({native})" if native else name


def _find_person(session: Session, values: Mapping[str, Any]) -> int | None:
    """The directory entry with the same names, so an import does not create twins."""
    statement = select(Person.id).where(
        func.lower(col(Person.family_name)) == str(values.get("family_name", "")).casefold(),
        func.lower(col(Person.given_name)) == str(values.get("given_name", "")).casefold(),
        col(Person.native_name) == values.get("native_name", ""),
    )
    return session.exec(statement).first()


def _name_order(values: Mapping[str, Any]) -> NameOrder:
    raw = str(values.get("name_order", "")).strip().casefold()
    if raw in ("family_first", "family first", "family"):
        return NameOrder.FAMILY_FIRST
    if raw in ("given_first", "given first", "given"):
        return NameOrder.GIVEN_FIRST
    return usual_name_order(str(values.get("native_name", ""))) or NameOrder.GIVEN_FIRST


def _role(raw: str) -> MemberRole:
    cleaned = raw.strip().casefold()
    if not cleaned:
        return MemberRole.OFFICIAL
    if cleaned in _ROLE_ALIASES:
        return _ROLE_ALIASES[cleaned]
    for role in MemberRole:
        if cleaned in (role.value, role.name.casefold()):
            return role
    return v.enum_value("role", MemberRole, cleaned)


_DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S")


def _instant(field_name: str, raw: object, timezone: str) -> datetime | None:
    text = str(raw or "").strip()
    if not text:
        return None
    for pattern in _DATETIME_FORMATS:
        try:
            return to_utc(datetime.strptime(text, pattern), timezone)
        except ValueError:
            continue
    raise ValidationError(field_name, f"'{text}' is not a date and time like 2023-07-25 17:40")
