"""Page templates: A4 with a running header and a "page X of Y" footer; PDF/A-2b output.

Every document is PDF/A-2b (``reports.archive``): dated now, or reproducible (dated at the
data's "as of" time, the same bytes for the same data) inside ``archive.reproducible()`` or
with ``EXCHANGE_PLANNER_REPRODUCIBLE_PDF=1``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from exchange_planner.reports import archive
from exchange_planner.reports import styles as st
from exchange_planner.reports.fonts import FontSet
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.text import clean, draw_text, fit_width, one_line
from exchange_planner.storage.files import atomic_write


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content: header left/right, footer left."""

    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    #: The first page (a cover) may go without header.
    header_on_first_page: bool = False
    #: The part of ``header_left`` that may be shortened when the header is too wide (the
    #: visit's title); the rest (the document's name) is always printed whole.
    header_shorten: str = ""
    #: Printed boxed at the top of every page, first page included (a draft's mark).
    mark: str = ""


#: The mark of an itinerary whose visit is a draft or only planned: in the three languages
#: whatever the document's, so nobody mistakes the paper for the final programme.
DRAFT_MARK = "ENTWURF / 초안 / DRAFT"
MARK_SIZE = 10
MARK_COLOUR = "#A61B1B"


MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm


def _numbered_canvas(
    fonts: FontSet, lang: Language, frame: PageFrame, info: archive.DocumentInfo
) -> Callable[..., Canvas]:
    """A canvas class that holds its pages back until the end to print "page X of Y", and
    writes a PDF/A-2b document described by ``info``."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            content = hashlib.sha256()
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(self._pageNumber, total)
                content.update("\n".join(self._code).encode("utf-8", "surrogatepass"))
                Canvas.showPage(self)
            self.page_count = total
            archive.finish_reportlab(self, info, content.digest())
            Canvas.save(self)

        def _decorate(self, page: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(st.MUTED)
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.4)
            if page > 1 or frame.header_on_first_page:
                y = height - MARGIN_TOP + 7 * mm
                left, right = _header_texts(frame, fonts, width - 2 * MARGIN_X)
                draw_text(self, MARGIN_X, y, left, fonts, st.HEADER_SIZE)
                draw_text(self, width - MARGIN_X, y, right, fonts, st.HEADER_SIZE, align="right")
                self.line(MARGIN_X, y - 2 * mm, width - MARGIN_X, y - 2 * mm)
            if frame.mark:
                _draw_mark(self, frame.mark, fonts, width, height)
            y = MARGIN_BOTTOM - 9 * mm
            self.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
            page_text = lang.page_of(page, total)
            page_width = fonts.string_width(page_text, st.FOOTER_SIZE)
            draw_text(
                self,
                MARGIN_X,
                y,
                frame.footer_left,
                fonts,
                st.FOOTER_SIZE,
                max_width=width - 2 * MARGIN_X - page_width - 8 * mm,
            )
            draw_text(self, width - MARGIN_X, y, page_text, fonts, st.FOOTER_SIZE, align="right")
            self.restoreState()

    return NumberedCanvas


def _draw_mark(canvas: Canvas, mark: str, fonts: FontSet, width: float, height: float) -> None:
    """``mark`` boxed and centred in the top margin, above the running header."""
    text = one_line(mark)
    text_width = fonts.string_width(text, MARK_SIZE, bold=True)
    baseline = height - 8 * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK_COLOUR)
    canvas.setFillColor(MARK_COLOUR)
    canvas.setLineWidth(0.9)
    pad = 1.6 * mm
    canvas.rect(
        (width - text_width) / 2 - pad,
        baseline - 1.2 * mm,
        text_width + 2 * pad,
        MARK_SIZE + 1.4 * mm,
        stroke=1,
        fill=0,
    )
    draw_text(canvas, width / 2, baseline, text, fonts, MARK_SIZE, bold=True, align="center")
    canvas.restoreState()


#: Room between the header's left and right texts.
HEADER_GAP = 8 * mm


def _header_texts(frame: PageFrame, fonts: FontSet, width: float) -> tuple[str, str]:
    """The running header's left and right texts fitted into ``width`` points, measured in
    the document's fonts: the right text (dates, city) takes what it needs, up to half the
    width; the left text the rest, shortened only in ``header_shorten`` (the visit's title)
    while the document's name stays whole."""
    size = st.HEADER_SIZE
    left, right = clean(frame.header_left).replace("\n", " "), clean(frame.header_right)
    right = fit_width(right.replace("\n", " "), fonts, size, width / 2)
    room = width - (fonts.string_width(right, size) + HEADER_GAP if right else 0)
    if fonts.string_width(left, size) <= room:
        return left, right
    part = clean(frame.header_shorten).replace("\n", " ")
    if part and part in left:
        before, after = left.split(part, 1)
        fixed = fonts.string_width(before + after, size)
        if fixed < room:
            return before + fit_width(part, fonts, size, room - fixed) + after, right
    return fit_width(left, fonts, size, room), right


def build_pdf(
    target: str | Path | BinaryIO,
    flowables: Sequence[Flowable],
    *,
    fonts: FontSet,
    lang: Language,
    title: str,
    frame: PageFrame | None = None,
    author: str = "",
    subject: str = "",
    wide: bool = False,
    about: object = None,
    keywords: Sequence[str] = (),
    as_of: datetime | date | None = None,
) -> int:
    """Lay out ``flowables`` on A4 pages and write the PDF to ``target``; returns the page count.

    The PDF is PDF/A-2b (``reports.archive``). ``about``: the document's data, which gives
    the author (the office), the keywords (the cities) and the "as of" time of a
    reproducible print where ``author``, ``keywords`` and ``as_of`` are not given.
    ``wide`` turns the pages to landscape.
    """
    if isinstance(target, str | Path):
        # A file name: written whole or not at all (a full disk keeps the previous file).
        pages = 0

        def write(stream: BinaryIO) -> None:
            nonlocal pages
            pages = build_pdf(
                stream,
                flowables,
                fonts=fonts,
                lang=lang,
                title=title,
                frame=frame,
                author=author,
                subject=subject,
                wide=wide,
                about=about,
                keywords=keywords,
                as_of=as_of,
            )

        atomic_write(target, write)
        return pages
    frame = frame or PageFrame()
    out = target
    info = archive.document_info(
        title=_plain(title),
        author=_plain(author or (archive.document_author(about, lang.primary) if about else "")),
        subject=_plain(subject),
        keywords=[_plain(k) for k in (keywords or archive.document_keywords(about))],
        languages=lang.parts,
        as_of=as_of if as_of is not None else archive.document_as_of(about),
        producer=archive.reportlab_producer(),
    )
    doc = document_template(out, info, fonts, lang, wide=wide)
    canvas_class = _numbered_canvas(fonts, lang, frame, info)
    doc.build(list(flowables), canvasmaker=canvas_class)
    return int(getattr(doc.canv, "page_count", doc.page))


def document_template(
    target: BinaryIO, info: archive.DocumentInfo, fonts: FontSet, lang: Language, *, wide: bool
) -> BaseDocTemplate:
    """The A4 document (landscape when ``wide``) with one body frame inside the margins, as
    described by ``info``; its dates and ID are set by ``archive`` when it is saved."""
    pagesize = landscape(A4) if wide else A4
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=info.creator,
        # Nothing of the clock in the file; its dates and ID are set by ``archive``.
        invariant=1,
        lang=lang.primary,
        # Otherwise every page references an unembedded Helvetica it never uses.
        initialFontName=fonts.regular,
    )
    body = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        pagesize[0] - 2 * MARGIN_X,
        pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[body])])
    return doc


def content_width(*, wide: bool = False) -> float:
    """Width of the text column in points, for table column widths."""
    pagesize = landscape(A4) if wide else A4
    return pagesize[0] - 2 * MARGIN_X


def frame_height(*, wide: bool = False) -> float:
    """Height of the text column in points (what one page holds)."""
    pagesize = landscape(A4) if wide else A4
    return pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM


def _plain(text: str) -> str:
    return one_line(text)
