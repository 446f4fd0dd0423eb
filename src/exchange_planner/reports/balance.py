"""The partnership balance (reciprocity ledger) as PDF: table per year, bar chart, open list.

A function from plain data to a file; the ledger comes from ``domain.ledger``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from exchange_planner.domain.ledger import OpenKind, YearBalance
from exchange_planner.domain.texts import text_in
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import composed_para, local_texts, names_line
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import BalanceReportData, PartnerInfo, city_name_in
from exchange_planner.reports.fonts import FontSet, font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.letterhead import letterhead_flowables
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import para

BALANCE_LABELS: dict[str, tuple[str, str, str]] = {
    "balance": ("Austauschbilanz", "Partnership balance", "교류 현황"),
    "since": ("Partnerschaft seit {year}", "Partnership since {year}", "{year}년 자매결연"),
    "year": ("Jahr", "Year", "연도"),
    "total": ("Gesamt", "Total", "합계"),
    "residencies_sent": ("Residenzen entsandt", "Residencies sent", "파견 레지던시"),
    "residencies_received": ("Residenzen empfangen", "Residencies received", "초청 레지던시"),
    "visits_hosted": ("Besuche empfangen", "Visits hosted", "방문단 접수"),
    "visits_made": ("Besuche gemacht", "Visits made", "방문단 파견"),
    "gifts_given": ("Geschenke überreicht", "Gifts given", "증정 선물"),
    "gifts_received": ("Geschenke erhalten", "Gifts received", "받은 선물"),
    "value_given": ("Wert überreicht", "Value given", "증정 가액"),
    "value_received": ("Wert erhalten", "Value received", "수령 가액"),
    "proposed": ("{count} vorgeschlagen", "{count} proposed", "{count}건 제안"),
    "chart": ("Austausch je Jahr", "Exchanges per year", "연도별 교류"),
    "open": ("Offene Austausche", "Open exchanges", "미회신 교류"),
    "open_none": (
        "Keine: jeder Austausch ist erwidert.",
        "None: every exchange has been answered.",
        "없음: 모든 교류가 회신되었습니다.",
    ),
    "residency_open": (
        "Residenz ohne Gegenresidenz",
        "Residency without counterpart",
        "상호 레지던시 없음",
    ),
    "visit_open": ("Besuch nicht erwidert", "Visit not yet returned", "답방 미실시"),
    "no_exchanges": ("Keine Austausche erfasst.", "No exchanges recorded.", "기록된 교류 없음."),
    "as_of": ("Stand", "As of", "기준"),
}

#: Chart series: (attribute, colour) — out/in pairs in one hue each; printable in grey.
SERIES: list[tuple[str, colors.Color]] = [
    ("residencies_sent", colors.HexColor("#1565c0")),
    ("residencies_received", colors.HexColor("#64b5f6")),
    ("visits_made", colors.HexColor("#2e7d32")),
    ("visits_hosted", colors.HexColor("#81c784")),
    ("gifts_given", colors.HexColor("#ef6c00")),
    ("gifts_received", colors.HexColor("#ffb74d")),
]


def label(lang: Language, key: str, separator: str = " / ", **values: object) -> str:
    texts = [
        BALANCE_LABELS[key][("de", "en", "ko").index(part)].format(**values) for part in lang.parts
    ]
    return separator.join(dict.fromkeys(texts))


def _cities(data: BalanceReportData, lang: Language) -> tuple[str, str]:
    """(home, partner) in the document's languages: "Leipzig", "Gwangju (광주)"."""
    partner = data.partner or PartnerInfo(data.partner_city, data.partner_city_native)
    names = [text_in(partner, "partner_city", part).text for part in lang.parts]
    home = names_line(city_name_in(data.home_city, data.home_city_names, p) for p in lang.parts)
    return home, names_line([*names, partner.city_native or data.partner_city_native])


def build_balance_pdf(
    data: BalanceReportData,
    target: str | Path | BinaryIO,
    *,
    lang: str = "de+en",
    font_path: str | None = None,
) -> int:
    """Write the balance of one partnership (landscape A4); returns the page count."""
    language = Language(lang)
    fonts = font_set(font_path)
    styles = make_styles(fonts)
    home, partner = _cities(data, language)
    title = f"{label(language, 'balance')}: {home} – {partner}"
    return build_pdf(
        target,
        balance_flowables(data, styles, language, fonts),
        fonts=fonts,
        lang=language,
        title=title,
        subject=label(language, "balance"),
        about=data,
        wide=True,
        frame=PageFrame(
            header_left=title,
            header_right=home,
            header_shorten=f"{home} – {partner}",
            footer_left=f"{label(language, 'as_of')}: {language.date(data.as_of)}",
        ),
    )


