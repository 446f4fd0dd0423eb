"""The balances of every partnership in one PDF, each partnership starting on a new page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak

from exchange_planner.reports.balance import _cities, balance_flowables, label
from exchange_planner.reports.data import BalanceReportData, city_name_in
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.styles import make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf


def build_balances_pdf(
    every: Sequence[BalanceReportData],
    target: str | Path | BinaryIO,
    *,
    lang: str = "de+en",
    font_path: str | None = None,
) -> int:
    """Write the balance of each partnership in ``every`` (landscape A4); returns the page
    count."""
    language = Language(lang)
    fonts = font_set(font_path)
    styles = make_styles(fonts)
    story: list[Flowable] = []
    partners: list[str] = []
    for index, data in enumerate(every):
        if index:
            story.append(PageBreak())
        # The letterhead once, on the first page.
        story.extend(balance_flowables(data, styles, language, fonts, with_letterhead=not index))
        partners.append(_cities(data, language)[1])
    first = every[0]
    home = " / ".join(
        dict.fromkeys(
            city_name_in(first.home_city, first.home_city_names, part) for part in language.parts
        )
    )
    title = f"{label(language, 'balance')}: {home} – {', '.join(partners)}"
    return build_pdf(
        target,
        story,
        fonts=fonts,
        lang=language,
        title=title,
        subject=label(language, "balance"),
        about=first,
        wide=True,
        frame=PageFrame(
            header_left=title,
            header_right=home,
            footer_left=f"{label(language, 'as_of')}: {language.date(first.as_of)}",
        ),
    )
