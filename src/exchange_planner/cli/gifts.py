"""``rates`` and ``gift-rules``: the exchange rates and the gift rules of the gift register.

Rates are entered (``rates add``) or imported from a CSV file (``rates import``, the ECB's
reference-rate layout or ``currency,date,units_per_eur[,source]``), never fetched from the
network. A file with a bad line is refused whole: the line is named, nothing is imported,
exit status 2 (like every refusal of the command line).
"""

from __future__ import annotations

import argparse
import sys

from exchange_planner.cli.common import add_db_argument, open_services, path_argument


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rates = subparsers.add_parser(
        "rates",
        help="exchange rates for valuing gifts in EUR: list, add, import a CSV file",
        description="Units of a currency per euro by date, as the gift register uses them. "
        "Entered by hand or imported from a file (e.g. the ECB's eurofxref-hist.csv); "
        "never fetched from the network.",
    )
    add_db_argument(rates)
    actions = rates.add_subparsers(dest="rates_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the stored rates")
    add_db_argument(listing)
    listing.add_argument("--currency", metavar="CUR", help="only this currency")
    listing.set_defaults(handler=run_rates_list)

    add = actions.add_parser("add", help="store one rate")
    add_db_argument(add)
    add.add_argument("currency", metavar="CUR", help="three-letter code, e.g. KRW")
    add.add_argument("rate_date", metavar="YYYY-MM-DD", help="the day of the rate")
    add.add_argument("units", metavar="UNITS", help="units of the currency one euro buys")
    add.add_argument("--source", required=True, metavar="TEXT", help="where the rate is from")
    add.set_defaults(handler=run_rates_add)

    importing = actions.add_parser(
        "import",
        help="import the rates of a CSV file (all or nothing)",
        description="Reads the ECB's layout (header 'Date,USD,JPY,…', one line per day; "
        "N/A cells skipped) or one rate a line (header 'currency,date,units_per_eur' and "
        "optionally 'source'). A rate already stored for the same currency and day is "
        "replaced. On a bad line nothing is imported and the exit status is 2.",
    )
    add_db_argument(importing)
    importing.add_argument("file", type=path_argument, metavar="FILE.csv")
    importing.add_argument(
        "--source",
        metavar="TEXT",
        help="the source stored with each rate (default: 'ECB euro reference rates (FILE)')",
    )
    importing.set_defaults(handler=run_rates_import)

    rules = subparsers.add_parser(
        "gift-rules",
        help="the gift rules per jurisdiction (limits, periods, sources)",
    )
    add_db_argument(rules)
    rule_actions = rules.add_subparsers(dest="rules_action", metavar="ACTION", required=True)
    rule_list = rule_actions.add_parser("list", help="every rule with its limits and source")
    add_db_argument(rule_list)
    rule_list.set_defaults(handler=run_rules_list)
    migrate = rule_actions.add_parser(
        "from-thresholds",
        help="make rules (LEGACY-DE, …) of the per-country thresholds of earlier versions",
    )
    add_db_argument(migrate)
    migrate.set_defaults(handler=run_rules_from_thresholds)


def _writable(services: object) -> None:
    from exchange_planner.domain.errors import DatabaseReadOnlyError

    db = services.db  # type: ignore[attr-defined]
    if db.read_only:
        raise DatabaseReadOnlyError(db.read_only_message)


def run_rates_list(args: argparse.Namespace) -> int:
    from exchange_planner.services.gift_register import ExchangeRateService

    with open_services(args) as services:
        rows = ExchangeRateService(services.db).list()
    wanted = (args.currency or "").upper()
    for row in rows:
        if wanted and row.currency != wanted:
            continue
        print(f"{row.currency}\t{row.rate_date:%Y-%m-%d}\t{row.units_per_eur}\t{row.source}")
    return 0


def run_rates_add(args: argparse.Namespace) -> int:
    from exchange_planner.services.gift_register import ExchangeRateService

    with open_services(args) as services:
        _writable(services)
        row = ExchangeRateService(services.db).add(
            args.currency, args.rate_date, args.units, args.source
        )
    print(f"Stored: 1 EUR = {row.units_per_eur} {row.currency} on {row.rate_date:%Y-%m-%d}")
    return 0


def run_rates_import(args: argparse.Namespace) -> int:
    from exchange_planner.domain.exchange_rates import RateFileError
    from exchange_planner.services.gift_register import ExchangeRateService

    if not args.file.is_file():
        print(f"exchange-planner: {args.file}: no such file; nothing was imported", file=sys.stderr)
        return 2
    with open_services(args) as services:
        _writable(services)
        try:
            result = ExchangeRateService(services.db).import_file(
                args.file, source=args.source or ""
            )
        except RateFileError as error:
            print(f"exchange-planner: {args.file}: {error}", file=sys.stderr)
            return 2
    print(
        f"Imported {result.total} rates from {args.file}: {result.new} new, "
        f"{result.changed} changed, {result.unchanged} unchanged"
    )
    return 0


def run_rules_list(args: argparse.Namespace) -> int:
    from exchange_planner.services.gift_register import GiftRuleService, rules_overview

    with open_services(args) as services:
        rules = GiftRuleService(services.db).infos()
    for line in rules_overview(rules):
        print(line)
    if not rules:
        print("No gift rules.", file=sys.stderr)
    return 0


def run_rules_from_thresholds(args: argparse.Namespace) -> int:
    from exchange_planner.services.gift_register import GiftRegisterService

    with open_services(args) as services:
        _writable(services)
        made = GiftRegisterService(services.db).rules_from_old_thresholds()
    print(f"{len(made)} rule{'s' if len(made) != 1 else ''} made of the earlier thresholds")
    return 0
