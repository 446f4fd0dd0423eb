"""``exchange-planner --self-test``: the diagnostic the packaging smoke test reads.

Each run is a program of its own (as the smoke test starts it), with HOME and the XDG
folders in a temporary folder, offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from exchange_planner.cli import build_parser

SOURCE = Path(__file__).resolve().parents[2] / "src"


def _self_test(tmp_path: Path, language: str) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "LC_", "LANG"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        LANG=language,
        LC_ALL=language,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]),
    )
    result = subprocess.run(
        [sys.executable, "-m", "exchange_planner", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    values = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    # Nothing was written into the user's settings or data folders.
    assert not any(path.is_file() for path in home.rglob("*.conf")), list(home.rglob("*"))
    assert not any(path.is_file() for path in home.rglob("*.sqlite3"))
    return values


def test_under_a_german_locale_the_window_is_german(tmp_path):
    values = _self_test(tmp_path, "de_DE.UTF-8")
    assert values["language"] == "de_DE"
    assert values["translators"].split(",") == ["qtbase", "exchange-planner"]
    assert values["menus"].split("|")[0] == "Datei"
    assert "Beispiel" in values["window-title"]
    assert values["icon"].endswith("(loaded)")
    assert "NanumGothic" in values["fonts"].split(",")
    assert Path(values["translations"], "exchange-planner_de.qm").is_file()
    assert values["frozen"] == "no"
    from exchange_planner import __version__

    assert values["version"] == __version__


def test_under_an_english_locale_it_reports_english(tmp_path):
    values = _self_test(tmp_path, "en_US.UTF-8")
    assert values["language"] == "en_US"
    assert values["menus"].split("|")[0] == "File"


def test_the_diagnostic_is_not_offered_in_the_help():
    assert "--self-test" not in build_parser().format_help()
    args = build_parser().parse_args(["--self-test"])
    assert args.self_test and args.command is None
