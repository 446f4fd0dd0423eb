"""The yearly gift register as plain data: one row per gift, EUR totals per direction.

Filled by ``services.gift_register`` and read by its XLSX export, the PDF
(``reports.gift_register``) and the interface. A gift in another currency than EUR without a
stored rate is *rate missing*: it is listed, marked, and left out of the totals (its count
is given beside them); a gift without any value is *unvalued* and counted likewise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from exchange_planner.domain.enums import DispositionKind, GiftDirection
from exchange_planner.domain.gift_rules import RuleInfo
from exchange_planner.domain.texts import joined_in

DIRECTIONS = (GiftDirection.GIVEN.value, GiftDirection.RECEIVED.value)


@dataclass(frozen=True)
class DispositionInfo:
    """One step of where a gift went."""

    id: int
    gift_id: int
    dated_on: date
    kind: DispositionKind
    place: str = ""
    inventory_number: str = ""
    note: str = ""
    row_version: int = 0


def current_disposition(steps: list[DispositionInfo]) -> DispositionInfo | None:
    """The latest step (by date, then as entered), or None."""
    if not steps:
        return None
    return max(steps, key=lambda step: (step.dated_on, step.id))


@dataclass(frozen=True)
class RegisterRow:
    gift_id: int
    direction: str  # GiftDirection value
    description: str
    presented_on: date | None = None
    giver: str = ""
    recipient: str = ""
    recipient_jurisdiction: str = ""
    value_amount: Decimal | None = None
    value_currency: str = "EUR"
    rate_units_per_eur: Decimal | None = None
    rate_date: date | None = None
    rate_source: str = ""
    value_eur: Decimal | None = None
    #: A value in another currency than EUR with no rate stored on the gift.
    rate_missing: bool = False
    rule_jurisdiction: str = ""
    rule_name: str = ""
    rule_source: str = ""
    #: The highest tier crossed: its limits as text ("EUR 60") and its consequence.
    crossed_limit: str = ""
    consequence: str = ""
    #: A limit could not be compared (no rate for its currency on the gift's date).
    undetermined: bool = False
    disposition: DispositionInfo | None = None
    inventory_number: str = ""
    visit_title: str = ""
    #: The translatable texts in every language they have: "description", "rule_name",
    #: "visit_title" -> language -> text (the original among them).
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def text_in(self, name: str, languages: Sequence[str]) -> str:
        """``name`` in each of ``languages`` where it has a text (else as stored)."""
        return joined_in(self.texts.get(name, {}), str(getattr(self, name)), languages)

    @property
    def unvalued(self) -> bool:
        return self.value_amount is None


@dataclass(frozen=True)
class DirectionTotal:
    direction: str
    count: int
    valued: int
    total_eur: Decimal
    rate_missing: int
    unvalued: int


@dataclass(frozen=True)
class GiftRegisterData:
    year: int
    rows: tuple[RegisterRow, ...]
    #: The rules applied to at least one row, for the list of sources.
    rules: tuple[RuleInfo, ...] = ()
    as_of: date | None = None
    home_city: str = ""
    home_city_names: tuple[tuple[str, str], ...] = ()
    letterhead: object = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def partner_city(self) -> str:  # PDF keywords (reports.archive)
        return ""

    def by_direction(self, direction: str) -> list[RegisterRow]:
        return [row for row in self.rows if row.direction == direction]

    def totals(self) -> list[DirectionTotal]:
        """Per direction (given, received): the rows, the EUR sum of those with a value in
        EUR, and the counts left out (rate missing, no value)."""
        result = []
        for direction in DIRECTIONS:
            rows = self.by_direction(direction)
            valued = [row for row in rows if row.value_eur is not None]
            result.append(
                DirectionTotal(
                    direction,
                    len(rows),
                    len(valued),
                    sum((row.value_eur for row in valued), Decimal("0.00")),  # type: ignore[misc]
                    sum(1 for row in rows if row.rate_missing),
                    sum(1 for row in rows if row.unvalued),
                )
            )
        return result

    @property
    def rate_missing(self) -> tuple[RegisterRow, ...]:
        return tuple(row for row in self.rows if row.rate_missing)