def _money(lang: Language, values: dict[str, Decimal]) -> str:
    """Sums per currency, a line each; "—" for none."""
    return "\n".join(lang.money(values[c], c) for c in sorted(values)) or st.EMPTY


#: The ledger's columns; all but the year hold figures (right-aligned, headings too).
KEYS = [
    "year",
    "residencies_sent",
    "residencies_received",
    "visits_hosted",
    "visits_made",
    "gifts_given",
    "gifts_received",
    "value_given",
    "value_received",
]

#: Left and right padding of a cell (TABLE_STYLE), and a little room for rounding.
_CELL_PADDING = 8 + 1


def fitted_widths(
    columns: list[list[tuple[str, ParagraphStyle]]], fonts: FontSet, width: float
) -> list[float]:
    """Column widths for cells of plain text (a list of (text, style) per column) in
    ``width`` points, measured in the document's fonts: every column at least as wide as its
    longest word (no word is split), and the room left shared out so that as many lines
    as possible are set whole, the columns that need most getting most."""

    def measure(text: str, style: ParagraphStyle) -> float:
        bold = style.fontName == fonts.bold
        return fonts.string_width(text, style.fontSize, bold=bold) + _CELL_PADDING

    least: list[float] = []
    whole: list[float] = []
    for cells in columns:
        lines = [(line, style) for text, style in cells for line in text.split("\n")]
        least.append(max(measure(word, style) for line, style in lines for word in line.split()))
        whole.append(max(measure(line, style) for line, style in lines))
    spare = width - sum(least)
    wanted = sum(whole) - sum(least)
    if spare <= 0 or wanted <= 0:
        extra = [max(spare, 0) / len(columns)] * len(columns)
    elif wanted <= spare:
        # Everything fits on whole lines; what is left is shared out evenly.
        extra = [w - m + (spare - wanted) / len(columns) for w, m in zip(whole, least, strict=True)]
    else:
        extra = [(w - m) * spare / wanted for w, m in zip(whole, least, strict=True)]
    return [m + e for m, e in zip(least, extra, strict=True)]


def balance_flowables(
    data: BalanceReportData,
    s: Styles,
    lang: Language,
    fonts: FontSet,
    *,
    with_letterhead: bool = True,
) -> list[Flowable]:
    home, city = _cities(data, lang)
    story: list[Flowable] = [
        para(label(lang, "balance"), s.cover_title),
        para(f"{home} – {city}", s.cover_subtitle),
    ]
    if data.since_year:
        story.append(para(label(lang, "since", year=data.since_year), s.cover_line))
    story.append(Spacer(1, 5 * mm))
    ledger = data.ledger
    if not ledger.years:
        story.append(para(label(lang, "no_exchanges"), s.body))
    else:
        cells: list[list[tuple[str, ParagraphStyle]]] = [
            [(label(lang, k, "\n"), s.cell_head if k == "year" else s.cell_head_right)]
            for k in KEYS
        ]
        for year in [*ledger.years, ledger.totals()]:
            for column, cell in zip(cells, _row(year, s, lang), strict=True):
                column.append(cell)
        whole_words = {style.name: _unsplit(style) for column in cells for _, style in column}
        rows: list[list[object]] = [
            [para(column[row][0], whole_words[column[row][1].name]) for column in cells]
            for row in range(len(cells[0]))
        ]
        table = ContinuedTable(
            rows,
            colWidths=fitted_widths(cells, fonts, content_width(wide=True)),
            repeatRows=1,
        )
        table.continued_caption = para(
            continued_all(lambda part: label(Language(part), "balance"), lang.parts), s.h2
        )
        style = list(st.TABLE_STYLE)
        style.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, st.ACCENT))
        table.setStyle(s.table(style))
        story.append(table)
        story.append(para(label(lang, "chart"), s.h2))
        story.append(_Chart(ledger.years, lang, fonts))
    story.append(para(label(lang, "open"), s.h2))
    if not ledger.open:
        story.append(para(label(lang, "open_none"), s.body))
    for item in ledger.open:
        kind = "visit_open" if item.kind is OpenKind.VISIT_NOT_RETURNED else "residency_open"
        title = data.open_title(item.kind.value, item.record_id)
        texts = [[local] for local in local_texts(title, "title", lang)] or [[item.title]]
        story.append(
            composed_para(
                [*texts[:-1], [*texts[-1], f" ({lang.date(item.day)})"]],
                s.body,
                prefix=f"• {label(lang, kind)}: ",
                separator=" / ",
                second_muted=False,
            )
        )
    if with_letterhead:
        story[:0] = letterhead_flowables(data.letterhead, lang, s, width=content_width(wide=True))
    return story


