"""``export`` and ``import``: the versioned JSON exchange file on the command line."""

from __future__ import annotations

import argparse
import sys

from exchange_planner.cli.common import add_db_argument, note_read_only, open_db, path_argument
from exchange_planner.domain.errors import (
    ConflictError,
    DatabaseReadOnlyError,
    ImportFormatError,
    InUseError,
    NotFoundError,
    ValidationError,
)

#: Stands in the import's description for the size limit of the exchange format.
_LIMIT = "{limit}"


class _ImportHelp(argparse.HelpFormatter):
    """The import's help, with the size limit of the exchange format filled in when the help
    is shown (the format's module is not needed to build the parser)."""

    def _format_text(self, text: str) -> str:
        if _LIMIT in text:
            from exchange_planner.services.interchange_schema import MAX_FILE_BYTES

            text = text.replace(_LIMIT, str(MAX_FILE_BYTES // (1024 * 1024)))
        return super()._format_text(text)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = subparsers.add_parser(
        "export",
        help="write everything in the database to a JSON exchange file",
        description="Write the whole database as a versioned JSON exchange file "
        "(see docs/interchange.md). The file is replaced only once it is completely written.",
    )
    add_db_argument(export)
    export.add_argument(
        "what",
        nargs="?",
        choices=["gifts"],
        help="'gifts': the gift register of --year as XLSX instead of the exchange file",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.json|FILE.xlsx",
        help="file to write ('-': stdout, for the exchange file)",
    )
    export.add_argument(
        "--year", type=int, metavar="YYYY", help="with 'gifts': the calendar year of the register"
    )
    export.add_argument(
        "--lang",
        default="en",
        choices=["de", "en", "ko"],
        help="with 'gifts': the language of the headings (default: en)",
    )
    export.add_argument(
        "--visit",
        type=int,
        metavar="ID",
        help="only this visit, with its members, program and the partnership, people and "
        "venues they refer to (a file for the partner office to merge)",
    )
    export.set_defaults(handler=run_export)

    importing = subparsers.add_parser(
        "import",
        help="read a JSON exchange file into an empty database, or merge it (all or nothing)",
        description="Read an exchange file into an empty database; a missing database file "
        "is created. On any problem nothing is written and the offending field is named by "
        f"its JSON path; the exit code is then 2. Files over {_LIMIT} MB are refused unread. "
        "With --merge the file is merged into a database that holds plans: one line per new, "
        "changed or conflicting record (matched by identity), then the merge is applied "
        "unless --dry-run; with conflicts nothing is applied and the exit code is 1.",
        formatter_class=_ImportHelp,
    )
    add_db_argument(importing)
    importing.add_argument(
        "file", type=path_argument, metavar="FILE.json", help="exchange file to read"
    )
    importing.add_argument(
        "--merge",
        action="store_true",
        help="merge the file into the plans in the database (records matched by identity)",
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="with --merge: show what would change, change nothing",
    )
    importing.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    if getattr(args, "what", None) == "gifts":
        return _export_gifts(args)
    if getattr(args, "year", None) is not None:
        return _refused("--year goes with 'export gifts'; nothing was exported.")
    from exchange_planner.services import interchange

    # A reading command: a mistyped path is an error, not a new database.
    db = open_db(args, create=False)
    note_read_only(db)
    try:
        visit = getattr(args, "visit", None)
        if args.output == "-":
            document = (
                interchange.export_document(db)
                if visit is None
                else interchange.export_visit_document(db, visit)
            )
            sys.stdout.write(interchange.dumps(document))
            return 0
        if visit is None:
            target = interchange.export_to_file(db, Path(args.output))
        else:
            target = interchange.export_visit_to_file(db, visit, Path(args.output))
    except NotFoundError as error:
        return _refused(str(error))
    finally:
        db.dispose()
    print(f"Exported to {target}", file=sys.stderr)
    return 0


def _export_gifts(args: argparse.Namespace) -> int:
    """``export gifts --year YYYY -o FILE.xlsx``: the gift register as a workbook."""
    from pathlib import Path

    from exchange_planner.services.gift_register import GiftRegisterService

    if args.year is None:
        return _refused("export gifts needs --year YYYY; nothing was exported.")
    if getattr(args, "visit", None) is not None:
        return _refused("export gifts is per --year, not per --visit; nothing was exported.")
    if args.output == "-":
        return _refused("export gifts writes a workbook: give -o FILE.xlsx, not '-'.")
    target = Path(args.output)
    if target.suffix.lower() != ".xlsx":
        return _refused(f"--output: {target} should end in .xlsx; nothing was exported.")
    if target.is_dir():
        return _refused(f"--output: {target} is a folder; give a file name.")
    if not target.parent.exists():
        return _refused(f"--output: the folder {target.parent} does not exist.")
    db = open_db(args, create=False)
    note_read_only(db)
    try:
        rows = GiftRegisterService(db).write_xlsx(args.year, target, lang=args.lang)
    except (NotFoundError, ValidationError) as error:
        return _refused(str(error))
    finally:
        db.dispose()
    print(f"Exported the {args.year} gift register ({rows} gifts) to {target}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    # The file is read and checked completely before the database is opened, so a bad file
    # never creates, opens or changes a database.
    from pathlib import Path

    from exchange_planner.services import interchange
    from exchange_planner.storage.database import resolve_url, sqlite_path

    try:
        document = interchange.parse(interchange.read_file(args.file))
        interchange.check_structure(document)
    except interchange.ExchangeFileUnreadableError as error:
        return _refused(str(error))
    except ImportFormatError as error:
        return _refused(f"{args.file}: {error}", nothing_imported=True)
    if getattr(args, "merge", False):
        return _run_merge(args, document)
    if getattr(args, "dry_run", False):
        return _refused("--dry-run goes with --merge; nothing was imported.")
    location = getattr(args, "db", None)
    path = sqlite_path(resolve_url(location))
    created = path is not None and not path.exists()
    db = open_db(args, create=True)
    counts: dict[str, int] | None = None
    try:
        if db.read_only:
            raise DatabaseReadOnlyError(db.read_only_message)
        counts = interchange.import_document(db, document)
    except ImportFormatError as error:
        return _refused(f"{args.file}: {error}", nothing_imported=True)
    except interchange.DatabaseNotEmptyError as error:
        return _refused(str(error))
    finally:
        db.dispose()
        # A database file created only for a refused import is not left behind.
        if counts is None and created and path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    summary = ", ".join(f"{count} {name}" for name, count in counts.items() if count)
    print(f"Imported {summary or 'nothing'} into {db.url}")
    return 0


def _run_merge(args: argparse.Namespace, document: object) -> int:
    """Plan the merge, print one line per record, apply unless --dry-run or conflicting."""
    from exchange_planner.services import exchange_merge as merge

    db = open_db(args, create=False)
    try:
        try:
            plan = merge.plan_merge(db, document, checked=True)
        except merge.MergeRefusedError as error:
            return _refused(f"{args.file}: {error}")
        except ImportFormatError as error:
            return _refused(f"{args.file}: {error}. Nothing was merged.")
        for line in plan.lines():
            print(line)
        for section, count in plan.skipped.items():
            print(
                f"skipped  {count} {section.replace('_', ' ')} (a merge takes visits, "
                "partnerships, people and venues)"
            )
        summary = (
            f"{len(plan.new)} new, {len(plan.changed)} changed, {len(plan.conflicts)} conflicting"
        )
        if plan.conflicts:
            print(
                f"exchange-planner: {summary}; the conflicting records were changed here and "
                "in the file since the file's base. Nothing was merged.",
                file=sys.stderr,
            )
            return 1
        if args.dry_run:
            print(f"{summary}; nothing was merged (--dry-run)", file=sys.stderr)
            return 0
        if db.read_only:
            return _refused(db.read_only_message)
        try:
            merge.apply_merge(db, plan)
        except (ImportFormatError, ValidationError, ConflictError, InUseError) as error:
            return _refused(f"{args.file}: {error}. Nothing was merged.")
        print(f"Merged {summary} into {db.url}", file=sys.stderr)
        return 0
    finally:
        db.dispose()


def _refused(message: str, *, nothing_imported: bool = False) -> int:
    """One line on stderr (whatever the file held), exit status 2."""
    line = " ".join(message.split())
    if nothing_imported:
        line += " " if line.endswith((".", "?")) else ". "
        line += "Nothing was imported."
    print(f"exchange-planner: {line}", file=sys.stderr)
    return 2
