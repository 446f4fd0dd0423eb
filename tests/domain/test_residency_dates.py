"""Residency date rules: checklist due dates from the residency's dates, and an end that
moves along with a start moved past it."""

from datetime import date, timedelta

import pytest

from exchange_planner.domain.dates import end_following_start
from exchange_planner.domain.enums import ChecklistKind
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.residency import CHECKLIST_OFFSETS, checklist_due

START, END = date(2027, 3, 1), date(2027, 5, 31)


def test_due_dates_follow_the_offsets_when_there_is_time():
    today = date(2026, 10, 1)
    for kind, (anchor, days) in CHECKLIST_OFFSETS.items():
        base = START if anchor == "start" else END
        assert checklist_due(kind, START, END, today) == base + timedelta(days=days)


def test_a_lead_time_that_has_run_out_ends_today_not_in_the_past():
    today = date(2027, 1, 15)  # 45 days before the start: invitation and visa are late
    assert checklist_due(ChecklistKind.INVITATION_LETTER, START, END, today) == today
    assert checklist_due(ChecklistKind.VISA, START, END, today) == today
    assert checklist_due(ChecklistKind.TRAVEL, START, END, today) == date(2027, 1, 15)
    assert checklist_due(ChecklistKind.INSURANCE, START, END, today) == date(2027, 2, 15)


def test_a_residency_already_begun_keeps_the_days_that_really_passed():
    today = date(2027, 4, 1)
    # Preparation was due by the first day, which has passed: overdue since then.
    assert checklist_due(ChecklistKind.VISA, START, END, today) == START
    assert checklist_due(ChecklistKind.ARRIVAL, START, END, today) == START
    assert checklist_due(ChecklistKind.OPEN_STUDIO, START, END, today) == date(2027, 5, 24)
    # Without a day of making, the plain offsets.
    assert checklist_due(ChecklistKind.VISA, START, END, None) == date(2026, 12, 31)


def test_end_moves_along_only_when_the_start_passes_it():
    assert end_following_start(START, END, date(2027, 4, 1)) == END
    assert end_following_start(START, END, END) == END
    assert end_following_start(START, END, date(2027, 7, 1)) == date(2027, 7, 1) + (END - START)
    with pytest.raises(ValidationError) as error:
        end_following_start(START, END, date.max - timedelta(days=3))
    assert error.value.field == "start_date"
