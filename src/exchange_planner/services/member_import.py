"""Importing a delegation list from a CSV or XLSX file sent by a partner city.

Three steps, so nothing is written before the user has seen every problem:
``read_table`` (file -> header and text rows), ``preview`` (mapping + checks per row, no
writes) and ``commit`` (all rows in one transaction, or none).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlmodel import Session, col, func, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.catering import REQUIREMENTS, requirement_key, split_requirements
from exchange_planner.domain.enums import DietaryRequirement, MemberRole, NameOrder
from exchange_planner.domain.errors import ImportFormatError, ValidationError
from exchange_planner.domain.names import full_name, usual_name_order
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.crud import office_language
from exchange_planner.services.directory import PersonService
from exchange_planner.services.visits import HeadState, MemberService, follow_member_role
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

#: Header spellings seen in lists from partner cities (compared case-insensitively, and
#: also without spaces, brackets and dots: "영문 성", "영문성" and "성(영문)" are one).
_ALIASES: dict[str, tuple[str, ...]] = {
    "family_name": (
        "family name",
        "surname",
        "last name",
        "nachname",
        "familienname",
        "성",
        "영문 성",
        "성 영문",
        "english surname",
        "surname english",
        "family name english",
        "last name english",
    ),
    "given_name": (
        "given name",
        "given names",
        "first name",
        "forename",
        "vorname",
        "이름",
        "영문 이름",
        "이름 영문",
        "english given name",
        "given name english",
        "first name english",
    ),
    "native_name": (
        "native name",
        "name in own script",
        "hangul",
        "korean name",
        "한글",
        "성명",
        "한글 성명",
        "성명 한글",
        "한글 이름",
        "이름 한글",
        "한글명",
        "국문 성명",
        "성명 국문",
        "name in hangul",
        "hangul name",
        "name hangul",
        "name korean",
    ),
    "name_order": ("name order",),
    "title": (
        "title",
        "function",
        "position",
        "funktion",
        "titel",
        "직위",
        "직책",
        "position title",
        "job title",
    ),
    "organisation": (
        "organisation",
        "organization",
        "institution",
        "organisation/institution",
        "affiliation",
        "소속",
        "기관",
        "소속 기관",
    ),
    "country": ("country", "land", "국가", "국적", "nationality"),
    "email": ("email", "e-mail", "mail", "이메일", "전자우편"),
    "phone": (
        "phone",
        "telephone",
        "mobile",
        "telefon",
        "전화",
        "연락처",
        "전화번호",
        "휴대폰",
        "휴대전화",
    ),
    "language": ("language", "sprache", "언어", "사용 언어"),
    "role": ("role", "rolle", "역할", "구분", "category", "delegation role"),
    "arrival": ("arrival", "ankunft", "도착", "도착 일시", "도착일시", "입국", "입국 일시"),
    "departure": (
        "departure",
        "abreise",
        "abfahrt",
        "출발",
        "출발 일시",
        "출발일시",
        "출국",
        "출국 일시",
    ),
    "room": ("room", "hotel room", "zimmer", "객실", "호실", "객실 번호"),
    "dietary_notes": (
        "diet",
        "dietary",
        "dietary notes",
        "food",
        "essen",
        "식단",
        "식사",
        "식이",
        "식이 제한",
        "특이 식사",
        "dietary requirements",
    ),
}

#: Dietary requirements as lists write them, beside the codes and the documents' words in
#: every language ("vegetarisch", "돼지고기 제외"): each becomes the code, not a note.
_REQUIREMENT_SPELLINGS: dict[DietaryRequirement, tuple[str, ...]] = {
    DietaryRequirement.VEGETARIAN: ("veggie", "vegetarier", "vegetarierin", "채식주의"),
    DietaryRequirement.NO_PORK: ("ohne schweinefleisch", "pork free", "돼지고기 안 먹음"),
    DietaryRequirement.NO_ALCOHOL: ("alkoholfrei", "ohne alkohol", "금주"),
    DietaryRequirement.NUT_ALLERGY: ("nut allergies", "nussallergien"),
    DietaryRequirement.DIABETIC: ("diabetes", "diabetiker", "diabetikerin", "당뇨병"),
}


@lru_cache(maxsize=1)
def requirement_words() -> dict[str, DietaryRequirement]:
    """Every written form of a requirement the member import takes as its code. "Other"
    is left out: on a list it says nothing without its note."""
    from exchange_planner.reports.i18n import LABELS

    words: dict[str, DietaryRequirement] = {}
    for code in REQUIREMENTS:
        if code is DietaryRequirement.OTHER:
            continue
        for text in (
            code.value,
            *LABELS[f"diet_{code.value}"],
            *_REQUIREMENT_SPELLINGS.get(code, ()),
        ):
            words[requirement_key(text)] = code
    return words


#: Role values as partner cities write them (keys as :func:`role_key` writes them). The
#: user's role table in the import dialog overrides these, per partnership.
DEFAULT_ROLES: dict[str, MemberRole] = {
    **{
        value: MemberRole.HEAD
        for value in (
            "단장",
            "대표단장",
            "head of delegation",
            "delegation head",
            "head",
            "leader",
            "leiter",
            "leiterin",
            "delegationsleiter",
            "delegationsleiterin",
        )
    },
    **{
        value: MemberRole.DEPUTY
        for value in (
            "부단장",
            "deputy head",
            "deputy",
            "stellvertreter",
            "stellvertreterin",
            "stellv. leiter",
        )
    },
    **{
        value: MemberRole.OFFICIAL
        for value in (
            "단원",
            "대표단원",
            "공식 단원",
            "official",
            "member",
            "delegate",
            "delegation member",
            "mitglied",
            "delegationsmitglied",
            "delegierter",
            "delegierte",
            "offizielle",
            "offizieller",
        )
    },
    **{
        value: MemberRole.STAFF
        for value in (
            "수행",
            "수행원",
            "실무",
            "실무자",
            "staff",
            "accompanying",
            "accompanying staff",
            "escort",
            "begleitung",
            "begleiter",
            "begleiterin",
            "mitarbeiter",
            "mitarbeiterin",
        )
    },
    **{
        value: MemberRole.INTERPRETER
        for value in (
            "통역",
            "통역사",
            "통역원",
            "interpreter",
            "translator",
            "dolmetscher",
            "dolmetscherin",
        )
    },
    **{
        value: MemberRole.PRESS
        for value in (
            "언론",
            "기자",
            "취재",
            "press",
            "journalist",
            "media",
            "reporter",
            "presse",
            "journalistin",
        )
    },
    **{value: MemberRole.DRIVER for value in ("운전", "운전기사", "driver", "fahrer", "fahrerin")},
    **{
        value: MemberRole.SECURITY
        for value in ("경호", "경호원", "security", "bodyguard", "sicherheit", "personenschutz")
    },
    **{value: MemberRole.GUEST for value in ("내빈", "초청", "guest", "gast")},
}

#: At most this many member rows below the header, and this many columns, are read.
MAX_ROWS = 100_000
MAX_COLUMNS = 200
#: The header row is looked for among the first this many rows that are not empty.
HEADER_SEARCH_ROWS = 30
#: A text file larger than this is refused before it is decoded.
MAX_TEXT_BYTES = 64 * 1024 * 1024
#: An XLSX file is refused before it is unpacked when its parts would unpack to more than
#: this, when there are more parts than this, or when a large part is compressed more than
#: ``MAX_XLSX_RATIO`` to one (what a zip bomb looks like; real workbooks stay far below).
MAX_XLSX_BYTES = 256 * 1024 * 1024
MAX_XLSX_PARTS = 10_000
MAX_XLSX_RATIO = 200
#: Merged ranges in a sheet, and the cells they cover that are looked at, at most.
MAX_MERGED_RANGES = 10_000
MAX_MERGED_CELLS = 2_000_000
#: The csv module's limit on the length of one cell (131,072 characters unless changed).
CSV_FIELD_LIMIT = csv.field_size_limit()

#: Text encodings member lists come in (Python codec -> label shown in the preview).
ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp949": "CP949 (Korean)",
    "euc-kr": "EUC-KR (Korean)",
    "cp1252": "Windows-1252",
}
#: What charset-normalizer chooses among when a file is neither marked nor UTF-8.
_DETECTED = {
    "cp949": "cp949",
    "euc_kr": "cp949",  # CP949 is EUC-KR with the rest of Hangul; it reads both
    "cp1252": "cp1252",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls) and other OLE files
_TEXT_SUFFIXES = (".csv", ".txt", ".tsv", "")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_DELIMITERS = (",", ";", "\t")
_PROGRESS_EVERY = 2000

#: ``progress(done, total, message)``; ``total`` 0 when it is not known in advance.
Progress = Callable[[int, int, str], None]
#: Asked now and then; True stops the work with :class:`ImportCancelled`.
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled reading or checking a member list."""


