"""Hangul shows in the window on a machine whose only fonts are DejaVu (no Korean font).

Fontconfig is read once per process, so each case runs in a subprocess with its own
``FONTCONFIG_FILE`` that lists only the DejaVu folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

if sys.argv[1] == "app":
    from exchange_planner.ui.app import create_application
    app = create_application()
else:
    app = QApplication([])

def grab(text):
    label = QLabel(text)
    label.setStyleSheet("background: white; color: black;")
    label.resize(240, 60)
    return label, label.grab().toImage()

def ink(image):
    background = image.pixel(0, 0)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) != background
    )

label, name = grab("강기정")
_, first = grab("강")
_, second = grab("기")
layout = QTextLayout("강기정", label.font())
layout.beginLayout()
layout.createLine()
layout.endLayout()
runs = [
    {
        "family": run.rawFont().familyName(),
        "supports": all(run.rawFont().supportsCharacter(ord(c)) for c in "강기정"),
        "glyphs": list(run.glyphIndexes()),
    }
    for run in layout.glyphRuns()
]
print(json.dumps({
    "families": QFontDatabase.families(),
    "ink": ink(name),
    "glyphs_differ": first != second,
    "in_font": QFontMetrics(label.font()).inFontUcs4(ord("강")),
    "runs": runs,
}))
"""


PDF_SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainter, QPdfWriter
from pypdf import PdfReader
from exchange_planner.ui.app import create_application

app = create_application()
target = sys.argv[2]
writer = QPdfWriter(target)
painter = QPainter(writer)
painter.setFont(QFont())  # what the calendar print uses
painter.drawText(QPointF(100, 100), "July 2023 Official visit 강기정 대표단")
painter.end()
print(json.dumps({"text": PdfReader(target).pages[0].extract_text()}))
"""


def _dejavu_folder(tmp_path: Path) -> Path:
    system = Path("/usr/share/fonts/truetype/dejavu")
    if (system / "DejaVuSans.ttf").is_file():
        return system
    # The shipped DejaVu Sans alone (its folder holds NanumGothic too).
    from exchange_planner import resources

    folder = tmp_path / "dejavu"
    folder.mkdir(exist_ok=True)
    for name in resources.DEJAVU_SANS.files:
        shutil.copyfile(resources.font_file(name), folder / name)
    return folder


def _run(mode: str, tmp_path: Path, script: str = SCRIPT) -> dict:  # type: ignore[type-arg]
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{_dejavu_folder(tmp_path)}</dir>\n  <cachedir>{tmp_path / 'cache'}</cachedir>\n"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    source = Path(__file__).resolve().parents[2] / "src"
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "PYTHONPATH": os.pathsep.join([str(source), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", script, mode, str(tmp_path / "out.pdf")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is the Linux font system")
def test_without_the_bundled_font_the_machine_has_no_hangul(tmp_path):
    # The control: this configuration really has no Korean font.
    found = _run("plain", tmp_path)
    assert all(
        family.startswith(("DejaVu", "Sans", "Serif", "Monospace")) for family in found["families"]
    )
    assert not any(run["supports"] for run in found["runs"])
    assert not found["glyphs_differ"]  # both drawn as the same "missing glyph" box


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is the Linux font system")
def test_the_application_shows_hangul_with_the_bundled_font(tmp_path):
    found = _run("app", tmp_path)
    assert "NanumGothic" in found["families"]
    assert found["runs"]
    for run in found["runs"]:
        assert run["family"] == "NanumGothic"
        assert run["supports"]
        assert 0 not in run["glyphs"]
    assert found["in_font"]
    assert found["ink"] > 50
    assert found["glyphs_differ"]  # real, different glyphs, not two identical boxes


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is the Linux font system")
def test_a_printed_calendar_keeps_its_spaces_with_the_korean_fallback(tmp_path):
    # With the Korean font as the fallback, Latin text and spaces must still come from the
    # Latin font: the Korean font's space reads back as U+0001 in every PDF reader.
    text = _run("app", tmp_path, PDF_SCRIPT)["text"]
    assert "\x01" not in text
    # NFKC: a reader may give the "ffi" ligature as one character.
    assert " ".join(unicodedata.normalize("NFKC", text).split()) == (
        "July 2023 Official visit 강기정 대표단"
    )
