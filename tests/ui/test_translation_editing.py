"""Translations of a field, side by side with its original, edited in the real editors:
the globe button (or Ctrl+Shift+L) opens them, Enter saves one, undo takes it back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from exchange_planner.domain.texts import TRANSLATABLE
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database
from exchange_planner.ui import conflicts
from exchange_planner.ui.delegations.tab import DelegationsTab
from exchange_planner.ui.directory.tab import DirectoryTab


@pytest.fixture
def tab(main_window):
    page = main_window.page(DelegationsTab)
    main_window.tabs.setCurrentWidget(page)
    return page


def untranslated_visit(services, visit_id):
    """The visit and everything its documents print in German only (whatever the sample
    holds), its partnership asking for Korean and English."""
    s = services
    visit = s.visits.get(visit_id)
    s.visits.update(visit_id, original_language="de", translations={})
    s.partnerships.update(visit.partnership_id, languages="ko,en", translations={})
    for item in s.program.for_visit(visit_id):
        s.program.update(item.id, original_language="de", translations={})
        if item.venue_id:
            s.venues.update(item.venue_id, original_language="de", translations={})
    for member in s.members.for_visit(visit_id):
        s.people.update(member.person_id, original_language="de", translations={})
    for gift in s.gifts.for_visit(visit_id):
        s.gifts.update(gift.id, original_language="de", translations={})


def open_overview(qtbot, tab, visit_id):
    untranslated_visit(tab.context.services, visit_id)
    assert tab.visits.select_id(visit_id)
    tab.editor.setCurrentWidget(tab.sections["overview"])
    overview = tab.sections["overview"]
    qtbot.waitUntil(lambda: overview.translations.record is not None)
    overview.reload()
    return overview


def test_translate_the_visit_title_beside_its_original(qtbot, tab, sample_ids):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    overview = open_overview(qtbot, tab, visit_id)
    title = s.visits.get(visit_id).title
    part = overview.translations.fields["title"]
    panel = part.panel
    # the mark says what is missing (plain text), the texts are closed
    assert part.mark.isVisible()
    assert part.mark.accessibleName() == "No Korean and English translation"
    assert not panel.isVisible()

    qtbot.mouseClick(part.button, Qt.MouseButton.LeftButton)
    assert panel.isVisible()
    assert [panel.headers[lang].text() for lang in panel.languages()] == [
        "German (original)",
        "Korean",
        "English",
    ]
    assert panel.editors["de"].isReadOnly() and panel.text("de") == title
    korean = panel.editors["ko"]
    assert korean.hasFocus()  # opening puts the focus in the first translation
    type_text(korean, "광주 대표단 공식 방문")
    qtbot.keyClick(korean, Qt.Key.Key_Return)

    visit = s.visits.get(visit_id)
    assert visit.translations.get_text("title", "ko") == "광주 대표단 공식 방문"
    assert visit.title == title and visit.original_language == "de"
    assert part.mark.accessibleName() == "No English translation"
    assert panel.text("ko") == "광주 대표단 공식 방문"
    assert tab.context.undo_stack.undoText() == "Change Title (Korean)"

    # the history names the translation by field and language
    tab.editor.setCurrentWidget(tab.sections["history"])
    model = tab.sections["history"].panel.model
    fields = [model.text(model.entry(row), "field") for row in range(model.rowCount())]
    assert "Title (Korean)" in fields

    # English too: the mark goes
    tab.editor.setCurrentWidget(overview)
    english = panel.editors["en"]
    english.setFocus()
    qtbot.keyClicks(english, "Official visit")
    qtbot.keyClick(english, Qt.Key.Key_Return)
    assert s.visits.get(visit_id).translations.get_text("title", "en") == "Official visit"
    assert not part.mark.isVisible()


def test_undo_takes_a_translation_back(qtbot, tab, sample_ids):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    overview = open_overview(qtbot, tab, visit_id)
    panel = overview.translations.panel("notes")
    # the keyboard opens them too: Ctrl+Shift+L in the field
    notes = overview.form.widgets["notes"]
    notes.setFocus()
    qtbot.keyClick(
        notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert panel.isVisible()
    korean = panel.editors["ko"]
    assert korean.hasFocus()
    type_text(korean, "메모")
    qtbot.keyClick(korean, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert s.visits.get(visit_id).translations.get_text("notes", "ko") == "메모"

    tab.context.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.text("ko") == "")
    assert s.visits.get(visit_id).translations.get_text("notes", "ko") == ""
    tab.context.undo_stack.redo()
    qtbot.waitUntil(lambda: panel.text("ko") == "메모")
    assert s.visits.get(visit_id).translations.get_text("notes", "ko") == "메모"


def test_make_another_language_the_original(qtbot, tab, sample_ids):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    overview = open_overview(qtbot, tab, visit_id)
    s.visits.update(visit_id, notes="Notizen")
    title = s.visits.get(visit_id).title
    overview.reload()
    panel = overview.translations.panel("title")
    qtbot.mouseClick(overview.translations.fields["title"].button, Qt.MouseButton.LeftButton)
    type_text(panel.editors["ko"], "공식 방문")
    qtbot.keyClick(panel.editors["ko"], Qt.Key.Key_Return)

    # the notes have no Korean text: refused, with the reason, nothing changed
    qtbot.mouseClick(panel.make_buttons["ko"], Qt.MouseButton.LeftButton)
    assert panel.error_text() == (
        "Notes has no Korean text yet: write it before making Korean the original."
    )
    assert s.visits.get(visit_id).original_language == "de"

    s.visits.update(visit_id, notes="")
    overview.reload()
    qtbot.mouseClick(panel.make_buttons["ko"], Qt.MouseButton.LeftButton)
    visit = s.visits.get(visit_id)
    assert (visit.original_language, visit.title) == ("ko", "공식 방문")
    assert visit.translations.get_text("title", "de") == title
    assert overview.form.value("title") == "공식 방문"
    assert panel.headers["ko"].text() == "Korean (original)"
    assert panel.languages()[0] == "ko"
    tab.context.undo_stack.undo()
    visit = s.visits.get(visit_id)
    assert (visit.original_language, visit.title) == ("de", title)


def test_a_colleague_translated_the_same_text_meanwhile(
    qtbot, tab, sample_ids, sample_db_path, monkeypatch
):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    overview = open_overview(qtbot, tab, visit_id)
    panel = overview.translations.panel("title")
    qtbot.mouseClick(overview.translations.fields["title"].button, Qt.MouseButton.LeftButton)
    korean = panel.editors["ko"]
    type_text(korean, "나의 번역")
    # meanwhile a colleague stores another Korean title; the change feed brings it in
    colleague = Services.for_database(open_database(sample_db_path))
    colleague.visits.update(visit_id, translations={"title": {"ko": "그들의 번역"}})
    qtbot.waitUntil(
        lambda: overview.translations.record.translations.get_text("title", "ko") == "그들의 번역",
        timeout=10_000,
    )
    assert panel.text("ko") == "나의 번역"  # the typing is kept
    asked = []
    monkeypatch.setattr(
        conflicts, "chooser", lambda _p, error, label: asked.append(label) or conflicts.RELOAD
    )
    qtbot.keyClick(korean, Qt.Key.Key_Return)
    assert asked == ["Title (Korean)"]
    assert s.visits.get(visit_id).translations.get_text("title", "ko") == "그들의 번역"
    assert panel.text("ko") == "그들의 번역"  # Reload shows theirs


def test_missing_translations_of_the_visit_lead_to_the_field(qtbot, tab, sample_ids):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    open_overview(qtbot, tab, visit_id)
    tab.missing_action.trigger()
    section = tab.sections["translations"]
    assert tab.editor.currentWidget() is section
    qtbot.waitUntil(lambda: section.list.topLevelItemCount() > 0)
    assert section.language.currentText() == "Korean + English"
    lines = section.lines()
    title = s.visits.get(visit_id).title
    assert lines[0] == (f"Visit: {title}", "Title", "Korean, English")
    kinds = {entry.kind for entry in section.entries}
    assert {"visit", "program_item", "venue", "person", "partnership"} <= kinds
    assert len(lines) == len(section.entries)
    assert section.summary.text().startswith("A print in Korean + English shows the original of")
    # one line per record, its texts under it
    records = [
        section.list.topLevelItem(i).text(0) for i in range(section.list.topLevelItemCount())
    ]
    assert len(records) == len(set(records)) < len(lines)

    # Korean only
    section.language.setCurrentIndex(section.language.findData("ko"))
    section.language.activated.emit(section.language.currentIndex())
    assert section.lines()[0][2] == "Korean"

    # Enter on a program item's line opens its translations in the program section
    entry = next(e for e in section.entries if e.kind == "program_item")
    line = section.item_of(entry.kind, entry.record_id, entry.field)
    section.list.setCurrentItem(line)
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_Return)
    program = tab.sections["program"]
    assert tab.editor.currentWidget() is program
    assert program.current_item_id() == entry.record_id
    panel = program.translations.panel(entry.field)
    assert panel.isVisible() and panel.editors["ko"].hasFocus()
    type_text(panel.editors["ko"], "환영")
    qtbot.keyClick(panel.editors["ko"], Qt.Key.Key_Return)
    assert s.program.get(entry.record_id).translations.get_text(entry.field, "ko") == "환영"
    tab.editor.setCurrentWidget(section)
    assert section.item_of(entry.kind, entry.record_id, entry.field) is None


def test_a_venue_line_opens_the_directory(qtbot, main_window, tab, sample_ids):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    open_overview(qtbot, tab, visit_id)
    tab.show_missing_translations()
    section = tab.sections["translations"]
    qtbot.waitUntil(lambda: section.list.topLevelItemCount() > 0)
    venue = next(e for e in section.entries if e.kind == "venue" and e.field == "name")
    editor = tab.go_to_translation(venue, "ko")
    directory = main_window.page(DirectoryTab)
    assert main_window.tabs.currentWidget() is directory
    assert editor is not None and editor.hasFocus()
    type_text(editor, "광주 시청")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert s.venues.get(venue.record_id).translations.get_text("name", "ko") == "광주 시청"


def test_every_editor_of_a_translatable_record_offers_its_translations(
    qtbot, main_window, tab, sample_ids
):
    from exchange_planner.ui.widgets.translations import TranslatableFields

    assert len(main_window.pages) == 5  # every tab built, as if each had been shown
    # The gift rules are edited in their own dialog, opened from the Gifts section.
    tab.sections["gifts"].rules_action.trigger()
    kinds = {}
    for binding in main_window.findChildren(TranslatableFields):
        kinds.setdefault(binding.kind, set()).update(binding.fields)
    assert {kind: set(fields) for kind, fields in TRANSLATABLE.items()} == kinds


def test_a_gift_description_is_translated_in_the_gifts_section(qtbot, tab, sample_ids):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    open_overview(qtbot, tab, visit_id)
    gifts = tab.sections["gifts"]
    tab.editor.setCurrentWidget(gifts)
    gift = s.gifts.for_visit(visit_id)[0]
    assert gifts.select(gift.id)
    part = gifts.translations.fields["description"]
    assert part.mark.isVisible()
    qtbot.mouseClick(part.button, Qt.MouseButton.LeftButton)
    english = part.panel.editors["en"]
    english.setFocus()
    qtbot.keyClicks(english, "A vase")
    qtbot.keyClick(english, Qt.Key.Key_Return)
    assert s.gifts.get(gift.id).translations.get_text("description", "en") == "A vase"
    assert part.mark.accessibleName() == "No Korean translation"


def type_text(widget, text):
    """Text as a Korean input method commits it (QTest types ASCII keys only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_a_person_is_translated_in_people_and_venues(qtbot, main_window, tab, sample_ids):
    s = tab.context.services
    visit_id = sample_ids["visit"]
    untranslated_visit(s, visit_id)
    s.partnerships.update(s.visits.get(visit_id).partnership_id, languages="ko")
    person_id = next(
        m.person_id for m in s.members.for_visit(visit_id) if s.people.get(m.person_id).organisation
    )
    main_window.show_record("person", person_id)
    directory = main_window.page(DirectoryTab)
    assert main_window.tabs.currentWidget() is directory
    section = directory.by_kind["person"]
    part = section.translations.fields["organisation"]
    # the person is on a delegation of a partnership in Korean: only Korean is asked for
    assert part.mark.accessibleName() == "No Korean translation"
    qtbot.mouseClick(part.button, Qt.MouseButton.LeftButton)
    korean = part.panel.editors["ko"]
    assert korean.hasFocus()
    type_text(korean, "광주광역시")
    qtbot.keyClick(korean, Qt.Key.Key_Return)
    assert s.people.get(person_id).translations.get_text("organisation", "ko") == "광주광역시"
    assert not part.mark.isVisible()
    assert tab.context.undo_stack.undoText() == "Change Organisation (Korean)"