def _no_progress(_done: int, _total: int, _message: str = "") -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class RawTable:
    """The header row and the member rows of a file, as text cells.

    ``lines`` keeps every row of the file that is not empty, with its row number as a
    spreadsheet shows it, so that another header row can be chosen without reading the
    file again (:meth:`with_header`).
    """

    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""  # what the preview shows: "CP949 (Korean)", "XLSX"
    source: str = ""
    codec: str = ""  # the Python codec the text was read with; "" for a workbook
    header_row: int = 1  # row number of the header in the file
    row_numbers: list[int] = field(default_factory=list)  # row number of each of ``rows``
    lines: list[tuple[int, list[str]]] = field(default_factory=list)
    delimiter: str = ""
    note: str = ""  # e.g. that a file named .xlsx holds text

    def number_of(self, index: int) -> int:
        """The file's row number of ``rows[index]``."""
        return self.row_numbers[index] if index < len(self.row_numbers) else index + 2

    @property
    def last_row(self) -> int:
        return self.lines[-1][0] if self.lines else self.header_row

    def with_header(self, row_number: int) -> RawTable:
        """The same file read with the header in row ``row_number``."""
        lines = self.lines or [
            (self.header_row, self.headers),
            *zip(self.row_numbers, self.rows, strict=False),
        ]
        return _table(
            lines,
            self.encoding,
            self.source,
            header_row=row_number,
            codec=self.codec,
            delimiter=self.delimiter,
            note=self.note,
        )


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
    #: The role values of the file (as :func:`role_key` writes them) -> their first spelling,
    #: in the order they first occur; and how many rows hold each.
    role_values: dict[str, str] = field(default_factory=dict)
    role_counts: dict[str, int] = field(default_factory=dict)
    #: The role table the rows were checked with (value key -> role; None = not mapped).
    roles: dict[str, MemberRole | None] = field(default_factory=dict)
    source: str = ""

    @property
    def errors(self) -> list[str]:
        return [error for row in self.rows for error in row.errors]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors

    @property
    def good_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.ok]

    @property
    def bad_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.ok]

    def role_of(self, key: str) -> MemberRole | None:
        """What a role value of the file is taken as: the role table's entry, else the
        default (:data:`DEFAULT_ROLES`, the roles' own names); None when it is not mapped."""
        return known_role(key, self.roles)


@dataclass(frozen=True)
class SkippedRow:
    """A row left out of an import ("Skip rows with errors"), with why."""

    number: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    member_ids: list[int]
    created_person_ids: list[int]
    #: The visit's head and member roles before the import, when a row listed a new Head.
    head_before: HeadState | None = None
    #: Rows with problems that were left out (only with ``skip_errors``).
    skipped: tuple[SkippedRow, ...] = ()
    #: The precedence of the members that were there before, where the import moved them.
    precedence_before: tuple[tuple[int, int], ...] = ()


# --- reading ----------------------------------------------------------------------------------


