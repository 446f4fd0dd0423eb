"""Cards laid out from a :class:`~exchange_planner.reports.layouts.CardLayout`: the data they
print, the text that fits its box, and the sheets (shared by place cards and name badges).

Every text is a person's data or our own label, drawn on the canvas in the document's font
chain (Hangul in NanumGothic, Latin in DejaVu Sans), never parsed as markup. A text shrinks
until it fits its element's box on at most ``max_lines`` lines; what still does not fit at
the smallest size is shortened with "…": nothing is ever drawn outside its card.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from exchange_planner.domain.contrast import readable_pair
from exchange_planner.domain.names import has_hangul, is_family_first, latin_name, own_script_name
from exchange_planner.domain.texts import text_in
from exchange_planner.reports import archive
from exchange_planner.reports.data import CityNames, PersonInfo
from exchange_planner.reports.fonts import FontSet, font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.layouts import CardLayout, Element
from exchange_planner.reports.text import clean, draw_text, fit_width, one_line
from exchange_planner.storage.files import atomic_write

#: Line height as a multiple of the font size.
LEADING = 1.2
#: Marks drawn on the sheet (crop marks, fold lines): thin, grey, never on a name.
MARK_GREY = colors.HexColor("#8a8a8a")
MARK_WIDTH = 0.3
CROP_LENGTH = 6 * mm
CROP_GAP = 1.5 * mm
#: How much larger a text must get to be broken onto one more line.
WRAP_GAIN = 1.25


@dataclass(frozen=True)
class CardPerson:
    """One card: the person, the side they are on and where they sit (place cards)."""

    person: PersonInfo
    #: ``domain.enums.Side``: "delegation" (the guests) or "host" (the home city).
    side: str = "delegation"
    #: The side's city per language (("de", "Gwangju"), ("ko", "광주")), and as written.
    delegation_names: CityNames = ()
    delegation: str = ""
    table: str = ""
    seat: int | None = None


@dataclass(frozen=True)
class CardsData:
    """The cards of one document, in the order they are printed."""

    people: tuple[CardPerson, ...]
    #: The visit (and the programme item) the cards are for: the PDF's title and subject.
    visit_title: str = ""
    occasion: str = ""
    home_city: str = ""
    partner_city: str = ""
    partner_city_native: str = ""
    as_of: datetime | date | None = None
    #: side -> band colour (``#rrggbb``), instead of the layout's.
    band_colours: tuple[tuple[str, str], ...] = ()
    #: The office's letterhead (its name is the PDF's author).
    letterhead: Any = None


# --- what each field prints ---------------------------------------------------------------
def _korean(person: PersonInfo) -> bool:
    """A Korean name: family name first with a Hangul name."""
    return is_family_first(person) and has_hangul(own_script_name(person))


def name_lines(person: PersonInfo, lang: Language) -> tuple[str, str]:
    """(the large line, the line of the other script) of a card.

    Korean guests: the Hangul name, then the Latin name family name first as the person
    writes it ("강기정", "Kang Gi-jung"; domain/names.py: no capitals on a card, which names
    one person). Others: the Latin name, then, on cards in Korean, a Hangul transcription
    where the person has one ("Burkhard Jung", "부르크하르트 융")."""
    latin = latin_name(person)
    native = own_script_name(person)
    if _korean(person):
        return native, latin if latin != native else ""
    if not latin:
        return native, ""
    if not native or native == latin:
        return latin, ""
    if has_hangul(native) and "ko" not in lang.parts:
        return latin, ""  # a Hangul transcription is for Korean readers
    return latin, native


def _parts(lang: Language, language: str) -> tuple[str, ...]:
    """The element's own language, else each of the document's."""
    return (language,) if language else tuple(lang.parts)


def _texts(record: object, name: str, lang: Language, language: str) -> list[str]:
    """A translatable field in the element's language, or in each of the document's, each
    text once."""
    texts: list[str] = []
    for part in _parts(lang, language):
        value = clean(text_in(record, name, part).text).replace("\n", " ").strip()
        if value and value not in texts:
            texts.append(value)
    return texts


def _city(card: CardPerson, lang: Language, language: str) -> list[str]:
    names = dict(card.delegation_names)
    found = [names.get(part) or card.delegation for part in _parts(lang, language)]
    unique = [name for name in dict.fromkeys(found) if name]
    return [" / ".join(unique)] if unique else []


def seat_text(card: CardPerson, lang: Language, language: str = "") -> str:
    if not card.table and card.seat is None:
        return ""
    texts = [
        lang.label_in("table_seat", part, table=card.table, seat=card.seat or "")
        for part in _parts(lang, language)
    ]
    return " / ".join(dict.fromkeys(texts))


def field_texts(element: Element, card: CardPerson, lang: Language) -> list[str]:
    """The texts an element prints for ``card``: one paragraph per language or script."""
    if element.field in ("name", "name_other_script"):
        name, other = name_lines(card.person, lang)
        shown = name if element.field == "name" else other
        return [shown] if shown else []
    if element.field in ("title", "organisation"):
        return _texts(card.person, element.field, lang, element.language)
    if element.field in ("delegation", "band"):
        return _city(card, lang, element.language)
    if element.field == "seat":
        text = seat_text(card, lang, element.language)
        return [text] if text else []
    return []


# --- fitting text into a box --------------------------------------------------------------
@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[str, ...]


def _wrap(text: str, count: int, fonts: FontSet, bold: bool) -> list[str]:
    """``text`` in at most ``count`` lines of about equal width, broken at spaces."""
    words = text.split(" ")
    if count <= 1 or len(words) == 1:
        return [text]
    total = fonts.string_width(text, 10, bold=bold)
    target = total / count
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if (
            current
            and len(lines) < count - 1
            and fonts.string_width(candidate, 10, bold=bold) > target * 1.08
        ):
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def fit(
    paragraphs: Sequence[str], element: Element, fonts: FontSet, *, width: float, height: float
) -> Fitted:
    """The largest size (at most the element's) at which ``paragraphs`` fit ``width`` ×
    ``height`` points in at most ``max_lines`` lines; at the smallest size, lines still too
    wide are shortened with an ellipsis."""
    texts = [text for text in paragraphs if text]
    if not texts:
        return Fitted(element.font_size, ())
    if len(texts) > element.max_lines:  # more languages than lines: share the last line
        keep = element.max_lines - 1
        texts = [*texts[:keep], " / ".join(texts[keep:])]
    best: Fitted | None = None
    most = max(1, element.max_lines // len(texts))
    for per in range(1, most + 1):
        lines = [line for text in texts for line in _wrap(text, per, fonts, element.bold)]
        if len(lines) > element.max_lines:
            continue
        widest = max(fonts.string_width(line, 1.0, bold=element.bold) for line in lines)
        by_width = width / widest if widest else element.font_size
        by_height = height / (len(lines) * LEADING)
        size = min(element.font_size, by_width, by_height)
        # A name reads best on one line: a break only where it makes the text much larger.
        if best is None or size > best.size * WRAP_GAIN:
            best = Fitted(size, tuple(lines))
    assert best is not None
    if best.size < element.min_font_size and element.max_lines > 1:
        # Too long even at the smallest size: a word as long as a line is broken too.
        joined = " ".join(texts)
        count = element.max_lines
        step = -(-len(joined) // count)
        lines = [joined[i : i + step].strip() for i in range(0, len(joined), step)]
        widest = max(fonts.string_width(line, 1.0, bold=element.bold) for line in lines)
        size = min(element.font_size, width / widest, height / (len(lines) * LEADING))
        if size > best.size:
            best = Fitted(size, tuple(lines))
    if best.size >= element.min_font_size:
        return Fitted(round(best.size - 0.005, 2), best.lines)
    lines = best.lines
    # Every line kept (a bilingual title loses no language): smaller still if the box's
    # height asks for it, then shortened to its width.
    size = min(element.min_font_size, height / (len(lines) * LEADING))
    return Fitted(
        size, tuple(fit_width(line, fonts, size, width, bold=element.bold) for line in lines)
    )


# --- drawing ------------------------------------------------------------------------------
def draw_element(
    canvas: Canvas,
    element: Element,
    texts: Sequence[str],
    fonts: FontSet,
    face_height: float,
    *,
    fill: str | None = None,
) -> Fitted:
    """Draw ``texts`` into ``element``'s box on a face whose origin is its bottom-left
    corner (points); ``fill`` paints the box first (a band) and the text takes the colour
    that reads on it."""
    x, width = element.x * mm, element.width * mm
    top, height = (face_height - element.y) * mm, element.height * mm
    canvas.saveState()
    if element.rotation == 180:
        canvas.translate(2 * x + width, 2 * top - height)
        canvas.rotate(180)
    text_colour = element.colour
    if fill is not None:
        fill, text_colour = readable_pair(fill)
        canvas.setFillColor(colors.HexColor(fill))
        canvas.rect(x, top - height, width, height, stroke=0, fill=1)
    pad = min(1.5 * mm, width * 0.04) if fill is not None else 0.0
    fitted = fit(texts, element, fonts, width=width - 2 * pad, height=height - 2 * pad)
    canvas.setFillColor(colors.HexColor(text_colour))
    if fitted.lines:
        leading = fitted.size * LEADING
        block = leading * len(fitted.lines)
        block_top = top - (height - block) / 2
        for index, line in enumerate(fitted.lines):
            # The line's capitals centred in its line box.
            y = block_top - index * leading - leading / 2 - 0.36 * fitted.size
            if element.align == "left":
                anchor, align = x + pad, "left"
            elif element.align == "right":
                anchor, align = x + width - pad, "right"
            else:
                anchor, align = x + width / 2, "center"
            draw_text(
                canvas,
                anchor,
                y,
                line,
                fonts,
                fitted.size,
                bold=element.bold,
                align=align,
                max_width=width - 2 * pad + 0.01,
            )
    canvas.restoreState()
    return fitted


@dataclass
class SheetStats:
    """What was drawn, for the caller (and the tests): the smallest sizes per field."""

    smallest: dict[str, float] = field(default_factory=dict)


def draw_card(
    canvas: Canvas,
    layout: CardLayout,
    card: CardPerson,
    index: int,
    fonts: FontSet,
    lang: Language,
    *,
    band_colours: Mapping[str, str] | None = None,
    stats: SheetStats | None = None,
) -> None:
    """One card at its place in the page's grid, every face with its elements."""
    left, top = layout.card_origin(index)
    page_height = layout.page_height
    for number, face in enumerate(layout.faces):
        canvas.saveState()
        bottom = page_height - (top + face.top + face.height)
        if face.rotation == 180:
            canvas.translate((left + layout.card_width) * mm, (bottom + face.height) * mm)
            canvas.rotate(180)
        else:
            canvas.translate(left * mm, bottom * mm)
        for element in layout.elements:
            if element.face is not None and element.face != number:
                continue
            texts = field_texts(element, card, lang)
            fill = None
            if element.field == "band":
                fill = layout.band_colour(card.side, band_colours)
            elif not texts:
                continue
            fitted = draw_element(canvas, element, texts, fonts, face.height, fill=fill)
            if stats is not None and fitted.lines:
                known = stats.smallest.get(element.field)
                stats.smallest[element.field] = (
                    fitted.size if known is None else min(known, fitted.size)
                )
        canvas.restoreState()


def draw_marks(canvas: Canvas, layout: CardLayout, used: int) -> None:
    """Crop marks in the margins where the cards are cut, and the fold lines (thin, dashed)
    across every card in use and a short way into the margins."""
    page_width, page_height = layout.page_width * mm, layout.page_height * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK_GREY)
    canvas.setLineWidth(MARK_WIDTH)
    if layout.crop_marks:
        across, down = layout.cut_lines()
        first_x = layout.left * mm
        last_x = (layout.left + (layout.columns - 1) * layout.pitch_x + layout.card_width) * mm
        first_y = page_height - layout.top * mm
        last_y = (
            page_height
            - (layout.top + (layout.rows - 1) * layout.pitch_y + layout.card_height) * mm
        )
        for y_mm in across:
            y = page_height - y_mm * mm
            canvas.line(max(0, first_x - CROP_GAP - CROP_LENGTH), y, first_x - CROP_GAP, y)
            canvas.line(last_x + CROP_GAP, y, min(page_width, last_x + CROP_GAP + CROP_LENGTH), y)
        for x_mm in down:
            x = x_mm * mm
            canvas.line(
                x, first_y + CROP_GAP, x, min(page_height, first_y + CROP_GAP + CROP_LENGTH)
            )
            canvas.line(x, last_y - CROP_GAP, x, max(0, last_y - CROP_GAP - CROP_LENGTH))
    if len(layout.faces) > 1:
        canvas.setDash(3, 2)
        for index in range(min(used, layout.per_page)):
            left, top = layout.card_origin(index)
            for face in layout.faces[1:]:
                y = page_height - (top + face.top) * mm
                canvas.line(left * mm, y, (left + layout.card_width) * mm, y)
        canvas.setDash()
        # Fold ticks in the margins, so the fold shows where the sheet was cut.
        for y_mm in layout.fold_lines():
            y = page_height - y_mm * mm
            first_x = layout.left * mm
            canvas.line(max(0, first_x - CROP_GAP - CROP_LENGTH / 2), y, first_x - CROP_GAP, y)
    canvas.restoreState()


