"""How people's names are written, in Latin script and in their own script."""

from __future__ import annotations

from typing import Protocol

from exchange_planner.domain.enums import NameOrder


class Named(Protocol):
    family_name: str
    given_name: str
    native_name: str
    name_order: NameOrder | str


def latin_name(person: Named, *, family_first: bool | None = None) -> str:
    """'Gi-jung Kang', or 'Kang Gi-jung' when family-first is asked or is the person's order."""
    if family_first is None:
        family_first = NameOrder(person.name_order) is NameOrder.FAMILY_FIRST
    parts = (
        [person.family_name, person.given_name]
        if family_first
        else [person.given_name, person.family_name]
    )
    return " ".join(part for part in parts if part)


def full_name(person: Named) -> str:
    """Latin name followed by the name in own script where it differs: 'Gi-jung Kang (강기정)'."""
    latin = latin_name(person, family_first=False)
    if person.native_name and person.native_name != latin:
        return f"{latin} ({person.native_name})"
    return latin


def sort_key(person: Named) -> tuple[str, str]:
    return (person.family_name.casefold(), person.given_name.casefold())


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff"


def usual_name_order(native_name: str | None) -> NameOrder | None:
    """The order a name in own script suggests: Hangul names are family name first.

    None when the script says nothing (Latin, empty), so a chosen order is kept.
    """
    if any(_is_hangul(char) for char in native_name or ""):
        return NameOrder.FAMILY_FIRST
    return None
