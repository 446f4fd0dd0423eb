"""``exchange-planner history``: who changed what in a visit, a residency or a person's own
record, oldest first."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from exchange_planner.cli.balance import _print_table
from exchange_planner.cli.common import add_db_argument, open_services
from exchange_planner.domain.errors import ExchangePlannerError

if TYPE_CHECKING:
    from exchange_planner.services.change_history import ChangeEntry

TABLE_HEADER = ("when (UTC)", "who", "what", "action", "field", "from", "to")
CSV_HEADER = ("at", "user", "kind", "record_id", "record", "action", "field", "old", "new")

#: Past tense of the stored actions.
ACTIONS = {"create": "created", "update": "changed", "delete": "deleted"}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "history",
        help="the change history of a visit or a residency: who changed what, when",
        description="Print every recorded change of a visit or a residency and their parts "
        "(programme items, members, gifts, ...), oldest first: when (UTC), who, which record, "
        "the field and its old and new value.",
    )
    add_db_argument(parser)
    # Either one, checked by the command so that the message is one line.
    parser.add_argument("--visit", type=int, metavar="ID", help="visit id")
    parser.add_argument("--residency", type=int, metavar="ID", help="residency id")
    parser.add_argument(
        "--person", type=int, metavar="ID", help="person id (their record and visit places)"
    )
    parser.add_argument(
        "--format", choices=["table", "csv"], default="table", help="output format (table)"
    )
    parser.set_defaults(handler=run_history)


def _one_line(text: str) -> str:
    """Values with line breaks (notes) stay on their row of the table."""
    return " ".join(text.split()) if ("\n" in text or "\r" in text or "\t" in text) else text


def table_row(entry: ChangeEntry) -> tuple[str, ...]:
    return (
        entry.at.strftime("%Y-%m-%d %H:%M:%S"),
        _one_line(entry.user),
        _one_line(f"{entry.kind.replace('_', ' ')}: {entry.record}"),
        ACTIONS.get(entry.action, entry.action),
        entry.field_label,
        _one_line(entry.old),
        _one_line(entry.new),
    )


def run_history(args: argparse.Namespace) -> int:
    given = [name for name in ("visit", "residency", "person") if getattr(args, name) is not None]
    if not given:
        raise ExchangePlannerError("history: give --visit ID, --residency ID or --person ID")
    if len(given) > 1:
        raise ExchangePlannerError(
            "history: give one of --visit ID, --residency ID or --person ID, not several"
        )
    from exchange_planner.services.csv_safe import csv_text, write_csv_stream

    with open_services(args) as services:
        if args.visit is not None:
            entries = services.change_history.for_visit(args.visit)
        elif args.person is not None:
            entries = services.change_history.for_person(args.person)
        else:
            entries = services.change_history.for_residency(args.residency)
    if args.format == "csv":
        rows: list[tuple[object, ...]] = [CSV_HEADER]
        rows.extend(
            (
                entry.at.isoformat(),
                entry.user,
                entry.kind,
                entry.record_id,
                entry.record,
                entry.action,
                entry.field,
                entry.old,
                entry.new,
            )
            for entry in entries
        )
        write_csv_stream(csv_text(rows), sys.stdout)
        return 0
    if not entries:
        print("no changes recorded")
        return 0
    _print_table(TABLE_HEADER, [table_row(entry) for entry in entries])
    return 0
