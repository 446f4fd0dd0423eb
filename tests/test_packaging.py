"""The PyInstaller spec bundles what the program imports by name, and the packaging smoke
test (packaging/smoke.py) really fails on a PDF without Hangul or with a font not embedded."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from exchange_planner.cli import COMMAND_MODULES, main

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
CLI_DIR = ROOT / "src" / "exchange_planner" / "cli"


def _load(name: str) -> ModuleType:
    # By path: the folder is called like the PyPI package "packaging" and is never imported.
    spec = importlib.util.spec_from_file_location(f"_pkg_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def support() -> ModuleType:
    return _load("spec_support")


@pytest.fixture(scope="module")
def smoke() -> ModuleType:
    return _load("smoke")


# --- the spec -------------------------------------------------------------------------------


def test_the_spec_bundles_every_module_of_the_package(support):
    spec_text = (PACKAGING / "exchange-planner.spec").read_text(encoding="utf-8")
    assert "hiddenimports=[*support.package_modules()" in spec_text
    modules = support.package_modules()
    assert set(COMMAND_MODULES) <= set(modules)
    on_disk = {
        f"exchange_planner.cli.{p.stem}" for p in CLI_DIR.glob("*.py") if p.stem != "__init__"
    }
    assert on_disk <= set(modules)
    assert "exchange_planner.ui.main_window" in modules
    assert not any(".migrations" in name for name in modules)  # bundled as files instead


def test_every_cli_module_with_subcommands_is_in_the_command_list():
    # A module that registers subcommands but is missing from COMMAND_MODULES would be
    # neither offered by the CLI nor noticed by the build.
    registering = {
        f"exchange_planner.cli.{path.stem}"
        for path in CLI_DIR.glob("*.py")
        if re.search(r"^def register\(", path.read_text(encoding="utf-8"), re.MULTILINE)
    }
    assert registering == set(COMMAND_MODULES)


def test_the_migrations_go_in_as_files_next_to_the_storage_package(support):
    files = {
        Path(source).relative_to(support.MIGRATIONS_DIR).as_posix(): target
        for source, target in support.migration_files()
    }
    assert files["env.py"] == "exchange_planner/storage/migrations"
    assert files["alembic.ini"] == "exchange_planner/storage/migrations"
    versions = [name for name in files if name.startswith("versions/")]
    assert versions and all(
        files[name] == "exchange_planner/storage/migrations/versions" for name in versions
    )
    assert not any("__pycache__" in name for name in files)


def test_the_spec_carries_the_metadata_and_excludes_what_is_unused(support):
    spec_text = (PACKAGING / "exchange-planner.spec").read_text(encoding="utf-8")
    assert 'copy_metadata("exchange-planner")' in spec_text
    assert 'collect_data_files("exchange_planner")' in spec_text
    assert {"tkinter", "matplotlib", "PySide6.QtQuick", "PySide6.QtWebEngineCore"} <= set(
        support.EXCLUDES
    )
    # Modules the window needs are never excluded.
    assert not {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport"} & set(
        support.EXCLUDES
    )


def test_the_icon_follows_the_platform(support, tmp_path):
    for name in (
        "exchange-planner.ico",
        "exchange-planner.icns",
        "hicolor/256x256/apps/exchange-planner.png",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    assert support.icon("win32", tmp_path).endswith(".ico")
    assert support.icon("darwin", tmp_path).endswith(".icns")
    assert support.icon("linux", tmp_path).endswith(".png")
    assert support.icon("win32", tmp_path / "missing") is None


# --- the smoke test's PDF checks --------------------------------------------------------------


def _by_name(checks) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {check.name: check for check in checks}


def test_a_printed_itinerary_passes_the_pdf_checks(smoke, sample_db_path, tmp_path, capsys):
    pdf = tmp_path / "itinerary.pdf"
    command = ["print", "itinerary", "--db", str(sample_db_path), "--visit", "1"]
    assert main([*command, "--lang", "de+ko", "-o", str(pdf)]) == 0
    checks = smoke.check_pdf(pdf)
    assert [check.name for check in checks if not check.ok] == []
    assert "NanumGothic" in _by_name(checks)["Hangul font embedded"].evidence


def test_a_pdf_in_a_standard_font_fails(smoke, tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "helvetica.pdf"
    page = canvas.Canvas(str(pdf))
    page.setFont("Helvetica", 12)
    page.drawString(72, 720, "Bürgermeister Städtepartnerschaften Begrüßung")
    page.save()
    checks = _by_name(smoke.check_pdf(pdf))
    assert not checks["PDF text"].ok and "강기정" in checks["PDF text"].evidence
    assert not checks["PDF fonts embedded"].ok
    assert "Helvetica is not embedded" in checks["PDF fonts embedded"].evidence
    assert not checks["Hangul font embedded"].ok


def test_a_pdf_with_an_embedded_latin_font_but_no_hangul_fails(smoke, tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from exchange_planner.reports.fonts import latin_candidates

    regular, _ = latin_candidates()[0]
    pdfmetrics.registerFont(TTFont("SmokeLatin", str(regular)))
    pdf = tmp_path / "latin.pdf"
    page = canvas.Canvas(str(pdf), initialFontName="SmokeLatin")
    page.drawString(72, 720, "Bürgermeister Städtepartnerschaften Begrüßung „Demokratiecampus“")
    page.save()
    checks = _by_name(smoke.check_pdf(pdf))
    assert checks["PDF fonts embedded"].ok  # the TrueType file is in the PDF
    assert not checks["PDF text"].ok and "강기정" in checks["PDF text"].evidence
    assert not checks["Hangul font embedded"].ok


# --- the smoke test's reading of --self-test --------------------------------------------------

GERMAN = """version=0.1.0
frozen=yes
language=de_DE
translations=/opt/exchange-planner/_internal/exchange_planner/resources/translations
translators=qtbase,exchange-planner
icon=/opt/exchange-planner/_internal/exchange_planner/resources/icons/exchange-planner.svg (loaded)
fonts=NanumGothic
window-title=Beispiel (temporäre Kopie) — Exchange Planner
menus=Datei|Bearbeiten|Ansicht|Dokumente|Hilfe
"""


def test_the_self_test_checks_pass_on_a_german_window(smoke):
    assert [c.name for c in smoke.check_self_test(GERMAN, returncode=0) if not c.ok] == []


def test_the_self_test_checks_fail_without_the_translation_icon_or_font(smoke):
    english = (
        GERMAN.replace("qtbase,exchange-planner", "qtbase")
        .replace("Datei", "File")
        .replace("(loaded)", "(missing)")
        .replace("fonts=NanumGothic", "fonts=-")
    )
    failed = [c.name for c in smoke.check_self_test(english, returncode=0) if not c.ok]
    assert failed == ["German translation", "application icon", "Korean font in the window"]
    crashed = smoke.check_self_test("", returncode=1)
    assert not any(check.ok for check in crashed)
