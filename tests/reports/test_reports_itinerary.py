"""The itinerary read back from the PDF: content, order, safety, layout, reproducibility."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from exchange_planner.domain.timeutil import to_utc
from exchange_planner.reports.data import (
    ItineraryData,
    MemberInfo,
    PersonInfo,
    ProgramEntry,
    Stamp,
    VenueInfo,
)
from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary
from exchange_planner.services.registry import Services

AS_OF = datetime(2023, 7, 20, 8, 30, tzinfo=UTC)
HOSTILE = [
    "x < y & z",
    "<b>not bold</b>",
    '<a href="http://example.org/">no link</a>',
    '<img src="/etc/hostname"/>',
    '<font name="x">no font</font>',
    "&amp; &lt; ]]> <!-- -->",
]


def _pdf(data: ItineraryData, **options: object) -> bytes:
    out = io.BytesIO()
    build_itinerary(data, out, ItineraryOptions(**options))  # type: ignore[arg-type]
    return out.getvalue()


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def assert_no_links_or_images(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        assert "/Annots" not in page
        resources = page["/Resources"]
        assert "/XObject" not in resources
    assert b"/URI" not in pdf and b"/Subtype /Image" not in pdf and b"/Link" not in pdf


@pytest.fixture
def sample_itinerary(services: Services, sample_ids: dict[str, int]) -> ItineraryData:
    # Without the sample's letterhead (its logo is an image; test_letterhead_documents.py).
    data = services.documents.itinerary(sample_ids["visit"], now=AS_OF)
    return dataclasses.replace(data, letterhead=None)


def test_sample_itinerary_content_and_order(sample_itinerary: ItineraryData) -> None:
    pages = _pages(_pdf(sample_itinerary, lang="de+ko"))
    text = "\n".join(pages)
    cover = pages[0]
    assert "Besuchsprogramm / 방문 일정" in cover
    assert "Gwangju (광주) → Leipzig" in cover
    assert "25. Juli 2023 – 27. Juli 2023" in cover
    assert "2023년 7월 25일 – 2023년 7월 27일" in cover
    assert "Kang Gi-jung (강기정)" in cover
    assert "Stand: 20. Juli 2023, 10:30" in cover  # Leipzig time of the as-of instant
    assert "Version / 버전 1" in cover
    # The delegation in precedence order, Latin and own script.
    order = [text.index(name) for name in ("Kang Gi-jung", "Park Ji-won", "Ryu Hyun-woo")]
    assert order == sorted(order)
    assert "강기정" in text and "류현우" in text
    # Days and items in time order, with venue, room, address, host, dress code, notes.
    expected = [
        "Dienstag, 25. Juli 2023",
        "17:40–18:30",
        "Ankunft am Flughafen Leipzig/Halle",
        "Begrüßungsabendessen",
        "Mittwoch, 26. Juli 2023",
        "10:00–10:30",
        "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus",
        "Neues Rathaus",
        "Festsaal",
        "Martin-Luther-Ring 4–6, 04109 Leipzig",
        "Burkhard Jung, Oberbürgermeister der Stadt Leipzig",
        "Dunkler Anzug",
        "Begrüßung durch den Oberbürgermeister, Erwiderung durch Bürgermeister Kang.",
        "14:00–16:00",
        "Museum der bildenden Künste",
        "Donnerstag, 27. Juli 2023",
        "Check-out und Transfer zum Flughafen",
    ]
    position = 0
    for piece in expected:  # each piece after the one before
        position = text.index(piece, position) + len(piece)
    # Internal notes are never printed.
    assert "Polizeibegleitung" not in text
    assert "Geschenktüte im Vorzimmer" not in text
    # Contacts: hosts, interpreters, hotel.
    contacts = text[text.index("Kontakte / 연락처") :]
    for piece in (
        "Anna Schreiber",
        "protocol@example.org",
        "Baek Seo-yeon (백서연)",
        "Hotel am Ring (Beispiel)",
        "Richard-Wagner-Straße 1",
    ):
        assert piece in contacts
    assert f"Seite 1 von {len(pages)}" in pages[0]
    assert f"Seite {len(pages)} von {len(pages)}" in pages[-1]
    assert_no_links_or_images(_pdf(sample_itinerary, lang="de+ko"))


def test_languages(sample_itinerary: ItineraryData) -> None:
    korean = "\n".join(_pages(_pdf(sample_itinerary, lang="ko")))
    assert "방문 일정" in korean and "2023년 7월 26일 수요일" in korean
    assert "강기정" in korean and "Kang Gi-jung" in korean  # family name first in Latin too
    english = "\n".join(_pages(_pdf(sample_itinerary, lang="en")))
    assert "Itinerary" in english and "Wednesday, 26 July 2023" in english
    assert "Kang Gi-jung (강기정)" in english
    both = "\n".join(_pages(_pdf(sample_itinerary, lang="de+en")))
    assert "Besuchsprogramm / Itinerary" in both


def test_same_bytes_on_every_run(sample_itinerary: ItineraryData) -> None:
    assert _pdf(sample_itinerary, lang="de+ko") == _pdf(sample_itinerary, lang="de+ko")


def test_personal_itinerary_has_only_the_persons_items(
    services: Services, sample_ids: dict[str, int]
) -> None:
    visit = sample_ids["visit"]
    mayor = services.documents.itinerary(visit, person_id=sample_ids["mayor"], now=AS_OF)
    deputy_id = services.members.for_visit(visit)[1].person_id
    deputy = services.documents.itinerary(visit, person_id=deputy_id, now=AS_OF)
    mayor_text = "\n".join(_pages(_pdf(mayor)))
    deputy_text = "\n".join(_pages(_pdf(deputy)))
    assert "Persönliches Programm" in mayor_text and "für Kang Gi-jung (강기정)" in mayor_text
    assert "Pressefoto auf der Museumstreppe" in mayor_text
    assert "Pressefoto auf der Museumstreppe" not in deputy_text
    assert "für Park Ji-won (박지원)" in deputy_text
    assert "Begrüßungsabendessen" in deputy_text


def test_home_zone_column_follows_daylight_saving(sample_itinerary: ItineraryData) -> None:
    autumn = ProgramEntry(
        id=99,
        title="Autumn meeting",
        kind="meeting",
        starts_at=to_utc(datetime(2023, 10, 30, 10, 0), "Europe/Berlin"),
        ends_at=to_utc(datetime(2023, 10, 30, 11, 0), "Europe/Berlin"),
        timezone="Europe/Berlin",
    )
    late = ProgramEntry(
        id=100,
        title="Late reception",
        kind="reception",
        starts_at=to_utc(datetime(2023, 10, 30, 19, 0), "Europe/Berlin"),
        ends_at=to_utc(datetime(2023, 10, 30, 20, 0), "Europe/Berlin"),
        timezone="Europe/Berlin",
    )
    data = ItineraryData(**{**sample_itinerary.__dict__, "program": (autumn, late)})
    text = "\n".join(_pages(_pdf(data, lang="de", home_zone_column=True)))
    assert "Zeit Seoul" in text
    assert "18:00–19:00" in text  # CET (UTC+1) after the end of October: Seoul is 8 hours on
    assert "03:00–04:00 (+1)" in text  # the next day in Seoul
    without = "\n".join(_pages(_pdf(data, lang="de")))
    assert "Zeit Seoul" not in without


def _big_visit(members: int, days: int, notes: str = "") -> ItineraryData:
    venue = VenueInfo(1, "Neues Rathaus", "Martin-Luther-Ring 4–6, 04109 Leipzig", "Festsaal")
    host = PersonInfo(1, "Schreiber", "Anna", title="Head of Protocol")
    people = tuple(
        MemberInfo(
            PersonInfo(
                n,
                f"Family{n:03d}",
                f"Given{n:03d}",
                f"가나다{n}",
                "family_first",
                title="Member of the delegation with a rather long title",
            ),
            "official",
            n,
        )
        for n in range(1, members + 1)
    )
    ids = tuple(m.person.id for m in people)
    items = []
    start = date(2023, 7, 10)
    for day in range(days):
        for slot in range(8):
            begin = to_utc(
                datetime.combine(start + timedelta(days=day), datetime.min.time()).replace(
                    hour=8 + slot
                ),
                "Europe/Berlin",
            )
            items.append(
                ProgramEntry(
                    id=day * 10 + slot,
                    title=f"Item {day:02d}-{slot}",
                    kind="meeting",
                    starts_at=begin,
                    ends_at=begin + timedelta(minutes=50),
                    timezone="Europe/Berlin",
                    venue=venue,
                    host=host,
                    dress_code="Business attire",
                    notes=notes or "Notes for the delegation. " * 6,
                    attendee_ids=ids,
                )
            )
    return ItineraryData(
        visit_id=1,
        title="Large visit",
        direction="incoming",
        start_date=start,
        end_date=start + timedelta(days=days - 1),
        home_city="Leipzig",
        partner_city="Gwangju",
        partner_city_native="광주",
        head=people[0].person,
        members=people,
        program=tuple(items),
        stamp=Stamp(AS_OF, 3),
    )


def test_long_tables_repeat_their_header_and_days_never_start_at_a_page_foot() -> None:
    data = _big_visit(members=120, days=6)
    pages = _pages(_pdf(data, lang="de"))
    member_pages = [p for p in pages[1:] if "Family0" in p or "Family1" in p]
    assert len(member_pages) >= 3
    assert all("Originalschrift" in page for page in member_pages)
    heading = re.compile(
        r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d+\. Juli 2023"
    )
    for page in pages:
        for match in heading.finditer(page):
            rest = page[match.end() :]
            # Every day heading on a page is followed there by its header and an item.
            assert "Programmpunkt" in rest and re.search(r"\d\d:\d\d–\d\d:\d\d", rest), page
    assert "Version 3" in pages[-1]


def test_hostile_strings_print_literally_without_links_or_images() -> None:
    hostile = "\n".join(HOSTILE)
    person = PersonInfo(
        7,
        HOSTILE[1],
        HOSTILE[0],
        HOSTILE[3],
        title=hostile,
        organisation=HOSTILE[2],
        phone=HOSTILE[4],
        email="",
    )
    venue = VenueInfo(3, HOSTILE[2], hostile, HOSTILE[4], contact=hostile)
    long_text = "Anfang " + ("langer Text ohne Ende " * 240) + " Schluss"
    assert len(long_text) > 5000
    entry = ProgramEntry(
        id=1,
        title=hostile,
        kind="meeting",
        starts_at=datetime(2023, 7, 26, 8, 0, tzinfo=UTC),
        ends_at=datetime(2023, 7, 26, 9, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
        venue=venue,
        host=person,
        dress_code=HOSTILE[3],
        notes=hostile + "\nEmoji 😀🎉 שלום עולם مرحبا بالعالم\n" + long_text,
        attendee_ids=(7,),
    )
    empty = ProgramEntry(
        id=2,
        title="",
        kind="meeting",
        starts_at=datetime(2023, 7, 26, 10, 0, tzinfo=UTC),
        ends_at=datetime(2023, 7, 26, 10, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
    )
    data = ItineraryData(
        visit_id=1,
        title=hostile,
        direction="incoming",
        start_date=date(2023, 7, 26),
        end_date=date(2023, 7, 26),
        home_city=HOSTILE[0],
        partner_city=HOSTILE[3],
        partner_city_native=HOSTILE[1],
        head=person,
        members=(MemberInfo(person, "interpreter", 1),),
        program=(entry, empty),
        hotel=venue,
        stamp=Stamp(AS_OF, 1),
    )
    for lang in ("de", "ko", "de+ko"):
        pdf = _pdf(data, lang=lang, home_zone_column=True)
        assert_no_links_or_images(pdf)
        text = "\n".join(_pages(pdf))
        for piece in HOSTILE:
            assert piece in text, piece
        # pypdf reorders right-to-left text when extracting it.
        assert (
            ("שלום" in text or "םולש" in text)
            and "Anfang langer Text" in text
            and "ohne Ende Schluss" in text
        )
