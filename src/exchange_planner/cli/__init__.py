"""The ``exchange-planner`` command: the GUI without a subcommand, tools with one.

Each area keeps its subcommands in a module of this package with a ``register(subparsers)``
function; the module names are listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from exchange_planner import __version__
from exchange_planner.domain.errors import ExchangePlannerError

COMMAND_MODULES = [
    "exchange_planner.cli.core",
    "exchange_planner.cli.balance",
    "exchange_planner.cli.conflicts",
    "exchange_planner.cli.ics",
    "exchange_planner.cli.interchange",
    "exchange_planner.cli.printing",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exchange-planner",
        description="Plan the official visits, residencies and exhibitions of city partnerships. "
        "Without a command, the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh temporary copy of the sample"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command is None:
        if rest and any(not arg.startswith("-") for arg in rest):
            parser.error(f"unknown command: {' '.join(rest)}")
        from exchange_planner.ui.app import run_gui

        return run_gui(db=args.db, demo=args.demo, qt_args=rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        return int(args.handler(args) or 0)
    except ExchangePlannerError as error:
        print(f"exchange-planner: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
