"""The Linux desktop integration in packaging/linux/: the validators pass (when installed),
the desktop entry, the MIME type, the AppStream metainfo and the package agree with each
other, and the rendered icons are the right sizes and not blank."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

import exchange_planner
from exchange_planner.services import interchange
from exchange_planner.storage.database import open_database

REPOSITORY = Path(__file__).resolve().parents[1]
LINUX = REPOSITORY / "packaging" / "linux"
DESKTOP = LINUX / "exchange-planner.desktop"
METAINFO = LINUX / "io.github.exchange_planner.metainfo.xml"
MIME = LINUX / "exchange-planner.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SQLITE_TYPE = "application/vnd.sqlite3"
EXCHANGE_TYPE = "application/x-exchange-planner+json"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))


def listed(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), LINUX / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the validators ------------------------------------------------------------------------
def _missing(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


@pytest.mark.skipif(
    bool(_missing("desktop-file-validate", "appstreamcli", "update-mime-database")),
    reason="validators not installed: "
    + ", ".join(_missing("desktop-file-validate", "appstreamcli", "update-mime-database"))
    + " (apt-get install desktop-file-utils appstream shared-mime-info)",
)
def test_the_validators_pass():
    result = subprocess.run(
        [str(LINUX / "validate")], capture_output=True, text=True, timeout=120, check=False
    )
    print(result.stdout, result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed"
)
def test_desktop_file_validate_says_nothing_at_all():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


# --- consistency ---------------------------------------------------------------------------
def test_the_media_types_agree_everywhere():
    desktop_types = set(listed(entry()["MimeType"]))
    defined = {node.get("type") for node in ElementTree.parse(MIME).getroot()}
    provided = {node.text for node in metainfo().iter("mediatype")}
    assert defined == {EXCHANGE_TYPE}
    # Databases: shared-mime-info's own type for SQLite files (glob *.sqlite3, magic).
    assert desktop_types == provided == defined | {SQLITE_TYPE}
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if system.exists():
        assert f'type="{SQLITE_TYPE}"' in system.read_text(encoding="utf-8")


def test_the_exchange_type_is_json_with_the_mark_the_export_writes(sample_db_path, tmp_path):
    from exchange_planner.cli.open_file import FileKind, classify

    root = ElementTree.parse(MIME).getroot()
    kind = root.find(f"{MIME_NS}mime-type")
    assert kind is not None
    assert [node.get("type") for node in kind.iter(f"{MIME_NS}sub-class-of")] == [
        "application/json"
    ]
    globs = [node.get("pattern") for node in kind.iter(f"{MIME_NS}glob")]
    assert globs == ["*.json"]
    matches = list(kind.iter(f"{MIME_NS}match"))
    database = open_database(sample_db_path)
    try:
        exported = interchange.export_to_file(database, tmp_path / "exchange.json")
    finally:
        database.dispose()
    head = exported.read_bytes()[:64]
    assert all(match.get("offset") == "0:64" for match in matches)
    assert any(match.get("value", "").encode() in head for match in matches)
    assert classify(str(exported)).kind is FileKind.EXCHANGE


@pytest.mark.skipif(
    bool(_missing("update-mime-database", "gio")), reason="update-mime-database or gio missing"
)
def test_files_get_their_types_from_the_mime_database(sample_db_path, tmp_path):
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, data / "mime" / "packages")
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if not system.exists():
        pytest.skip("no freedesktop.org.xml to build the database with")
    shutil.copy(system, data / "mime" / "packages")
    environment = {**os.environ, "XDG_DATA_DIRS": str(data), "XDG_DATA_HOME": str(data)}
    subprocess.run(["update-mime-database", str(data / "mime")], env=environment, check=True)
    database = open_database(sample_db_path)
    try:
        exchange = interchange.export_to_file(database, tmp_path / "exchange.json")
    finally:
        database.dispose()
    plain = tmp_path / "plain.json"
    plain.write_text('{"format": "other"}')
    renamed = tmp_path / "plans.db"
    shutil.copy(sample_db_path, renamed)

    def content_type(path: Path) -> str:
        out = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return out.rsplit("content-type:", 1)[1].strip()

    assert content_type(exchange) == EXCHANGE_TYPE
    assert content_type(plain) == "application/json"
    assert content_type(sample_db_path) == SQLITE_TYPE
    assert content_type(renamed) == SQLITE_TYPE


def test_the_release_is_the_package_version():
    version = pyproject()["project"]["version"]
    releases = [node.get("version") for node in metainfo().iter("release")]
    assert releases[0] == version == exchange_planner.__version__
    dates = [node.get("date") for node in metainfo().iter("release")]
    assert dates[0] == "2026-12-01"


def test_the_names_ids_icon_and_programs_match():
    from exchange_planner.ui.app import WM_INSTANCE

    desktop = entry()
    root = metainfo()
    scripts = pyproject()["project"]
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == desktop["Name"] == exchange_planner.APP_NAME
    assert root.findtext("icon") == desktop["Icon"] == exchange_planner.APP_ID
    assert desktop["StartupWMClass"] == WM_INSTANCE
    assert desktop["Exec"] == "exchange-planner-gui %f"
    assert "exchange-planner-gui" in scripts["gui-scripts"]
    binaries = {node.text for node in root.iter("binary")}
    assert binaries == set(scripts["gui-scripts"]) | set(scripts["scripts"])
    assert root.findtext("project_license") == scripts["license"]
    assert {node.get("type") for node in root.iter("content_rating")} == {"oars-1.1"}
    summaries = {
        node.get("{http://www.w3.org/XML/1998/namespace}lang"): node.text
        for node in root.iter("summary")
    }
    assert set(summaries) >= {None, "de"}
    assert summaries[None] == desktop["Comment"] and summaries["de"] == desktop["Comment[de]"]


def test_the_screenshots_are_in_the_repository_at_1366_by_768():
    version = pyproject()["project"]["version"]
    images = list(metainfo().iter("image"))
    assert len(images) >= 2
    prefix = f"https://raw.githubusercontent.com/exchange-planner/exchange-planner/v{version}/"
    for image in images:
        url = image.text or ""
        assert url.startswith(prefix), url
        path = REPOSITORY / url.removeprefix(prefix)
        header = path.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        size = struct.unpack(">II", header[16:24])
        assert size == (1366, 768) == (int(image.get("width", 0)), int(image.get("height", 0)))
    script = load_script("take_screenshots.py")
    taken = {
        f"docs/screenshots/appstream/{name}"
        for name in ("calendar.png", "delegation-program.png", "residency.png")
    }
    assert {(image.text or "").removeprefix(prefix) for image in images} == taken
    assert script.OUT == REPOSITORY / "docs" / "screenshots" / "appstream"


# --- icons ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    out = tmp_path_factory.mktemp("icons")
    load_script("render_icons.py").render_all(out)
    return out


def _read(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return image


def _not_blank(image) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    colours = set()
    opaque = transparent = 0
    step = max(1, image.width() // 32)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = QColor(image.pixelColor(x, y))
            colours.add(colour.rgba())
            opaque += colour.alpha() == 255
            transparent += colour.alpha() == 0
    assert opaque and transparent and len(colours) >= 4, (opaque, transparent, len(colours))
    # the icon's blue and red are there
    assert any(QColor.fromRgba(c).blue() > 100 and QColor.fromRgba(c).red() < 80 for c in colours)
    assert any(QColor.fromRgba(c).red() > 150 and QColor.fromRgba(c).blue() < 80 for c in colours)


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_the_hicolor_icons_are_rendered_at_their_size(icons, size):
    image = _read(icons / "hicolor" / f"{size}x{size}" / "apps" / "exchange-planner.png")
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    _not_blank(image)


def test_the_scalable_icon_is_the_package_svg(icons):
    from exchange_planner import resources

    scalable = icons / "hicolor" / "scalable" / "apps" / "exchange-planner.svg"
    assert scalable.read_bytes() == resources.app_icon().read_bytes()


def test_the_windows_and_macos_icons_hold_every_size(icons):
    from PySide6.QtGui import QImageReader

    ico = (icons / "exchange-planner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = (icons / "exchange-planner.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for path, sizes in (
        (icons / "exchange-planner.ico", [16, 24, 32, 48, 64, 128, 256]),
        (icons / "exchange-planner.icns", [16, 32, 32, 64, 64, 128, 256, 256, 512, 512, 1024]),
    ):
        reader = QImageReader(str(path))
        read = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert image.width() == image.height()
            _not_blank(image)
            read.append(image.width())
        assert sorted(read) == sorted(sizes), path


def test_install_desktop_files_puts_everything_in_place(tmp_path):
    result = subprocess.run(
        [str(LINUX / "install-desktop-files"), str(tmp_path / "dest"), "/usr"],
        env={**os.environ, "PYTHON": sys.executable, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    share = tmp_path / "dest" / "usr" / "share"
    installed = sorted(str(p.relative_to(share)) for p in share.rglob("*") if p.is_file())
    assert installed == sorted(
        [
            "applications/exchange-planner.desktop",
            "metainfo/io.github.exchange_planner.metainfo.xml",
            "mime/packages/exchange-planner.xml",
            "icons/hicolor/scalable/apps/exchange-planner.svg",
            *(
                f"icons/hicolor/{size}x{size}/apps/exchange-planner.png"
                for size in (16, 24, 32, 48, 64, 128, 256, 512)
            ),
        ]
    )
    assert (share / "applications" / "exchange-planner.desktop").read_bytes() == (
        DESKTOP.read_bytes()
    )
    if shutil.which("appstreamcli"):
        tree = subprocess.run(
            ["appstreamcli", "validate-tree", "--no-net", str(tmp_path / "dest")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert tree.returncode == 0, tree.stdout + tree.stderr


def test_install_desktop_files_wants_its_two_arguments(tmp_path):
    result = subprocess.run(
        [str(LINUX / "install-desktop-files"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "usage" in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- the window class under X11 --------------------------------------------------------------
@pytest.mark.skipif(
    bool(_missing("Xvfb", "xdotool", "xprop")),
    reason="Xvfb, xdotool or xprop not installed (apt-get install xvfb xdotool x11-utils)",
)
def test_the_x11_window_class_is_the_desktop_entrys_whichever_launcher(tmp_path):
    number = next(
        n
        for n in range(140 + os.getpid() % 50, 400)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    display = f":{number}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "xvfb.log").open("wb"),
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(200):  # up to 20 s for the server to listen
        if socket.exists() or xvfb.poll() is not None:
            break
        time.sleep(0.1)
    if not socket.exists():
        xvfb.kill()
        pytest.skip(f"Xvfb did not start on {display}: {(tmp_path / 'xvfb.log').read_text()}")
    launcher = tmp_path / "bin" / "exchange-planner-gui"  # the desktop entry's Exec
    launcher.parent.mkdir()
    launcher.write_text(
        f"#!{sys.executable}\nimport sys\nfrom exchange_planner.__main__ import main\n"
        "sys.exit(main())\n"
    )
    launcher.chmod(0o755)
    environment = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(REPOSITORY / "src"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "EXCHANGE_PLANNER_LOG_DIR": str(tmp_path / "log"),
    }
    app = subprocess.Popen(
        [str(launcher), "--demo"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "stderr").open("wb"),
    )
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--name", "temporary copy"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert found.returncode == 0, (display, found.stderr, app.poll())
        window = found.stdout.split()[0]
        wm_class = subprocess.run(
            ["xprop", "-id", window, "WM_CLASS"],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    finally:
        app.terminate()
        app.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)
    instance = entry()["StartupWMClass"]
    assert wm_class == f'WM_CLASS(STRING) = "{instance}", "Exchange Planner"'
