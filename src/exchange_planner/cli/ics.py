"""``export-ics``: a visit's program, a residency or a date range as an iCalendar file."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from exchange_planner.cli.common import (
    add_db_argument,
    open_services,
    path_argument,
    set_lazy_choices,
)
from exchange_planner.domain.errors import ValidationError


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _minutes(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of minutes") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export-ics",
        help="export a visit's program, a residency or a date range as .ics",
        description="Write an iCalendar file (with time zones) that Outlook, Thunderbird and "
        "phones can import. Exported again, events keep their UIDs and are updated, not doubled "
        "(SEQUENCE and LAST-MODIFIED follow each record's edits). With an office e-mail in "
        "Settings the file is published (METHOD:PUBLISH) with the office as ORGANIZER.",
        epilog="A range, visit or member without events still gets a valid calendar file "
        "(the time zone's definition, no events): the command writes it, says so on stderr "
        "and exits with status 0. Refused input exits with status 2 and writes nothing.",
    )
    add_db_argument(parser)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--visit", type=int, metavar="ID", help="the program of this visit")
    what.add_argument("--residency", type=int, metavar="ID", help="this residency")
    what.add_argument("--from", dest="first", type=_date, metavar="DATE", help="first day")
    parser.add_argument("--to", dest="last", type=_date, metavar="DATE", help="last day")
    parser.add_argument(
        "--person",
        type=int,
        metavar="ID",
        help="with --visit: only the items this person attends (one calendar per member)",
    )
    lang = parser.add_argument(
        "--lang",
        default="de",
        help="language of titles, places and descriptions (default: de)",
    )
    set_lazy_choices(lang, "exchange_planner.reports.i18n", "LANGUAGES")
    parser.add_argument(
        "--alarm-minutes",
        type=_minutes,
        metavar="N",
        help="a reminder N minutes before each program item (0 to 10080)",
    )
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
    if args.person is not None and args.visit is None:
        raise ValidationError("--person", "--person is only used with --visit ID")
    if args.output.is_dir():
        raise ValidationError("--output", f"{args.output} is a folder; name a .ics file")
    from exchange_planner.reports.i18n import check_language
    from exchange_planner.services.ics import IcsService, check_alarm_minutes, write_ics

    try:
        check_language(args.lang)
        check_alarm_minutes(args.alarm_minutes)
    except ValidationError as error:
        flag = "--lang" if error.field == "lang" else "--alarm-minutes"
        raise ValidationError(flag, error.message) from None
    options = {"lang": args.lang, "alarm_minutes": args.alarm_minutes}
    with open_services(args) as services:
        ics = IcsService(services.db)
        if args.visit is not None:
            try:
                export = ics.visit_export(args.visit, person_id=args.person, **options)
            except ValidationError as error:
                if error.field == "person":
                    raise ValidationError("--person", error.message) from None
                raise
            what = (
                f"person #{args.person} attends nothing on visit #{args.visit}"
                if args.person is not None
                else f"visit #{args.visit} has no program items"
            )
        elif args.residency is not None:
            export = ics.residency_export(args.residency, **options)
            what = ""
        else:
            if args.zone:
                from exchange_planner.domain.validation import timezone_name

                timezone_name("--zone", args.zone)
            export = ics.range_export(args.first, args.last, zone=args.zone, **options)
            what = f"nothing is planned from {args.first.isoformat()} to {args.last.isoformat()}"
    write_ics(export.data, args.output)
    if export.empty:
        print(
            f"export-ics: {what}; an empty calendar (no events) was written to {args.output}",
            file=sys.stderr,
        )
    print(f"{export.events} event(s) written to {args.output}")
    return 0
