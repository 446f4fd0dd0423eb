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
    ROOMING_LIST = "rooming_list"
    TRANSPORT_PLAN = "transport_plan"
    DRIVER_SHEET = "driver_sheet"
    CATERING_SUMMARY = "catering_summary"
    RUN_OF_SHOW = "run_of_show"
    GIFT_REGISTER = "gift_register"


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


class TravelMode(StrEnum):
    """How a member arrives or leaves (the carrier and number say which flight or train)."""

    FLIGHT = "flight"
    TRAIN = "train"
    CAR = "car"
    BUS = "bus"
    OTHER = "other"


class RoomType(StrEnum):
    """A hotel room's type; ``domain/rooms.py`` knows how many people each one sleeps."""

    SINGLE = "single"
    DOUBLE = "double"
    TWIN = "twin"
    TRIPLE = "triple"
    SUITE = "suite"


class VehicleKind(StrEnum):
    CAR = "car"
    VAN = "van"
    MINIBUS = "minibus"
    BUS = "bus"


class DietaryRequirement(StrEnum):
    """What a caterer must know; stored comma-separated in ``Person.dietary_requirements``."""

    VEGETARIAN = "vegetarian"
    VEGAN = "vegan"
    NO_PORK = "no_pork"
    HALAL = "halal"
    KOSHER = "kosher"
    NO_ALCOHOL = "no_alcohol"
    GLUTEN_FREE = "gluten_free"
    LACTOSE_FREE = "lactose_free"
    NUT_ALLERGY = "nut_allergy"
    SEAFOOD_ALLERGY = "seafood_allergy"
    DIABETIC = "diabetic"
    OTHER = "other"


class DispositionKind(StrEnum):
    """Where an official gift went, as the gift register records it."""

    KEPT = "kept"
    HANDED_OVER = "handed_over"
    DISPLAYED = "displayed"
    STORED = "stored"
    LOANED = "loaned"
    RETURNED = "returned"
    DISPOSED = "disposed"


class PrivacyCategory(StrEnum):
    """Personal data kept for a limited time (``domain/retention.py``)."""

    CONTACT = "contact"
    TRAVEL = "travel"
    HEALTH = "health"
