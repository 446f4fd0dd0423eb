"""A read-only file or folder: reading commands work (one note), writing commands exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.storage.database import open_database
from hostile_files import snapshot
from read_only_files import read_only

pytestmark = pytest.mark.sqlite_only

#: Each reading command, its arguments after ``--db PATH``, and the file it writes into OUT.
COMMANDS: dict[str, tuple[list[str], str | None]] = {
    "list": (["list", "visits"], None),
    "print": (["print", "itinerary", "--visit", "1", "--lang", "en", "-o", "OUT/it.pdf"], "it.pdf"),
    "export": (["export", "-o", "OUT/plans.json"], "plans.json"),
    "export-ics": (["export-ics", "--visit", "1", "-o", "OUT/visit.ics"], "visit.ics"),
    "conflicts": (["conflicts"], None),
    "balance": (["balance"], None),
}

NOTE = "opened read-only (the {} is not writable); nothing is recorded or changed"
REFUSAL = "was opened read-only (the {} is not writable); changes cannot be saved. Make it writable"


def arguments(command: str, db: Path, out: Path) -> list[str]:
    words, _ = COMMANDS[command]
    return ["--db", str(db), *(word.replace("OUT", str(out)) for word in words)]


@pytest.fixture(params=["file", "folder"])
def unwritable(request: pytest.FixtureRequest, folders: tuple[Path, Path]) -> Iterator[str]:
    """The database, or its folder, without write permission (yields which)."""
    path, _ = folders
    with read_only(path if request.param == "file" else path.parent, "chmod"):
        yield str(request.param)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_reading_command_works_on_a_read_only_database(
    command: str, unwritable: str, folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = folders
    before = snapshot(path.parent)
    status = main(arguments(command, path, out))
    captured = capsys.readouterr()
    assert status == (1 if command == "conflicts" and captured.out.strip() else 0), captured.err
    assert f"exchange-planner: note: {path} {NOTE.format(unwritable)}\n" in captured.err
    assert "Traceback" not in captured.err
    assert snapshot(path.parent) == before  # bytes, no -wal/-shm, no print recorded
    written = COMMANDS[command][1]
    if written is not None:
        assert (out / written).stat().st_size > 0
    else:
        assert captured.out.strip()


def test_a_writable_database_gets_no_note(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = folders
    assert main(arguments("list", path, out)) == 0
    assert "read-only" not in capsys.readouterr().err


def test_print_on_a_read_only_database_says_it_was_not_recorded(
    unwritable: str, folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = folders
    for lang in ("en", "de+ko"):
        target = out / f"{lang}.pdf"
        command = ["--db", str(path), "print", "itinerary", "--visit", "1", "--lang", lang]
        assert main([*command, "-o", str(target)]) == 0, capsys.readouterr().err
    english = " ".join(page.extract_text() for page in PdfReader(out / "en.pdf").pages)
    assert "not recorded: the database was opened read-only" in " ".join(english.split())
    bilingual = " ".join(page.extract_text() for page in PdfReader(out / "de+ko.pdf").pages)
    bilingual = " ".join(bilingual.split())
    assert "nicht vermerkt: Datenbank schreibgeschützt geöffnet" in bilingual
    assert "기록되지 않음" in bilingual
    gifts = out / "gifts.pdf"
    command = ["--db", str(path), "print", "gifts", "--visit", "1", "--lang", "de", "-o"]
    assert main([*command, str(gifts)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(gifts).pages).split())
    assert "nicht vermerkt: Datenbank schreibgeschützt geöffnet" in text


def test_print_on_a_writable_database_has_no_note(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = folders
    assert main(arguments("print", path, out)) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out / "it.pdf").pages)
    assert "not recorded" not in text


@pytest.fixture
def empty_database(tmp_path: Path) -> Path:
    path = tmp_path / "empty" / "plans.sqlite3"
    path.parent.mkdir()
    open_database(path).dispose()
    return path


def test_import_into_a_read_only_database_exits_2_with_one_line(
    empty_database: Path, folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    sample, out = folders
    exchange = out / "plans.json"
    assert main(["--db", str(sample), "export", "-o", str(exchange)]) == 0
    capsys.readouterr()
    with read_only(empty_database, "chmod"):
        before = snapshot(empty_database.parent)
        status = main(["--db", str(empty_database), "import", str(exchange)])
        err = capsys.readouterr().err
        assert status == 2
        assert (
            err
            == f"exchange-planner: {empty_database} {REFUSAL.format('file')} or open a writable copy.\n"
        )
        assert snapshot(empty_database.parent) == before


#: Real processes on a really read-only file system (root: a read-only bind mount), or chmod.
PROCESS_RUNS = [
    ("list", "file", "mount"),
    ("print", "folder", "mount"),
    ("export-ics", "folder", "chmod"),
    ("balance", "file", "chmod"),
]


def run(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exchange_planner", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


@pytest.mark.parametrize(("command", "what", "kind"), PROCESS_RUNS)
def test_reading_command_as_a_process(
    command: str, what: str, kind: str, folders: tuple[Path, Path]
) -> None:
    path, out = folders
    with read_only(path if what == "file" else path.parent, kind):
        before = snapshot(path.parent)
        result = run(arguments(command, path, out))
        assert result.returncode == 0, result.stderr
        assert (
            result.stderr.splitlines()[0] == f"exchange-planner: note: {path} {NOTE.format(what)}"
        )
        assert "Traceback" not in result.stderr
        assert snapshot(path.parent) == before
    if COMMANDS[command][1] is not None:
        assert (out / COMMANDS[command][1]).stat().st_size > 0


@pytest.mark.parametrize("kind", ["chmod", "mount"])
def test_import_as_a_process_exits_2(
    kind: str, empty_database: Path, folders: tuple[Path, Path]
) -> None:
    sample, out = folders
    exchange = out / "plans.json"
    assert main(["--db", str(sample), "export", "-o", str(exchange)]) == 0
    with read_only(empty_database.parent, kind):
        before = snapshot(empty_database.parent)
        result = run(["--db", str(empty_database), "import", str(exchange)])
        assert result.returncode == 2, result.stderr
        assert result.stderr == (
            f"exchange-planner: {empty_database} {REFUSAL.format('folder')} or open a writable copy.\n"
        )
        assert snapshot(empty_database.parent) == before


def test_calendar_exports_of_a_read_only_database_keep_their_uids(
    unwritable: str, folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """No UID namespace can be stored: the one derived instead is the same on every export."""
    path, out = folders
    texts = []
    for name in ("one.ics", "two.ics"):
        assert main(["--db", str(path), "export-ics", "--visit", "1", "-o", str(out / name)]) == 0
        texts.append((out / name).read_text(encoding="utf-8"))
    uids = [[line for line in text.splitlines() if line.startswith("UID:")] for text in texts]
    assert uids[0]
    assert uids[0] == uids[1]


@pytest.mark.parametrize("kind", ["chmod", "mount"])
def test_demo_does_not_replace_or_create_in_a_read_only_place(
    kind: str, folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = folders
    with read_only(path.parent, kind):
        before = snapshot(path.parent)
        assert main(["demo", "--force", str(path)]) == 2
        assert capsys.readouterr().err == (
            f"exchange-planner: {path} cannot be replaced (the folder is not writable); "
            "make it writable or choose another file\n"
        )
        new = path.with_name("new.sqlite3")
        assert main(["demo", str(new)]) == 2
        assert capsys.readouterr().err == (
            f"exchange-planner: Cannot create the database {new}: the folder is not writable; "
            "choose a writable folder and try again\n"
        )
        assert snapshot(path.parent) == before
