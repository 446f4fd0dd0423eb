"""The floor of ``bench_print.py``: a plain ReportLab script printing a visit's itinerary.

It does the work a user needs and nothing more: read the visit with plain ``sqlite3``
queries, lay out the same rows of text (cover, delegation table, one table a day with the
item's title, venue, address, host, dress code and notes in each language of the document,
contacts) in Paragraphs and Tables on A4 with the same margins, a running header and a
"page X of Y" footer (ReportLab's own recipe: pages held back until the total is known), and
embed one TrueType font (regular weight only, also for bold text) given on the command line.

Run: ``python benchmarks/floor_print.py DB VISIT_ID FONT.ttf OUT.pdf [--lang de+ko]``
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT = "Floor"
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 20 * mm, 18 * mm
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
FILL = colors.HexColor("#e6e9ee")

LABELS = {
    "itinerary": {"de": "Besuchsprogramm", "en": "Itinerary", "ko": "방문 일정"},
    "delegation": {"de": "Delegation", "en": "Delegation", "ko": "대표단"},
    "number": {"de": "Nr.", "en": "No.", "ko": "번호"},
    "name": {"de": "Name", "en": "Name", "ko": "성명"},
    "own_script": {"de": "Originalschrift", "en": "Own script", "ko": "원어"},
    "title": {"de": "Funktion", "en": "Title", "ko": "직함"},
    "role": {"de": "Rolle", "en": "Role", "ko": "역할"},
    "program": {"de": "Programm", "en": "Programme", "ko": "일정"},
    "time": {"de": "Zeit Leipzig", "en": "Leipzig time", "ko": "라이프치히 시간"},
    "item": {"de": "Programmpunkt", "en": "Programme item", "ko": "일정 내용"},
    "venue": {"de": "Ort", "en": "Venue", "ko": "장소"},
    "host": {"de": "Gastgeber", "en": "Host", "ko": "주최"},
    "dress_code": {"de": "Kleidung", "en": "Dress code", "ko": "복장"},
    "contacts": {"de": "Kontakte", "en": "Contacts", "ko": "연락처"},
    "hosts": {"de": "Gastgeber", "en": "Hosts", "ko": "주최 측"},
    "hotel": {"de": "Hotel", "en": "Hotel", "ko": "호텔"},
    "address": {"de": "Adresse", "en": "Address", "ko": "주소"},
    "contact": {"de": "Kontakt", "en": "Contact", "ko": "연락처"},
    "phone": {"de": "Telefon", "en": "Phone", "ko": "전화"},
    "email": {"de": "E-Mail", "en": "Email", "ko": "이메일"},
    "organisation": {"de": "Organisation", "en": "Organisation", "ko": "기관"},
}
MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
}


def label(key: str, parts: list[str], separator: str = " / ") -> str:
    return separator.join(dict.fromkeys(LABELS[key][part] for part in parts))


def long_date(day: date, part: str, weekday: bool = False) -> str:
    if part == "ko":
        text = f"{day.year}년 {day.month}월 {day.day}일"
        return f"{text} {WEEKDAYS['ko'][day.weekday()]}" if weekday else text
    if part == "en":
        text = f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
    else:
        text = f"{day.day}. {MONTHS['de'][day.month - 1]} {day.year}"
    return f"{WEEKDAYS[part][day.weekday()]}, {text}" if weekday else text


def texts(row: sqlite3.Row, field: str, parts: list[str], prefix: str = "") -> list[str]:
    """The field in each language of the document (its original where not translated)."""
    translated = json.loads(row[prefix + "translations"] or "{}").get(field, {})
    values = []
    for part in parts:
        if part == row[prefix + "original_language"]:
            values.append(row[prefix + field])
        else:
            values.append(translated.get(part) or row[prefix + field])
    return [value for value in dict.fromkeys(values) if value]


def p(text: str, style: ParagraphStyle) -> Paragraph:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped.replace("\n", "<br/>"), style)


def numbered_canvas(header: str, header_right: str, parts: list[str]) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                width, height = self._pagesize
                self.setFont(FONT, 7.8)
                self.setFillColor(MUTED)
                self.setLineWidth(0.4)
                if self._pageNumber > 1:
                    y = height - MARGIN_TOP + 7 * mm
                    self.drawString(MARGIN_X, y, header)
                    self.drawRightString(width - MARGIN_X, y, header_right)
                    self.line(MARGIN_X, y - 2 * mm, width - MARGIN_X, y - 2 * mm)
                y = MARGIN_BOTTOM - 9 * mm
                self.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
                page = " / ".join(
                    f"Seite {self._pageNumber} von {total}"
                    if part == "de"
                    else f"{total}쪽 중 {self._pageNumber}쪽"
                    if part == "ko"
                    else f"Page {self._pageNumber} of {total}"
                    for part in parts
                )
                self.drawString(MARGIN_X, y, f"Stand: {datetime.now(UTC):%d.%m.%Y %H:%M}")
                self.drawRightString(width - MARGIN_X, y, page)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("visit", type=int)
    parser.add_argument("font")
    parser.add_argument("output")
    parser.add_argument("--lang", default="de")
    args = parser.parse_args()
    parts = args.lang.split("+")

    pdfmetrics.registerFont(TTFont(FONT, args.font))
    connection = sqlite3.connect(args.db)
    connection.row_factory = sqlite3.Row
    visit = connection.execute(
        "SELECT v.*, h.name AS hotel_name, h.address AS hotel_address, h.contact AS "
        "hotel_contact, h.original_language AS h_original_language, h.translations AS "
        "h_translations, h.name AS h_name, h.address AS h_address FROM visit v "
        "LEFT JOIN venue h ON h.id = v.hotel_id WHERE v.id = ?",
        (args.visit,),
    ).fetchone()
    members = connection.execute(
        "SELECT p.*, m.role FROM visit_member m JOIN person p ON p.id = m.person_id "
        "WHERE m.visit_id = ? ORDER BY m.precedence, m.id",
        (args.visit,),
    ).fetchall()
    items = connection.execute(
        "SELECT i.*, v.name AS v_name, v.address AS v_address, v.room AS v_room, "
        "v.original_language AS v_original_language, v.translations AS v_translations, "
        "h.id AS host_id, h.given_name AS h_given, h.family_name AS h_family, h.title AS h_title, "
        "h.original_language AS h_original_language, h.translations AS h_translations, "
        "h.phone AS h_phone, h.email AS h_email, h.organisation AS h_organisation "
        "FROM program_item i LEFT JOIN venue v ON v.id = i.venue_id "
        "LEFT JOIN person h ON h.id = i.host_id WHERE i.visit_id = ? ORDER BY i.starts_at, i.id",
        (args.visit,),
    ).fetchall()
    connection.close()

    def style(name: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading, **extra)

    cover_title = style("cover_title", 22, 28, alignment=TA_CENTER, textColor=ACCENT)
    cover_line = style("cover_line", 11, 15, alignment=TA_CENTER, spaceAfter=3)
    h1 = style("h1", 15, 19, textColor=ACCENT, spaceBefore=6, spaceAfter=8, keepWithNext=1)
    h2 = style("h2", 12, 15, textColor=ACCENT, spaceBefore=12, spaceAfter=5, keepWithNext=1)
    cell = style("cell", 8.8, 11.2)
    small = style("small", 7.8, 9.8, textColor=MUTED)
    head = style("head", 8.3, 10.5, textColor=ACCENT)
    body = style("body", 9.5, 12.5)
    table_style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    width = A4[0] - 2 * MARGIN_X
    zone = ZoneInfo("Europe/Berlin")
    title = " / ".join(texts(visit, "title", parts))
    start, end = date.fromisoformat(visit["start_date"]), date.fromisoformat(visit["end_date"])

    story: list[object] = [
        Spacer(1, 5 * cm),
        p(label("itinerary", parts), cover_title),
        p("\n".join(texts(visit, "title", parts)), cover_line),
        p(
            "\n".join(f"{long_date(start, part)} – {long_date(end, part)}" for part in parts),
            cover_line,
        ),
        PageBreak(),
        p(f"{label('delegation', parts)} · {len(members)}", h1),
    ]
    rows: list[list[object]] = [
        [p(label(key, parts, "\n"), head) for key in ("number", "name", "own_script", "title")]
        + [p(label("role", parts, "\n"), head)]
    ]
    for index, member in enumerate(members, start=1):
        rows.append(
            [
                p(str(index), cell),
                p(f"{member['family_name']} {member['given_name']}", cell),
                p(member["native_name"], cell),
                p("\n".join(texts(member, "title", parts)), cell),
                p(member["role"], cell),
            ]
        )
    table = Table(
        rows, colWidths=[9 * mm, 36 * mm, 30 * mm, width - 109 * mm, 34 * mm], repeatRows=1
    )
    table.setStyle(table_style)
    story += [table, Spacer(1, 8 * mm), CondPageBreak(7 * cm), p(label("program", parts), h1)]

    days: dict[date, list[sqlite3.Row]] = {}
    for item in items:
        begin = datetime.fromisoformat(item["starts_at"]).replace(tzinfo=UTC).astimezone(zone)
        days.setdefault(begin.date(), []).append(item)
    hosts: dict[int, sqlite3.Row] = {}
    for day, day_items in days.items():
        heading = " / ".join(long_date(day, part, weekday=True) for part in parts)
        rows = [
            [p(heading, h2), ""],
            [p(label("time", parts, "\n"), head), p(label("item", parts, "\n"), head)],
        ]
        for item in day_items:
            begin = datetime.fromisoformat(item["starts_at"]).replace(tzinfo=UTC).astimezone(zone)
            finish = datetime.fromisoformat(item["ends_at"]).replace(tzinfo=UTC).astimezone(zone)
            what = [p("\n".join(texts(item, "title", parts)), cell)]
            if item["venue_id"] is not None:
                where = [
                    f"{name}, {room}" if room else name
                    for name, room in zip(
                        texts(item, "name", parts, "v_"),
                        texts(item, "room", parts, "v_") or [""] * len(parts),
                        strict=False,
                    )
                ]
                what.append(p(f"{label('venue', parts)}: {' / '.join(where)}", cell))
                what.append(p("\n".join(texts(item, "address", parts, "v_")), small))
            if item["host_id"] is not None:
                hosts.setdefault(item["host_id"], item)
                host_titles = " / ".join(texts(item, "title", parts, "h_"))
                host = f"{item['h_given']} {item['h_family']}"
                what.append(p(f"{label('host', parts)}: {host}, {host_titles}", cell))
            if item["dress_code"]:
                dress = " / ".join(texts(item, "dress_code", parts))
                what.append(p(f"{label('dress_code', parts)}: {dress}", cell))
            if item["notes"]:
                what.append(p("\n".join(texts(item, "notes", parts)), small))
            rows.append([p(f"{begin:%H:%M}–{finish:%H:%M}", cell), what])
        table = Table(rows, colWidths=[24 * mm, width - 24 * mm], repeatRows=2, splitInRow=1)
        table.setStyle(table_style)
        table.setStyle([("SPAN", (0, 0), (-1, 0))])
        story += [CondPageBreak(5 * cm), table, Spacer(1, 4 * mm)]

    story += [CondPageBreak(8 * cm), p(label("contacts", parts), h1), p(label("hosts", parts), h2)]
    rows = [
        [p(label(key, parts, "\n"), head) for key in ("name", "organisation", "phone", "email")]
    ]
    for host in hosts.values():
        rows.append(
            [
                [
                    p(f"{host['h_given']} {host['h_family']}", cell),
                    p("\n".join(texts(host, "title", parts, "h_")), small),
                ],
                p(host["h_organisation"], cell),
                p(host["h_phone"], cell),
                p(host["h_email"], cell),
            ]
        )
    table = Table(rows, colWidths=[60 * mm, width - 138 * mm, 34 * mm, 44 * mm], repeatRows=1)
    table.setStyle(table_style)
    story += [table, p(label("hotel", parts), h2)]
    if visit["hotel_id"] is not None:
        rows = [
            [
                p(label("hotel", parts), small),
                p("\n".join(texts(visit, "name", parts, "h_")), cell),
            ],
            [
                p(label("address", parts), small),
                p("\n".join(texts(visit, "address", parts, "h_")), cell),
            ],
            [p(label("contact", parts), small), p(visit["hotel_contact"], cell)],
        ]
        table = Table(rows, colWidths=[40 * mm, width - 40 * mm])
        table.setStyle(table_style)
        story.append(table)
    else:
        story.append(p("—", body))

    header = f"{label('itinerary', parts)}: {title}"
    doc = SimpleDocTemplate(
        args.output,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=header,
        initialFontName=FONT,
    )
    right = f"{long_date(start, parts[0])} – {long_date(end, parts[0])}"
    doc.build(story, canvasmaker=numbered_canvas(header[:60] + "…", right, parts))
    print(f"{args.output}: {doc.page} pages")


if __name__ == "__main__":
    main()
