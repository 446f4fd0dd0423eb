"""How long personal data is kept, and what of it is due for erasure (no storage, no Qt).

Personal data of the people on a visit falls into three categories, each with a retention
in months (the settings ``privacy.retention_months.contact`` / ``.travel`` / ``.health``):

- **contact**: a person's e-mail and phone, a member's mobile number on a visit;
- **travel**: a member's arrival and departure (times, carrier, number, place, terminal,
  pick-up), hotel, room, room type and special requests on a visit;
- **health**: a person's dietary and accessibility notes, dietary requirements and the
  consent to process them (with its date).

The retention counts from the END of a visit: a field of a member's visit row (travel, the
mobile number) from the end of that visit, a field of the person (e-mail, phone, health)
from the end of the person's LAST visit (as member or host) or residency: whoever is on a
visit still within retention keeps the data. Judged are the people of delegations (members
of a visit); the home city's hosts and staff who were never a member keep their contacts,
and so does anyone on no visit (the directory keeps its own contacts). What stays in any
case is the official record of a visit: its program, gifts, guestbook, the names, titles and
roles of the people.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from exchange_planner.domain.calendar import add_months
from exchange_planner.domain.enums import PrivacyCategory
from exchange_planner.domain.errors import ValidationError

#: What the audit trail shows instead of an erased value.
ERASED = "[erased]"

#: The settings key of a category's retention in months.
SETTING_KEY = "privacy.retention_months.{category}"

#: Months each category is kept after the end of the last visit, when no setting says.
DEFAULT_MONTHS: dict[PrivacyCategory, int] = {
    PrivacyCategory.CONTACT: 36,
    PrivacyCategory.TRAVEL: 6,
    PrivacyCategory.HEALTH: 3,
}

#: The longest retention taken (100 years), so a typo cannot overflow a date.
MAX_MONTHS = 1200

PERSON = "person"
VISIT_MEMBER = "visit_member"

#: The fields of each category: (table, field).
FIELDS: dict[PrivacyCategory, tuple[tuple[str, str], ...]] = {
    PrivacyCategory.CONTACT: (
        (PERSON, "email"),
        (PERSON, "phone"),
        (VISIT_MEMBER, "mobile"),
    ),
    PrivacyCategory.TRAVEL: tuple(
        (VISIT_MEMBER, name)
        for name in (
            "arrival",
            "arrival_mode",
            "arrival_carrier",
            "arrival_number",
            "arrival_place",
            "arrival_terminal",
            "arrival_pickup",
            "departure",
            "departure_mode",
            "departure_carrier",
            "departure_number",
            "departure_place",
            "departure_terminal",
            "departure_pickup",
            "hotel_id",
            "room",
            "room_type",
            "special_requests",
        )
    ),
    PrivacyCategory.HEALTH: tuple(
        (PERSON, name)
        for name in (
            "dietary_notes",
            "accessibility_notes",
            "dietary_requirements",
            "notes_consent",
            "notes_consent_on",
        )
    ),
}

#: The value an erased field gets: empty text unless the field says otherwise.
EMPTY_VALUES: dict[str, object] = {
    "arrival": None,
    "departure": None,
    "arrival_mode": None,
    "departure_mode": None,
    "hotel_id": None,
    "room_type": None,
    "notes_consent": False,
    "notes_consent_on": None,
}


def category_of(value: str) -> PrivacyCategory:
    """The category named ``value`` (contact, travel, health); a specific message otherwise."""
    try:
        return PrivacyCategory(value.strip().lower())
    except ValueError:
        names = ", ".join(c.value for c in PrivacyCategory)
        raise ValidationError(
            "category", f"unknown category {value!r}; use one of {names}"
        ) from None


def empty_value(field: str) -> object:
    return EMPTY_VALUES.get(field, "")


def holds_data(value: object) -> bool:
    """Whether a stored value is personal data still there (not empty, not the default)."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    return True


def checked_months(category: PrivacyCategory, value: object) -> int:
    """A retention in whole months, 0..MAX_MONTHS; a specific message otherwise."""
    text = str(value).strip()
    try:
        months = int(text)
    except ValueError:
        raise ValidationError(
            f"retention of {category.value} data", f"{text!r} is not a whole number of months"
        ) from None
    if not 0 <= months <= MAX_MONTHS:
        raise ValidationError(
            f"retention of {category.value} data",
            f"{months} months is outside 0..{MAX_MONTHS}",
        )
    return months


def due_since(ended: date, months: int) -> date:
    """The first day the data of something that ended on ``ended`` is no longer kept."""
    return add_months(ended, months)


def is_due(ended: date, months: int, as_of: date) -> bool:
    """Retention over on ``as_of``: the day after the end plus the months has come."""
    return due_since(ended, months) <= as_of


def last_end(ends: Iterable[date]) -> date | None:
    """The latest of the end dates (None for none)."""
    return max(ends, default=None)


@dataclass(frozen=True)
class DueItem:
    """One stored value whose retention is over: which person, which record and field, the
    visit it is counted from (and when that ended) and the day its retention ended."""

    category: PrivacyCategory
    person_id: int
    person: str
    table: str
    record_id: int
    field: str
    value: str
    visit_id: int | None
    visit: str
    ended: date
    due_since: date


@dataclass(frozen=True)
class CategoryReport:
    """What is due in one category on ``as_of`` with its retention."""

    category: PrivacyCategory
    months: int
    as_of: date
    items: tuple[DueItem, ...]

    @property
    def people(self) -> int:
        return len({item.person_id for item in self.items})


@dataclass(frozen=True)
class ErasureResult:
    """What one erasure removed: how many values of how many people, the export written and
    the audit-trail values redacted."""

    category: PrivacyCategory
    before: date
    removed: int
    people: int
    redacted: int
    export_file: str
    run_id: int | None = None


__all__ = [
    "DEFAULT_MONTHS",
    "ERASED",
    "FIELDS",
    "CategoryReport",
    "DueItem",
    "ErasureResult",
    "category_of",
    "checked_months",
    "due_since",
    "empty_value",
    "holds_data",
    "is_due",
]
