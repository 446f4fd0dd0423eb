"""The yearly gift register (Geschenkregister / 선물 등록부), landscape A4.

One table per direction (given, received), a row per gift: number, date, description (and
the visit), giver and recipient, the value in its currency, the rate used (units per EUR,
its date and source), the value in EUR, the rule of the recipient's office with the limit
reached and its consequence, the current disposition with its place and the inventory
number. A gift in another currency without a rate is marked "rate missing" and left out of
the totals, which say how many were left out. The rules applied follow with their sources.
Filled by ``services.gift_register``; every user text is printed literally (``text.para``).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from exchange_planner.domain.gift_register import DIRECTIONS, GiftRegisterData, RegisterRow
from exchange_planner.domain.gift_rules import RuleInfo, limit_text
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import names_line
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import city_name_in
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.letterhead import letterhead_flowables
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import para

REGISTER_STYLES: dict[str, dict[str, object]] = {
    **st.STYLE_SPECS,
    "cell": {"fontSize": 8, "leading": 10},
    "cell_right": {"fontSize": 8, "leading": 10, "alignment": 2},
    "cell_small": {"fontSize": 7, "leading": 8.8, "textColor": st.MUTED},
    "cell_bold": {"weight": "bold", "fontSize": 8, "leading": 10},
    "cell_flag": {"weight": "bold", "fontSize": 7.8, "leading": 9.8, "textColor": st.FLAG},
}

#: (label key, width in mm; the description takes what is left)
WIDTHS: tuple[tuple[str, float], ...] = (
    ("number", 10),
    ("date", 19),
    ("description", 0),
    ("giver", 38),
    ("gift_value", 22),
    ("rate", 34),
    ("value_eur", 21),
    ("gift_rule", 40),
    ("current_disposition", 30),
)


def _home(data: GiftRegisterData, lang: Language) -> str:
    return names_line(
        city_name_in(data.home_city, data.home_city_names, part)  # type: ignore[arg-type]
        for part in lang.parts
    )


def build_gift_register(
    data: GiftRegisterData,
    target: str | Path | BinaryIO,
    *,
    lang: str = "de",
    font_path: str | None = None,
) -> int:
    """Write the register; returns the page count."""
    language = Language(lang)
    fonts = font_set(font_path)
    styles = make_styles(fonts, REGISTER_STYLES)
    title = language.label("gift_register_year", year=data.year)
    as_of = f"{language.label('as_of')}: {language.date(data.as_of)}" if data.as_of else ""
    return build_pdf(
        target,
        register_flowables(data, styles, language),
        fonts=fonts,
        lang=language,
        title=title,
        subject=language.label("gift_register"),
        about=data,
        wide=True,
        frame=PageFrame(
            header_left=title,
            header_right=_home(data, language),
            footer_left=as_of,
            header_on_first_page=False,
        ),
    )


def register_flowables(data: GiftRegisterData, s: Styles, lang: Language) -> list[Flowable]:
    story = letterhead_flowables(data.letterhead, lang, s)  # type: ignore[arg-type]
    story += [
        para(_home(data, lang), s.cover_city),
        para(lang.label("gift_register_year", year=data.year), s.cover_title),
    ]
    if data.as_of:
        story.append(para(f"{lang.label('as_of')}: {lang.date(data.as_of)}", s.cover_meta))
    story.append(para(lang.label("register_note"), s.small))
    story.append(Spacer(1, 4 * mm))
    number = 0
    for direction in DIRECTIONS:
        rows = data.by_direction(direction)
        heading = para(lang.label(direction), s.h1)
        if not rows:
            story.append(KeepTogether([heading, para(lang.label("none"), s.body)]))
            continue
        story.append(heading)
        story.append(_table(rows, number, s, lang, direction))
        number += len(rows)
    story += _totals(data, s, lang)
    story += _rules(data, s, lang)
    return story


def _cell(lines: list[tuple[str, object]], s: Styles) -> list[Flowable]:
    """Several paragraphs in one cell: (text, style) each, empty texts left out."""
    return [para(text, style) for text, style in lines if text]  # type: ignore[arg-type]


def _table(
    rows: list[RegisterRow], first: int, s: Styles, lang: Language, direction: str
) -> Flowable:
    head: list[object] = []
    for key, _width in WIDTHS:
        style = s.cell_head_right if key in ("number", "gift_value", "value_eur") else s.cell_head
        text = lang.label(key, separator="\n")
        if key == "giver":
            giver, recipient = lang.label("giver"), lang.label("recipient")
            text = f"{giver} →\n{recipient}"
        head.append(para(text, style))
    table_rows: list[list[object]] = [head]
    style = list(st.TABLE_STYLE)
    for offset, row in enumerate(rows, start=1):
        value = (
            lang.money(row.value_amount, row.value_currency)
            if row.value_amount is not None
            else st.EMPTY
        )
        if row.rate_missing:
            eur: list[Flowable] = [para(f"⚠ {lang.label('rate_missing')}", s.cell_flag)]
            style.append(("BOX", (0, offset), (-1, offset), 0.8, st.FLAG))
        elif row.value_eur is not None:
            eur = [para(lang.money(row.value_eur, "EUR"), s.cell_right)]
        else:
            eur = [para(st.EMPTY, s.cell_right)]
        rate: list[Flowable] = []
        if row.rate_units_per_eur is not None:
            rate = _cell(
                [
                    (f"{lang.number(row.rate_units_per_eur)} {row.value_currency}", s.cell),
                    (lang.date(row.rate_date, fmt="medium") if row.rate_date else "", s.cell_small),
                    (row.rate_source, s.cell_small),
                ],
                s,
            )
        rule_lines: list[tuple[str, object]] = [
            (row.rule_jurisdiction, s.cell_bold),
            (row.text_in("rule_name", lang.parts), s.cell_small),
        ]
        if row.crossed_limit:
            rule_lines.append((f"≥ {row.crossed_limit}", s.cell_flag))
            rule_lines.append((row.consequence, s.cell_small))
        elif row.undetermined:
            rule_lines.append((lang.label("rule_undetermined"), s.cell_small))
        disposition: list[tuple[str, object]] = []
        if row.disposition is not None:
            disposition = [
                (lang.label(f"disposition_{row.disposition.kind.value}"), s.cell),
                (row.disposition.place, s.cell_small),
                (lang.date(row.disposition.dated_on, fmt="medium"), s.cell_small),
            ]
        if row.inventory_number:
            disposition.append(
                (f"{lang.label('inventory_number')}: {row.inventory_number}", s.cell_small)
            )
        table_rows.append(
            [
                para(str(first + offset), s.cell_right),
                para(
                    lang.date(row.presented_on, fmt="medium") if row.presented_on else st.EMPTY,
                    s.cell,
                ),
                _cell(
                    [
                        (row.text_in("description", lang.parts), s.cell),
                        (row.text_in("visit_title", lang.parts), s.cell_small),
                    ],
                    s,
                ),
                _cell(
                    [(row.giver, s.cell), ("→ " + row.recipient if row.recipient else "", s.cell)],
                    s,
                ),
                para(value, s.cell_right),
                rate or [para(st.EMPTY, s.cell)],
                eur,
                _cell(rule_lines, s) or [para(st.EMPTY, s.cell)],
                _cell(disposition, s) or [para(st.EMPTY, s.cell)],
            ]
        )
    width = content_width(wide=True)
    fixed = sum(w for _k, w in WIDTHS) * mm
    widths = [w * mm if w else width - fixed for _k, w in WIDTHS]
    table = ContinuedTable(table_rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(s.table(style))
    table.continued_caption = para(
        continued_all(lambda part: lang.label_in(direction, part), lang.parts), s.h2
    )
    return table


def _totals(data: GiftRegisterData, s: Styles, lang: Language) -> list[Flowable]:
    heading = para(lang.label("totals"), s.h1)
    head = [
        para(lang.label("direction", separator="\n"), s.cell_head),
        para(lang.label("gifts_count", separator="\n"), s.cell_head_right),
        para(lang.label("total_eur", separator="\n"), s.cell_head_right),
        para(lang.label("notes", separator="\n"), s.cell_head),
    ]
    rows: list[list[object]] = [head]
    style = list(st.TABLE_STYLE)
    for index, total in enumerate(data.totals(), start=1):
        notes: list[tuple[str, object]] = []
        if total.rate_missing:
            notes.append(
                (f"⚠ {lang.label('rate_missing_excluded', count=total.rate_missing)}", s.cell_flag)
            )
            style.append(("BOX", (0, index), (-1, index), 0.8, st.FLAG))
        if total.unvalued:
            notes.append((lang.label("unvalued_excluded", count=total.unvalued), s.cell))
        rows.append(
            [
                para(lang.label(f"direction_{total.direction}"), s.cell),
                para(str(total.count), s.cell_right),
                para(lang.money(total.total_eur, "EUR"), s.cell_bold_right),
                _cell(notes, s) or [para("", s.cell)],
            ]
        )
    width = content_width(wide=True)
    table = ContinuedTable(
        rows, colWidths=[50 * mm, 25 * mm, 40 * mm, width - 115 * mm], repeatRows=1
    )
    table.setStyle(s.table(style))
    return [Spacer(1, 4 * mm), KeepTogether([heading, table])]


def _rules(data: GiftRegisterData, s: Styles, lang: Language) -> list[Flowable]:
    if not data.rules:
        return []
    story: list[Flowable] = [Spacer(1, 4 * mm)]
    heading: list[Flowable] = [para(lang.label("rules_sources"), s.h1)]
    for rule in data.rules:

        def period(part: str, rule: RuleInfo = rule) -> dict[str, object]:
            end = rule.effective_to
            return {
                "start": lang.date(rule.effective_from, part=part, fmt="medium"),
                "end": lang.date(end, part=part, fmt="medium")
                if end
                else lang.label_in("rule_open", part),
            }

        period_text = lang.label_each("rule_period", period)
        block: list[Flowable] = [para(f"{rule.jurisdiction} — {rule.name_in(lang.parts)}", s.h2)]
        block.append(para(period_text, s.small))
        if rule.applies_to:
            block.append(para(rule.applies_to, s.body))
        for tier, limits in rule.tiers():
            consequence = limits[0].consequence if limits else ""
            block.append(
                para(
                    f"{lang.label('limits')} {tier}: {limit_text(limits, lang.money)}"
                    + (f" — {consequence}" if consequence else ""),
                    s.body,
                )
            )
        if rule.valuation:
            block.append(para(f"{lang.label('valuation')}: {rule.valuation}", s.body))
        source = rule.source + (f" ({rule.source_url})" if rule.source_url else "")
        if source:
            block.append(para(f"{lang.label('source')}: {source}", s.small))
        # The section's heading travels with its first rule.
        story.append(KeepTogether([*heading, *block]))
        heading = []
    return story