def read_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RawTable:
    """Read a member list: CSV/tab-separated text or an XLSX workbook, told apart by content.

    ``encoding`` (a key of :data:`ENCODINGS`, or any Python codec) reads text in that
    encoding instead of the detected one; ``header_row`` takes the header from that row
    instead of the one that matches the known column names best. Every refusal is an
    ``ImportFormatError`` that says what is wrong; ``ImportCancelled`` when ``cancelled``
    said so.
    """
    path = Path(path)
    progress = progress or _no_progress
    cancelled = cancelled or _never
    suffix = path.suffix.lower()
    if suffix not in _TEXT_SUFFIXES + _XLSX_SUFFIXES:
        raise ImportFormatError(path.name, "choose a .csv or .xlsx file")
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
            if head.startswith(_ZIP_MAGIC):
                lines = _read_xlsx(path, progress, cancelled)
                return _table(lines, "XLSX", path.name, header_row=header_row)
            if head.startswith(_OLE_MAGIC):
                raise ImportFormatError(
                    path.name,
                    "is an Excel 97–2003 workbook (.xls) or another binary file; "
                    "save it from Excel as .xlsx or CSV and import that",
                )
            stream.seek(0)
            data = stream.read(MAX_TEXT_BYTES + 1)
    except OSError as error:
        raise ImportFormatError(path.name, f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_TEXT_BYTES:
        raise ImportFormatError(
            path.name, f"is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB; split the list"
        )
    note = ""
    if suffix in _XLSX_SUFFIXES:
        if b"\x00" in data[:4096] and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        ):
            raise ImportFormatError(
                path.name, "is named like a workbook but is neither an XLSX file nor text"
            )
        note = "named .xlsx but holds text; read as text"
    table = read_csv_bytes(
        data,
        source=path.name,
        encoding=encoding,
        header_row=header_row,
        progress=progress,
        cancelled=cancelled,
    )
    table.note = note
    return table


