"""The ``exchange-planner`` command: the GUI without a subcommand, tools with one.

Each area keeps its subcommands in a module of this package with a ``register(subparsers)``
function; the module names are listed in ``COMMAND_MODULES``. Those modules import only what
their parsers need: a command's implementation (services, storage, reports) is imported by its
handler when it runs, so ``--help``, ``--version`` and every command's ``--help`` answer
without loading SQLAlchemy, Alembic, ReportLab or Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from exchange_planner.cli.common import lock_waits_told
from exchange_planner.domain.errors import ExchangePlannerError

if TYPE_CHECKING:
    from exchange_planner.storage.database import LockWait

#: Exit status of an unexpected error (EX_SOFTWARE of sysexits.h).
EXIT_UNEXPECTED = 70

COMMAND_MODULES = [
    "exchange_planner.cli.core",
    "exchange_planner.cli.balance",
    "exchange_planner.cli.conflicts",
    "exchange_planner.cli.gifts",
    "exchange_planner.cli.history",
    "exchange_planner.cli.ics",
    "exchange_planner.cli.interchange",
    "exchange_planner.cli.printing",
    "exchange_planner.cli.privacy",
    "exchange_planner.cli.seating",
    "exchange_planner.cli.transport",
]


class _VersionAction(argparse._VersionAction):
    """``--version``: the version is looked up when asked for, not to build the parser."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from exchange_planner import __version__

        self.version = f"%(prog)s {__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exchange-planner",
        description="Plan the official visits, residencies and exhibitions of city partnerships. "
        "Without a command, the application window opens.",
    )
    parser.add_argument("--version", action=_VersionAction)
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
    file_argument, arguments = split_file_argument(arguments, command_names(parser))
    args, rest = parser.parse_known_args(arguments)
    if file_argument is not None:
        if args.command is not None:
            parser.error(f"a file to open cannot be combined with a command: {file_argument}")
        if args.demo:
            parser.error("--demo opens the sample, not a file; give one of the two")
    if args.command is None:
        if rest and any(not arg.startswith("-") for arg in rest):
            parser.error(f"unknown command: {' '.join(rest)}")
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        if file_argument is not None:
            return _open_file(file_argument, db=args.db, qt_args=rest, parser=parser)
        if args.command is None and args.self_test:
            from exchange_planner.ui.self_test import run_self_test

            return run_self_test(qt_args=rest)
        if args.command is None:
            from exchange_planner.ui.app import run_gui

            return run_gui(db=args.db, demo=args.demo, qt_args=rest)
        # Told in whichever database the command opens (a command that reads a file
        # directly does not load the storage layer at all).
        with lock_waits_told(_tell_lock_wait):
            return int(args.handler(args) or 0)
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


#: Qt's own options that take a value (``-platform offscreen``): the value is not a FILE.
QT_VALUE_OPTIONS = frozenset(
    {
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-style",
        "-stylesheet",
        "-display",
        "-name",
        "-session",
    }
)


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands (and their aliases) the parser knows."""
    names: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names.update(action.choices)
    return names


def split_file_argument(
    arguments: Sequence[str], commands: set[str]
) -> tuple[str | None, list[str]]:
    """The first positional argument when it is not a subcommand (a file to open), and the
    arguments without it; ``(None, arguments)`` when the line names a command or no file."""
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument == "--":
            following = arguments[index + 1 : index + 2]
            if following and following[0] not in commands:
                return following[0], [*arguments[:index], *arguments[index + 2 :]]
            break
        if argument == "--db" or argument in QT_VALUE_OPTIONS:
            index += 2
            continue
        if argument.startswith("-"):
            index += 1
            continue
        if argument in commands:
            break
        return argument, [*arguments[:index], *arguments[index + 1 :]]
    return None, list(arguments)


def _open_file(
    argument: str,
    *,
    db: str | None,
    qt_args: Sequence[str],
    parser: argparse.ArgumentParser,
) -> int:
    """``exchange-planner FILE``: a database opens in the window (as ``--db FILE``); an
    exchange file opens the last database (or ``--db``) and offers to import it; anything
    else is refused with a message on stderr (and in a dialog when no terminal shows it),
    exit status 2, nothing changed."""
    from exchange_planner.cli import open_file
    from exchange_planner.cli.wording import Wording

    try:
        given = open_file.classify(argument)
    except open_file.FileProblem as problem:
        wording = Wording.from_env()
        text = wording.tr(problem.problem.value, problem.shown, problem.reason)
        print(f"exchange-planner: {text}", file=sys.stderr)
        if wants_dialog():
            from exchange_planner.ui.app import show_file_problem

            show_file_problem(problem, qt_args=qt_args)
        return 2
    from exchange_planner.ui.app import run_gui

    if given.kind is open_file.FileKind.DATABASE:
        if db is not None:
            parser.error(f"two databases given: {argument} and --db {db}")
        return run_gui(db=str(given.path), qt_args=qt_args)
    return run_gui(db=db, qt_args=qt_args, import_file=given.path)


def wants_dialog(
    argv0: str | None = None,
    stream: object = None,
    environ: dict[str, str] | None = None,
) -> bool:
    """Whether a refused FILE is also told in a dialog: when started as the window's
    launcher (``exchange-planner-gui``, what the desktop file runs), or when no terminal
    shows stderr but a screen is there (a file manager started the program)."""
    argv0 = (sys.argv[0] if sys.argv else "") if argv0 is None else argv0
    stream = sys.stderr if stream is None else stream
    environ = dict(os.environ) if environ is None else environ
    name = os.path.basename(argv0).lower()
    if name.startswith("exchange-planner-gui"):
        return True
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        return False
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    return True


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
    import traceback

    from exchange_planner.logs import log_exception, one_line

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
