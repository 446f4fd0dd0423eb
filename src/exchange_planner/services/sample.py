"""The Leipzig–Gwangju sample: the July 2023 delegation visit, gifts, guestbook, residencies.

The mayor, the Lord Mayor, the artist Martin Reich, the venues and the exhibition are from the
public record of the partnership; the other delegation members, the timings and the values are
invented to make a realistic plan. The database is marked as a sample (setting ``is_sample``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from exchange_planner.domain.enums import (
    ChecklistKind,
    Direction,
    GiftDirection,
    GuestbookKind,
    MemberRole,
    NameOrder,
    ProgramKind,
    ResidencyStatus,
    VisitStatus,
)
from exchange_planner.domain.errors import DatabaseReadOnlyError, ExchangePlannerError
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database, unwritable_reason

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"
SAMPLE_NOTE = (
    "Sample data: names other than the public office holders, times and values are invented."
)

# (family, given, hangul, title, role)
_DELEGATION: list[tuple[str, str, str, str, MemberRole]] = [
    ("Kang", "Gi-jung", "강기정", "Mayor of Gwangju Metropolitan City", MemberRole.HEAD),
    ("Park", "Ji-won", "박지원", "Director-General, International Affairs", MemberRole.DEPUTY),
    ("Lee", "Seung-hoon", "이승훈", "Member of the Gwangju City Council", MemberRole.OFFICIAL),
    ("Choi", "Min-ji", "최민지", "Member of the Gwangju City Council", MemberRole.OFFICIAL),
    ("Jung", "Hae-won", "정해원", "Director, Culture and Arts Policy", MemberRole.OFFICIAL),
    ("Yoon", "Sang-woo", "윤상우", "Director, Gwangju Museum of Art", MemberRole.OFFICIAL),
    ("Han", "Eun-ji", "한은지", "Curator, Gwangju Museum of Art", MemberRole.OFFICIAL),
    ("Kim", "Tae-yang", "김태양", "Head of Sister City Relations", MemberRole.OFFICIAL),
    ("Oh", "Ji-hye", "오지혜", "Urban Regeneration Division", MemberRole.OFFICIAL),
    ("Seo", "Jun-ho", "서준호", "Gwangju Biennale Foundation", MemberRole.OFFICIAL),
    ("Lim", "Na-yeon", "임나연", "Gwangju Tourism Organization", MemberRole.OFFICIAL),
    ("Shin", "Dong-hyun", "신동현", "Secretary to the Mayor", MemberRole.STAFF),
    ("Kwon", "So-young", "권소영", "Protocol Officer", MemberRole.STAFF),
    ("Jang", "Woo-jin", "장우진", "International Cooperation Officer", MemberRole.STAFF),
    ("Moon", "Ha-eun", "문하은", "International Cooperation Officer", MemberRole.STAFF),
    ("Baek", "Seo-yeon", "백서연", "Interpreter (Korean–German)", MemberRole.INTERPRETER),
    ("Hwang", "Min-seok", "황민석", "Photographer, City Hall Press Office", MemberRole.PRESS),
    ("Song", "Ye-jin", "송예진", "Reporter, Gwangju Ilbo", MemberRole.PRESS),
    ("Ahn", "Jae-hyun", "안재현", "Reporter, Kwangju Broadcasting", MemberRole.PRESS),
    ("Ryu", "Hyun-woo", "류현우", "Security Officer", MemberRole.SECURITY),
]


def build_sample(services: Services) -> dict[str, int]:
    """Fill an empty database with the sample; returns the ids of its main records."""
    s = services
    s.settings.set("is_sample", "true")
    s.settings.set("home_city", "Leipzig")
    s.settings.set("home_timezone", BERLIN)

    gwangju = s.partnerships.create(
        partner_city="Gwangju",
        country="South Korea",
        city_native="광주",
        since_year=2011,
        timezone=SEOUL,
        languages="ko,en",
        notes="Twin-city partnership Leipzig–Gwangju since 2011. " + SAMPLE_NOTE,
    )

    rathaus = s.venues.create(
        name="Neues Rathaus",
        address="Martin-Luther-Ring 4–6, 04109 Leipzig",
        room="Festsaal",
        city="Leipzig",
        timezone=BERLIN,
        capacity=120,
        contact="Protocol office, +49 341 123-0000 (sample)",
    )
    council_hall = s.venues.create(
        name="Neues Rathaus – Ratsplenarsaal",
        address="Martin-Luther-Ring 4–6, 04109 Leipzig",
        room="Session hall of the city council",
        city="Leipzig",
        timezone=BERLIN,
        capacity=150,
    )
    mayor_office = s.venues.create(
        name="Neues Rathaus – Lord Mayor's office",
        address="Martin-Luther-Ring 4–6, 04109 Leipzig",
        room="Room 200",
        city="Leipzig",
        timezone=BERLIN,
        capacity=25,
    )
    mdbk = s.venues.create(
        name="Museum der bildenden Künste Leipzig (MdbK)",
        address="Katharinenstraße 10, 04109 Leipzig",
        city="Leipzig",
        timezone=BERLIN,
        contact="Visitor services (sample)",
    )
    hotel = s.venues.create(
        name="Hotel am Ring (sample)",
        address="Richard-Wagner-Straße 1, 04109 Leipzig",
        city="Leipzig",
        timezone=BERLIN,
        contact="Reception +49 341 000-000 (sample)",
    )
    restaurant = s.venues.create(
        name="Ratskeller Leipzig",
        address="Lotterstraße 1, 04109 Leipzig",
        city="Leipzig",
        timezone=BERLIN,
        capacity=80,
    )
    gma_studio = s.venues.create(
        name="International Residency Studio, Gwangju Museum of Art",
        address="52 Haseo-ro, Buk-gu, Gwangju",
        city="Gwangju",
        timezone=SEOUL,
    )
    leipzig_studio = s.venues.create(
        name="Guest studio of the City of Leipzig (sample)",
        address="Spinnereistraße 7, 04179 Leipzig",
        city="Leipzig",
        timezone=BERLIN,
    )

    jung = s.people.create(
        family_name="Jung",
        given_name="Burkhard",
        title="Lord Mayor of Leipzig (Oberbürgermeister)",
        organisation="City of Leipzig",
        country="Germany",
        language="de",
    )
    protocol = s.people.create(
        family_name="Schreiber",
        given_name="Anna",
        title="Head of Protocol (sample)",
        organisation="City of Leipzig, Office of the Lord Mayor",
        country="Germany",
        email="protocol@example.org",
        phone="+49 341 000-001",
        language="de",
    )
    interpreter = s.people.create(
        family_name="Müller",
        given_name="Jiyoung",
        native_name="뮐러 지영",
        title="Interpreter German–Korean (sample)",
        organisation="Freelance",
        country="Germany",
        phone="+49 170 000-002",
        language="de",
    )
    museum_guide = s.people.create(
        family_name="Krüger",
        given_name="Thomas",
        title="Curator of Education (sample)",
        organisation="Museum der bildenden Künste Leipzig",
        country="Germany",
        language="de",
    )
    reich = s.people.create(
        family_name="Reich",
        given_name="Martin",
        title="Artist",
        organisation="Leipzig",
        country="Germany",
        language="de",
    )

    visit = s.visits.create(
        partnership_id=gwangju.id,
        title="Official visit of the Gwangju delegation",
        direction=Direction.INCOMING,
        start_date=date(2023, 7, 25),
        end_date=date(2023, 7, 27),
        status=VisitStatus.COMPLETED,
        hotel_id=hotel.id,
        notes="Delegation of 20 led by Mayor Kang Gi-jung. " + SAMPLE_NOTE,
    )
    member_ids: list[int] = []
    mayor_id = 0
    for rank, (family, given, hangul, title, role) in enumerate(_DELEGATION, start=1):
        person = s.people.create(
            family_name=family,
            given_name=given,
            native_name=hangul,
            name_order=NameOrder.FAMILY_FIRST,
            title=title,
            organisation="Gwangju Metropolitan City",
            country="South Korea",
            language="ko",
            dietary_notes="No pork" if rank == 7 else "",
        )
        if rank == 1:
            mayor_id = person.id
        s.members.create(
            visit_id=visit.id,
            person_id=person.id,
            role=role,
            precedence=rank,
            arrival=to_utc(datetime(2023, 7, 25, 17, 40), BERLIN),
            departure=to_utc(datetime(2023, 7, 27, 9, 15), BERLIN),
            room=str(301 + rank),
        )
        member_ids.append(person.id)
    s.visits.update(visit.id, head_id=mayor_id)

    def item(
        day: int,
        start: tuple[int, int],
        end: tuple[int, int],
        title: str,
        kind: ProgramKind,
        venue: int | None,
        host: int | None = None,
        **extra: object,
    ) -> int:
        created = s.program.create(
            visit_id=visit.id,
            title=title,
            kind=kind,
            starts_at=to_utc(datetime(2023, 7, day, *start), BERLIN),
            ends_at=to_utc(datetime(2023, 7, day, *end), BERLIN),
            timezone=BERLIN,
            venue_id=venue,
            host_id=host,
            **extra,
        )
        return created.id

    item(
        25,
        (17, 40),
        (18, 30),
        "Arrival at Leipzig/Halle Airport and transfer to the hotel",
        ProgramKind.TRANSFER,
        hotel.id,
        protocol.id,
        notes="Bus waits at arrivals, exit B.",
    )
    item(
        25,
        (19, 30),
        (21, 30),
        "Welcome dinner",
        ProgramKind.MEAL,
        restaurant.id,
        protocol.id,
        dress_code="Business casual",
    )
    item(
        26,
        (9, 30),
        (9, 50),
        "Transfer to the Neues Rathaus",
        ProgramKind.TRANSFER,
        rathaus.id,
        protocol.id,
        internal_notes="Police escort confirmed by phone; do not print.",
    )
    item(
        26,
        (10, 0),
        (10, 30),
        "Reception by Lord Mayor Burkhard Jung",
        ProgramKind.RECEPTION,
        rathaus.id,
        jung.id,
        dress_code="Business attire",
        notes="Welcome address by the Lord Mayor, reply by Mayor Kang.",
    )
    item(
        26,
        (10, 30),
        (10, 45),
        "Signing of the city guestbook",
        ProgramKind.GUESTBOOK,
        mayor_office.id,
        jung.id,
        dress_code="Business attire",
    )
    item(
        26,
        (10, 45),
        (11, 0),
        "Exchange of official gifts",
        ProgramKind.GIFT_EXCHANGE,
        mayor_office.id,
        jung.id,
        internal_notes="Gift bag in the anteroom.",
    )
    item(
        26,
        (11, 0),
        (11, 45),
        "Council session hall and the Matthäikirchhof “Demokratiecampus” plans",
        ProgramKind.TOUR,
        council_hall.id,
        protocol.id,
        notes="Presentation of the plans for the Demokratiecampus at the Matthäikirchhof.",
    )
    item(26, (12, 0), (13, 30), "Lunch", ProgramKind.MEAL, restaurant.id, protocol.id)
    item(
        26,
        (14, 0),
        (16, 0),
        "Museum der bildenden Künste: “Re-Connect: Kunst und Kampf im Bruderland”",
        ProgramKind.MUSEUM,
        mdbk.id,
        museum_guide.id,
        notes="Guided tour in German with Korean interpretation.",
    )
    item(
        26,
        (16, 15),
        (16, 45),
        "Press photo on the museum steps",
        ProgramKind.PRESS,
        mdbk.id,
        protocol.id,
    )
    item(26, (17, 0), (19, 0), "Free time", ProgramKind.FREE_TIME, None)
    item(
        27,
        (8, 0),
        (9, 15),
        "Check-out and transfer to the airport",
        ProgramKind.TRANSFER,
        hotel.id,
        protocol.id,
    )
    s.program.set_attendees(
        s.program.for_visit(visit.id)[9].id, [mayor_id, member_ids[16], member_ids[17]]
    )

    s.gifts.create(
        visit_id=visit.id,
        direction=GiftDirection.GIVEN,
        description="Meissen porcelain pen tray",
        maker="Staatliche Porzellan-Manufaktur Meissen",
        giver_id=jung.id,
        recipient_id=mayor_id,
        presented_on=date(2023, 7, 26),
        value_amount=Decimal("185.00"),
        value_currency="EUR",
        valuation_basis="Purchase price (sample)",
        circumstances="Official gift of the City of Leipzig on the occasion of the visit",
        disposition="Handed to the Mayor of Gwangju",
        inventory_number="LE-G-2023-014",
    )
    s.gifts.create(
        visit_id=visit.id,
        direction=GiftDirection.RECEIVED,
        description="Porcelain plate with a city motif of Gwangju",
        maker="Gwangju ceramic workshop (sample)",
        giver_id=mayor_id,
        recipient_id=jung.id,
        presented_on=date(2023, 7, 26),
        value_amount=Decimal("120.00"),
        value_currency="EUR",
        valuation_basis="Estimate of the protocol office (sample)",
        circumstances="Official gift of Gwangju Metropolitan City",
        disposition="Display cabinet, Office of the Lord Mayor",
        inventory_number="LE-R-2023-022",
    )
    s.guestbook.create(
        visit_id=visit.id,
        book=GuestbookKind.CITY_GUESTBOOK,
        signer_id=mayor_id,
        signed_on=date(2023, 7, 26),
        occasion="Official visit of the Mayor of Gwangju",
        volume="XII",
        page="87",
    )

    outgoing = s.residencies.create(
        title="Martin Reich at the Gwangju Museum of Art",
        artist_id=reich.id,
        partnership_id=gwangju.id,
        direction=Direction.OUTGOING,
        home_institution="City of Leipzig, Office for Culture",
        host_institution="Gwangju Museum of Art",
        studio_id=gma_studio.id,
        start_date=date(2023, 3, 1),
        end_date=date(2023, 5, 31),
        status=ResidencyStatus.COMPLETED,
        budget_amount=Decimal("9000.00"),
        budget_currency="EUR",
        notes=SAMPLE_NOTE,
    )
    counter = s.residencies.create(
        title="Counter-residency: an artist from Gwangju in Leipzig",
        partnership_id=gwangju.id,
        direction=Direction.INCOMING,
        home_institution="Gwangju Museum of Art",
        host_institution="City of Leipzig, Office for Culture",
        studio_id=leipzig_studio.id,
        start_date=date(2024, 9, 1),
        end_date=date(2024, 11, 30),
        status=ResidencyStatus.PROPOSED,
        counterpart_id=outgoing.id,
        budget_amount=Decimal("9000.00"),
        budget_currency="EUR",
        notes="Artist not yet named. " + SAMPLE_NOTE,
    )
    s.residencies.update(outgoing.id, counterpart_id=counter.id)
    for title, due, done in (
        ("Open studio in Gwangju", date(2023, 5, 20), True),
        ("Artist talk at the Gwangju Museum of Art", date(2023, 5, 25), True),
        ("Report to the Office for Culture", date(2023, 7, 31), True),
    ):
        s.deliverables.create(residency_id=outgoing.id, title=title, due_date=due, done=done)
    s.deliverables.create(
        residency_id=counter.id, title="Open studio in Leipzig", due_date=date(2024, 11, 22)
    )
    for kind, due, done in (
        (ChecklistKind.INVITATION_LETTER, date(2022, 11, 30), date(2022, 11, 28)),
        (ChecklistKind.VISA, date(2023, 1, 31), date(2023, 1, 20)),
        (ChecklistKind.TRAVEL, date(2023, 2, 1), date(2023, 1, 25)),
        (ChecklistKind.ACCOMMODATION, date(2023, 2, 1), date(2023, 1, 30)),
        (ChecklistKind.INSURANCE, date(2023, 2, 15), date(2023, 2, 10)),
        (ChecklistKind.ARRIVAL, date(2023, 3, 1), date(2023, 3, 1)),
        (ChecklistKind.OPEN_STUDIO, date(2023, 5, 20), date(2023, 5, 20)),
        (ChecklistKind.REPORT, date(2023, 7, 31), date(2023, 7, 28)),
    ):
        s.checklist.create(residency_id=outgoing.id, kind=kind, due_date=due, done_on=done)
    for kind, due in (
        (ChecklistKind.INVITATION_LETTER, date(2024, 3, 31)),
        (ChecklistKind.VISA, date(2024, 6, 30)),
        (ChecklistKind.TRAVEL, date(2024, 7, 15)),
        (ChecklistKind.ACCOMMODATION, date(2024, 7, 15)),
        (ChecklistKind.INSURANCE, date(2024, 8, 15)),
        (ChecklistKind.ARRIVAL, date(2024, 9, 1)),
        (ChecklistKind.OPEN_STUDIO, date(2024, 11, 22)),
        (ChecklistKind.REPORT, date(2024, 12, 31)),
    ):
        s.checklist.create(residency_id=counter.id, kind=kind, due_date=due)

    exhibition = s.exhibitions.create(
        title="Re-Connect: Kunst und Kampf im Bruderland",
        venue_id=mdbk.id,
        start_date=date(2023, 3, 30),
        end_date=date(2023, 9, 3),
        partnership_id=gwangju.id,
        description=(
            "Exhibition of the Museum der bildenden Künste Leipzig; visited by the Gwangju "
            "delegation on 26 July 2023. Dates in this sample are approximate."
        ),
    )
    s.exhibitions.set_links(exhibition.id, "visits", [visit.id])

    return {
        "partnership": gwangju.id,
        "visit": visit.id,
        "mayor": mayor_id,
        "lord_mayor": jung.id,
        "residency_outgoing": outgoing.id,
        "residency_incoming": counter.id,
        "exhibition": exhibition.id,
        "interpreter": interpreter.id,
        "protocol": protocol.id,
    }


def write_sample(path: Path, *, force: bool = False) -> Path:
    """Write the sample database to ``path``; an existing file is replaced only with ``force``."""
    path = Path(path)
    if path.exists():
        if not force:
            raise ExchangePlannerError(f"{path} already exists; use --force to replace it")
        reason = unwritable_reason(path)
        if reason is not None:
            raise DatabaseReadOnlyError(
                f"{path} cannot be replaced ({reason}); make it writable or choose another file"
            )
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path)
    try:
        build_sample(Services.for_database(db))
    finally:
        db.dispose()
    return path
