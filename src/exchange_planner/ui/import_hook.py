"""Imports past PySide6's import hook, for the modules that never use PySide6.

Importing PySide6 replaces ``builtins.__import__`` with its ``__feature__`` hook, which reads
the source of every module imported after it (to see whether it uses PySide6's
``__feature__`` options): SQLAlchemy, SQLModel, pydantic and the services would cost that
time and keep all their sources in memory. This module, imported before PySide6
(``ui/app.py``), keeps the import as it was; :func:`plain_imports` uses it for a while. Imported
after PySide6, it keeps the hook and changes nothing.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager

#: ``builtins.__import__`` when this module was first imported.
ORIGINAL_IMPORT = builtins.__import__


@contextmanager
def plain_imports() -> Iterator[None]:
    """Imports without PySide6's hook (for modules that do not use PySide6)."""
    if builtins.__import__ is ORIGINAL_IMPORT:
        yield
        return
    hook = builtins.__import__
    builtins.__import__ = ORIGINAL_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hook
