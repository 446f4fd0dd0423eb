"""What ``PRAGMA synchronous=FULL`` costs a single edit, against NORMAL and a bare loop.

Run: .venv/bin/python benchmarks/bench_commit_durability.py [--edits 200] [--folder DIR]
Each run makes 200 single-edit commits (a visit's title) through ``VisitService.update`` on a
fresh copy of the Leipzig–Gwangju sample, once with ``synchronous=FULL`` (what the program
uses: the WAL is synced at every commit, so a committed edit survives a power loss) and once
with NORMAL (synced only at checkpoints: durable against a killed process, not a power loss).
The floor is a bare ``sqlite3`` loop doing the same UPDATE + COMMIT with FULL, measured in the
same run. The folder decides the figures: run it on the disk that holds the data
(``--folder``; the default is a temporary folder, often a RAM disk). Runs alternate.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from exchange_planner.services.registry import Services
from exchange_planner.services.sample import write_sample
from exchange_planner.storage import database as database_module
from exchange_planner.storage.database import open_database

RUNS = 5


def through_service(template: Path, folder: Path, synchronous: str, edits: int) -> float:
    path = folder / f"service-{synchronous}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, path)
    database_module.SQLITE_SYNCHRONOUS = synchronous
    db = open_database(path)
    try:
        visits = Services.for_database(db).visits
        visits.update(1, title="warm-up")
        started = time.perf_counter()
        for i in range(edits):
            visits.update(1, title=f"Official visit, edit {i}")
        return time.perf_counter() - started
    finally:
        db.dispose()


def bare_loop(template: Path, folder: Path, edits: int) -> float:
    path = folder / "bare.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        started = time.perf_counter()
        for i in range(edits):
            connection.execute("BEGIN")
            connection.execute("UPDATE visit SET title = ? WHERE id = 1", (f"edit {i}",))
            connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as name:
        folder = Path(name)
        template = write_sample(folder / "template.sqlite3")
        times: dict[str, list[float]] = {"FULL": [], "NORMAL": [], "bare FULL": []}
        for _ in range(RUNS):
            times["FULL"].append(through_service(template, folder, "FULL", args.edits))
            times["NORMAL"].append(through_service(template, folder, "NORMAL", args.edits))
            times["bare FULL"].append(bare_loop(template, folder, args.edits))
        database_module.SQLITE_SYNCHRONOUS = "FULL"
    median = {name: statistics.median(values) for name, values in times.items()}
    per_edit = {name: value / args.edits * 1000 for name, value in median.items()}
    print(f"{args.edits} single-edit commits, median of {RUNS} runs, folder {args.folder or 'tmp'}")
    for name, value in per_edit.items():
        print(f"  {name:<22} {median[name]:7.3f} s   {value:6.2f} ms per edit")
    print(f"  ratio FULL / NORMAL      ×{median['FULL'] / median['NORMAL']:.2f}")
    print(f"  ratio FULL / bare FULL   ×{median['FULL'] / median['bare FULL']:.2f}")
    print(f"  sync cost per edit       {per_edit['FULL'] - per_edit['NORMAL']:+.2f} ms")


if __name__ == "__main__":
    main()
