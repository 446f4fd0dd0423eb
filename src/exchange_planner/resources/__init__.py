"""Files the application ships with: translations, the icon, fonts and their licences.

They are package data of ``exchange_planner.resources`` and always found through
:mod:`importlib.resources`, so a source checkout, an installed wheel and a frozen build find
them the same way. Qt and ReportLab want real file names; :func:`path` gives one, extracting
the file to a temporary place only when the package is not on the file system (a zip).
"""

from __future__ import annotations

import atexit
import contextlib
import threading
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE = __name__
_lock = threading.Lock()
_files = contextlib.ExitStack()
_paths: dict[tuple[str, ...], Path] = {}
atexit.register(_files.close)


class MissingResource(FileNotFoundError):
    """A file the package should carry is not there (a broken installation)."""


def traversable(*parts: str) -> Traversable:
    return resources.files(_PACKAGE).joinpath(*parts)


def path(*parts: str) -> Path:
    """A real file (or folder) name for a resource, valid until the process ends."""
    with _lock:
        known = _paths.get(parts)
        if known is not None:
            return known
        item = traversable(*parts)
        if not (item.is_file() or item.is_dir()):
            raise MissingResource(f"{'/'.join(parts)} is missing from {_PACKAGE}")
        found = _files.enter_context(resources.as_file(item))
        _paths[parts] = found
        return found


def translations_dir() -> Path:
    """The folder of the compiled translations ``exchange-planner_<language>.qm``."""
    return path("translations")


def app_icon() -> Path:
    return path("icons", "exchange-planner.svg")


@dataclass(frozen=True)
class BundledFont:
    """A font family shipped with the application, with the licence it comes under."""

    family: str
    regular: str
    bold: str
    licence: str
    licence_name: str
    source: str

    @property
    def files(self) -> tuple[str, str]:
        return (self.regular, self.bold)


NANUM_GOTHIC = BundledFont(
    family="NanumGothic",
    regular="NanumGothic.ttf",
    bold="NanumGothicBold.ttf",
    licence="OFL-NanumGothic.txt",
    licence_name="SIL Open Font License 1.1",
    source="Debian fonts-nanum 20200506-1",
)
DEJAVU_SANS = BundledFont(
    family="DejaVu Sans",
    regular="DejaVuSans.ttf",
    bold="DejaVuSans-Bold.ttf",
    licence="LICENSE-DejaVu.txt",
    licence_name="Bitstream Vera licence (DejaVu changes in the public domain)",
    source="Debian fonts-dejavu-core 2.37-6",
)
#: Latin first, then Hangul: the order documents and the window fall back in.
BUNDLED_FONTS: tuple[BundledFont, ...] = (DEJAVU_SANS, NANUM_GOTHIC)


def font_file(name: str) -> Path:
    """A shipped font file by file name (``NanumGothic.ttf``)."""
    return path("fonts", name)


def shipped_files(font: BundledFont) -> list[tuple[Path, Path | None]]:
    """``[(regular, bold)]`` of a shipped font; empty when the installation lost them."""
    try:
        return [(font_file(font.regular), font_file(font.bold))]
    except MissingResource:
        return []


#: Korean fonts of the operating systems, (regular, bold), used after the shipped NanumGothic.
SYSTEM_HANGUL_FONTS: tuple[tuple[str, str | None], ...] = (
    ("C:/Windows/Fonts/malgun.ttf", "C:/Windows/Fonts/malgunbd.ttf"),
    ("/System/Library/Fonts/AppleSDGothicNeo.ttc", None),
    (
        "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
        "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf",
    ),
)


def hangul_fonts() -> list[tuple[Path, Path | None]]:
    """(regular, bold) TrueType files with Hangul, best first: the shipped NanumGothic, then
    the system fonts that exist. The window and the documents both take them from here."""
    found = shipped_files(NANUM_GOTHIC)
    for regular, bold in SYSTEM_HANGUL_FONTS:
        if Path(regular).is_file():
            found.append((Path(regular), Path(bold) if bold else None))
    return found


def licence_text(font: BundledFont) -> str:
    return traversable("fonts", font.licence).read_text(encoding="utf-8")
