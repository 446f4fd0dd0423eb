"""The rules' messages in the language of the interface: conflicts, gift-threshold warnings,
refused input and refused deletes.

The rules hand over a kind or reason and plain values: ``Conflict.facts``
(``domain/conflicts.py``, ``domain/gifts.py``: names, titles, times, amounts, the threshold),
``ValidationError.reason`` / ``values`` (``domain/errors.py``), ``InUseError.uses``
(``services/references.py``). The sentences are worded here, each as a whole text with
numbered places (``%1``, ``%2`` …) so that every language can order them its own way. Dates
follow the interface (``ui_date``), numbers and amounts ``QLocale()``. The English
``message`` of each stays for the command line and the log (``cli/wording.py`` words the
command line's conflict lines in German or Korean when ``LANG`` asks for it). Every widget that
shows one of these words it here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from exchange_planner.domain.conflicts import (
    Conflict,
    ConflictFacts,
    ConflictKind,
    Slot,
    dietary_summary,
    shown_names,
)
from exchange_planner.domain.errors import InUseError, ValidationError
from exchange_planner.ui.widgets.date_field import ui_date

#: Currencies whose amounts have no minor unit worth showing.
_WHOLE_CURRENCIES = frozenset({"KRW", "JPY"})
_PLACE = re.compile(r"%(\d+)")
#: The quoted title of a place ("„%1“", "#%1"), left out where only the place is named.
_PLACE_TOKEN = re.compile(r"\s*\S*%1\S*")


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


def _listed(names: Iterable[str]) -> str:
    """ "Kang Gi-jung, Park Ji-won, Lee Seung-hoon and 17 others" """
    listed, others = shown_names(tuple(names))
    if not others:
        return _names(listed)
    return _fill(
        QCoreApplication.translate("Wording", "%1 and %2 others"), _names(listed), number(others, 0)
    )


def _interpreter(facts: ConflictFacts) -> str:
    return _fill(
        QCoreApplication.translate(
            "Wording", "Interpreter %1 is booked for two overlapping items: %2 and %3"
        ),
        _names(facts.people),
        *_two(facts),
    )


def _outside_stay(facts: ConflictFacts, arriving: bool) -> str:
    item = slot(facts.slots[0] if facts.slots else Slot("", date.min, date.min))
    moment = facts.moment
    if len(facts.people) == 1 and moment is not None:
        at = f"{ui_date(moment.date())} {_clock(moment)}"
        template = (
            QCoreApplication.translate("Wording", "%1 starts before the arrival of %2 (%3)")
            if arriving
            else QCoreApplication.translate("Wording", "%1 ends after the departure of %2 (%3)")
        )
        return _fill(template, item, _names(facts.people), at)
    template = (
        QCoreApplication.translate("Wording", "%1 starts before the arrival of %2")
        if arriving
        else QCoreApplication.translate("Wording", "%1 ends after the departure of %2")
    )
    return _fill(template, item, _listed(facts.people))


def _without_venue_or_host(facts: ConflictFacts) -> str:
    item = slot(facts.slots[0] if facts.slots else Slot("", date.min, date.min))
    if facts.missing == ("venue",):
        template = QCoreApplication.translate("Wording", "%1 has no venue")
    elif facts.missing == ("host",):
        template = QCoreApplication.translate("Wording", "%1 has no host")
    else:
        template = QCoreApplication.translate("Wording", "%1 has neither a venue nor a host")
    return _fill(template, item)


#: The statuses from which arrivals are expected, as a sentence names them.
_STATUS_WORDS = {
    "confirmed": QT_TRANSLATE_NOOP("Wording", "confirmed"),
    "completed": QT_TRANSLATE_NOOP("Wording", "completed"),
}


def _without_travel(facts: ConflictFacts) -> str:
    if facts.missing == ("arrival",):
        template = QCoreApplication.translate(
            "Wording", "No arrival time for %1, though “%2” is %3"
        )
    elif facts.missing == ("departure",):
        template = QCoreApplication.translate(
            "Wording", "No departure time for %1, though “%2” is %3"
        )
    else:
        template = QCoreApplication.translate(
            "Wording", "No arrival or departure time for %1, though “%2” is %3"
        )
    status = _STATUS_WORDS.get(facts.status)
    return _fill(
        template,
        _listed(facts.people),
        facts.visit.title if facts.visit else "",
        QCoreApplication.translate("Wording", status) if status else facts.status,
    )


#: The dietary requirement codes within a sentence (``domain.conflicts.requirement_words``).
_DIETARY_WORDS = {
    "vegetarian": QT_TRANSLATE_NOOP("Wording", "vegetarian"),
    "vegan": QT_TRANSLATE_NOOP("Wording", "vegan"),
    "no_pork": QT_TRANSLATE_NOOP("Wording", "no pork"),
    "halal": QT_TRANSLATE_NOOP("Wording", "halal"),
    "kosher": QT_TRANSLATE_NOOP("Wording", "kosher"),
    "no_alcohol": QT_TRANSLATE_NOOP("Wording", "no alcohol"),
    "gluten_free": QT_TRANSLATE_NOOP("Wording", "gluten-free"),
    "lactose_free": QT_TRANSLATE_NOOP("Wording", "lactose-free"),
    "nut_allergy": QT_TRANSLATE_NOOP("Wording", "nut allergy"),
    "seafood_allergy": QT_TRANSLATE_NOOP("Wording", "seafood allergy"),
    "diabetic": QT_TRANSLATE_NOOP("Wording", "diabetic"),
    "other": QT_TRANSLATE_NOOP("Wording", "other"),
}


def _dietary_note(facts: ConflictFacts) -> str:
    needs = [
        QCoreApplication.translate("Wording", _DIETARY_WORDS[code])
        if code in _DIETARY_WORDS
        # a newer version's code: as stored
        else code
        for code in facts.requirements
    ]
    return _fill(
        QCoreApplication.translate(
            "Wording", "%1 has a dietary note (“%2”) but attends no meal or reception of “%3”"
        ),
        _names(facts.people),
        dietary_summary(needs, facts.note),
        facts.visit.title if facts.visit else "",
    )


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
    elif kind is ConflictKind.INTERPRETER_DOUBLE_BOOKED:
        text = _interpreter(facts)
    elif kind in (ConflictKind.BEFORE_ARRIVAL, ConflictKind.AFTER_DEPARTURE):
        text = _outside_stay(facts, kind is ConflictKind.BEFORE_ARRIVAL)
    elif kind is ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST:
        text = _without_venue_or_host(facts)
    elif kind is ConflictKind.MEMBER_WITHOUT_TRAVEL:
        text = _without_travel(facts)
    elif kind is ConflictKind.DIETARY_NOTE_WITHOUT_MEAL:
        text = _dietary_note(facts)
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


# --- refused input -------------------------------------------------------------------------
def _text(error: ValidationError) -> str:
    return str(error.values.get("text", ""))


def _date(value: object) -> str:
    return ui_date(value) if isinstance(value, date) else str(value)


def validation_text(error: ValidationError) -> str:
    """Why the rules refused an input, in the interface's language: worded from the error's
    ``reason`` and ``values``; a refusal the interface does not know is shown by its (English)
    message."""
    reason, values = error.reason, error.values
    simple = {
        "empty": QT_TRANSLATE_NOOP("Wording", "must not be empty"),
        "negative": QT_TRANSLATE_NOOP("Wording", "must be zero or more"),
        "too_large": QT_TRANSLATE_NOOP("Wording", "is implausibly large"),
        "zero_rate": QT_TRANSLATE_NOOP("Wording", "an exchange rate must be more than zero"),
        "no_time_zone": QT_TRANSLATE_NOOP("Wording", "must be a date and time with a time zone"),
        "zone_empty": QT_TRANSLATE_NOOP("Wording", "must name a time zone such as Europe/Berlin"),
        "not_count": QT_TRANSLATE_NOOP("Wording", "must be a whole number, zero or more"),
        "choose_person": QT_TRANSLATE_NOOP("Wording", "choose a person"),
        "choose_signer": QT_TRANSLATE_NOOP("Wording", "choose who signed"),
        "departs_before_arriving": QT_TRANSLATE_NOOP("Wording", "departs before arriving"),
        "counterpart_self": QT_TRANSLATE_NOOP("Wording", "a residency cannot answer itself"),
        "counterpart_partnership": QT_TRANSLATE_NOOP(
            "Wording", "the counterpart belongs to another partnership"
        ),
        "counterpart_direction": QT_TRANSLATE_NOOP(
            "Wording", "the counterpart must go the other way (incoming/outgoing)"
        ),
        "counterpart_cancelled": QT_TRANSLATE_NOOP("Wording", "the counterpart is cancelled"),
        "counterpart_loop": QT_TRANSLATE_NOOP("Wording", "the counterpart links form a loop"),
        # The gift register (services/gift_register.py).
        "limit_positive": QT_TRANSLATE_NOOP("Wording", "a limit must be more than zero"),
        "tier_range": QT_TRANSLATE_NOOP(
            "Wording", "must be a tier from 1 to 9 (1: the lowest limit)"
        ),
        "rate_exists": QT_TRANSLATE_NOOP(
            "Wording", "there is already a rate of this currency on this day"
        ),
        "eur_rate": QT_TRANSLATE_NOOP("Wording", "EUR needs no rate"),
        "jurisdiction_spaces": QT_TRANSLATE_NOOP(
            "Wording", "must be a code without spaces, e.g. DE-SN-KOMMUNAL"
        ),
    }
    if reason in simple:
        return QCoreApplication.translate("Wording", simple[reason])
    typed = {
        "not_number": QT_TRANSLATE_NOOP("Wording", "“%1” is not a number"),
        "not_amount": QT_TRANSLATE_NOOP("Wording", "“%1” is not an amount"),
        "not_currency": QT_TRANSLATE_NOOP(
            "Wording", "“%1” is not a three-letter currency code like EUR"
        ),
        "not_date": QT_TRANSLATE_NOOP("Wording", "“%1” is not a date"),
        "not_date_time": QT_TRANSLATE_NOOP("Wording", "“%1” is not a date and time"),
        "unknown_zone": QT_TRANSLATE_NOOP("Wording", "“%1” is not a known time zone"),
        "not_one_of": QT_TRANSLATE_NOOP("Wording", "“%1” is not one of the choices"),
        "not_email": QT_TRANSLATE_NOOP("Wording", "“%1” is not an e-mail address"),
    }
    if reason in typed:
        return _fill(QCoreApplication.translate("Wording", typed[reason]), _text(error))
    if reason == "too_long":
        return _fill(
            QCoreApplication.translate("Wording", "is %1 characters long; at most %2"),
            number(int(values.get("length", 0)), 0),  # type: ignore[call-overload]
            number(int(values.get("max", 0)), 0),  # type: ignore[call-overload]
        )
    if reason == "rank_cycle":
        source = (
            "the rank equivalences would contradict the order of the rank tables (ranks "
            "concerned: %1)"
        )
        translated = QCoreApplication.translate(
            "Wording",
            "the rank equivalences would contradict the order of the rank tables (ranks "
            "concerned: %1)",
        )
        if translated == source:
            return error.message  # in English the detailed message says more (the chain)
        ranks = values.get("ranks")
        names = ", ".join(str(rank) for rank in ranks) if isinstance(ranks, list) else ""
        return _fill(translated, names)
    if reason == "override_without_reason":
        return _fill(
            QCoreApplication.translate(
                "Wording",
                "say why %1 is placed at %2 instead of the computed place (the reason is shown "
                "in the order of precedence)",
            ),
            str(values.get("who", "")),
            str(values.get("place", "")),
        )
    if reason == "cues_outside_item":  # services/program_cues.py
        first, last = values.get("first"), values.get("last")
        days = (
            ui_date(first) if first == last else f"{ui_date(first)}–{ui_date(last)}"  # type: ignore[arg-type]
        )
        return _fill(
            QCoreApplication.translate(
                "Wording",
                "the cue “%1” would lie outside the item's day (%2); move or delete it first",
            ),
            str(values.get("cue", "")),
            days,
        )
    if reason == "room_over_capacity":  # services/travel.py
        return _fill(
            QCoreApplication.translate(
                "Wording", "room %1 would hold %2 people; a room of this type takes %3"
            ),
            str(values.get("room", "")),
            str(values.get("count", "")),
            str(values.get("capacity", "")),
        )
    if reason == "hotel_not_venue":
        return _fill(
            QCoreApplication.translate("Wording", "there is no venue #%1 to stay at"),
            str(values.get("hotel", "")),
        )
    if reason == "seats_out_of_range":  # services/transport.py
        return _fill(
            QCoreApplication.translate("Wording", "a vehicle has 1 to 80 passenger seats, not %1"),
            str(values.get("seats", "")),
        )
    if reason == "seated_beyond" and "item" in values:  # a vehicle (a table names people)
        return _fill(
            QCoreApplication.translate("Wording", "too few seats: %1 people ride in it on “%2”"),
            str(values.get("people", "")),
            str(values.get("item", "")),
        )
    if reason == "not_language":
        return QCoreApplication.translate(
            "Wording", "is not a language code (for example de, en, ko)"
        )
    if reason == "place_outside_order":
        return _fill(
            QCoreApplication.translate(
                "Wording",
                "place %1 is outside the order of precedence: places 1 to %2",
            ),
            str(values.get("place", "")),
            str(values.get("count", "")),
        )
    if reason == "ends_before_start":
        start, end = values.get("start"), values.get("end")
        if isinstance(start, datetime) or not isinstance(start, date):
            return QCoreApplication.translate("Wording", "ends before it starts")
        return _fill(
            QCoreApplication.translate("Wording", "ends on %1, before it starts on %2"),
            _date(end),
            _date(start),
        )
    if reason == "date_outside":
        return _fill(
            QCoreApplication.translate("Wording", "%1 is outside %2–%3"),
            _date(values.get("date")),
            str(values.get("first", "")),
            str(values.get("last", "")),
        )
    if reason == "not_year":
        return _fill(
            QCoreApplication.translate("Wording", "%1 is not a plausible year"),
            str(values.get("year", "")),
        )
    if reason == "control_character":
        return _fill(
            QCoreApplication.translate(
                "Wording",
                "contains the control character %1 (character %2); only tab and line breaks "
                "are allowed",
            ),
            str(values.get("code", "")),
            str(values.get("position", "")),
        )
    if reason == "surrogate":
        return _fill(
            QCoreApplication.translate(
                "Wording",
                "contains the lone surrogate %1 (character %2), half of a UTF-16 pair that is "
                "not a character",
            ),
            str(values.get("code", "")),
            str(values.get("position", "")),
        )
    if reason == "counterpart_answers_another":
        return _fill(
            QCoreApplication.translate("Wording", "“%1” already answers another residency"),
            str(values.get("title")),
        )
    if reason == "counterpart_answered":
        return _fill(
            QCoreApplication.translate("Wording", "“%1” is already answered by residency #%2"),
            str(values.get("title")),
            str(values.get("other")),
        )
    return error.message


# --- a record still in use -----------------------------------------------------------------
#: What a record is at the place that refers to it, keyed by (table, column) of that place.
_USES: dict[tuple[str, str], str] = {
    ("visit", "head_id"): QT_TRANSLATE_NOOP("Wording", "head of delegation of visit “%1”"),
    ("visit", "hotel_id"): QT_TRANSLATE_NOOP("Wording", "hotel of visit “%1”"),
    ("visit", "partnership_id"): QT_TRANSLATE_NOOP("Wording", "partnership of visit “%1”"),
    ("visit_member", "person_id"): QT_TRANSLATE_NOOP("Wording", "member of visit “%1”"),
    ("program_item", "host_id"): QT_TRANSLATE_NOOP("Wording", "host of program item “%1”"),
    ("program_item", "venue_id"): QT_TRANSLATE_NOOP("Wording", "venue of program item “%1”"),
    ("program_attendee", "person_id"): QT_TRANSLATE_NOOP(
        "Wording", "attendee of program item “%1”"
    ),
    ("gift", "giver_id"): QT_TRANSLATE_NOOP("Wording", "giver of gift “%1”"),
    ("gift", "recipient_id"): QT_TRANSLATE_NOOP("Wording", "recipient of gift “%1”"),
    ("guestbook_entry", "signer_id"): QT_TRANSLATE_NOOP("Wording", "signer of guestbook entry #%1"),
    ("residency", "artist_id"): QT_TRANSLATE_NOOP("Wording", "artist of residency “%1”"),
    ("residency", "studio_id"): QT_TRANSLATE_NOOP("Wording", "studio of residency “%1”"),
    ("residency", "partnership_id"): QT_TRANSLATE_NOOP("Wording", "partnership of residency “%1”"),
    ("exhibition", "curator_id"): QT_TRANSLATE_NOOP("Wording", "curator of exhibition “%1”"),
    ("exhibition", "venue_id"): QT_TRANSLATE_NOOP("Wording", "venue of exhibition “%1”"),
    ("exhibition", "partnership_id"): QT_TRANSLATE_NOOP(
        "Wording", "partnership of exhibition “%1”"
    ),
    ("exhibition_artist", "person_id"): QT_TRANSLATE_NOOP("Wording", "artist of exhibition “%1”"),
    ("person", "rank_id"): QT_TRANSLATE_NOOP("Wording", "rank of “%1”"),
    ("visit_host", "person_id"): QT_TRANSLATE_NOOP("Wording", "host of visit “%1”"),
    ("seat_assignment", "person_id"): QT_TRANSLATE_NOOP("Wording", "seated at “%1”"),
    ("transfer_seat", "person_id"): QT_TRANSLATE_NOOP("Wording", "passenger of transfer “%1”"),
    ("program_item", "from_venue_id"): QT_TRANSLATE_NOOP("Wording", "start of program item “%1”"),
    ("visit_member", "hotel_id"): QT_TRANSLATE_NOOP("Wording", "hotel of a member of visit “%1”"),
}


def _use(use: Any) -> str:
    template = _USES.get((use.table, use.column))
    if template is None:
        return str(use)
    if use.more:
        return _fill(
            QCoreApplication.translate("Wording", "%1: more"),
            _PLACE_TOKEN.sub("", QCoreApplication.translate("Wording", template)).strip(),
        )
    label = use.label
    if use.table == "seat_assignment" and len(use.parts) == 3:
        # The service words the seat in English; here it is said in the interface's language.
        label = _fill(QCoreApplication.translate("Wording", "%1, table %2, seat %3"), *use.parts)
    return _fill(QCoreApplication.translate("Wording", template), label)


def in_use_text(error: InUseError, name: str) -> str:
    """Why the record shown as ``name`` cannot be deleted: the places that still use it."""
    if not error.uses:
        return str(error)
    places = "; ".join(_use(use) for use in error.uses[:6])
    return _fill(
        QCoreApplication.translate("Wording", "“%1” cannot be deleted while still used as: %2"),
        name,
        places,
    )
