"""Dialogs as wide as their titles and combo boxes that end a long choice in "…", as a user
sees them (English, German and Korean)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QToolTip, QWidget
from walker import LANGUAGES, settle, translated

from exchange_planner.ui.documents.options import DocumentKind, DocumentOptionsDialog
from exchange_planner.ui.plain import ask
from exchange_planner.ui.widgets.forms import ElidingComboBox, Form

#: What a title bar needs beside the title's text (icon, minimise, maximise, close), as the
#: label test counts it.
TITLE_BAR = 140


def _title_fits(window: QWidget) -> bool:
    return (
        window.width() >= window.fontMetrics().horizontalAdvance(window.windowTitle()) + TITLE_BAR
    )


def _answer(qtbot, press: Callable[[QMessageBox], None], seen: list[QMessageBox]) -> None:  # type: ignore[no-untyped-def]
    """Once the box shows: remember it, then ``press`` what the user presses."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box)
        settle()
        press(box)

    QTimer.singleShot(0, act)


@pytest.mark.parametrize(
    ("press", "expected"),
    [
        (lambda box: box.button(QMessageBox.StandardButton.Yes).click(), True),
        (lambda box: box.button(QMessageBox.StandardButton.No).click(), False),
        (lambda box: _key(box, Qt.Key.Key_Return), False),
        (lambda box: _key(box, Qt.Key.Key_Escape), False),
    ],
    ids=["yes", "no", "return-is-no", "escape-is-no"],
)
def test_the_confirmation_box_shows_its_whole_title_and_defaults_to_no(
    qtbot,  # type: ignore[no-untyped-def]
    press: Callable[[QMessageBox], None],
    expected: bool,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[QMessageBox] = []
    _answer(qtbot, press, seen)
    answer = ask(parent, "Delete program item", "Delete “Lunch”?")
    assert answer is expected
    (box,) = seen
    assert box.windowTitle() == "Delete program item"
    assert _title_fits(box), (box.width(), box.windowTitle())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)


def test_the_confirmation_box_shows_user_text_as_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QMessageBox] = []
    _answer(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click(), seen)
    ask(parent, "Delete", "Delete <b>Lunch</b>?")
    label = next(label for label in seen[0].findChildren(QLabel) if "Lunch" in label.text())
    assert label.textFormat() is Qt.TextFormat.PlainText


def _key(box: QMessageBox, key: Qt.Key) -> None:
    QTest.keyClick(box, key)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(DocumentKind))
def test_document_options_show_their_whole_title(
    qtbot,  # type: ignore[no-untyped-def]
    qt_settings,  # type: ignore[no-untyped-def]
    kind: DocumentKind,
    language: str,
) -> None:
    with translated(language):
        dialog = DocumentOptionsDialog(
            kind, qt_settings, members=[(1, "Kang Gi-jung")], years=[2023, 2024], year=2023
        )
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        assert _title_fits(dialog), (dialog.width(), dialog.windowTitle())
        # ... and the rest of it still gets the room it asks for.
        for widget in dialog.findChildren(QWidget):
            if widget.isVisible() and not isinstance(widget, QLabel):
                assert widget.width() + 1 >= widget.minimumSizeHint().width(), widget


LONG = "Martin Reich at the <b>Gwangju</b> Museum of Art (01.03.2023–31.05.2023)"


def _narrow_combo(qtbot) -> QComboBox:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    combo = form.combo(
        "counterpart_id", "Counterpart", [("— none —", None), (LONG, 7)], min_contents=20
    )
    combo.setCurrentIndex(1)
    form.setFixedWidth(320)
    form.show()
    settle()
    return combo


def test_a_long_choice_ends_in_an_ellipsis(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = _narrow_combo(qtbot)
    assert isinstance(combo, ElidingComboBox) and combo.is_elided()
    # It looks exactly like a combo box whose choice is the text cut at "…".
    plain = QComboBox(combo.parentWidget())
    plain.setGeometry(combo.geometry())
    elided = combo.fontMetrics().elidedText(
        LONG, Qt.TextElideMode.ElideRight, combo._text_rect_width() - 2
    )
    assert elided.endswith("…") and len(elided) < len(LONG)
    plain.addItem(elided)
    plain.show()
    settle()
    assert combo.grab().toImage() == plain.grab().toImage()


def test_a_cut_choice_shows_whole_in_the_tooltip_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = _narrow_combo(qtbot)
    centre = combo.rect().center()
    QApplication.sendEvent(
        combo, QHelpEvent(QEvent.Type.ToolTip, centre, combo.mapToGlobal(centre))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    assert shown.toPlainText() == LONG  # "<b>" shown as typed, not as bold
    QToolTip.hideText()


def test_a_choice_that_fits_has_no_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = _narrow_combo(qtbot)
    combo.setCurrentIndex(0)
    assert not combo.is_elided()
    centre = combo.rect().center()
    QApplication.sendEvent(combo, QHelpEvent(QEvent.Type.ToolTip, centre, QPoint(10, 10)))
    settle()
    assert not QToolTip.isVisible()