def _unsplit(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` that never splits a word: the columns are as wide as their longest word."""
    return ParagraphStyle(f"{style.name}_whole", parent=style, splitLongWords=0)


def _row(year: YearBalance, s: Styles, lang: Language) -> list[tuple[str, ParagraphStyle]]:
    """A year's (or the totals') cells as (text, style): figures right-aligned."""

    def with_pending(count: int, pending: int) -> str:
        if pending:
            # "(1 vorgeschlagen)" and "(1건 제안)", each language on a line of its own.
            texts = label(lang, "proposed", "\n", count=pending).split("\n")
            return "\n".join([str(count), *(f"({text})" for text in texts)])
        return str(count)

    total = year.year == 0
    style = s.cell_bold if total else s.cell
    figures = s.cell_bold_right if total else s.cell_right
    return [
        (str(year.year) if year.year else label(lang, "total", "\n"), style),
        (with_pending(year.residencies_sent, year.residencies_sent_pending), figures),
        (with_pending(year.residencies_received, year.residencies_received_pending), figures),
        (str(year.visits_hosted), figures),
        (str(year.visits_made), figures),
        (str(year.gifts_given), figures),
        (str(year.gifts_received), figures),
        (_money(lang, year.value_given), figures),
        (_money(lang, year.value_received), figures),
    ]


class _Chart(Flowable):
    """Grouped bars per year with a legend, drawn on the canvas in the document's fonts
    (ReportLab's graphics renderer would add an unembedded Helvetica)."""

    def __init__(self, years: list[YearBalance], lang: Language, fonts: FontSet) -> None:
        super().__init__()
        self.years = years
        self.lang = lang
        self.fonts = fonts
        self.width = content_width(wide=True)
        self.height = 52 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _text(self, x: float, y: float, text: str, size: float, anchor: str = "start") -> None:
        canvas = self.canv
        width = self.fonts.string_width(text, size)
        if anchor == "middle":
            x -= width / 2
        elif anchor == "end":
            x -= width
        # Runs: Hangul in the fallback face, Latin in the primary one.
        for font_name, piece in self.fonts.runs(text):
            canvas.setFont(font_name, size)
            canvas.drawString(x, y, piece)
            x += self.fonts.string_width(piece, size)

    def draw(self) -> None:
        canvas = self.canv
        years = self.years
        width, height = self.width, self.height
        legend_h = 12 * mm
        left, bottom = 12 * mm, legend_h + 6 * mm
        plot_h = height - 2 * mm - bottom
        peak = max(1, max(max(getattr(y, name) for name, _ in SERIES) for y in years))
        step = max(1, round(peak / 4))
        canvas.saveState()
        canvas.setFillColor(st.INK)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.3)
        for value in range(0, peak + 1, step):
            y = bottom + value / peak * plot_h
            canvas.line(left, y, width, y)
            self._text(left - 2 * mm, y - 2.5, str(value), 7, "end")
        group = (width - left) / len(years)
        bar = min(8 * mm, group * 0.8 / len(SERIES))
        for i, year in enumerate(years):
            x0 = left + i * group + (group - bar * len(SERIES)) / 2
            for j, (name, colour) in enumerate(SERIES):
                value = getattr(year, name)
                if value:
                    canvas.setFillColor(colour)
                    canvas.rect(
                        x0 + j * bar, bottom, bar - 1, value / peak * plot_h, stroke=0, fill=1
                    )
            canvas.setFillColor(st.INK)
            self._text(left + i * group + group / 2, bottom - 4 * mm, str(year.year), 8, "middle")
        canvas.setStrokeColor(st.INK)
        canvas.setLineWidth(0.6)
        canvas.line(left, bottom, width, bottom)
        x = left
        for name, colour in SERIES:
            # Only the primary language in the legend; the table carries the bilingual labels.
            text = BALANCE_LABELS[name][("de", "en", "ko").index(self.lang.primary)]
            canvas.setFillColor(colour)
            canvas.rect(x, 2 * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
            canvas.setFillColor(st.INK)
            self._text(x + 4 * mm, 2.4 * mm, text, 7.5)
            x += 4 * mm + self.fonts.string_width(text, 7.5) + 6 * mm
        canvas.restoreState()
