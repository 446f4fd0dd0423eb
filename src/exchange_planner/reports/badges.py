"""Name badges: one per A6 sheet, or in the grid of a self-adhesive label sheet.

A badge shows the side's band (the partner city's delegation and the home city's hosts in
clearly different colours, from the layout or the document's data, the band's text in black
or white, whichever reaches a contrast of 4.5:1 at least), the name (a Korean name in Hangul
with the Latin name below it, family name first), the title and the organisation in the
badge's languages.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from exchange_planner.reports.cards import CardsData, SheetStats, build_sheets
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.layouts import DEFAULT_BADGE_LAYOUT, CardLayout, LayoutError, layout


def badge_layout(key: str = DEFAULT_BADGE_LAYOUT) -> CardLayout:
    return layout(key, "badge")


def build_badges(
    data: CardsData,
    target: str | Path | BinaryIO,
    *,
    layout_key: str = DEFAULT_BADGE_LAYOUT,
    card_layout: CardLayout | None = None,
    lang: str = "de+ko",
    font_path: str | None = None,
    stats: SheetStats | None = None,
) -> int:
    """Write a badge for each of ``data.people`` (in their order); returns the page count."""
    chosen = card_layout or badge_layout(layout_key)
    if chosen.kind != "badge":
        raise LayoutError("layout", f"'{chosen.key}' is a layout of place cards, not of badges")
    title = Language(lang).label("name_badges")
    if data.visit_title:
        title = f"{title}: {data.visit_title}"
    return build_sheets(
        data, target, chosen, lang=lang, title=title, font_path=font_path, stats=stats
    )
