"""``print``: every document as a PDF file (itineraries, the booklet of personal
itineraries, gift protocols, residency sheets, balances, the calendar, the order of
precedence, seating plans, place cards and name badges, the transport plan and the
drivers' sheets)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from exchange_planner.cli.common import (
    add_db_argument,
    open_services,
    path_argument,
    set_lazy_choices,
    visit_parser,
)
from exchange_planner.domain.errors import ExchangePlannerError

if TYPE_CHECKING:
    from pathlib import Path

#: The views of the calendar document (``reports.calendar_sheet.VIEWS``, which loads ReportLab).
CALENDAR_VIEWS = ("month", "week", "agenda")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printing = subparsers.add_parser(
        "print", help="write a document as PDF (itinerary, gifts, residency sheet, balance, …)"
    )
    kinds = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    itinerary = visit_parser(
        kinds, "itinerary", help="the itinerary of a visit, or of one member (--person)"
    )
    itinerary.add_argument(
        "--person", type=int, metavar="ID", help="personal itinerary of this member"
    )
    itinerary.add_argument(
        "--home-zone",
        action="store_true",
        help="add a column with the times in the delegation's home time zone",
    )
    itinerary.add_argument(
        "--changes-since",
        type=int,
        metavar="N",
        help="add a page of what moved, was added or cancelled since printed version N",
    )
    _common(itinerary)
    itinerary.set_defaults(handler=run_itinerary)

    gifts = kinds.add_parser("gifts", help="the gift protocol of a visit or a calendar year")
    add_db_argument(gifts)
    which = gifts.add_mutually_exclusive_group(required=True)
    which.add_argument("--visit", type=int, metavar="ID", help="visit id")
    which.add_argument("--year", type=int, metavar="YYYY", help="calendar year")
    _common(gifts)
    gifts.set_defaults(handler=run_gifts)

    personal = visit_parser(
        kinds,
        "personal-itineraries",
        help="the personal itineraries of every member and host: one booklet (--booklet) or one "
        "file each",
        description="With --booklet, one PDF for duplex printing: each member's part starts "
        "on a new sheet and counts its own pages, with a bookmark per member. Without it, "
        "-o names a folder that receives one PDF per member.",
    )
    personal.add_argument(
        "--booklet", action="store_true", help="one PDF with every member's part (-o FILE.pdf)"
    )
    personal.add_argument(
        "--person",
        type=int,
        action="append",
        metavar="ID",
        help="only the itinerary of this member or host (may be repeated)",
    )
    personal.add_argument(
        "--home-zone",
        action="store_true",
        help="add a column with the times in the delegation's home time zone",
    )
    _common(personal, output="FILE.pdf|FOLDER")
    personal.set_defaults(handler=run_personal_itineraries)

    sheet = kinds.add_parser("residency-sheet", help="the sheet of one residency")
    add_db_argument(sheet)
    sheet.add_argument("--residency", type=int, required=True, metavar="ID", help="residency id")
    _common(sheet, default_lang="de+ko")
    sheet.set_defaults(handler=run_residency_sheet)

    balance = kinds.add_parser(
        "balance", help="the balance of a partnership, or of every partnership"
    )
    add_db_argument(balance)
    balance.add_argument(
        "--partnership", type=int, metavar="ID", help="only this partnership (default: all)"
    )
    _common(balance, default_lang="de+en")
    balance.set_defaults(handler=run_balance)

    calendar = kinds.add_parser(
        "calendar",
        help="the calendar of a period: month grid, weeks or agenda",
        description="Everything in the calendar from --from to --to (visits, programme items, "
        "residencies, exhibitions, deadlines), times in the home time zone of the Settings.",
    )
    add_db_argument(calendar)
    calendar.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    calendar.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    calendar.add_argument(
        "--view", default="month", choices=CALENDAR_VIEWS, help="the layout (default: month)"
    )
    _common(calendar)
    calendar.set_defaults(handler=run_calendar)
    _register_protocol(kinds)
    _register_cards(kinds)
    _register_rooming(kinds)
    _register_gift_register(kinds)
    _register_catering(kinds)
    _register_transport(kinds)


def _register_transport(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``print transport``: the transport plan or the drivers' sheets (``cli/transport.py``)."""
    from exchange_planner.cli.transport import register_print

    register_print(kinds)
    _register_run_of_show(kinds)


