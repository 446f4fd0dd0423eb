"""The catering summary of a meal: what the caterer needs to know, and no more.

Pure functions over plain values (no Qt, no database), shared by the catering service, its
document and the tests.

A person's dietary requirements are codes (``DietaryRequirement``), stored comma-separated
in ``Person.dietary_requirements``; beside them are free-text dietary and accessibility notes.
Some codes say something about a person's health (allergies, diabetes, intolerances) or
religion (no pork, halal, kosher, no alcohol): special categories of personal data, printed
only with the person's recorded consent (``Person.notes_consent``). For one meal:

- the **headcount** of everyone attending (delegation members and hosts);
- the **count per requirement**: every code a person consented to share, and the codes that
  need no consent (vegetarian, vegan) of everyone;
- **names** only where the caterer must know who: the allergies and "other" (with the
  dietary note; a note without any code counts as "other"), and an accessibility note (it
  cannot be counted); a named person's other printable codes and notes go with the name.
  ``names=True`` lists everyone with a requirement, with their notes;
- without consent, a person's health- or religion-related codes and their notes are **not
  printed**: they are counted once as "attendees with a withheld note: ask the protocol
  office", without a name or a code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from exchange_planner.domain.enums import DietaryRequirement, ProgramKind
from exchange_planner.domain.errors import ValidationError

#: The program kinds that are catered: a meal, and a reception (drinks and finger food).
CATERED_KINDS: frozenset[ProgramKind] = frozenset({ProgramKind.MEAL, ProgramKind.RECEPTION})

#: Every code in the order it is printed and offered.
REQUIREMENTS: tuple[DietaryRequirement, ...] = tuple(DietaryRequirement)

#: Codes that tell nothing about health or religion: counted whatever the consent.
#: Everything else is health- or religion-related (or, for "other", unknown: it may be).
FREE_CODES: frozenset[DietaryRequirement] = frozenset(
    {DietaryRequirement.VEGETARIAN, DietaryRequirement.VEGAN}
)
SENSITIVE_CODES: frozenset[DietaryRequirement] = frozenset(REQUIREMENTS) - FREE_CODES

#: Codes the caterer must be able to put a name to (an allergy; "other" with its note).
NAMED_CODES: frozenset[DietaryRequirement] = frozenset(
    {
        DietaryRequirement.NUT_ALLERGY,
        DietaryRequirement.SEAFOOD_ALLERGY,
        DietaryRequirement.OTHER,
    }
)

#: The longest stored text of ``Person.dietary_requirements``.
MAX_REQUIREMENTS_TEXT = 300


def parse_requirements(value: object, field: str = "dietary_requirements") -> str:
    """The stored text of dietary requirements: known codes, comma-separated, each once, in
    the order of ``REQUIREMENTS``; "" for none. Accepts the stored text ("halal,vegan"), or
    a list of codes; refuses an unknown code naming it and the known ones."""
    if value is None:
        return ""
    if isinstance(value, str):
        parts: Iterable[object] = value.split(",")
    elif isinstance(value, list | tuple | set | frozenset):
        parts = value
    else:
        raise ValidationError(field, f"{value!r} is not a list of dietary requirements")
    found: set[DietaryRequirement] = set()
    for part in parts:
        code = str(part).strip().lower().replace("-", "_").replace(" ", "_")
        if not code:
            continue
        try:
            found.add(DietaryRequirement(code))
        except ValueError:
            shown = str(part).strip()
            raise ValidationError(
                field,
                f"'{shown}' is not a dietary requirement; the codes are "
                f"{', '.join(r.value for r in REQUIREMENTS)}",
                reason="not_one_of",
                values={"text": shown},
            ) from None
    return ",".join(r.value for r in REQUIREMENTS if r in found)


def requirement_key(text: str) -> str:
    """How a written requirement is compared: "Gluten-free", "gluten free" and "gluten_free"
    are one."""
    return " ".join(text.casefold().replace("-", " ").replace("_", " ").split())


#: What separates the requirements of one cell ("vegetarian; nut allergy, no onions").
_PARTS = re.compile(r"[,;\n]")


def split_requirements(text: str, words: Mapping[str, DietaryRequirement]) -> tuple[str, str]:
    """A list's dietary cell as the stored codes and the note that is left: each part that
    ``words`` (keys as :func:`requirement_key` writes them) knows becomes a code, the others
    stay the note, in their order ("vegetarisch, keine Zwiebeln" -> "vegetarian",
    "keine Zwiebeln")."""
    codes: list[DietaryRequirement] = []
    rest: list[str] = []
    for part in _PARTS.split(text or ""):
        written = part.strip()
        if not written:
            continue
        code = words.get(requirement_key(written))
        if code is None:
            rest.append(written)
        else:
            codes.append(code)
    return parse_requirements(codes), ", ".join(rest)


def requirements_of(stored: str) -> tuple[DietaryRequirement, ...]:
    """The codes of a stored text, in printing order; unknown codes (written by a newer
    version) are left out rather than guessed."""
    codes = {part.strip() for part in (stored or "").split(",")}
    return tuple(r for r in REQUIREMENTS if r.value in codes)


@dataclass(frozen=True)
class Diner:
    """One attendee of a meal as the catering summary sees them."""

    person_id: int
    requirements: tuple[DietaryRequirement, ...] = ()
    dietary_note: str = ""
    accessibility_note: str = ""
    #: Consent to process (and print) health- or religion-related notes.
    consent: bool = False


@dataclass(frozen=True)
class RequirementCount:
    requirement: DietaryRequirement
    count: int


@dataclass(frozen=True)
class NamedNeed:
    """A person the caterer is told about by name: the codes and notes that may be printed."""

    person_id: int
    requirements: tuple[DietaryRequirement, ...] = ()
    dietary_note: str = ""
    accessibility_note: str = ""


@dataclass(frozen=True)
class MealSummary:
    headcount: int
    #: Per requirement (printing order), only those with a count.
    counts: tuple[RequirementCount, ...] = ()
    #: Those to be named, in the order of the attendees given.
    named: tuple[NamedNeed, ...] = ()
    #: Attendees whose health- or religion-related codes or notes are withheld (no consent).
    withheld: int = 0
    #: Attendees with no requirement and no note shown (nor withheld).
    without_requirements: int = 0

    def count_of(self, requirement: DietaryRequirement) -> int:
        return next((c.count for c in self.counts if c.requirement is requirement), 0)


def printable(diner: Diner) -> tuple[tuple[DietaryRequirement, ...], str, str, bool]:
    """What may be printed of a diner: the codes, the dietary and the accessibility note, and
    whether anything was withheld."""
    if diner.consent:
        dietary, access = diner.dietary_note.strip(), diner.accessibility_note.strip()
        return diner.requirements, dietary, access, False
    codes = tuple(r for r in diner.requirements if r in FREE_CODES)
    withheld = (
        len(codes) < len(diner.requirements)
        or bool(diner.dietary_note.strip())
        or bool(diner.accessibility_note.strip())
    )
    return codes, "", "", withheld


def summarise(diners: Sequence[Diner], *, names: bool = False) -> MealSummary:
    """The summary of one meal attended by ``diners`` (each person once: a repeated id is
    counted once). ``names`` lists everyone with a printable requirement by name, not only
    those the caterer must know by name."""
    seen: set[int] = set()
    counts = dict.fromkeys(REQUIREMENTS, 0)
    named: list[NamedNeed] = []
    withheld = 0
    plain = 0
    for diner in diners:
        if diner.person_id in seen:
            continue
        seen.add(diner.person_id)
        codes, dietary, access, hidden = printable(diner)
        if dietary and not codes:
            codes = (DietaryRequirement.OTHER,)  # a note alone is an "other" requirement
        for code in codes:
            counts[code] += 1
        if hidden:
            withheld += 1
        elif not codes and not dietary and not access:
            plain += 1
        if codes or access:
            # The kitchen must know who has an allergy or "other" (with the note); an
            # accessibility note cannot be counted. The rest is counted only.
            needs_name = bool(access) or any(c in NAMED_CODES for c in codes)
            if names or needs_name:
                # Named once for one reason, their other printable codes go with the name.
                named.append(NamedNeed(diner.person_id, codes, dietary, access))
    return MealSummary(
        headcount=len(seen),
        counts=tuple(RequirementCount(r, n) for r, n in counts.items() if n),
        named=tuple(named),
        withheld=withheld,
        without_requirements=plain,
    )
