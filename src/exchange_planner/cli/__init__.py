"""The ``exchange-planner`` command: the GUI without a subcommand, tools with one.

Each area keeps its subcommands in a module of this package with a ``register(subparsers)``
function; the module names are listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING

from exchange_planner import __version__
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.logs import log_exception, one_line

if TYPE_CHECKING:
    from exchange_planner.storage.database import LockWait

#: Exit status of an unexpected error (EX_SOFTWARE of sysexits.h).
EXIT_UNEXPECTED = 70

COMMAND_MODULES = [
    "exchange_planner.cli.core",
    "exchange_planner.cli.balance",
    "exchange_planner.cli.conflicts",
    "exchange_planner.cli.history",
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
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on an unexpected error, print the full traceback (it is always in the log file)",
    )
    # Diagnostic of an installed or frozen program (ui/self_test.py); not in --help.
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _utf8_output() -> None:
    """Names in Hangul (or any script) print on every terminal and into every redirect:
    output is UTF-8, and what a stream still cannot take is escaped, never an error.

    Without this, a redirect on Windows (or ``PYTHONIOENCODING=cp1252``) made ``list``
    and ``balance --format csv`` stop with an unexpected UnicodeEncodeError.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # A stream that cannot change keeps its settings.
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    arguments = list(sys.argv[1:] if argv is None else argv)
    # --debug is accepted anywhere on the line, before or after the command.
    debug = "--debug" in arguments
    arguments = [argument for argument in arguments if argument != "--debug"]
    parser = build_parser()
    args, rest = parser.parse_known_args(arguments)
    if args.command is None:
        if rest and any(not arg.startswith("-") for arg in rest):
            parser.error(f"unknown command: {' '.join(rest)}")
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        if args.command is None and args.self_test:
            from exchange_planner.ui.self_test import run_self_test

            return run_self_test(qt_args=rest)
        if args.command is None:
            from exchange_planner.ui.app import run_gui

            return run_gui(db=args.db, demo=args.demo, qt_args=rest)
        from exchange_planner.storage.database import set_lock_wait_handler

        previous = set_lock_wait_handler(_tell_lock_wait)
        try:
            return int(args.handler(args) or 0)
        finally:
            set_lock_wait_handler(previous)
    except ExchangePlannerError as error:
        print(f"exchange-planner: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as error:  # the last net: log it, say where, exit 70
        return _unexpected(error, command=args.command or "window", debug=debug)


def _tell_lock_wait(wait: LockWait) -> None:
    """One line on stderr when a command starts waiting for another program's lock."""
    if wait.first:
        holder = wait.holder or "unknown program"
        print(
            f"exchange-planner: Waiting for {wait.path}: locked by another program ({holder}); "
            f"giving up after {wait.timeout:g} s…",
            file=sys.stderr,
            flush=True,
        )


def _unexpected(error: Exception, *, command: str, debug: bool) -> int:
    """One line on stderr naming the log file; the traceback only with ``--debug``."""
    try:
        path: object = log_exception(
            type(error), error, error.__traceback__, where=f"command {command}"
        )
    except Exception:  # an unwritable log must not hide the error
        path = "(the log file could not be written)"
    if debug:
        traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    print(
        f"exchange-planner: unexpected error ({one_line(error)}); details in {path}",
        file=sys.stderr,
    )
    return EXIT_UNEXPECTED
