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
from exchange_planner.domain.enums import MemberRole, NameOrder
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
    #: The visit's head and member roles before the import, when a row listed a new Head.
    head_before: HeadState | None = None


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


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index for the headers that are recognised."""
    mapping: dict[str, int] = {}
    normalised = [_normalised(h) for h in headers]
    for field_name, aliases in _ALIASES.items():
        for index, header in enumerate(normalised):
            if index in mapping.values():
                continue
            if header in aliases or header == field_name.replace("_", " "):
                mapping[field_name] = index
                break
    return mapping


def _field_of(header: str) -> str | None:
    for field_name, aliases in _ALIASES.items():
        if header in aliases or header == field_name.replace("_", " "):
            return field_name
    return None


def header_problem(headers: Sequence[str]) -> str | None:
    """Why the header row cannot be used: two columns with the same name, or two columns
    that both mean the same field ("Surname" and "Nachname"); None when it can."""
    seen: dict[str, int] = {}
    fields: dict[str, int] = {}
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
        field_name = _field_of(key)
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
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """Check every row; nothing is written. Errors name the row and the field.

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
                row = PreviewRow(table.number_of(offset), raw)
                self._check_row(session, row, timezone)
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
        # A new person's title and organisation are originals in the language they are
        # written in: Korean where they are in Hangul, else the office's language.
        row.values["original_language"] = texts_language(
            (str(row.values.get("title", "")), str(row.values.get("organisation", ""))),
            office_language(session),
        )
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
        created: list[int] = []
        with self.db.session() as session, session.no_autoflush:
            highest = session.exec(
                select(func.max(VisitMember.precedence)).where(
                    VisitMember.visit_id == preview.visit_id
                )
            ).one()
            rank = int(highest or 0)
            # Held here so that the checks of every row find it in the session.
            visit = session.get(Visit, preview.visit_id)
            if visit is None:
                raise ValidationError("visit_id", f"there is no visit #{preview.visit_id}")
            # People are looked up by name in a few queries, created together, then the
            # members are checked and written together: one flush each, not one per row.
            people = _people_named(session, [row.values for row in preview.rows])
            persons: list[int | Person] = []
            for row in preview.rows:
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
            for row, person_or_id in zip(preview.rows, persons, strict=True):
                values = row.values
                if isinstance(person_or_id, Person):
                    person_id = int(person_or_id.id)  # type: ignore[arg-type]
                    created.append(person_id)
                else:
                    person_id = person_or_id
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
        return ImportResult(member_ids, created, head_before)

    def undo(self, result: ImportResult) -> None:
        """Remove what an import wrote: its members and the people it created."""
        with self.db.session() as session:
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


def _role(raw: str) -> MemberRole:
    cleaned = raw.strip().casefold()
    if not cleaned:
        return MemberRole.OFFICIAL
    role = _ROLE_ALIASES.get(cleaned) or _ROLE_NAMES.get(cleaned)
    return role if role is not None else v.enum_value("role", MemberRole, cleaned)


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
