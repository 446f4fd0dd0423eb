"""A new user's first day, driven through the real widgets of the main window."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton

from exchange_planner.storage.database import open_database

_windows: list = []


def _focus():  # type: ignore[no-untyped-def]
    """The field with the keyboard focus in the main window."""
    return _windows[-1].focusWidget()


def _click_into(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """A click into a field; offscreen, a synthetic click does not move the focus itself."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    widget.setFocus(Qt.FocusReason.MouseFocusReason)


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Offscreen, a closed popup leaves no window active: the user's window gets it back."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _receiver(widget):  # type: ignore[no-untyped-def]
    """Where a key press goes: an open popup (a completer's list) takes it first."""
    return QApplication.activePopupWidget() or widget


def _keys(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text``; Hangul arrives as an input method's committed text, as from a Korean IME."""
    if text.isascii():
        for char in text:
            qtbot.keyClicks(_receiver(widget), char)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type_here(qtbot, text: str, *, leave=Qt.Key.Key_Tab):  # type: ignore[no-untyped-def]
    """Type into the focused field (replacing its text) and leave it with Tab."""
    widget = _focus()
    assert widget is not None, "no field has the keyboard focus"
    if isinstance(widget, QLineEdit):
        widget.selectAll()  # spin boxes and date fields select (their first part) on Tab
    _keys(qtbot, widget, text)
    if leave == Qt.Key.Key_Return:  # ends the edit without relying on focus events
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        leave = Qt.Key.Key_Tab
    qtbot.keyClick(_receiver(widget), leave)
    return widget


def test_first_day(qtbot, tmp_path, qt_settings):  # type: ignore[no-untyped-def]
    from exchange_planner.ui.main_window import MainWindow

    window = MainWindow(open_database(tmp_path / "first.sqlite3"), qt_settings)
    qtbot.addWidget(window)
    _windows.append(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    _activate(qtbot, window)
    services = window.context.services
    assert window.stack.currentWidget() is window.welcome
    start = next(
        b
        for b in window.welcome.findChildren(QPushButton)
        if b.text() == "Start planning: add a partnership"
    )
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.tabs
    directory = window.tabs.currentWidget()
    section = directory.partnerships
    assert directory.sections.currentWidget() is section
    fields = section.fields
    assert _focus() is fields["partner_city"].widget
    for name, text in (
        ("partner_city", "Gwangju"),
        ("city_native", "광주"),
        ("country", "South Korea"),
        ("since_year", "2011"),
    ):
        assert _focus() is fields[name].widget, name
        _type_here(qtbot, text)
    # The time zone: type part of the name and pick it from the list.
    assert _focus() is fields["timezone"].widget
    _keys(qtbot, _focus(), "Seoul")
    qtbot.keyClick(_receiver(_focus()), Qt.Key.Key_Down)
    qtbot.keyClick(_receiver(_focus()), Qt.Key.Key_Return)
    [partnership] = services.partnerships.list()
    assert (partnership.partner_city, partnership.city_native) == ("Gwangju", "광주")
    assert (partnership.country, partnership.since_year) == ("South Korea", 2011)
    assert partnership.timezone == "Asia/Seoul"

    # A venue and two people, each by Ctrl+N in its section.
    def open_section(which):  # type: ignore[no-untyped-def]
        bar = directory.sections.tabBar()
        index = directory.sections.indexOf(which)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert directory.sections.currentWidget() is which
        qtbot.keyClick(_focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert _focus() is which.fields[next(iter(which.fields))].widget

    open_section(directory.venues)
    _type_here(qtbot, "Neues Rathaus")
    [venue] = services.venues.list()
    assert (venue.name, venue.timezone) == ("Neues Rathaus", "Europe/Berlin")
    for name in ("room", "address"):
        assert _focus() is directory.venues.fields[name].widget, name
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is directory.venues.fields["city"].widget
    _type_here(qtbot, "Leipzig")

    open_section(directory.people)
    people = directory.people.fields
    for name, text in (
        ("family_name", "Kang"),
        ("given_name", "Gi-jung"),
        ("native_name", "강기정"),
    ):
        assert _focus() is people[name].widget, name
        _type_here(qtbot, text)
    assert _focus() is people["name_order"].widget
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    _type_here(qtbot, "Mayor")
    _type_here(qtbot, "Gwangju Metropolitan City")
    _type_here(qtbot, "South Korea")
    kang = services.people.search("Kang", limit=5)[0]

    open_section(directory.people)
    _type_here(qtbot, "Jung")
    _type_here(qtbot, "Burkhard")
    for _ in range(2):  # own script, name order
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    _type_here(qtbot, "Lord Mayor")
    _type_here(qtbot, "City of Leipzig")
    jung = services.people.search("Burkhard", limit=5)[0]

    # --- Delegations: a new visit -------------------------------------------------------
    qtbot.keyClick(_focus(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    delegations = window.tabs.currentWidget()
    qtbot.keyClick(
        _focus(),
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    overview = delegations.sections["overview"].form.widgets
    assert _focus() is overview["title"]
    _type_here(qtbot, "Delegation from Gwangju")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    _keys(qtbot, _focus(), "26072023")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    _type_here(qtbot, "27072023")
    [visit] = services.visits.list()
    assert (visit.title, visit.direction.value) == ("Delegation from Gwangju", "incoming")
    assert (visit.start_date, visit.end_date) == (date(2023, 7, 26), date(2023, 7, 27))

    def open_page(key):  # type: ignore[no-untyped-def]
        editor = delegations.editor
        page = delegations.sections[key]
        bar = editor.tabBar()
        qtbot.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.indexOf(page)).center()
        )
        assert editor.currentWidget() is page
        return page

    members = open_page("members")
    _click_into(qtbot, members.picker)
    _keys(qtbot, members.picker, "Kang")
    qtbot.waitUntil(lambda: members.picker.completer_.popup().isVisible())
    assert members.picker.suggestions()[0][0] == "Kang Gi-jung (강기정)"
    qtbot.keyClick(_receiver(members.picker), Qt.Key.Key_Return)
    [member] = services.members.for_visit(visit.id)
    assert member.person_id == kang.id

    open_page("overview")
    # From the title, Tab walks the form down to "Head of delegation"; Down chooses the mayor.
    _click_into(qtbot, overview["title"])
    for _ in range(5):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is overview["head_id"]
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    assert services.visits.get(visit.id).head_id == kang.id

    # The day program from the template, at the town hall it suggests.
    program = open_page("program")
    assert program.template_venue.text() == "Neues Rathaus"
    button = program.template_bar.widgetForAction(program.template_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    items = services.program.for_visit(visit.id)
    assert len(items) == 4
    assert {item.venue_id for item in items} == {venue.id}
    assert items[0].title == "Empfang durch den Oberbürgermeister"

    # The Lord Mayor hosts the reception (the template selected its first item); only
    # members, the head and hosts can be chosen as givers of the visit's gifts.
    _click_into(qtbot, program.host)
    _keys(qtbot, program.host, "Burkhard")  # "Jung" matches Kang Gi-jung as well
    qtbot.keyClick(_receiver(program.host), Qt.Key.Key_Return)  # the single match is taken
    assert services.program.get(items[0].id).host_id == jung.id

    # A gift given by the Lord Mayor to the mayor.
    gifts = open_page("gifts")
    qtbot.mouseClick(gifts.toolbar.widgetForAction(gifts.add_action), Qt.MouseButton.LeftButton)
    form = gifts.form.widgets
    assert _focus() is form["direction"]  # "Given" is the default
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    _type_here(qtbot, "Meissen porcelain pen tray", leave=Qt.Key.Key_Return)
    _type_here(qtbot, "Meissen", leave=Qt.Key.Key_Return)
    assert _focus() is form["giver_id"]
    giver_row = form["giver_id"].findData(jung.id)
    for _ in range(giver_row):
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    for _ in range(form["recipient_id"].findData(kang.id)):
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is form["presented_on"]  # the first day, typed or kept as it is
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is form["value_amount"]
    _type_here(qtbot, "185", leave=Qt.Key.Key_Return)
    [gift] = services.gifts.for_visit(visit.id)
    assert (gift.giver_id, gift.recipient_id, str(gift.value_amount)) == (
        jung.id,
        kang.id,
        "185.00",
    )
    assert gift.description == "Meissen porcelain pen tray" and gift.value_currency == "EUR"
    qtbot.waitUntil(lambda: gifts.form.error_text("description").startswith("⚠"))
    form = gifts.form.widgets

    # --- Undo and redo the last edit (the value) with the Edit menu's shortcuts ---------
    # (in a text field Ctrl+Z undoes typing in that field: the user clicks the list first)
    _activate(qtbot, window)
    _click_into(qtbot, gifts.view)
    qtbot.keyClick(_focus(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.gifts.get(gift.id).value_amount is None
    qtbot.keyClick(
        _focus(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert str(services.gifts.get(gift.id).value_amount) == "185.00"

    # --- Print the itinerary from the Documents menu: options dialog, PDF in the background
    menu = window.documents_menu
    menu.aboutToShow.emit()
    assert menu.itinerary.isEnabled()
    menu.itinerary.trigger()
    run = menu.last_run
    assert run is not None and run.dialog.isVisible() and run.visit_id == visit.id
    run.dialog.language.setCurrentIndex(run.dialog.language.findData("de+ko"))
    create = run.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(run.finished, timeout=60000) as done:
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    text = "\n".join(page.extract_text() for page in PdfReader(str(done.args[0])).pages)
    for expected in ("강기정", "Kang Gi-jung", "Neues Rathaus"):
        assert expected in text, expected
    run.preview.close()

    # --- The calendar shows the visit on 26 July 2023 ------------------------------------
    _activate(qtbot, window)
    qtbot.keyClick(_focus(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    calendar = window.tabs.currentWidget()
    assert calendar.title() == "Calendar"
    calendar.set_view("month")
    qtbot.keyClick(_focus(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert _focus() is calendar.jump_edit
    _keys(qtbot, _focus(), "26072023")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert calendar.focus_date == date(2023, 7, 26)
    view = calendar.month_view
    cell = next(
        box.rect
        for box in view.current_layout().boxes
        if box.role in ("day", "header") and box.day == date(2023, 7, 26)
    )
    assert any(
        box.rect.left() < cell.center().x() < box.rect.right()
        for box in view.boxes_for("visit", visit.id)
    )
    window.close()
