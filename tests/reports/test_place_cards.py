"""Place cards read back from the PDF: both scripts, family name first, both faces, fit, ink."""

from __future__ import annotations

import io

import pytest
from card_people import (
    JUNG,
    KANG,
    PARK,
    SCHREIBER,
    card,
    cards_data,
    drawn,
    reader,
    reddish,
    several,
    text,
    text_fill_colours,
)
from reportlab.lib.units import mm

from exchange_planner.reports.cards import SheetStats
from exchange_planner.reports.data import PersonInfo
from exchange_planner.reports.layouts import PLACE_CARD_LAYOUTS, layout
from exchange_planner.reports.place_cards import build_place_cards

A4_POINTS = (595.28, 841.89)


def _pdf(data, lang: str = "de+ko", layout_key: str = "a4-2", stats=None) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    build_place_cards(data, out, layout_key=layout_key, lang=lang, stats=stats)
    return out.getvalue()


def test_korean_guest_in_hangul_and_latin_family_name_first_title_in_both_languages() -> None:
    pdf = _pdf(cards_data(card(KANG), card(JUNG, "host")), "de+ko")
    content = text(pdf)
    assert content.count("강기정") == 2  # on both faces
    assert content.count("Kang Gi-jung") == 2
    assert "Gi-jung Kang" not in content
    assert content.count("Oberbürgermeister der Metropolstadt Gwangju") == 2
    assert content.count("광주광역시장") == 2
    # The host: the Latin name large, his Hangul transcription for the Korean guests.
    assert content.count("Burkhard Jung") == 2 and content.count("부르크하르트 융") == 2
    assert "라이프치히 시장" in content


@pytest.mark.parametrize(
    ("lang", "shown", "absent"),
    [
        ("ko", ["광주광역시장", "라이프치히 시장"], ["Oberbürgermeister", "Mayor"]),
        ("en", ["Mayor of Gwangju Metropolitan City", "Lord Mayor of Leipzig"], ["광주광역시장"]),
        (
            "de+en",
            ["Oberbürgermeister der Stadt Leipzig", "Lord Mayor of Leipzig"],
            ["라이프치히 시장", "부르크하르트 융"],
        ),
    ],
)
def test_titles_in_the_cards_languages(lang: str, shown: list[str], absent: list[str]) -> None:
    content = text(_pdf(cards_data(card(KANG), card(JUNG, "host")), lang))
    for piece in shown:
        assert piece in content, piece
    for piece in absent:
        assert piece not in content, piece
    # Whatever the language, a Korean name keeps both scripts.
    assert "강기정" in content and "Kang Gi-jung" in content


@pytest.mark.parametrize(
    ("key", "people", "pages"), [("a4-2", 5, 3), ("a4-4", 5, 2), ("a4-4", 8, 2)]
)
def test_page_count_and_a4_media_box(key: str, people: int, pages: int) -> None:
    pdf = _pdf(several(people), layout_key=key)
    document = reader(pdf)
    assert len(document.pages) == pages
    for page in document.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == A4_POINTS
    assert text(pdf).count("Given4 Family4") == 2


@pytest.mark.parametrize("key", list(PLACE_CARD_LAYOUTS))
def test_both_faces_carry_the_name_the_upper_one_upside_down(key: str) -> None:
    chosen = layout(key, "place_card")
    page = reader(_pdf(cards_data(card(KANG), card(PARK)), layout_key=key)).pages[0]
    height = A4_POINTS[1]
    fold = height - chosen.fold_lines()[0] * mm  # the first row's fold, from the bottom
    card_top = height - chosen.top * mm
    card_bottom = height - (chosen.top + chosen.card_height) * mm
    names = [piece for piece in drawn(page) if piece.text == "Kang Gi-jung"]
    assert len(names) == 2
    upright = [piece for piece in names if not piece.upside_down]
    turned = [piece for piece in names if piece.upside_down]
    assert len(upright) == len(turned) == 1
    # The upright face below the fold, the turned one above it, on the same card.
    assert card_bottom < upright[0].y < fold < turned[0].y < card_top
    left = chosen.left * mm
    assert left < upright[0].x < left + chosen.card_width * mm
    # Turned, the text runs from right to left: it starts right of where it ends.
    assert left < turned[0].x < left + chosen.card_width * mm


