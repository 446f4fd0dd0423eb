"""The gift protocol (Geschenkprotokoll) of a visit or a calendar year.

Every gift is printed with the fields official gift registers ask for, so the protocol can
serve as the register entry; totals per direction and currency, the reporting-threshold flags
and signature lines follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from exchange_planner.domain.enums import GiftDirection
from exchange_planner.domain.texts import LocalText
from exchange_planner.domain.timeutil import to_local
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import (
    Segment,
    composed_para,
    country_all,
    local_texts,
    names_line,
    plain_text,
)
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import (
    GiftEntry,
    GiftProtocolData,
    PersonInfo,
    TitleInfo,
    city_name_in,
)
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import DocumentOptions, Language
from exchange_planner.reports.letterhead import letterhead_flowables
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import is_long, para, paragraphs

GiftProtocolOptions = DocumentOptions


def protocol_title(data: GiftProtocolData, lang: Language) -> str:
    if data.year is not None:
        return lang.label("gift_protocol_year", year=data.year)
    return f"{lang.label('gift_protocol')}: {_visit_title(data.visit, data.visit_title, lang)}"


def _visit_title(visit: TitleInfo | None, title: str, lang: Language) -> str:
    return plain_text(visit, "title", lang) if visit is not None else title


def _home_city(data: GiftProtocolData, lang: Language) -> str:
    """Our city in the document's languages: "Leipzig (라이프치히)"."""
    return names_line(
        city_name_in(data.home_city, data.home_city_names, part) for part in lang.parts
    )


def _texts(record: object, field: str, lang: Language) -> list[list[Segment]]:
    return [[local] for local in local_texts(record, field, lang)]


def build_gift_protocol(
    data: GiftProtocolData,
    target: str | Path | BinaryIO,
    options: GiftProtocolOptions | None = None,
) -> int:
    """Write the gift protocol; returns the page count."""
    options = options or GiftProtocolOptions()
    lang = Language(options.lang)
    fonts = font_set(options.font_path)
    styles = make_styles(fonts)
    title = protocol_title(data, lang)
    stamp = ""
    if data.stamp is not None:
        as_of = to_local(data.stamp.as_of, data.home_timezone)
        stamp = (
            f"{lang.label('as_of')}: {lang.datetime(as_of)}"
            f" · {lang.label('version')} {data.stamp.version}"
            + (f" · {lang.label('not_recorded')}" if data.stamp.unrecorded else "")
        )
    return build_pdf(
        target,
        gift_protocol_flowables(data, styles, lang),
        fonts=fonts,
        lang=lang,
        title=title,
        subject=title,
        about=data,
        frame=PageFrame(
            header_left=title,
            header_right=_home_city(data, lang),
            header_shorten=_visit_title(data.visit, data.visit_title, lang)
            if data.year is None
            else "",
            footer_left=stamp,
            header_on_first_page=False,
        ),
    )


def gift_protocol_flowables(data: GiftProtocolData, s: Styles, lang: Language) -> list[Flowable]:
    story: list[Flowable] = [para(_home_city(data, lang), s.cover_city)]
    if data.year is not None:
        story.append(para(lang.label("gift_protocol_year", year=data.year), s.cover_title))
    else:
        story.append(para(lang.label("gift_protocol"), s.cover_title))
        visit = data.visit or TitleInfo(data.visit_title)
        story.append(composed_para(_texts(visit, "title", lang), s.cover_subtitle))
        if data.start_date and data.end_date:
            story.append(
                para(lang.date_range_all(data.start_date, data.end_date, "\n"), s.cover_line)
            )
    if data.stamp is not None:
        story.append(
            para(
                f"{lang.label('as_of')}: "
                f"{lang.datetime(to_local(data.stamp.as_of, data.home_timezone))}"
                f" · {lang.label('version')} {data.stamp.version}",
                s.cover_meta,
            )
        )
        if data.stamp.unrecorded:
            story.append(para(lang.label("not_recorded", separator="\n"), s.cover_meta))
    story.append(Spacer(1, 8 * mm))
    for direction in (GiftDirection.GIVEN.value, GiftDirection.RECEIVED.value):
        gifts = data.by_direction(direction)
        # No page break of its own: the heading travels with the first entry (or "none"),
        # so received gifts follow the given ones on the same page where they fit.
        heading = para(lang.label(direction), s.h1)
        if not gifts:
            story.append(KeepTogether([heading, para(lang.label("none"), s.body)]))
        for number, gift in enumerate(gifts, start=1):
            # The section heading travels with its first entry.
            lead = [heading] if number == 1 else []
            story += _gift_block(number, gift, data, s, lang, lead)
    story += _totals(data, s, lang)
    story += _signatures(s, lang)
    story[:0] = letterhead_flowables(data.letterhead, lang, s)  # page 1, at the top
    return story


def _who(person: PersonInfo | None, lang: Language) -> list[list[Segment]]:
    """Name, title, organisation and country, a line each; title and organisation in the
    document's languages joined with " / ", the country named by babel ("Südkorea")."""
    if person is None:
        return []
    lines: list[Segment] = [lang.name_line(person)]
    for field in ("title", "organisation"):
        texts = local_texts(person, field, lang)
        for index, local in enumerate(texts):
            lines.append(" / " if index else "\n")
            lines.append(local)
    if person.country:
        lines += ["\n", country_all(person.country, lang)]
    return [lines]