def _sheet_canvas(info: archive.DocumentInfo) -> type[Canvas]:
    class CardCanvas(Canvas):
        """Hashes what every page draws, and writes PDF/A-2b like every document."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.content = hashlib.sha256()
            self.page_count = 0

        def showPage(self) -> None:
            self.content.update("\n".join(self._code).encode("utf-8", "surrogatepass"))
            self.page_count += 1
            super().showPage()

        def save(self) -> None:
            archive.finish_reportlab(self, info, self.content.digest())
            super().save()

    return CardCanvas


def build_sheets(
    data: CardsData,
    target: str | Path | BinaryIO,
    layout: CardLayout,
    *,
    lang: str,
    title: str,
    font_path: str | None = None,
    stats: SheetStats | None = None,
) -> int:
    """Write every person's card in ``layout``'s grid, sheet after sheet; returns the page
    count. A file name is written whole or not at all."""
    if isinstance(target, str | Path):
        pages = 0

        def write(stream: BinaryIO) -> None:
            nonlocal pages
            pages = build_sheets(
                data,
                stream,
                layout,
                lang=lang,
                title=title,
                font_path=font_path,
                stats=stats,
            )

        atomic_write(target, write)
        return pages
    language = Language(lang)
    fonts = font_set(font_path)
    subject = " — ".join(part for part in (data.visit_title, data.occasion) if part)
    info = archive.document_info(
        title=one_line(title),
        author=one_line(archive.document_author(data, language.primary)),
        subject=one_line(subject),
        keywords=[one_line(k) for k in archive.document_keywords(data)],
        languages=language.parts,
        as_of=data.as_of,
        producer=archive.reportlab_producer(),
    )
    canvas_class = _sheet_canvas(info)
    canvas = canvas_class(
        target,
        pagesize=(layout.page_width * mm, layout.page_height * mm),
        invariant=1,
        initialFontName=fonts.regular,
        lang=language.primary,
    )
    colours = dict(data.band_colours)
    people = list(data.people)
    for page in range(layout.pages_for(len(people))):
        chunk = people[page * layout.per_page : (page + 1) * layout.per_page]
        draw_marks(canvas, layout, len(chunk))
        for index, card in enumerate(chunk):
            draw_card(
                canvas, layout, card, index, fonts, language, band_colours=colours, stats=stats
            )
        canvas.showPage()
    canvas.save()
    return int(canvas.page_count)
