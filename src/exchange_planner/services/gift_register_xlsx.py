"""The gift register of a year as an XLSX workbook (openpyxl).

Sheet "Register": a header row and one row per gift with the register's columns; a gift in
another currency than EUR without a rate says "rate missing" in its EUR cell (and is left out
of the totals). Sheet "Totals": per direction the count, the EUR total and what was left
out. Sheet "Rules": the rules applied, with their limits and sources. Text cells pass
``services.csv_safe.safe_cell`` (no formulas from user text); the file is written to a
temporary name and renamed (``storage.files.atomic_write``), so a failed export leaves the
previous file as it was.
"""

from __future__ import annotations

import re
from pathlib import Path

from exchange_planner.domain.gift_register import GiftRegisterData, RegisterRow
from exchange_planner.domain.gift_rules import limit_text
from exchange_planner.reports.i18n import Language
from exchange_planner.services.csv_safe import safe_cell
from exchange_planner.storage.files import atomic_write

#: The register's columns: (label key, width).
COLUMNS: tuple[tuple[str, int], ...] = (
    ("date", 12),
    ("direction", 11),
    ("description", 40),
    ("giver", 28),
    ("recipient", 28),
    ("gift_value", 12),
    ("currency", 9),
    ("rate", 14),
    ("rate_date", 12),
    ("rate_source", 30),
    ("value_eur", 14),
    ("gift_rule", 30),
    ("crossed_limit", 16),
    ("consequence", 36),
    ("current_disposition", 18),
    ("place", 24),
    ("inventory_number", 16),
    ("visit", 30),
)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "#,##0.000000"
DATE_FORMAT = "yyyy-mm-dd"


def _text(value: object) -> object:
    cell = safe_cell(value)
    return _ILLEGAL.sub("", cell) if isinstance(cell, str) else cell


def header(lang: Language) -> list[str]:
    return [lang.label(key) for key, _width in COLUMNS]


def row_values(row: RegisterRow, lang: Language) -> list[object]:
    """The cells of one gift (numbers as numbers, dates as dates, text made safe)."""
    eur: object = row.value_eur
    if row.rate_missing:
        eur = lang.label("rate_missing")
    disposition = row.disposition
    rule = " ".join(x for x in (row.rule_jurisdiction, row.text_in("rule_name", lang.parts)) if x)
    crossed = row.crossed_limit
    if row.undetermined and not crossed:
        crossed = lang.label("rule_undetermined")
    return [
        row.presented_on,
        lang.label(f"direction_{row.direction}"),
        _text(row.text_in("description", lang.parts)),
        _text(row.giver),
        _text(row.recipient),
        row.value_amount,
        _text(row.value_currency),
        row.rate_units_per_eur,
        row.rate_date,
        _text(row.rate_source),
        eur,
        _text(rule),
        _text(crossed),
        _text(row.consequence),
        lang.label(f"disposition_{disposition.kind.value}") if disposition else "",
        _text(disposition.place) if disposition else "",
        _text(row.inventory_number),
        _text(row.text_in("visit_title", lang.parts)),
    ]


def write_register_xlsx(data: GiftRegisterData, target: str | Path, *, lang: str = "en") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    language = Language(lang)
    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(header(language))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    missing_fill = PatternFill("solid", fgColor="FFF2CC")
    for row in data.rows:
        sheet.append(row_values(row, language))
        number = sheet.max_row
        for column, fmt in ((1, DATE_FORMAT), (9, DATE_FORMAT)):
            sheet.cell(number, column).number_format = fmt
        sheet.cell(number, 6).number_format = MONEY_FORMAT
        sheet.cell(number, 8).number_format = RATE_FORMAT
        sheet.cell(number, 11).number_format = MONEY_FORMAT
        if row.rate_missing:
            for cell in sheet[number]:
                cell.fill = missing_fill
    for index, (_key, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    if data.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{sheet.max_row}"

    totals = book.create_sheet("Totals")
    totals.append(
        [
            language.label("direction"),
            language.label("gifts_count"),
            language.label("total_eur"),
            language.label("rate_missing"),
            language.label("no_value"),
        ]
    )
    for cell in totals[1]:
        cell.font = bold
    for total in data.totals():
        totals.append(
            [
                language.label(f"direction_{total.direction}"),
                total.count,
                total.total_eur,
                total.rate_missing,
                total.unvalued,
            ]
        )
        totals.cell(totals.max_row, 3).number_format = MONEY_FORMAT
    totals.append([])
    totals.append([_text(language.label("register_note"))])
    for index, width in enumerate((16, 10, 16, 14, 14), start=1):
        totals.column_dimensions[get_column_letter(index)].width = width

    rules = book.create_sheet("Rules")
    rules.append(["Jurisdiction", "Rule", "From", "To", "Limits", "Source", "URL", "Valuation"])
    for cell in rules[1]:
        cell.font = bold
    for rule in data.rules:
        tiers = "; ".join(
            f"{tier}: {limit_text(limits)}"
            + (f" – {limits[0].consequence}" if limits[0].consequence else "")
            for tier, limits in rule.tiers()
        )
        rules.append(
            [
                _text(rule.jurisdiction),
                _text(rule.name_in(language.parts)),
                rule.effective_from,
                rule.effective_to,
                _text(tiers),
                _text(rule.source),
                _text(rule.source_url),
                _text(rule.valuation),
            ]
        )
        for column in (3, 4):
            rules.cell(rules.max_row, column).number_format = DATE_FORMAT
    for index, width in enumerate((18, 36, 12, 12, 50, 50, 40, 40), start=1):
        rules.column_dimensions[get_column_letter(index)].width = width
    book.properties.title = language.label("gift_register_year", year=data.year)
    book.properties.creator = "Exchange Planner"
    return atomic_write(target, book.save)
