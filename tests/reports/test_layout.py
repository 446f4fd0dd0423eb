"""Page layout of the printed documents, read back with pypdf: running headers, continued
days and tables, blocks kept with their headings, the gift protocol's flow, the balance's
columns. The long visit (42 items over six days) is built in ``layout_visit``."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest
from layout_visit import long_visit, many_gifts
from pypdf import PdfReader
from reportlab.lib.units import mm

from exchange_planner.reports import styles as st
from exchange_planner.reports.balance import BALANCE_LABELS, KEYS, build_balance_pdf
from exchange_planner.reports.data import NO_TRANSLATIONS, GiftProtocolData, ItineraryData
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.gifts import GiftProtocolOptions, build_gift_protocol
from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary
from exchange_planner.reports.templates import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    content_width,
)
from exchange_planner.services.registry import Services

AS_OF = datetime(2023, 7, 20, 8, 30, tzinfo=UTC)
BALANCE_AS_OF = date(2024, 8, 20)
PAGE_HEIGHT = 841.89  # A4 portrait, points
#: Room between the running header's title and its dates.
HEADER_GAP = 8 * mm


@dataclass
class Line:
    """A line of text as drawn (a paragraph's line, a cell's line, a header's text): where
    it starts and ends on the page, in which size and weight."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    right: float = 0.0

    def measure(self) -> None:
        self.right = self.x + font_set().string_width(self.text, self.size, bold=self.bold)


def lines(page) -> list[Line]:  # type: ignore[no-untyped-def]
    """The page's lines top to bottom, left to right.

    ReportLab draws a paragraph's line as one text object whose pieces (font runs, words)
    pypdf reports at the line's start; text drawn on the canvas (the running header) comes
    as pieces each at its own place. Both are joined into lines here."""
    found: list[Line] = []
    font_size = [0.0]

    def operator(op, args, cm, tm):  # type: ignore[no-untyped-def]
        if op == b"Tf":
            font_size[0] = float(args[1])

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        text = text.replace("\n", "")
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        bold = "Bold" in (str(font.get("/BaseFont", "")) if font else "")
        last = found[-1] if found else None
        if (
            last is not None
            and abs(last.y - y) < 0.5
            and (abs(x - last.x) < 0.01 or abs(x - last.right) < 1.0)
        ):
            last.text += text
            last.bold = last.bold or bold
        else:
            found.append(Line(text, x, y, font_size[0] * cm[0], bold))
        found[-1].measure()

    page.extract_text(visitor_operand_before=operator, visitor_text=visit)
    for line in found:
        line.text = line.text.strip()
    shown = [line for line in found if line.text]
    return sorted(shown, key=lambda line: (-round(line.y), line.x))


def header(page) -> str:  # type: ignore[no-untyped-def]
    """The running header's left text."""
    top = PAGE_HEIGHT - MARGIN_TOP
    return next(line.text for line in lines(page) if line.y > top and abs(line.x - MARGIN_X) < 1)


def header_right(page) -> Line:  # type: ignore[no-untyped-def]
    top = PAGE_HEIGHT - MARGIN_TOP
    return next(line for line in lines(page) if line.y > top and line.x > MARGIN_X + 1)


def body(page) -> list[Line]:  # type: ignore[no-untyped-def]
    """The page's lines between running header and footer."""
    return [line for line in lines(page) if MARGIN_BOTTOM - 1 < line.y < PAGE_HEIGHT - MARGIN_TOP]


def body_lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [line.text for line in body(page)]


def reader(build) -> PdfReader:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    build(out)
    return PdfReader(io.BytesIO(out.getvalue()))


@pytest.fixture
def sample(services: Services, sample_ids: dict[str, int]) -> ItineraryData:
    return services.documents.itinerary(sample_ids["visit"], now=AS_OF)


@pytest.fixture
def gifts(services: Services, sample_ids: dict[str, int]) -> GiftProtocolData:
    return services.documents.gift_protocol(visit_id=sample_ids["visit"], now=AS_OF)


# --- running headers -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "Besuchsprogramm: Offizieller Besuch der Delegation aus Gwangju"),
        ("en", "Itinerary: Official visit of the Gwangju delegation"),
        ("ko", "방문 일정: 광주광역시 대표단 공식 방문"),
    ],
)
def test_header_shows_the_whole_title_where_it_fits(sample, lang, expected) -> None:  # type: ignore[no-untyped-def]
    pdf = reader(lambda out: build_itinerary(sample, out, ItineraryOptions(lang=lang)))
    for page in pdf.pages[1:]:
        assert header(page) == expected


