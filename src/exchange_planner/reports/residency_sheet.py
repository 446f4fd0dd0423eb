"""The residency sheet: one or two pages with everything the host and the artist need.

Artist, institutions, dates, studio, preparation checklist (with overdue steps marked),
deliverables and contacts; labels bilingual like the other documents. A function from plain
data to a file: the service builds :class:`ResidencySheetData`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from exchange_planner.domain.residency import CHECKLIST_NAMES
from exchange_planner.domain.texts import text_in
from exchange_planner.reports import styles as st
from exchange_planner.reports.content import (
    Segment,
    composed_para,
    country_all,
    local_texts,
    names_line,
    per_language,
    plain_text,
    room_local,
)
from exchange_planner.reports.continued import ContinuedTable, continued_all
from exchange_planner.reports.data import (
    PartnerInfo,
    PersonInfo,
    ResidencySheetData,
    VenueInfo,
    city_name_in,
)
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import LABELS, Language
from exchange_planner.reports.letterhead import letterhead_flowables
from exchange_planner.reports.styles import Styles, make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf, content_width
from exchange_planner.reports.text import para, paragraphs

#: key -> (German, English, Korean), joined per document language like ``i18n.LABELS``.
SHEET_LABELS: dict[str, tuple[str, str, str]] = {
    "residency_sheet": ("Residenzblatt", "Residency sheet", "레지던시 개요서"),
    "artist": ("Künstler/in", "Artist", "작가"),
    "to_be_named": ("noch nicht benannt", "to be named", "미정"),
    "partnership": ("Partnerschaft", "Partnership", "자매도시"),
    "direction": ("Richtung", "Direction", "구분"),
    "outgoing": ("entsandt (aus {home})", "sent (from {home})", "파견 ({home}에서)"),
    "incoming": ("empfangen (in {home})", "received (in {home})", "초청 ({home_ro})"),
    "status": ("Status", "Status", "상태"),
    "proposed": ("vorgeschlagen", "proposed", "제안됨"),
    "confirmed": ("bestätigt", "confirmed", "확정"),
    "ongoing": ("laufend", "ongoing", "진행 중"),
    "completed": ("abgeschlossen", "completed", "완료"),
    "cancelled": ("abgesagt", "cancelled", "취소"),
    "home_institution": ("Entsendende Institution", "Home institution", "파견 기관"),
    "host_institution": ("Gastinstitution", "Host institution", "초청 기관"),
    "studio": ("Atelier", "Studio", "작업실"),
    "dates": ("Zeitraum", "Dates", "기간"),
    "budget": ("Budget", "Budget", "예산"),
    "counterpart": ("Gegenresidenz", "Counterpart residency", "상호 레지던시"),
    "none": ("keine", "none", "없음"),
    "checklist": ("Vorbereitung", "Preparation checklist", "준비 사항"),
    "step": ("Schritt", "Step", "항목"),
    "due": ("Fällig", "Due", "기한"),
    "done": ("Erledigt", "Done", "완료일"),
    "overdue": ("überfällig", "overdue", "기한 경과"),
    "open": ("offen", "open", "미완료"),
    **CHECKLIST_NAMES,
    "deliverables": ("Vereinbarte Leistungen", "Deliverables", "결과물"),
    "deliverable": ("Leistung", "Deliverable", "결과물"),
    "yes": ("ja", "yes", "예"),
    "no": ("nein", "no", "아니오"),
    "contacts": ("Kontakte", "Contacts", "연락처"),
    "notes": ("Hinweise", "Notes", "참고"),
    "as_of": ("Stand", "As of", "기준"),
    "address": ("Adresse", "Address", "주소"),
}


def label(lang: Language, key: str, separator: str = " / ", **values: object) -> str:
    """A label of :data:`SHEET_LABELS` in each language of the document."""
    texts = [
        SHEET_LABELS[key][("de", "en", "ko").index(part)].format(**values) for part in lang.parts
    ]
    return separator.join(dict.fromkeys(texts))


def with_ro(place: str) -> str:
    """A place with the Korean particle "to": "라이프치히로", "광주로", "서울로", "부산으로"
    (로 after a vowel or ㄹ, else 으로; a Latin name takes 으로 as before)."""
    last = place[-1:] if place else ""
    if "가" <= last <= "힣":
        final = (ord(last) - ord("가")) % 28
        return place + ("로" if final in (0, 8) else "으로")
    return place + "으로"


def _home(data: ResidencySheetData, part: str) -> str:
    return city_name_in(data.home_city, data.home_city_names, part)


def _cities(data: ResidencySheetData, lang: Language) -> tuple[str, str]:
    """(home, partner) in the document's languages: "Leipzig", "Gwangju (광주)"."""
    partner = data.partner or PartnerInfo(data.partner_city, data.partner_city_native)
    partner_names = [text_in(partner, "partner_city", part).text for part in lang.parts]
    return (
        names_line(_home(data, part) for part in lang.parts),
        names_line([*partner_names, partner.city_native or data.partner_city_native]),
    )