def read_csv_bytes(
    data: bytes,
    *,
    source: str = "",
    encoding: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RawTable:
    """Decode and split delimited text (comma, semicolon as German Excel writes, or tab)."""
    progress = progress or _no_progress
    cancelled = cancelled or _never
    text, codec = decode_text(data, source, encoding)
    if "\x00" in text[:65536]:
        raise ImportFormatError(
            source or "file",
            f"holds binary data, not {encoding_label(codec)} text; choose a CSV or XLSX file"
            + (" or another encoding" if encoding else ""),
        )
    delimiter = _delimiter(text)
    lines = _csv_lines(text, delimiter, source, progress, cancelled)
    return _table(
        lines,
        encoding_label(codec),
        source,
        header_row=header_row,
        codec=codec,
        delimiter=delimiter,
    )


def encoding_label(codec: str) -> str:
    """The name shown for a codec: "CP949 (Korean)", "UTF-16", "Windows-1252"."""
    key = codecs.lookup(codec).name if codec else ""
    for name, label in ENCODINGS.items():
        if codecs.lookup(name).name == key:
            return label
    if key.startswith("utf-16") or key == "utf-8-sig":
        return ENCODINGS["utf-16" if key.startswith("utf-16") else "utf-8"]
    return codec.upper()


def decode_text(data: bytes, source: str = "", encoding: str | None = None) -> tuple[str, str]:
    """(text, codec): by byte order mark, else strict UTF-8, else charset-normalizer's choice
    among the encodings partner cities use (CP949/EUC-KR, Windows-1252, UTF-16).

    Decoding is strict: bytes that do not fit the encoding refuse the file with a message
    instead of turning into replacement characters.
    """
    name = source or "file"
    if encoding:
        try:
            known = codecs.lookup(encoding).name
        except LookupError:
            raise ImportFormatError(name, f"{encoding} is not a known text encoding") from None
        codec = "utf-8-sig" if known == "utf-8" else encoding
        if codecs.lookup(codec).name == "utf-16" and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        ):
            codec = "utf-16-le"
        try:
            return data.decode(codec), encoding
        except UnicodeDecodeError as error:
            raise ImportFormatError(
                name,
                f"is not {encoding_label(encoding)} text (byte {error.start} does not fit); "
                "choose another encoding",
            ) from None
        except LookupError:
            raise ImportFormatError(name, f"{encoding} is not a known text encoding") from None
    for bom, codec, key in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), key
            except UnicodeDecodeError as error:
                raise ImportFormatError(
                    name,
                    f"starts like {ENCODINGS[key]} text but byte {error.start} does not fit",
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for files that are not UTF-8

    matches = from_bytes(_detection_sample(data), cp_isolation=list(_DETECTED))
    tried: list[str] = []
    for match in matches:
        codec = _DETECTED.get(match.encoding, "")
        if not codec or codec in tried:
            continue
        tried.append(codec)
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise ImportFormatError(
        name,
        "is not in a text encoding that can be told apart (UTF-8, UTF-16, CP949/EUC-KR "
        "or Windows-1252); save it from Excel as “CSV UTF-8” and import that",
    )


_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _detection_sample(data: bytes, size: int = 256 * 1024) -> bytes:
    """Up to ``size`` bytes around the first non-ASCII byte, cut at line ends."""
    found = _NON_ASCII.search(data)
    first = found.start() if found else 0
    begin = data.rfind(b"\n", 0, max(first - 1024, 0)) + 1 if first > 1024 else 0
    sample = data[begin : begin + size]
    if begin + size < len(data):
        cut = sample.rfind(b"\n")
        if cut > 0:
            sample = sample[: cut + 1]
    return sample


def _delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same number of cells most often.

    Title rows above the header ("광주광역시 대표단 명단") and blank rows do not count.
    """
    sample = text[:65536]
    if len(text) > len(sample):
        sample = sample[: sample.rfind("\n") + 1] or sample
    best = (0, 0, ",")
    for delimiter in _DELIMITERS:
        try:
            widths = [
                len(row)
                for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                if len(row) > 1
            ][:200]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=lambda w: (widths.count(w), w))
        score = (widths.count(common), common, delimiter)
        if score[:2] > best[:2]:
            best = score
    return best[2]


def _csv_lines(
    text: str, delimiter: str, source: str, progress: Progress, cancelled: Cancelled
) -> list[tuple[int, list[str]]]:
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True
    )
    lines: list[tuple[int, list[str]]] = []
    append = lines.append
    number = 0
    last_line = 0  # lines read up to the end of the last complete row
    total = text.count("\n") + 1  # about as many rows; progress only
    limit = MAX_ROWS + HEADER_SEARCH_ROWS
    try:
        for row in reader:
            number += 1
            cells = row if row and row[-1] and not row[-1].isspace() else _trimmed(row)
            if cells:
                if len(cells) > MAX_COLUMNS:
                    _check_width(source, number, len(cells))
                append((number, cells))
                if len(lines) > limit:
                    raise _too_many_rows(source)
            if number % _PROGRESS_EVERY == 0:
                if cancelled():
                    raise ImportCancelled
                progress(min(reader.line_num, total), total, f"row {number}")
            last_line = reader.line_num
    except csv.Error as error:
        offset = _offset_of_line(text, last_line)
        raise _csv_problem(source, number + 1, text, offset, delimiter, error) from None
    progress(total, total, f"row {number}")
    return lines


def _offset_of_line(text: str, count: int) -> int:
    """Where the text continues after its first ``count`` lines (any line ends)."""
    offset = 0
    for index, line in enumerate(io.StringIO(text, newline="")):
        if index >= count:
            break
        offset += len(line)
    return offset


def _csv_problem(
    source: str, number: int, text: str, offset: int, delimiter: str, error: csv.Error
) -> ImportFormatError:
    """Name the row (and for an over-long cell the column) the csv module stopped at."""
    name = source or "file"
    if "field larger than field limit" not in str(error):
        return ImportFormatError(name, f"row {number} cannot be read as CSV ({error})")
    column, length, quoted = 1, 0, False
    position = offset
    while position < len(text):
        char = text[position]
        if quoted:
            if char == '"':
                if text.startswith('"', position + 1):
                    length += 1
                    position += 1
                else:
                    quoted = False
            else:
                length += 1
        elif char == '"' and length == 0:
            quoted = True
        elif char == delimiter:
            column, length = column + 1, 0
        elif char in "\r\n":
            break
        else:
            length += 1
        if length > CSV_FIELD_LIMIT:
            break
        position += 1
    return ImportFormatError(
        name,
        f"row {number}, column {column} ({_column_letter(column)}): the cell is longer than "
        f"{CSV_FIELD_LIMIT:,} characters, more than any member field can hold",
    )


def _column_letter(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _trimmed(row: list[str]) -> list[str]:
    """The cells up to the last one that holds something; [] for an empty row."""
    if row and row[-1] and not row[-1].isspace():
        return row
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return list(row[:end])


def _check_width(source: str, number: int, width: int) -> None:
    if width > MAX_COLUMNS:
        raise ImportFormatError(
            source or "file",
            f"row {number} has more than {MAX_COLUMNS} columns; member lists of at most "
            f"{MAX_COLUMNS} columns are read",
        )


def _too_many_rows(source: str) -> ImportFormatError:
    return ImportFormatError(
        source or "file", f"has more than {MAX_ROWS:,} rows; split the list into smaller files"
    )


# --- workbooks ---------------------------------------------------------------------------------


def check_workbook_archive(path: Path) -> None:
    """Refuse a workbook whose zip parts would unpack to too much, before unpacking any.

    zipfile stops every part at its declared size (a part that holds more fails its check
    sum), so the declared sizes bound what reading the workbook can unpack.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportFormatError(
            path.name, f"is damaged and cannot be read as a workbook ({error})"
        ) from None
    if len(parts) > MAX_XLSX_PARTS:
        raise ImportFormatError(path.name, f"holds {len(parts):,} parts; not a member list")
    total = sum(part.file_size for part in parts)
    if total > MAX_XLSX_BYTES:
        raise ImportFormatError(
            path.name,
            f"would unpack to {total / (1024 * 1024):,.0f} MB; workbooks that unpack to at "
            f"most {MAX_XLSX_BYTES // (1024 * 1024)} MB are read",
        )
    for part in parts:
        if part.file_size > 1024 * 1024 and part.file_size > MAX_XLSX_RATIO * max(
            part.compress_size, 1
        ):
            raise ImportFormatError(
                path.name,
                f"holds a part ({part.filename}) compressed more than {MAX_XLSX_RATIO}:1; "
                "refused as a possible zip bomb",
            )


def _read_xlsx(path: Path, progress: Progress, cancelled: Cancelled) -> list[tuple[int, list[str]]]:
    check_workbook_archive(path)
    from openpyxl import load_workbook  # only needed for spreadsheets

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for broken files
        raise ImportFormatError(path.name, f"cannot be read as a spreadsheet ({error})") from None
    lines: list[tuple[int, list[str]]] = []
    try:
        if not workbook.worksheets:
            raise ImportFormatError(path.name, "has no worksheet")
        sheet = workbook.worksheets[0]
        # The dimension the file claims (up to 16384 columns) is not trusted: each row is
        # read as wide as its last cell, and what lies beyond the limit must be empty.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        number = 0
        try:
            for number, values in enumerate(rows, start=1):
                if number % _PROGRESS_EVERY == 0:
                    if cancelled():
                        raise ImportCancelled
                    progress(number, 0, f"row {number}")
                if len(lines) > MAX_ROWS + HEADER_SEARCH_ROWS or number > 2 * MAX_ROWS:
                    raise _too_many_rows(path.name)
                if len(values) > MAX_COLUMNS:
                    beyond = values[MAX_COLUMNS:]
                    if beyond.count(None) != len(beyond):
                        _check_width(path.name, number, len(values))
                    values = values[:MAX_COLUMNS]
                cells = _trimmed([_cell_text(cell) for cell in values])
                if cells:
                    _check_width(path.name, number, len(cells))
                    lines.append((number, cells))
        except (ImportFormatError, ImportCancelled):
            raise
        except Exception as error:  # a broken part shows up while the rows are read
            raise ImportFormatError(
                path.name, f"row {number + 1} cannot be read ({error})"
            ) from None
        worksheet_path = getattr(sheet, "_worksheet_path", "")
    finally:
        workbook.close()
    if worksheet_path:
        _apply_merges(path, worksheet_path, lines)
    progress(number, number, f"row {number}")
    return lines


_MERGE = re.compile(
    rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]{1,3}[0-9]{1,7})(?::([A-Za-z]{1,3}[0-9]{1,7}))?\""
)


