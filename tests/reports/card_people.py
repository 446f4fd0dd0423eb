"""Plain data of place cards and badges, and readers of what their PDFs draw."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream

from exchange_planner.domain.texts import Translations
from exchange_planner.reports.cards import CardPerson, CardsData
from exchange_planner.reports.data import PersonInfo

GWANGJU = (("de", "Gwangju"), ("en", "Gwangju"), ("ko", "광주"))
LEIPZIG = (("de", "Leipzig"), ("en", "Leipzig"), ("ko", "라이프치히"))

KANG = PersonInfo(
    1,
    "Kang",
    "Gi-jung",
    "강기정",
    "family_first",
    title="광주광역시장",
    organisation="광주광역시",
    original_language="ko",
    translations=Translations(
        {
            "title": {
                "de": "Oberbürgermeister der Metropolstadt Gwangju",
                "en": "Mayor of Gwangju Metropolitan City",
            },
            "organisation": {"de": "Metropolstadt Gwangju", "en": "Gwangju Metropolitan City"},
        }
    ),
)
JUNG = PersonInfo(
    2,
    "Jung",
    "Burkhard",
    "부르크하르트 융",
    "given_first",
    title="Oberbürgermeister der Stadt Leipzig",
    organisation="Stadt Leipzig",
    translations=Translations(
        {
            "title": {"ko": "라이프치히 시장", "en": "Lord Mayor of Leipzig"},
            "organisation": {"ko": "라이프치히시", "en": "City of Leipzig"},
        }
    ),
)
PARK = PersonInfo(3, "Park", "Ji-won", "박지원", "family_first", title="부시장")
SCHREIBER = PersonInfo(4, "Schreiber", "Anna", title="Referentin", organisation="Referat IB")


def card(person: PersonInfo, side: str = "delegation", table: str = "", seat: int | None = None):  # type: ignore[no-untyped-def]
    city = GWANGJU if side == "delegation" else LEIPZIG
    return CardPerson(person, side, city, dict(city)["de"], table, seat)


def cards_data(*people: CardPerson, band_colours: tuple[tuple[str, str], ...] = ()) -> CardsData:
    return CardsData(
        tuple(people),
        visit_title="Offizieller Besuch der Delegation aus Gwangju",
        occasion="Begrüßungsabendessen",
        home_city="Leipzig",
        partner_city="Gwangju",
        partner_city_native="광주",
        band_colours=band_colours,
    )


def several(count: int) -> CardsData:
    """``count`` cards of made-up people, alternating sides."""
    people = []
    for number in range(count):
        person = PersonInfo(100 + number, f"Family{number}", f"Given{number}", title="Gast")
        people.append(card(person, "delegation" if number % 2 else "host"))
    return cards_data(*people)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


@dataclass(frozen=True)
class Drawn:
    """A piece of text as drawn: where it starts (points, from the page's bottom-left),
    whether it is turned upside down, its size."""

    text: str
    x: float
    y: float
    upside_down: bool
    size: float


def drawn(page) -> list[Drawn]:  # type: ignore[no-untyped-def]
    pieces: list[Drawn] = []

    def visit(value, cm, tm, _font, size):  # type: ignore[no-untyped-def]
        value = value.strip()
        if not value:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append(Drawn(value, x, y, cm[0] * tm[0] < 0, size))

    page.extract_text(visitor_text=visit)
    return pieces


def text_fill_colours(page) -> list[tuple[float, float, float]]:  # type: ignore[no-untyped-def]
    """The fill colour in effect at every text-showing operator of the page."""
    stream = ContentStream(page.get_contents(), page.pdf)
    colour = (0.0, 0.0, 0.0)
    saved: list[tuple[float, float, float]] = []
    used: list[tuple[float, float, float]] = []
    for operands, operator in stream.operations:
        if operator == b"q":
            saved.append(colour)
        elif operator == b"Q":
            colour = saved.pop()
        elif operator == b"rg":
            colour = tuple(round(float(value), 3) for value in operands)  # type: ignore[assignment]
        elif operator == b"g":
            colour = (round(float(operands[0]), 3),) * 3  # type: ignore[assignment]
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            used.append(colour)
    return used


def fill_colours(page) -> set[tuple[float, float, float]]:  # type: ignore[no-untyped-def]
    """Every fill colour the page sets."""
    stream = ContentStream(page.get_contents(), page.pdf)
    return {
        tuple(round(float(value), 3) for value in operands)  # type: ignore[misc]
        for operands, operator in stream.operations
        if operator == b"rg"
    }


def reddish(colour: tuple[float, float, float]) -> bool:
    red, green, blue = colour
    return red > 0.45 and red - max(green, blue) > 0.2
