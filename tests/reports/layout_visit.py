"""A long visit for the page-break checks: the sample's 12 items repeated into 42 over six
days, with the sample's venues, hosts, dress codes and notes (every text translated)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from exchange_planner.reports.data import GiftEntry, GiftProtocolData, ItineraryData

ITEMS = 42
DAYS = 6


def long_visit(sample: ItineraryData) -> ItineraryData:
    """``sample`` with 42 program items, seven a day over six days, from its first day on."""
    base = sorted(sample.program, key=lambda item: (item.starts_at, item.id))
    first = min(item.starts_at for item in base).replace(hour=6, minute=0)
    program = []
    for number in range(ITEMS):
        model = base[number % len(base)]
        day, slot = divmod(number, ITEMS // DAYS)
        starts = first + timedelta(days=day, minutes=90 * slot)
        program.append(
            replace(
                model,
                id=1000 + number,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=75),
            )
        )
    return replace(
        sample,
        program=tuple(program),
        end_date=sample.start_date + timedelta(days=DAYS - 1),
    )


def many_gifts(sample: GiftProtocolData, given: int, received: int) -> GiftProtocolData:
    """``sample``'s gifts repeated: ``given`` given and ``received`` received ones."""
    models = {gift.direction: gift for gift in sample.gifts}
    gifts: list[GiftEntry] = []
    for direction, count in (("given", given), ("received", received)):
        for _number in range(count):
            gifts.append(replace(models[direction], id=2000 + len(gifts)))
    return replace(sample, gifts=tuple(gifts))