def _register_rooming(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``print rooming-list`` (``cli.rooming``)."""
    from exchange_planner.cli.rooming import register_rooming

    register_rooming(kinds)


def _register_protocol(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``print precedence`` and ``print seating``."""
    precedence = visit_parser(
        kinds,
        "precedence",
        help="the order of precedence of a visit (guests and hosts, ranks, overrides)",
    )
    _common(precedence)
    precedence.set_defaults(handler=run_precedence)

    seating = visit_parser(
        kinds,
        "seating",
        help="the seating plan of a meal or reception: table drawings and who sits where",
        description="Without --item, the visit's first programme item that has a seating plan.",
    )
    seating.add_argument(
        "--item", type=int, metavar="ID", help="programme item (default: the first with a plan)"
    )
    _common(seating)
    seating.set_defaults(handler=run_seating)


def _common(
    parser: argparse.ArgumentParser, *, default_lang: str = "de", output: str = "FILE.pdf"
) -> None:
    # The document languages of reports/i18n.py, read when a value is checked or listed.
    lang = parser.add_argument(
        "--lang", default=default_lang, help=f"document language (default: {default_lang})"
    )
    set_lazy_choices(lang, "exchange_planner.reports.i18n", "LANGUAGES")
    parser.add_argument("--font", metavar="TTF", help="TrueType font to use first")
    parser.add_argument(
        "-o",
        "--output",
        type=path_argument,
        required=True,
        metavar=output,
        help="file to write (replaced whole when it exists)",
    )


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise ExchangePlannerError(f"--output: {path} is a folder; give a file name")
    if not path.parent.exists():
        raise ExchangePlannerError(f"--output: the folder {path.parent} does not exist")


def run_itinerary(args: argparse.Namespace) -> int:
    _check_output(args.output)
    pages = _itinerary_directly(args) if args.changes_since is None else None
    if pages is None:
        from exchange_planner.services.documents import DocumentService

        with open_services(args) as services:
            documents = getattr(services, "documents", None) or DocumentService(services.db)
            pages = documents.write_itinerary(
                args.visit,
                args.output,
                person_id=args.person,
                lang=args.lang,
                home_zone_column=args.home_zone,
                font_path=args.font,
                changes_since=args.changes_since,
            )
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0


def _itinerary_directly(args: argparse.Namespace) -> int | None:
    """Print the itinerary straight from the SQLite file when it can be read and written so
    (``storage.sql_read.sqlite_file_writer``): the data and the stamp by the statements the
    services run (``services.itinerary_reading``), without SQLAlchemy or the table classes.
    Returns the page count, or None when the database is to be opened instead (a server, an
    older or read-only file, a lock held by another program...), before anything is written."""
    import dataclasses
    import sqlite3

    from exchange_planner.cli.core import local_file

    path = local_file(args)
    if path is None:
        return None
    from exchange_planner.reports.data import content_hash
    from exchange_planner.services import itinerary_reading as reading
    from exchange_planner.storage.sql_read import NotQuicklyReadable, sqlite_file_writer

    try:
        with sqlite_file_writer(path) as writer:
            # Refuse an unknown language or an unusable font before a print is recorded.
            reading.check_print_options(args.lang, args.font)
            with writer.reading() as execute:
                data, kind, subject = reading.itinerary(execute, args.visit, args.person)
            digest, now = content_hash(data), reading.stamp_time(None)
            with writer.writing() as execute:
                stamp, _ = reading.record_print(
                    execute, kind, subject, digest, now, user=writer.user, origin=writer.origin
                )
    except (NotQuicklyReadable, sqlite3.Error):
        # Opening it says what is wrong (locked, damaged...), as it always did.
        return None
    from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary

    options = ItineraryOptions(args.lang, args.home_zone, args.font or None)
    return build_itinerary(dataclasses.replace(data, stamp=stamp), args.output, options)


def run_gifts(args: argparse.Namespace) -> int:
    _check_output(args.output)
    from exchange_planner.services.documents import DocumentService

    with open_services(args) as services:
        documents = getattr(services, "documents", None) or DocumentService(services.db)
        pages = documents.write_gift_protocol(
            args.output, visit_id=args.visit, year=args.year, lang=args.lang, font_path=args.font
        )
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0


def _pages(args: argparse.Namespace, pages: int) -> int:
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0


def _documents(services: object) -> object:
    from exchange_planner.services.documents import DocumentService

    return getattr(services, "documents", None) or DocumentService(services.db)  # type: ignore[attr-defined]


def run_personal_itineraries(args: argparse.Namespace) -> int:
    if not args.booklet:
        if args.output.exists() and not args.output.is_dir():
            raise ExchangePlannerError(
                f"--output: {args.output} is a file; give a folder, or add --booklet"
            )
        with open_services(args) as services:
            written = _documents(services).write_personal_itineraries(  # type: ignore[attr-defined]
                args.visit,
                args.output,
                lang=args.lang,
                home_zone_column=args.home_zone,
                font_path=args.font,
                person_ids=args.person,
            )
        print(
            f"{args.output}: {len(written)} personal itinerar{'y' if len(written) == 1 else 'ies'}"
        )
        return 0
    _check_output(args.output)
    with open_services(args) as services:
        parts = _documents(services).write_personal_booklet(  # type: ignore[attr-defined]
            args.visit,
            args.output,
            lang=args.lang,
            home_zone_column=args.home_zone,
            font_path=args.font,
            person_ids=args.person,
        )
    pages = parts[-1].first_page + parts[-1].pages - 1 if parts else 0
    pages += pages % 2
    print(f"{args.output}: {len(parts)} parts, {pages} pages")
    return 0


def run_residency_sheet(args: argparse.Namespace) -> int:
    _check_output(args.output)
    with open_services(args) as services:
        pages = _documents(services).write_residency_sheet(  # type: ignore[attr-defined]
            args.residency, args.output, lang=args.lang, font_path=args.font
        )
    return _pages(args, pages)


def run_balance(args: argparse.Namespace) -> int:
    _check_output(args.output)
    with open_services(args) as services:
        pages = _documents(services).write_balance(  # type: ignore[attr-defined]
            args.output, partnership_id=args.partnership, lang=args.lang, font_path=args.font
        )
    return _pages(args, pages)


def run_calendar(args: argparse.Namespace) -> int:
    from exchange_planner.reports.calendar_sheet import check_period, parse_day

    first = parse_day(args.first, "--from")
    last = parse_day(args.last, "--to")
    check_period(first, last, args.view, to_field="--to")
    _check_output(args.output)
    with open_services(args) as services:
        pages = _documents(services).write_calendar(  # type: ignore[attr-defined]
            args.output, first, last, view=args.view, lang=args.lang, font_path=args.font
        )
    return _pages(args, pages)


def _protocol_documents(services: object) -> object:
    from exchange_planner.services.protocol_documents import ProtocolDocumentService

    return ProtocolDocumentService(services.db)  # type: ignore[attr-defined]


def run_precedence(args: argparse.Namespace) -> int:
    _check_output(args.output)
    with open_services(args) as services:
        pages = _protocol_documents(services).write_precedence_list(  # type: ignore[attr-defined]
            args.visit, args.output, lang=args.lang, font_path=args.font
        )
    return _pages(args, pages)


def run_seating(args: argparse.Namespace) -> int:
    _check_output(args.output)
    with open_services(args) as services:
        pages = _protocol_documents(services).write_seating_plan(  # type: ignore[attr-defined]
            args.visit, args.output, item_id=args.item, lang=args.lang, font_path=args.font
        )
    return _pages(args, pages)


# --- place cards and name badges ---------------------------------------------------------------
#: Layout keys (``reports.layouts``, which these names must match; the parser does not load it).
PLACE_CARD_LAYOUTS = ("a4-2", "a4-4")
BADGE_LAYOUTS = ("a6", "avery-l4785", "avery-c32011", "avery-l7414")


def _register_cards(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cards = visit_parser(
        kinds,
        "place-cards",
        help="tent cards to fold: the seating plan's guests, or everyone by precedence",
        description="With --item, the cards of that item's seating plan, table by table and "
        "seat by seat (an item without a plan: those attending it); without, everyone taking "
        "part in the visit in the order of precedence. a4-2: two cards of 190 × 135 mm per A4 "
        "sheet, a4-4: four of 95 × 135 mm; each is folded in the middle to stand.",
    )
    cards.add_argument("--item", type=int, metavar="ID", help="program item with a seating plan")
    cards.add_argument(
        "--layout",
        default="a4-2",
        choices=PLACE_CARD_LAYOUTS,
        help="cards per A4 sheet (default: a4-2)",
    )
    _common(cards, default_lang="de+ko")
    cards.set_defaults(handler=run_place_cards)

    badges = visit_parser(
        kinds,
        "badges",
        help="name badges of every participant: A6 sheets or label sheets",
        description="A badge for each member of the delegation and each host, in the order "
        "of precedence (with --item, for those attending that item). a6: one per A6 sheet; "
        "avery-l4785: 80 × 50 mm labels, avery-c32011: 85 × 54 mm cards, "
        "avery-l7414: 90 × 52 mm cards, ten per A4 each.",
    )
    badges.add_argument(
        "--item", type=int, metavar="ID", help="only those attending this program item"
    )
    badges.add_argument(
        "--layout", default="a6", choices=BADGE_LAYOUTS, help="sheet or labels (default: a6)"
    )
    _common(badges, default_lang="de+ko")
    badges.set_defaults(handler=run_badges)


def _cards(services: object) -> object:
    from exchange_planner.services.card_documents import CardDocumentService

    return CardDocumentService(services.db)  # type: ignore[attr-defined]


def run_place_cards(args: argparse.Namespace) -> int:
    _check_output(args.output)
    with open_services(args) as services:
        pages = _cards(services).write_place_cards(  # type: ignore[attr-defined]
            args.visit,
            args.output,
            item_id=args.item,
            layout=args.layout,
            lang=args.lang,
            font_path=args.font,
        )
    return _pages(args, pages)


def run_badges(args: argparse.Namespace) -> int:
    _check_output(args.output)
    with open_services(args) as services:
        pages = _cards(services).write_badges(  # type: ignore[attr-defined]
            args.visit,
            args.output,
            item_id=args.item,
            layout=args.layout,
            lang=args.lang,
            font_path=args.font,
        )
    return _pages(args, pages)


# --- the gift register ---------------------------------------------------------------------------
def _register_gift_register(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    register = kinds.add_parser(
        "gift-register",
        help="the gift register of a year: every gift valued in EUR, rules, dispositions",
        description="One row per gift of the year with the rate used, the value in EUR, the "
        "rule of the recipient's office and the limit reached, and where the gift is now; "
        "EUR totals per direction (gifts without a rate are marked and left out).",
    )
    add_db_argument(register)
    register.add_argument("--year", type=int, required=True, metavar="YYYY", help="calendar year")
    _common(register)
    register.set_defaults(handler=run_gift_register)


def run_gift_register(args: argparse.Namespace) -> int:
    _check_output(args.output)
    from exchange_planner.services.gift_register import GiftRegisterService

    with open_services(args) as services:
        pages = GiftRegisterService(services.db).write_pdf(
            args.year, args.output, lang=args.lang, font_path=args.font
        )
    return _pages(args, pages)


# --- catering summary ------------------------------------------------------------------------
def _register_catering(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``print catering``: the catering summary of a visit's meals and receptions."""
    catering = visit_parser(
        kinds,
        "catering",
        help="the catering summary of a visit's meals and receptions, for the caterer",
        description="A page per meal or reception (or --item): date, time, venue, headcount "
        "and the count per dietary requirement; names only where the kitchen needs them "
        "(allergies, other, notes), every name with --names. Health- or religion-related "
        "details of a person without recorded consent are not printed, only counted as "
        "withheld.",
    )
    catering.add_argument(
        "--item", type=int, metavar="ID", help="only this meal or reception (default: all)"
    )
    catering.add_argument(
        "--names",
        action="store_true",
        help="name everyone with a requirement, not only where the kitchen needs it",
    )
    _common(catering)
    catering.set_defaults(handler=run_catering)


def run_catering(args: argparse.Namespace) -> int:
    _check_output(args.output)
    from exchange_planner.services.catering import CateringService

    with open_services(args) as services:
        pages = CateringService(services.db).write_catering_summary(
            args.visit,
            args.output,
            item_id=args.item,
            names=args.names,
            lang=args.lang,
            font_path=args.font,
        )
    return _pages(args, pages)


# --- the run-of-show (internal Ablaufplan) ---------------------------------------------------
def _register_run_of_show(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    run = visit_parser(
        kinds,
        "run-of-show",
        help="the internal run-of-show (Ablaufplan) of a visit: minute by minute, for staff",
        description="Day by day, each programme item with its time, venue (from -> to for a "
        "transfer), responsible staff, internal notes, its cues in time order and the vehicles "
        "of a transfer with their drivers. Every page is marked INTERN / 내부용 / INTERNAL "
        "(and ENTWURF / 초안 / DRAFT while the visit is a draft or planned); not for guests.",
    )
    _common(run)
    run.set_defaults(handler=run_run_of_show)


def run_run_of_show(args: argparse.Namespace) -> int:
    _check_output(args.output)
    from exchange_planner.services.run_of_show import RunOfShowService

    with open_services(args) as services:
        pages = RunOfShowService(services.db).write(
            args.visit, args.output, lang=args.lang, font_path=args.font
        )
    return _pages(args, pages)
