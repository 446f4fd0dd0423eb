"""The "Gift rules…" dialog, the rate fields and the disposition history of a gift (qtbot)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from exchange_planner.domain.enums import GiftDirection
from exchange_planner.services.gift_register import GiftRegisterService
from exchange_planner.services.registry import Services
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.delegations.gift_rules import DispositionsEditor, GiftRulesDialog
from exchange_planner.ui.delegations.gift_valuation import GiftValuationPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from gestures import type_over
from test_gift_register import fill


def _context(services: Services, events, qt_settings) -> UiContext:  # type: ignore[no-untyped-def]
    return UiContext(services, events, QUndoStack(), qt_settings)


def _shown(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type over a field and leave it with Tab, as the user does."""
    type_over(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_the_rules_dialog_lists_edits_and_refuses(qtbot, services, events, qt_settings):  # type: ignore[no-untyped-def]
    fill(services)
    context = _context(services, events, qt_settings)
    dialog = GiftRulesDialog(context)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    rules = dialog.rules
    assert [rules.model.record(r).jurisdiction for r in range(rules.model.rowCount())] == [
        "DE-SN-KOMMUNAL",
        "DE-SN-KOMMUNAL",
        "KR-PUBLIC",
    ]
    rules.select(rules.model.record(1).id)  # the Saxon rule since 2020
    limits = dialog.limits
    assert limits.model.rowCount() == 2
    assert rules.form.value("source") == "VwV Annahme von Belohnungen, Sachsen"
    # An end before the start is refused under the field; nothing is stored.
    rule_id = rules.current_id()
    rules.form.set_value("effective_to", date(2019, 1, 1))
    assert rules.form.error_text("effective_to")
    assert GiftRegisterService(services.db).rules.get(rule_id).effective_to is None
    # A new rule through the button, named and sourced in the form.
    qtbot.mouseClick(rules.add_button, Qt.MouseButton.LeftButton)
    new_id = rules.current_id()
    assert new_id is not None and new_id != rule_id
    _type(qtbot, rules.form.widgets["jurisdiction"], "de-bt")
    # (QTest types ASCII only: the texts with ü and § are set as typed.)
    rules.form.set_value("name", "Verhaltensregeln für Mitglieder des Bundestages")
    rules.form.set_value("source", "Anlage 1 GO-BT, § 4 Abs. 5")
    stored = GiftRegisterService(services.db).rules.get(new_id)
    assert (stored.jurisdiction, stored.source) == ("DE-BT", "Anlage 1 GO-BT, § 4 Abs. 5")
    # Its limit: 200 EUR; a limit of zero is refused.
    qtbot.mouseClick(limits.add_button, Qt.MouseButton.LeftButton)
    assert limits.model.rowCount() == 1
    _type(qtbot, limits.form.widgets["amount"], "0")
    assert limits.form.error_text("amount")
    _type(qtbot, limits.form.widgets["amount"], "200")
    _type(qtbot, limits.form.widgets["consequence"], "anzeigen")
    made = GiftRegisterService(services.db).limits.for_rule(new_id)
    assert [(str(limit.amount), limit.consequence) for limit in made] == [("200.00", "anzeigen")]
    # Undo takes the steps back one by one.
    context.undo_stack.undo()
    assert GiftRegisterService(services.db).limits.for_rule(new_id)[0].consequence == ""


def test_rate_and_dispositions_of_a_gift(qtbot, services, events, qt_settings):  # type: ignore[no-untyped-def]
    ids = fill(services)
    register = GiftRegisterService(services.db)
    register.rates.add("USD", "2023-08-31", "1.0868", "ECB")
    context = _context(services, events, qt_settings)
    current = {"id": ids["usd"]}
    panel = GiftValuationPanel(context, lambda: current["id"])
    qtbot.addWidget(panel)
    _shown(qtbot, panel)
    assert "Rate missing" in panel.summary.text()
    assert panel.use_rate.isVisible() and "1.0868 USD" in panel.use_rate.text()
    qtbot.mouseClick(panel.use_rate, Qt.MouseButton.LeftButton)
    gift = services.gifts.get(ids["usd"])
    assert (gift.rate_units_per_eur, gift.rate_date, gift.rate_source) == (
        register.rates.rate_on("USD", date(2023, 9, 1)).units_per_eur,  # type: ignore[union-attr]
        date(2023, 8, 31),
        "ECB",
    )
    qtbot.waitUntil(lambda: "Rate missing" not in panel.summary.text())
    assert "276,04" in panel.summary.text() or "276.04" in panel.summary.text()
    context.undo_stack.undo()
    assert services.gifts.get(ids["usd"]).rate_units_per_eur is None

    editor: DispositionsEditor = panel.dispositions
    assert editor.model.rowCount() == 0
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 1
    kind = editor.form.widgets["kind"]
    kind.setCurrentIndex(kind.findData("displayed"))
    kind.activated.emit(kind.currentIndex())
    _type(qtbot, editor.form.widgets["place"], "Neues Rathaus, Vitrine 3")
    _type(qtbot, editor.form.widgets["inventory_number"], "LE-G-2023-014")
    row = next(r for r in register.register(2023).rows if r.gift_id == ids["usd"])
    assert row.disposition is not None and row.disposition.kind.value == "displayed"
    assert row.disposition.place == "Neues Rathaus, Vitrine 3"
    assert row.inventory_number == "LE-G-2023-014"
    assert editor.model.index(0, 1).data() == "Displayed"


def test_the_gifts_toolbar_opens_the_rules(qtbot, services, events, qt_settings):  # type: ignore[no-untyped-def]
    from exchange_planner.ui.delegations.records import GiftsSection

    services.gifts.create(direction=GiftDirection.GIVEN, description="x")
    section = GiftsSection(_context(services, events, qt_settings))
    qtbot.addWidget(section)
    dialog = section.open_rules()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, GiftRulesDialog) and dialog.isVisible()
    assert section.rules_action.text() == "Gift rules…"
    assert {"rate_units_per_eur", "rate_date", "rate_source"} <= set(section.form.widgets)
    dialog.reject()


def test_documents_menu_prints_the_register(qtbot, services, events, qt_settings, sample_ids):  # type: ignore[no-untyped-def]
    """Documents ▸ Gift register for a year…: the options dialog, then the PDF in the preview."""
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QWidget

    from exchange_planner.ui.documents.actions import print_gift_register

    parent = QWidget()
    qtbot.addWidget(parent)
    run = print_gift_register(parent, _context(services, events, qt_settings))
    assert run.dialog.year.isVisibleTo(run.dialog) and run.dialog.year.value() == 2023
    with qtbot.waitSignal(run.finished, timeout=60000):
        run.dialog.accept()
    reader = PdfReader(io.BytesIO(run.result.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Geschenkregister 2023" in text and "Kurs fehlt" in text


def test_enter_in_a_field_saves_it_and_adds_nothing(qtbot, services, events, qt_settings):  # type: ignore[no-untyped-def]
    fill(services)
    dialog = GiftRulesDialog(_context(services, events, qt_settings))
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    rules = dialog.rules
    before = rules.model.rowCount()
    rule_id = rules.current_id()
    field = rules.form.widgets["source"]
    type_over(qtbot, field, "GO-BT Anlage 1")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert GiftRegisterService(services.db).rules.get(rule_id).source == "GO-BT Anlage 1"
    assert rules.model.rowCount() == before and rules.current_id() == rule_id
    assert dialog.isVisible()
