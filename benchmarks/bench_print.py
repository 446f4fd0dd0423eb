"""``exchange-planner print itinerary`` as a whole process against a plain ReportLab script.

Two figures of issue 14, each in the document's default language (de) and in de+ko:

- the itinerary of a 200-member, 14-day visit with 10 items a day (140 items), written
  through the services into a temporary SQLite file;
- the itinerary of the sample (``exchange-planner demo``), 4 pages.

The subject is the real command, ``python -m exchange_planner print itinerary --db F --visit
ID -o out.pdf [--lang L]``: interpreter start, CLI, opening the database, gathering the data,
recording the print, the PDF with its fonts embedded. Both files are current, private, WAL
SQLite files, so the command reads and stamps them directly (``services/itinerary_reading.py``
through ``storage.sql_read.sqlite_file_writer``, no ORM), as it does a user's own file; the
first warm-up run records the print, later runs reprint unchanged content (the version stays,
the write transaction commits nothing). The floor is ``floor_print.py``: the
same rows of text in Paragraphs and Tables on the same pages, read with plain ``sqlite3``,
set in one embedded TrueType font (the shipped NanumGothic, regular weight).

Each figure alternates subject and floor after a warm-up (``whole_process.paired``), with
bytecode caches written; the subject's warm-up also fills the user's cache of parsed fonts
(``reports/font_cache.py``), as a user's first print does. Goal: ratio ≤ 1.5 (aim ≤ 1.2).

Run: ``.venv/bin/python benchmarks/bench_print.py [--runs N] [--only large|sample]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from whole_process import PYTHON, paired, report

FLOOR = Path(__file__).resolve().parent / "floor_print.py"
FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
HANGUL = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]
GIVEN = [("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-ho", "지호"), ("Ha-eun", "하은")]


def make_database(path: Path, members: int = 200, days: int = 14, items_per_day: int = 10) -> int:
    """A visit of ``members`` people over ``days`` days with ``items_per_day`` items a day,
    written through the services; returns the visit's id."""
    from exchange_planner.domain.timeutil import to_utc
    from exchange_planner.services.registry import Services
    from exchange_planner.storage.database import open_database

    db = open_database(path)
    try:
        s = Services.for_database(db)
        s.settings.set("home_city", "Leipzig")
        s.settings.set("home_timezone", "Europe/Berlin")
        partnership = s.partnerships.create(
            partner_city="Gwangju",
            country="South Korea",
            city_native="광주",
            timezone="Asia/Seoul",
            translations={"partner_city": {"ko": "광주"}},
        )
        venues = [
            s.venues.create(
                name=f"Neues Rathaus – Saal {n}",
                address="Martin-Luther-Ring 4–6, 04109 Leipzig",
                room=f"Raum {100 + n}",
                city="Leipzig",
                timezone="Europe/Berlin",
                translations={"name": {"ko": f"라이프치히 신시청사 – {n}홀"}},
            ).id
            for n in range(1, 6)
        ]
        host = s.people.create(
            family_name="Schreiber",
            given_name="Anna",
            title="Leiterin Protokoll",
            phone="+49 341 0",
            translations={"title": {"ko": "의전 책임자", "en": "Head of Protocol"}},
        ).id
        visit = s.visits.create(
            partnership_id=partnership.id,
            title="Delegationsreise Gwangju – Leipzig (groß)",
            translations={"title": {"ko": "광주 대표단 라이프치히 방문 (대규모)"}},
            direction="incoming",
            start_date=date(2023, 9, 10),
            end_date=date(2023, 9, 10) + timedelta(days=days - 1),
            hotel_id=venues[0],
        ).id
        head = 0
        for n in range(members):
            given, given_ko = GIVEN[n % len(GIVEN)]
            person = s.people.create(
                family_name=FAMILY[n % 10],
                given_name=f"{given} {n + 1}",
                native_name=HANGUL[n % 10] + given_ko,
                name_order="family_first",
                original_language="ko",
                title="광주광역시 국제협력관실 대표단원",
                organisation="광주광역시",
                translations={
                    "title": {
                        "de": "Mitglied der Delegation, Amt für internationale Zusammenarbeit",
                        "en": "Member of the delegation, Office for International Affairs",
                    },
                    "organisation": {"de": "Metropolstadt Gwangju", "en": "Gwangju"},
                },
                country="South Korea",
                phone="+82 62 000-0000",
            )
            head = head or person.id
            s.members.create(
                visit_id=visit,
                person_id=person.id,
                role="head" if n == 0 else "official",
                precedence=n + 1,
                room=str(300 + n),
            )
        s.visits.update(visit, head_id=head)
        start = date(2023, 9, 10)
        for day in range(days):
            for slot in range(items_per_day):
                local = datetime.combine(start + timedelta(days=day), datetime.min.time())
                begin = local.replace(hour=8) + timedelta(minutes=75 * slot)
                s.program.create(
                    visit_id=visit,
                    title=f"Fachgespräch {slot + 1}: Stadtentwicklung & Kultur",
                    translations={
                        "title": {"ko": f"전문가 회의 {slot + 1}: 도시 개발과 문화"},
                        "notes": {
                            "ko": "주최자 환영사; 독일어–한국어 통역. 10분 전에 도착해 주십시오."
                        },
                    },
                    kind="meeting",
                    starts_at=to_utc(begin, "Europe/Berlin"),
                    ends_at=to_utc(begin + timedelta(minutes=60), "Europe/Berlin"),
                    timezone="Europe/Berlin",
                    venue_id=venues[slot % 5],
                    host_id=host,
                    dress_code="Business attire",
                    notes="Begrüßung durch die Gastgeberin; Dolmetschung Deutsch–Koreanisch. "
                    "Bitte 10 Minuten vorher eintreffen.",
                )
        return int(visit)
    finally:
        db.dispose()


def font_file() -> str:
    """The shipped NanumGothic, the floor's one font."""
    from exchange_planner.resources import NANUM_GOTHIC
    from exchange_planner.resources import font_file as shipped

    return str(shipped(NANUM_GOTHIC.regular))


def commands(db: Path, visit: int, out: Path, lang: str | None) -> tuple[list[str], list[str]]:
    subject = [PYTHON, "-m", "exchange_planner", "print", "itinerary"]
    subject += ["--db", str(db), "--visit", str(visit), "-o", str(out / "subject.pdf")]
    floor = [PYTHON, str(FLOOR), str(db), str(visit), font_file(), str(out / "floor.pdf")]
    if lang is not None:
        subject += ["--lang", lang]
        floor += ["--lang", lang]
    return subject, floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=("large", "sample"))
    args = parser.parse_args()
    from exchange_planner.services.sample import write_sample

    with tempfile.TemporaryDirectory(prefix="bench-print-") as folder:
        root = Path(folder)
        databases: list[tuple[str, Path, int]] = []
        if args.only != "sample":
            large = root / "large.sqlite3"
            databases.append(("200 members × 14 days × 10 items", large, make_database(large)))
        if args.only != "large":
            sample = root / "sample.sqlite3"
            write_sample(sample)
            databases.append(("sample (4 pages)", sample, 1))
        pairs = []
        for name, db, visit in databases:
            for lang in (None, "de+ko"):
                subject, floor = commands(db, visit, root, lang)
                label = f"print itinerary, {name}, {lang or 'default language'}"
                pairs.append(paired(label, subject, floor, runs=args.runs))
                report(pairs[-1:], goal=1.5)
        print("\nall figures (goal ≤ 1.5, aim ≤ 1.2):")
        report(pairs, goal=1.5)


if __name__ == "__main__":
    main()