def _apply_merges(path: Path, worksheet_path: str, lines: list[tuple[int, list[str]]]) -> None:
    """A merged range's value belongs to its top-left cell: other cells of it read empty.

    (Excel writes them empty; LibreOffice may keep what they held before the merge.)
    """
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    ranges: list[tuple[int, int, int, int]] = []
    with zipfile.ZipFile(path) as archive, archive.open(worksheet_path.lstrip("/")) as stream:
        tail = b""
        while chunk := stream.read(1024 * 1024):
            data = tail + chunk
            last = 0
            if b"mergeCell" not in data:  # most of a sheet: its rows
                tail = data[-512:]
                continue
            for match in _MERGE.finditer(data):
                first, second = match.group(1), match.group(2) or match.group(1)
                (c1, r1), (c2, r2) = (coordinate_from_string(x.decode()) for x in (first, second))
                ranges.append((r1, column_index_from_string(c1), r2, column_index_from_string(c2)))
                last = match.end()
                if len(ranges) > MAX_MERGED_RANGES:
                    raise ImportFormatError(path.name, "has too many merged cells to be read")
            tail = data[max(last, len(data) - 512) :]
    if not ranges:
        return
    index = {number: cells for number, cells in lines}
    numbers = sorted(index)
    work = 0
    for top, left, bottom, right in ranges:
        for number in numbers[bisect_left(numbers, top) : bisect_right(numbers, bottom)]:
            cells = index[number]
            for column in range(left, min(right, len(cells)) + 1):
                work += 1
                if (number, column) != (top, left):
                    cells[column - 1] = ""
            if work > MAX_MERGED_CELLS:
                raise ImportFormatError(path.name, "has too many merged cells to be read")
    for position, (number, cells) in enumerate(lines):
        lines[position] = (number, _trimmed(cells))
    lines[:] = [(number, cells) for number, cells in lines if cells]


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


# --- header row ---------------------------------------------------------------------------------


def _table(
    lines: list[tuple[int, list[str]]],
    encoding: str,
    source: str,
    *,
    header_row: int | None = None,
    codec: str = "",
    delimiter: str = "",
    note: str = "",
) -> RawTable:
    name = source or "file"
    if not lines:
        raise ImportFormatError(name, "is empty")
    if header_row is None:
        position = guess_header(lines)
    else:
        position = next((i for i, (n, _c) in enumerate(lines) if n == header_row), -1)
        if position < 0:
            raise ImportFormatError(
                name,
                f"row {header_row} is empty; choose the row that holds the column names",
            )
    number, header_cells = lines[position]
    body = lines[position + 1 :]
    if not body:
        if len(lines) == 1:
            raise ImportFormatError(name, "has a single row and no members below it")
        raise ImportFormatError(name, f"has no rows below row {number}, the header row")
    if len(body) > MAX_ROWS:
        raise _too_many_rows(name)
    width = max(len(header_cells), max(len(cells) for _n, cells in body))
    headers = [cell.strip() for cell in header_cells] + [""] * (width - len(header_cells))
    rows = [
        cells if len(cells) == width else cells + [""] * (width - len(cells)) for _n, cells in body
    ]
    return RawTable(
        headers,
        rows,
        encoding,
        source,
        codec=codec,
        header_row=number,
        row_numbers=[n for n, _c in body],
        lines=lines,
        delimiter=delimiter,
        note=note,
    )


def guess_header(lines: Sequence[tuple[int, Sequence[str]]]) -> int:
    """Index in ``lines`` of the header: the first row whose cells match the most known column
    names (a title row above it, merged across the columns or not, matches none)."""
    best, best_score = 0, 0
    for position, (_number, cells) in enumerate(lines[:HEADER_SEARCH_ROWS]):
        score = len(guess_mapping(cells))
        if score > best_score:
            best, best_score = position, score
    return best


def _normalised(header: str) -> str:
    return re.sub(r"\s+", " ", header.strip().casefold().replace("_", " "))


def _compact(header: str) -> str:
    """A header without case, spaces, brackets and punctuation: "성명(한글)" -> "성명한글"."""
    return re.sub(r"[\s()\[\]{}.,:;/\\_\-–—]+", "", header.casefold())


@lru_cache(maxsize=1)
def _header_keys() -> dict[str, str]:
    """Every alias, as written and compacted -> its field."""
    keys: dict[str, str] = {}
    for field_name, aliases in _ALIASES.items():
        for alias in (*aliases, field_name.replace("_", " ")):
            keys.setdefault(_normalised(alias), field_name)
            keys.setdefault(_compact(alias), field_name)
    return keys


def _field_of(header: str) -> str | None:
    """The field a header names: as a whole, compacted, or one of its parts when it is
    bilingual ("Surname / 영문 성", "직위(Position)")."""
    keys = _header_keys()
    normalised = _normalised(header)
    if not normalised:
        return None
    for candidate in (normalised, _compact(normalised)):
        if candidate in keys:
            return keys[candidate]
    parts = [part for part in re.split(r"[/()\[\]|]+", normalised) if part.strip()]
    if len(parts) > 1:
        for part in parts:
            for candidate in (_normalised(part), _compact(part)):
                if candidate in keys:
                    return keys[candidate]
    return None


#: Korean lists that also have 영문 성 / 영문 이름 columns write the Hangul name in 성 and 이름:
#: there the romanised columns hold the family and given names; 이름 is the Hangul name.
_WEAK_HEADERS = {"성": "family_name", "이름": "given_name"}


