"""``exchange-planner balance``: the reciprocity ledger of the partnerships."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from exchange_planner.cli.common import add_db_argument, open_services

if TYPE_CHECKING:
    from decimal import Decimal

    from exchange_planner.domain.ledger import Ledger, YearBalance

HEADER = (
    "partnership",
    "year",
    "residencies_sent",
    "residencies_received",
    "residencies_pending",
    "visits_hosted",
    "visits_made",
    "gifts_given",
    "gifts_received",
    "value_given",
    "value_received",
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "balance",
        help="reciprocity ledger: residencies, visits and gifts per partnership and year",
        description="Per partnership and year: residencies sent and received, delegation "
        "visits hosted and made, gifts given and received (count and value per currency), "
        "followed by the open exchanges (not yet answered).",
    )
    add_db_argument(parser)
    parser.add_argument("--partnership", type=int, metavar="ID", help="only this partnership")
    parser.add_argument(
        "--format", choices=["table", "csv"], default="table", help="output format (table)"
    )
    parser.set_defaults(handler=run_balance)


def format_values(values: dict[str, Decimal]) -> str:
    """'185.00 EUR; 30000.00 KRW' (sorted by currency), empty when nothing was valued."""
    return "; ".join(f"{values[currency]:.2f} {currency}" for currency in sorted(values))


def rows_of(city: str, ledger: Ledger) -> list[tuple[str, ...]]:
    def row(label: str, y: YearBalance) -> tuple[str, ...]:
        return (
            city,
            label,
            str(y.residencies_sent),
            str(y.residencies_received),
            str(y.residencies_sent_pending + y.residencies_received_pending),
            str(y.visits_hosted),
            str(y.visits_made),
            str(y.gifts_given),
            str(y.gifts_received),
            format_values(y.value_given),
            format_values(y.value_received),
        )

    rows = [row(str(y.year), y) for y in ledger.years]
    if ledger.years:
        rows.append(row("total", ledger.totals()))
    return rows


def run_balance(args: argparse.Namespace) -> int:
    from exchange_planner.domain.errors import NotFoundError
    from exchange_planner.services.csv_safe import csv_text, write_csv_stream

    with open_services(args) as services:
        if args.partnership is not None:
            services.partnerships.get(args.partnership)  # NotFoundError names the id
        ledgers = services.balance.ledgers(args.partnership)
    if not ledgers:
        raise NotFoundError("There are no partnerships in this database.")
    if args.format == "csv":
        # Cells neutralised for spreadsheets, \r\n line ends: see services/csv_safe.py.
        rows: list[tuple[object, ...]] = [HEADER]
        for partnership, ledger in ledgers:
            rows.extend(rows_of(partnership.partner_city, ledger))
        rows.append(())
        rows.append(("partnership", "open", "kind", "record_id", "date", "title"))
        for partnership, ledger in ledgers:
            for item in ledger.open:
                rows.append(
                    (
                        partnership.partner_city,
                        "open",
                        item.kind.value,
                        item.record_id,
                        item.day.isoformat(),
                        item.title,
                    )
                )
        write_csv_stream(csv_text(rows), sys.stdout)
        return 0
    for index, (partnership, ledger) in enumerate(ledgers):
        if index:
            print()
        since = f" (since {partnership.since_year})" if partnership.since_year else ""
        print(f"Partnership with {partnership.partner_city}{since}")
        rows = [row[1:] for row in rows_of(partnership.partner_city, ledger)]
        if rows:
            _print_table(HEADER[1:], rows)
        else:
            print("  no exchanges recorded")
        if ledger.open:
            print("Open exchanges:")
            for item in ledger.open:
                print(f"  - {item.message}")
        else:
            print("Open exchanges: none")
    return 0


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    cells = [header, *rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print(
            "  ".join(
                value + " " * (width - _width(value))
                for value, width in zip(row, widths, strict=True)
            ).rstrip()
        )
