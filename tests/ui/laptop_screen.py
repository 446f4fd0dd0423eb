"""Runs a small Qt script in a process of its own on a 1366×768 offscreen screen (the screen
size is read once per process) and hands back the JSON it printed last."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1366, 768


def run_on_laptop_screen(tmp_path: Path, script: str, *args: str) -> Any:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}]}
        ),
        encoding="utf-8",
    )
    source = Path(__file__).resolve().parents[2] / "src"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": os.pathsep.join([str(source), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
