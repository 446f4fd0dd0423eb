"""The order of precedence of a visit (Rangfolge / 의전 서열): one table of everyone taking
part, guests and hosts merged by their ranks.

Each row: the place, the name (Latin line and own-script line; Korean names family name first,
``domain.names``), the title in the document's languages, the organisation, the side (the
delegation or the home city), the rank with its rank table, and marks with a legend: a place
set by hand (with the reason and the computed place), no rank (placed after the ranked ones),
a tie decided by the name alone. Filled by ``services.protocol_documents``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from exchange_planner.domain.enums import MemberRole, Side
from exchange_planner.domain.names import has_hangul
from exchange_planner.domain.precedence import FLAG_MARKS
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations, text_in
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import (
    composed_para,
    content_para,
    local_texts,
    names_line,
    plain_text,
)
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import (
    CityNames,
    PartnerInfo,
    PersonInfo,
    TitleInfo,
    city_name_in,
)
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import DocumentOptions, Language
from exchange_planner.reports.letterhead import Letterhead, letterhead_flowables
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import para

NO_TRANSLATIONS = Translations()

#: The marks of the list and their legend labels (``i18n.LABELS``), in the legend's order.
MARKS: dict[str, tuple[str, str]] = {
    flag: (FLAG_MARKS[flag], f"legend_{flag}")
    for flag in ("overridden", "unranked", "tie_alphabetical")
}


#: The default styles and a note in the flag's colour, not bold (an override's reason).
PROTOCOL_STYLES: dict[str, dict[str, object]] = {
    **st.STYLE_SPECS,
    "cell_note": {"fontSize": 8.5, "leading": 10.8, "textColor": st.FLAG},
}


@dataclass(frozen=True)
class ProtocolVisit:
    """The visit a protocol document is about: its title, dates and the two cities."""

    visit_id: int
    title: str
    start_date: date | None = None
    end_date: date | None = None
    home_city: str = ""
    home_city_names: CityNames = ()
    partner: PartnerInfo | None = None
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS

    @property
    def partner_city(self) -> str:  # PDF keywords (reports.archive)
        return self.partner.partner_city if self.partner else ""

    def side_name(self, side: str, part: str) -> str:
        """The side's name in one language: the partner city for the delegation, the home city
        for the hosts ("Gwangju", "라이프치히")."""
        if side == Side.HOST.value:
            return city_name_in(self.home_city, self.home_city_names, part)
        if self.partner is None:
            return ""
        return text_in(self.partner, "partner_city", part).text or self.partner.partner_city

    def home_line(self, lang: Language) -> str:
        return names_line(city_name_in(self.home_city, self.home_city_names, p) for p in lang.parts)


@dataclass(frozen=True)
class RankInfo:
    """A rank as printed: its title and the name of its rank table, both translatable."""

    title: str
    table: str = ""
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS
    #: The rank table's language and the translations of its name (field ``title``).
    table_language: str = DEFAULT_LANGUAGE
    table_translations: Translations = NO_TRANSLATIONS

    @property
    def table_title(self) -> TitleInfo:
        return TitleInfo(self.table, self.table_language, self.table_translations)


@dataclass(frozen=True)
class PrecedenceRow:
    place: int
    person: PersonInfo
    side: str  # Side
    rank: RankInfo | None = None
    role: str = MemberRole.OFFICIAL.value
    computed_place: int = 0
    #: "overridden", "unranked", "tie_alphabetical" (``domain.precedence.Placed.flags``).
    flags: frozenset[str] = frozenset()
    override_reason: str = ""
    #: An interpreter's principal (printed in the note).
    interprets_for: PersonInfo | None = None


class VisitCities:
    """The cities of a document's visit, which ``reports.archive`` reads for the PDF's
    metadata (a base of the documents' data)."""

    visit: ProtocolVisit

    @property
    def home_city(self) -> str:
        return self.visit.home_city

    @property
    def partner_city(self) -> str:
        return self.visit.partner_city


@dataclass(frozen=True)
class PrecedenceListData(VisitCities):
    visit: ProtocolVisit
    rows: tuple[PrecedenceRow, ...]
    #: The day the list is printed as of.
    as_of: date
    #: A rank table cycle: the message; the rows are then in list order.
    error: str = ""
    letterhead: Letterhead | None = None


PrecedenceOptions = DocumentOptions


def name_lines(person: PersonInfo, lang: Language) -> list[str]:
    """The name in both scripts, the document's own first: Latin then Hangul in German and
    English ("Kang Gi-jung", "강기정"), Hangul then Latin in Korean; one line without own script."""
    latin = lang.latin_name(person)
    native = lang.own_script(person)
    if not native or native == latin:
        return [latin or native]
    if lang.primary == "ko" and has_hangul(native):
        return [native, latin]
    return [latin, native]


def name_para(person: PersonInfo, lang: Language, s: Styles, *, bold: bool = False) -> Flowable:
    lines = name_lines(person, lang)
    return composed_para([[line] for line in lines], s.cell_bold if bold else s.cell)


def document_title(data: PrecedenceListData, lang: Language) -> str:
    visit = plain_text(data.visit, "title", lang) or data.visit.title
    return f"{lang.label('precedence_list')}: {visit}"


def build_precedence_list(
    data: PrecedenceListData,
    target: str | Path | BinaryIO,
    options: PrecedenceOptions | None = None,
) -> int:
    """Write the order of precedence (landscape A4); returns the page count."""
    options = options or PrecedenceOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts, PROTOCOL_STYLES)
    title = document_title(data, lang)
    visit_title = plain_text(data.visit, "title", lang) or data.visit.title
    return build_pdf(
        target,
        precedence_flowables(data, styles, lang),
        fonts=fonts,
        lang=lang,
        title=title,
        subject=lang.label("precedence_list"),
        about=data,
        wide=True,
        frame=PageFrame(
            header_left=title,
            header_right=data.visit.home_line(lang),
            header_shorten=visit_title,
            footer_left=f"{lang.label('as_of')}: {lang.date(data.as_of)}",
        ),
    )


