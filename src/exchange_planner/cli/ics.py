"""``export-ics``: a visit's program, a residency or a date range as an iCalendar file."""

from __future__ import annotations

import argparse
from datetime import date

from exchange_planner.cli.common import add_db_argument, open_services, path_argument
from exchange_planner.domain.errors import ValidationError


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export-ics",
        help="export a visit's program, a residency or a date range as .ics",
        description="Write an iCalendar file (with time zones) that Outlook, Thunderbird and "
        "phones can import. Exported again, events keep their UIDs and are updated, not doubled.",
    )
    add_db_argument(parser)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--visit", type=int, metavar="ID", help="the program of this visit")
    what.add_argument("--residency", type=int, metavar="ID", help="this residency")
    what.add_argument("--from", dest="first", type=_date, metavar="DATE", help="first day")
    parser.add_argument("--to", dest="last", type=_date, metavar="DATE", help="last day")
    parser.add_argument(
        "--zone",
        metavar="TZ",
        help="zone whose local days define the range (default: the home zone setting)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=path_argument,
        required=True,
        metavar="FILE.ics",
        help="file to write",
    )
    parser.set_defaults(handler=run_export_ics)


def run_export_ics(args: argparse.Namespace) -> int:
    if args.first is not None and args.last is None:
        raise ValidationError("--to", "a range needs --to DATE as well as --from DATE")
    if args.first is None and args.last is not None:
        raise ValidationError("--from", "--to is only used with --from DATE")
    if args.output.is_dir():
        raise ValidationError("--output", f"{args.output} is a folder; name a .ics file")
    from exchange_planner.services.ics import IcsService, count_events, write_ics

    with open_services(args) as services:
        ics = IcsService(services.db)
        if args.visit is not None:
            data = ics.visit_ics(args.visit)
        elif args.residency is not None:
            data = ics.residency_ics(args.residency)
        else:
            if args.zone:
                from exchange_planner.domain.validation import timezone_name

                timezone_name("--zone", args.zone)
            data = ics.range_ics(args.first, args.last, zone=args.zone)
    write_ics(data, args.output)
    events = count_events(data)  # components, not the text "BEGIN:VEVENT" in a title
    print(f"{events} event(s) written to {args.output}")
    return 0
