"""``exchange-planner privacy``: retention of personal data, what is due, and its erasure.

- ``privacy report [--as-of DATE] [--category C]``: per category, each value whose retention
  is over (person, field, visit, due since); the values themselves are not printed.
- ``privacy erase --category C --before DATE [-o FILE] [--yes]``: writes the export for the
  city archive first, then removes the data and redacts it in the audit trail.
- ``privacy runs``: the erasures made (when, who, what, how much, the export file).
- ``privacy settings [--contact N] [--travel N] [--health N]``: shows (and sets) the
  retention in months.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from exchange_planner.cli.common import add_db_argument, open_services, path_argument

if TYPE_CHECKING:
    from datetime import date

    from exchange_planner.domain.retention import CategoryReport

CATEGORIES = ("contact", "travel", "health")
REPORT_HEADER = ("category", "person", "field", "visit", "visit ended", "due since")


def date_argument(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def months_argument(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of months") from None
    if not 0 <= value <= 1200:
        raise argparse.ArgumentTypeError(f"{value} months is outside 0..1200")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "privacy",
        help="personal data: retention, what is due for erasure, erase it",
        description="Personal data of the people on visits (contact, travel, health) is kept "
        "for a retention in months counted from the end of the person's last visit. 'report' "
        "lists what is due, 'erase' exports it for the city archive and then removes it "
        "(the audit trail keeps its rows with the values redacted), 'settings' shows and sets "
        "the retention.",
    )
    add_db_argument(parser)
    actions = parser.add_subparsers(dest="privacy_command", metavar="ACTION")
    actions.required = True

    report = actions.add_parser("report", help="what is due for erasure, per category")
    add_db_argument(report)
    report.add_argument(
        "--as-of", type=date_argument, metavar="DATE", help="judge on this day (today)"
    )
    report.add_argument("--category", choices=CATEGORIES, help="only this category")
    report.add_argument(
        "--format", choices=["table", "csv"], default="table", help="output format (table)"
    )
    report.set_defaults(handler=run_report)

    erase = actions.add_parser(
        "erase",
        help="export, then erase, the data of a category whose retention is over",
        description="First writes an export (JSON) of exactly what will be removed, to be "
        "offered to the city archive; then removes it in one transaction and redacts the "
        "values in the audit trail. A read-only database is refused before anything is "
        "written.",
    )
    add_db_argument(erase)
    erase.add_argument("--category", choices=CATEGORIES, required=True)
    erase.add_argument(
        "--before",
        type=date_argument,
        required=True,
        metavar="DATE",
        help="erase what is due on this day (not after today)",
    )
    erase.add_argument(
        "-o",
        "--output",
        type=path_argument,
        metavar="FILE",
        help="the export file (default: erasure-CATEGORY-DATE-TIME.json here); never overwritten",
    )
    erase.add_argument("--yes", action="store_true", help="do not ask before erasing")
    erase.set_defaults(handler=run_erase)

    runs = actions.add_parser("runs", help="the erasures made: when, who, what, the export")
    add_db_argument(runs)
    runs.set_defaults(handler=run_runs)

    settings = actions.add_parser("settings", help="show or set the retention in months")
    add_db_argument(settings)
    for name in CATEGORIES:
        settings.add_argument(
            f"--{name}", type=months_argument, metavar="N", help=f"months to keep {name} data"
        )
    settings.set_defaults(handler=run_settings)


def report_rows(reports: list[CategoryReport]) -> list[tuple[str, ...]]:
    from exchange_planner.services.change_history import field_label

    return [
        (
            item.category.value,
            item.person,
            field_label(item.field),
            item.visit,
            item.ended.isoformat(),
            item.due_since.isoformat(),
        )
        for report in reports
        for item in report.items
    ]


def run_report(args: argparse.Namespace) -> int:
    from exchange_planner.cli.balance import _print_table
    from exchange_planner.services.privacy import PrivacyService

    with open_services(args) as services:
        reports = PrivacyService(services.db).report(
            args.as_of, [args.category] if args.category else None
        )
    rows = report_rows(reports)
    if args.format == "csv":
        from exchange_planner.services.csv_safe import csv_text, write_csv_stream

        write_csv_stream(csv_text([REPORT_HEADER, *rows]), sys.stdout)
        return 0
    day = reports[0].as_of if reports else None
    for report in reports:
        print(
            f"{report.category.value}: kept {report.months} months after the last visit; "
            f"due on {report.as_of.isoformat()}: {len(report.items)} values of "
            f"{report.people} people"
        )
    if rows:
        print()
        _print_table(REPORT_HEADER, rows)
    else:
        print(f"nothing is due on {day.isoformat() if day else 'this day'}")
    return 0


def _default_output(category: str, before: date) -> Path:
    from datetime import datetime
    from pathlib import Path

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path(f"erasure-{category}-{before.isoformat()}-{stamp}.json")


def run_erase(args: argparse.Namespace) -> int:
    from exchange_planner.domain.errors import ExchangePlannerError
    from exchange_planner.services.privacy import PrivacyService

    target = args.output or _default_output(args.category, args.before)
    if target.exists():
        raise ExchangePlannerError(
            f"privacy erase: {target} exists; an export is never overwritten, name another file"
        )
    with open_services(args) as services:
        privacy = PrivacyService(services.db)
        # Refused before anything else: read-only, a future date, an unwritable export.
        privacy.check_erase(args.category, args.before, target)
        report, redactions = privacy.preview(args.category, args.before)
        if not report.items and not redactions:
            print(
                f"Nothing of the {args.category} data is due on {args.before.isoformat()}; "
                "nothing was exported or erased."
            )
            return 0
        counts: dict[str, int] = {}
        for item in report.items:
            counts[item.field] = counts.get(item.field, 0) + 1
        print(
            f"Due for erasure ({args.category}, kept {report.months} months): "
            f"{len(report.items)} values of {report.people} people, "
            f"{redactions} audit-trail entries to redact"
        )
        for name, count in sorted(counts.items()):
            print(f"  {name.replace('_', ' ')}: {count}")
        if not args.yes:
            if not sys.stdin.isatty():
                raise ExchangePlannerError(
                    "privacy erase: give --yes to erase without being asked (no terminal to "
                    "ask on); nothing was exported or erased"
                )
            answer = input(f"Export to {target} and erase them? [y/N] ").strip().lower()
            if answer not in ("y", "yes", "j", "ja"):
                print("Nothing was exported or erased.")
                return 1
        result = privacy.erase(args.category, args.before, target)
    if not result.export_file:
        print("Nothing was due any more; nothing was exported or erased.")
        return 0
    print(f"Export written to {result.export_file}: offer it to the city archive.")
    print(
        f"Erased {result.removed} {args.category} values of {result.people} people; "
        f"{result.redacted} audit-trail entries redacted (erasure run #{result.run_id})."
    )
    return 0


def run_runs(args: argparse.Namespace) -> int:
    from exchange_planner.cli.balance import _print_table
    from exchange_planner.services.privacy import PrivacyService

    with open_services(args) as services:
        lines = PrivacyService(services.db).runs()
    if not lines:
        print("no erasures made")
        return 0
    _print_table(
        ("run", "when (UTC)", "who", "category", "before", "removed", "export", "summary"),
        [
            (
                str(line.id),
                line.at.strftime("%Y-%m-%d %H:%M:%S"),
                line.user,
                line.category,
                line.before.isoformat(),
                str(line.removed),
                line.export_file,
                line.summary,
            )
            for line in lines
        ],
    )
    return 0


def run_settings(args: argparse.Namespace) -> int:
    from exchange_planner.services.privacy import PrivacyService

    given = {name: getattr(args, name) for name in CATEGORIES if getattr(args, name) is not None}
    with open_services(args) as services:
        privacy = PrivacyService(services.db)
        if given:
            privacy.set_retention(given)
        months = privacy.retention()
    for category, value in months.items():
        print(f"{category.value}: {value} months after the last visit")
    return 0


if TYPE_CHECKING:
    from pathlib import Path