@pytest.mark.parametrize("lang", ["de", "ko", "de+ko"])
def test_long_title_is_shortened_not_the_document_name(sample, lang) -> None:  # type: ignore[no-untyped-def]
    title = "Arbeitsbesuch 한국어 " * 20
    data = replace(sample, title=title.strip(), translations=NO_TRANSLATIONS)
    pdf = reader(lambda out: build_itinerary(data, out, ItineraryOptions(lang=lang)))
    name = {"de": "Besuchsprogramm", "ko": "방문 일정", "de+ko": "Besuchsprogramm / 방문 일정"}[
        lang
    ]
    text = header(pdf.pages[1])
    assert text.startswith(f"{name}: Arbeitsbesuch 한국어 Arbeitsbesuch")
    assert text.endswith("…")
    # As much of the title as the width leaves, measured in the document's fonts: the
    # header ends near the dates on the right (not at a fixed ~45 characters).
    fonts = font_set()
    width = fonts.string_width(text, st.HEADER_SIZE)
    dates = header_right(pdf.pages[1]).text
    assert dates == "25. Juli 2023 – 27. Juli 2023" if lang == "de" else dates
    room = content_width() - fonts.string_width(dates, st.HEADER_SIZE) - HEADER_GAP
    assert room - 3 * st.HEADER_SIZE < width <= room
    assert len(text) > 60


def test_personal_header_keeps_the_name_of_its_person(services, sample_ids) -> None:  # type: ignore[no-untyped-def]
    person = services.documents.member_ids(sample_ids["visit"])[0]
    data = services.documents.itinerary(sample_ids["visit"], person_id=person, now=AS_OF)
    data = replace(data, title="Arbeitsbesuch " * 12)
    pdf = reader(lambda out: build_itinerary(data, out, ItineraryOptions(lang="de")))
    text = header(pdf.pages[1])
    assert text.startswith("Persönliches Programm: Arbeitsbesuch")
    assert "…" in text and text.endswith("— Kang Gi-jung (강기정)")


# --- continued days and tables ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "marks"),
    [
        ("de", ["(Fortsetzung)"]),
        ("en", ["(continued)"]),
        ("ko", ["(계속)"]),
        ("de+ko", ["(Fortsetzung)", "(계속)"]),
    ],
)
def test_a_day_continued_on_a_new_page_says_so(sample, lang, marks) -> None:  # type: ignore[no-untyped-def]
    pdf = reader(lambda out: build_itinerary(long_visit(sample), out, ItineraryOptions(lang=lang)))
    seen: list[str] = []  # the day headings printed so far
    continued = 0
    for number, page in enumerate(pdf.pages):
        body = body_lines(page)
        for line in body:
            if marks[0] in line:
                # Only at a page's top, for a day begun on an earlier page.
                assert line == body[0], (number, line)
                assert all(mark in line for mark in marks), line
                day = line.split(f" {marks[0]}")[0]
                assert any(heading.startswith(day) for heading in seen), line
                continued += 1
            elif any(line.startswith(day) for day in _weekdays(lang)):
                seen.append(line)
    assert continued >= 2  # the long visit has days running over a page


def _weekdays(lang: str) -> list[str]:
    names = {
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "ko": ["2023년"],
    }
    return names[lang.split("+")[0]]