def _header_fields(headers: Sequence[str]) -> list[str | None]:
    """The field each column holds, or None."""
    fields = [_field_of(header) for header in headers]
    weak = [
        _WEAK_HEADERS.get(_normalised(header)) == f
        for header, f in zip(headers, fields, strict=True)
    ]
    for index, field_name in enumerate(fields):
        if field_name is None or not weak[index]:
            continue
        stronger = any(
            other == field_name and not weak[position]
            for position, other in enumerate(fields)
            if position != index
        )
        if stronger:
            hangul = field_name == "given_name" and "native_name" not in fields
            fields[index] = "native_name" if hangul else None
    return fields


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index for the headers that are recognised."""
    mapping: dict[str, int] = {}
    for index, field_name in enumerate(_header_fields(headers)):
        if field_name is not None and field_name not in mapping:
            mapping[field_name] = index
    return mapping


def header_problem(headers: Sequence[str]) -> str | None:
    """Why the header row cannot be used: two columns with the same name, or two columns
    that both mean the same field ("Surname" and "Nachname"); None when it can."""
    seen: dict[str, int] = {}
    fields: dict[str, int] = {}
    held = _header_fields(headers)
    for index, header in enumerate(headers):
        key = _normalised(header)
        if not key:
            continue
        if key in seen:
            first = seen[key]
            return (
                f"columns {_column_letter(first + 1)} and {_column_letter(index + 1)} are both "
                f"called “{headers[index].strip()}”; rename or remove one of them"
            )
        seen[key] = index
        field_name = held[index]
        if field_name is not None:
            if field_name in fields:
                first = fields[field_name]
                return (
                    f"columns {_column_letter(first + 1)} (“{headers[first].strip()}”) and "
                    f"{_column_letter(index + 1)} (“{headers[index].strip()}”) both hold "
                    f"“{FIELDS[field_name]}”; remove one of them"
                )
            fields[field_name] = index
    return None


# --- checking -------------------------------------------------------------------------------


class MemberImportService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._people = PersonService(db)
        self._members = MemberService(db)

    def preview(
        self,
        table: RawTable,
        mapping: Mapping[str, int | None],
        visit_id: int,
        *,
        timezone: str,
        roles: Mapping[str, MemberRole | None] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """Check every row; nothing is written. Errors name the row and the field.

        ``roles`` is the user's role table (a value as :func:`role_key` writes it -> role,
        None where the user left it unmapped); values it does not hold are taken by
        :data:`DEFAULT_ROLES` and the roles' own names. A value neither knows is an error of
        its rows.

        ``progress(done, total, message)`` is told how far the check is and ``cancelled()``
        is asked now and then (``ImportCancelled`` stops it); both may be left out.
        """
        progress = progress or _no_progress
        cancelled = cancelled or _never
        problem = header_problem(table.headers)
        if problem:
            raise ValidationError("header", f"row {table.header_row}: {problem}")
        width = len(table.headers)
        mapping = {k: i for k, i in mapping.items() if i is not None and 0 <= i < width}
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
        total = len(table.rows)
        role_table = {role_key(k): r for k, r in (roles or {}).items()}
        role_values: dict[str, str] = {}
        role_counts: dict[str, int] = {}
        with self.db.session() as session:
            if session.get(Visit, visit_id) is None:
                raise ValidationError("visit_id", f"there is no visit #{visit_id}")
            current = set(
                session.exec(
                    select(VisitMember.person_id).where(VisitMember.visit_id == visit_id)
                ).all()
            )
            for offset, cells in enumerate(table.rows):
                if offset % _PROGRESS_EVERY == 0:
                    if cancelled():
                        raise ImportCancelled
                    progress(offset, total, f"row {table.number_of(offset)}")
                raw = {name: cells[index].strip() for name, index in mapping.items()}
                key = role_key(raw.get("role", ""))
                if key:
                    role_values.setdefault(key, " ".join(raw["role"].split()))
                    role_counts[key] = role_counts.get(key, 0) + 1
                row = PreviewRow(table.number_of(offset), raw)
                self._check_row(session, row, timezone, role_table)
                rows.append(row)
            if cancelled():
                raise ImportCancelled
            people = _people_named(session, [row.values for row in rows if row.ok])
            for row in rows:
                if not row.ok:
                    continue
                key = _name_key(row.values)
                if key in seen:
                    row.errors.append(
                        f"row {row.number}: {_who(row.values)} is listed twice "
                        f"(also row {seen[key]})"
                    )
                else:
                    seen[key] = row.number
                person_id = people.get(key)
                row.existing_person_id = person_id
                if person_id is not None and person_id in current:
                    row.errors.append(
                        f"row {row.number}: {_who(row.values)} is already on this delegation"
                    )
            session.rollback()  # nothing of the checks is kept
        progress(total, total, "")
        if not rows:
            raise ImportFormatError(table.source or "file", "has no rows below the header")
        return ImportPreview(
            visit_id, rows, role_values, role_counts, role_table, table.source or ""
        )

    def _check_row(
        self,
        session: Session,
        row: PreviewRow,
        timezone: str,
        roles: Mapping[str, MemberRole | None] | None = None,
    ) -> None:
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
            )
        }
        # "vegetarisch, keine Zwiebeln": the known requirements become codes, the rest the note.
        codes, note = split_requirements(str(values.get("dietary_notes", "")), requirement_words())
        person_values["dietary_requirements"] = codes
        person_values["dietary_notes"] = note
        person_values["name_order"] = _name_order(values)
        try:
            cleaned = self._people.clean(session, person_values, None)
        except ValidationError as error:
            row.errors.append(f"row {row.number}, {error.field}: {error.message}")
            cleaned = person_values
        row.values = {**values, **cleaned}
        # A new person's title and organisation are originals in the language they are
        # written in: Korean where they are in Hangul, else the office's language.
        row.values["original_language"] = texts_language(
            (str(row.values.get("title", "")), str(row.values.get("organisation", ""))),
            office_language(session),
        )
        raw_role = " ".join(str(values.get("role", "")).split())
        role = known_role(raw_role, roles)
        if role is None:
            row.values["role"] = raw_role
            row.errors.append(
                f"row {row.number}, role: “{raw_role}” is not mapped to a role; "
                "choose one in the role table"
            )
        else:
            row.values["role"] = role
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
    def commit(self, preview: ImportPreview, *, skip_errors: bool = False) -> ImportResult:
        """Write every row in one transaction; refused as a whole if any row has an error,
        unless ``skip_errors``: then the rows without problems are written and the others
        listed in the result's ``skipped``.

        Each new member is placed by its role's precedence (:data:`ROLE_ORDER`): after the
        last member whose role comes first or is the same, not at the end of the list.
        """
        if not preview.rows:
            raise ValidationError("file", "there are no rows to import")
        rows = preview.rows
        skipped: tuple[SkippedRow, ...] = ()
        if skip_errors:
            rows = preview.good_rows
            if not rows:
                raise ValidationError(
                    "file",
                    f"every row has a problem ({len(preview.rows)} rows); nothing was imported",
                )
            skipped = tuple(SkippedRow(row.number, tuple(row.errors)) for row in preview.bad_rows)
        elif preview.errors:
            raise ValidationError(
                "file", f"{len(preview.errors)} problem(s) must be fixed first: {preview.errors[0]}"
            )
        created: list[int] = []
        with self.db.session() as session, session.no_autoflush:
            # Held here so that the checks of every row find it in the session.
            visit = session.get(Visit, preview.visit_id)
            if visit is None:
                raise ValidationError("visit_id", f"there is no visit #{preview.visit_id}")
            present = list(
                session.exec(
                    select(VisitMember)
                    .where(VisitMember.visit_id == preview.visit_id)
                    .order_by(col(VisitMember.precedence), col(VisitMember.id))
                ).all()
            )
            roles = [MemberRole(row.values.get("role") or MemberRole.OFFICIAL) for row in rows]
            order = placed_by_role([MemberRole(m.role) for m in present], roles)
            precedence_of_row: dict[int, int] = {}
            moved: list[tuple[int, int]] = []
            for rank, (kind, index) in enumerate(order, start=1):
                if kind == "new":
                    precedence_of_row[index] = rank
                elif present[index].precedence != rank:
                    member = present[index]
                    moved.append((int(member.id), member.precedence))  # type: ignore[arg-type]
                    member.precedence = rank
            # People are looked up by name in a few queries, created together, then the
            # members are checked and written together: one flush each, not one per row.
            people = _people_named(session, [row.values for row in rows])
            persons: list[int | Person] = []
            for row in rows:
                values = row.values
                person_id = row.existing_person_id or people.get(_name_key(values))
                if person_id is None:
                    person = Person(
                        **{
                            name: values[name]
                            for name in Person.model_fields
                            if name in values and name != "id"
                        }
                    )
                    session.add(person)
                    persons.append(person)
                else:
                    persons.append(person_id)
            session.flush()
            members: list[VisitMember] = []
            for index, (row, person_or_id) in enumerate(zip(rows, persons, strict=True)):
                values = row.values
                if isinstance(person_or_id, Person):
                    person_id = int(person_or_id.id)  # type: ignore[arg-type]
                    created.append(person_id)
                else:
                    person_id = person_or_id
                member_values = self._members.clean(
                    session,
                    {
                        "visit_id": preview.visit_id,
                        "person_id": person_id,
                        "role": roles[index],
                        "precedence": precedence_of_row[index],
                        "arrival": values.get("arrival"),
                        "departure": values.get("departure"),
                        "room": values.get("room", ""),
                    },
                    None,
                )
                member = VisitMember(**member_values)
                session.add(member)
                members.append(member)
            session.flush()
            member_ids = [int(member.id) for member in members]  # type: ignore[arg-type]
            head_before = None
            heads = [member for member in members if member.role == MemberRole.HEAD]
            if heads:  # the head of delegation follows (the last row listed as Head)
                head_before = HeadState(
                    visit.head_id,
                    tuple(
                        (int(m.id), MemberRole(m.role))  # type: ignore[arg-type]
                        for m in session.exec(
                            select(VisitMember).where(
                                VisitMember.visit_id == preview.visit_id,
                                col(VisitMember.id).not_in(member_ids),
                            )
                        ).all()
                    ),
                )
                follow_member_role(session, heads[-1])
        return ImportResult(member_ids, created, head_before, skipped, tuple(moved))

    # --- the role table, remembered per partnership ----------------------------------------
    def remembered_roles(self, visit_id: int) -> dict[str, MemberRole]:
        """The role table last used for the visit's partnership (value key -> role)."""
        from exchange_planner.services.settings import SettingsService

        partnership_id = self._partnership_of(visit_id)
        if partnership_id is None:
            return {}
        return SettingsService(self.db).member_roles(partnership_id)

    def remember_roles(self, visit_id: int, roles: Mapping[str, MemberRole | None]) -> None:
        """Keep the role table of an import for the next list of the visit's partnership:
        entries that differ from the defaults are stored; an entry set back to its default,
        or left unmapped, is removed."""
        from exchange_planner.services.settings import MAX_MEMBER_ROLES, SettingsService

        partnership_id = self._partnership_of(visit_id)
        if partnership_id is None:
            return
        settings = SettingsService(self.db)
        stored: dict[str, MemberRole] = dict(settings.member_roles(partnership_id))
        for raw, role in roles.items():
            key = role_key(raw)
            if not key or len(key) > MAX_ROLE_VALUE_LENGTH or not _storable(key):
                continue  # a value no list of the partnership is likely to hold again
            if role is None or role == known_role(key):
                stored.pop(key, None)
            elif key in stored or len(stored) < MAX_MEMBER_ROLES:
                stored[key] = MemberRole(role)
        settings.set_member_roles(partnership_id, stored)

    def _partnership_of(self, visit_id: int) -> int | None:
        with self.db.session() as session:
            visit = session.get(Visit, visit_id)
            return int(visit.partnership_id) if visit is not None else None

    def undo(self, result: ImportResult) -> None:
        """Remove what an import wrote: its members and the people it created; the members
        it moved down get their precedence back."""
        with self.db.session() as session:
            for member_id, precedence in result.precedence_before:
                member = session.get(VisitMember, member_id)
                if member is not None:
                    member.precedence = precedence
            if result.head_before is not None:  # the head and roles as before the import
                first = session.get(VisitMember, result.member_ids[0])
                visit = session.get(Visit, first.visit_id) if first is not None else None
                if visit is not None:
                    visit.head_id = result.head_before.head_id
                for member_id, role in result.head_before.roles:
                    member = session.get(VisitMember, member_id)
                    if member is not None:
                        member.role = role
            for member_id in result.member_ids:
                member = session.get(VisitMember, member_id)
                if member is not None:
                    session.delete(member)
            session.flush()
            for person_id in result.created_person_ids:
                person = session.get(Person, person_id)
                if person is not None:
                    session.delete(person)


