"""One version: pyproject.toml's, read back through the package metadata everywhere."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import exchange_planner

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_the_one_in_pyproject_read_from_the_metadata() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert exchange_planner.__version__ == importlib.metadata.version("exchange-planner")
    assert exchange_planner.__version__ == declared["version"]
    # pyproject is the only place: the package source does not write it down again.
    source = (ROOT / "src" / "exchange_planner" / "__init__.py").read_text(encoding="utf-8")
    assert declared["version"] not in source


def test_the_command_prints_the_version() -> None:
    script = Path(sys.executable).with_name("exchange-planner")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "exchange_planner"]
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        == f"exchange-planner {importlib.metadata.version('exchange-planner')}"
    )


def test_without_an_installed_distribution_the_version_says_unknown() -> None:
    """Sources on sys.path without any install: "0+unknown", not a crash at import."""
    code = (
        "import importlib.metadata as m\n"
        "def missing(name):\n"
        "    raise m.PackageNotFoundError(name)\n"
        "m.version = missing\n"
        "import exchange_planner\n"
        "print(exchange_planner.__version__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0+unknown"


def test_the_licence_file_is_the_gpl_and_goes_into_the_wheel() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert "LICENSE" in project["license-files"]
    for pattern in project["license-files"]:
        assert list(ROOT.glob(pattern)), f"license-files entry {pattern!r} matches no file"
    # The licences of the bundled fonts go into the wheel's licence folder too.
    from exchange_planner import resources

    for font in resources.BUNDLED_FONTS:
        wanted = f"src/exchange_planner/resources/fonts/{font.licence}"
        assert wanted in project["license-files"], font.family


def test_the_installed_distribution_carries_the_licences() -> None:
    """What Help > About reads: the GPL (and the fonts' licences) in the metadata."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    distribution = importlib.metadata.distribution("exchange-planner")
    installed = distribution.metadata.get_all("License-File") or []
    if sorted(installed) != sorted(project["license-files"]):
        pytest.skip(
            "installed from an older pyproject.toml (./dev reinstalls when it changes): "
            f"License-File {installed} against license-files {project['license-files']}"
        )
    for name in project["license-files"]:
        assert distribution.read_text(f"licenses/{name}") == (ROOT / name).read_text(
            encoding="utf-8"
        ), name


def test_the_changelog_has_the_release_of_this_version() -> None:
    """CHANGELOG.md (Keep a Changelog 1.1.0): an Unreleased section, then this version."""
    import re

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.MULTILINE)
    assert releases[0] == ("Unreleased", "")
    assert releases[1][0] == declared["version"] and releases[1][1]
    assert "(CHANGELOG.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