def _gift_block(
    number: int,
    gift: GiftEntry,
    data: GiftProtocolData,
    s: Styles,
    lang: Language,
    lead: list[Flowable],
) -> list[Flowable]:
    value = ""
    if gift.value_amount is not None:
        value = lang.money(gift.value_amount, gift.value_currency)

    def plain(text: str) -> list[list[Segment]]:
        return [[text]] if text else []

    fields: list[tuple[str, list[list[Segment]]]] = [
        ("date", plain(lang.date(gift.presented_on) if gift.presented_on else "")),
    ]
    if data.year is not None:
        fields.append(("visit", _texts(gift.visit or TitleInfo(gift.visit_title), "title", lang)))
    fields += [
        ("giver", _who(gift.giver, lang)),
        ("recipient", _who(gift.recipient, lang)),
        ("description", _texts(gift, "description", lang)),
        ("maker", plain(gift.maker)),
        ("value", plain(value)),
        ("valuation_basis", plain(gift.valuation_basis)),
        ("circumstances", _texts(gift, "circumstances", lang)),
        ("disposition", plain(gift.disposition)),
        ("inventory_number", plain(gift.inventory_number)),
    ]
    label_width = 44 * mm

    def long(texts: list[list[Segment]]) -> bool:
        return any(is_long(str(segment)) for line in texts for segment in line)

    # Long texts (circumstances of many lines) follow the table, line by line.
    below = [(key, texts) for key, texts in fields if long(texts)]
    rows: list[list[object]] = [
        [para(lang.label(key, separator="\n"), s.label), composed_para(texts, s.cell)]
        for key, texts in fields
        if not long(texts)
    ]
    style = list(st.FIELDS_STYLE)
    if gift.flag is not None:
        limit = lang.money(gift.flag.limit, gift.flag.limit_currency)
        rows.append(
            [
                para(lang.label("threshold", separator="\n"), s.cell_flag),
                para(lang.label("threshold_reached", separator="\n", limit=limit), s.cell_flag),
            ]
        )
        style.append(("BOX", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, st.FLAG))
    table = Table(rows, colWidths=[label_width, content_width() - label_width], splitInRow=1)
    table.setStyle(s.table(style))
    heading = composed_para(
        _texts(gift, "description", lang), s.h2, prefix=f"{number}. ", separator=" / "
    )
    # Heading and register entry stay on one page unless the entry is longer than a page.
    if not below:
        return [KeepTogether([*lead, heading, table, Spacer(1, 3 * mm)])]
    story: list[Flowable] = [KeepTogether([*lead, heading, table])]
    for key, texts in below:
        story.append(para(lang.label(key, separator=" / "), s.label_heading))
        for line in texts:
            for segment in line:
                story += paragraphs(str(segment), s.cell)
                if isinstance(segment, LocalText) and segment.fallback:
                    story.append(para(f"({segment.language})", s.cell_small))
    return [*story, Spacer(1, 3 * mm)]


def _totals(data: GiftProtocolData, s: Styles, lang: Language) -> list[Flowable]:
    heading = para(lang.label("totals"), s.h1)
    story: list[Flowable] = []
    # Figures and their column headings right-aligned alike.
    head = [
        para(lang.label(key, separator="\n"), style)
        for key, style in (
            ("direction", s.cell_head),
            ("currency", s.cell_head),
            ("count", s.cell_head_right),
            ("sum", s.cell_head_right),
        )
    ]
    rows: list[list[object]] = [head]
    for total in data.totals():
        rows.append(
            [
                para(lang.label(f"direction_{total.direction}"), s.cell),
                para(total.currency, s.cell),
                para(str(total.count), s.cell_right),
                para(lang.money(total.total, total.currency), s.cell_right),
            ]
        )
    for direction in (GiftDirection.GIVEN.value, GiftDirection.RECEIVED.value):
        missing = data.unvalued(direction)
        if missing:
            rows.append(
                [
                    para(lang.label(f"direction_{direction}"), s.cell),
                    para(lang.label("no_value"), s.cell),
                    para(str(missing), s.cell_right),
                    para(st.EMPTY, s.cell_right),
                ]
            )
    if len(rows) == 1:
        story.append(KeepTogether([heading, para(lang.label("none"), s.body)]))
    else:
        width = content_width()
        table = ContinuedTable(
            rows, colWidths=[50 * mm, 40 * mm, 25 * mm, width - 115 * mm], repeatRows=1
        )
        table.setStyle(s.table(st.TABLE_STYLE))
        table.continued_caption = para(
            continued_all(lambda part: lang.label_in("totals", part), lang.parts), s.h2
        )
        story.append(KeepTogether([heading, table]))
    flagged = [gift for gift in data.gifts if gift.flag is not None]
    if flagged:
        story.append(para(lang.label("flags"), s.h2))
        for gift in flagged:
            assert gift.flag is not None
            limit = lang.money(gift.flag.limit, gift.flag.limit_currency)
            recipient = lang.name_line(gift.recipient) if gift.recipient else ""
            story.append(
                para(
                    f"• {plain_text(gift, 'description', lang)} — {recipient}: "
                    f"{lang.label('threshold_reached', limit=limit)}",
                    s.body,
                )
            )
    return story


def _signatures(s: Styles, lang: Language) -> list[Flowable]:
    line = "_" * 34
    rows = [
        [
            para(
                f"{lang.label('prepared_by')}\n\n{line}\n{lang.label('date_signature')}",
                s.signature,
            ),
            para(
                f"{lang.label('approved_by')}\n\n{line}\n{lang.label('date_signature')}",
                s.signature,
            ),
        ]
    ]
    half = content_width() / 2
    table = Table(rows, colWidths=[half, half])
    table.setStyle(
        s.table([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    # The signature lines stay together, after the room to sign.
    return [KeepTogether([Spacer(1, 14 * mm), table])]
