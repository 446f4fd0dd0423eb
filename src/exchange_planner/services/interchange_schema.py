"""The JSON Schema (draft 2020-12) of the exchange file, version 5.

The importer checks a document's structure against this schema first; ``docs/
interchange.schema.json`` is this schema written out (a test keeps the two identical, and
``python -m exchange_planner.services.interchange_schema`` rewrites the file).
Rules that need more than one record (references, end after start) are checked by the
importer with the services' own validation.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

from exchange_planner.domain.enums import (
    ChecklistKind,
    DietaryRequirement,
    Direction,
    DispositionKind,
    DocumentKind,
    GiftDirection,
    GuestbookKind,
    InterpreterPlace,
    MemberRole,
    NameOrder,
    ProgramKind,
    ResidencyStatus,
    RoomType,
    SeatingRule,
    TableShape,
    TravelMode,
    VehicleKind,
    VisitStatus,
)
from exchange_planner.domain.texts import CONTENT_LANGUAGES, TRANSLATABLE
from exchange_planner.domain.validation import MAX_TEXT

#: Schema definitions named other than their table.
_TABLES = {
    "member": "visit_member",
    "host": "visit_host",
    "transfer": "transfer_vehicle",
    "cue": "program_cue",
    "disposition": "gift_disposition",
}

FORMAT = "exchange-planner"
VERSION = 5
#: Versions this program reads: version 1 had no translations (its texts are taken to be
#: in the office's language); version 2 had no record identities (``uuid``: its records get
#: new ones on import, and it cannot be merged into a database that holds plans); version 3
#: had no order of precedence and no seating (its people have no rank, its visits no hosts);
#: version 4 had no visit logistics (travel and stay, vehicles, cues) and no gift register
#: (rules, rates, dispositions): its records take the new fields' defaults.
READABLE_VERSIONS = (1, 2, 3, 4, 5)
#: The first version whose records carry their ``uuid`` (what a merge matches them by).
FIRST_MERGEABLE_VERSION = 3

#: The tables whose records carry a stable identity (``uuid``), by schema definition.
IDENTIFIED = (
    "partnership",
    "person",
    "venue",
    "visit",
    "member",
    "program_item",
    "gift",
    "guestbook_entry",
    "residency",
    "deliverable",
    "checklist_item",
    "exhibition",
    "rank_table",
    "rank",
    "host",
    "seating_plan",
    "seating_table",
    "seat_assignment",
    "vehicle",
    "transfer",
    "transfer_seat",
    "cue",
    "gift_rule",
    "gift_rule_limit",
    "exchange_rate",
    "disposition",
)

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
INSTANT_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
MONEY_PATTERN = r"^[0-9]{1,12}(\.[0-9]{1,2})?$"
RATE_PATTERN = r"^[0-9]{1,12}(\.[0-9]{1,6})?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"

#: The largest id or count a database column holds everywhere (PostgreSQL ``integer``).
MAX_INTEGER = 2**31 - 1
#: Larger files are refused before they are read (the sample is 30 kB; a city's twenty years
#: of visits stay well below 5 MB). Parsing takes about ten times the file size in memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Settings values are short texts; this bounds what a file can put into one.
MAX_SETTING_LENGTH = 20_000
#: The letterhead's logo is the one long setting: a file of up to 2 MB and, for an SVG, the
#: PNG it is printed as (also up to 2 MB), both base64 (``services.settings``).
MAX_LOGO_SETTING_LENGTH = 6_000_000

#: What a failed ``pattern`` means, in words, for the importer's messages.
PATTERN_MEANINGS = {
    DATE_PATTERN: "is not a date like 2023-07-26",
    INSTANT_PATTERN: "is not a time with offset like 2023-07-26T08:00:00Z",
    MONEY_PATTERN: "is not an amount like 185.00 (a string, at most two decimals)",
    RATE_PATTERN: "is not a rate like 1437.25 (a string, at most six decimals)",
    CURRENCY_PATTERN: "is not a three-letter currency code like EUR",
    UUID_PATTERN: "is not a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e (lower case)",
}


def _text(description: str, max_length: int = MAX_TEXT, *, required: bool = False) -> dict:
    """A text field; free text (notes) holds at most ``MAX_TEXT`` characters, like an edit."""
    schema: dict[str, Any] = {"type": "string", "description": description}
    if required:
        schema["minLength"] = 1
    schema["maxLength"] = max_length
    return schema


def _id(description: str = "The record's id; other records refer to it.") -> dict:
    return {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER, "description": description}


def _ref(target: str, *, nullable: bool = True) -> dict:
    return {
        "type": ["integer", "null"] if nullable else "integer",
        "minimum": 1,
        "maximum": MAX_INTEGER,
        "description": f"The id of a record in {target}" + (", or null." if nullable else "."),
    }


def _enum(enum_cls: type[StrEnum], description: str) -> dict:
    return {
        "type": "string",
        "enum": [member.value for member in enum_cls],
        "description": description,
    }


def _optional_enum(enum_cls: type[StrEnum], description: str) -> dict:
    return {
        "type": ["string", "null"],
        "enum": [*(member.value for member in enum_cls), None],
        "description": description + " Or null.",
    }


def _integer(description: str, minimum: int = -MAX_INTEGER, maximum: int = MAX_INTEGER) -> dict:
    return {"type": "integer", "minimum": minimum, "maximum": maximum, "description": description}


def _rate(description: str, *, nullable: bool = True) -> dict:
    return {
        "type": ["string", "null"] if nullable else "string",
        "pattern": RATE_PATTERN,
        "description": description + ' (a decimal string such as "1437.25").',
    }


def _date(description: str, *, nullable: bool = False) -> dict:
    return {
        "type": ["string", "null"] if nullable else "string",
        "pattern": DATE_PATTERN,
        "description": description + " (ISO 8601 date).",
    }


def _instant(description: str, *, nullable: bool = False) -> dict:
    return {
        "type": ["string", "null"] if nullable else "string",
        "pattern": INSTANT_PATTERN,
        "description": description
        + " (ISO 8601 instant; written in UTC with 'Z', any offset is read).",
    }


def _money(description: str) -> dict:
    return {
        "type": ["string", "null"],
        "pattern": MONEY_PATTERN,
        "description": description + ' (a decimal string such as "185.00", or null).',
    }


def _currency() -> dict:
    return {"type": "string", "pattern": CURRENCY_PATTERN, "description": "ISO 4217 code."}


def _zone(description: str) -> dict:
    return _text(description + " (IANA time zone such as Europe/Berlin).", 64, required=True)


def _translations(fields: dict[str, int]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": ("Texts in other languages than the original: field -> language -> text."),
        "propertyNames": {"enum": list(fields)},
        "additionalProperties": False,
        "properties": {
            name: {
                "type": "object",
                "propertyNames": {"enum": list(CONTENT_LANGUAGES)},
                "additionalProperties": {"type": "string", "maxLength": limit},
            }
            for name, limit in fields.items()
        },
    }


def _override_fields() -> dict[str, Any]:
    """A member's or host's place forced in the order of precedence (version 4)."""
    return {
        "precedence_override": {
            "type": ["integer", "null"],
            "minimum": 1,
            "maximum": MAX_INTEGER,
            "description": "The place forced in the visit's order of precedence, or null.",
        },
        "override_reason": _text("Why the place is forced (required with one)."),
        "interprets_for_id": _ref("$.people (whose interpreter this participant is)"),
    }


def _travel_fields() -> dict[str, Any]:
    """A member's travel and stay (version 5)."""
    fields: dict[str, Any] = {}
    for way in ("arrival", "departure"):
        fields[f"{way}_mode"] = _optional_enum(TravelMode, f"How the {way} is made.")
        fields[f"{way}_carrier"] = _text("Airline or railway.", 100)
        fields[f"{way}_number"] = _text("Flight or train number, e.g. LH 162.", 20)
        fields[f"{way}_place"] = _text("Airport or station.", 200)
        fields[f"{way}_terminal"] = _text("Terminal or platform.", 50)
        fields[f"{way}_pickup"] = _text("Who picks the member up, where.", 300)
    fields["hotel_id"] = _ref("$.venues (the member's hotel; null: the visit's)")
    fields["room_type"] = _optional_enum(RoomType, "Type of the room.")
    fields["special_requests"] = _text("What the hotel should know.")
    fields["mobile"] = _text("Mobile number during the visit.", 100)
    return fields


