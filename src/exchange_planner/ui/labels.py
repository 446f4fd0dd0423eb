"""Display labels of the stored enum values, one table per enum.

The English texts are marked with QT_TRANSLATE_NOOP under the enum's class name as context,
so lupdate extracts them; ``enum_label()`` translates at call time, after the translator is loaded.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exchange_planner.domain.calendar import EntryKind
from exchange_planner.domain.enums import (
    ChecklistKind,
    Direction,
    GiftDirection,
    GuestbookKind,
    MemberRole,
    ProgramKind,
    ResidencyStatus,
    VisitStatus,
)

# Keyed by (enum class, value): StrEnum members of different enums with the same value
# ("confirmed", "press") compare equal, so a dict keyed by members alone would mix them up.
_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (Direction, Direction.INCOMING): QT_TRANSLATE_NOOP("Direction", "Incoming"),
    (Direction, Direction.OUTGOING): QT_TRANSLATE_NOOP("Direction", "Outgoing"),
    (VisitStatus, VisitStatus.DRAFT): QT_TRANSLATE_NOOP("VisitStatus", "Draft"),
    (VisitStatus, VisitStatus.PLANNED): QT_TRANSLATE_NOOP("VisitStatus", "Planned"),
    (VisitStatus, VisitStatus.CONFIRMED): QT_TRANSLATE_NOOP("VisitStatus", "Confirmed"),
    (VisitStatus, VisitStatus.COMPLETED): QT_TRANSLATE_NOOP("VisitStatus", "Completed"),
    (VisitStatus, VisitStatus.CANCELLED): QT_TRANSLATE_NOOP("VisitStatus", "Cancelled"),
    (MemberRole, MemberRole.HEAD): QT_TRANSLATE_NOOP("MemberRole", "Head"),
    (MemberRole, MemberRole.DEPUTY): QT_TRANSLATE_NOOP("MemberRole", "Deputy"),
    (MemberRole, MemberRole.OFFICIAL): QT_TRANSLATE_NOOP("MemberRole", "Official"),
    (MemberRole, MemberRole.STAFF): QT_TRANSLATE_NOOP("MemberRole", "Staff"),
    (MemberRole, MemberRole.INTERPRETER): QT_TRANSLATE_NOOP("MemberRole", "Interpreter"),
    (MemberRole, MemberRole.PRESS): QT_TRANSLATE_NOOP("MemberRole", "Press"),
    (MemberRole, MemberRole.DRIVER): QT_TRANSLATE_NOOP("MemberRole", "Driver"),
    (MemberRole, MemberRole.SECURITY): QT_TRANSLATE_NOOP("MemberRole", "Security"),
    (MemberRole, MemberRole.GUEST): QT_TRANSLATE_NOOP("MemberRole", "Guest"),
    (ProgramKind, ProgramKind.RECEPTION): QT_TRANSLATE_NOOP("ProgramKind", "Reception"),
    (ProgramKind, ProgramKind.GUESTBOOK): QT_TRANSLATE_NOOP("ProgramKind", "Guestbook signing"),
    (ProgramKind, ProgramKind.GIFT_EXCHANGE): QT_TRANSLATE_NOOP("ProgramKind", "Gift exchange"),
    (ProgramKind, ProgramKind.TOUR): QT_TRANSLATE_NOOP("ProgramKind", "Tour"),
    (ProgramKind, ProgramKind.MEETING): QT_TRANSLATE_NOOP("ProgramKind", "Meeting"),
    (ProgramKind, ProgramKind.MEAL): QT_TRANSLATE_NOOP("ProgramKind", "Meal"),
    (ProgramKind, ProgramKind.TRANSFER): QT_TRANSLATE_NOOP("ProgramKind", "Transfer"),
    (ProgramKind, ProgramKind.MUSEUM): QT_TRANSLATE_NOOP("ProgramKind", "Museum visit"),
    (ProgramKind, ProgramKind.PRESS): QT_TRANSLATE_NOOP("ProgramKind", "Press"),
    (ProgramKind, ProgramKind.FREE_TIME): QT_TRANSLATE_NOOP("ProgramKind", "Free time"),
    (GiftDirection, GiftDirection.GIVEN): QT_TRANSLATE_NOOP("GiftDirection", "Given"),
    (GiftDirection, GiftDirection.RECEIVED): QT_TRANSLATE_NOOP("GiftDirection", "Received"),
    (GuestbookKind, GuestbookKind.CITY_GUESTBOOK): QT_TRANSLATE_NOOP(
        "GuestbookKind", "City guestbook"
    ),
    (GuestbookKind, GuestbookKind.GOLDEN_BOOK): QT_TRANSLATE_NOOP("GuestbookKind", "Golden Book"),
    (ResidencyStatus, ResidencyStatus.PROPOSED): QT_TRANSLATE_NOOP("ResidencyStatus", "Proposed"),
    (ResidencyStatus, ResidencyStatus.CONFIRMED): QT_TRANSLATE_NOOP("ResidencyStatus", "Confirmed"),
    (ResidencyStatus, ResidencyStatus.ONGOING): QT_TRANSLATE_NOOP("ResidencyStatus", "Ongoing"),
    (ResidencyStatus, ResidencyStatus.COMPLETED): QT_TRANSLATE_NOOP("ResidencyStatus", "Completed"),
    (ResidencyStatus, ResidencyStatus.CANCELLED): QT_TRANSLATE_NOOP("ResidencyStatus", "Cancelled"),
    (ChecklistKind, ChecklistKind.INVITATION_LETTER): QT_TRANSLATE_NOOP(
        "ChecklistKind", "Invitation letter"
    ),
    (ChecklistKind, ChecklistKind.VISA): QT_TRANSLATE_NOOP("ChecklistKind", "Visa"),
    (ChecklistKind, ChecklistKind.TRAVEL): QT_TRANSLATE_NOOP("ChecklistKind", "Travel booked"),
    (ChecklistKind, ChecklistKind.ACCOMMODATION): QT_TRANSLATE_NOOP(
        "ChecklistKind", "Accommodation"
    ),
    (ChecklistKind, ChecklistKind.INSURANCE): QT_TRANSLATE_NOOP("ChecklistKind", "Insurance"),
    (ChecklistKind, ChecklistKind.ARRIVAL): QT_TRANSLATE_NOOP("ChecklistKind", "Arrival"),
    (ChecklistKind, ChecklistKind.OPEN_STUDIO): QT_TRANSLATE_NOOP("ChecklistKind", "Open studio"),
    (ChecklistKind, ChecklistKind.REPORT): QT_TRANSLATE_NOOP("ChecklistKind", "Report"),
    (EntryKind, EntryKind.VISIT): QT_TRANSLATE_NOOP("EntryKind", "Visits"),
    (EntryKind, EntryKind.PROGRAM_ITEM): QT_TRANSLATE_NOOP("EntryKind", "Program items"),
    (EntryKind, EntryKind.RESIDENCY): QT_TRANSLATE_NOOP("EntryKind", "Residencies"),
    (EntryKind, EntryKind.EXHIBITION): QT_TRANSLATE_NOOP("EntryKind", "Exhibitions"),
    (EntryKind, EntryKind.DEADLINE): QT_TRANSLATE_NOOP("EntryKind", "Deadlines"),
}


def enum_label(member: StrEnum) -> str:
    """The translated display label of an enum member (in the current UI language)."""
    kind = type(member)
    return QCoreApplication.translate(kind.__name__, _LABELS[(kind, member.value)])
