"""Helpers shared by the subcommands.

Building the argument parser imports only this module and the command modules' ``register``
functions: what a command needs (services, storage, reports) is imported by its handler when
it runs, so ``--help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from pathlib import Path

    from exchange_planner.services.registry import Services
    from exchange_planner.storage.database import Database, LockWait


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $EXCHANGE_PLANNER_DB or the user data dir)",
    )


def visit_parser(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    **texts: str,
) -> argparse.ArgumentParser:
    """A command about one visit: its parser (``texts``: help, description) with --db and
    --visit ID; the caller adds the rest."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, **texts)
    add_db_argument(parser)
    parser.add_argument("--visit", type=int, required=True, metavar="ID", help="visit id")
    return parser


def path_argument(text: str) -> Path:
    """``type=`` of a file argument: a ``Path`` (pathlib is imported when a path is given)."""
    from pathlib import Path

    return Path(text)


class LazyChoices(Sequence[str]):
    """The ``choices`` of an option, read from ``module.name`` when first needed (parsing a
    value, or a help that lists them): naming the choices does not import their module."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._values: tuple[str, ...] | None = None

    def _load(self) -> tuple[str, ...]:
        if self._values is None:
            self._values = tuple(getattr(importlib.import_module(self._module), self._name))
        return self._values

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())

    def __contains__(self, value: object) -> bool:
        return value in self._load()

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())


def set_lazy_choices(action: argparse.Action, module: str, name: str) -> None:
    """Give an option added without ``choices`` its choices from ``module.name``, read when
    first needed (argparse would read them at once if given to ``add_argument``)."""
    action.choices = LazyChoices(module, name)


# --- the lock-wait line of the command line -----------------------------------------------
#: What ``main`` wants told while a command waits for another program's lock, installed in
#: the storage layer when the command first opens a database (a command that reads a file
#: directly never imports that layer). ``None``: nothing to install.
_wanted: Callable[[LockWait], None] | None = None
_installed = False
_previous: Callable[[LockWait], None] | None = None


@contextmanager
def lock_waits_told(handler: Callable[[LockWait], None]) -> Iterator[None]:
    """While a command runs: ``handler`` hears of lock waits in any database it opens;
    afterwards the storage layer's handler is what it was before."""
    global _wanted, _installed, _previous
    _wanted, _installed = handler, False
    try:
        yield
    finally:
        if _installed:
            from exchange_planner.storage.database import set_lock_wait_handler

            set_lock_wait_handler(_previous)
        _wanted, _installed, _previous = None, False, None


def before_opening_a_database() -> None:
    """Install the wanted lock-wait handler (once per command) before a database opens."""
    global _installed, _previous
    if _wanted is None or _installed:
        return
    from exchange_planner.storage.database import set_lock_wait_handler

    _previous = set_lock_wait_handler(_wanted)
    _installed = True


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database named by ``--db`` (given before or after the command), opened as
    ``storage.database.open_database`` does, told lock waits."""
    before_opening_a_database()
    from exchange_planner.storage.database import open_database

    return open_database(getattr(args, "db", None), create=create)


@contextmanager
def open_services(args: argparse.Namespace, *, create: bool = False) -> Iterator[Services]:
    """The services of the database named by ``--db`` (given before or after the command).

    Reading commands do not create a database: a mistyped path is an error, not a new file.
    """
    from exchange_planner.services.registry import Services

    db = open_db(args, create=create)
    note_read_only(db)
    try:
        yield Services.for_database(db)
    finally:
        db.dispose()


def note_read_only(db: Database) -> None:
    """One line on stderr when a reading command works on a database opened read-only."""
    if db.read_only:
        print(
            f"exchange-planner: note: {db.path} opened read-only ({db.read_only_reason}); "
            "nothing is recorded or changed",
            file=sys.stderr,
        )
