"""The office's letterhead at the top of a document's first page: name, address, logo.

The office name and address are texts like any record's: written in the office's language
(``original_language``) with translations, printed in each language of the document (the
second language in grey, a missing translation marked, see ``reports.content``). The logo is
a PNG (an SVG chosen in Settings is stored with a PNG rendering of it). Every builder puts
``letterhead_flowables(data.letterhead, lang, styles)`` first in its story; no letterhead
set: nothing is added and the document looks as before.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from exchange_planner.domain.texts import (
    CONTENT_LANGUAGES,
    DEFAULT_LANGUAGE,
    LocalText,
    Translations,
)

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Image

    from exchange_planner.reports.i18n import Language
    from exchange_planner.reports.styles import Styles

#: The letterhead's texts, as JSON {"name": {language: text}, "address": {language: lines}}.
LETTERHEAD_KEY = "letterhead"
#: The letterhead's logo, as JSON {"file_name", "type", "data", "png"}: the chosen file's bytes
#: (base64) and, for an SVG, the PNG it is printed as. Kept in the database, so colleagues
#: sharing it print the same logo and a moved or deleted file loses nothing.
LETTERHEAD_LOGO_KEY = "letterhead_logo"
#: The office's language (``services.crud.OFFICE_LANGUAGE_KEY``): the letterhead's original.
OFFICE_LANGUAGE_KEY = "office_language"

#: No translations.
NO_TRANSLATIONS = Translations()
#: Millimetres in points.
MM = 72 / 25.4

#: The logo's largest printed size.
LOGO_MAX_WIDTH = 45 * MM
LOGO_MAX_HEIGHT = 22 * MM
#: ... and in a compact letterhead.
COMPACT_LOGO_HEIGHT = 11 * MM


@dataclass(frozen=True)
class Letterhead:
    """The office's letterhead as printed. ``name`` and ``address`` (lines joined by line
    breaks) are the texts in ``original_language``; ``translations`` holds the others."""

    name: str = ""
    address: str = ""
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS
    #: The logo as PNG bytes (empty: none); left out of ``repr`` (content hashes use it),
    #: ``logo_digest`` stands for it there.
    logo_png: bytes = field(default=b"", repr=False, compare=False)
    logo_digest: str = ""

    @staticmethod
    def with_logo(
        name: str,
        address: str,
        original_language: str,
        translations: Translations,
        logo_png: bytes,
    ) -> Letterhead:
        digest = hashlib.sha256(logo_png).hexdigest() if logo_png else ""
        return Letterhead(name, address, original_language, translations, logo_png, digest)

    def __bool__(self) -> bool:
        return bool(self.name or self.address or self.translations or self.logo_png)


def _text_style(base: ParagraphStyle, name: str, **values: object) -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(name, parent=base, **values)  # type: ignore[arg-type]


def letterhead_flowables(
    letterhead: Letterhead | None,
    lang: Language,
    s: Styles,
    *,
    width: float | None = None,
    compact: bool = False,
) -> list[Flowable]:
    """The letterhead block (name and address left, logo right, a rule below); ``[]`` when
    no letterhead is set. ``width``: the text column's width (default: the body's);
    ``compact``: the address on one line and a smaller logo, for a page that is nearly full
    (a month of the calendar)."""
    if not letterhead:
        return []
    # Imported when printing (the data classes import this module for ``Letterhead``).
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Spacer, Table

    from exchange_planner.domain.texts import text_in
    from exchange_planner.reports import styles as st
    from exchange_planner.reports.content import composed_para, per_language
    from exchange_planner.reports.templates import content_width

    assert letterhead is not None
    width = width or content_width()
    name_style = _text_style(
        s.body,
        "letterhead_name",
        fontName=s.fonts.bold,
        fontSize=12,
        leading=15,
        textColor=st.ACCENT,
        spaceAfter=1,
    )
    address_style = _text_style(
        s.body, "letterhead_address", fontSize=8.3, leading=10.5, textColor=st.MUTED, spaceAfter=0
    )
    texts: list[Flowable] = []
    names = per_language(lang, lambda part: [text_in(letterhead, "name", part)])
    if names:
        texts.append(composed_para(names, name_style))
    addresses = per_language(lang, lambda part: [text_in(letterhead, "address", part)])
    if compact:
        addresses = [[_one_line(segment) for segment in texts] for texts in addresses]
    logo = _logo(letterhead.logo_png, max_height=COMPACT_LOGO_HEIGHT if compact else None)
    logo_width = logo.drawWidth if logo is not None else 0
    text_width = width - logo_width - 4 * mm if logo is not None else width
    if len(addresses) == 1:
        texts.append(composed_para(addresses, address_style))
    elif addresses:
        # Each language's address in a column of its own.
        blocks = [composed_para([address], address_style) for address in addresses]
        column = min(text_width / len(blocks), 70 * mm)
        row = Table([blocks], colWidths=[column] * len(blocks), hAlign="LEFT")
        row.setStyle(_plain_cells(s.fonts.regular, gap=4 * mm))
        texts.append(row)
    cells: list[object] = [texts or ""]
    columns = [text_width]
    if logo is not None:
        cells.append(logo)
        columns = [text_width, logo_width + 4 * mm]
    table = Table([cells], colWidths=columns, hAlign="LEFT")
    table.setStyle(_plain_cells(s.fonts.regular, logo_right=logo is not None))
    return [
        table,
        HRFlowable(
            width="100%", thickness=0.5, color=st.RULE, spaceBefore=(2 if compact else 3) * mm
        ),
        Spacer(1, (2 if compact else 4) * mm),
    ]


def _plain_cells(font: str, *, logo_right: bool = False, gap: float = 0) -> Any:
    """A table style without padding, cells aligned at the top (the logo to the right)."""
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (-1, 0), (-1, 0), "RIGHT" if logo_right else "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), gap),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def _one_line(segment: LocalText | str) -> LocalText | str:
    """An address's lines joined by " · " (its mark of a missing translation kept)."""
    text = " · ".join(line.strip() for line in str(segment).splitlines() if line.strip())
    return dataclasses.replace(segment, text=text) if isinstance(segment, LocalText) else text