def test_no_red_ink_for_names_every_text_in_black_or_grey() -> None:
    pdf = _pdf(cards_data(card(KANG), card(JUNG, "host"), card(SCHREIBER, "host")))
    for page in reader(pdf).pages:
        colours = text_fill_colours(page)
        assert colours
        assert not any(reddish(colour) for colour in colours)
        assert all(max(c) - min(c) < 0.05 for c in colours)  # neutral: black or grey
    # The names themselves in black.
    page = reader(pdf).pages[0]
    pieces = drawn(page)
    colours = text_fill_colours(page)
    assert len(pieces) == len(colours)
    for piece, colour in zip(pieces, colours, strict=True):
        if piece.text in ("강기정", "Kang Gi-jung", "Burkhard Jung"):
            assert colour == (0.0, 0.0, 0.0), piece


@pytest.mark.parametrize("key", list(PLACE_CARD_LAYOUTS))
def test_a_100_character_name_shrinks_to_fit_its_card(key: str) -> None:
    long = PersonInfo(9, "Wolkenstein" * 5 + "W" * 45, "Maximilian", title="Gast")
    assert len(f"Maximilian {long.family_name}") == 111
    single = PersonInfo(10, "W" * 100, "", title="Gast")
    stats = SheetStats()
    pdf = _pdf(cards_data(card(long, "host"), card(single, "host")), layout_key=key, stats=stats)
    chosen = layout(key, "place_card")
    name = next(e for e in chosen.elements if e.field == "name")
    assert stats.smallest["name"] < name.font_size
    content = text(pdf).replace("\n", "")
    assert content.count("W" * 100) >= 2  # printed whole, not cut
    page = reader(pdf).pages[0]
    fonts_width = _widths(page)
    columns = [chosen.card_origin(index)[0] * mm for index in range(chosen.columns)]
    checked = 0
    for piece, width in fonts_width:
        if "WWWW" in piece.text:
            left = piece.x if not piece.upside_down else piece.x - width
            card_left = max(x for x in columns if x <= left + width / 2)
            assert card_left <= left
            assert left + width <= card_left + chosen.card_width * mm
            checked += 1
    assert checked >= 4


def _widths(page):  # type: ignore[no-untyped-def]
    """Drawn pieces with their widths, measured in the documents' fonts."""
    from exchange_planner.reports.fonts import font_set

    fonts = font_set()
    return [(piece, fonts.string_width(piece.text, piece.size, bold=True)) for piece in drawn(page)]


def test_seat_printed_small_on_the_back_face_when_seated() -> None:
    content = text(_pdf(cards_data(card(KANG, table="1", seat=2)), "de+ko"))
    assert "Tisch 1 · Platz 2" in content
    assert content.count("Tisch 1") == 1


def _dashed_lines(page) -> list[tuple[float, float, float, float]]:  # type: ignore[no-untyped-def]
    """Straight lines (x0, y0, x1, y1 in points) stroked while a dash pattern is set."""
    from pypdf.generic import ContentStream

    lines: list[tuple[float, float, float, float]] = []
    dashed = False
    start: tuple[float, float] | None = None
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"d":
            dashed = bool(operands[0])
        elif operator == b"m":
            start = (float(operands[0]), float(operands[1]))
        elif operator == b"l" and start is not None and dashed:
            lines.append((*start, float(operands[0]), float(operands[1])))
    return lines


@pytest.mark.parametrize("key", list(PLACE_CARD_LAYOUTS))
def test_fold_lines_are_drawn_dashed_across_each_card_where_stated(key: str) -> None:
    chosen = layout(key, "place_card")
    page = reader(_pdf(several(chosen.per_page), layout_key=key)).pages[0]
    lines = _dashed_lines(page)
    height = A4_POINTS[1]
    for fold in (81.0, 216.0):  # docs/protocol.md, "Place cards and name badges"
        y = height - fold * mm
        across = [line for line in lines if abs(line[1] - y) < 0.01 and abs(line[3] - y) < 0.01]
        assert len(across) == chosen.columns, (key, fold)
        for x0, _, x1, _ in across:
            assert round((x1 - x0) / mm, 2) == chosen.card_width


def test_place_cards_are_pdfa_and_reproducible() -> None:
    from test_pdfa import check_archival

    data = cards_data(card(KANG), card(JUNG, "host"))
    first, second = _pdf(data, "ko"), _pdf(data, "ko")
    assert first == second
    archival = check_archival(first, "ko")
    assert archival.title == "좌석 명패: Begrüßungsabendessen"


def test_markup_in_names_and_titles_prints_literally() -> None:
    hostile = PersonInfo(
        11, "<b>Bold</b> & Co", "<img src='/etc/hostname'/>", title='<font name="x">Titel</font>'
    )
    content = text(_pdf(cards_data(card(hostile, "host")), "de")).replace("\n", "")
    assert "<img src='/etc/hostname'/> <b>Bold</b> & Co" in content
    assert '<font name="x">Titel</font>' in content
