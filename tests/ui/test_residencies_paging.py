"""The residency list reads page by page: SQL filters and sorting, names and studio conflicts
for the loaded rows only."""

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QUndoStack

from exchange_planner.domain.errors import ValidationError
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.residencies.tab import ResidenciesTab, ResidencyListModel

MANY = 450


@pytest.fixture
def many(services, sample_ids):
    """MANY extra residencies, one a week from 1990 on, in a studio of their own each year."""
    studio = services.venues.create(name="Paging studio", timezone="Europe/Berlin")
    ids = []
    for i in range(MANY):
        start = date(1990, 1, 1) + timedelta(weeks=i)
        ids.append(
            services.residencies.create(
                title=f"Paged {i:03d}",
                partnership_id=sample_ids["partnership"],
                direction="outgoing",
                host_institution=f"Host {i}",
                start_date=start,
                end_date=start + timedelta(days=5),
            ).id
        )
    # Two of them share a studio on overlapping days.
    services.residencies.update(ids[3], studio_id=studio.id)
    services.residencies.update(ids[4], studio_id=studio.id, start_date=date(1990, 1, 24))
    return ids


def test_service_counts_pages_and_sorts(services, many):
    service = services.residencies
    assert service.count() == MANY + 2
    assert service.count(text="Paged 01") == 10
    first = service.page(limit=5)
    assert [r.start_date for r in first] == sorted((r.start_date for r in first), reverse=True)
    by_title = service.page(sort="title", descending=False, offset=4, limit=3)
    assert [r.title for r in by_title] == ["Paged 002", "Paged 003", "Paged 004"]
    for key in ("artist", "studio", "direction", "status", "end_date"):
        assert len(service.page(sort=key, limit=7)) == 7
    with pytest.raises(ValidationError):
        service.page(sort="notes; drop table residency")


def test_conflicts_of_a_page_match_the_whole_table(services, many):
    service = services.residencies
    everywhere: dict[int, list[str]] = {}
    for conflict in service.studio_conflicts():
        for rid in conflict.residency_ids:
            everywhere.setdefault(rid, []).append(conflict.message)
    page = service.page(sort="title", descending=False, offset=2, limit=10)  # Paged 000…009
    found = service.conflict_messages(page)
    assert set(found) == {many[3], many[4]}
    assert found[many[3]] == everywhere[many[3]]
    assert service.conflict_messages([]) == {}


def test_model_reads_one_page_and_more_when_scrolled(services, many):
    model = ResidencyListModel(services)
    model.reload()
    assert model.total == MANY + 2
    assert model.rowCount() == ResidencyListModel.PAGE and model.pages_read == 1
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * ResidencyListModel.PAGE
    row = model.load_until(many[3])  # among the oldest: on the last page
    assert row >= 0 and model.record(row).id == many[3]
    assert model.pages_read == 3 and not model.canFetchMore()
    assert "booked twice" in model.index(row, 0).data(3)  # tooltip role
    model.sort(0)  # by title, ascending
    assert model.record(0).title == "Gegenresidenz: Kunstschaffende aus Gwangju in Leipzig"
    assert model.rowCount() == ResidencyListModel.PAGE


def test_tab_opens_one_page_and_navigates_deep(
    qtbot, services, events, sample_ids, qt_settings, many
):
    context = UiContext(services, events, QUndoStack(), qt_settings)
    tab = ResidenciesTab(context, today=lambda: date(2024, 8, 20))
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == ResidencyListModel.PAGE
    assert tab.show_record("residency", many[0])
    assert tab.current_id() == many[0]
    assert tab.editor.form.widgets["title"].text() == "Paged 000"
    tab.search.setText("Paged 00")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 10)
