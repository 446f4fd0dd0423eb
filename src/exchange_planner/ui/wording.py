"""Conflict and gift-threshold messages in the language of the interface.

The conflict rules (``domain/conflicts.py``, ``domain/gifts.py``) hand over a kind and plain
values (``Conflict.facts``: names, titles, times, amounts, the threshold); the sentences are
worded here, each as a whole text with numbered places (``%1``, ``%2`` …) so that every
language can order them its own way. Dates follow the interface (``ui_date``), numbers and
amounts ``QLocale()``. ``Conflict.message`` stays the English sentence for the command line
and the log. Every widget that shows a conflict or a threshold warning words it here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from exchange_planner.domain.conflicts import (
    Conflict,
    ConflictFacts,
    ConflictKind,
    Slot,
    shown_names,
)
from exchange_planner.domain.gifts import ThresholdValueError
from exchange_planner.ui.widgets.date_field import ui_date

#: Currencies whose amounts have no minor unit worth showing.
_WHOLE_CURRENCIES = frozenset({"KRW", "JPY"})
_PLACE = re.compile(r"%(\d+)")


def _fill(template: str, *values: str) -> str:
    """Put ``values`` into ``%1``, ``%2`` … in one pass (a "%1" inside a title stays)."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return values[index] if 0 <= index < len(values) else match[0]

    return _PLACE.sub(value, template)


# --- values ----------------------------------------------------------------------------------
def number(value: Decimal | int, decimals: int) -> str:
    """A number as the interface writes it: 1,234.50 in English, 1.234,50 in German."""
    return QLocale().toString(float(value), "f", decimals)


def amount(value: Decimal, currency: str) -> str:
    """An amount with its currency code: "250,00 EUR", "350.000 KRW" in German."""
    decimals = 0 if currency.upper() in _WHOLE_CURRENCIES else 2
    return f"{number(value, decimals)} {currency}"


def limit(value: Decimal, currency: str) -> str:
    """A threshold: whole amounts without decimals ("200 EUR", "100.000 KRW")."""
    whole = value == value.to_integral_value()
    return f"{number(value, 0 if whole else 2)} {currency}"


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def when(slot: Slot) -> str:
    """The time of an item ("26.07.2023 10:00–10:30", across midnight with both dates) or
    the days of a residency or visit ("01.09.2023–30.11.2023")."""
    start, end = slot.start, slot.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        first = f"{ui_date(start.date())} {_clock(start)}"
        if end.date() == start.date():
            return f"{first}–{_clock(end)}"
        return f"{first}–{ui_date(end.date())} {_clock(end)}"
    return f"{ui_date(_day(start))}–{ui_date(_day(end))}"


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def slot(item: Slot) -> str:
    """ "“Reception” (26.07.2023 10:00–10:30)" """
    return _fill(QCoreApplication.translate("Wording", "“%1” (%2)"), item.title, when(item))


# --- conflicts -------------------------------------------------------------------------------
def _two(facts: ConflictFacts) -> tuple[str, str]:
    empty = Slot("", date.min, date.min)
    first, second = [*facts.slots, empty, empty][:2]
    return slot(first), slot(second)


def _names(names: Iterable[str]) -> str:
    return ", ".join(names)


def _people(facts: ConflictFacts) -> str:
    first, second = _two(facts)
    listed, others = shown_names(facts.people)
    if others:
        return _fill(
            QCoreApplication.translate(
                "Wording",
                "%1 and %2 others are expected at two places at once: %3 and %4 overlap",
            ),
            _names(listed),
            number(others, 0),
            first,
            second,
        )
    if len(listed) > 1:
        return _fill(
            QCoreApplication.translate(
                "Wording", "%1 are expected at two places at once: %2 and %3 overlap"
            ),
            _names(listed),
            first,
            second,
        )
    return _fill(
        QCoreApplication.translate(
            "Wording", "%1 is expected at two places at once: %2 and %3 overlap"
        ),
        _names(listed),
        first,
        second,
    )


def _outside(facts: ConflictFacts) -> str:
    item = facts.slots[0] if facts.slots else Slot("", date.min, date.min)
    start = item.start
    at = f"{ui_date(_day(start))} {_clock(start)}" if isinstance(start, datetime) else ""
    visit = facts.visit or Slot("", date.min, date.min)
    return _fill(
        QCoreApplication.translate("Wording", "“%1” on %2 lies outside the dates of “%3” (%4)"),
        item.title,
        at,
        visit.title,
        when(visit),
    )


