"""A 100,000-row member list: reading and checking it against the work it cannot avoid.

Run: ``.venv/bin/python benchmarks/bench_member_import.py [--rows N] [--runs N]``

The list is the kind partner cities send: a title row, a blank row, Korean headers, Hangul
names, CP949 as Korean Excel writes it; once as CSV and once as an XLSX workbook. Each step
is set against a floor, the least any reader could do:

- reading the CSV (``read_table``: encoding detection, delimiter, strict decoding, rows with
  their numbers, header row) against decoding the bytes and splitting them with the csv
  module alone;
- reading the XLSX (zip check, read-only openpyxl, merged ranges) against iterating the
  sheet's values with read-only openpyxl alone;
- checking the rows (``MemberImportService.preview``: every field validated, names looked up
  in the directory, twins and current members found) against validating the person fields
  of every row with ``PersonService.clean`` alone.

Runs alternate between a step and its floor so that load from other processes falls on both.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

from exchange_planner.domain.enums import NameOrder
from exchange_planner.services.member_import import guess_mapping, read_table
from exchange_planner.services.registry import Services
from exchange_planner.services.sample import build_sample
from exchange_planner.storage.database import open_database

FAMILY = [("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정")]
GIVEN = [("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-ho", "지호"), ("Ha-eun", "하은")]
HEADER = ["성", "이름", "한글", "직위", "소속", "역할", "도착"]


def make_rows(count: int) -> list[list[str]]:
    rows = []
    for n in range(count):
        family, family_ko = FAMILY[n % len(FAMILY)]
        given, given_ko = GIVEN[n % len(GIVEN)]
        rows.append(
            [
                family,
                f"{given}{n}",
                f"{family_ko}{given_ko}{n}",
                "주무관",
                "광주광역시 국제협력관",
                "official",
                "2023-07-25 17:40",
            ]
        )
    return rows


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def compare(name: str, ours: Callable[[], object], floor: Callable[[], object], runs: int) -> None:
    mine: list[float] = []
    least: list[float] = []
    for _ in range(runs):
        mine.append(timed(ours))
        least.append(timed(floor))
    a, b = statistics.median(mine), statistics.median(least)
    print(f"{name:<34} median {a:6.2f} s   floor {b:6.2f} s   ratio {a / b:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-member-import-"))
    rows = make_rows(args.rows)

    csv_path = folder / "명단.csv"
    lines = ["광주광역시 대표단 명단", "", ",".join(HEADER)] + [",".join(r) for r in rows]
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))
    xlsx_path = folder / "명단.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["광주광역시 대표단 명단"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(xlsx_path)
    print(
        f"{args.rows:,} rows: CSV {csv_path.stat().st_size / 1e6:.1f} MB, "
        f"XLSX {xlsx_path.stat().st_size / 1e6:.1f} MB; median of {args.runs}"
    )

    def plain_csv() -> None:
        text = csv_path.read_bytes().decode("cp949")
        list(csv.reader(io.StringIO(text, newline="")))

    def plain_xlsx() -> None:
        workbook = load_workbook(xlsx_path, read_only=True, data_only=True)
        list(workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()

    compare("read CSV (CP949, title row)", lambda: read_table(csv_path), plain_csv, args.runs)
    compare("read XLSX", lambda: read_table(xlsx_path), plain_xlsx, args.runs)

    db = open_database(folder / "bench.sqlite3")
    services = Services.for_database(db)
    ids = build_sample(services)
    table = read_table(csv_path)
    mapping = guess_mapping(table.headers)
    people = services.people

    def plain_checks() -> None:
        with db.session() as session:
            for cells in table.rows:
                people.clean(
                    session,
                    {
                        "family_name": cells[0],
                        "given_name": cells[1],
                        "native_name": cells[2],
                        "title": cells[3],
                        "organisation": cells[4],
                        "name_order": NameOrder.FAMILY_FIRST,
                    },
                    None,
                )

    compare(
        "check rows (preview)",
        lambda: services.member_import.preview(
            table, mapping, ids["visit"], timezone="Europe/Berlin"
        ),
        plain_checks,
        args.runs,
    )
    db.dispose()


if __name__ == "__main__":
    main()
