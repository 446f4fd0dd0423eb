"""Tables that say so when they continue on a new page.

A table split over pages repeats its heading rows on every page; :class:`ContinuedTable`
puts a heading marked "(Fortsetzung)" / "(계속)" / "(continued)" in place of its first cell
(a day's heading spanning the table) on the pages after the first, or, for a table whose
heading is a paragraph above it, draws that marked heading above each continued part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from reportlab.platypus import Flowable, Table

#: "(continued)" in each document language; a bilingual document marks each of its texts.
CONTINUED: dict[str, str] = {"de": "Fortsetzung", "en": "continued", "ko": "계속"}


def continued(text: str, part: str) -> str:
    """``text`` marked as continued in one language: "Dienstag, 25. Juli 2023 (Fortsetzung)"."""
    return f"{text} ({CONTINUED[part]})"


class ContinuedTable(Table):
    """A Table whose parts after the first show ``continued_cell`` as their first cell (a
    heading row spanning the table), or ``continued_caption`` drawn above them."""

    continued_cell: Flowable | None = None
    continued_caption: Flowable | None = None
    #: The caption this part draws above itself (set on the parts after the first).
    _caption: Flowable | None = None
    _caption_height: float = 0.0

    def _wrap_caption(self, available_width: float) -> float:
        if self._caption is None:
            return 0.0
        self._caption_height = self._caption.wrap(available_width, 10_000)[1] + 2
        return self._caption_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        extra = self._wrap_caption(availWidth)
        width, height = super().wrap(availWidth, availHeight - extra)
        return width, height + extra

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        extra = self._wrap_caption(availWidth)
        parts: list[Any] = super().split(availWidth, availHeight - extra)
        for index, part in enumerate(parts):
            part.continued_cell = self.continued_cell
            part.continued_caption = self.continued_caption
            part._caption = self._caption if index == 0 else self.continued_caption
            if index and self.continued_cell is not None:
                # A new first row: the parts share their row lists with this table.
                part._cellvalues[0] = [self.continued_cell, *part._cellvalues[0][1:]]
                if isinstance(part._argH, list):
                    part._argH[0] = None  # measured again: the marked heading may be longer
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._caption is not None:
            self._caption.drawOn(canvas, x, y + self._height, _sW)
        super().drawOn(canvas, x, y, _sW)


def continued_all(text_in: Callable[[str], str], parts: Iterable[str]) -> str:
    """A heading in each language of the document, each marked as continued:
    "Delegation (Fortsetzung) / 대표단 (계속)"."""
    return " / ".join(dict.fromkeys(continued(text_in(part), part) for part in parts))


class DayPages:
    """The pages on which a day (or another section) shows its heading or says it continues."""

    def __init__(self) -> None:
        self.marked: set[int] = set()


class ContinuedPart(Flowable):
    """One flowable of a section that runs over several flowables (a day's table, a long note
    below it, the rest of the table): on a page the section has not yet marked, it draws
    ``caption`` (the heading marked as continued) above itself; ``own_heading`` for a part
    that carries its heading itself (the day's first table)."""

    def __init__(
        self, content: Flowable, caption: Flowable, pages: DayPages, *, own_heading: bool = False
    ) -> None:
        super().__init__()
        self.content = content
        self.caption = caption
        self.pages = pages
        self.own_heading = own_heading
        self._show = False
        self._caption_height = 0.0
        self._content_height = 0.0

    def _decide(self, available_width: float) -> float:
        """Whether this page needs the caption (decided on the page being filled)."""
        canvas = getattr(self, "canv", None)
        page = canvas.getPageNumber() if canvas is not None else None
        self._show = not self.own_heading and page is not None and page not in self.pages.marked
        self._caption_height = (
            self.caption.wrap(available_width, 10_000)[1] + 2 if self._show else 0.0
        )
        return self._caption_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        extra = self._decide(availWidth)
        canvas = getattr(self, "canv", None)
        if canvas is not None:
            width, height = self.content.wrapOn(canvas, availWidth, availHeight - extra)
        else:
            width, height = self.content.wrap(availWidth, availHeight - extra)
        self._content_height = height
        self.width, self.height = width, height + extra
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        extra = self._decide(availWidth)
        canvas = getattr(self, "canv", None)
        if canvas is not None:
            parts = self.content.splitOn(canvas, availWidth, availHeight - extra)
        else:
            parts = self.content.split(availWidth, availHeight - extra)
        return [
            ContinuedPart(part, self.caption, self.pages, own_heading=self.own_heading)
            for part in parts
        ]

    def getSpaceBefore(self) -> float:
        return float(self.content.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.content.getSpaceAfter())

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._show:
            self.caption.drawOn(canvas, x, y + self._content_height + 2, _sW)
        self.content.drawOn(canvas, x, y, _sW)
        self.pages.marked.add(canvas.getPageNumber())
