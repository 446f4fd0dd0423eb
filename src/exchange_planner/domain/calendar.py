"""Calendar layout rules, free of Qt and of the database.

Entries are either *timed* (aware instants, half-open ``[start, end)``) or *all-day* (dates,
both the first and the last day included). Which local day a timed entry falls on depends on
the zone it is looked at in: 20:00 in Leipzig in July is 03:00 the next day in Seoul.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from exchange_planner.domain.conflicts import Conflict
from exchange_planner.domain.enums import ChecklistKind, Direction, ResidencyStatus, VisitStatus


class EntryKind(StrEnum):
    """What a calendar entry stands for; the values are also the ``navigate`` kinds."""

    VISIT = "visit"
    PROGRAM_ITEM = "program_item"
    RESIDENCY = "residency"
    EXHIBITION = "exhibition"
    DEADLINE = "deadline"


#: Drawing order in the month grid: long bars first, then deadlines, then timed items.
KIND_ORDER: dict[EntryKind, int] = {
    EntryKind.VISIT: 0,
    EntryKind.RESIDENCY: 1,
    EntryKind.EXHIBITION: 2,
    EntryKind.DEADLINE: 3,
    EntryKind.PROGRAM_ITEM: 4,
}


@dataclass(frozen=True)
class EntryFacts:
    """The plain values behind an entry's texts, so a view can word them in its own language.

    Names and titles as stored ("" when absent): ``own_title`` is the record's own title (a
    residency may have none), ``artist`` is "" while the artist is to be named, ``place`` is
    the venue, studio or hotel, ``parent_title`` the visit of a program item or the residency
    of a deadline.
    """

    own_title: str = ""
    direction: Direction | None = None
    visit_status: VisitStatus | None = None
    residency_status: ResidencyStatus | None = None
    city: str = ""
    artist: str = ""
    place: str = ""
    host: str = ""
    parent_title: str = ""
    dress_code: str = ""
    notes: str = ""
    checklist: ChecklistKind | None = None
    #: The conflicts behind ``CalendarEntry.conflicts``, for wording them in the UI language.
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True)
class CalendarEntry:
    """One thing shown in the calendar.

    Timed entries carry aware instants in ``start``/``end`` (end exclusive); all-day entries
    carry dates (end inclusive). ``zone`` is the zone of the place (for timed entries) or of the
    partnership's home side; ``parent_id`` is the visit of a program item or the residency of
    a deadline. ``conflicts`` holds readable messages from the conflict rules. ``title``,
    ``tooltip`` and ``detail`` are finished English texts (ICS export, search); the calendar
    views word their texts from ``facts`` in the UI language.
    """

    kind: EntryKind
    id: int
    title: str
    start: datetime | date
    end: datetime | date
    zone: str
    partnership_id: int | None = None
    colour_key: str = ""
    tooltip: str = ""
    conflicts: tuple[str, ...] = ()
    parent_id: int | None = None
    detail: str = ""
    overdue: bool = False
    search_text: str = field(default="", compare=False)
    facts: EntryFacts = field(default_factory=EntryFacts, compare=False)

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflicts)

    def matches(self, needle: str) -> bool:
        """Case-insensitive search over title, details and tooltip."""
        needle = needle.strip().casefold()
        if not needle:
            return False
        haystack = " ".join((self.title, self.detail, self.search_text, self.tooltip))
        return needle in haystack.casefold()


# --- days and zones ------------------------------------------------------------------------
def local_days(start: datetime, end: datetime, zone: str) -> tuple[date, date]:
    """First and last local day touched by the half-open instant range ``[start, end)``.

    An item ending exactly at local midnight does not touch the next day; a zero-length item
    sits on the day of its start.
    """
    tz = ZoneInfo(zone)
    first = start.astimezone(tz)
    if end <= start:
        return first.date(), first.date()
    last = end.astimezone(tz)
    last_day = last.date()
    if last.time() == time(0) and last_day > first.date():
        last_day -= timedelta(days=1)
    return first.date(), last_day


def entry_days(entry: CalendarEntry, zone: str) -> tuple[date, date]:
    """First and last day (inclusive) an entry occupies when the calendar shows ``zone``."""
    if entry.all_day:
        return entry.start, entry.end  # type: ignore[return-value]
    return local_days(entry.start, entry.end, zone)  # type: ignore[arg-type]


def day_instants(day: date, zone: str) -> tuple[datetime, datetime]:
    """UTC instants where ``day`` begins and ends in ``zone`` (23 or 25 hours on DST days)."""
    tz = ZoneInfo(zone)
    begin = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return begin, end


def range_instants(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    """UTC instants covering the local days ``first`` .. ``last`` (inclusive) in ``zone``."""
    return day_instants(first, zone)[0], day_instants(last, zone)[1]


def clip_to_day(start: datetime, end: datetime, day: date, zone: str) -> tuple[float, float]:
    """The part of ``[start, end)`` on local ``day``, as wall-clock hours (0.0 .. 24.0).

    Wall-clock hours keep the grid simple on the 23- and 25-hour DST days: an item at 02:30
    after the October change still draws at 02:30.
    """
    tz = ZoneInfo(zone)
    begin, finish = day_instants(day, zone)
    lo = max(start, begin).astimezone(tz)
    hi = min(end, finish).astimezone(tz)
    top = 0.0 if start <= begin else lo.hour + lo.minute / 60 + lo.second / 3600
    bottom = 24.0 if end >= finish else hi.hour + hi.minute / 60 + hi.second / 3600
    if bottom < top:  # the repeated hour of the October change
        bottom = top
    return top, bottom


def is_spanning(entry: CalendarEntry, zone: str) -> bool:
    """All-day entries and timed entries covering more than one local day go on top (bars)."""
    if entry.all_day:
        return True
    first, last = entry_days(entry, zone)
    return last > first and (entry.end - entry.start) >= timedelta(hours=24)  # type: ignore[operator]


# --- grids ---------------------------------------------------------------------------------
def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day`` (Monday = 0, as in ISO 8601)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_days(day: date, first_weekday: int = 0) -> list[date]:
    start = week_start(day, first_weekday)
    return [start + timedelta(days=i) for i in range(7)]


def month_weeks(year: int, month: int, first_weekday: int = 0) -> list[list[date]]:
    """The weeks (rows of seven dates) a month view shows: 4 to 6 rows."""
    first = date(year, month, 1)
    last = date(year, month, _stdcal.monthrange(year, month)[1])
    start = week_start(first, first_weekday)
    weeks: list[list[date]] = []
    while start <= last:
        weeks.append([start + timedelta(days=i) for i in range(7)])
        start += timedelta(days=7)
    return weeks


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's length (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _stdcal.monthrange(year, month)[1]))


# --- packing -------------------------------------------------------------------------------
def assign_lanes(spans: Sequence[tuple[date, date]]) -> list[int]:
    """Lanes (rows inside a week) for day spans, in the given order; first free lane wins."""
    lanes: list[int] = []
    taken: dict[int, list[tuple[date, date]]] = {}
    for first, last in spans:
        lane = 0
        while any(a <= last and first <= b for a, b in taken.get(lane, [])):
            lane += 1
        taken.setdefault(lane, []).append((first, last))
        lanes.append(lane)
    return lanes


@dataclass(frozen=True)
class DayOverflow:
    """How many lanes a day shows and how many entries are behind "+N more"."""

    visible_lanes: int
    hidden: int


def day_overflow(
    spans: Sequence[tuple[date, date]], lanes: Sequence[int], days: Sequence[date], capacity: int
) -> dict[date, DayOverflow]:
    """Per day: lanes that fit in ``capacity`` rows, keeping one row for "+N more" if needed."""
    result: dict[date, DayOverflow] = {}
    for day in days:
        on_day = [lane for (a, b), lane in zip(spans, lanes, strict=True) if a <= day <= b]
        if not on_day or max(on_day) < capacity:
            result[day] = DayOverflow(capacity, 0)
            continue
        visible = max(capacity - 1, 0)
        result[day] = DayOverflow(visible, sum(1 for lane in on_day if lane >= visible))
    return result


def pack_columns(intervals: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Side-by-side columns for overlapping intervals: (column, columns in its cluster).

    Intervals are half-open; a cluster is a group linked by overlaps, and every member of a
    cluster gets the same width so the layout reads like a desktop calendar.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], -intervals[i][1]))
    result: list[tuple[int, int]] = [(0, 1)] * len(intervals)
    cluster: list[int] = []
    column_ends: list[float] = []
    cluster_end = float("-inf")

    def close() -> None:
        width = len(column_ends)
        for index in cluster:
            result[index] = (result[index][0], max(width, 1))

    for index in order:
        start, end = intervals[index]
        end = max(end, start + 1e-9)  # zero-length items still take a slot
        if cluster and start >= cluster_end:
            close()
            cluster, column_ends, cluster_end = [], [], float("-inf")
        for column, column_end in enumerate(column_ends):
            if column_end <= start:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        result[index] = (column, 0)
        cluster.append(index)
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return result