def _record(description: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": ["id", *required],
        "additionalProperties": False,
    }


def _uuid(description: str) -> dict:
    return {"type": "string", "pattern": UUID_PATTERN, "description": description}


def _exchange_point(description: str, *, nullable: bool = False) -> dict:
    """Which database a file was written from, and how far its change log had come."""
    return {
        "type": ["object", "null"] if nullable else "object",
        "description": description,
        "properties": {
            "database": _uuid("The identity of the database."),
            "change": {
                "type": "integer",
                "minimum": 0,
                "maximum": 2**63 - 1,
                "description": "The last entry of its change log at that moment.",
            },
        },
        "required": ["database", "change"],
        "additionalProperties": False,
    }


def _list_of(ref: str, description: str) -> dict:
    return {"type": "array", "items": {"$ref": f"#/$defs/{ref}"}, "description": description}


def _ids(target: str) -> dict:
    return {
        "type": "array",
        "items": {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER},
        "uniqueItems": True,
        "description": f"Ids of records in {target}, ascending.",
    }


def build_schema() -> dict[str, Any]:
    """The schema as a plain dict (stable key order, so the written file is reproducible)."""
    defs: dict[str, Any] = {
        "partnership": _record(
            "A twin-city partnership, seen from our city.",
            {
                "id": _id(),
                "partner_city": _text("Partner city in Latin script.", 200, required=True),
                "country": _text("Country of the partner city.", 100, required=True),
                "city_native": _text("City name in its own script, e.g. 광주.", 200),
                "since_year": {
                    "type": ["integer", "null"],
                    "minimum": 1900,
                    "maximum": 2200,
                    "description": "Year the partnership began.",
                },
                "timezone": _zone("Time zone of the partner city"),
                "languages": _text("Comma-separated language codes, e.g. ko,en.", 100),
                "notes": _text("Free notes."),
            },
            ["partner_city", "country", "timezone"],
        ),
        "person": _record(
            "Anyone taking part: delegation members, hosts, artists, curators.",
            {
                "id": _id(),
                "family_name": _text("Family name in Latin script.", 200, required=True),
                "given_name": _text("Given name in Latin script.", 200),
                "native_name": _text("Name in the person's own script, e.g. 강기정.", 200),
                "name_order": _enum(NameOrder, "family_first for Korean names."),
                "title": _text("Title or position.", 300),
                "organisation": _text("Organisation.", 300),
                "country": _text("Country.", 100),
                "email": _text("E-mail address.", 300),
                "phone": _text("Phone number.", 100),
                "language": _text("Preferred language code.", 20),
                "dietary_notes": _text("Dietary requirements."),
                "accessibility_notes": _text("Accessibility needs."),
                "rank_id": _ref("$.rank_tables[*].ranks (the person's rank; version 4)"),
                "elected": {
                    "type": ["boolean", "null"],
                    "description": "Elected (true) or appointed (false) to the office; null: "
                    "unknown (a tie-breaker of the order of precedence).",
                },
                "in_office_since": _date("In the office since (a tie-breaker)", nullable=True),
                "born_on": _date("Born on (a tie-breaker)", nullable=True),
                "dietary_requirements": {
                    "type": "string",
                    "maxLength": 300,
                    "description": "What the caterer must know, comma-separated, of: "
                    + ", ".join(member.value for member in DietaryRequirement)
                    + " (version 5).",
                },
                "notes_consent": {
                    "type": "boolean",
                    "description": "The person agreed to the processing of the health- or "
                    "religion-related notes (version 5).",
                },
                "notes_consent_on": _date("Day of that consent", nullable=True),
                "gift_jurisdiction": _text(
                    "The gift rules the person falls under, e.g. DE-SN-KOMMUNAL.", 40
                ),
            },
            ["family_name"],
        ),
        "rank_table": _record(
            "A country's order of ranks, with its ranks (version 4).",
            {
                "id": _id(),
                "name": _text("Name of the table.", 200, required=True),
                "country": _text("Country, written as a person's country.", 100),
                "notes": _text("Free notes."),
                "ranks": _list_of("rank", "The ranks, by id."),
            },
            ["name"],
        ),
        "rank": _record(
            "One rank of the enclosing rank table.",
            {
                "id": _id(),
                "position": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_INTEGER,
                    "description": "1 = highest in its table; equal positions rank equal.",
                },
                "title": _text("Title of the rank.", 300, required=True),
                "equivalent_rank_id": _ref(
                    "$.rank_tables[*].ranks (the rank of another table this one ranks with)"
                ),
            },
            ["position", "title"],
        ),
        "venue": _record(
            "A place where something happens.",
            {
                "id": _id(),
                "name": _text("Name of the venue.", 300, required=True),
                "address": _text("Postal address.", 500),
                "room": _text("Room within the venue.", 200),
                "city": _text("City.", 200),
                "timezone": _zone("Time zone of the venue"),
                "capacity": {
                    "type": ["integer", "null"],
                    "minimum": 0,
                    "maximum": MAX_INTEGER,
                    "description": "Number of people the venue holds.",
                },
                "contact": _text("Contact at the venue.", 500),
            },
            ["name", "timezone"],
        ),
        "member": _record(
            "A person on the delegation list of the enclosing visit.",
            {
                "id": _id(),
                "person_id": _ref("$.people", nullable=False),
                "role": _enum(MemberRole, "Role on the delegation."),
                "precedence": {
                    "type": "integer",
                    "minimum": -MAX_INTEGER,
                    "maximum": MAX_INTEGER,
                    "description": "Protocol precedence (1 = first; 0 = not ranked).",
                },
                "arrival": _instant("Arrival", nullable=True),
                "departure": _instant("Departure", nullable=True),
                "room": _text("Hotel room.", 100),
                **_override_fields(),
                **_travel_fields(),
            },
            ["person_id"],
        ),
        "host": _record(
            "A host of the home city taking part in the enclosing visit (version 4).",
            {
                "id": _id(),
                "person_id": _ref("$.people", nullable=False),
                "role": _enum(MemberRole, "Role among the hosts."),
                "position": {
                    "type": "integer",
                    "minimum": -MAX_INTEGER,
                    "maximum": MAX_INTEGER,
                    "description": "Order of the hosts' list.",
                },
                **_override_fields(),
            },
            ["person_id"],
        ),
        "program_item": _record(
            "One entry of the enclosing visit's program.",
            {
                "id": _id(),
                "title": _text("Title.", 300, required=True),
                "kind": _enum(ProgramKind, "Kind of program item."),
                "starts_at": _instant("Start"),
                "ends_at": _instant("End; not before the start"),
                "timezone": _zone("Zone in which the times are shown and printed"),
                "venue_id": _ref("$.venues"),
                "host_id": _ref("$.people"),
                "all_members": {
                    "type": "boolean",
                    "description": "The whole delegation attends (then attendees is empty).",
                },
                "dress_code": _text("Dress code.", 200),
                "notes": _text("Printed notes."),
                "internal_notes": _text("Notes that are never printed."),
                "attendees": _ids("$.people (who attends when not all members do)"),
                "responsible": _text("Who is responsible (the run-of-show; version 5).", 300),
                "from_venue_id": _ref("$.venues (where a transfer starts; version 5)"),
                "vehicles": _list_of("transfer", "The vehicles of a transfer (version 5)."),
                "cues": _list_of("cue", "The cues of the run-of-show (version 5)."),
            },
            ["title", "starts_at", "ends_at", "timezone"],
        ),
        "visit": _record(
            "A delegation visit with its members and program.",
            {
                "id": _id(),
                "partnership_id": _ref("$.partnerships", nullable=False),
                "title": _text("Title.", 300, required=True),
                "direction": _enum(Direction, "incoming: received here; outgoing: we travel."),
                "start_date": _date("First day"),
                "end_date": _date("Last day; not before the first"),
                "status": _enum(VisitStatus, "Planning status."),
                "head_id": _ref("$.people (head of delegation)"),
                "hotel_id": _ref("$.venues (hotel)"),
                "notes": _text("Free notes."),
                "members": _list_of("member", "The delegation list, by id."),
                "hosts": _list_of("host", "The hosts of the home city, by id (version 4)."),
                "program": _list_of("program_item", "The program, by id."),
                "vehicles": _list_of("vehicle", "Vehicles at the visit's disposal (version 5)."),
            },
            ["partnership_id", "title", "direction", "start_date", "end_date"],
        ),
        "gift": _record(
            "An official gift given or received.",
            {
                "id": _id(),
                "visit_id": _ref("$.visits"),
                "direction": _enum(GiftDirection, "given or received."),
                "description": _text("What the gift is.", 1000, required=True),
                "maker": _text("Maker.", 300),
                "giver_id": _ref("$.people"),
                "recipient_id": _ref("$.people"),
                "presented_on": _date("Day presented", nullable=True),
                "value_amount": _money("Estimated value"),
                "value_currency": _currency(),
                "valuation_basis": _text("How the value was estimated.", 300),
                "circumstances": _text("Circumstances of the presentation."),
                "disposition": _text("Where the gift is now.", 500),
                "inventory_number": _text("Inventory number.", 100),
                "rate_units_per_eur": _rate(
                    "Units of the value's currency per euro the value was converted at, or "
                    "null (version 5)"
                ),
                "rate_date": _date("Day of that rate", nullable=True),
                "rate_source": _text("Where the rate came from.", 300),
                "dispositions": _list_of(
                    "disposition", "Where the gift went, oldest first (version 5)."
                ),
            },
            ["direction", "description"],
        ),
        "guestbook_entry": _record(
            "A signature in the city guestbook or the Golden Book.",
            {
                "id": _id(),
                "visit_id": _ref("$.visits"),
                "book": _enum(GuestbookKind, "Which book."),
                "signer_id": _ref("$.people", nullable=False),
                "signed_on": _date("Day signed"),
                "occasion": _text("Occasion.", 500),
                "volume": _text("Volume.", 50),
                "page": _text("Page.", 50),
            },
            ["signer_id", "signed_on"],
        ),
        "deliverable": _record(
            "Something the enclosing residency promises.",
            {
                "id": _id(),
                "title": _text("Title.", 300, required=True),
                "due_date": _date("Due", nullable=True),
                "done": {"type": "boolean", "description": "Delivered."},
            },
            ["title"],
        ),
        "checklist_item": _record(
            "A preparation step of the enclosing residency (one per kind).",
            {
                "id": _id(),
                "kind": _enum(ChecklistKind, "The step."),
                "due_date": _date("Due", nullable=True),
                "done_on": _date("Done on", nullable=True),
            },
            ["kind"],
        ),
        "residency": _record(
            "An artist residency between the partner cities.",
            {
                "id": _id(),
                "title": _text("Title.", 300),
                "artist_id": _ref("$.people (null while the artist is not named)"),
                "partnership_id": _ref("$.partnerships", nullable=False),
                "direction": _enum(Direction, "outgoing: our artist travels."),
                "home_institution": _text("Home institution.", 300),
                "host_institution": _text("Host institution.", 300),
                "studio_id": _ref("$.venues (studio)"),
                "start_date": _date("First day"),
                "end_date": _date("Last day; not before the first"),
                "status": _enum(ResidencyStatus, "Planning status."),
                "counterpart_id": _ref(
                    "$.residencies (the residency answering this one: same partnership, "
                    "other direction)"
                ),
                "budget_amount": _money("Budget"),
                "budget_currency": _currency(),
                "notes": _text("Free notes."),
                "deliverables": _list_of("deliverable", "Deliverables, by id."),
                "checklist": _list_of("checklist_item", "Checklist, by id."),
            },
            ["partnership_id", "direction", "start_date", "end_date"],
        ),
        "exhibition": _record(
            "An exhibition growing out of the exchange, with its links.",
            {
                "id": _id(),
                "title": _text("Title.", 300, required=True),
                "venue_id": _ref("$.venues"),
                "start_date": _date("Opening day"),
                "end_date": _date("Closing day; not before the opening"),
                "curator_id": _ref("$.people"),
                "partnership_id": _ref("$.partnerships"),
                "description": _text("Description."),
                "residency_ids": _ids("$.residencies"),
                "visit_ids": _ids("$.visits"),
                "artist_ids": _ids("$.people"),
            },
            ["title", "start_date", "end_date"],
        ),
        "seating_plan": _record(
            "The seating of a meal or reception, with its tables (version 4).",
            {
                "id": _id(),
                "program_item_id": _ref(
                    "$.visits[*].program (a meal or reception; one plan each)", nullable=False
                ),
                "rule": _enum(SeatingRule, "Where the guest of honour sits."),
                "alternate": {
                    "type": "boolean",
                    "description": "Neighbours from the other side where possible.",
                },
                "interpreters": _enum(InterpreterPlace, "Interpreters beside or behind."),
                "host_id": _ref("$.people (the host; null: the first of the home city)"),
                "notes": _text("Free notes."),
                "tables": _list_of("seating_table", "The tables, by id."),
            },
            ["program_item_id"],
        ),
        "seating_table": _record(
            "One table of the enclosing seating plan.",
            {
                "id": _id(),
                "position": {
                    "type": "integer",
                    "minimum": -MAX_INTEGER,
                    "maximum": MAX_INTEGER,
                    "description": "Order of the tables.",
                },
                "label": _text("Label, e.g. 1 or Ehrentisch.", 100),
                "shape": _enum(TableShape, "Shape of the table."),
                "seats": {
                    "type": "integer",
                    "minimum": 2,
                    "maximum": 80,
                    "description": "Number of seats.",
                },
                "assignments": _list_of("seat_assignment", "Who sits where, by id."),
            },
            ["seats"],
        ),
        "seat_assignment": _record(
            "A person on a seat of the enclosing table.",
            {
                "id": _id(),
                "seat": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 80,
                    "description": "Seat number (1-based, clockwise; docs/protocol.md).",
                },
                "behind": {
                    "type": "boolean",
                    "description": "On a chair behind the seat (an interpreter).",
                },
                "person_id": _ref("$.people", nullable=False),
                "locked": {
                    "type": "boolean",
                    "description": "Kept when the plan is placed again.",
                },
            },
            ["seat", "person_id"],
        ),
        "vehicle": _record(
            "A vehicle at the disposal of the enclosing visit (version 5).",
            {
                "id": _id(),
                "label": _text("Label, e.g. Bus 1.", 100),
                "kind": _enum(VehicleKind, "Kind of vehicle."),
                "seats": _integer("Seats for passengers.", 1, 80),
                "driver_name": _text("Driver.", 200),
                "driver_phone": _text("Driver's phone.", 100),
                "driver_language": _text("Language of the driver's sheet, e.g. de.", 20),
                "plate": _text("Number plate.", 30),
                "company": _text("Company.", 300),
                "notes": _text("Free notes."),
            },
            ["seats"],
        ),
        "transfer": _record(
            "A vehicle of the visit used for the enclosing transfer.",
            {
                "id": _id(),
                "vehicle_id": _ref("$.visits[*].vehicles (of the same visit)", nullable=False),
                "position": _integer("Order of the vehicles."),
                "passengers": _list_of("transfer_seat", "Who rides in it."),
            },
            ["vehicle_id"],
        ),
        "transfer_seat": _record(
            "A person riding in the enclosing vehicle of a transfer.",
            {
                "id": _id(),
                "person_id": _ref("$.people", nullable=False),
                "seat": {
                    "type": ["integer", "null"],
                    "minimum": 1,
                    "maximum": 80,
                    "description": "Seat number, or null for any seat.",
                },
            },
            ["person_id"],
        ),
        "cue": _record(
            "A cue of the run-of-show within the enclosing program item.",
            {
                "id": _id(),
                "at": _instant("When"),
                "cue": _text("What happens.", required=True),
                "responsible": _text("Who gives or takes the cue.", 300),
                "position": _integer("Order of cues at the same time."),
            },
            ["at", "cue"],
        ),
        "gift_rule": _record(
            "The gift rules of an office in force from a date, with their source (version 5).",
            {
                "id": _id(),
                "jurisdiction": _text("Jurisdiction, e.g. DE-SN-KOMMUNAL.", 40, required=True),
                "name": _text("Name of the rule.", 300),
                "applies_to": _text("Whom the rule applies to.", 500),
                "effective_from": _date("In force from"),
                "effective_to": _date("In force until, or null", nullable=True),
                "source": _text("The rule's source (law, regulation).", 500),
                "source_url": _text("Where the source is published.", 500),
                "valuation": _text("How a gift is valued under the rule.", 500),
                "notes": _text("Free notes."),
                "limits": _list_of("gift_rule_limit", "The limits, lowest tier first."),
            },
            ["jurisdiction", "effective_from"],
        ),
        "gift_rule_limit": _record(
            "One limit of the enclosing gift rule.",
            {
                "id": _id(),
                "tier": _integer("1 = the lowest limit.", 1, 100),
                "amount": {
                    "type": "string",
                    "pattern": MONEY_PATTERN,
                    "description": 'The limit (a decimal string such as "60.00").',
                },
                "currency": _currency(),
                "consequence": _text("What crossing the limit means.", 500),
            },
            ["amount", "currency"],
        ),
        "exchange_rate": _record(
            "A reference rate entered or imported by the office (version 5).",
            {
                "id": _id(),
                "currency": _currency(),
                "rate_date": _date("Day of the rate"),
                "units_per_eur": _rate("Units of the currency per euro", nullable=False),
                "source": _text("Where the rate came from.", 300),
            },
            ["currency", "rate_date", "units_per_eur"],
        ),
        "disposition": _record(
            "Where the enclosing gift went on a day.",
            {
                "id": _id(),
                "dated_on": _date("Day"),
                "kind": _enum(DispositionKind, "What happened to the gift."),
                "place": _text("Where (a display case, a store room, an office).", 300),
                "inventory_number": _text("Inventory number.", 100),
                "note": _text("Free notes."),
            },
            ["dated_on", "kind"],
        ),
        "document_print": _record(
            "The last printed state of a document (keeps version numbers rising on change).",
            {
                "id": _id(),
                "kind": _enum(DocumentKind, "Kind of document."),
                "subject_key": _text(
                    "What the document is about, e.g. visit:1.", 100, required=True
                ),
                "content_hash": _text("Hash of the printed content.", 64, required=True),
                "version": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_INTEGER,
                    "description": "Version number.",
                },
                "printed_at": _instant("When it was printed"),
            },
            ["kind", "subject_key", "content_hash", "printed_at"],
        ),
    }
    sections = {
        "partnerships": _list_of("partnership", "Partnerships, by id."),
        "rank_tables": _list_of("rank_table", "Rank tables with their ranks, by id (version 4)."),
        "people": _list_of("person", "People, by id."),
        "venues": _list_of("venue", "Venues, by id."),
        "visits": _list_of("visit", "Delegation visits, by id."),
        "gifts": _list_of("gift", "Gifts, by id."),
        "guestbook_entries": _list_of("guestbook_entry", "Guestbook entries, by id."),
        "residencies": _list_of("residency", "Residencies, by id."),
        "exhibitions": _list_of("exhibition", "Exhibitions, by id."),
        "seating_plans": _list_of("seating_plan", "Seating plans, by id (version 4)."),
        "gift_rules": _list_of("gift_rule", "Gift rules with their limits, by id (version 5)."),
        "exchange_rates": _list_of("exchange_rate", "Exchange rates, by id (version 5)."),
        "document_prints": _list_of("document_print", "Printed document versions, by id."),
    }
    for name in IDENTIFIED:
        properties = defs[name]["properties"]
        properties_with_uuid = {"id": properties.pop("id")}
        properties_with_uuid["uuid"] = _uuid(
            "The record's identity, the same in every database it is copied to (version 3)."
        )
        properties_with_uuid.update(properties)
        defs[name]["properties"] = properties_with_uuid
    for name, definition in defs.items():
        table = _TABLES.get(name, name)
        if table in TRANSLATABLE:
            properties = definition["properties"]
            limits = {
                field: properties[field].get("maxLength", MAX_TEXT) for field in TRANSLATABLE[table]
            }
            texts = {
                "original_language": {
                    "enum": list(CONTENT_LANGUAGES),
                    "description": "The language the texts are written in (the original).",
                },
                "translations": _translations(limits),
            }
            properties.update(texts)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://exchange-planner.invalid/interchange/v5.schema.json",
        "title": "Exchange Planner exchange file",
        "description": (
            "Everything in an Exchange Planner database: settings, the directory (partnerships, "
            "rank tables, people, venues), visits with members, hosts and program, gifts, "
            "guestbook entries, residencies with deliverables and checklist, exhibitions with "
            "their links, seating plans with their tables and seats; the visits' vehicles and "
            "transfers, run-of-show cues, gift rules, exchange rates and gift dispositions. "
            "Records refer to each other by id and carry a stable uuid. See docs/interchange.md."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT, "description": "Marks an Exchange Planner file."},
            "version": {
                "enum": list(READABLE_VERSIONS),
                "description": (
                    "Format version (5 added the visit logistics and the gift register; "
                    "4 added rank tables, hosts, seating plans and the "
                    "precedence fields; 3 added record uuids, origin and base; 2 added "
                    "translations; 1 to 4 are still read)."
                ),
            },
            "origin": _exchange_point("The database the file was written from (version 3)."),
            "base": _exchange_point(
                "The exchange file the writing database was made from, if any: its origin "
                "(what a merge back into that database compares with).",
                nullable=True,
            ),
            "scope": {
                "enum": ["database", "visit"],
                "description": "Everything, or one visit with what it refers to.",
            },
            "settings": {
                "type": "object",
                "properties": {
                    "letterhead_logo": {"type": "string", "maxLength": MAX_LOGO_SETTING_LENGTH}
                },
                "additionalProperties": {"type": "string", "maxLength": MAX_SETTING_LENGTH},
                "propertyNames": {"maxLength": 100, "minLength": 1},
                "description": "Stored settings (missing keys take the program's defaults).",
            },
            **sections,
        },
        "required": ["format", "version"],
        "additionalProperties": False,
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # rewrite docs/interchange.schema.json
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/interchange.schema.json")
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
