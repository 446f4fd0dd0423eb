"""Name badges read back from the PDF: names, titles, delegation bands, sheets and grids."""

from __future__ import annotations

import io

import pytest
from card_people import (
    JUNG,
    KANG,
    PARK,
    card,
    cards_data,
    drawn,
    fill_colours,
    reader,
    reddish,
    several,
    text,
    text_fill_colours,
)
from reportlab.lib.units import mm

from exchange_planner.domain.contrast import TEXT_CONTRAST, contrast_ratio, readable_pair, rgb
from exchange_planner.reports.badges import build_badges
from exchange_planner.reports.layouts import BADGE_LAYOUTS, LayoutError, layout


def _pdf(data, lang: str = "de+ko", layout_key: str = "a6") -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    build_badges(data, out, layout_key=layout_key, lang=lang)
    return out.getvalue()


def _flat(pdf: bytes) -> str:
    """The text without the line breaks pypdf puts between font runs."""
    return text(pdf).replace("\n", "")


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(round(channel / 255, 3) for channel in rgb(colour))  # type: ignore[return-value]


@pytest.mark.parametrize("key", list(BADGE_LAYOUTS))
def test_name_title_organisation_and_delegation_in_both_languages(key: str) -> None:
    content = _flat(_pdf(cards_data(card(KANG), card(JUNG, "host")), "de+ko", key))
    for piece in (
        "강기정",
        "Kang Gi-jung",
        "Oberbürgermeister der Metropolstadt Gwangju",
        "광주광역시장",
        "Metropolstadt Gwangju",
        "광주광역시",
        "Gwangju / 광주",
        "Burkhard Jung",
        "부르크하르트 융",
        "Oberbürgermeister der Stadt Leipzig",
        "라이프치히 시장",
        "Leipzig / 라이프치히",
    ):
        assert piece in content, (key, piece)
    assert "Gi-jung Kang" not in content


def test_english_badges_name_the_city_once() -> None:
    content = _flat(_pdf(cards_data(card(KANG), card(JUNG, "host")), "en"))
    assert "Mayor of Gwangju Metropolitan City" in content and "City of Leipzig" in content
    assert "광주광역시장" not in content and "부르크하르트 융" not in content
    assert "Gwangju" in content and "Gwangju / " not in content
    assert "강기정" in content  # a Korean name keeps its Hangul line


@pytest.mark.parametrize(
    ("key", "people", "pages", "size"),
    [
        ("a6", 11, 11, (297.64, 419.53)),
        ("avery-l4785", 11, 2, (595.28, 841.89)),
        ("avery-c32011", 10, 1, (595.28, 841.89)),
        ("avery-l7414", 21, 3, (595.28, 841.89)),
    ],
)
def test_page_count_and_media_box(
    key: str, people: int, pages: int, size: tuple[float, float]
) -> None:
    document = reader(_pdf(several(people), layout_key=key))
    assert len(document.pages) == pages
    for page in document.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == size


@pytest.mark.parametrize("key", ["avery-l4785", "avery-c32011", "avery-l7414"])
def test_label_sheets_put_each_badge_in_its_label(key: str) -> None:
    chosen = layout(key, "badge")
    page = reader(_pdf(several(10), layout_key=key)).pages[0]
    height = chosen.page_height * mm
    for number in range(10):
        left, top = chosen.card_origin(number)
        pieces = [p for p in drawn(page) if p.text == f"Given{number} Family{number}"]
        assert len(pieces) == 1, number
        name = pieces[0]
        assert left * mm < name.x < (left + chosen.card_width) * mm
        assert height - (top + chosen.card_height) * mm < name.y < height - top * mm


def test_the_two_sides_have_bands_of_clearly_different_colours_readable_text() -> None:
    chosen = layout("a6", "badge")
    guests, hosts = chosen.band_colour("delegation"), chosen.band_colour("host")
    assert contrast_ratio(guests, hosts) >= 3.0  # apart in greyscale print too
    pdf = _pdf(cards_data(card(KANG), card(JUNG, "host")), "de+ko")
    guest_page, host_page = reader(pdf).pages
    guest_fill, guest_text = readable_pair(guests)
    host_fill, host_text = readable_pair(hosts)
    assert contrast_ratio(guest_fill, guest_text) >= TEXT_CONTRAST
    assert contrast_ratio(host_fill, host_text) >= TEXT_CONTRAST
    assert _rgb(guest_fill) in fill_colours(guest_page)
    assert _rgb(guest_fill) not in fill_colours(host_page)
    assert _rgb(host_fill) in fill_colours(host_page)
    # The band's text in the colour that reads on it.
    pieces = drawn(guest_page)
    colours = text_fill_colours(guest_page)
    band = [c for p, c in zip(pieces, colours, strict=True) if p.text.startswith("Gwangju")]
    assert band == [_rgb(guest_text)]
    names = [
        c for p, c in zip(pieces, colours, strict=True) if p.text in ("강기정", "Kang Gi-jung")
    ]
    assert names == [(0.0, 0.0, 0.0)] * 2
    assert not any(reddish(colour) for colour in colours)


def test_band_colours_from_the_data_replace_the_layouts() -> None:
    data = cards_data(
        card(PARK),
        card(JUNG, "host"),
        band_colours=(("delegation", "#ffd400"), ("host", "#004d40")),
    )
    guest_page, host_page = reader(_pdf(data)).pages
    assert _rgb("#ffd400") in fill_colours(guest_page)
    assert _rgb("#004d40") in fill_colours(host_page)
    # Black text on the yellow band, white on the dark green one.
    guest = dict(
        zip([p.text for p in drawn(guest_page)], text_fill_colours(guest_page), strict=True)
    )
    host = dict(zip([p.text for p in drawn(host_page)], text_fill_colours(host_page), strict=True))
    assert contrast_ratio("#ffd400", readable_pair("#ffd400")[1]) >= TEXT_CONTRAST
    assert guest["Gwangju /"] == _rgb(readable_pair("#ffd400")[1])
    assert host["Leipzig /"] == (1.0, 1.0, 1.0)


def test_a_place_card_layout_is_no_badge_layout() -> None:
    with pytest.raises(LayoutError, match="not a badge layout"):
        _pdf(several(1), layout_key="a4-2")


def test_badges_are_pdfa_and_reproducible() -> None:
    from test_pdfa import check_archival

    data = cards_data(card(KANG), card(JUNG, "host"))
    first, second = _pdf(data, "de+en", "avery-l7414"), _pdf(data, "de+en", "avery-l7414")
    assert first == second
    archival = check_archival(first, "de")
    assert archival.title.startswith("Namensschilder / Name badges: Offizieller Besuch")
