"""The Documents menu of the main window and the document font setting."""

from __future__ import annotations

from exchange_planner.ui.documents.actions import FONT_KEY
from exchange_planner.ui.documents.font_settings import FontSettingsDialog


def test_menu_sits_before_help_and_needs_a_visit(main_window, sample_ids, qtbot):  # type: ignore[no-untyped-def]
    menu = main_window.documents_menu
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles.index("&Documents") == titles.index("&Help") - 1
    main_window.current.pop("visit", None)
    menu.refresh()
    assert not menu.itinerary.isEnabled() and menu.hint.isVisible()
    assert "Select a visit" in menu.itinerary.toolTip()
    assert menu.year.isEnabled()
    main_window.events.current.emit("visit", sample_ids["visit"])
    assert menu.itinerary.isEnabled() and not menu.hint.isVisible()
    menu.gifts.trigger()
    run = menu.last_run
    assert run is not None and run.dialog.isVisible()
    assert run.visit_id == sample_ids["visit"]
    with qtbot.waitSignal(run.finished, timeout=60000):
        run.dialog.accept()
    assert run.preview is not None and run.preview.page_count() >= 1
    run.preview.close()


def test_year_action_asks_for_the_year(main_window):  # type: ignore[no-untyped-def]
    main_window.documents_menu.year.trigger()
    run = main_window.documents_menu.last_run
    assert run.dialog.year.isVisible()
    assert run.dialog.year.value() == 2023
    run.dialog.reject()


def test_font_dialog_refuses_a_bad_file_and_stores_a_good_one(qtbot, qt_settings, tmp_path):  # type: ignore[no-untyped-def]
    from exchange_planner.reports.fonts import hangul_candidates

    dialog = FontSettingsDialog(qt_settings)
    qtbot.addWidget(dialog)
    dialog.open()
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"x")
    dialog.path.setText(str(bogus))
    dialog.accept()
    assert dialog.isVisible()
    assert "cannot be used" in dialog.info.text()
    assert not qt_settings.value(FONT_KEY)
    good = str(hangul_candidates()[0][0])
    dialog.path.setText(good)
    assert "Hangul syllables" in dialog.info.text()
    dialog.accept()
    assert qt_settings.value(FONT_KEY) == good
