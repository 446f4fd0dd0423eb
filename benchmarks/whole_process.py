"""Whole-process timing shared by the benchmarks: a subject command against its floor.

Each figure is a whole process as a user starts it (interpreter start, imports, work, exit),
with bytecode caches written (``PYTHONDONTWRITEBYTECODE`` removed from the environment and one
warm-up run of each command first). Runs alternate subject, floor, subject, floor... so that
load from other processes falls on both alike; the ratio quoted is the median of the pairwise
ratios. Peak memory is the child's maximum resident set size (``wait4``).
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The Python that runs the subjects and floors (the benchmark's own, i.e. the project venv).
PYTHON = sys.executable
REPO = Path(__file__).resolve().parent.parent


def bench_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a timed process: bytecode written, offscreen Qt, no user settings
    leaking in (a settings file of its own), plus ``extra``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra or {})
    return env


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float


#: Spawns the measured command and reports its wall time and peak memory as JSON. A small
#: process of its own does the spawning: a child's peak resident set includes the memory of
#: the process that forked it, so a benchmark that has built a large database in memory
#: would otherwise inflate every figure (the floor's too).
_RUNNER = """
import json, os, sys, time
command = sys.argv[1:]
started = time.perf_counter()
pid = os.posix_spawnp(
    command[0], command, os.environ,
    file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)],
)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "kib": usage.ru_maxrss,
                  "status": os.waitstatus_to_exitcode(status)}))
"""

#: The same, timing the command until it prints a line starting with a given text (the first
#: paint of a window, say) and taking its peak resident set at that moment (``VmHWM``, Linux);
#: then it waits for the command's exit, whose status must be 0.
_RUNNER_UNTIL = """
import json, subprocess, sys, time
prefix, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
child = subprocess.Popen(command, stdout=subprocess.PIPE)
seen = kib = None
for raw in child.stdout:
    if seen is None and raw.decode(errors="replace").startswith(prefix):
        seen = time.perf_counter() - started
        with open(f"/proc/{child.pid}/status") as status:
            kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
status = child.wait()
print(json.dumps({"seconds": seen, "kib": kib,
                  "status": status if seen is not None else f"no line {prefix!r}"}))
"""


def run_once(
    command: Sequence[str],
    env: Mapping[str, str] | None = None,
    *,
    cwd: str | os.PathLike[str] | None = None,
    timeout: float = 600.0,
    until_line: str | None = None,
) -> Run:
    """One whole process: wall time from spawn to exit, and its peak resident memory; with
    ``until_line``, from spawn to the moment it prints a line starting with that text, and
    its peak memory then (the process must still exit with status 0)."""
    runner = ["-c", _RUNNER] if until_line is None else ["-c", _RUNNER_UNTIL, until_line]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [sys.executable, "-I", *runner, *command],
            env=dict(env) if env is not None else bench_env(),
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=errors,
            start_new_session=True,
        )
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise RuntimeError(f"timed out after {timeout:g} s: {' '.join(command)}") from None
        errors.seek(0)
        told = errors.read().decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"cannot run {' '.join(command)}\n{told[-2000:]}")
    measured = json.loads(output)
    if measured["status"] != 0:
        raise RuntimeError(f"exit status {measured['status']}: {' '.join(command)}\n{told[-2000:]}")
    return Run(measured["seconds"], measured["kib"] / 1024)  # ru_maxrss: KiB on Linux


@dataclass
class Pair:
    name: str
    subject: list[Run] = field(default_factory=list)
    floor: list[Run] = field(default_factory=list)

    @property
    def subject_seconds(self) -> float:
        return statistics.median(run.seconds for run in self.subject)

    @property
    def floor_seconds(self) -> float:
        return statistics.median(run.seconds for run in self.floor)

    @property
    def ratio(self) -> float:
        """Median of the pairwise ratios (each subject run over the floor run next to it)."""
        return statistics.median(
            s.seconds / f.seconds for s, f in zip(self.subject, self.floor, strict=True)
        )

    @property
    def memory_ratio(self) -> float:
        subject = statistics.median(run.peak_mib for run in self.subject)
        floor = statistics.median(run.peak_mib for run in self.floor)
        return subject / floor

    def line(self) -> str:
        subject_mib = statistics.median(run.peak_mib for run in self.subject)
        floor_mib = statistics.median(run.peak_mib for run in self.floor)
        return (
            f"{self.name}: {self.subject_seconds * 1000:.0f} ms against "
            f"{self.floor_seconds * 1000:.0f} ms, ratio {self.ratio:.2f} "
            f"(pairs {min(self._ratios()):.2f}-{max(self._ratios()):.2f}); "
            f"peak {subject_mib:.0f} MiB against {floor_mib:.0f} MiB, "
            f"ratio {self.memory_ratio:.2f}"
        )

    def _ratios(self) -> list[float]:
        return [s.seconds / f.seconds for s, f in zip(self.subject, self.floor, strict=True)]


def paired(
    name: str,
    subject: Sequence[str],
    floor: Sequence[str],
    *,
    runs: int = 7,
    env: Mapping[str, str] | None = None,
    floor_env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    timeout: float = 600.0,
    until_line: str | None = None,
) -> Pair:
    """``runs`` alternating runs of ``subject`` and ``floor`` after one warm-up of each
    (``until_line``: see :func:`run_once`)."""
    env = env if env is not None else bench_env()
    floor_env = floor_env if floor_env is not None else env
    options = {"cwd": cwd, "timeout": timeout, "until_line": until_line}
    run_once(subject, env, **options)  # type: ignore[arg-type]
    run_once(floor, floor_env, **options)  # type: ignore[arg-type]
    pair = Pair(name)
    for _ in range(runs):
        pair.subject.append(run_once(subject, env, **options))  # type: ignore[arg-type]
        pair.floor.append(run_once(floor, floor_env, **options))  # type: ignore[arg-type]
    return pair


def report(pairs: Sequence[Pair], *, goal: float | None = None) -> None:
    """One line a figure; with ``goal``, whether each ratio reaches it."""
    for pair in pairs:
        verdict = ""
        if goal is not None:
            verdict = "  (goal met)" if pair.ratio <= goal else f"  (goal ≤ {goal:g} not met)"
        print(pair.line() + verdict, flush=True)
