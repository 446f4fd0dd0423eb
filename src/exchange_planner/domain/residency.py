"""Rules of residencies: the preparation checklist's due dates."""

from __future__ import annotations

from datetime import date, timedelta

from exchange_planner.domain.enums import ChecklistKind

#: Default due dates of the preparation steps, in days relative to the first (or last) day.
CHECKLIST_OFFSETS: dict[ChecklistKind, tuple[str, int]] = {
    ChecklistKind.INVITATION_LETTER: ("start", -120),
    ChecklistKind.VISA: ("start", -60),
    ChecklistKind.TRAVEL: ("start", -45),
    ChecklistKind.ACCOMMODATION: ("start", -45),
    ChecklistKind.INSURANCE: ("start", -14),
    ChecklistKind.ARRIVAL: ("start", 0),
    ChecklistKind.OPEN_STUDIO: ("end", -7),
    ChecklistKind.REPORT: ("end", 30),
}

#: The preparation steps' names (German, English, Korean), as the documents and calendars
#: print them.
CHECKLIST_NAMES: dict[str, tuple[str, str, str]] = {
    "invitation_letter": ("Einladungsschreiben", "Invitation letter", "초청장"),
    "visa": ("Visum", "Visa", "비자"),
    "travel": ("Reise gebucht", "Travel booked", "항공권 예약"),
    "accommodation": ("Unterkunft", "Accommodation", "숙소"),
    "insurance": ("Versicherung", "Insurance", "보험"),
    "arrival": ("Ankunft", "Arrival", "도착"),
    "open_studio": ("Offenes Atelier", "Open studio", "오픈 스튜디오"),
    "report": ("Bericht", "Report", "결과 보고서"),
}


def checklist_due(kind: ChecklistKind, start: date, end: date, today: date | None) -> date | None:
    """The due date of a preparation step of a residency from ``start`` to ``end``.

    A step's lead time that has already run out on ``today`` (the day the checklist is made)
    is shortened to today, so a new checklist is not overdue from its first day; only when the
    day the step is anchored to (the first or last day) has itself passed is the step due then.
    Without ``today`` the plain offsets apply. None when the date is out of the calendar.
    """
    anchor, days = CHECKLIST_OFFSETS[kind]
    base = start if anchor == "start" else end
    try:
        due = base + timedelta(days=days)
    except OverflowError:
        return None
    if today is not None and due < today:
        due = max(due, min(today, base))
    return due
