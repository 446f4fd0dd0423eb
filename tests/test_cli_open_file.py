"""``exchange-planner FILE`` / ``exchange-planner-gui FILE`` (the desktop file's
``Exec=exchange-planner-gui %f``): a database opens in the window, an exchange file is offered
for import, anything else is refused with a specific message, exit status 2, nothing changed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from exchange_planner.cli import main, split_file_argument, wants_dialog
from exchange_planner.cli.open_file import FileKind, Problem, classify
from exchange_planner.services import interchange
from exchange_planner.storage.database import open_database
from exchange_planner.ui import app as ui_app


@pytest.fixture
def gui(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What run_gui is given (the window is not opened)."""
    calls: list[dict[str, Any]] = []

    def fake_run_gui(db: str | None = None, **kwargs: Any) -> int:
        calls.append({"db": db, **kwargs})
        return 0

    monkeypatch.setattr(ui_app, "run_gui", fake_run_gui)
    return calls


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Refusals that would be shown in a dialog."""
    shown: list[Any] = []
    monkeypatch.setattr(
        ui_app, "show_file_problem", lambda problem, **_: shown.append(problem.problem)
    )
    return shown


@pytest.fixture
def exchange_file(sample_db_path: Path, tmp_path: Path) -> Path:
    database = open_database(sample_db_path)
    try:
        return interchange.export_to_file(database, tmp_path / "plans.json")
    finally:
        database.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_file_opens_as_db_would(gui, sample_db_path, capsys):
    assert main([str(sample_db_path)]) == 0
    assert gui == [{"db": str(sample_db_path), "qt_args": []}]
    assert capsys.readouterr().err == ""


def test_a_database_file_with_any_name_is_told_by_its_header(gui, sample_db_path, tmp_path):
    renamed = tmp_path / "Plans 2026 (copy).bak"
    shutil.copy(sample_db_path, renamed)
    assert main([str(renamed)]) == 0
    assert gui[0]["db"] == str(renamed)


def test_a_file_uri_from_the_file_manager_opens_the_database(gui, sample_db_path, tmp_path):
    spaced = tmp_path / "Städte & Pläne.sqlite3"
    shutil.copy(sample_db_path, spaced)
    assert main([spaced.as_uri()]) == 0  # file:///…/St%C3%A4dte%20%26%20Pl%C3%A4ne.sqlite3
    assert gui[0]["db"] == str(spaced)
    assert main(["file://localhost" + str(spaced)]) == 0
    assert gui[1]["db"] == str(spaced)


def test_the_gui_launcher_takes_the_same_line(gui, sample_db_path, monkeypatch):
    from exchange_planner.__main__ import main as entry

    monkeypatch.setattr("sys.argv", ["/usr/bin/exchange-planner-gui", str(sample_db_path)])
    assert entry() == 0
    assert gui[0]["db"] == str(sample_db_path)


def test_an_empty_file_named_like_a_database_goes_to_the_database_checks(gui, tmp_path):
    # The window's opening then says it is empty and which backup restores it.
    empty = tmp_path / "new.sqlite3"
    empty.touch()
    assert main([str(empty)]) == 0
    assert gui[0]["db"] == str(empty)


def test_an_exchange_file_opens_the_last_database_and_offers_the_import(gui, exchange_file, capsys):
    assert main([str(exchange_file)]) == 0
    assert gui == [{"db": None, "qt_args": [], "import_file": exchange_file}]
    assert capsys.readouterr().err == ""


def test_an_exchange_file_goes_into_the_database_given_with_db(gui, exchange_file, tmp_path):
    target = tmp_path / "target.sqlite3"
    assert main(["--db", str(target), exchange_file.as_uri()]) == 0
    assert gui == [{"db": str(target), "qt_args": [], "import_file": exchange_file}]


def test_an_exchange_file_is_told_by_its_format_key_not_its_name(gui, exchange_file, tmp_path):
    renamed = tmp_path / "from-gwangju.txt"
    renamed.write_bytes(b"\xef\xbb\xbf" + exchange_file.read_bytes())  # with a BOM, too
    assert main([str(renamed)]) == 0
    assert gui[0]["import_file"] == renamed


@pytest.mark.parametrize(
    "name, content",
    [
        ("notes.txt", b"Besuch aus Gwangju\n"),
        ("package.json", b'{"name": "something", "format": "other"}'),
        ("empty.json", b""),
        ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ],
)
def test_a_file_that_is_neither_is_refused_and_left_alone(
    gui, dialogs, tmp_path, capsys, name, content
):
    path = tmp_path / name
    path.write_bytes(content)
    before = digest(path)
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"exchange-planner: {path} is neither an Exchange Planner database (SQLite) nor an "
        "exchange file (JSON); nothing was opened.\n"
    )
    assert gui == []
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no journal, no database


def test_a_missing_file_is_named_and_not_created(gui, dialogs, tmp_path, capsys):
    missing = tmp_path / "plans.sqlite3"
    assert main([str(missing)]) == 2
    assert capsys.readouterr().err == f"exchange-planner: There is no file {missing}.\n"
    assert not missing.exists() and gui == []


def test_a_folder_is_refused(gui, dialogs, tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert "is a folder, not a file" in capsys.readouterr().err
    assert gui == []


def test_an_address_of_another_computer_is_refused(gui, dialogs, capsys):
    assert main(["file://server/share/plans.sqlite3"]) == 2
    assert "is not a file on this computer" in capsys.readouterr().err
    assert main(["https://example.org/plans.sqlite3"]) == 2
    assert "is not a file on this computer" in capsys.readouterr().err
    assert gui == []


def test_the_message_follows_the_language_of_the_environment(
    gui, dialogs, tmp_path, capsys, monkeypatch
):
    path = tmp_path / "notes.txt"
    path.write_text("x")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert main([str(path)]) == 2
    assert "ist weder eine Exchange-Planner-Datenbank" in capsys.readouterr().err
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    assert main([str(tmp_path / "gone.sqlite3")]) == 2
    assert "파일이 없습니다" in capsys.readouterr().err


def test_the_refusal_is_also_shown_in_a_dialog_when_started_by_the_launcher(
    gui, dialogs, tmp_path, monkeypatch
):
    path = tmp_path / "notes.txt"
    path.write_text("x")
    monkeypatch.setattr("sys.argv", ["/usr/bin/exchange-planner-gui"])
    assert main([str(path)]) == 2
    assert dialogs == [Problem.UNKNOWN]


class _Terminal:
    def isatty(self) -> bool:
        return True


class _Pipe:
    def isatty(self) -> bool:
        return False


def test_a_dialog_only_where_no_terminal_shows_the_message():
    assert wants_dialog("/usr/bin/exchange-planner-gui", _Terminal(), {})
    assert not wants_dialog("/usr/bin/exchange-planner", _Terminal(), {"DISPLAY": ":0"})
    assert wants_dialog("/opt/exchange-planner/exchange-planner", _Pipe(), {"DISPLAY": ":0"})
    if not __import__("sys").platform.startswith(("win", "darwin")):
        assert not wants_dialog("/usr/bin/exchange-planner", _Pipe(), {})  # no screen


def test_commands_keep_working_and_a_file_cannot_be_mixed_with_one(gui, sample_db_path, capsys):
    assert main(["list", "people", "--db", str(sample_db_path)]) == 0
    assert "강기정" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_:
        main([str(sample_db_path), "list", "people"])
    assert exit_.value.code == 2
    assert "cannot be combined with a command" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--demo", str(sample_db_path)])
    with pytest.raises(SystemExit):
        main(["--db", str(sample_db_path), str(sample_db_path)])
    assert gui == []


def test_the_file_is_the_first_positional_argument():
    commands = {"list", "demo"}
    assert split_file_argument(["list", "visits"], commands) == (None, ["list", "visits"])
    assert split_file_argument(["--db", "x.db", "f.json"], commands) == (
        "f.json",
        ["--db", "x.db"],
    )
    assert split_file_argument(["-platform", "offscreen", "f"], commands) == (
        "f",
        ["-platform", "offscreen"],
    )
    assert split_file_argument(["--", "-odd name.sqlite3"], commands) == (
        "-odd name.sqlite3",
        [],
    )
    assert split_file_argument([], commands) == (None, [])


def test_classify_reads_the_first_bytes(sample_db_path, exchange_file, tmp_path):
    assert classify(str(sample_db_path)).kind is FileKind.DATABASE
    assert classify(str(exchange_file)).kind is FileKind.EXCHANGE


def test_the_window_and_the_command_line_word_the_same_messages():
    from exchange_planner.cli.wording import CATALOGUE

    assert list(ui_app.FILE_PROBLEM_TEXTS) == [problem.value for problem in Problem]
    assert all(problem.value in CATALOGUE for problem in Problem)


def test_the_x11_window_class_does_not_depend_on_the_launcher():
    # WM_CLASS is "instance", "class": the instance from -name, the class from the
    # application name; the desktop file's StartupWMClass is the instance.
    for launcher in ("/usr/bin/exchange-planner-gui", "/opt/exchange-planner/exchange-planner"):
        arguments = ui_app.qt_arguments(["-style", "fusion"], program=launcher)
        if __import__("sys").platform in ("win32", "darwin"):
            assert arguments == [launcher, "-style", "fusion"]
        else:
            assert arguments == [launcher, "-name", "exchange-planner", "-style", "fusion"]
    assert ui_app.WM_INSTANCE == "exchange-planner"
    assert ui_app.qt_arguments(["-name", "mine"], program="x") == ["x", "-name", "mine"]
