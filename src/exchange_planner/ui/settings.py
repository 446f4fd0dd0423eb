"""The settings file of the application: one INI file in the platformdirs config folder.

Every part of the program that keeps a preference (the last database, the recent files, the
language, the document font, window and preview geometry, your name) reads and writes it
through :func:`application_settings`. Where it is (``appauthor=False``, so the folder is
named once, ``exchange-planner``, like the data and log folders):

- Linux: ``~/.config/exchange-planner/exchange-planner.ini`` (``$XDG_CONFIG_HOME`` honoured),
- Windows: ``%LOCALAPPDATA%\\exchange-planner\\exchange-planner.ini``,
- macOS: ``~/Library/Application Support/exchange-planner/exchange-planner.ini``.

An INI file on every system (not the Windows registry or a macOS property list, which Qt's
native format would use): one file a user can find, copy, back up or delete, and whose path
Help > About shows. ``EXCHANGE_PLANNER_SETTINGS`` names another file (tests use it).

Earlier builds kept the settings where ``QSettings()`` puts them for the organisation and
application "Exchange Planner" (``~/.config/Exchange Planner/Exchange Planner.conf`` on
Linux, the registry key ``HKEY_CURRENT_USER\\Software\\Exchange Planner\\Exchange Planner`` on
Windows, a property list in ``~/Library/Preferences`` on macOS). The first start without the
new file copies every value from there, so nobody loses their last database, language,
fonts or window places; the old settings are left as they were (a copy, not a move: an
earlier build started again still finds its own settings, and nothing is lost if the copy
fails half-way).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from exchange_planner import APP_ID, APP_NAME, ORG_NAME

SETTINGS_ENV = "EXCHANGE_PLANNER_SETTINGS"
SETTINGS_FILE_NAME = f"{APP_ID}.ini"

logger = logging.getLogger("exchange_planner")


def settings_path() -> Path:
    """The settings file: ``$EXCHANGE_PLANNER_SETTINGS`` or the one in the config folder."""
    configured = os.environ.get(SETTINGS_ENV)
    if configured:
        return Path(configured)
    return platformdirs.user_config_path(APP_ID, appauthor=False) / SETTINGS_FILE_NAME


def previous_settings() -> QSettings:
    """The settings where earlier builds kept them (Qt's native place and format)."""
    previous = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME
    )
    # Only the application's own values: on macOS the fallbacks would add the system-wide
    # preferences (AppleLocale, NSLanguages...), on Windows the organisation's defaults.
    previous.setFallbacksEnabled(False)
    return previous


def adopt_previous_settings(path: Path, previous: QSettings | None = None) -> bool:
    """Copy the earlier build's settings into ``path`` if there is no file there yet.

    Returns True when values were copied. The earlier settings are not changed."""
    if path.exists():
        return False
    previous = previous if previous is not None else previous_settings()
    keys = previous.allKeys()
    if not keys:
        return False
    adopted = QSettings(str(path), QSettings.Format.IniFormat)
    for key in keys:
        adopted.setValue(key, previous.value(key))
    adopted.sync()
    if adopted.status() != QSettings.Status.NoError:
        logger.warning("settings could not be copied from %s to %s", previous.fileName(), path)
        return False
    logger.info("settings copied from %s to %s", previous.fileName(), path)
    return True


def application_settings() -> QSettings:
    """The settings of this user (see the module's notes for where they are)."""
    path = settings_path()
    if not os.environ.get(SETTINGS_ENV):
        adopt_previous_settings(path)
    return QSettings(str(path), QSettings.Format.IniFormat)