def _is_hangul(char: str) -> bool:
    code = ord(char)
    return 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def texts_language(texts: Sequence[str], office: str) -> str:
    """The language of a member list's texts: "ko" when any of them holds Hangul (a list as
    Gwangju writes it), else ``office`` (a Latin text's language cannot be told reliably)."""
    if any(_is_hangul(char) for text in texts for char in text):
        return "ko"
    return office


def _who(values: Mapping[str, Any]) -> str:
    """The row's person as messages name people (domain/names.py): 'Kang Gi-jung (강기정)'."""
    return full_name(
        SimpleNamespace(
            family_name=str(values.get("family_name") or ""),
            given_name=str(values.get("given_name") or ""),
            native_name=str(values.get("native_name") or ""),
            name_order=_name_order(values),
        )
    )


def _name_key(values: Mapping[str, Any]) -> tuple[str, str, str]:
    return (
        str(values.get("family_name", "")).casefold(),
        str(values.get("given_name", "")).casefold(),
        str(values.get("native_name", "")),
    )


def _find_person(session: Session, values: Mapping[str, Any]) -> int | None:
    """The directory entry with the same names, so an import does not create twins."""
    statement = select(Person.id).where(
        func.lower(col(Person.family_name)) == str(values.get("family_name", "")).casefold(),
        func.lower(col(Person.given_name)) == str(values.get("given_name", "")).casefold(),
        col(Person.native_name) == values.get("native_name", ""),
    )
    return session.exec(statement.order_by(col(Person.id))).first()


