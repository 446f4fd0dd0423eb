"""How long each text field may be, in one table: docs/text-limits.md.

The limits are the lengths of the database columns (``storage/tables.py``); a column without
a length holds free text of at most ``MAX_TEXT`` characters. The services refuse longer text
with a message naming the field, the exchange file's schema carries the same ``maxLength``,
and ``tests/services/test_text_limits.py`` checks all three against this table.
``python -m exchange_planner.services.text_limits`` rewrites docs/text-limits.md.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

from exchange_planner.domain.validation import MAX_TEXT
from exchange_planner.services.interchange_schema import build_schema
from exchange_planner.services.settings import MAX_CITY_LENGTH
from exchange_planner.storage.tables import (
    ExchangeRate,
    Exhibition,
    Gift,
    GiftDisposition,
    GiftRule,
    GiftRuleLimit,
    GuestbookEntry,
    Partnership,
    Person,
    ProgramCue,
    ProgramItem,
    Rank,
    RankTable,
    Residency,
    ResidencyDeliverable,
    SeatingPlan,
    SeatingTable,
    Vehicle,
    Venue,
    Visit,
    VisitHost,
    VisitMember,
)

#: Records as the exchange file names them, with their tables and the names users see.
RECORDS: dict[str, tuple[type[SQLModel], str]] = {
    "partnership": (Partnership, "Partnership"),
    "rank_table": (RankTable, "Rank table"),
    "rank": (Rank, "Rank"),
    "person": (Person, "Person"),
    "venue": (Venue, "Venue"),
    "visit": (Visit, "Visit"),
    "member": (VisitMember, "Delegation member"),
    "host": (VisitHost, "Visit host"),
    "program_item": (ProgramItem, "Program item"),
    "gift": (Gift, "Gift"),
    "guestbook_entry": (GuestbookEntry, "Guestbook entry"),
    "residency": (Residency, "Residency"),
    "deliverable": (ResidencyDeliverable, "Residency deliverable"),
    "exhibition": (Exhibition, "Exhibition"),
    "seating_plan": (SeatingPlan, "Seating plan"),
    "seating_table": (SeatingTable, "Seating table"),
    "vehicle": (Vehicle, "Vehicle"),
    "cue": (ProgramCue, "Run-of-show cue"),
    "gift_rule": (GiftRule, "Gift rule"),
    "gift_rule_limit": (GiftRuleLimit, "Gift rule limit"),
    "exchange_rate": (ExchangeRate, "Exchange rate"),
    "disposition": (GiftDisposition, "Gift disposition"),
}

#: Text columns whose values come from a fixed list or form, not free text; ``uuid`` is the
#: record's identity, written by the program. Dietary requirements are codes of a list, a
#: gift jurisdiction names a set of gift rules.
CODED_FIELDS = frozenset(
    {
        "timezone",
        "value_currency",
        "budget_currency",
        "currency",
        "original_language",
        "uuid",
        "dietary_requirements",
        "gift_jurisdiction",
    }
)


@dataclass(frozen=True)
class TextLimit:
    record: str
    field: str
    limit: int
    required: bool
    description: str


def text_limits() -> list[TextLimit]:
    """Every free-text field of every record, in table order, with its limit."""
    definitions = build_schema()["$defs"]
    limits = []
    for record, (model, _label) in RECORDS.items():
        properties = definitions[record]["properties"]
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            if not isinstance(column.type, AutoString) or column.name in CODED_FIELDS:
                continue
            limits.append(
                TextLimit(
                    record,
                    column.name,
                    column.type.length or MAX_TEXT,
                    properties[column.name].get("minLength", 0) > 0,
                    properties[column.name]["description"],
                )
            )
    return limits


def limit_of(record: str, field: str) -> int:
    """The limit of one field (KeyError for a field that is not free text)."""
    for entry in text_limits():
        if (entry.record, entry.field) == (record, field):
            return entry.limit
    raise KeyError(f"{record}.{field}")


def limits_markdown() -> str:
    """The text of docs/text-limits.md."""
    lines = [
        "# How long a text may be",
        "",
        "Every text field takes any Unicode text that can be typed or pasted (Hangul,",
        "right-to-left text, combining marks, emoji, `<`, `&`, line breaks in notes) up to",
        "the number of characters below. Longer text is refused with a message next to the",
        "field, for example *title: is 301 characters long; at most 300*, and nothing is",
        "changed; an exchange file with longer text is refused with the JSON path of the field.",
        "Characters are Unicode code points: 광주 is 2, 👩🏽‍🎨 is 4 (woman, skin tone, joiner,",
        "palette). White space at both ends is removed before counting; Windows line ends",
        "(CR LF) count as one.",
        "",
        "Refused in every field, with the field and the position of the character named: NUL",
        "and the other control characters except tab and line breaks, and lone surrogates",
        "(half of a UTF-16 pair, e.g. `\\ud800` in a JSON file). *Required* fields must hold",
        "more than white space; an e-mail address needs an @ and no spaces. Time zones are",
        "IANA names (Europe/Berlin), currencies three-letter codes (EUR).",
        "",
        "This table is generated from the program (`python -m",
        "exchange_planner.services.text_limits`); a test keeps it, the program's rules and the",
        "exchange file's schema (`maxLength`, see [interchange.md](interchange.md)) identical.",
        "",
        "| Record | Field | At most | Required | What |",
        "|---|---|--:|:-:|---|",
    ]
    for entry in text_limits():
        label = RECORDS[entry.record][1]
        required = "yes" if entry.required else ""
        lines.append(
            f"| {label} | `{entry.field}` | {entry.limit:,} | {required} | {entry.description} |"
        )
    lines.append(
        f"| Settings | home city | {MAX_CITY_LENGTH:,} | yes | Our own city, printed on every "
        "document (runs of white space become one space). |"
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # rewrite docs/text-limits.md
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/text-limits.md")
    target.write_text(limits_markdown(), encoding="utf-8")
    print(f"wrote {target}")