# --- small blocks kept with their headings ---------------------------------------------------
@pytest.mark.parametrize("lang", ["de", "de+ko"])
@pytest.mark.parametrize("items", range(12, 43, 2))
def test_hotel_block_stands_with_its_heading(sample, lang, items) -> None:  # type: ignore[no-untyped-def]
    """However long the program, the hotel's heading and its lines share a page, and that
    page holds more than the hotel block alone (the interpreters go with it)."""
    data = long_visit(sample)
    data = replace(data, program=data.program[:items])
    pdf = reader(lambda out: build_itinerary(data, out, ItineraryOptions(lang=lang)))
    pages = [body(page) for page in pdf.pages]
    name = {"de": "Hotel", "de+ko": "Hotel / 호텔"}[lang]
    # The lines in reading order, with their page; the hotel block follows its heading.
    flow = [(n, line) for n, page in enumerate(pages) for line in page]
    start = next(i for i, (_, line) in enumerate(flow) if line.text == name and line.size == 12)
    heading = flow[start][0]
    lines_at = {
        next(n for n, line in flow[start:] if line.text.startswith(text))
        for text in ("Hotel am Ring", "Richard-Wagner-Straße 1", "Rezeption +49")
    }
    assert lines_at == {heading}, (heading, lines_at)
    assert pages[heading][0].text != name, "the hotel block stands alone on its page"


# --- gift protocol ---------------------------------------------------------------------------
@pytest.mark.parametrize("given", range(1, 7))
def test_received_gifts_follow_the_given_ones_where_they_fit(gifts, given) -> None:  # type: ignore[no-untyped-def]
    """With short entries, "Erhaltene Geschenke" starts a new page only when its heading and
    first entry do not fit below the given gifts."""
    short = replace(
        many_gifts(gifts, given, 1),
        gifts=tuple(
            replace(g, giver=None, recipient=None, flag=None, circumstances="", disposition="")
            for g in many_gifts(gifts, given, 1).gifts
        ),
    )
    pdf = reader(lambda out: build_gift_protocol(short, out, GiftProtocolOptions(lang="de")))
    pages = [body(page) for page in pdf.pages]
    heading_page = next(
        n for n, page in enumerate(pages) if any(x.text == "Erhaltene Geschenke" for x in page)
    )
    if heading_page == 0:
        return
    room = min(line.y for line in pages[heading_page - 1]) - MARGIN_BOTTOM
    # What the received section needs: from its heading's top to its last row's foot.
    section = pages[heading_page]
    heading = next(line.y for line in section if line.text == "Erhaltene Geschenke")
    foot = next(line.y for line in section if line.text == "Inventarnummer" and line.y < heading)
    top = heading + 15 + 6  # the heading's height above its baseline and its space before
    foot -= 5  # the last row's padding and rule
    assert room < top - foot, (given, room, top - foot)


def test_received_gifts_with_none_follow_on_the_same_page(gifts) -> None:  # type: ignore[no-untyped-def]
    """ "Erhaltene Geschenke" and its "keine" (about 50 points) stay below the given gifts
    wherever they fit: no page break of their own."""
    for given in range(1, 9):
        data = many_gifts(gifts, given, 0)
        data = replace(data, gifts=tuple(replace(g, giver=None, flag=None) for g in data.gifts))
        pdf = reader(lambda out, d=data: build_gift_protocol(d, out, GiftProtocolOptions()))
        pages = [body(page) for page in pdf.pages]
        entry = f"{given}. Stiftablage aus Meissener Porzellan"
        last_given = next(n for n, page in enumerate(pages) for x in page if x.text == entry)
        heading = next(
            n for n, page in enumerate(pages) for x in page if x.text == "Erhaltene Geschenke"
        )
        if heading != last_given:
            room = min(line.y for line in pages[last_given]) - MARGIN_BOTTOM
            # "Erhaltene Geschenke" and "keine" need about 50 points below the last row.
            assert room < 60, (given, room)