def _counterpart(data: ResidencySheetData, lang: Language) -> str:
    """The counterpart residency's title and dates in the sheet's languages."""
    if not data.counterpart:
        return label(lang, "none")
    record = SimpleNamespace(
        title=data.counterpart,
        original_language=data.counterpart_language,
        translations=data.counterpart_translations,
    )
    title = plain_text(record, "title", lang) or data.counterpart
    if data.counterpart_dates is None:
        return title
    return f"{title} ({lang.date_range_all(*data.counterpart_dates)})"


def build_residency_sheet(
    data: ResidencySheetData,
    target: str | Path | BinaryIO,
    *,
    lang: str = "de+ko",
    font_path: str | None = None,
) -> int:
    """Write the residency sheet; returns the page count."""
    language = Language(lang)
    fonts = font_set(font_path)
    styles = make_styles(fonts)
    heading = label(language, "residency_sheet")
    sheet_title = plain_text(data, "title", language) or data.title
    title = f"{heading}: {sheet_title}"
    home, partner = _cities(data, language)
    return build_pdf(
        target,
        residency_sheet_flowables(data, styles, language),
        fonts=fonts,
        lang=language,
        title=title,
        subject=heading,
        about=data,
        frame=PageFrame(
            header_left=title,
            header_right=f"{home} – {partner}",
            header_shorten=sheet_title,
            footer_left=f"{label(language, 'as_of')}: {language.date(data.as_of)}",
        ),
    )


def _continued_heading(lang: Language, key: str, s: Styles) -> Flowable:
    """The heading a table repeats on a new page:
    "Vorbereitung (Fortsetzung) / 준비 사항 (계속)"."""
    return para(continued_all(lambda part: label(Language(part), key), lang.parts), s.h2)


def _day(lang: Language, value: date | None) -> str:
    return lang.date(value, fmt="medium") if value else ""


def _fields(rows: list[tuple[str, str | list[list[Segment]]]], s: Styles) -> Table:
    label_width = 46 * mm
    table = Table(
        [
            [
                para(key, s.label),
                para(text, s.cell) if isinstance(text, str) else composed_para(text, s.cell),
            ]
            for key, text in rows
        ],
        colWidths=[label_width, content_width() - label_width],
        splitInRow=1,
    )
    table.setStyle(s.table(st.FIELDS_STYLE))
    return table


def _person_block(person: PersonInfo, lang: Language) -> list[list[Segment]]:
    """Name, title and organisation (in the document's languages), country, e-mail, phone."""
    lines: list[Segment] = [lang.name_line(person)]
    for name in ("title", "organisation"):
        for index, local in enumerate(local_texts(person, name, lang)):
            lines += [" / " if index else "\n", local]
    if person.country:
        lines += ["\n", country_all(person.country, lang)]
    for part in (person.email, person.phone):
        if part:
            lines += ["\n", part]
    return [lines]


def _studio_lines(studio: VenueInfo, lang: Language, *, contact: bool) -> list[list[Segment]]:
    """The studio's name, room and address (in the document's languages), city or contact."""

    def one(part: str) -> list[Segment]:
        segments: list[Segment] = []
        for name in ("name", "room", "address"):
            local = text_in(studio, name, part)
            if name == "room" and local.text:
                word = LABELS["room"][("de", "en", "ko").index(part)]
                local = room_local(local, part, word)
            if local.text:
                segments += ["\n" if segments else "", local]
        return segments

    texts = per_language(lang, one)
    extra = studio.contact if contact else studio.city
    if extra:  # once, after the first language's lines
        texts = [[*texts[0], "\n", extra], *texts[1:]] if texts else [[extra]]
    return texts


