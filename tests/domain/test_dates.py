"""Dates as people type them, in German and English locales."""

from __future__ import annotations

from datetime import date, time

import pytest

from exchange_planner.domain.dates import (
    DateInputError,
    date_order,
    format_user_date,
    parse_user_date,
    parse_user_time,
)

JULY_20 = date(2027, 7, 20)
LOCALES = ["de_DE", "en_US", "en_GB", "de", "en"]


@pytest.mark.parametrize("locale_name", LOCALES)
@pytest.mark.parametrize(
    "text", ["20.7.2027", "20.07.27", "20072027", "2027-07-20", " 20.07.2027 "]
)
def test_the_common_spellings_give_the_same_day_in_every_locale(text, locale_name):
    assert parse_user_date(text, locale_name) == JULY_20


@pytest.mark.parametrize(
    ("text", "locale_name"),
    [
        ("7/20/27", "en_US"),
        ("7/20/2027", "en_US"),
        ("07202027", "en_US"),
        ("20/07/27", "en_GB"),
        ("20/7/2027", "en_GB"),
        ("200727", "de_DE"),
        ("20270720", "de_DE"),
        ("2027/07/20", "en_US"),
    ],
)
def test_the_locales_own_short_format(text, locale_name):
    assert parse_user_date(text, locale_name) == JULY_20


def test_order_of_the_parts_follows_the_locale():
    assert date_order("de_DE") == "dmy"
    assert date_order("en_US") == "mdy"
    assert date_order("en_GB") == "dmy"
    assert date_order("C") == "mdy"  # unknown to babel: the fallback locale
    assert parse_user_date("05/07/27", "en_US") == date(2027, 5, 7)
    assert parse_user_date("05/07/27", "en_GB") == date(2027, 7, 5)


def test_day_and_month_alone_mean_the_current_year():
    today = date(2026, 12, 1)
    assert parse_user_date("20.7.", "de_DE", today=today) == date(2026, 7, 20)
    assert parse_user_date("2007", "de_DE", today=today) == date(2026, 7, 20)
    assert parse_user_date("7/20", "en_US", today=today) == date(2026, 7, 20)


@pytest.mark.parametrize(
    ("text", "reason", "words"),
    [
        ("31.02.2027", "day", "February 2027 has 28 days, not 31"),
        ("29.02.2027", "day", "has 28 days"),
        ("20.13.2027", "month", "there is no month 13"),
        ("tomorrow", "format", "is not a date"),
        ("20.7.202", "format", "is not a date"),
        ("1.2.3.4", "format", "is not a date"),
        ("123", "format", "is not a date"),
        ("", "empty", "enter a date"),
        ("2027-02-30", "day", "has 28 days"),
    ],
)
def test_refusals_say_what_is_wrong(text, reason, words):
    with pytest.raises(ValueError, match=words) as caught:
        parse_user_date(text, "de_DE")
    assert isinstance(caught.value, DateInputError) and caught.value.reason == reason


def test_leap_day_and_shown_back_in_the_locale():
    assert parse_user_date("29.2.28", "de_DE") == date(2028, 2, 29)
    assert format_user_date(JULY_20, "de_DE") == "20.07.2027"
    assert format_user_date(JULY_20, "en_US") == "7/20/2027"
    assert format_user_date(JULY_20, "en_GB") == "20/07/2027"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:30", time(10, 30)),
        ("10.30", time(10, 30)),
        ("1030", time(10, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        ("0:00", time(0, 0)),
        ("2:30 pm", time(14, 30)),
        ("12 am", time(0, 0)),
    ],
)
def test_times_as_typed(text, expected):
    assert parse_user_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "10:61", "abc", "", "13 pm"])
def test_bad_times_are_refused(text):
    with pytest.raises(DateInputError):
        parse_user_time(text)
