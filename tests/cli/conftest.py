"""Fixtures of the command-line tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def folders(sample_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the sample in a folder of its own (``data/plans.sqlite3``) and an output folder."""
    data = tmp_path / "data"
    out = tmp_path / "out"
    data.mkdir()
    out.mkdir()
    shutil.copy(sample_template, data / "plans.sqlite3")
    return data / "plans.sqlite3", out