def residency_sheet_flowables(
    data: ResidencySheetData, s: Styles, lang: Language
) -> list[Flowable]:
    home, city = _cities(data, lang)
    title = [[local] for local in local_texts(data, "title", lang)] or [[data.title]]
    story: list[Flowable] = [
        para(f"{home} – {city}", s.cover_city),
        para(label(lang, "residency_sheet"), s.cover_title),
        composed_para(title, s.cover_subtitle),
        para(lang.date_range_all(data.start_date, data.end_date, "\n"), s.cover_line),
        Spacer(1, 6 * mm),
    ]
    artist = _person_block(data.artist, lang) if data.artist else label(lang, "to_be_named")
    studio: str | list[list[Segment]] = ""
    if data.studio is not None:
        studio = _studio_lines(data.studio, lang, contact=False)
    budget = (
        lang.money(data.budget_amount, data.budget_currency)
        if data.budget_amount is not None
        else ""
    )
    story.append(
        _fields(
            [
                (label(lang, "artist", "\n"), artist),
                (label(lang, "partnership", "\n"), city),
                (
                    label(lang, "direction", "\n"),
                    "\n".join(
                        dict.fromkeys(
                            label(
                                Language(part),
                                data.direction,
                                home=_home(data, part),
                                home_ro=with_ro(_home(data, part)),
                            )
                            for part in lang.parts
                        )
                    ),
                ),
                (label(lang, "status", "\n"), label(lang, data.status, "\n")),
                (
                    label(lang, "dates", "\n"),
                    lang.date_range_all(data.start_date, data.end_date, "\n"),
                ),
                (label(lang, "home_institution", "\n"), data.home_institution),
                (label(lang, "host_institution", "\n"), data.host_institution),
                (label(lang, "studio", "\n"), studio),
                (label(lang, "budget", "\n"), budget),
                (label(lang, "counterpart", "\n"), _counterpart(data, lang)),
            ],
            s,
        )
    )

    # Checklist: overdue steps (due before the as-of day, not done) are marked.
    head = [para(label(lang, key, "\n"), s.cell_head) for key in ("step", "due", "done")]
    rows: list[list[object]] = [head]
    style = list(st.TABLE_STYLE)
    for line in data.checklist:
        overdue = line.done_on is None and line.due_date is not None and line.due_date < data.as_of
        if line.done_on is not None:
            done = f"✓ {_day(lang, line.done_on)}"
        elif overdue:
            done = label(lang, "overdue")
        else:
            done = label(lang, "open")
        rows.append(
            [
                para(label(lang, line.kind), s.cell),
                para(_day(lang, line.due_date), s.cell),
                para(done, s.cell_flag if overdue else s.cell),
            ]
        )
        if overdue:
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), st.ZEBRA_FILL))
    width = content_width()
    story.append(para(label(lang, "checklist"), s.h2))
    if len(rows) == 1:
        story.append(para(label(lang, "none"), s.body))
    else:
        table = ContinuedTable(
            rows, colWidths=[width * 0.46, width * 0.24, width * 0.30], repeatRows=1
        )
        table.setStyle(s.table(style))
        table.continued_caption = _continued_heading(lang, "checklist", s)
        story.append(table)

    rows = [[para(label(lang, key, "\n"), s.cell_head) for key in ("deliverable", "due", "done")]]
    for item in data.deliverables:
        rows.append(
            [
                para(item.title, s.cell),
                para(_day(lang, item.due_date), s.cell),
                para(label(lang, "yes" if item.done else "no"), s.cell),
            ]
        )
    story.append(para(label(lang, "deliverables"), s.h2))
    if len(rows) == 1:
        story.append(para(label(lang, "none"), s.body))
    else:
        table = ContinuedTable(
            rows, colWidths=[width * 0.56, width * 0.24, width * 0.20], repeatRows=1, splitInRow=1
        )
        table.setStyle(s.table(st.TABLE_STYLE))
        table.continued_caption = _continued_heading(lang, "deliverables", s)
        story.append(table)

    contacts: list[tuple[str, str | list[list[Segment]]]] = []
    for person in data.contacts:
        contacts.append((label(lang, "artist", "\n"), _person_block(person, lang)))
    if data.studio is not None and (data.studio.contact or data.studio.address):
        contacts.append(
            (label(lang, "studio", "\n"), _studio_lines(data.studio, lang, contact=True))
        )
    story.append(para(label(lang, "contacts"), s.h2))
    story.append(_fields(contacts, s) if contacts else para(label(lang, "none"), s.body))
    if data.notes:
        # The heading keeps with the first line (keepWithNext); the lines break over pages.
        story.append(para(label(lang, "notes"), s.h2))
        for local in local_texts(data, "notes", lang):
            story += paragraphs(local.text, s.body)
            if local.fallback:
                story.append(para(f"({local.language})", s.small))
    story[:0] = letterhead_flowables(data.letterhead, lang, s)  # page 1, at the top
    return story
