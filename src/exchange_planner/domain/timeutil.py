"""Instants are stored in UTC together with the IANA zone of the place; these helpers convert."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def to_utc(local: datetime, zone: str) -> datetime:
    """A wall-clock time at a place (naive or aware) as an aware UTC instant."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=ZoneInfo(zone))
    return local.astimezone(UTC)


def to_local(instant: datetime, zone: str) -> datetime:
    """An instant (aware, or naive meaning UTC) as wall-clock time in ``zone``."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(ZoneInfo(zone))


def local_day_bounds(day: date, zone: str) -> tuple[datetime, datetime]:
    """UTC instants where ``day`` starts and ends in ``zone`` (23 or 25 hours on DST days)."""
    tz = ZoneInfo(zone)
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def overlaps(start_a: datetime, end_a: datetime, start_b: datetime, end_b: datetime) -> bool:
    """Half-open intervals: one item ending at 10:00 and the next starting at 10:00 do not clash."""
    return start_a < end_b and start_b < end_a


def dates_overlap(start_a: date, end_a: date, start_b: date, end_b: date) -> bool:
    """Closed date ranges (both the first and the last day are taken)."""
    return start_a <= end_b and start_b <= end_a
