"""How a member's travel is written: small rules shared by the screen and the documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


def terminal_text(terminal: str, labelled: Callable[[str], str]) -> str:
    """A terminal's code labelled ("B" → "Terminal B" / "B 터미널"); a terminal written out
    ("Terminal B", "Hauptbahnhof Gleis 3") as entered."""
    terminal = terminal.strip()
    if terminal and " " not in terminal and len(terminal) <= 4:
        return labelled(terminal)
    return terminal


@dataclass(frozen=True)
class TravelLeg:
    """One way of a member's travel: when (an aware instant, UTC as read), how (a TravelMode value),
    carrier and number ("Lufthansa", "LH 162"), where (place, terminal) and the pick-up."""

    at: datetime | None = None
    mode: str = ""
    carrier: str = ""
    number: str = ""
    place: str = ""
    terminal: str = ""
    pickup: str = ""

    @property
    def empty(self) -> bool:
        return self.at is None and not any(
            (self.mode, self.carrier, self.number, self.place, self.terminal, self.pickup)
        )
