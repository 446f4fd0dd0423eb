"""How people's names are written, in Latin script and in their own script.

One rule for a person everywhere (lists, pickers, attendee lists, the guestbook, every
document in every language):

- **Order**: each name keeps its own order, in Latin script too. Korean names
  (``name_order`` family first) are written family name first, "Kang Gi-jung"; German and
  other names given name first, "Burkhard Jung". Never "Gi-jung Kang".
- **Romanisation**: given and family name are printed as the person writes them (as stored);
  nothing is re-romanised or re-hyphenated.
- **Own script**: a Hangul name of a Korean (family-first) name is written without a space,
  "강기정" (a stored "강 기정" is shown as "강기정"); a foreign name transliterated into Hangul
  (given name first, e.g. "부르크하르트 융") keeps its spaces, as Korean writes foreign names.
- **Which script per language**: in Korean (UI or document) the Hangul name where the person
  has one, else the Latin name: "강기정", "Burkhard Jung". In German and English the Latin
  name, followed by the own script where there is one: "Kang Gi-jung (강기정)".
- **Capitals** (``capitals=True``): the family name in capitals, order unchanged:
  "KANG Gi-jung", "Burkhard JUNG". Only for lists in which Korean and German names mix (see
  :func:`capitals_help`), where the order alone does not tell which part is the family name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from exchange_planner.domain.enums import NameOrder


class Named(Protocol):
    family_name: str
    given_name: str
    native_name: str
    name_order: NameOrder | str


def is_family_first(person: Named) -> bool:
    """Whether the person's name is written family name first (Korean names)."""
    try:
        return NameOrder(person.name_order) is NameOrder.FAMILY_FIRST
    except ValueError:
        return False


def latin_name(person: Named, *, family_first: bool | None = None, capitals: bool = False) -> str:
    """The name in Latin script in the person's order: 'Kang Gi-jung', 'Burkhard Jung'.

    ``family_first`` overrides the order (for sorted "family, given" uses only);
    ``capitals`` writes the family name in capitals: 'KANG Gi-jung', 'Burkhard JUNG'."""
    if family_first is None:
        family_first = is_family_first(person)
    family = person.family_name.upper() if capitals else person.family_name
    parts = [family, person.given_name] if family_first else [person.given_name, family]
    return " ".join(part for part in parts if part)


def own_script_name(person: Named) -> str:
    """The name in the person's own script as shown: '강기정' ('' when there is none)."""
    native = " ".join((person.native_name or "").split())
    if native and has_hangul(native) and is_family_first(person):
        return "".join(native.split())
    return native


def display_name(person: Named, language: str = "de", *, capitals: bool = False) -> str:
    """The name for running text, lists and pickers in ``language`` ("de", "en", "ko", or a
    locale name such as "ko_KR"): '강기정' in Korean, 'Kang Gi-jung (강기정)' otherwise."""
    latin = latin_name(person, capitals=capitals)
    native = own_script_name(person)
    if language.lower().startswith("ko") and has_hangul(native):
        return native
    if native and native != latin:
        return f"{latin} ({native})" if latin else native
    return latin


def full_name(person: Named) -> str:
    """The name in German or English text: 'Kang Gi-jung (강기정)', 'Burkhard Jung'."""
    return display_name(person, "de")


def capitals_help(people: Iterable[Named]) -> bool:
    """Whether a list of these people should print family names in capitals: when Korean
    (family-first) and other (given-first) names mix in it."""
    orders = {is_family_first(person) for person in people}
    return len(orders) > 1


def sort_key(person: Named) -> tuple[str, str]:
    return (person.family_name.casefold(), person.given_name.casefold())


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff"


def has_hangul(text: str | None) -> bool:
    return any(_is_hangul(char) for char in text or "")


def usual_name_order(native_name: str | None) -> NameOrder | None:
    """The order a name in own script suggests: Hangul names are family name first.

    None when the script says nothing (Latin, empty), so a chosen order is kept.
    """
    if has_hangul(native_name):
        return NameOrder.FAMILY_FIRST
    return None
