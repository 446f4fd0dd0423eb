"""The rooming list's PDF and workbook from plain data: each language, hostile text printed
literally (never markup, never a formula), overfull rooms marked, no room yet at the end."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from exchange_planner.domain.texts import Translations
from exchange_planner.reports.data import Stamp
from exchange_planner.reports.rooming_data import (
    Guest,
    HotelInfo,
    HotelRooming,
    Room,
    RoomingListData,
    RoomingVisit,
    room_sort_key,
)
from exchange_planner.reports.rooming_list import RoomingListOptions, build_rooming_list
from exchange_planner.reports.rooming_xlsx import (
    COLUMNS,
    RoomingXlsxOptions,
    build_rooming_xlsx,
    sheet_title,
)

HOSTILE = '<b>Evil</b> & <a href="x">=HYPERLINK("http://x")</a>'


def _guest(person_id: int, family: str, given: str, native: str = "", **values: object) -> Guest:
    return Guest(
        person_id=person_id,
        family_name=family,
        given_name=given,
        native_name=native,
        name_order=str(values.pop("name_order", "family_first")),
        title=str(values.pop("title", "Staff")),
        arrival=datetime(2023, 7, 25, 15, 40, tzinfo=UTC),  # 17:40 in Leipzig
        departure=datetime(2023, 7, 27, 7, 15, tzinfo=UTC),  # 09:15
        **values,  # type: ignore[arg-type]
    )


def _data(*, hostile: bool = False) -> RoomingListData:
    kang = _guest(
        1, "Kang", "Gi-jung", "강기정", title="Bürgermeister", special_requests="Late check-out"
    )
    lee = _guest(2, "Lee", "Min", "이민")
    park = _guest(3, "Park", "Ji", "박지")
    evil = _guest(
        4,
        HOSTILE if hostile else "Choi",
        "<i>x</i>" if hostile else "Yu",
        title=HOSTILE if hostile else "Staff",
        special_requests="=1+1" if hostile else "",
    )
    late = _guest(5, "Han", "Na", "한나")
    hotel = HotelInfo(
        7,
        "Hotel am Ring (Beispiel)",
        "Richard-Wagner-Straße 1, 04109 Leipzig",
        "Leipzig",
        "Europe/Berlin",
        "de",
        Translations({"name": {"ko": "호텔 암 링 (예시)", "en": "Hotel am Ring (sample)"}}),
    )
    return RoomingListData(
        visit=RoomingVisit(1, "Besuch aus Gwangju", date(2023, 7, 25), date(2023, 7, 27)),
        hotels=(
            HotelRooming(
                hotel,
                (Room("302", "suite", (kang,), 2), Room("305", "twin", (lee, park, evil), 2)),
                (late,),
            ),
        ),
        home_city="Leipzig",
        home_city_names=(("ko", "라이프치히"),),
        stamp=Stamp(datetime(2023, 7, 20, 10, 0, tzinfo=UTC), 3),
    )


def _text(target: io.BytesIO | Path) -> str:
    reader = PdfReader(target if isinstance(target, io.BytesIO) else str(target))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        (
            "de",
            ["Zimmerliste", "Hotel am Ring (Beispiel)", "Noch ohne Zimmer", "Stand:", "Version 3"],
        ),
        ("en", ["Rooming list", "Hotel am Ring (sample)", "No room yet", "As of", "Version 3"]),
        (
            "ko",
            ["객실 배정표", "호텔 암 링 (예시)", "객실 미배정", "버전 3", "강기정 Kang Gi-jung"],
        ),
        (
            "de+ko",
            ["Zimmerliste / 객실 배정표", "Noch ohne Zimmer / 객실 미배정", "Kang Gi-jung 강기정"],
        ),
    ],
)
def test_the_list_in_each_language(lang: str, shown: list[str]) -> None:
    out = io.BytesIO()
    assert build_rooming_list(_data(), out, RoomingListOptions(lang)) == 1
    text = _text(io.BytesIO(out.getvalue()))
    for piece in shown:
        assert piece in text, piece
    # Times in the hotel's zone, and only what the hotel needs.
    assert "17:40" in text and "09:15" in text


def test_an_overfull_room_is_marked_and_its_guests_share(tmp_path: Path) -> None:
    out = tmp_path / "rooms.pdf"
    build_rooming_list(_data(), out, RoomingListOptions("en"))
    text = _text(out)
    assert "⚠ Room 305 (Twin, for 2) has 3 people in it" in text
    # Sharing: each of the room's guests names the others.
    assert "Lee Min Park Ji, Choi Yu" in text or "Park Ji, Choi Yu" in text
    # The members without a room come after the rooms.
    assert text.index("No room yet") > text.index("305")
    assert text.index("Han Na") > text.index("No room yet")


def test_hostile_text_prints_literally() -> None:
    out = io.BytesIO()
    build_rooming_list(_data(hostile=True), out, RoomingListOptions("de"))
    text = _text(io.BytesIO(out.getvalue()))
    flat = text.replace(" ", "")
    assert '<b>Evil</b>&<ahref="x">=HYPERLINK("http://x")</a>' in flat
    assert "<i>x</i>" in flat and "=1+1" in flat
    assert b"/URI" not in out.getvalue()  # no link was made


def test_the_workbook_has_one_row_per_guest_with_the_columns(tmp_path: Path) -> None:
    out = tmp_path / "rooms.xlsx"
    assert build_rooming_xlsx(_data(hostile=True), out, RoomingXlsxOptions("de")) == 5
    assert [p.name for p in tmp_path.iterdir()] == ["rooms.xlsx"]  # no temporary file left
    sheet = load_workbook(out).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows.index(
        [
            "Hotel",
            "Zimmer",
            "Zimmerart",
            "Name",
            "Originalschrift",
            "Funktion",
            "Anreise",
            "Abreise",
            "Teilt mit",
            "Besondere Wünsche",
            "Hinweis",
        ]
    )
    assert len(COLUMNS) == len(rows[header])
    # The header row is bold, frozen and filtered.
    assert sheet.cell(row=header + 1, column=1).font.b
    assert sheet.freeze_panes == f"A{header + 2}"
    assert sheet.auto_filter.ref == f"A{header + 1}:K{header + 1 + 5}"
    body = rows[header + 1 :]
    assert [row[1] for row in body] == ["302", "305", "305", "305", None]
    kang = body[0]
    assert kang[2:6] == ["Suite", "Kang Gi-jung", "강기정", "Bürgermeister"]
    assert kang[6] == datetime(2023, 7, 25, 17, 40) and kang[7] == datetime(2023, 7, 27, 9, 15)
    assert kang[9] == "Late check-out"
    assert body[1][8].startswith("Park Ji, ")
    evil = body[3]
    # Formula-looking text is neutralised and kept as text.
    assert evil[9] == "'=1+1"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert body[1][10] == "überbelegt" and body[4][10] == "Noch ohne Zimmer"
    assert any(
        "Zimmer 305 (Zweibettzimmer, für 2) ist mit 3 Personen belegt" in str(r[0])
        for r in rows[:header]
    )
    assert "Version 3" in " ".join(str(r[0]) for r in rows[:header])


def test_sheet_names_and_room_order() -> None:
    taken: set[str] = set()
    assert sheet_title("Hotel [A]: *Ring*?", taken) == "Hotel A Ring"
    assert sheet_title("Hotel [A]: *Ring*?", taken) == "Hotel A Ring (2)"
    assert len(sheet_title("x" * 80, taken)) == 31
    assert sorted(["10", "9", "2a", "2", "B1"], key=room_sort_key) == ["2", "2a", "9", "10", "B1"]


def test_long_special_requests_follow_the_table(tmp_path: Path) -> None:
    import dataclasses
    import time

    data = _data()
    hotel = data.hotels[0]
    kang = dataclasses.replace(
        hotel.rooms[0].guests[0], special_requests="\n".join(f"Zeile {i}" for i in range(3000))
    )
    rooms = (dataclasses.replace(hotel.rooms[0], guests=(kang,)), *hotel.rooms[1:])
    data = dataclasses.replace(data, hotels=(dataclasses.replace(hotel, rooms=rooms),))
    out = tmp_path / "long.pdf"
    started = time.monotonic()
    pages = build_rooming_list(data, out, RoomingListOptions("de"))
    assert pages > 10 and time.monotonic() - started < 30
    text = _text(out)
    assert "siehe unten (1)" in text
    assert "(1) Besondere Wünsche: 302, Kang Gi-jung" in text
    assert text.index("Zeile 0 Zeile 1") > text.index("(1) Besondere Wünsche")
    assert "Zeile 2999" in text