def test_totals_headings_align_with_their_figures(gifts) -> None:  # type: ignore[no-untyped-def]
    pdf = reader(lambda out: build_gift_protocol(gifts, out, GiftProtocolOptions(lang="de")))
    found = [line for page in pdf.pages for line in lines(page)]
    count = next(r for r in found if r.text == "Anzahl")
    total = next(r for r in found if r.text == "Summe")
    ones = [r for r in found if r.text == "1" and abs(r.right - count.right) < 40]
    sums = [r for r in found if r.text in ("185,00 €", "120,00 €") and r.x > count.right]
    # One gift per line of the totals: given in EUR; received in EUR, KRW and USD.
    assert len(ones) == 4 and len(sums) == 2
    for figure in ones:
        assert abs(figure.right - count.right) < 1
    for figure in sums:
        assert abs(figure.right - total.right) < 1


# --- balance ---------------------------------------------------------------------------------
def _balance(services, sample_ids, lang):  # type: ignore[no-untyped-def]
    data = services.balance.report_data(sample_ids["partnership"], BALANCE_AS_OF)
    return reader(lambda out: build_balance_pdf(data, out, lang=lang))


@pytest.mark.parametrize("lang", ["de", "en", "ko", "de+ko", "de+en"])
def test_no_word_of_the_balance_is_split(services, sample_ids, lang) -> None:  # type: ignore[no-untyped-def]
    """Every word of the table's labels is printed whole on one line (no "vorgeschla-gen")."""
    pdf = _balance(services, sample_ids, lang)
    printed = {word for page in pdf.pages for line in lines(page) for word in line.text.split()}
    for key in ("year", "total", "proposed", *KEYS):
        for part in lang.split("+"):
            text = BALANCE_LABELS[key][("de", "en", "ko").index(part)].format(count=1)
            for word in text.split():
                assert word in printed or f"({word}" in printed or f"{word})" in printed, (
                    key,
                    word,
                )
    assert not any(word.endswith("-") for word in printed)
    # The note of a proposed residency is printed whole, in each row that has one.
    shown = [line.text for page in pdf.pages for line in lines(page)]
    for part in lang.split("+"):
        note = BALANCE_LABELS["proposed"][("de", "en", "ko").index(part)].format(count=1)
        assert shown.count(f"({note})") == 2, (note, shown)


@pytest.mark.parametrize("lang", ["de", "ko", "de+ko"])
def test_balance_figures_are_right_aligned_with_dashes(services, sample_ids, lang) -> None:  # type: ignore[no-untyped-def]
    pdf = _balance(services, sample_ids, lang)
    found = lines(pdf.pages[0])
    sums = [line for line in found if line.text in ("185,00 €", "€185.00")]
    dashes = sorted((line for line in found if line.text == "—"), key=lambda line: line.x)
    assert len(sums) == 2 and len(dashes) == 2  # 2023 and total; 2024 has no values
    # The sums of 2023 and of the totals row (bold), the dash of 2024 and the column's
    # heading ("Wert überreicht" / "증정 가액") end at one right edge.
    heading = [
        line
        for line in found
        if line.text in ("Wert", "증정 가액") and abs(line.right - sums[0].right) < 20
    ]
    edges = [line.right for line in [*sums, dashes[0], *heading]]
    assert len(edges) == 3 + len(lang.split("+")), edges
    assert max(edges) - min(edges) < 1, edges
    # The counts of a column too: visits hosted 1 (2023), 0 (2024), 1 (total).
    hosted = next(
        line
        for line in found
        if line.text in ("empfangen", "방문단 접수") and line.y > sums[0].y and line.x > 250
    )
    column = [line for line in found if line.text in "01" and abs(line.right - hosted.right) < 20]
    assert len(column) == 3
    assert max(line.right for line in column) - min(line.right for line in column) < 1
