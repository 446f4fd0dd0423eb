"""Any Unicode in any text of the rooming list: the PDF and the workbook build, the PDF makes
no links, the workbook holds no formula."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from exchange_planner.reports.data import Stamp
from exchange_planner.reports.i18n import LANGUAGES
from exchange_planner.reports.rooming_data import (
    ROOM_TYPES,
    Guest,
    HotelInfo,
    HotelRooming,
    Room,
    RoomingListData,
    RoomingVisit,
)
from exchange_planner.reports.rooming_list import RoomingListOptions, build_rooming_list
from exchange_planner.reports.rooming_xlsx import RoomingXlsxOptions, build_rooming_xlsx

text = st.text(max_size=80)
guests = st.builds(
    Guest,
    person_id=st.integers(1, 10_000),
    family_name=text,
    given_name=text,
    native_name=text,
    name_order=st.sampled_from(["given_first", "family_first"]),
    title=text,
    arrival=st.none() | st.just(datetime(2023, 7, 25, 15, 40, tzinfo=UTC)),
    departure=st.none() | st.just(datetime(2023, 7, 27, 7, 15, tzinfo=UTC)),
    special_requests=st.text(max_size=400),
)
rooms = st.builds(
    Room,
    number=text.filter(str.strip),
    room_type=st.sampled_from(("", *ROOM_TYPES)),
    guests=st.lists(guests, min_size=1, max_size=4).map(tuple),
    capacity=st.none() | st.integers(1, 3),
)
hotels = st.builds(
    HotelRooming,
    hotel=st.builds(
        HotelInfo,
        venue_id=st.none() | st.integers(1, 9),
        name=text,
        address=text,
        timezone=st.sampled_from(["Europe/Berlin", "Asia/Seoul"]),
    ),
    rooms=st.lists(rooms, max_size=4).map(tuple),
    no_room=st.lists(guests, max_size=2).map(tuple),
)
lists = st.builds(
    RoomingListData,
    visit=st.builds(
        RoomingVisit,
        visit_id=st.just(1),
        title=text,
        start_date=st.just(date(2023, 7, 25)),
        end_date=st.just(date(2023, 7, 27)),
    ),
    hotels=st.lists(hotels, max_size=2).map(tuple),
    home_city=text,
    stamp=st.just(Stamp(datetime(2023, 7, 20, 8, 0, tzinfo=UTC), 2)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=lists, lang=st.sampled_from(LANGUAGES))
def test_any_text_builds_both(data: RoomingListData, lang: str) -> None:
    pdf = io.BytesIO()
    assert build_rooming_list(data, pdf, RoomingListOptions(lang)) >= 1
    assert b"/URI" not in pdf.getvalue()
    assert len(PdfReader(io.BytesIO(pdf.getvalue())).pages) >= 1
    book = io.BytesIO()
    count = build_rooming_xlsx(data, book, RoomingXlsxOptions(lang))
    assert count == sum(h.guest_count for h in data.hotels)
    workbook = load_workbook(io.BytesIO(book.getvalue()))
    assert all(
        cell.data_type != "f" for sheet in workbook for row in sheet.iter_rows() for cell in row
    )
