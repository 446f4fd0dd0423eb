"""The catering summary (Verpflegungsübersicht / 케이터링 요약) of a visit's meals.

One section per meal or reception, each on its own page for the caterer: the date, time and
venue, the headcount (delegation and hosts), the count per dietary requirement, the names
only where the kitchen needs them (allergies, "other" and free-text notes; every name with
the "names" option), and how many attendees have a withheld note (no consent to print
health- or religion-related details: ``domain.catering``). Filled by ``services.catering``;
every user text is printed through ``reports.text`` (escaped).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import composed_para, content_para, per_language, plain_text
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import PersonInfo, Stamp, VenueInfo
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import LABELS, DocumentOptions, Language, requirement_label
from exchange_planner.reports.itinerary import venue_segments
from exchange_planner.reports.letterhead import Letterhead, letterhead_flowables
from exchange_planner.reports.precedence_list import (
    ProtocolVisit,
    VisitCities,
    heading_flowables,
    name_para,
)
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import para

NO_TRANSLATIONS = Translations()


@dataclass(frozen=True)
class NamedDiner:
    """A person named to the caterer, with only what may be printed of them."""

    person: PersonInfo
    side: str
    #: DietaryRequirement values, in printing order.
    requirements: tuple[str, ...] = ()
    dietary_note: str = ""
    accessibility_note: str = ""


@dataclass(frozen=True)
class MealSection:
    item_id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue: VenueInfo | None = None
    headcount: int = 0
    delegation: int = 0
    hosts: int = 0
    #: (DietaryRequirement value, count), in printing order, only those with a count.
    counts: tuple[tuple[str, int], ...] = ()
    named: tuple[NamedDiner, ...] = ()
    withheld: int = 0
    without_requirements: int = 0
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS


@dataclass(frozen=True)
class CateringSummaryData(VisitCities):
    visit: ProtocolVisit
    meals: tuple[MealSection, ...] = ()
    #: Every attendee with a requirement is named (not only where the kitchen needs it).
    names: bool = False
    stamp: Stamp | None = None
    home_timezone: str = "Europe/Berlin"
    letterhead: Letterhead | None = None


CateringOptions = DocumentOptions


def requirements_text(codes: tuple[str, ...], lang: Language) -> str:
    """ "vegan, Nussallergie / vegan, nut allergy": the list in each language of the document."""
    texts = [
        ", ".join(
            lang.label_in(f"diet_{code}", part) if f"diet_{code}" in LABELS else code
            for code in codes
        )
        for part in lang.parts
    ]
    return " / ".join(dict.fromkeys(texts))


def document_title(data: CateringSummaryData, lang: Language) -> str:
    visit = plain_text(data.visit, "title", lang) or data.visit.title
    return f"{lang.label('catering_summary')}: {visit}"


def stamp_line(data: CateringSummaryData, lang: Language) -> str:
    if data.stamp is None:
        return ""
    moment = to_local(data.stamp.as_of, data.home_timezone)
    return (
        f"{lang.label('as_of')}: {lang.datetime(moment)} · {lang.label('version')} "
        f"{data.stamp.version}"
        + (f" · {lang.label('not_recorded')}" if data.stamp.unrecorded else "")
    )


def build_catering_summary(
    data: CateringSummaryData,
    target: str | Path | BinaryIO,
    options: CateringOptions | None = None,
) -> int:
    """Write the catering summary (A4 portrait, a page per meal); returns the page count."""
    options = options or CateringOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts)
    title = document_title(data, lang)
    visit_title = plain_text(data.visit, "title", lang) or data.visit.title
    return build_pdf(
        target,
        catering_flowables(data, styles, lang),
        fonts=fonts,
        lang=lang,
        title=title,
        subject=lang.label("catering_summary"),
        about=data,
        frame=PageFrame(
            header_left=title,
            header_right=data.visit.home_line(lang),
            header_shorten=visit_title,
            footer_left=stamp_line(data, lang),
        ),
    )


def catering_flowables(data: CateringSummaryData, s: Styles, lang: Language) -> list[Flowable]:
    story = letterhead_flowables(data.letterhead, lang, s)
    story += heading_flowables(data.visit, "catering_summary", s, lang)
    story.append(Spacer(1, 4 * mm))
    if not data.meals:
        story.append(para(lang.label("no_meals"), s.body))
        return story
    for index, meal in enumerate(data.meals):
        if index:
            story.append(PageBreak())
        story += meal_flowables(meal, data, s, lang)
    return story


def _when(meal: MealSection, lang: Language) -> tuple[str, str]:
    start = to_local(meal.starts_at, meal.timezone)
    end = to_local(meal.ends_at, meal.timezone)
    day = lang.date_all(start.date(), fmt="full")
    span = f"{lang.time(start)}–{lang.time(end)}"
    if end.date() != start.date():
        span += f" ({(end.date() - start.date()).days:+d})"
    return day, span


def meal_flowables(
    meal: MealSection, data: CateringSummaryData, s: Styles, lang: Language
) -> list[Flowable]:
    kind = f"meal_kind_{meal.kind}"
    story: list[Flowable] = [
        content_para(meal, "title", lang, s.h1, separator=" / ", second_muted=False),
    ]
    day, span = _when(meal, lang)
    rows: list[list[object]] = []

    def line(key: str, value: Flowable) -> None:
        rows.append([para(lang.label(key), s.label), value])

    line("date", para(day, s.cell))
    line("time", para(span, s.cell_bold))
    if meal.venue is not None:
        venue = meal.venue
        places = per_language(lang, lambda part: venue_segments(venue, part, lang))
        cell: list[Flowable] = [composed_para(places, s.cell, separator=" / ", second_muted=False)]
        if venue.address:
            cell.append(content_para(venue, "address", lang, s.cell_small, second_muted=False))
        rows.append([para(lang.label("venue"), s.label), cell])
    else:
        line("venue", para(st.EMPTY, s.cell))
    if kind in ("meal_kind_meal", "meal_kind_reception"):
        line("item", para(lang.label(kind), s.cell))
    split = lang.label(
        "headcount_split", total=meal.headcount, delegation=meal.delegation, hosts=meal.hosts
    )
    line("headcount", para(split, s.cell_bold))
    width = content_width()
    facts = Table(rows, colWidths=[42 * mm, width - 42 * mm])
    facts.setStyle(
        s.table(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story += [facts, Spacer(1, 4 * mm)]
    story += _counts(meal, s, lang)
    if meal.withheld:
        key = "withheld_one" if meal.withheld == 1 else "withheld"
        story += [Spacer(1, 2 * mm), para(lang.label(key, count=meal.withheld), s.cell_flag)]
    if meal.named:
        story += _named(meal, data, s, lang)
    story += [Spacer(1, 5 * mm), para(lang.label("consent_rule"), s.small)]
    return story


def _counts(meal: MealSection, s: Styles, lang: Language) -> list[Flowable]:
    heading = para(lang.label("requirements"), s.h2)
    if not meal.counts:
        return [heading, para(lang.label("no_requirements"), s.body)]
    rows: list[list[object]] = [
        [
            para(lang.label("requirement"), s.cell_head),
            para(lang.label("persons"), s.cell_head_right),
        ]
    ]
    for code, count in meal.counts:
        rows.append(
            [para(requirement_label(code, lang), s.cell), para(str(count), s.cell_bold_right)]
        )
    rows.append(
        [
            para(lang.label("without_requirements"), s.cell_small),
            para(str(meal.without_requirements), s.cell_right),
        ]
    )
    table = Table(rows, colWidths=[90 * mm, 25 * mm], hAlign="LEFT")
    table.setStyle(s.table(list(st.TABLE_STYLE)))
    return [KeepTogether([heading, table])]


def _named(
    meal: MealSection, data: CateringSummaryData, s: Styles, lang: Language
) -> list[Flowable]:
    heading = para(lang.label("all_by_name" if data.names else "by_name"), s.h2)
    rows: list[list[object]] = [
        [
            para(lang.label("name"), s.cell_head),
            para(lang.label("requirement"), s.cell_head),
            para(lang.label("notes"), s.cell_head),
        ]
    ]
    for diner in meal.named:
        codes = requirements_text(diner.requirements, lang)
        notes: list[Flowable] = []
        if diner.dietary_note:
            notes.append(para(diner.dietary_note, s.cell))
        if diner.accessibility_note:
            notes.append(
                para(f"{lang.label('accessibility_note')}: {diner.accessibility_note}", s.cell)
            )
        side = data.visit.side_name(diner.side, lang.primary)
        name: list[Flowable] = [name_para(diner.person, lang, s, bold=True)]
        if side:
            name.append(para(side, s.cell_small))
        rows.append([name, para(codes or st.EMPTY, s.cell), notes or para(st.EMPTY, s.cell)])
    width = content_width()
    widths = [55 * mm, 45 * mm, width - 100 * mm]
    table = ContinuedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(s.table(list(st.TABLE_STYLE)))
    table.continued_caption = para(
        continued_all(lambda part: lang.label_in("by_name", part), lang.parts), s.h2
    )
    return [Spacer(1, 3 * mm), heading, table]
