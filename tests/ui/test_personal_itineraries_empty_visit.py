"""Documents ▸ Personal itineraries… of a visit nobody is on yet: the dialog says why and
stays open, nothing is written; the command line refuses it the same way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exchange_planner.cli import main
from exchange_planner.domain.enums import Direction


def _empty_visit(services) -> int:  # type: ignore[no-untyped-def]
    partnership = services.partnerships.list()[0]
    return services.visits.create(
        partnership_id=partnership.id,
        title="Arbeitsbesuch",
        direction=Direction.INCOMING,
        start_date=date(2026, 12, 10),
        end_date=date(2026, 12, 11),
    ).id


def test_the_dialog_says_there_is_nobody_and_writes_nothing(main_window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    services = main_window.context.services
    visit_id = _empty_visit(services)
    menu = main_window.documents_menu
    main_window.events.current.emit("visit", visit_id)
    menu.refresh()
    menu.personal.trigger()
    run = menu.last_run
    dialog = run.dialog
    folder = tmp_path / "itineraries"
    dialog.folder.setText(str(folder))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "no members or hosts" in dialog.message.text()
    assert not folder.exists()
    dialog.reject()


def test_the_command_line_refuses_it(sample_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from exchange_planner.services.registry import Services
    from exchange_planner.storage.database import open_database

    db = open_database(sample_db_path)
    try:
        visit_id = _empty_visit(Services.for_database(db))
    finally:
        db.dispose()
    folder = tmp_path / "itineraries"
    code = main(
        [
            "print",
            "personal-itineraries",
            "--db",
            str(sample_db_path),
            "--visit",
            str(visit_id),
            "-o",
            str(folder),
        ]
    )
    assert code != 0
    assert "no members or hosts" in capsys.readouterr().err
    assert not folder.exists()
