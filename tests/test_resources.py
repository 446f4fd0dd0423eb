"""What the application ships: resources inside the package, fonts with their licences, and
runtime dependencies limited to what it imports."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from exchange_planner import resources

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DATA = Path(str(importlib.resources.files("exchange_planner.resources")))


def _runtime_requirements() -> list[Requirement]:
    declared = importlib.metadata.requires("exchange-planner") or []
    requirements = [Requirement(line) for line in declared]
    return [r for r in requirements if r.marker is None or r.marker.evaluate({"extra": ""})]


def test_installed_distribution_requires_no_plotting_stack():
    names = {r.name.lower().replace("_", "-") for r in _runtime_requirements()}
    assert {"pyside6-essentials", "reportlab", "sqlmodel"} <= names  # the metadata was read
    assert not names & {"matplotlib", "numpy", "koreanize-matplotlib", "fonttools", "pandas"}
    # The calendar printed as shown (Qt's PDF) is made PDF/A-2b with pypdf (reports/archive.py).
    assert "pypdf" in names
    assert "psycopg" in names  # teams reach a server database from every installation


def test_every_runtime_requirement_is_imported_by_the_application():
    """A requirement nobody imports is weight in every installation."""
    import_names = {
        "pyside6-essentials": "PySide6",
        "pyside6-pdf": "PySide6.QtPdf",
        "sqlalchemy": "sqlalchemy",
        "charset-normalizer": "charset_normalizer",
        "psycopg": "psycopg",
    }
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "src" / "exchange_planner").rglob("*.py")
    )
    unused = []
    for requirement in _runtime_requirements():
        name = requirement.name.lower()
        module = import_names.get(name, name.replace("-", "_"))
        if f"import {module}" not in sources and f"from {module}" not in sources:
            if name == "tzdata":  # read as data: importlib.resources.files("tzdata.zoneinfo")
                assert '"tzdata.zoneinfo"' in sources
                continue
            if name == "qtawesome":  # its icon font is read as data (ui/icons.py)
                assert 'find_spec("qtawesome")' in sources
                continue
            if name == "psycopg":  # loaded by SQLAlchemy for postgresql+psycopg:// addresses
                assert "postgresql+psycopg" in sources
                continue
            unused.append(name)
    assert unused == []


def test_resources_are_package_data_found_through_importlib_resources():
    from exchange_planner.ui import app

    assert resources.translations_dir() == PACKAGE_DATA / "translations"
    assert Path(app.TRANSLATIONS_DIR) == PACKAGE_DATA / "translations"
    for language in ("de", "en", "ko"):
        assert (resources.translations_dir() / f"exchange-planner_{language}.qm").is_file()
    assert resources.app_icon() == PACKAGE_DATA / "icons" / "exchange-planner.svg"
    for font in resources.BUNDLED_FONTS:
        for name in font.files:
            assert resources.font_file(name).parent == PACKAGE_DATA / "fonts"
            assert resources.font_file(name).stat().st_size > 100_000


def test_no_module_looks_for_files_beside_the_source_tree():
    """A wheel or a frozen build has no folder above the package: nothing may look there."""
    offenders = []
    for path in (ROOT / "src" / "exchange_planner").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if ".parents[" in text or "koreanize" in text or "matplotlib" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_documents_embed_the_shipped_fonts():
    from exchange_planner.reports.fonts import font_set, hangul_candidates, latin_candidates

    assert latin_candidates()[0] == (
        resources.font_file("DejaVuSans.ttf"),
        resources.font_file("DejaVuSans-Bold.ttf"),
    )
    assert hangul_candidates()[0] == (
        resources.font_file("NanumGothic.ttf"),
        resources.font_file("NanumGothicBold.ttf"),
    )
    sources = [Path(face.source) for face in font_set().faces]
    assert sources == [
        resources.font_file("DejaVuSans.ttf"),
        resources.font_file("NanumGothic.ttf"),
    ]


def test_the_window_uses_the_shipped_hangul_font():
    from exchange_planner.ui.app import hangul_font_files

    assert hangul_font_files()[:2] == [
        resources.font_file("NanumGothic.ttf"),
        resources.font_file("NanumGothicBold.ttf"),
    ]


def test_shipped_fonts_match_their_checksums_and_sources():
    folder = PACKAGE_DATA / "fonts"
    listed = {}
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ")
        listed[name] = digest
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    shipped = {path.name for path in folder.iterdir()} - {"SHA256SUMS", "SOURCES"}
    assert shipped == set(listed)
    sources = (folder / "SOURCES").read_text(encoding="utf-8")
    for font in resources.BUNDLED_FONTS:
        package, version = font.source.removeprefix("Debian ").split(" ")
        assert f"{package}={version}: {font.regular}, {font.bold}, {font.licence}" in sources


def test_each_font_comes_with_its_licence_text():
    nanum = resources.licence_text(resources.NANUM_GOTHIC)
    assert "SIL OPEN FONT LICENSE" in nanum and "NAVER Corporation" in nanum
    assert "Reserved Font Name Nanum" in nanum
    dejavu = resources.licence_text(resources.DEJAVU_SANS)
    assert "Bitstream" in dejavu and "Permission is hereby granted" in dejavu
    for text in (nanum, dejavu):  # plain text, not the indented Debian copyright format
        assert "\n .\n" not in text and not text.startswith(" ")


def test_a_missing_resource_is_named():
    with pytest.raises(resources.MissingResource, match=r"fonts/Nothing\.ttf"):
        resources.font_file("Nothing.ttf")


def test_licence_text_of_a_debian_copyright_file():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import refresh_fonts
    finally:
        sys.path.pop(0)
    copyright_file = (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
        "Files: *\nCopyright: 2010, Somebody\n 2011, Somebody Else\nLicense: OFL-1.1\n\n"
        "Files: debian/*\nCopyright: 2012, Packager\nLicense: GPL-3+\n\n"
        "License: OFL-1.1\n SIL OPEN FONT LICENSE\n .\n Version 1.1\n"
    )
    text = refresh_fonts.licence_text(copyright_file, "OFL-1.1")
    assert text == (
        "Copyright: 2010, Somebody\n2011, Somebody Else\n\nSIL OPEN FONT LICENSE\n\nVersion 1.1\n"
    )
    with pytest.raises(SystemExit, match="expected licence MIT"):
        refresh_fonts.licence_text(copyright_file, "MIT")


def test_the_wheel_carries_every_resource(tmp_path):
    # Built from a copy, so the build folder never lands in the checkout.
    checkout = tmp_path / "checkout"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "src", checkout / "src", ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copyfile(ROOT / name, checkout / name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(checkout),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("exchange_planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        *(f"translations/exchange-planner_{lang}.qm" for lang in ("de", "en", "ko")),
        "icons/exchange-planner.svg",
        *(f"fonts/{name}" for font in resources.BUNDLED_FONTS for name in font.files),
        *(f"fonts/{font.licence}" for font in resources.BUNDLED_FONTS),
        "fonts/SHA256SUMS",
        "fonts/SOURCES",
    }
    missing = {name for name in expected if f"exchange_planner/resources/{name}" not in names}
    assert missing == set()
    assert not any(name.endswith(".ts") for name in names)  # sources of the .qm stay behind
    assert "exchange_planner/storage/migrations/alembic.ini" in names
    # The licences (the program's and the fonts') in the wheel's metadata, where Help > About
    # reads the program's.
    (info,) = {name.split("/")[0] for name in names if ".dist-info/" in name}
    licences = {
        "LICENSE",
        *(
            f"src/exchange_planner/resources/fonts/{font.licence}"
            for font in resources.BUNDLED_FONTS
        ),
    }
    assert {name for name in licences if f"{info}/licenses/{name}" not in names} == set()
