"""The icons: drawn exactly as QtAwesome draws them, from the one font used, without
importing QtAwesome (and QtPy with every Qt module) at start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from exchange_planner.ui import icons


@pytest.mark.parametrize("color", [None, "#c77700"])
def test_every_icon_is_the_qtawesome_glyph_pixel_for_pixel(qapp, color):
    import qtawesome as qta

    options = {"color": color} if color else {}
    for name, full_name in icons.NAMES.items():
        for size in (16, 22):
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
                ours = icons.icon(name, color).pixmap(QSize(size, size), mode).toImage()
                theirs = qta.icon(full_name, **options).pixmap(QSize(size, size), mode).toImage()
                assert ours == theirs, (name, size, mode)
                assert not ours.isNull()


def test_an_icon_is_made_once_per_name_and_colour(qapp):
    assert icons.icon("calendar").cacheKey() == icons.icon("calendar").cacheKey()
    assert icons.icon("warning").cacheKey() != icons.icon("warning", "#c77700").cacheKey()


def test_an_icon_has_ink(qapp):
    image = icons.icon("calendar").pixmap(QSize(24, 24)).toImage()
    inked = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha()
    )
    assert inked > 20


def test_making_every_icon_imports_neither_qtawesome_nor_qtpy_and_loads_one_font():
    script = (
        "import sys\n"
        "from PySide6.QtGui import QFontDatabase\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "before = set(QFontDatabase.families())\n"
        "from exchange_planner.ui import icons\n"
        "for name in icons.NAMES:\n"
        "    icons.icon(name).pixmap(16, 16)\n"
        "    icons.icon(name, '#c62828').pixmap(16, 16)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('qtawesome', 'qtpy')))\n"
        "print(sorted(set(QFontDatabase.families()) - before))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    modules, fonts = result.stdout.splitlines()[-2:]
    assert modules == "[]"
    assert fonts == "['Material Design Icons']"