def _logo(png: bytes, *, max_height: float | None = None) -> Image | None:
    """The logo scaled into its box, keeping its proportions; None for none (or bytes that
    do not decode: the letterhead is printed without it rather than not at all)."""
    if not png:
        return None
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        pixels_wide, pixels_high = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # an undecodable stored logo must not stop a print
        return None
    if pixels_wide <= 0 or pixels_high <= 0:
        return None
    scale = min(LOGO_MAX_WIDTH / pixels_wide, (max_height or LOGO_MAX_HEIGHT) / pixels_high)
    return Image(io.BytesIO(png), width=pixels_wide * scale, height=pixels_high * scale)


# --- stored settings (Qt-free, ORM-free: the direct print path reads them too) -----------
@dataclass(frozen=True)
class LogoFile:
    """The letterhead's logo as chosen: its file name, type, bytes, and what is printed."""

    file_name: str
    media_type: str
    data: bytes
    #: The PNG printed: ``data`` itself for a PNG, the rendering of an SVG.
    png: bytes


def letterhead_texts(value: str) -> dict[str, dict[str, str]]:
    """The stored texts of :data:`LETTERHEAD_KEY`: {"name": {...}, "address": {...}}."""
    try:
        stored = json.loads(value or "{}")
    except ValueError:
        return {"name": {}, "address": {}}
    result: dict[str, dict[str, str]] = {"name": {}, "address": {}}
    if not isinstance(stored, dict):
        return result
    for name in result:
        texts = stored.get(name)
        if isinstance(texts, dict):
            result[name] = {
                str(k): t
                for k, t in texts.items()
                if isinstance(t, str) and t and k in CONTENT_LANGUAGES
            }
    return result


def logo_file(value: str) -> LogoFile | None:
    """The stored logo of :data:`LETTERHEAD_LOGO_KEY`; None for none (or a broken value)."""
    if not value:
        return None
    try:
        stored = json.loads(value)
        data = base64.b64decode(stored["data"], validate=True)
        png = base64.b64decode(stored.get("png") or "", validate=True) or data
        return LogoFile(str(stored.get("file_name", "")), str(stored["type"]), data, png)
    except (ValueError, KeyError, TypeError, binascii.Error):
        return None


def letterhead_from_settings(values: Mapping[str, str]) -> Letterhead | None:
    """The letterhead from the stored settings (all of them, or at least the letterhead's
    keys and the office language); None when none is set. Its original language is the
    office's where the office name is written in it, else the first language it is in."""
    texts = letterhead_texts(values.get(LETTERHEAD_KEY, ""))
    logo = logo_file(values.get(LETTERHEAD_LOGO_KEY, ""))
    names, addresses = texts["name"], texts["address"]
    if not names and not addresses and logo is None:
        return None
    office = values.get(OFFICE_LANGUAGE_KEY) or DEFAULT_LANGUAGE
    order = [office, *(code for code in CONTENT_LANGUAGES if code != office)]
    original = next(
        (code for code in order if code in names),
        next((code for code in order if code in addresses), office),
    )
    translations = Translations(
        {
            "name": {k: t for k, t in names.items() if k != original},
            "address": {k: t for k, t in addresses.items() if k != original},
        }
    )
    return Letterhead.with_logo(
        names.get(original, ""),
        addresses.get(original, ""),
        original,
        translations,
        logo.png if logo is not None else b"",
    )
