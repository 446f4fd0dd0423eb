"""Member lists as partner cities send them: encodings, title rows, merged cells, hostile files.

Every file is generated here: real Korean and German names encoded the way Excel writes them,
workbooks built with openpyxl (some changed afterwards inside their zip), zip bombs built
with zipfile.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from exchange_planner.domain.errors import ImportFormatError, ValidationError
from exchange_planner.services import member_import
from exchange_planner.services.member_import import (
    ImportCancelled,
    decode_text,
    guess_mapping,
    read_table,
)

TITLE = "광주광역시 대표단 명단"
KOREAN = (
    f"{TITLE}\n"
    "\n"
    "성,이름,한글,직위,소속\n"
    "Kang,Gi-jung,강기정,시장,광주광역시\n"
    "Kim,Min-su,김민수,의원,광주광역시의회\n"
    "Park,Ji-ho,박지호,통역,국제협력관\n"
)
GERMAN = (
    "Nachname;Vorname;Funktion;Organisation\n"
    "Müller;Jürgen;Dolmetscher;Stadt Leipzig\n"
    "Groß;Käthe;Referentin für Städtepartnerschaften;Büro für Internationales\n"
)


def write(tmp_path: Path, data: bytes, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def check(services, table, visit_id):  # type: ignore[no-untyped-def]
    return services.member_import.preview(
        table, guess_mapping(table.headers), visit_id, timezone="Europe/Berlin"
    )


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_korean_excel_csv_with_a_title_row(services, sample_ids, tmp_path, encoding):
    table = read_table(write(tmp_path, KOREAN.encode(encoding)))
    assert table.encoding == "CP949 (Korean)"
    assert table.header_row == 3  # the title and the blank row above are skipped
    assert table.headers == ["성", "이름", "한글", "직위", "소속"]
    assert [row[2] for row in table.rows] == ["강기정", "김민수", "박지호"]
    assert table.row_numbers == [4, 5, 6]
    preview = check(services, table, sample_ids["visit"])
    # Row numbers are the file's: the mayor (row 4) is already on the delegation.
    assert preview.errors == ["row 4: Kang Gi-jung (강기정) is already on this delegation"]
    assert [row.values["organisation"] for row in preview.rows][1] == "광주광역시의회"


def test_utf16_unicode_text_from_excel(tmp_path):
    text = GERMAN.replace(";", "\t").replace("\n", "\r\n") + "Kang\tGi-jung\t시장\t광주\r\n"
    table = read_table(write(tmp_path, text.encode("utf-16"), "list.txt"))  # BOM + LE
    assert table.encoding == "UTF-16" and table.delimiter == "\t"
    assert table.headers == ["Nachname", "Vorname", "Funktion", "Organisation"]
    assert table.rows[1][:2] == ["Groß", "Käthe"] and table.rows[2][3] == "광주"
    assert guess_mapping(table.headers) == {
        "family_name": 0,
        "given_name": 1,
        "title": 2,
        "organisation": 3,
    }


def test_cp1252_german_excel_with_semicolons(tmp_path):
    table = read_table(write(tmp_path, GERMAN.encode("cp1252")))
    assert table.encoding == "Windows-1252" and table.delimiter == ";"
    assert table.rows[1] == [
        "Groß",
        "Käthe",
        "Referentin für Städtepartnerschaften",
        "Büro für Internationales",
    ]


def test_utf8_bom_and_tabs(tmp_path):
    text = "\ufeffFamily name\tGiven name\nKim\tMin-su\n이\t수진\n"
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.encoding == "UTF-8" and table.headers == ["Family name", "Given name"]
    assert table.rows[1] == ["이", "수진"]


def test_undecodable_bytes_are_refused_not_replaced(tmp_path):
    # 0x81 then a space: no CP949 character, and 0x81 is not Windows-1252 either.
    data = b"Nachname;Vorname\nM\x81 ller;J\x81rgen\n"
    with pytest.raises(ImportFormatError) as error:
        read_table(write(tmp_path, data))
    assert "text encoding" in str(error.value)
    assert "\ufffd" not in str(error.value)


def test_a_chosen_encoding_that_does_not_fit_says_so(tmp_path):
    path = write(tmp_path, KOREAN.encode("cp949"))
    with pytest.raises(ImportFormatError) as error:
        read_table(path, encoding="utf-8")
    assert "is not UTF-8 text" in str(error.value) and "choose another encoding" in str(error.value)
    with pytest.raises(ImportFormatError, match="not a known text encoding"):
        read_table(path, encoding="no-such-encoding")
    forced = read_table(path, encoding="cp1252", header_row=3)  # garbled, but as chosen
    assert forced.encoding == "Windows-1252" and forced.codec == "cp1252"
    assert "강" not in forced.rows[0][2]


def test_decoding_never_uses_replacement_characters():
    for encoding in ("cp949", "utf-16", "cp1252", "utf-8"):
        data = (KOREAN if encoding != "cp1252" else GERMAN).encode(encoding)
        text, _codec = decode_text(data)
        assert "\ufffd" not in text and ("강기정" in text or "Käthe" in text)


# --- header row and delimiters ---------------------------------------------------------------


def test_header_row_can_be_chosen(tmp_path):
    table = read_table(write(tmp_path, KOREAN.encode("utf-8")))
    title = table.with_header(1)
    assert title.headers[0] == TITLE and title.header_row == 1
    assert title.row_numbers == [3, 4, 5, 6]  # the blank row 2 is not a row of members
    assert title.with_header(3).headers == table.headers
    with pytest.raises(ImportFormatError, match="row 2 is empty"):
        table.with_header(2)
    with pytest.raises(ImportFormatError, match="no rows below row 6"):
        table.with_header(6)
    assert read_table(write(tmp_path, KOREAN.encode("utf-8")), header_row=1).headers[0] == TITLE


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_found_below_a_title(tmp_path, delimiter):
    text = (
        "Delegation Gwangju 2023\n\n"
        + "\n".join(
            delimiter.join(cells)
            for cells in (
                ("Surname", "First name", "Title"),
                ("Kim", "Min-su", "Councillor, Culture"),
                ("Lee", "Su-jin", "Head; Office"),
            )
        )
        + "\n"
    )
    if delimiter == ",":
        text = text.replace("Councillor, Culture", '"Councillor, Culture"')
    if delimiter == ";":
        text = text.replace("Head; Office", '"Head; Office"')
    table = read_table(write(tmp_path, text.encode("utf-8")))
    assert table.delimiter == delimiter and table.header_row == 3
    assert table.rows == [
        ["Kim", "Min-su", "Councillor, Culture"],
        ["Lee", "Su-jin", "Head; Office"],
    ]


# --- duplicated headers, long cells, many rows -----------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Name,Family name,Name", "columns A and C are both called “Name”"),
        ("Surname,Given name,Nachname", "columns A (“Surname”) and C (“Nachname”) both hold"),
    ],
)
def test_duplicated_header_columns_are_refused(services, sample_ids, tmp_path, header, expected):
    table = read_table(write(tmp_path, f"{header}\nKim,Min-su,Lee\n".encode()))
    with pytest.raises(ValidationError) as error:
        check(services, table, sample_ids["visit"])
    assert error.value.field == "header"
    assert expected in error.value.message and "row 1" in error.value.message


def test_a_cell_over_the_csv_field_limit_names_row_and_column(tmp_path):
    text = 'Family name,Notes\nKim,short\nLee,"' + "x" * 200_000 + '"\n'
    with pytest.raises(ImportFormatError) as error:
        read_table(write(tmp_path, text.encode()))
    assert "row 3, column 2 (B)" in str(error.value)
    assert "131,072" in str(error.value)
    unquoted = "Family name;Given;Notes\nKim;Min-su;" + "y" * 200_000 + "\n"
    with pytest.raises(ImportFormatError, match=r"row 2, column 3 \(C\)"):
        read_table(write(tmp_path, unquoted.encode(), "other.csv"))


def test_100000_rows_are_read_and_checked(services, sample_ids, tmp_path):
    lines = ["Family name;Given name;Native name;Role"] + [
        f"Kim{n};Min-su;김민수{n};official" for n in range(100_000)
    ]
    lines[50_001] = "Kang;Gi-jung;강기정;head"  # already on the delegation
    path = write(tmp_path, ("\n".join(lines) + "\n").encode("cp949"))
    seen: list[tuple[int, int]] = []
    table = read_table(path, progress=lambda done, total, _m: seen.append((done, total)))
    assert len(table.rows) == 100_000 and table.encoding == "CP949 (Korean)"
    assert seen and seen[-1][0] == seen[-1][1]
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), sample_ids["visit"], timezone="Europe/Berlin"
    )
    assert len(preview.rows) == 100_000
    assert preview.errors == ["row 50002: Kang Gi-jung (강기정) is already on this delegation"]
    assert preview.rows[50_000].existing_person_id == sample_ids["mayor"]

    with pytest.raises(ImportFormatError, match="more than 100,000 rows"):
        read_table(write(tmp_path, ("\n".join([*lines, "Lee;A;;", "Lee;B;;"]) + "\n").encode()))


def test_reading_and_checking_can_be_cancelled(services, sample_ids, tmp_path):
    text = "Family name\n" + "".join(f"Kim{n}\n" for n in range(10_000))
    path = write(tmp_path, text.encode())
    with pytest.raises(ImportCancelled):
        read_table(path, cancelled=lambda: True)
    table = read_table(path)
    with pytest.raises(ImportCancelled):
        services.member_import.preview(
            table, {"family_name": 0}, sample_ids["visit"], timezone="UTC", cancelled=lambda: True
        )


# --- workbooks -------------------------------------------------------------------------------


def _sheet_xml_changed(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Rewrite the first worksheet's XML inside the workbook's zip."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = change(parts[name].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)


def test_merged_title_and_merged_cells_belong_to_the_top_left_cell(services, sample_ids, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append([TITLE, TITLE, TITLE, TITLE])  # as LibreOffice keeps hidden cell contents
    sheet.append([])
    sheet.append(["성", "이름", "한글", "소속"])
    sheet.append(["Yoo", "Jin", "유진", "광주광역시"])
    sheet.append(["Seo", "Yun", "서윤", "hidden by the merge"])
    path = tmp_path / "members.xlsx"
    book.save(path)
    _sheet_xml_changed(
        path,
        lambda xml: xml.replace(
            "</sheetData>",
            '</sheetData><mergeCells count="2"><mergeCell ref="A1:D1"/>'
            '<mergeCell ref="D4:D5"/></mergeCells>',
        ),
    )
    table = read_table(path)
    assert table.encoding == "XLSX" and table.header_row == 3
    assert table.with_header(1).headers == [TITLE, "", "", ""]
    assert table.rows == [["Yoo", "Jin", "유진", "광주광역시"], ["Seo", "Yun", "서윤", ""]]
    preview = check(services, table, sample_ids["visit"])
    assert preview.ok and [row.number for row in preview.rows] == [4, 5]


def test_merged_title_written_by_openpyxl(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Gwangju delegation to Leipzig, July 2023"])
    sheet.merge_cells("A1:F1")
    sheet.append(["Family name", "Given name", "Title", "Role", "Arrival", "Departure"])
    sheet.append(["Kim", "Min-su", "Councillor", "official", "2023-07-25 17:40", None])
    path = tmp_path / "merged.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.header_row == 2 and table.rows[0][:3] == ["Kim", "Min-su", "Councillor"]


def test_a_workbook_claiming_16384_columns_is_read_as_wide_as_it_is(tmp_path):
    book = Workbook()
    book.active.append(["Family name", "Given name"])
    book.active.append(["Kim", "Min-su"])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    _sheet_xml_changed(
        path,
        lambda xml: re.sub(
            r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', xml
        ).replace("</row>", '<c r="XFD1" s="0"/></row>'),  # and an empty cell in column XFD
    )
    table = read_table(path)  # padding every row to the claimed size would take hours
    assert table.headers == ["Family name", "Given name"] and table.rows == [["Kim", "Min-su"]]


def test_a_workbook_with_too_many_columns_is_refused(tmp_path):
    book = Workbook()
    book.active.append(["Family name", *[f"c{n}" for n in range(2, 202)]])
    book.active.append(["Kim"])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    with pytest.raises(ImportFormatError, match="row 1 has more than 200 columns"):
        read_table(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    opened: list[str] = []
    import openpyxl

    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append("opened"))
    ratio = tmp_path / "ratio.xlsx"  # 20 MB of spaces in a few kB
    with zipfile.ZipFile(ratio, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", " " * (20 * 1024 * 1024))
    assert ratio.stat().st_size < 100_000
    with pytest.raises(ImportFormatError, match="zip bomb"):
        read_table(ratio)

    declared = tmp_path / "declared.xlsx"  # small on disk, claims 4 GB when unpacked
    with zipfile.ZipFile(declared, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    data = bytearray(declared.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = (0xFFFF_FFF0).to_bytes(4, "little")
    declared.write_bytes(bytes(data))
    with pytest.raises(ImportFormatError, match="would unpack to 4,096 MB"):
        read_table(declared)
    assert opened == []


def test_a_part_larger_than_declared_is_cut_at_its_declared_size(tmp_path):
    book = Workbook()
    book.active.append(["Family name"])
    book.active.append(["Kim"])
    path = tmp_path / "lying.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    name = "xl/worksheets/sheet1.xml"
    small = len(parts[name])
    parts[name] = parts[name].replace(b"<sheetData>", b"<sheetData>" + b" " * 5_000_000)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)
    data = bytearray(path.read_bytes())
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) >= 0:  # claim the old size
        length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + length] == name.encode():
            data[position + 24 : position + 28] = small.to_bytes(4, "little")
        position += 4
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFormatError, match="cannot be read"):
        read_table(path)


def test_a_text_file_named_xlsx_is_read_as_text(tmp_path):
    table = read_table(write(tmp_path, GERMAN.encode("cp1252"), "members.xlsx"))
    assert table.encoding == "Windows-1252" and table.rows[0][0] == "Müller"
    assert "holds text" in table.note
    with pytest.raises(ImportFormatError, match="neither an XLSX file nor text"):
        read_table(write(tmp_path, b"\x00\x01\x02binary\x00" * 20, "other.xlsx"))
    with pytest.raises(ImportFormatError, match="holds binary data"):
        read_table(write(tmp_path, b"%PDF-1.4\n\x00\x00\x00 stream", "list.csv"))
    with pytest.raises(ImportFormatError, match=r"\(\.xls\)"):
        read_table(write(tmp_path, member_import._OLE_MAGIC + b"\x00" * 100, "old.xlsx"))
