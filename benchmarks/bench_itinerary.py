"""Itinerary of a 200-member, 14-day visit: our pipeline against plain ReportLab.

``pipeline``: ``build_itinerary`` from plain data to PDF bytes: escaping and font-fallback
runs for every string, Hangul and Latin faces, page template with "page X of Y" (pages held
back until the end), invariant mode.

``reportlab``: the same flowables laid out by a plain ``SimpleDocTemplate`` with ReportLab's
default canvas (no running header/footer, no "of Y", no invariant mode). Making the
flowables is timed separately and on both sides, so the ratio shows what our page template
and document assembly cost over ReportLab's own layout. Runs alternate between the two so
that load from other processes falls on both alike.

Run: ``.venv/bin/python benchmarks/bench_itinerary.py [--runs N]``
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from exchange_planner.domain.timeutil import to_utc
from exchange_planner.reports.data import (
    ItineraryData,
    MemberInfo,
    PersonInfo,
    ProgramEntry,
    Stamp,
    VenueInfo,
)
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.itinerary import (
    ItineraryOptions,
    build_itinerary,
    itinerary_flowables,
)
from exchange_planner.reports.styles import make_styles
from exchange_planner.reports.templates import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
HANGUL = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]
GIVEN = [("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-ho", "지호"), ("Ha-eun", "하은")]


def make_visit(members: int = 200, days: int = 14, items_per_day: int = 9) -> ItineraryData:
    people = []
    for n in range(members):
        given, given_ko = GIVEN[n % len(GIVEN)]
        people.append(
            MemberInfo(
                PersonInfo(
                    id=n + 1,
                    family_name=FAMILY[n % 10],
                    given_name=given,
                    native_name=HANGUL[n % 10] + given_ko,
                    name_order="family_first",
                    title="Member of the Gwangju delegation, Office for International Affairs",
                    organisation="Gwangju Metropolitan City",
                    country="South Korea",
                    phone="+82 62 000-0000",
                ),
                "official" if n else "head",
                n + 1,
            )
        )
    venues = [
        VenueInfo(
            v,
            f"Neues Rathaus – Saal {v}",
            "Martin-Luther-Ring 4–6, 04109 Leipzig",
            f"Raum {100 + v}",
            "Leipzig",
        )
        for v in range(1, 6)
    ]
    host = PersonInfo(9000, "Schreiber", "Anna", title="Leiterin Protokoll", phone="+49 341 0")
    everyone = tuple(m.person.id for m in people)
    items = []
    start = date(2023, 9, 10)
    for day in range(days):
        for slot in range(items_per_day):
            local = datetime.combine(start + timedelta(days=day), datetime.min.time())
            begin = to_utc(local.replace(hour=8) + timedelta(minutes=75 * slot), "Europe/Berlin")
            items.append(
                ProgramEntry(
                    id=day * 100 + slot,
                    title=f"Fachgespräch {slot + 1}: Stadtentwicklung & Kultur (문화 교류)",
                    kind="meeting",
                    starts_at=begin,
                    ends_at=begin + timedelta(minutes=60),
                    timezone="Europe/Berlin",
                    venue=venues[slot % 5],
                    host=host,
                    dress_code="Business attire",
                    notes="Begrüßung durch die Gastgeberin; Dolmetschung Deutsch–Koreanisch. "
                    "Bitte 10 Minuten vorher eintreffen.",
                    attendee_ids=everyone,
                )
            )
    return ItineraryData(
        visit_id=1,
        title="Delegationsreise Gwangju – Leipzig (groß)",
        direction="incoming",
        start_date=start,
        end_date=start + timedelta(days=days - 1),
        home_city="Leipzig",
        partner_city="Gwangju",
        partner_city_native="광주",
        head=people[0].person,
        members=tuple(people),
        program=tuple(items),
        hotel=venues[0],
        stamp=Stamp(datetime(2023, 9, 1, 8, 0, tzinfo=UTC), 4),
    )


def run_pipeline(data: ItineraryData, lang: str) -> float:
    started = time.perf_counter()
    build_itinerary(data, io.BytesIO(), ItineraryOptions(lang, home_zone_column=True))
    return time.perf_counter() - started


def run_reportlab(data: ItineraryData, lang: str) -> tuple[float, float]:
    """(seconds to make the flowables, seconds for ReportLab to lay them out)."""
    started = time.perf_counter()
    fonts = font_set()
    language = Language(lang)
    story = itinerary_flowables(data, make_styles(fonts), language, home_zone_column=True)
    made = time.perf_counter() - started
    doc = SimpleDocTemplate(
        io.BytesIO(),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    started = time.perf_counter()
    doc.build(story)
    return made, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lang", default="de+ko")
    args = parser.parse_args()
    data = make_visit()
    font_set()  # register fonts once, outside the timings (both sides use them)
    pages = build_itinerary(data, io.BytesIO(), ItineraryOptions(args.lang, True))
    ours: list[float] = []
    plain: list[float] = []
    making: list[float] = []
    for _ in range(args.runs):
        ours.append(run_pipeline(data, args.lang))
        made, laid_out = run_reportlab(data, args.lang)
        making.append(made)
        plain.append(made + laid_out)
    ours_median, plain_median = statistics.median(ours), statistics.median(plain)
    print(
        f"itinerary: {len(data.members)} members, {len(data.program)} items, "
        f"{pages} pages, language {args.lang}"
    )
    print(f"making the flowables (both)       median {statistics.median(making):.2f} s")
    print(f"pipeline: data -> PDF             median {ours_median:.2f} s")
    print(f"ReportLab: flowables -> PDF       median {plain_median:.2f} s")
    print(f"ratio pipeline / ReportLab: {ours_median / plain_median:.2f}")


if __name__ == "__main__":
    main()
