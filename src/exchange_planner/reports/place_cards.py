"""Place cards (tent cards): A4 sheets of two or four cards, cut out and folded to stand.

Each card is folded along the horizontal line between its two faces, so the name is on both
faces; the upper face is printed upside down and reads upright once the card stands (the
fold at the top). Where the cards are folded and cut (``layouts.CardLayout.fold_lines`` and
``cut_lines``) is stated in docs/protocol.md, "Place cards and name badges".

A Korean guest's card shows the Hangul name large and the Latin name below it, family name
first as the guest writes it ("강기정" / "Kang Gi-jung"); the title follows in the card's
languages, one line each. Names are black: never red ink for a name.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from exchange_planner.reports.cards import CardsData, SheetStats, build_sheets
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.layouts import (
    DEFAULT_PLACE_CARD_LAYOUT,
    CardLayout,
    LayoutError,
    layout,
)


def place_card_layout(key: str = DEFAULT_PLACE_CARD_LAYOUT) -> CardLayout:
    return layout(key, "place_card")


def build_place_cards(
    data: CardsData,
    target: str | Path | BinaryIO,
    *,
    layout_key: str = DEFAULT_PLACE_CARD_LAYOUT,
    card_layout: CardLayout | None = None,
    lang: str = "de+ko",
    font_path: str | None = None,
    stats: SheetStats | None = None,
) -> int:
    """Write the place cards of ``data.people`` (in their order); returns the page count."""
    chosen = card_layout or place_card_layout(layout_key)
    if chosen.kind != "place_card":
        raise LayoutError("layout", f"'{chosen.key}' is a layout of badges, not of place cards")
    language = Language(lang)
    title = language.label("place_cards")
    if data.occasion:
        title = f"{title}: {data.occasion}"
    return build_sheets(
        data, target, chosen, lang=lang, title=title, font_path=font_path, stats=stats
    )
