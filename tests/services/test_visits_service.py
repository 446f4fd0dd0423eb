from datetime import date, datetime, time, timedelta
from itertools import pairwise

import pytest

from exchange_planner.domain.enums import Direction, VisitStatus
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.timeutil import to_local, to_utc
from exchange_planner.services.visits import VisitFilter

BERLIN = "Europe/Berlin"


def make_visit(services, partnership_id, title="Visit", start=date(2024, 5, 1), days=2, **extra):
    return services.visits.create(
        partnership_id=partnership_id,
        title=title,
        direction=Direction.INCOMING,
        start_date=start,
        end_date=start + timedelta(days=days),
        **extra,
    )


def test_rows_filter_search_sort_and_page_in_sql(services, sample_ids):
    p = sample_ids["partnership"]
    for i in range(30):
        make_visit(services, p, f"Working visit {i:02d}", date(2020 + i % 3, 3, 1 + i))
    make_visit(services, p, "문화 교류 방문 🎨", date(2024, 9, 1), status=VisitStatus.CONFIRMED)
    assert services.visits.count_rows() == 32
    page = services.visits.rows(sort="title", descending=False, limit=5)
    assert [r.title for r in page][:2] == [
        "Offizieller Besuch der Delegation aus Gwangju",
        "Working visit 00",
    ]
    second = services.visits.rows(sort="title", descending=False, offset=5, limit=5)
    assert {r.id for r in page}.isdisjoint({r.id for r in second})
    assert services.visits.count_rows(VisitFilter(year=2021)) == 10
    assert services.visits.count_rows(VisitFilter(status=VisitStatus.CONFIRMED)) == 1
    assert [r.title for r in services.visits.rows(VisitFilter(text="교류"))] == [
        "문화 교류 방문 🎨"
    ]
    assert services.visits.count_rows(VisitFilter(text="gwangju")) == 32  # partner city
    assert services.visits.count_rows(VisitFilter(text="100%_")) == 0
    assert services.visits.count_rows(VisitFilter(partnership_id=p + 99)) == 0
    assert services.visits.years()[0] == 2024
    with pytest.raises(ValidationError):
        services.visits.rows(sort="notes; DROP TABLE visit")


def test_bad_visit_input_names_the_field_and_changes_nothing(services, sample_ids):
    visit_id = sample_ids["visit"]
    before = services.visits.get(visit_id)
    for changes, field in (
        ({"title": "   "}, "title"),
        ({"title": "x" * 5000}, "title"),
        ({"end_date": date(2023, 7, 1)}, "end_date"),
    ):
        with pytest.raises(ValidationError) as error:
            services.visits.update(visit_id, **changes)
        assert error.value.field == field
    assert services.visits.get(visit_id) == before
    notes = "ن" * 10 + " 광주 🎉 " + "x" * 4900
    assert services.visits.update(visit_id, notes=notes, title="방문 עברית 🎉").notes == notes


def test_snapshot_restore_brings_back_every_part(services, sample_ids):
    visit_id = sample_ids["visit"]
    counts = lambda: (  # noqa: E731
        len(services.members.for_visit(visit_id)),
        len(services.program.for_visit(visit_id)),
        len(services.gifts.for_visit(visit_id)),
        len(services.guestbook.for_visit(visit_id)),
    )
    before = counts()
    attendees = services.program.attendees(services.program.for_visit(visit_id)[9].id)
    snapshot = services.visits.snapshot(visit_id)
    services.visits.delete(visit_id)
    assert services.visits.count_rows() == 0
    services.visits.restore(snapshot)
    assert counts() == before
    assert services.program.attendees(services.program.for_visit(visit_id)[9].id) == attendees
    assert services.exhibitions.get(sample_ids["exhibition"])  # link table restored too


def test_duplicate_copies_members_and_program_not_gifts(services, sample_ids):
    copy = services.visits.duplicate(sample_ids["visit"])
    assert copy.title.endswith("(copy)") and copy.status is VisitStatus.DRAFT
    # Every language of the title reads as a copy; a title of its own drops the others.
    assert copy.translations.get_text("title", "en") == (
        "Official visit of the Gwangju delegation (copy)"
    )
    assert copy.translations.get_text("title", "ko") == "광주광역시 대표단 공식 방문 (copy)"
    assert copy.translations.get_text("notes", "ko").startswith("강기정 시장이")
    named = services.visits.duplicate(sample_ids["visit"], title="Rückbesuch")
    assert "title" not in named.translations and "notes" in named.translations
    assert len(services.members.for_visit(copy.id)) == 20
    assert len(services.program.for_visit(copy.id)) == 12
    assert services.gifts.for_visit(copy.id) == []


def test_member_precedence_reorder(services, sample_ids):
    visit_id = sample_ids["visit"]
    order = services.members.order(visit_id)
    moved = services.members.moved(visit_id, order[2], -2)
    assert moved[0] == order[2]
    services.members.reorder(visit_id, moved)
    assert [r.precedence for r in services.members.rows(visit_id)] == list(range(1, 21))
    assert services.members.rows(visit_id)[0].id == order[2]
    with pytest.raises(ValidationError):
        services.members.reorder(visit_id, moved[:-1])


def test_duplicate_member_is_refused(services, sample_ids):
    with pytest.raises(ValidationError) as error:
        services.members.create(visit_id=sample_ids["visit"], person_id=sample_ids["mayor"])
    assert error.value.field == "person_id"


def test_program_end_before_start_refused_and_shift_following(services, sample_ids):
    items = services.program.for_visit(sample_ids["visit"])
    reception = next(i for i in items if i.title.startswith("Empfang"))
    with pytest.raises(ValidationError) as error:
        services.program.update(reception.id, ends_at=reception.starts_at - timedelta(minutes=1))
    assert error.value.field == "ends_at"
    following = services.program.following_same_day(reception.id, reception.ends_at)
    titles = [services.program.get(i).title for i in following]
    assert titles[0] == "Eintragung in das Goldene Buch der Stadt Leipzig" and "Freizeit" in titles
    assert all("Check-out" not in t for t in titles)  # next day is left alone
    services.program.shift(following, timedelta(minutes=15))
    moved = services.program.get(following[0])
    assert to_local(moved.starts_at, BERLIN).time() == time(10, 45)


def test_official_reception_template(services, sample_ids):
    visit = make_visit(services, sample_ids["partnership"], "Template test")
    ids = services.program.apply_template(
        visit.id, visit.start_date, time(10, 0), timezone=BERLIN, venue_id=None
    )
    items = [services.program.get(i) for i in ids]
    assert [i.kind.value for i in items] == [
        "reception",
        "guestbook_signing",
        "gift_exchange",
        "tour",
    ]
    assert items[0].starts_at == to_utc(datetime(2024, 5, 1, 10, 0), BERLIN)
    assert all(a.ends_at == b.starts_at for a, b in pairwise(items))
    with pytest.raises(ValidationError):
        services.program.apply_template(visit.id, visit.start_date, time(9), timezone="Mars/Base")
    assert len(services.program.for_visit(visit.id)) == 4


def test_program_snapshot_keeps_attendees(services, sample_ids):
    item = services.program.for_visit(sample_ids["visit"])[9]
    snapshot = services.program.snapshot(item.id)
    services.program.delete(item.id)
    services.program.restore(snapshot)
    assert len(services.program.attendees(item.id)) == 3
    copy = services.program.duplicate(item.id)
    assert copy.starts_at == item.ends_at and len(services.program.attendees(copy.id)) == 3
