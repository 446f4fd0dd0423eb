"""What the PyInstaller spec bundles, as plain functions the tests can call too.

No PyInstaller import here: ``exchange-planner.spec`` loads this file by path (the folder is
called ``packaging`` like the PyPI package, so it is never put on ``sys.path``).
"""

from __future__ import annotations

import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE_DIR = SRC / "exchange_planner"
MIGRATIONS_DIR = PACKAGE_DIR / "storage" / "migrations"

#: Python modules nothing in the application imports, kept out of the bundle.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "matplotlib",
    "numpy",
    "koreanize_matplotlib",
    "IPython",
    "pytest",
    "_pytest",
    "hypothesis",
    # Qt modules the interface does not use (it needs QtCore, QtGui, QtWidgets,
    # QtPrintSupport, QtPdf and QtPdfWidgets; QtPdf links QtNetwork and QtDBus itself).
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DExtras",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSerialPort",
    "PySide6.QtTextToSpeech",
]


def package_modules() -> list[str]:
    """Every module of ``exchange_planner`` (the subcommands of ``cli.COMMAND_MODULES`` are
    imported by name, so the analysis cannot see them), without the migration scripts,
    which Alembic loads by path and which are bundled as files."""
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    import exchange_planner

    names = ["exchange_planner"]
    for module in pkgutil.walk_packages(exchange_planner.__path__, "exchange_planner."):
        if ".storage.migrations" not in module.name:
            names.append(module.name)
    return sorted(names)


def migration_imports() -> list[str]:
    """What ``env.py`` and the version scripts import (they are read by path, not analysed)."""
    return [
        "alembic.op",
        "alembic.context",
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.postgresql",
        "sqlmodel",
    ]


def migration_files() -> list[tuple[str, str]]:
    """The Alembic folder as files, scripts included, where ``storage/database.py`` looks
    for it (next to itself)."""
    files = []
    for path in sorted(MIGRATIONS_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            target = Path("exchange_planner") / path.parent.relative_to(PACKAGE_DIR)
            files.append((str(path), target.as_posix()))
    return files


def icon(platform: str, icons_dir: Path) -> str | None:
    """The application icon in the platform's format, rendered by ``./dev package`` into
    ``icons_dir`` (``.ico`` on Windows, ``.icns`` on macOS, a PNG elsewhere, which
    PyInstaller does not use on Linux: the desktop file names the icon there)."""
    name = {"win32": "exchange-planner.ico", "darwin": "exchange-planner.icns"}.get(
        platform, "hicolor/256x256/apps/exchange-planner.png"
    )
    path = icons_dir / name
    return str(path) if path.is_file() else None


def version() -> str:
    """The version of ``pyproject.toml`` (one source; the metadata carries it too)."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])
