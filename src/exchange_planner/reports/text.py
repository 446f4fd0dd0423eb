"""User text into ReportLab, literally: always escaped, line breaks kept, fonts chained.

ReportLab's ``Paragraph`` parses its text as markup, so ``<b>`` would turn bold, ``<a href>``
would make a link and ``<img src>`` would read a local file. Every string that comes from the
user passes through :func:`para` (or :func:`markup`), which escapes ``&``, ``<`` and ``>``
(as ``xml.sax.saxutils.escape`` does) and only then adds the markup we generate ourselves:
``<br/>`` for line breaks and ``<font name>`` for runs the primary face cannot draw (Hangul
in DejaVu Sans).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from exchange_planner.reports.fonts import FontSet, chain_for

# C0/C1 controls other than tab and newline, and lone surrogates, cannot be drawn.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85]")


def clean(text: object) -> str:
    """Plain printable text: None -> '', line breaks normalised, control characters removed."""
    if text is None:
        return ""
    value = _LINE_BREAKS.sub("\n", str(text))
    value = value.replace("\t", "    ")
    return _UNPRINTABLE.sub("", value)


def one_line(text: object) -> str:
    """``clean`` text on one line (document metadata, running headers)."""
    return clean(text).replace("\n", " ")


def markup(text: object, font_name: str | None = None) -> str:
    """Paragraph markup that shows ``text`` literally in a style whose font is ``font_name``."""
    value = clean(text)
    chain = chain_for(font_name) if font_name else None
    if chain is None:
        return _escape_lines(value)
    fonts, bold = chain
    base = fonts.bold if bold else fonts.regular
    parts: list[str] = []
    for name, piece in fonts.runs(value, bold=bold):
        escaped = _escape_lines(piece)
        parts.append(escaped if name == base else f'<font name="{name}">{escaped}</font>')
    return "".join(parts)


def escape(value: str) -> str:
    """``&``, ``<`` and ``>`` as entities, like ``xml.sax.saxutils.escape`` (whose import
    pulls in urllib, http.client and ssl); quotes matter only inside attributes, which user
    text never is."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_lines(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph that prints ``text`` (any string, None or empty) exactly as written."""
    return Paragraph(markup(text, style.fontName), style)


#: Text with more lines or characters than these is printed line by line in the story, not in
#: a table cell: ReportLab lays a paragraph (and a table row) out again from its start on every
#: page it continues on, so a note of 10,000 short lines took minutes to print.
LONG_LINES = 40
LONG_CHARACTERS = 2_000


def is_long(text: object) -> bool:
    """True for text that goes below its table, as :func:`paragraphs`."""
    value = clean(text)
    return value.count("\n") >= LONG_LINES or len(value) > LONG_CHARACTERS


def paragraphs(text: object, style: ParagraphStyle) -> list[Paragraph]:
    """``text`` as one Paragraph per line (an empty line keeps its height): pages break
    between lines at no cost, however long the text."""
    return [para(line or "\u00a0", style) for line in clean(text).split("\n")]


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: object,
    fonts: FontSet,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    max_width: float | None = None,
) -> None:
    """Draw one line of user text on a canvas (headers, footers) with font fallback."""
    value = clean(text).replace("\n", " ")
    if max_width is not None:
        value = fit_width(value, fonts, size, max_width, bold=bold)
    width = fonts.string_width(value, size, bold=bold)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for name, piece in fonts.runs(value, bold=bold):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, name, size)


@lru_cache(maxsize=256)
def fit_width(text: str, fonts: FontSet, size: float, width: float, *, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points (remembered: the
    running header is the same on every page)."""
    if fonts.string_width(text, size, bold=bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fonts.string_width(text[:middle] + "…", size, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
