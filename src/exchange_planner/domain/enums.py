"""Enumerations shared by every layer. Values are stored in the database and in JSON."""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    """Seen from our city: a delegation or artist coming here, or going there."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"


class VisitStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class MemberRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    OFFICIAL = "official"
    STAFF = "staff"
    INTERPRETER = "interpreter"
    PRESS = "press"
    DRIVER = "driver"
    SECURITY = "security"
    GUEST = "guest"


class ProgramKind(StrEnum):
    RECEPTION = "reception"
    GUESTBOOK = "guestbook_signing"
    GIFT_EXCHANGE = "gift_exchange"
    TOUR = "tour"
    MEETING = "meeting"
    MEAL = "meal"
    TRANSFER = "transfer"
    MUSEUM = "museum_visit"
    PRESS = "press"
    FREE_TIME = "free_time"


class GiftDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class GuestbookKind(StrEnum):
    CITY_GUESTBOOK = "city_guestbook"
    GOLDEN_BOOK = "golden_book"


class ResidencyStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class NameOrder(StrEnum):
    """How a person's name is written: Korean names put the family name first."""

    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


class ChecklistKind(StrEnum):
    INVITATION_LETTER = "invitation_letter"
    VISA = "visa"
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    INSURANCE = "insurance"
    ARRIVAL = "arrival"
    OPEN_STUDIO = "open_studio"
    REPORT = "report"


class DocumentKind(StrEnum):
    ITINERARY = "itinerary"
    PERSONAL_ITINERARY = "personal_itinerary"
    GIFT_PROTOCOL = "gift_protocol"
    RESIDENCY_SHEET = "residency_sheet"


class TableShape(StrEnum):
    """The shape of a table in a seating plan (seat numbering: domain/seating.py)."""

    ROUND = "round"
    LONG = "long"
    U_SHAPE = "u_shape"


class SeatingRule(StrEnum):
    """Where the guest of honour sits: the host's right (international) or left (German)."""

    INTERNATIONAL = "international"
    GERMAN = "german"


class InterpreterPlace(StrEnum):
    """An interpreter takes the table seat next to the principal, or a chair behind him."""

    BESIDE = "beside"
    BEHIND = "behind"


class Side(StrEnum):
    """Which party a participant belongs to: the visiting delegation or the home city."""

    DELEGATION = "delegation"
    HOST = "host"
