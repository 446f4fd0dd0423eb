"""The seating plan read back from the PDF: names at the tables, marks, the entrance list."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from exchange_planner.domain.enums import TableShape
from exchange_planner.domain.seating import seat_layout, table_outline
from exchange_planner.domain.texts import Translations
from exchange_planner.reports.data import PartnerInfo, PersonInfo
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.precedence_list import ProtocolVisit
from exchange_planner.reports.seating_plan import (
    ItemInfo,
    SeatedPerson,
    SeatingPlanData,
    SeatingPlanOptions,
    SeatingTableData,
    SeatSpotData,
    TableDrawing,
    build_seating_plan,
)
from exchange_planner.reports.templates import content_width, frame_height

VISIT = ProtocolVisit(
    1,
    "Offizieller Besuch der Delegation aus Gwangju",
    date(2023, 7, 25),
    date(2023, 7, 28),
    "Leipzig",
    (("ko", "라이프치히"),),
    PartnerInfo(
        "Gwangju",
        "광주",
        "South Korea",
        translations=Translations({"partner_city": {"ko": "광주"}}),
    ),
)
ITEM = ItemInfo(
    "Begrüßungsabendessen",
    datetime(2023, 7, 25, 17, 0, tzinfo=UTC),
    "Europe/Berlin",
    "Auerbachs Keller",
    translations=Translations({"title": {"ko": "환영 만찬", "en": "Welcome dinner"}}),
)
JUNG = PersonInfo(1, "Jung", "Burkhard", title="Oberbürgermeister")
KANG = PersonInfo(
    2, "Kang", "Gi-jung", "강기정", "family_first", title="광주광역시장", original_language="ko"
)
BAEK = PersonInfo(
    3, "Baek", "Seo-yeon", "백서연", "family_first", title="통역사", original_language="ko"
)
MUELLER = PersonInfo(4, "Müller", "Jiyoung", title="Dolmetscherin")
ADLER = PersonInfo(5, "Adler", "Anna", title="Stadträtin <b>&</b>")
YOON = PersonInfo(
    6, "Yoon", "Ji-woo", "윤지우", "family_first", title="시의원", original_language="ko"
)
CHOI = PersonInfo(
    7, "Choi", "Eun-ji", "최은지", "family_first", title="국장", original_language="ko"
)


def table(
    label: str, shape: TableShape, seats: int, people: list[tuple[PersonInfo, str, int, bool]]
) -> SeatingTableData:
    """A table laid out by ``domain.seating`` with ``people`` as (person, side, seat, behind)."""
    spots, (width, height) = seat_layout(shape, seats)
    return SeatingTableData(
        label,
        shape.value,
        seats,
        width,
        height,
        tuple(SeatSpotData(s.seat, s.x, s.y, s.facing) for s in spots),
        tuple(SeatedPerson(p, side, seat, behind) for p, side, seat, behind in people),
        tuple(table_outline(shape, seats)),
    )


def dinner(**changes: object) -> SeatingPlanData:
    first = table(
        "1",
        TableShape.ROUND,
        8,
        [
            (JUNG, "host", 1, False),
            (KANG, "delegation", 8, False),  # the host's right
            (BAEK, "delegation", 7, False),
            (MUELLER, "host", 2, False),
            (YOON, "delegation", 5, False),
        ],
    )
    second = table(
        "Ehrentisch",
        TableShape.LONG,
        10,
        [(ADLER, "host", 1, False), (CHOI, "delegation", 2, False)],
    )
    values: dict[str, object] = {
        "visit": VISIT,
        "item": ITEM,
        "tables": (first, second),
        "as_of": date(2023, 7, 20),
        "host_id": JUNG.id,
        "guest_of_honour_id": KANG.id,
    }
    values.update(changes)
    return SeatingPlanData(**values)  # type: ignore[arg-type]


def _pages(data: SeatingPlanData, lang: str) -> list[str]:
    out = io.BytesIO()
    build_seating_plan(data, out, SeatingPlanOptions(lang))
    return [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]


def _entrance(pages: list[str], heading: str) -> str:
    text = " ".join(pages)
    return text[text.index(heading) :]


def _in_order(text: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order in {text!r}"
        position = found + len(piece)


def test_drawing_names_everyone_at_their_table_in_both_scripts() -> None:
    pages = _pages(dinner(), "de")
    first = pages[0]
    _in_order(first, ["Sitzordnung", "Begrüßungsabendessen", "25. Juli 2023, 19:00"])
    for piece in ("Tisch 1", "◆ Burkhard Jung", "★ Kang Gi-jung", "강기정", "Baek Seo-yeon"):
        assert piece in first
    assert "백서연" in first and "Ehrentisch" in " ".join(pages)
    assert "Gi-jung Kang" not in " ".join(pages)
    assert "Internationale Regel: Ehrengast rechts vom Gastgeber" in first


def test_entrance_list_is_alphabetical_by_family_name_with_table_and_seat() -> None:
    entrance = _entrance(_pages(dinner(), "de"), "Wer sitzt wo")
    # Korean and German names mix: family names in capitals, Korean ones first.
    _in_order(
        entrance,
        [
            "Anna ADLER",
            "Ehrentisch 1",
            "BAEK Seo-yeon 백서연",
            "1 7",
            "CHOI Eun-ji 최은지",
            "Ehrentisch 2",
            "Burkhard JUNG",
            "1 1",
            "KANG Gi-jung 강기정",
            "1 8",
            "Jiyoung MÜLLER",
            "1 2",
            "YOON Ji-woo 윤지우",
            "1 5",
        ],
    )
    assert "Stadträtin <b>&</b>" in entrance


def test_korean_entrance_list_sorts_hangul_names_first() -> None:
    pages = _pages(dinner(), "ko")
    assert "좌석 배치도" in pages[0] and "환영 만찬" in pages[0]
    entrance = _entrance(pages, "좌석 안내")
    _in_order(
        entrance,
        ["강기정", "백서연", "윤지우", "최은지", "Anna ADLER", "Burkhard JUNG", "Jiyoung MÜLLER"],
    )


def test_bilingual_plan_and_unseated_guests() -> None:
    pages = _pages(
        dinner(unseated=(PersonInfo(9, "Park", "Su-bin", "박수빈", "family_first"),)), "de+ko"
    )
    assert "Sitzordnung / 좌석 배치도" in pages[0]
    assert "Tisch 1 / 테이블 1 · 8 Plätze / 8석" in pages[0]
    assert "Ohne Platz / 좌석 미배정 (1): Park Su-bin (박수빈)" in pages[0]
    _in_order(_entrance(pages, "Wer sitzt wo / 좌석 안내"), ["KANG Gi-jung 강기정", "1 8"])


def test_interpreter_behind_the_principal() -> None:
    first = table(
        "1", TableShape.ROUND, 6, [(KANG, "delegation", 1, False), (BAEK, "delegation", 1, True)]
    )
    pages = _pages(dinner(tables=(first,)), "en")
    assert "▸ Baek Seo-yeon" in pages[0]
    # Korean names only: no capitals needed to tell the family name.
    _in_order(_entrance(pages, "Who sits where"), ["Baek Seo-yeon", "behind seat 1", "Kang"])


@pytest.mark.parametrize(
    ("shape", "seats"),
    [(TableShape.ROUND, 40), (TableShape.LONG, 80), (TableShape.U_SHAPE, 60)],
)
def test_large_tables_fit_the_page_and_stay_readable(shape: TableShape, seats: int) -> None:
    people = [
        (
            PersonInfo(100 + n, f"Family{n:02d}", f"Given{n}"),
            "host" if n % 2 else "delegation",
            n,
            False,
        )
        for n in range(1, seats + 1)
    ]
    data = dinner(tables=(table("9", shape, seats, people),))
    drawing = TableDrawing(
        data.tables[0],
        font_set(None),
        Language("de"),
        width=content_width(),
        max_height=frame_height() - 12 * 2.835,
    )
    assert drawing.height <= frame_height() and drawing.width <= content_width()
    assert drawing.names_fit and drawing.name_size >= 5.2
    pages = _pages(data, "de")
    # The drawing names every guest on one page (the second: it does not fit under the
    # heading); the entrance list follows on the next.
    drawn = [page for page in pages if "Tisch 9" in page]
    assert len(drawn) == 1 and "Wer sitzt wo" not in drawn[0]
    assert all(f"Given{n} Family{n:02d}" in drawn[0] for n in range(1, seats + 1))


def test_a_table_too_crowded_for_names_lists_its_seats() -> None:
    # Two lines a name (Latin and Hangul) round a table of 80.
    people = [
        (
            PersonInfo(100 + n, f"Kim{n:02d}", f"Given{n}", f"김{n}", "family_first"),
            "host",
            n,
            False,
        )
        for n in range(1, 81)
    ]
    data = dinner(tables=(table("9", TableShape.ROUND, 80, people),))
    pages = _pages(data, "en")
    text = " ".join(pages)
    _in_order(text, ["Table 9", "Seat Name", "1 Kim01 Given1 · 김1", "80 Kim80 Given80 · 김80"])


@pytest.mark.parametrize("lang", ["de", "en", "ko", "de+ko", "de+en"])
def test_every_language_prints(lang: str) -> None:
    assert "강기정" in " ".join(_pages(dinner(), lang))


def test_seating_plan_is_pdfa_and_reprints_the_same_bytes() -> None:
    from test_pdfa import check_archival

    from exchange_planner.reports import archive

    def pdf() -> bytes:
        out = io.BytesIO()
        build_seating_plan(dinner(), out, SeatingPlanOptions("de+ko"))
        return out.getvalue()

    with archive.reproducible():
        first, second = pdf(), pdf()
    assert first == second
    archival = check_archival(first, "de")
    assert archival.title == "Sitzordnung / 좌석 배치도: Begrüßungsabendessen / 환영 만찬"


def test_user_text_prints_literally_in_drawing_and_lists() -> None:
    hostile = PersonInfo(8, "<b>Bold</b>", "A & B", title='<img src="/etc/hostname"/>')
    first = table("<i>Ehrentisch</i>", TableShape.ROUND, 4, [(hostile, "host", 1, False)])
    text = " ".join(_pages(dinner(tables=(first,)), "en"))
    assert text.count("<i>Ehrentisch</i>") >= 3  # heading, drawing, entrance list
    assert text.count("A & B <b>Bold</b>") == 2  # drawing and entrance list
    assert '<img src="/etc/hostname' in text  # the title cell wraps before its end
