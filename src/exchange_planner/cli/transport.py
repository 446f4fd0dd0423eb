"""``exchange-planner transport``: the checks of a visit's transport plan; and
``print transport``: the plan per transfer, or the drivers' sheets per vehicle, as PDF.

``transport --visit N check`` prints one line per finding: ``refused`` (the plan cannot work:
a vehicle over capacity, a person in two vehicles at once, a seat number out of range or given
twice) or ``warning`` (someone without a seat, the head's interpreter in another vehicle, ...),
then the kind key (for scripts) and the sentence in the language of the environment (LANGUAGE,
LC_ALL, LANG: German, Korean, else English); exit status 1 when there is any, 0 when none.
"""

from __future__ import annotations

import argparse

from exchange_planner.cli.common import open_services, visit_parser

#: What ``print transport --by`` can print.
BY = ("transfer", "vehicle")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = visit_parser(
        subparsers,
        "transport",
        help="check a visit's transport plan: seats, capacity, the head's interpreter",
        description="check: print every problem of the visit's transport plan, one per line "
        "(refused: cannot work; warning: still open); exit status 1 when there is any.",
    )
    parser.add_argument("action", choices=("check",), help="check: list the problems")
    parser.set_defaults(handler=run_transport)


def register_print(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``print transport`` (called by ``cli/printing.py``)."""
    from exchange_planner.cli.printing import _common

    plan = visit_parser(
        kinds,
        "transport",
        help="the transport plan of a visit (per transfer) or the drivers' sheets (per vehicle)",
        description="--by transfer (default): every transfer with its time, from and to "
        "address, vehicles, drivers and passengers. --by vehicle: one driver sheet per "
        "vehicle (or only --vehicle ID), each in its driver's language (de, en or ko; "
        "--lang where the driver's is none of them).",
    )
    plan.add_argument(
        "--by", choices=BY, default=None, help="transfer: the plan; vehicle: drivers' sheets"
    )
    plan.add_argument("--vehicle", type=int, metavar="ID", help="only this vehicle's driver sheet")
    _common(plan)
    plan.set_defaults(handler=run_print_transport)


def run_transport(args: argparse.Namespace) -> int:
    from exchange_planner.cli.wording import Wording
    from exchange_planner.services.transport import (
        PROBLEM_SENTENCES,
        TransportService,
        problem_sentence,
    )

    wording = Wording.from_env()
    with open_services(args) as services:
        view = TransportService(services.db).view(args.visit)
    for problem in view.problems:
        template = PROBLEM_SENTENCES.get(problem.kind)
        text = (
            problem_sentence(wording.tr(template), problem, view) if template else problem.message
        )
        print(f"{'refused' if problem.refusal else 'warning'}\t{problem.kind}\t{text}")
    return 1 if view.problems else 0


def run_print_transport(args: argparse.Namespace) -> int:
    from exchange_planner.cli.printing import _check_output, _pages
    from exchange_planner.domain.errors import ExchangePlannerError
    from exchange_planner.services.transport_documents import TransportDocumentService

    by = args.by or ("vehicle" if args.vehicle is not None else "transfer")
    if by == "transfer" and args.vehicle is not None:
        raise ExchangePlannerError(
            "--vehicle: a driver sheet is printed --by vehicle; leave out --by transfer"
        )
    _check_output(args.output)
    with open_services(args) as services:
        documents = TransportDocumentService(services.db)
        if by == "vehicle":
            pages = documents.write_driver_sheets(
                args.visit,
                args.output,
                vehicle_id=args.vehicle,
                lang=args.lang,
                font_path=args.font,
            )
        else:
            pages = documents.write_transport_plan(
                args.visit, args.output, lang=args.lang, font_path=args.font
            )
    return _pages(args, pages)
