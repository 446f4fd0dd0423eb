"""The reciprocity ledger: what each side of a partnership sent and received, per year.

Pure functions over plain entries (no database, no Qt), so the balance view, the command
line and the PDF report count the same way.

Counting rules:

* Cancelled residencies and visits are not counted and are never open.
* A residency counts in the year it starts; a delegation visit likewise; a gift in the year
  it was presented (or, without a date, the year of its visit).
* "Sent"/"made"/"given" are outgoing from our city; "received"/"hosted" are incoming.
* Residencies still ``proposed`` are counted and also reported as pending (not confirmed).
* An exchange is *open* when it has not been answered: a residency without a (non-cancelled)
  counterpart, or a delegation visit that no later visit in the other direction returned.
  Visits are matched first come, first answered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from exchange_planner.domain.enums import Direction, GiftDirection, ResidencyStatus, VisitStatus


class OpenKind(StrEnum):
    RESIDENCY_WITHOUT_COUNTERPART = "residency_without_counterpart"
    VISIT_NOT_RETURNED = "visit_not_returned"


@dataclass(frozen=True)
class ResidencyEntry:
    residency_id: int
    title: str
    direction: Direction
    status: ResidencyStatus
    start_date: date
    counterpart_id: int | None = None


@dataclass(frozen=True)
class VisitEntry:
    visit_id: int
    title: str
    direction: Direction
    status: VisitStatus
    start_date: date


@dataclass(frozen=True)
class GiftEntry:
    gift_id: int
    description: str
    direction: GiftDirection
    day: date
    value_amount: Decimal | None = None
    value_currency: str = "EUR"


@dataclass
class YearBalance:
    """One partnership's exchanges in one calendar year."""

    year: int
    residencies_sent: int = 0
    residencies_received: int = 0
    #: Of the above, still proposed (not yet confirmed).
    residencies_sent_pending: int = 0
    residencies_received_pending: int = 0
    visits_hosted: int = 0
    visits_made: int = 0
    gifts_given: int = 0
    gifts_received: int = 0
    #: Total estimated value per currency code; gifts without a value add nothing here.
    value_given: dict[str, Decimal] = field(default_factory=dict)
    value_received: dict[str, Decimal] = field(default_factory=dict)

    @property
    def residency_balance(self) -> int:
        """Sent minus received: positive when our city has sent more."""
        return self.residencies_sent - self.residencies_received

    @property
    def visit_balance(self) -> int:
        return self.visits_made - self.visits_hosted

    def is_empty(self) -> bool:
        return not (
            self.residencies_sent
            or self.residencies_received
            or self.visits_hosted
            or self.visits_made
            or self.gifts_given
            or self.gifts_received
        )


@dataclass(frozen=True)
class OpenExchange:
    kind: OpenKind
    record_id: int
    title: str
    day: date
    direction: Direction
    message: str


@dataclass
class Ledger:
    years: list[YearBalance]
    open: list[OpenExchange]

    def year(self, year: int) -> YearBalance:
        """The balance of ``year`` (an empty one when nothing happened that year)."""
        for balance in self.years:
            if balance.year == year:
                return balance
        return YearBalance(year)

    def totals(self) -> YearBalance:
        """All years added up; ``year`` is 0."""
        total = YearBalance(0)
        for balance in self.years:
            for name in (
                "residencies_sent",
                "residencies_received",
                "residencies_sent_pending",
                "residencies_received_pending",
                "visits_hosted",
                "visits_made",
                "gifts_given",
                "gifts_received",
            ):
                setattr(total, name, getattr(total, name) + getattr(balance, name))
            _add_values(total.value_given, balance.value_given)
            _add_values(total.value_received, balance.value_received)
        return total


def _add_values(target: dict[str, Decimal], source: dict[str, Decimal]) -> None:
    for currency, amount in source.items():
        target[currency] = target.get(currency, Decimal("0")) + amount


def build_ledger(
    residencies: Iterable[ResidencyEntry],
    visits: Iterable[VisitEntry],
    gifts: Iterable[GiftEntry],
) -> Ledger:
    """The per-year balance and the open exchanges of one partnership."""
    by_year: dict[int, YearBalance] = {}

    def year_of(day: date) -> YearBalance:
        if day.year not in by_year:
            by_year[day.year] = YearBalance(day.year)
        return by_year[day.year]

    open_items: list[OpenExchange] = []

    active_residencies = [r for r in residencies if r.status is not ResidencyStatus.CANCELLED]
    active_ids = {r.residency_id for r in active_residencies}
    # A counterpart may point either way; either link answers both residencies.
    answered: set[int] = set()
    for entry in active_residencies:
        if entry.counterpart_id is not None and entry.counterpart_id in active_ids:
            answered.update((entry.residency_id, entry.counterpart_id))
    for entry in sorted(active_residencies, key=lambda r: (r.start_date, r.residency_id)):
        balance = year_of(entry.start_date)
        pending = entry.status is ResidencyStatus.PROPOSED
        if entry.direction is Direction.OUTGOING:
            balance.residencies_sent += 1
            balance.residencies_sent_pending += pending
        else:
            balance.residencies_received += 1
            balance.residencies_received_pending += pending
        if entry.residency_id not in answered:
            way = "outgoing" if entry.direction is Direction.OUTGOING else "incoming"
            open_items.append(
                OpenExchange(
                    OpenKind.RESIDENCY_WITHOUT_COUNTERPART,
                    entry.residency_id,
                    entry.title,
                    entry.start_date,
                    entry.direction,
                    f"{way} residency “{entry.title}” ({entry.start_date:%d.%m.%Y}) "
                    "has no counterpart yet",
                )
            )

    # Visits: each visit is returned by the first later visit in the other direction.
    waiting: dict[Direction, list[VisitEntry]] = defaultdict(list)
    active_visits = [v for v in visits if v.status is not VisitStatus.CANCELLED]
    for entry in sorted(active_visits, key=lambda v: (v.start_date, v.visit_id)):
        balance = year_of(entry.start_date)
        if entry.direction is Direction.INCOMING:
            balance.visits_hosted += 1
            other = Direction.OUTGOING
        else:
            balance.visits_made += 1
            other = Direction.INCOMING
        earlier = [w for w in waiting[other] if w.start_date < entry.start_date]
        if earlier:
            waiting[other].remove(earlier[0])
        else:
            waiting[entry.direction].append(entry)
    for direction in (Direction.INCOMING, Direction.OUTGOING):
        for entry in waiting[direction]:
            verb = "hosted" if direction is Direction.INCOMING else "made"
            open_items.append(
                OpenExchange(
                    OpenKind.VISIT_NOT_RETURNED,
                    entry.visit_id,
                    entry.title,
                    entry.start_date,
                    direction,
                    f"visit “{entry.title}” ({entry.start_date:%d.%m.%Y}, {verb}) "
                    "has not been returned yet",
                )
            )

    for gift in gifts:
        balance = year_of(gift.day)
        if gift.direction is GiftDirection.GIVEN:
            balance.gifts_given += 1
            values = balance.value_given
        else:
            balance.gifts_received += 1
            values = balance.value_received
        if gift.value_amount is not None:
            _add_values(values, {gift.value_currency: gift.value_amount})

    open_items.sort(key=lambda item: (item.day, item.kind, item.record_id))
    return Ledger(years=[by_year[year] for year in sorted(by_year)], open=open_items)
