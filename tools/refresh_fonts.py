"""Refresh the fonts shipped in ``src/exchange_planner/resources/fonts`` from Debian's packages.

    python tools/refresh_fonts.py                 # apt-get download the pinned packages
    python tools/refresh_fonts.py --debs A.deb B.deb  # or use .deb files already at hand

The fonts come from Debian's ``fonts-nanum`` (NanumGothic, SIL OFL 1.1) and
``fonts-dejavu-core`` (DejaVu Sans, Bitstream Vera licence) at the versions named in
``PACKAGES``. The TrueType files are copied unchanged; each licence text is the ``License:``
paragraph of the package's machine-readable ``copyright`` file, with its copyright lines,
turned back into plain text. ``SHA256SUMS`` (``sha256sum -c`` format) records every file and
``SOURCES`` the package each came from; a test checks the shipped files against both. To move
to a newer Debian release, change the versions in ``PACKAGES``, run this script and commit.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parents[1] / "src" / "exchange_planner" / "resources" / "fonts"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    #: path inside the package -> file name in FONTS_DIR
    fonts: dict[str, str]
    licence_file: str
    #: the ``Files: *`` paragraph's licence in the copyright file
    licence: str


PACKAGES = (
    Package(
        "fonts-nanum",
        "20200506-1",
        {
            "usr/share/fonts/truetype/nanum/NanumGothic.ttf": "NanumGothic.ttf",
            "usr/share/fonts/truetype/nanum/NanumGothicBold.ttf": "NanumGothicBold.ttf",
        },
        "OFL-NanumGothic.txt",
        "OFL-1.1",
    ),
    Package(
        "fonts-dejavu-core",
        "2.37-6",
        {
            "usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": "DejaVuSans.ttf",
            "usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf": "DejaVuSans-Bold.ttf",
        },
        "LICENSE-DejaVu.txt",
        "bitstream-vera",
    ),
)


def licence_text(copyright_file: str, licence: str) -> str:
    """The ``Files: *`` paragraph of a DEP-5 copyright file as plain text: its copyright
    lines, then the licence it names (given inline or in a stand-alone ``License:`` paragraph)."""
    paragraphs = [p for p in copyright_file.split("\n\n") if p.strip()]
    fields = [_fields(p) for p in paragraphs]
    files = next(f for f in fields if f.get("Files", "").strip() == "*")
    copyright_lines = "\n".join(line.strip() for line in files.get("Copyright", "").splitlines())
    body = files.get("License", "")
    name, _, text = body.partition("\n")
    if name.strip() != licence:
        raise SystemExit(f"expected licence {licence}, the copyright file says {name.strip()}")
    if not text.strip():  # the text stands in a paragraph of its own
        text = next(
            f["License"].partition("\n")[2]
            for f in fields
            if "Files" not in f and f.get("License", "").partition("\n")[0].strip() == licence
        )
    return f"Copyright: {copyright_lines}\n\n{_unfold(text)}"


def _fields(paragraph: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in paragraph.splitlines():
        if line[:1] in (" ", "\t") and key:
            fields[key] += "\n" + line
        elif ":" in line:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def _unfold(text: str) -> str:
    lines = []
    for line in text.splitlines():
        stripped = line[1:] if line.startswith(" ") else line
        lines.append("" if stripped.strip() == "." else stripped.rstrip())
    return "\n".join(lines).strip() + "\n"


def download(workdir: Path) -> list[Path]:
    specs = [f"{package.name}={package.version}" for package in PACKAGES]
    subprocess.run(["apt-get", "download", *specs], cwd=workdir, check=True)
    return sorted(workdir.glob("*.deb"))


def refresh(debs: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for deb in debs:
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        FONTS_DIR.mkdir(parents=True, exist_ok=True)
        sums: list[str] = []
        sources: list[str] = []
        for package in PACKAGES:
            doc = root / "usr" / "share" / "doc" / package.name / "copyright"
            text = licence_text(doc.read_text(encoding="utf-8"), package.licence)
            (FONTS_DIR / package.licence_file).write_text(text, encoding="utf-8")
            names = [*package.fonts.values(), package.licence_file]
            for source, name in package.fonts.items():
                shutil.copyfile(root / source, FONTS_DIR / name)
            for name in names:
                digest = hashlib.sha256((FONTS_DIR / name).read_bytes()).hexdigest()
                sums.append(f"{digest}  {name}")
            sources.append(f"{package.name}={package.version}: {', '.join(names)}")
        (FONTS_DIR / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
        (FONTS_DIR / "SOURCES").write_text(
            "Debian packages the files come from (tools/refresh_fonts.py):\n"
            + "\n".join(sources)
            + "\n",
            encoding="utf-8",
        )
    print(f"fonts refreshed in {FONTS_DIR}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debs", nargs="+", type=Path, help=".deb files instead of apt-get")
    args = parser.parse_args(argv)
    if args.debs:
        refresh(args.debs)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            refresh(download(Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
