"""Edit > Settings…, Letterhead page: typed texts and a chosen logo are stored on OK, a bad
file gets a message next to the logo and changes nothing, Edit > Undo puts back the letterhead
as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.services.settings import PNG_TYPE, SVG_TYPE, png_decodes
from exchange_planner.ui import settings_dialog
from exchange_planner.ui.settings_dialog import SettingsDialog

SAMPLE_NAME_DE = "Büro für internationale Partnerschaften (Beispiel)"

SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <rect x="0" y="0" width="200" height="100" fill="#ff0000"/>
</svg>
"""


def _png(path: Path, width: int = 120, height: int = 60) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#00a000"))
    assert image.save(str(path), "PNG")
    return path


def _open(window, qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    action = next(a for a in window.edit_menu.actions() if a.text() == "&Settings…")
    action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    bar = dialog.pages.tabBar()
    index = dialog.pages.indexOf(dialog.letterhead)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.pages.currentWidget() is dialog.letterhead
    return dialog


def _retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClicks(field, line)


def _choose(dialog, qtbot, monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings_dialog, "ask_logo_path", lambda *args: str(path))
    qtbot.mouseClick(dialog.letterhead.choose_button, Qt.MouseButton.LeftButton)


def _ok(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _undo(window) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in window.edit_menu.actions() if a.text().startswith("&Undo"))
    assert action.isEnabled()
    action.trigger()


def _preview_colour(dialog) -> QColor:  # type: ignore[no-untyped-def]
    image = dialog.letterhead.preview.grab().toImage()
    return image.pixelColor(QPoint(image.width() // 2, image.height() // 2))


def test_typed_texts_and_a_chosen_png_are_stored_on_ok(main_window, qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    settings = main_window.context.services.settings
    dialog = _open(main_window, qtbot)
    page = dialog.letterhead
    assert page.names["de"].text() == SAMPLE_NAME_DE
    _retype(qtbot, page.names["de"], "Referat Internationales")
    # Hangul comes from an input method, which commits text rather than key presses.
    page.names["ko"].selectAll()
    page.names["ko"].insert("자매도시 담당관실")
    _retype(qtbot, page.names["en"], "")
    _retype(qtbot, page.addresses["de"], "Markt 1\n04109 Leipzig")
    _choose(dialog, qtbot, monkeypatch, _png(tmp_path / "arms.png"))
    assert page.logo_error.isHidden()
    assert "arms.png (PNG" in page.logo_name.text()
    assert _preview_colour(dialog) == QColor("#00a000")
    assert settings.letterhead_logo().file_name == "sample-logo.svg"  # not before OK
    _ok(dialog, qtbot)

    assert not dialog.isVisible()
    texts = settings.letterhead_texts()
    assert texts["name"] == {"de": "Referat Internationales", "ko": "자매도시 담당관실"}
    assert texts["address"]["de"] == "Markt 1\n04109 Leipzig"
    logo = settings.letterhead_logo()
    assert (logo.file_name, logo.media_type) == ("arms.png", PNG_TYPE)
    assert logo.data == (tmp_path / "arms.png").read_bytes()
    letterhead = settings.letterhead()
    assert letterhead.name == "Referat Internationales"
    assert letterhead.logo_png == logo.data


def test_an_svg_is_stored_with_the_png_it_is_printed_as(main_window, qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    settings = main_window.context.services.settings
    (tmp_path / "arms.svg").write_bytes(SVG)
    dialog = _open(main_window, qtbot)
    _choose(dialog, qtbot, monkeypatch, tmp_path / "arms.svg")
    assert dialog.letterhead.logo_error.isHidden()
    assert _preview_colour(dialog) == QColor("#ff0000")
    _ok(dialog, qtbot)
    logo = settings.letterhead_logo()
    assert (logo.file_name, logo.media_type, logo.data) == ("arms.svg", SVG_TYPE, SVG)
    assert png_decodes(logo.png)
    image = QImage.fromData(logo.png)
    assert (image.width(), image.height()) == (600, 300)
    assert image.pixelColor(300, 150) == QColor("#ff0000")


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "notes.png"
    text.write_text("not an image at all")
    broken = tmp_path / "broken.png"
    broken.write_bytes(_png(tmp_path / "whole.png").read_bytes()[:60])
    large = tmp_path / "large.png"
    large.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2 * 1024 * 1024))
    bad_svg = tmp_path / "bad.svg"
    bad_svg.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>")
    jpeg = tmp_path / "photo.jpg"
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    image.save(str(jpeg), "JPEG")
    wide = _png(tmp_path / "wide.png", 4100, 2)
    return {
        "wide": (wide, "“wide.png” is larger than 4000 pixels on a side; choose a smaller image."),
        "text": (text, "“notes.png” is neither a PNG nor an SVG file."),
        "broken": (broken, "“broken.png” could not be read as an image."),
        "large": (large, "“large.png” is larger than 2 MB; choose a smaller file."),
        "bad_svg": (bad_svg, "“bad.svg” is neither a PNG nor an SVG file."),
        "jpeg": (jpeg, "“photo.jpg” is neither a PNG nor an SVG file."),
        "missing": (tmp_path / "gone.png", "“gone.png” could not be opened: "),
    }


@pytest.mark.parametrize("case", ["text", "broken", "large", "bad_svg", "jpeg", "missing", "wide"])
def test_a_bad_file_gets_a_message_and_changes_nothing(
    main_window, qtbot, monkeypatch, tmp_path, case
):  # type: ignore[no-untyped-def]
    settings = main_window.context.services.settings
    before = settings.letterhead_values()
    path, message = _bad_files(tmp_path)[case]
    dialog = _open(main_window, qtbot)
    page = dialog.letterhead
    shown = page.logo_name.text()
    _choose(dialog, qtbot, monkeypatch, path)
    assert page.logo_error.isVisible()
    assert page.logo_error.text().startswith(message)
    assert page.logo_name.text() == shown == "sample-logo.svg (SVG, 1 KB)"
    _ok(dialog, qtbot)
    assert settings.letterhead_values() == before
    assert not main_window.undo_stack.canUndo()


def test_undo_puts_back_the_letterhead_and_redo_repeats_it(
    main_window, qtbot, monkeypatch, tmp_path
):  # type: ignore[no-untyped-def]
    settings = main_window.context.services.settings
    before = settings.letterhead_values()
    dialog = _open(main_window, qtbot)
    _retype(qtbot, dialog.letterhead.names["de"], "Neues Amt")
    qtbot.mouseClick(dialog.letterhead.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.letterhead.preview.text() == "No logo"
    _ok(dialog, qtbot)
    assert settings.letterhead_logo() is None
    assert settings.letterhead_texts()["name"]["de"] == "Neues Amt"
    after = settings.letterhead_values()

    _undo(main_window)
    assert settings.letterhead_values() == before
    assert settings.letterhead_logo().file_name == "sample-logo.svg"
    main_window.undo_stack.redo()
    assert settings.letterhead_values() == after


def test_an_address_of_too_many_lines_is_refused_and_nothing_is_stored(main_window, qtbot):  # type: ignore[no-untyped-def]
    settings = main_window.context.services.settings
    before = settings.letterhead_values()
    dialog = _open(main_window, qtbot)
    dialog.home_city.setText("Halle")
    _retype(qtbot, dialog.letterhead.addresses["en"], "\n".join(f"Line {n}" for n in range(7)))
    _ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.letterhead.texts_error.text() == "The address in English has more than 6 lines."
    assert settings.letterhead_values() == before
    assert settings.home_city() == "Leipzig"


def test_cancel_keeps_the_letterhead(main_window, qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    settings = main_window.context.services.settings
    before = settings.letterhead_values()
    dialog = _open(main_window, qtbot)
    _retype(qtbot, dialog.letterhead.names["de"], "Anderes Amt")
    _choose(dialog, qtbot, monkeypatch, _png(tmp_path / "other.png"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert settings.letterhead_values() == before