def _repeated(facts: ConflictFacts) -> str:
    to_whom = facts.earlier_recipient or QCoreApplication.translate("Wording", "the partner")
    if facts.earlier_partnership:
        to_whom = _fill(
            QCoreApplication.translate("Wording", "%1 (%2)"), to_whom, facts.earlier_partnership
        )
    values = [facts.gift, facts.maker, facts.earlier_gift, to_whom]
    if facts.earlier_on is not None and facts.earlier_visit:
        template = QCoreApplication.translate(
            "Wording",
            "“%1” by %2: a similar gift “%3” was already given to %4 on %5 during “%6”",
        )
        values += [ui_date(facts.earlier_on), facts.earlier_visit]
    elif facts.earlier_on is not None:
        template = QCoreApplication.translate(
            "Wording", "“%1” by %2: a similar gift “%3” was already given to %4 on %5"
        )
        values.append(ui_date(facts.earlier_on))
    elif facts.earlier_visit:
        template = QCoreApplication.translate(
            "Wording", "“%1” by %2: a similar gift “%3” was already given to %4 during “%5”"
        )
        values.append(facts.earlier_visit)
    else:
        template = QCoreApplication.translate(
            "Wording",
            "“%1” by %2: a similar gift “%3” was already given to %4 at an earlier visit",
        )
    return _fill(template, *values)


def threshold(
    value: Decimal, currency: str, threshold_value: Decimal, threshold_currency: str
) -> str:
    """ "250,00 EUR reaches the reporting threshold of 200 EUR for the recipient's office" """
    return _fill(
        QCoreApplication.translate(
            "Wording", "%1 reaches the reporting threshold of %2 for the recipient's office"
        ),
        amount(value, currency),
        limit(threshold_value, threshold_currency),
    )


def _over_threshold(facts: ConflictFacts) -> str:
    reached = threshold(
        facts.amount or Decimal(0), facts.currency, facts.limit or Decimal(0), facts.limit_currency
    )
    if facts.recipient:
        return _fill(
            QCoreApplication.translate("Wording", "“%1” for %2: %3"),
            facts.gift,
            facts.recipient,
            reached,
        )
    return _fill(QCoreApplication.translate("Wording", "“%1”: %2"), facts.gift, reached)


def conflict_text(conflict: Conflict) -> str:
    """One conflict or warning as a sentence in the interface's language."""
    facts = conflict.facts
    if facts == ConflictFacts():  # made elsewhere, without values: its own sentence
        return conflict.message
    kind = conflict.kind
    if kind in (ConflictKind.VENUE_DOUBLE_BOOKED, ConflictKind.STUDIO_DOUBLE_BOOKED):
        text = _fill(
            QCoreApplication.translate("Wording", "%1 is booked twice: %2 and %3 overlap"),
            facts.place,
            *_two(facts),
        )
    elif kind is ConflictKind.PERSON_DOUBLE_BOOKED:
        text = _people(facts)
    elif kind is ConflictKind.OUTSIDE_VISIT_DATES:
        text = _outside(facts)
    elif kind is ConflictKind.REPEATED_GIFT:
        text = _repeated(facts)
    elif kind is ConflictKind.GIFT_OVER_THRESHOLD:
        text = _over_threshold(facts)
    else:  # a kind this interface does not know yet
        return conflict.message
    if facts.other_visit:
        text = _fill(
            QCoreApplication.translate("Wording", "%1 (the other item belongs to “%2”)"),
            text,
            facts.other_visit,
        )
    return text


def conflict_lines(conflicts: Iterable[Conflict], prefix: str = "") -> str:
    """Several conflicts, one per line, each after ``prefix`` (e.g. "⚠ ")."""
    return "\n".join(prefix + conflict_text(conflict) for conflict in conflicts)


# --- refused threshold input -----------------------------------------------------------------
def threshold_refusal(error: ThresholdValueError) -> str:
    """Why a typed threshold or exchange rate was refused."""
    if error.reason == "number":
        return _fill(QCoreApplication.translate("Wording", "“%1” is not a number"), error.value)
    if error.reason == "zero_rate":
        return QCoreApplication.translate("Wording", "An exchange rate must be more than zero")
    return QCoreApplication.translate("Wording", "Must be zero or more")