def heading_flowables(
    visit: ProtocolVisit, key: str, s: Styles, lang: Language, subtitle: list[str] = ()
) -> list[Flowable]:
    """The document's name, the visit's title and dates (the top of page 1)."""
    story: list[Flowable] = [
        para(visit.home_line(lang), s.cover_city),
        para(lang.label(key), s.cover_title),
        content_para(visit, "title", lang, s.cover_subtitle),
    ]
    for line in subtitle:
        story.append(para(line, s.cover_line))
    if visit.start_date and visit.end_date:
        story.append(para(lang.date_range_all(visit.start_date, visit.end_date), s.cover_line))
    return story


def precedence_flowables(data: PrecedenceListData, s: Styles, lang: Language) -> list[Flowable]:
    story = letterhead_flowables(data.letterhead, lang, s)
    story += heading_flowables(data.visit, "precedence_list", s, lang)
    story.append(Spacer(1, 5 * mm))
    if data.error:
        story.append(para(f"{lang.label('precedence_error')}: {data.error}", s.cell_flag))
        story.append(Spacer(1, 3 * mm))
    if not data.rows:
        story.append(para(lang.label("no_participants"), s.body))
        return story
    story.append(_table(data, s, lang))
    story += _legend(data, s, lang)
    return story


def _side(data: PrecedenceListData, row: PrecedenceRow, lang: Language) -> str:
    """The city of the side ("Gwangju (광주)"); its word where the city has no name."""
    city = names_line(data.visit.side_name(row.side, part) for part in lang.parts)
    return city or lang.label("side_host" if row.side == Side.HOST.value else "side_delegation")


def marks_of(row: PrecedenceRow) -> str:
    return " ".join(mark for flag, (mark, _label) in MARKS.items() if flag in row.flags)


def _note(row: PrecedenceRow, lang: Language) -> str:
    """The marks, then what they mean for this row: the computed place and the reason of an
    override, whose interpreter, a role other than official."""
    lines: list[str] = [marks_of(row)] if row.flags & MARKS.keys() else []
    if "overridden" in row.flags:
        lines.append(lang.label("override_note", place=row.computed_place))
        if row.override_reason:
            lines.append(row.override_reason)
    if row.role == MemberRole.INTERPRETER.value and row.interprets_for is not None:
        lines.append(lang.label_named("interprets_for", row.interprets_for))
    elif row.role == MemberRole.HEAD.value and row.side == Side.HOST.value:
        lines.append(lang.label("role_host_head"))  # the host heads no delegation
    elif row.role != MemberRole.OFFICIAL.value:
        lines.append(lang.role(row.role))
    return "\n".join(lines)


def _table(data: PrecedenceListData, s: Styles, lang: Language) -> Flowable:
    heads = [
        ("number", s.cell_head_right),
        ("name", s.cell_head),
        ("title", s.cell_head),
        ("organisation", s.cell_head),
        ("side", s.cell_head),
        ("rank", s.cell_head),
        ("notes", s.cell_head),
    ]
    rows: list[list[object]] = [[para(lang.label(k, separator="\n"), st_) for k, st_ in heads]]
    style = list(st.TABLE_STYLE)
    for index, row in enumerate(data.rows, start=1):
        rank: object = para(st.EMPTY, s.cell)
        if row.rank is not None:
            titles = [[local] for local in local_texts(row.rank, "title", lang)]
            if row.rank.table:
                titles += [[local] for local in local_texts(row.rank.table_title, "title", lang)]
            rank = composed_para(titles, s.cell)
        overridden = "overridden" in row.flags
        rows.append(
            [
                para(str(row.place), s.cell_bold_right if overridden else s.cell_right),
                name_para(row.person, lang, s, bold=row.place == 1),
                content_para(row.person, "title", lang, s.cell),
                content_para(row.person, "organisation", lang, s.cell),
                para(_side(data, row, lang), s.cell),
                rank,
                para(_note(row, lang), s.cell_note if overridden else s.cell),
            ]
        )
        if row.side == Side.HOST.value:
            style.append(("BACKGROUND", (0, index), (-1, index), st.ZEBRA_FILL))
    width = content_width(wide=True)
    fixed = [12 * mm, 46 * mm, 46 * mm, 40 * mm, 26 * mm, 44 * mm]
    widths = [*fixed, width - sum(fixed)]
    table = ContinuedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(s.table(style))
    table.continued_caption = para(
        continued_all(lambda part: lang.label_in("precedence_list", part), lang.parts), s.h2
    )
    return table


def _legend(data: PrecedenceListData, s: Styles, lang: Language) -> list[Flowable]:
    used = {flag for row in data.rows for flag in row.flags}
    lines = [
        f"{mark}  {lang.label(label)}" for flag, (mark, label) in MARKS.items() if flag in used
    ]
    lines.append(lang.label("legend_tie_breakers"))
    lines.append(lang.label("legend_host_rows"))
    return [
        Spacer(1, 3 * mm),
        KeepTogether(
            [para(lang.label("legend"), s.label_heading)] + [para(line, s.small) for line in lines]
        ),
    ]
