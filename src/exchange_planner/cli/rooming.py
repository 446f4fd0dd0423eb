"""``print rooming-list``: the rooming list of a visit for its hotel(s), as PDF or XLSX."""

from __future__ import annotations

import argparse
import sys

from exchange_planner.cli.common import (
    open_services,
    path_argument,
    set_lazy_choices,
    visit_parser,
)

#: The formats (``services.rooming.FORMATS``; the parser does not load the service).
ROOMING_FORMATS = ("pdf", "xlsx")


def register_rooming(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rooming = visit_parser(
        kinds,
        "rooming-list",
        help="the rooming list for the hotel: rooms, guests, arrival and departure (PDF or XLSX)",
        description="One part per hotel (the member's own hotel, else the visit's): each room "
        "with its type and guests (name with title, arrival and departure in the hotel's "
        "local time, who shares the room, special requests), then the members without a room "
        "yet. Nothing else about the members is printed. A room holding more people than its "
        "type allows is marked on the list and warned about on stderr. The format follows the "
        "file's suffix (.pdf, .xlsx) unless --format names it.",
    )
    rooming.add_argument(
        "--hotel", type=int, metavar="VENUE_ID", help="only this hotel (default: every hotel)"
    )
    rooming.add_argument(
        "--format", choices=ROOMING_FORMATS, help="pdf or xlsx (default: from the file's suffix)"
    )
    lang = rooming.add_argument("--lang", default="de", help="document language (default: de)")
    set_lazy_choices(lang, "exchange_planner.reports.i18n", "LANGUAGES")
    rooming.add_argument("--font", metavar="TTF", help="TrueType font to use first (PDF)")
    rooming.add_argument(
        "-o",
        "--output",
        type=path_argument,
        required=True,
        metavar="FILE.pdf|FILE.xlsx",
        help="file to write (replaced whole when it exists)",
    )
    rooming.set_defaults(handler=run_rooming_list)


def run_rooming_list(args: argparse.Namespace) -> int:
    from exchange_planner.cli.printing import _check_output
    from exchange_planner.services.rooming import RoomingService, format_of

    _check_output(args.output)
    fmt = format_of(args.output, args.format)  # a wrong suffix is refused before opening
    with open_services(args) as services:
        result = RoomingService(services.db).write_rooming_list(
            args.visit,
            args.output,
            hotel_id=args.hotel,
            lang=args.lang,
            font_path=args.font,
            fmt=fmt,
        )
    for problem in result.problems:
        print(f"warning: {problem.message()}", file=sys.stderr)
    if result.format == "xlsx":
        print(f"{args.output}: {result.count} guest{'s' if result.count != 1 else ''}")
    else:
        print(f"{args.output}: {result.count} page{'s' if result.count != 1 else ''}")
    return 0
