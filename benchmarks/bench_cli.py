"""The command line as a user starts it, whole process, against ``sqlite3`` and one query.

Run: .venv/bin/python benchmarks/bench_cli.py [--runs N]

Each row is one ``exchange-planner`` command on a fresh copy of the Leipzig–Gwangju sample
(``services.sample.write_sample``), started as the installed command runs it (the console
script next to this Python, or ``python -m exchange_planner``), with this checkout's sources
first on the path. The floor of every row is the same: a Python process that imports
``sqlite3``, opens the sample and runs one query over ``visit``. Runs alternate subject and
floor after a warm-up, with bytecode caches written (``benchmarks/whole_process.py``); the
figure is the median of the pairwise ratios. Goal of issue 14: ≤ 4× (aim ≤ 2×).

Other commands join by appending to ``ROWS`` (name, arguments; ``{db}`` is the sample's path).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from whole_process import PYTHON, REPO, bench_env, paired, report

#: The goal of the row in issue 14 (the aim is 2.0).
GOAL = 4.0

#: (name, arguments after ``exchange-planner``); ``{db}`` stands for the sample's path.
#: ``conflicts`` is added here by the conflicts work (its exit status is 1 when the sample
#: has conflicts: give it arguments, or a wrapper, that end with status 0).
ROWS: list[tuple[str, list[str]]] = [
    ("--help", ["--help"]),
    ("list visits", ["list", "visits", "--db", "{db}"]),
]

#: The floor: the standard library's sqlite3 and one query over the visits.
FLOOR_QUERY = (
    "SELECT id, title, start_date, end_date, status FROM visit ORDER BY start_date DESC, id"
)


def command() -> list[str]:
    """``exchange-planner`` as installed next to this Python, else ``python -m``."""
    script = Path(PYTHON).with_name("exchange-planner")
    if script.is_file():
        return [PYTHON, str(script)]
    return [PYTHON, "-m", "exchange_planner"]


def floor_command(db: Path) -> list[str]:
    return [
        PYTHON,
        "-c",
        f"import sqlite3; c = sqlite3.connect({str(db)!r}); c.execute({FLOOR_QUERY!r}).fetchall()",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="alternating pairs per row (7)")
    parser.add_argument("--only", metavar="NAME", action="append", help="only these rows")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-cli-") as folder:
        home = Path(folder)
        db = home / "sample.sqlite3"
        source = str(REPO / "src")
        path = os.environ.get("PYTHONPATH")
        env = bench_env(
            {
                # This checkout's sources, not whichever the install points at.
                "PYTHONPATH": source if not path else f"{source}{os.pathsep}{path}",
                # No user settings, data or logs of the machine: folders of its own.
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"),
                "XDG_STATE_HOME": str(home / "state"),
                "XDG_CACHE_HOME": str(home / "cache"),
                "LANG": os.environ.get("LANG", "C.UTF-8"),
            }
        )
        env.pop("EXCHANGE_PLANNER_DB", None)
        # Written by a child: this process stays small, so that the peak memory of the
        # timed children (which starts from their parent's at fork) is their own.
        subprocess.run(
            [
                PYTHON,
                "-c",
                "import sys; from exchange_planner.services.sample import write_sample; "
                "write_sample(sys.argv[1])",
                str(db),
            ],
            env=env,
            check=True,
        )
        pairs = []
        for name, arguments in ROWS:
            if options.only and name not in options.only:
                continue
            subject = [*command(), *(a.replace("{db}", str(db)) for a in arguments)]
            pairs.append(paired(name, subject, floor_command(db), runs=options.runs, env=env))
            report(pairs[-1:], goal=GOAL)
    print(f"\nall rows (goal ≤ {GOAL:g}×, aim ≤ 2×):")
    report(pairs, goal=GOAL)


if __name__ == "__main__":
    main()
