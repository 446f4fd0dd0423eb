"""The plain data of the run-of-show (Ablaufplan), filled by ``services.run_of_show``.

Unlike ``reports.data`` (what guests may read), this data holds what only the office's staff
see: a programme item's internal notes, who is responsible, the cues and the cars. Only the
run-of-show prints it; no guest document is made from it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from exchange_planner.domain.texts import DEFAULT_LANGUAGE, Translations
from exchange_planner.reports.data import (
    NO_TRANSLATIONS,
    CityNames,
    PartnerInfo,
    PersonInfo,
    Stamp,
    VenueInfo,
)
from exchange_planner.reports.letterhead import Letterhead


@dataclass(frozen=True)
class CueEntry:
    """One cue of an item: at ``at`` (aware UTC instant), ``cue`` is to happen, by whom."""

    id: int
    at: datetime
    cue: str
    responsible: str = ""
    position: int = 0


@dataclass(frozen=True)
class CarEntry:
    """A vehicle assigned to a transfer, as the run-of-show names it."""

    id: int
    label: str
    kind: str = ""
    seats: int = 0
    driver_name: str = ""
    driver_phone: str = ""
    plate: str = ""
    position: int = 0


@dataclass(frozen=True)
class RunItem:
    """One programme item with everything staff need; ``starts_at``/``ends_at`` aware."""

    id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue: VenueInfo | None = None
    #: Where a transfer starts (``venue`` is where it goes).
    from_venue: VenueInfo | None = None
    host: PersonInfo | None = None
    responsible: str = ""
    dress_code: str = ""
    notes: str = ""
    internal_notes: str = ""
    cues: tuple[CueEntry, ...] = ()
    cars: tuple[CarEntry, ...] = ()
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS

    def cues_in_order(self) -> list[CueEntry]:
        """The cues in time order (then by their position, then as entered)."""
        return sorted(self.cues, key=lambda c: (c.at, c.position, c.id))


@dataclass(frozen=True)
class RunOfShowData:
    visit_id: int
    title: str
    start_date: date
    end_date: date
    home_city: str = ""
    partner_city: str = ""
    #: Our own city's zone, in which the "as of" time is printed.
    home_timezone: str = "Europe/Berlin"
    items: tuple[RunItem, ...] = ()
    #: The visit is a draft or only planned: the pages carry the draft mark as well.
    draft: bool = False
    stamp: Stamp | None = None
    original_language: str = DEFAULT_LANGUAGE
    translations: Translations = NO_TRANSLATIONS
    partner: PartnerInfo | None = None
    home_city_names: CityNames = ()
    letterhead: Letterhead | None = None


def run_of_show_hash(data: RunOfShowData) -> str:
    """A fingerprint of what the run-of-show prints, without its stamp."""
    printed = repr(dataclasses.replace(data, stamp=None))
    return hashlib.sha256(printed.encode("utf-8")).hexdigest()
