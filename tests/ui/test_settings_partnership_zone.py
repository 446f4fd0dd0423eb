"""A new partnership's time zone follows the country typed, never silently the home zone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from exchange_planner.ui.directory.tab import DirectoryTab


def _new_partnership(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.page(DirectoryTab)
    window.show_record("partnership", window.context.services.partnerships.list()[0].id)
    section = page.partnerships
    section.new_action.trigger()
    assert section.record is not None
    return section


def _type_country(qtbot, section, country: str) -> None:  # type: ignore[no-untyped-def]
    field = section.fields["country"].widget
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, country)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_typing_the_country_sets_its_zone_in_one_undo_step(main_window, qtbot):
    services = main_window.context.services
    section = _new_partnership(main_window, qtbot)
    # The placeholder zone of a new partnership is not left unexplained.
    assert "country" in main_window.statusBar().currentMessage()
    record_id = section.record.id
    _type_country(qtbot, section, "Japan")
    stored = services.partnerships.get(record_id)
    assert stored.country == "Japan"
    assert stored.timezone == "Asia/Tokyo"
    assert section.fields["timezone"].widget.text() == "Asia/Tokyo"
    assert "Asia/Tokyo" in main_window.statusBar().currentMessage()
    main_window.undo_stack.undo()
    stored = services.partnerships.get(record_id)
    assert stored.country != "Japan"
    assert stored.timezone != "Asia/Tokyo"


def test_a_country_with_several_zones_offers_its_list(main_window, qtbot):
    services = main_window.context.services
    section = _new_partnership(main_window, qtbot)
    _type_country(qtbot, section, "United States")
    assert services.partnerships.get(section.record.id).timezone == "America/New_York"
    completer = section.fields["timezone"].widget.completer()
    listed = completer.model().stringList()
    assert listed[0] == "America/New_York"
    assert "America/Los_Angeles" in listed[:40]
    assert "zones" in main_window.statusBar().currentMessage()


def test_a_zone_already_of_the_country_is_kept(main_window, qtbot):
    services = main_window.context.services
    section = _new_partnership(main_window, qtbot)
    record_id = section.record.id
    services.partnerships.update(record_id, timezone="Europe/Busingen")
    section.reload()
    section.select(record_id)
    _type_country(qtbot, section, "Germany")
    assert services.partnerships.get(record_id).timezone == "Europe/Busingen"
