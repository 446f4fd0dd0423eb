"""Paragraph and table styles, defined once as data and bound to a document's fonts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from exchange_planner.reports.fonts import FontSet

#: Colours of the documents: sober, printable in greyscale.
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e6e9ee")
ZEBRA_FILL = colors.HexColor("#f6f7f9")
ACCENT = colors.HexColor("#1f3a5f")
FLAG = colors.HexColor("#9b1c1c")

#: name -> ParagraphStyle arguments; "weight" picks the regular or bold face of the chain.
STYLE_SPECS: dict[str, dict[str, Any]] = {
    "body": {"fontSize": 9.5, "leading": 12.5, "spaceAfter": 3},
    "small": {"fontSize": 8, "leading": 10, "textColor": MUTED},
    "cover_city": {
        "fontSize": 13,
        "leading": 17,
        "alignment": TA_CENTER,
        "textColor": MUTED,
        "spaceAfter": 4,
    },
    "cover_title": {
        "weight": "bold",
        "fontSize": 22,
        "leading": 28,
        "alignment": TA_CENTER,
        "textColor": ACCENT,
        "spaceBefore": 18,
        "spaceAfter": 10,
    },
    "cover_subtitle": {"fontSize": 14, "leading": 19, "alignment": TA_CENTER, "spaceAfter": 6},
    "cover_line": {"fontSize": 11, "leading": 15, "alignment": TA_CENTER, "spaceAfter": 3},
    "cover_meta": {
        "fontSize": 9.5,
        "leading": 13,
        "alignment": TA_CENTER,
        "textColor": MUTED,
        "spaceBefore": 2,
    },
    "h1": {
        "weight": "bold",
        "fontSize": 15,
        "leading": 19,
        "textColor": ACCENT,
        "spaceBefore": 6,
        "spaceAfter": 8,
        "keepWithNext": 1,
    },
    "h2": {
        "weight": "bold",
        "fontSize": 12,
        "leading": 15,
        "textColor": ACCENT,
        "spaceBefore": 12,
        "spaceAfter": 5,
        "keepWithNext": 1,
    },
    "cell": {"fontSize": 8.8, "leading": 11.2},
    "cell_bold": {"weight": "bold", "fontSize": 8.8, "leading": 11.2},
    "cell_small": {"fontSize": 7.8, "leading": 9.8, "textColor": MUTED},
    "cell_head": {"weight": "bold", "fontSize": 8.3, "leading": 10.5, "textColor": ACCENT},
    "cell_right": {"fontSize": 8.8, "leading": 11.2, "alignment": TA_RIGHT},
    "cell_bold_right": {"weight": "bold", "fontSize": 8.8, "leading": 11.2, "alignment": TA_RIGHT},
    #: The heading of a column of figures, aligned with them.
    "cell_head_right": {
        "weight": "bold",
        "fontSize": 8.3,
        "leading": 10.5,
        "textColor": ACCENT,
        "alignment": TA_RIGHT,
    },
    "cell_flag": {"weight": "bold", "fontSize": 8.3, "leading": 10.5, "textColor": FLAG},
    "label": {"fontSize": 8.3, "leading": 10.5, "textColor": MUTED},
    "label_heading": {
        "fontSize": 8.3,
        "leading": 10.5,
        "textColor": MUTED,
        "spaceBefore": 4,
        "spaceAfter": 2,
        "keepWithNext": 1,
    },
    "signature": {"fontSize": 8.5, "leading": 11, "textColor": MUTED, "alignment": TA_LEFT},
}

#: What an empty cell of figures shows.
EMPTY = "—"

#: Sizes of the running header and footer drawn on every page.
HEADER_SIZE = 7.8
FOOTER_SIZE = 7.8

#: Common table look: thin rules, tinted header row, top-aligned cells.
TABLE_STYLE: list[tuple[Any, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]

#: Key/value tables (register entries): label column tinted, no header row.
FIELDS_STYLE: list[tuple[Any, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (0, -1), ZEBRA_FILL),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, bound to its font chain."""

    fonts: FontSet
    by_name: dict[str, ParagraphStyle]

    def table(self, commands: list[tuple[Any, ...]]) -> TableStyle:
        """A table style whose cells use the document font.

        Without FONTNAME, ReportLab sets every cell in Helvetica, which the PDF then
        references unembedded even when all cells hold Paragraphs.
        """
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.regular), *commands])

    def __getattr__(self, name: str) -> ParagraphStyle:
        try:
            return self.by_name[name]
        except KeyError:
            raise AttributeError(name) from None


def make_styles(fonts: FontSet, specs: dict[str, dict[str, Any]] | None = None) -> Styles:
    """ParagraphStyles from ``specs`` (default :data:`STYLE_SPECS`) set in ``fonts``.

    The default styles of a font chain are made once and shared by every document set in it
    (documents only read them; a variant is a new style with ``parent=``)."""
    if not specs:
        return _default_styles(fonts)
    return _make_styles(fonts, specs)


@lru_cache(maxsize=8)
def _default_styles(fonts: FontSet) -> Styles:
    return _make_styles(fonts, STYLE_SPECS)


def _make_styles(fonts: FontSet, specs: dict[str, dict[str, Any]]) -> Styles:
    by_name: dict[str, ParagraphStyle] = {}
    for name, spec in specs.items():
        values = dict(spec)
        weight = values.pop("weight", "regular")
        values.setdefault("textColor", INK)
        by_name[name] = ParagraphStyle(
            name,
            fontName=fonts.bold if weight == "bold" else fonts.regular,
            # Words longer than a line (URLs, 5,000 characters without a space) are split.
            splitLongWords=1,
            **values,
        )
    return Styles(fonts, by_name)
