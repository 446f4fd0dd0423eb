"""How a member's travel is written: small rules shared by the screen and the documents."""

from __future__ import annotations

from collections.abc import Callable


def terminal_text(terminal: str, labelled: Callable[[str], str]) -> str:
    """A terminal's code labelled ("B" → "Terminal B" / "B 터미널"); a terminal written out
    ("Terminal B", "Hauptbahnhof Gleis 3") as entered."""
    terminal = terminal.strip()
    if terminal and " " not in terminal and len(terminal) <= 4:
        return labelled(terminal)
    return terminal
