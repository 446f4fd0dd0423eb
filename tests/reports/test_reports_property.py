"""Any Unicode in any text field: both documents build and create no links or images."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from exchange_planner.reports.data import (
    GiftEntry,
    GiftProtocolData,
    ItineraryData,
    MemberInfo,
    PersonInfo,
    ProgramEntry,
    Stamp,
    VenueInfo,
)
from exchange_planner.reports.gifts import GiftProtocolOptions, build_gift_protocol
from exchange_planner.reports.i18n import LANGUAGES
from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary

text = st.text(max_size=120)
long_text = st.text(max_size=1500)
AS_OF = datetime(2023, 7, 20, 8, 0, tzinfo=UTC)

people = st.builds(
    PersonInfo,
    id=st.integers(1, 5),
    family_name=text,
    given_name=text,
    native_name=text,
    name_order=st.sampled_from(["given_first", "family_first"]),
    title=text,
    organisation=text,
    country=text,
    email=text,
    phone=text,
)
venues = st.builds(
    VenueInfo,
    id=st.integers(1, 5),
    name=text,
    address=text,
    room=text,
    city=text,
    timezone=st.sampled_from(["Europe/Berlin", "Asia/Seoul"]),
    contact=text,
)


@st.composite
def program_entries(draw: st.DrawFn) -> ProgramEntry:
    start = datetime(2023, 7, 25, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 4000)))
    return ProgramEntry(
        id=draw(st.integers(1, 1000)),
        title=draw(text),
        kind="meeting",
        starts_at=start,
        ends_at=start + timedelta(minutes=draw(st.integers(0, 300))),
        timezone=draw(st.sampled_from(["Europe/Berlin", "Asia/Seoul"])),
        venue=draw(st.none() | venues),
        host=draw(st.none() | people),
        dress_code=draw(text),
        notes=draw(long_text),
        attendee_ids=(1,),
    )


itineraries = st.builds(
    ItineraryData,
    visit_id=st.just(1),
    title=text,
    direction=st.sampled_from(["incoming", "outgoing"]),
    start_date=st.just(date(2023, 7, 25)),
    end_date=st.just(date(2023, 7, 28)),
    home_city=text,
    partner_city=text,
    partner_city_native=text,
    partner_country=text,
    head=st.none() | people,
    members=st.lists(
        st.builds(
            MemberInfo,
            person=people,
            role=st.sampled_from(["head", "official", "x"]),
            precedence=st.integers(0, 9),
        ),
        max_size=4,
    ).map(tuple),
    program=st.lists(program_entries(), max_size=4).map(tuple),
    hotel=st.none() | venues,
    person=st.none() | people,
    stamp=st.just(Stamp(AS_OF, 1)),
)

gift_entries = st.builds(
    GiftEntry,
    id=st.integers(1, 100),
    direction=st.sampled_from(["given", "received"]),
    description=text,
    maker=text,
    giver=st.none() | people,
    recipient=st.none() | people,
    presented_on=st.none() | st.just(date(2023, 7, 26)),
    value_amount=st.none() | st.decimals(0, 10**9, places=2, allow_nan=False),
    value_currency=st.sampled_from(["EUR", "KRW", "USD", "XYZ"]),
    valuation_basis=text,
    circumstances=long_text,
    disposition=text,
    inventory_number=text,
    visit_title=text,
)
protocols = st.builds(
    GiftProtocolData,
    home_city=text,
    gifts=st.lists(gift_entries, max_size=4).map(tuple),
    visit_id=st.just(1),
    visit_title=text,
    start_date=st.just(date(2023, 7, 25)),
    end_date=st.just(date(2023, 7, 27)),
    partner_city=text,
    year=st.none() | st.just(2023),
    stamp=st.just(Stamp(AS_OF, 1)),
)


def _check(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    for page in reader.pages:
        assert "/Annots" not in page
        assert "/XObject" not in page["/Resources"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=itineraries, lang=st.sampled_from(LANGUAGES), home=st.booleans())
def test_any_itinerary_builds(data: ItineraryData, lang: str, home: bool) -> None:
    out = io.BytesIO()
    build_itinerary(data, out, ItineraryOptions(lang, home))
    _check(out.getvalue())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=protocols, lang=st.sampled_from(LANGUAGES))
def test_any_gift_protocol_builds(data: GiftProtocolData, lang: str) -> None:
    out = io.BytesIO()
    build_gift_protocol(data, out, GiftProtocolOptions(lang))
    _check(out.getvalue())
    assert Decimal(0) <= sum((t.total for t in data.totals()), Decimal(0))
