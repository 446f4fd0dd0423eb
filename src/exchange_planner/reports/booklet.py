"""The booklet of a visit's personal itineraries: one PDF to print in one go, duplex.

Each member's or host's part is the personal itinerary as printed alone (cover, own travel
and stay, programme, contacts) with its own running header and its own "page X of Y"; every
part starts on a right-hand page (recto): a part with an odd number of pages is followed by a
blank back page. The outline (bookmarks) names each member's part.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from exchange_planner.reports import archive
from exchange_planner.reports.data import ItineraryData
from exchange_planner.reports.fonts import FontSet, font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.itinerary import (
    ItineraryOptions,
    _stamp_line,
    itinerary_flowables,
)
from exchange_planner.reports.styles import make_styles
from exchange_planner.reports.templates import (
    DRAFT_MARK,
    PageFrame,
    _draw_mark,
    _numbered_canvas,
    _plain,
    document_template,
)
from exchange_planner.storage.files import atomic_write


@dataclass(frozen=True)
class BookletPart:
    """Where a member's part sits in the booklet (page numbers from 1)."""

    name: str
    first_page: int
    pages: int


class _PartStart(Flowable):
    """Marks the page where a part starts (draws nothing)."""

    def __init__(self, index: int, on_start: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.index = index
        self.on_start = on_start

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._booklet_part = self.index  # type: ignore[attr-defined]
        if self.on_start is not None:
            self.on_start(self.index)


def _booklet_canvas(
    fonts: FontSet,
    lang: Language,
    frames: Sequence[PageFrame],
    names: Sequence[str],
    parts_out: list[BookletPart],
    info: archive.DocumentInfo,
) -> type[Canvas]:
    """A canvas holding its pages back to number each part on its own and to add a blank
    back page after a part with an odd page count; the file is PDF/A-2b like every document."""
    decorators = [_numbered_canvas(fonts, lang, frame, info)._decorate for frame in frames]  # type: ignore[attr-defined]

    class BookletCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._booklet_part = 0

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            per_part: dict[int, list[dict[str, Any]]] = {}
            for state in self._pages:
                per_part.setdefault(int(state["_booklet_part"]), []).append(state)
            number = 0
            content = hashlib.sha256()
            for index in sorted(per_part):
                states = per_part[index]
                parts_out.append(BookletPart(names[index], number + 1, len(states)))
                for page, state in enumerate(states, start=1):
                    self.__dict__.update(state)
                    if page == 1:
                        key = f"part-{index + 1}"
                        self.bookmarkPage(key)
                        self.addOutlineEntry(_plain(names[index]), key, level=0)
                    decorators[index](self, page, len(states))
                    content.update("\n".join(self._code).encode("utf-8", "surrogatepass"))
                    Canvas.showPage(self)
                    number += 1
                if len(states) % 2:
                    # The back of the part's last sheet stays blank; a draft's carries the
                    # mark there too (every page of a draft says so).
                    self.__dict__.update({**states[-1], "_code": []})
                    if frames[index].mark:
                        width, height = self._pagesize
                        self.saveState()
                        _draw_mark(self, frames[index].mark, fonts, width, height)
                        self.restoreState()
                    Canvas.showPage(self)
                    number += 1
            self.page_count = number
            self.showOutline()
            archive.finish_reportlab(self, info, content.digest())
            Canvas.save(self)

    return BookletCanvas


def build_booklet(
    parts: Sequence[ItineraryData],
    target: str | Path | BinaryIO,
    options: ItineraryOptions | None = None,
    *,
    title: str = "",
    progress: Callable[[int, int, str], None] | None = None,
) -> list[BookletPart]:
    """Write the personal itineraries ``parts`` (each with ``person`` set) as one booklet;
    returns where each part starts and how long it is."""
    if isinstance(target, str | Path):
        result: list[BookletPart] = []

        def write(stream: BinaryIO) -> None:
            result.extend(build_booklet(parts, stream, options, title=title, progress=progress))

        atomic_write(target, write)
        return result
    options = options or ItineraryOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts)
    story: list[Flowable] = []
    frames: list[PageFrame] = []
    names: list[str] = []

    def started(index: int) -> None:
        """Told while laying out: ``index`` parts are done, the next one begins."""
        if progress is not None:
            progress(index, len(parts), names[index])

    for index, data in enumerate(parts):
        assert data.person is not None
        name = lang.name_line(data.person)
        heading = f"{lang.label('personal_itinerary')}: {data.title}"
        frames.append(
            PageFrame(
                header_left=f"{heading} — {name}",
                header_right=lang.date_range(data.start_date, data.end_date),
                footer_left=_stamp_line(data, lang),
                mark=DRAFT_MARK if data.draft else "",
            )
        )
        names.append(name)
        if index:
            story.append(PageBreak())
        story.append(_PartStart(index, started))
        story.extend(
            itinerary_flowables(data, styles, lang, home_zone_column=options.home_zone_column)
        )
    placed: list[BookletPart] = []
    first = parts[0] if parts else None
    info = archive.document_info(
        title=_plain(title or lang.label("personal_itinerary")),
        author=_plain(archive.document_author(first, lang.primary) if first else ""),
        subject=_plain(first.title if first else ""),
        keywords=[_plain(k) for k in archive.document_keywords(first)] if first else [],
        languages=lang.parts,
        as_of=archive.document_as_of(first) if first else None,
        producer=archive.reportlab_producer(),
    )
    doc = document_template(target, info, fonts, lang, wide=False)  # type: ignore[arg-type]
    doc.build(story, canvasmaker=_booklet_canvas(fonts, lang, frames, names, placed, info))
    if progress is not None:
        progress(len(parts), len(parts), "")
    return placed
