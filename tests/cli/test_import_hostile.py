"""``exchange-planner import`` on hostile exchange files.

Every case is refused with exit status 2 and one line on stderr that names the JSON path (or,
for a file that cannot be opened, the file) and the reason; no traceback; the target database
file keeps its bytes. A few cases run the installed command as a subprocess, the rest run
``main`` in-process.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from exchange_planner.cli import main
from exchange_planner.services import interchange
from exchange_planner.storage.database import open_database

Document = dict[str, Any]


@pytest.fixture(scope="module")
def sample_document(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Document:
    copy_path = tmp_path_factory.mktemp("hostile") / "sample.sqlite3"
    shutil.copy(sample_template, copy_path)
    database = open_database(copy_path)
    try:
        return interchange.export_document(database)
    finally:
        database.dispose()


@pytest.fixture
def empty_db_file(tmp_path: Path) -> Path:
    """An existing, empty, up-to-date database file: an import would write into it."""
    path = tmp_path / "target.sqlite3"
    open_database(path).dispose()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _changed(change: Callable[[Document], None]) -> Callable[[Document], bytes]:
    def build(document: Document) -> bytes:
        changed = copy.deepcopy(document)
        change(changed)
        # ASCII escapes, as any JSON writer may use them: "\ud800" stays a lone surrogate.
        return json.dumps(changed).encode("ascii")

    return build


def _raw(data: bytes) -> Callable[[Document], bytes]:
    return lambda _document: data


def _set(path: list[Any], value: Any) -> Callable[[Document], bytes]:
    def change(document: Document) -> None:
        node: Any = document
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return _changed(change)


def _delete(path: list[Any]) -> Callable[[Document], bytes]:
    def change(document: Document) -> None:
        node: Any = document
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return _changed(change)


def _with_number(path: list[Any], literal: str) -> Callable[[Document], bytes]:
    """The sample with a number written as ``literal`` (beyond what json.dumps would write)."""
    marker = "__NUMBER__"

    def build(document: Document) -> bytes:
        text = _set(path, marker)(document).decode("utf-8")
        return text.replace(f'"{marker}"', literal).encode("utf-8")

    return build


def _duplicate_person_id(document: Document) -> None:
    document["people"][4]["id"] = document["people"][1]["id"]


def _duplicate_program_id(document: Document) -> None:
    program = document["visits"][0]["program"]
    program[3]["id"] = program[0]["id"]


def _lone_surrogate_escape(document: Document) -> bytes:
    """The escape written by hand into UTF-8 text: json.loads accepts it, nothing can store it."""
    text = _set(["people", 2, "family_name"], "__NAME__")(document).decode("ascii")
    assert text.count('"__NAME__"') == 1
    return text.replace('"__NAME__"', '"Kim\\ud800"').encode("utf-8")


def _deep(depth: int) -> Callable[[Document], bytes]:
    def build(_document: Document) -> bytes:
        head = b'{"format": "exchange-planner", "version": 1, "people": '
        return head + b"[" * depth + b"]" * depth + b"}"

    return build


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Document], bytes]
    path: str
    reason: str
    subprocess: bool = False


CASES = [
    # --- not an exchange file at all
    Case("empty file", _raw(b""), "$", "the file is empty", subprocess=True),
    Case("only white space", _raw(b" \n\t\n"), "$", "the file is empty"),
    Case("not JSON", _raw(b"PK\x03\x04\x14\x00 binary"), "$", "not valid JSON"),
    Case("truncated JSON", _raw(b'{"format": "exchange-planner", "version": 1,'), "$", "not valid"),
    Case(
        "invalid UTF-8", _raw(b'{"format": "exchange-planner", "x": "\xc3\x28"}'), "$", "not UTF-8"
    ),
    Case("UTF-16 file", _raw('{"format": 1}'.encode("utf-16")), "$", "not UTF-8"),
    Case("JSON array", _raw(b"[1, 2, 3]"), "$", "must be a JSON object, not an array"),
    Case("other JSON object", _raw(b'{"name": "package"}'), "$.format", "not an Exchange Planner"),
    # --- format version
    Case("newer version", _set(["version"], 6), "$.version", "newer Exchange Planner"),
    Case("version 0", _set(["version"], 0), "$.version", "unknown version 0"),
    Case("version as text", _set(["version"], "1"), "$.version", "whole number"),
    Case("missing version", _delete(["version"]), "$.version", "is required", subprocess=True),
    # --- structure
    Case(
        "missing field",
        _delete(["people", 3, "family_name"]),
        "$.people[3].family_name",
        "is required",
    ),
    Case("missing id", _delete(["venues", 1, "id"]), "$.venues[1].id", "is required"),
    Case(
        "wrong type",
        _set(["venues", 1, "capacity"], "many"),
        "$.venues[1].capacity",
        "must be an integer or null",
    ),
    Case(
        "section not a list",
        _set(["visits", 0, "members"], {"a": 1}),
        "$.visits[0].members",
        "must be an array",
    ),
    Case("id as fraction", _set(["people", 0, "id"], 1.5), "$.people[0].id", "must be an integer"),
    Case(
        "multi-line enum value",
        _set(["visits", 0, "status"], "a\nb"),
        "$.visits[0].status",
        "'a\\u000ab' is not one of",
    ),
    # --- records
    Case(
        "duplicate person id",
        _changed(_duplicate_person_id),
        "$.people[4].id",
        "also used by $.people[1]",
        subprocess=True,
    ),
    Case(
        "duplicate program id",
        _changed(_duplicate_program_id),
        "$.visits[0].program[3].id",
        "also used by $.visits[0].program[0]",
    ),
    Case(
        "dangling giver",
        _set(["gifts", 0, "giver_id"], 999),
        "$.gifts[0].giver_id",
        "there is no person #999",
        subprocess=True,
    ),
    Case(
        "dangling partnership",
        _set(["visits", 0, "partnership_id"], 77),
        "$.visits[0].partnership_id",
        "#77",
    ),
    Case(
        "dangling attendee",
        _set(["exhibitions", 0, "artist_ids"], [4242]),
        "$.exhibitions[0].artist_ids[0]",
        "#4242",
    ),
    # --- huge numbers
    Case(
        "10**400 as id",
        _with_number(["people", 0, "id"], "1" + "0" * 400),
        "$.people[0].id",
        "too large",
        subprocess=True,
    ),
    Case(
        "10**400 as amount",
        _with_number(["gifts", 0, "value_amount"], "1" + "0" * 400),
        "$.gifts[0].value_amount",
        "too large",
    ),
    Case(
        "10**400 as amount text",
        _set(["gifts", 0, "value_amount"], "1" + "0" * 400),
        "$.gifts[0].value_amount",
        "is not an amount",
    ),
    Case(
        "10**5000 as reference",
        _with_number(["gifts", 0, "giver_id"], "9" * 5000),
        "$.gifts[0].giver_id",
        "too large",
    ),
    Case(
        "1e400 as capacity",
        _with_number(["venues", 0, "capacity"], "1e400"),
        "$.venues[0].capacity",
        "too large",
    ),
    Case(
        "2**63 as id",
        _set(["people", 0, "id"], 2**63),
        "$.people[0].id",
        "must be 2147483647 or less",
    ),
    Case(
        "2**40 as precedence",
        _set(["visits", 0, "members", 0, "precedence"], 2**40),
        "$.visits[0].members[0].precedence",
        "or less",
    ),
    Case("huge version", _with_number(["version"], "1" + "0" * 400), "$.version", "too large"),
    # --- nesting
    Case("100,000-deep nesting", _deep(100_000), "$", "nested too deeply", subprocess=True),
    Case("30-deep nesting", _deep(30), "$.people", "nested too deeply"),
    # --- characters
    Case(
        "lone surrogate",
        _lone_surrogate_escape,
        "$.people[2].family_name",
        "lone surrogate \\ud800",
        subprocess=True,
    ),
    Case(
        "lone low surrogate in settings",
        _set(["settings", "home_city"], "\udfff"),
        "$.settings.home_city",
        "lone surrogate",
    ),
    Case(
        "lone surrogate in a key",
        _set(["settings", "\ud800"], "x"),
        "$.settings: the key",
        "lone surrogate",
    ),
    Case(
        "lone surrogate as enum",
        _set(["visits", 0, "status"], "\ud800"),
        "$.visits[0].status",
        "lone surrogate",
    ),
    Case(
        "NUL in a name",
        _set(["people", 0, "family_name"], "Kim\x00"),
        "$.people[0].family_name",
        "U+0000 (NUL)",
        subprocess=True,
    ),
    Case(
        "escape in a title",
        _set(["visits", 0, "title"], "Visit \x1b[31m"),
        "$.visits[0].title",
        "U+001B",
    ),
    Case(
        "C1 control in notes", _set(["visits", 0, "notes"], "a\x85b"), "$.visits[0].notes", "U+0085"
    ),
    Case(
        "DEL in an e-mail address",
        _set(["people", 1, "email"], "a\x7f@b"),
        "$.people[1].email",
        "U+007F",
    ),
    Case(
        "control in a setting",
        _set(["settings", "home_city"], "Leip\x07zig"),
        "$.settings.home_city",
        "U+0007",
    ),
]


def _run(arguments: list[str], *, as_subprocess: bool, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    if as_subprocess:
        result = subprocess.run(
            [sys.executable, "-m", "exchange_planner", *arguments],
            capture_output=True,
            text=True,
            errors="backslashreplace",
            timeout=120,
        )
        return result.returncode, result.stdout, result.stderr
    status = main(arguments)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _assert_refused(status: int, out: str, err: str, *expected: str) -> str:
    assert status == 2, err
    assert "Traceback" not in err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_file_is_refused_with_the_path_and_changes_nothing(
    case: Case,
    sample_document: Document,
    empty_db_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "hostile.json"
    source.write_bytes(case.build(sample_document))
    before = _digest(empty_db_file)
    status, out, err = _run(
        ["import", "--db", str(empty_db_file), str(source)],
        as_subprocess=case.subprocess,
        capsys=capsys,
    )
    line = _assert_refused(status, out, err, f"{case.path}", case.reason)
    assert f"{source}: {case.path}" in line
    assert "Nothing was imported." in line
    assert _digest(empty_db_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.json", "target.sqlite3"]


def test_every_case_is_accepted_once_the_hostile_part_is_undone(
    sample_document: Document, empty_db_file: Path, tmp_path: Path
) -> None:
    """The cases start from a file that imports: what is refused is the change alone."""
    source = tmp_path / "good.json"
    source.write_bytes(_changed(lambda _document: None)(sample_document))
    assert main(["import", "--db", str(empty_db_file), str(source)]) == 0


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    empty_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "huge.json"
    with source.open("wb") as stream:  # 50 MB without writing them: a sparse file
        stream.truncate(50 * 1024 * 1024)
    before = _digest(empty_db_file)
    reads: list[int] = []
    real_open = Path.open

    class CountingReader:
        def __init__(self, stream: Any) -> None:
            self.stream = stream

        def __enter__(self) -> CountingReader:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def fileno(self) -> int:
            return int(self.stream.fileno())

        def read(self, size: int = -1) -> bytes:
            reads.append(size)
            return bytes(self.stream.read(size))

    def counting_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        stream = real_open(self, *args, **kwargs)
        return CountingReader(stream) if self == source else stream

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "open", counting_open)
        status, out, err = _run(
            ["import", "--db", str(empty_db_file), str(source)], as_subprocess=False, capsys=capsys
        )
    _assert_refused(status, out, err, "$: the file is 50.0 MB", "at most 20 MB")
    assert reads == []
    assert _digest(empty_db_file) == before


def test_the_size_limit_is_a_bound_on_reading_too(tmp_path: Path) -> None:
    """A device or a growing file: at most one byte past the limit is read."""
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(interchange.ImportFormatError, match="at most 20 MB"):
        interchange.read_file(zero)


def test_the_size_limit_is_the_documented_one() -> None:
    docs = Path(__file__).parents[2] / "docs" / "interchange.md"
    assert interchange.MAX_FILE_BYTES == 20 * 1024 * 1024
    assert "20 MB" in docs.read_text(encoding="utf-8")


@pytest.mark.parametrize("as_subprocess", [True, False], ids=["subprocess", "in-process"])
def test_a_folder_or_a_missing_file_names_the_file(
    as_subprocess: bool,
    empty_db_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _digest(empty_db_file)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    for target, reason in ((folder, "Is a directory"), (tmp_path / "nope.json", "No such file")):
        status, out, err = _run(
            ["import", "--db", str(empty_db_file), str(target)],
            as_subprocess=as_subprocess,
            capsys=capsys,
        )
        _assert_refused(status, out, err, f"cannot read {target}", reason)
    assert _digest(empty_db_file) == before


def test_a_refused_file_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(b'{"format": "exchange-planner", "version": 1, "people": [{"id": 1}]}')
    target = tmp_path / "new.sqlite3"
    assert main(["import", "--db", str(target), str(source)]) == 2
    assert "$.people[0].family_name: is required" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_the_gui_import_names_the_path_of_a_hostile_file(
    empty_db_file: Path, tmp_path: Path
) -> None:
    """The dialog shows the service's message; the service refuses like the command does."""
    source = tmp_path / "hostile.json"
    source.write_bytes(
        b'{"format": "exchange-planner", "version": 1, "settings": {"a": "\\ud800"}}'
    )
    database = open_database(empty_db_file)
    try:
        with pytest.raises(interchange.ImportFormatError) as raised:
            interchange.import_from_file(database, source)
    finally:
        database.dispose()
    assert raised.value.path == "$.settings.a"
    assert "lone surrogate" in raised.value.message
