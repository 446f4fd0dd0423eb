"""Core subcommands: ``demo`` and ``list``."""

from __future__ import annotations

import argparse
from pathlib import Path

from exchange_planner.cli.common import add_db_argument, open_services
from exchange_planner.domain.names import latin_name, own_script_name
from exchange_planner.services.sample import write_sample


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser("demo", help="write the Leipzig–Gwangju sample database")
    demo.add_argument("path", type=Path, help="file to create")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(handler=run_demo)

    listing = subparsers.add_parser("list", help="list records")
    listing.add_argument("what", choices=["visits", "residencies", "exhibitions", "people"])
    add_db_argument(listing)
    listing.set_defaults(handler=run_list)


def run_demo(args: argparse.Namespace) -> int:
    path = write_sample(args.path, force=args.force)
    print(f"Sample database written to {path}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        if args.what == "visits":
            rows = [
                (v.id, v.title, f"{v.start_date}–{v.end_date}", v.status.value)
                for v in services.visits.list()
            ]
            header = ("id", "title", "dates", "status")
        elif args.what == "residencies":
            rows = [
                (r.id, r.title, f"{r.start_date}–{r.end_date}", r.status.value)
                for r in services.residencies.list()
            ]
            header = ("id", "title", "dates", "status")
        elif args.what == "exhibitions":
            rows = [
                (e.id, e.title, f"{e.start_date}–{e.end_date}", "")
                for e in services.exhibitions.list()
            ]
            header = ("id", "title", "dates", "")
        else:
            rows = [
                (p.id, latin_name(p), own_script_name(p), p.title) for p in services.people.list()
            ]
            header = ("id", "name", "own script", "title")
    _print_table(header, rows)
    return 0


def _print_table(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    if not rows:
        print("(none)")
        return
    cells = [tuple(str(value) for value in row) for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print(
            "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip()
        )