def _people_named(
    session: Session, rows: Sequence[Mapping[str, Any]]
) -> dict[tuple[str, str, str], int]:
    """What :func:`_find_person` finds, for many rows in a few queries (by family name)."""
    families = sorted({_name_key(values)[0] for values in rows})
    found: dict[tuple[str, str, str], int] = {}
    for start in range(0, len(families), 500):
        chunk = families[start : start + 500]
        lowered_family = func.lower(col(Person.family_name))
        statement = (
            select(
                Person.id,
                lowered_family,
                func.lower(col(Person.given_name)),
                col(Person.native_name),
            )
            .where(lowered_family.in_(chunk))
            .order_by(col(Person.id))
        )
        for person_id, family, given, native in session.exec(statement).all():
            found.setdefault((family, given, native), person_id)
    return found


def _name_order(values: Mapping[str, Any]) -> NameOrder:
    raw = str(values.get("name_order", "")).strip().casefold()
    if raw in ("family_first", "family first", "family"):
        return NameOrder.FAMILY_FIRST
    if raw in ("given_first", "given first", "given"):
        return NameOrder.GIVEN_FIRST
    return usual_name_order(str(values.get("native_name", ""))) or NameOrder.GIVEN_FIRST


#: Role values longer than this are not remembered (as the settings store them).
MAX_ROLE_VALUE_LENGTH = 100


def _storable(text: str) -> bool:
    try:
        v.text_characters("role", text)
    except ValidationError:
        return False
    return True


def role_key(raw: object) -> str:
    """A role value as the role table keys it: spaces collapsed, case folded."""
    return " ".join(str(raw or "").split()).casefold()


def known_role(
    raw: object, roles: Mapping[str, MemberRole | None] | None = None
) -> MemberRole | None:
    """The role a value of the file stands for: the role table's entry (``roles``, keyed
    by :func:`role_key`; None there = left unmapped), else :data:`DEFAULT_ROLES`, else the
    roles' own names ("official", "Head"); an empty value is an Official. None: not known."""
    key = role_key(raw)
    if not key:
        return MemberRole.OFFICIAL
    if roles is not None and key in roles:
        found = roles[key]
        return MemberRole(found) if found is not None else None
    return DEFAULT_ROLES.get(key) or _ROLE_NAMES.get(key)


#: The roles in their precedence: imported members are placed by it (the Head first).
ROLE_ORDER: tuple[MemberRole, ...] = tuple(MemberRole)


def placed_by_role(
    present: Sequence[MemberRole], new: Sequence[MemberRole]
) -> list[tuple[str, int]]:
    """The member order after an import: ("old", index into ``present``) and ("new", index
    into ``new``). The present members keep their order; each new one (in the file's order)
    goes after the last member whose role comes before its own or is the same."""
    rank = {role: position for position, role in enumerate(ROLE_ORDER)}
    order: list[tuple[str, int, int]] = [
        ("old", index, rank[role]) for index, role in enumerate(present)
    ]
    for index, role in enumerate(new):
        mine = rank[role]
        position = 0
        for at in range(len(order) - 1, -1, -1):
            if order[at][2] <= mine:
                position = at + 1
                break
        order.insert(position, ("new", index, mine))
    return [(kind, index) for kind, index, _rank in order]


def without_row(number: int, reason: str) -> str:
    """A row's message without its "row N, " / "row N: " start (the report names the row)."""
    for start in (f"row {number}, ", f"row {number}: "):
        if reason.startswith(start):
            return reason[len(start) :]
    return reason


#: Every role by its stored value and by its name ("official", "head", ...).
_ROLE_NAMES = {
    **{role.name.casefold(): role for role in MemberRole},
    **{role.value: role for role in MemberRole},
}


_DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S")


def _instant(field_name: str, raw: object, timezone: str) -> datetime | None:
    text = str(raw or "").strip()
    if not text:
        return None
    instant = _parsed_instant(text, timezone)
    if instant is not None:
        return instant
    raise ValidationError(field_name, f"'{text}' is not a date and time like 2023-07-25 17:40")


@lru_cache(maxsize=4096)
def _parsed_instant(text: str, timezone: str) -> datetime | None:
    """Lists give many members the same arrival: each text is parsed once."""
    for pattern in _DATETIME_FORMATS:
        try:
            return to_utc(datetime.strptime(text, pattern), timezone)
        except ValueError:
            continue
    return None
