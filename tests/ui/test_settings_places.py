"""Settings, data and logs live in the platformdirs places of one name, ``exchange-planner``;
the settings of earlier builds (``~/.config/Exchange Planner/Exchange Planner.conf``) are
copied over once, so an upgrade keeps the last database, language, font and window places."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import platformdirs
import pytest
from platformdirs.macos import MacOS
from platformdirs.windows import Windows

from exchange_planner.logs import LOG_DIR_ENV, log_dir
from exchange_planner.storage.database import default_database_path
from exchange_planner.ui import settings as settings_module
from exchange_planner.ui.settings import SETTINGS_ENV, application_settings, settings_path

#: What an earlier build wrote (QSettings() for organisation and application "Exchange
#: Planner"), then what this build reads through application_settings(), as JSON.
EARLIER_BUILD = """
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
QCoreApplication.setOrganizationName("Exchange Planner")
QCoreApplication.setApplicationName("Exchange Planner")
old = QSettings()
old.setValue("database/last", "/home/kim/plans.sqlite3")
old.setValue("database/recent", ["/home/kim/plans.sqlite3", "/home/kim/2025.sqlite3"])
old.setValue("interface/language", "ko")
old.setValue("documents/font_path", "/home/kim/fonts/Noto.ttf")
old.setValue("window/geometry", QByteArray(bytes(range(256))))
old.sync()
print(old.fileName())
"""

THIS_BUILD = """
import json
from exchange_planner.ui.settings import application_settings
settings = application_settings()
geometry = settings.value("window/geometry")
print(json.dumps({
    "file": settings.fileName(),
    "last": settings.value("database/last"),
    "recent": settings.value("database/recent"),
    "language": settings.value("interface/language"),
    "font": settings.value("documents/font_path"),
    "geometry": list(bytes(geometry)) if geometry is not None else None,
}))
settings.setValue("interface/language", "de")  # a choice made in the new version
settings.sync()
"""


def _run(code: str, home: Path) -> str:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in (SETTINGS_ENV, "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
    }
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.skipif(sys.platform != "linux", reason="the earlier place checked is Linux's")
def test_an_upgrade_keeps_the_settings_of_the_earlier_build(tmp_path: Path) -> None:
    old_file = Path(_run(EARLIER_BUILD, tmp_path))
    assert old_file == tmp_path / "config" / "Exchange Planner" / "Exchange Planner.conf"
    before = old_file.read_bytes()

    first = json.loads(_run(THIS_BUILD, tmp_path))
    new_file = tmp_path / "config" / "exchange-planner" / "exchange-planner.ini"
    assert Path(first["file"]) == new_file
    assert new_file.is_file()
    assert first["last"] == "/home/kim/plans.sqlite3"
    assert first["recent"] == ["/home/kim/plans.sqlite3", "/home/kim/2025.sqlite3"]
    assert first["language"] == "ko"
    assert first["font"] == "/home/kim/fonts/Noto.ttf"
    assert first["geometry"] == list(range(256))
    # Copied, not moved: the earlier build's file is as it was.
    assert old_file.read_bytes() == before

    # Once: the next start reads the new file and keeps what was changed there.
    second = json.loads(_run(THIS_BUILD, tmp_path))
    assert second["language"] == "de"
    assert second["last"] == "/home/kim/plans.sqlite3"
    assert old_file.read_bytes() == before


def test_a_first_start_without_earlier_settings_copies_nothing(tmp_path: Path) -> None:
    out = json.loads(_run(THIS_BUILD, tmp_path))
    assert Path(out["file"]) == tmp_path / "config" / "exchange-planner" / "exchange-planner.ini"
    assert out["last"] is None and out["language"] is None and out["geometry"] is None


def test_the_start_and_the_tests_use_the_same_private_settings_file(qt_settings) -> None:  # type: ignore[no-untyped-def]
    """The qt_settings fixture is the file application_settings() opens: no test writes into
    the user's own settings."""
    assert application_settings().fileName() == qt_settings.fileName()
    qt_settings.setValue("database/last", "/tmp/x.sqlite3")
    assert application_settings().value("database/last") == "/tmp/x.sqlite3"
    assert not settings_path().is_relative_to(Path.home() / ".config")


def test_a_chosen_settings_file_is_not_filled_from_earlier_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "mine.ini"
    monkeypatch.setenv(SETTINGS_ENV, str(chosen))
    called: list[Path] = []
    monkeypatch.setattr(settings_module, "adopt_previous_settings", called.append)
    assert application_settings().fileName() == str(chosen)
    assert called == []


@pytest.mark.parametrize("system", ["windows", "macos", "linux"])
def test_settings_data_and_logs_are_kept_under_one_name(
    system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On every system the three places are named ``exchange-planner`` once: no author folder
    (Windows would otherwise nest ``exchange-planner\\exchange-planner``)."""
    monkeypatch.delenv(SETTINGS_ENV, raising=False)
    monkeypatch.delenv(LOG_DIR_ENV, raising=False)
    if system == "windows":
        local = "C:\\Users\\kim\\AppData\\Local"
        monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
        monkeypatch.setattr(
            "platformdirs.windows.get_win_folder", lambda _name: local, raising=False
        )
        expected = {
            "settings": f"{local}\\exchange-planner\\exchange-planner.ini",
            "data": f"{local}\\exchange-planner",
            "logs": f"{local}\\exchange-planner\\Logs",
        }
    elif system == "macos":
        monkeypatch.setattr(platformdirs, "PlatformDirs", MacOS)
        monkeypatch.setenv("HOME", str(tmp_path))
        support = f"{tmp_path}/Library/Application Support/exchange-planner"
        expected = {
            "settings": f"{support}/exchange-planner.ini",
            "data": support,
            "logs": f"{tmp_path}/Library/Logs/exchange-planner",
        }
    else:
        if sys.platform != "linux":
            pytest.skip("Linux's places are checked on Linux")
        for name, folder in (("CONFIG", "c"), ("DATA", "d"), ("STATE", "s")):
            monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / folder))
        expected = {
            "settings": f"{tmp_path}/c/exchange-planner/exchange-planner.ini",
            "data": f"{tmp_path}/d/exchange-planner",
            "logs": f"{tmp_path}/s/exchange-planner/log",
        }
    found = {
        "settings": str(settings_path()),
        "data": str(default_database_path().parent),
        "logs": str(log_dir()),
    }
    if system == "windows":
        found = {key: str(PureWindowsPath(value)) for key, value in found.items()}
    assert found == expected


def test_only_the_applications_own_earlier_values_are_copied() -> None:
    """No fallbacks: the system-wide preferences (macOS) or an organisation's defaults
    (Windows, /etc/xdg on Linux) are not copied into the user's file."""
    previous = settings_module.previous_settings()
    assert not previous.fallbacksEnabled()
    assert previous.scope() is previous.Scope.UserScope
