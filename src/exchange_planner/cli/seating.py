"""``exchange-planner seating``: who sits where at a meal, one row per seat, as CSV."""

from __future__ import annotations

import argparse
import sys

from exchange_planner.cli.common import add_db_argument, open_services
from exchange_planner.domain.errors import ExchangePlannerError

CSV_HEADER = ("table", "seat", "person", "left_neighbour", "right_neighbour")
#: The languages names can be written in (domain/names.py: Hangul alone in Korean).
NAME_LANGUAGES = ("en", "de", "ko")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "seating",
        help="the seating plan of a meal or reception: one row per seat, with the neighbours",
        description="Print the seating plan of a program item as CSV, one row per seat: "
        "table, seat number, person, and the left and right neighbour as seen by the seated "
        "person (empty for an empty seat or at the end of a table).",
    )
    add_db_argument(parser)
    parser.add_argument("--item", type=int, metavar="ID", required=True, help="program item id")
    parser.add_argument("--format", choices=["csv"], default="csv", help="output format (csv)")
    parser.add_argument(
        "--lang", choices=NAME_LANGUAGES, default="en", help="language of the names (en)"
    )
    parser.set_defaults(handler=run_seating)


def run_seating(args: argparse.Namespace) -> int:
    from exchange_planner.domain.errors import NotFoundError
    from exchange_planner.services.csv_safe import csv_text, write_csv_stream

    with open_services(args) as services:
        try:
            rows = services.seating.csv_rows(args.item, args.lang)
        except NotFoundError as error:
            raise ExchangePlannerError(f"seating: {error}") from None
    write_csv_stream(csv_text([CSV_HEADER, *rows]), sys.stdout)
    return 0
