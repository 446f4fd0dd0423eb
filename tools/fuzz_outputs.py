"""Long fuzzing of every output with hostile text in every text field.

Runs the property of tests/services/test_fuzz_outputs.py (tests/fuzz_pipeline.py with the
strategies of tests/fuzz_strategies.py) for many examples: each example stores one value per
text field through the services, then prints every document (itinerary whole and per member,
gift protocols, residency sheet, balance), writes ICS, the command line's CSV and text, the
JSON exchange file (imported into an empty database and exported again) and, with Qt, the
calendar's month and week PDFs.

    .venv/bin/python tools/fuzz_outputs.py --examples 2000 --seed 1
    .venv/bin/python tools/fuzz_outputs.py --replay fuzz-failures/failure-1.json

A failure is shrunk to a small example, printed with the exception, and saved as JSON (lone
surrogates escaped) that ``--replay`` runs again; an example slower than ``--slow`` seconds
is reported with the stack where it spent its time. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import random
import sys
import tempfile
import time
import traceback
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from fuzz_pipeline import OUTPUTS, run  # noqa: E402
from fuzz_strategies import Scenario, scenarios  # noqa: E402


def encode(scenario: Scenario) -> str:
    """The scenario as JSON (ASCII, so lone surrogates survive as escapes)."""

    def value(item: Any) -> Any:
        return {"decimal": str(item)} if isinstance(item, Decimal) else item

    return json.dumps(
        {
            "values": {key: value(item) for key, item in scenario.values.items()},
            "lang": scenario.lang,
            "home_zone_column": scenario.home_zone_column,
        },
        indent=1,
    )


def decode(text: str) -> Scenario:
    data = json.loads(text)

    def value(item: Any) -> Any:
        return Decimal(item["decimal"]) if isinstance(item, dict) else item

    return Scenario(
        values={key: value(item) for key, item in data["values"].items()},
        lang=data["lang"],
        home_zone_column=data["home_zone_column"],
    )


class Fuzzer:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.outputs = tuple(args.outputs.split(","))
        self.count = 0
        self.times: list[float] = []
        self.failure: Path | None = None
        self.seed: int | None = None
        self.started = time.monotonic()
        self.save_dir = Path(args.save_dir)

    def one(self, scenario: Scenario) -> list[str]:
        started = time.monotonic()
        faulthandler.dump_traceback_later(self.args.slow, exit=False, file=sys.stderr)
        try:
            with tempfile.TemporaryDirectory(prefix="fuzz-outputs-") as folder:
                try:
                    report = run(scenario, Path(folder), self.outputs)
                except BaseException:
                    self.save(scenario)
                    raise
        finally:
            faulthandler.cancel_dump_traceback_later()
        elapsed = time.monotonic() - started
        self.count += 1
        self.times.append(elapsed)
        if elapsed > self.args.slow:
            path = self.save(scenario, "slow")
            print(f"  slow example ({elapsed:.1f} s), saved as {path}", flush=True)
        if self.count == 1:
            print("  each example: " + "; ".join(report), flush=True)
        if self.count % self.args.progress == 0:
            print(
                f"  {self.count} examples, {time.monotonic() - self.started:.0f} s, "
                f"last: {report[0]}",
                flush=True,
            )
        return report

    def save(self, scenario: Scenario, kind: str = "failure") -> Path:
        """Saved as JSON; while a failure shrinks, each smaller one replaces the last."""
        self.save_dir.mkdir(parents=True, exist_ok=True)
        name = f"failure-seed-{self.seed}" if kind == "failure" else f"slow-{self.count + 1}"
        path = self.save_dir / f"{name}.json"
        path.write_text(encode(scenario), encoding="utf-8")
        if kind == "failure":
            self.failure = path
        return path


def _qt(outputs: tuple[str, ...]) -> Any:
    if "calendar" not in outputs:
        return None
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=200, help="examples to run (200)")
    parser.add_argument("--seed", type=int, help="random seed (default: a new one, printed)")
    parser.add_argument(
        "--outputs",
        default="documents,exchange,calendar",
        help=f"comma-separated, of {', '.join(OUTPUTS)} (all)",
    )
    parser.add_argument("--slow", type=float, default=60, help="report examples over S seconds")
    parser.add_argument("--no-shrink", action="store_true", help="report failures unshrunk")
    parser.add_argument("--progress", type=int, default=25, help="a line every N examples")
    parser.add_argument("--save-dir", default="fuzz-failures", help="where failures are saved")
    parser.add_argument("--replay", type=Path, help="run one saved example again")
    args = parser.parse_args(argv)
    fuzzer = Fuzzer(args)
    app = _qt(fuzzer.outputs)  # noqa: F841  (kept alive for the calendar print)

    if args.replay is not None:
        print(f"replaying {args.replay} ({', '.join(fuzzer.outputs)})")
        for line in fuzzer.one(decode(args.replay.read_text(encoding="utf-8"))):
            print(f"  {line}")
        return 0

    chosen_seed = args.seed if args.seed is not None else random.randrange(2**32)
    fuzzer.seed = chosen_seed
    phases = [Phase.generate] if args.no_shrink else [Phase.generate, Phase.shrink]
    print(
        f"fuzzing {', '.join(fuzzer.outputs)}: {args.examples} examples, seed {chosen_seed}",
        flush=True,
    )

    @seed(chosen_seed)
    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=phases,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(scenario=scenarios())
    def prop(scenario: Scenario) -> None:
        fuzzer.one(scenario)

    failed = False
    try:
        prop()
    except Exception:
        failed = True
        traceback.print_exc()
    elapsed = time.monotonic() - fuzzer.started
    times = sorted(fuzzer.times)
    print(
        f"ran {fuzzer.count} examples in {elapsed:.0f} s"
        + (f" (median {times[len(times) // 2]:.1f} s, slowest {times[-1]:.1f} s)" if times else "")
    )
    if failed:
        last = fuzzer.failure
        print(f"FAILED (seed {chosen_seed}); the shrunk example is saved as {last}")
        print(f"reproduce: {sys.executable} tools/fuzz_outputs.py --replay {last}")
        return 1
    print(f"no failures (seed {chosen_seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
