"""``exchange-planner conflicts``: every conflict and warning, one per line, before printing.

The lines are English unless LC_ALL / LC_MESSAGES / LANG name German or Korean
(``cli/wording.py``); the kind after the label is always the same key, for scripts.
"""

from __future__ import annotations

import argparse

from exchange_planner.cli.common import add_db_argument, open_services
from exchange_planner.cli.wording import Wording


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "conflicts",
        help="list double bookings, items outside visit dates and gift warnings",
        description="Print every conflict and warning, one per line; exit status 1 when "
        "there is any, 0 when there is none.",
    )
    add_db_argument(parser)
    parser.add_argument("--visit", type=int, metavar="ID", help="only this visit")
    parser.set_defaults(handler=run_conflicts)


def run_conflicts(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        if args.visit is not None:
            services.visits.get(args.visit)  # NotFoundError names the missing visit
            conflicts = services.conflicts.for_visit(args.visit)
        else:
            conflicts = services.conflicts.for_all()
    wording = Wording.from_env()
    for conflict in conflicts:
        print(wording.line(conflict))
    return 1 if conflicts else 0
