"""The layers below the user interface must not import Qt (checked on the source, not at run time)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "exchange_planner"
QT_FREE = ["domain", "storage", "services", "reports", "cli"]
FORBIDDEN = ("PySide6", "shiboken6", "qtawesome", "qtpy", "exchange_planner.ui")
# The CLI starts the GUI through one lazy import inside a function; that one is allowed.
ALLOWED = {("cli/__init__.py", "exchange_planner.ui.app")}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_does_not_import_qt(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for name in _imports(path):
            if name.startswith(FORBIDDEN) and (relative, name) not in ALLOWED:
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_domain_does_not_depend_on_storage_or_services() -> None:
    offenders = [
        f"{path.name}: {name}"
        for path in sorted((PACKAGE / "domain").rglob("*.py"))
        for name in _imports(path)
        if name.startswith(
            ("sqlalchemy", "sqlmodel", "exchange_planner.storage", "exchange_planner.services")
        )
    ]
    assert offenders == []
