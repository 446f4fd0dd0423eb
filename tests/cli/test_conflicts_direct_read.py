"""``exchange-planner conflicts`` reads a current SQLite file directly (stdlib sqlite3, no
SQLAlchemy) and prints exactly what it prints through the opened database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from exchange_planner.cli import conflicts as command
from exchange_planner.cli import main
from exchange_planner.domain.conflicts import Conflict
from exchange_planner.domain.enums import Direction, GiftDirection
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database

BERLIN = "Europe/Berlin"
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "PySide6")


@pytest.fixture
def clashing(sample_db_path: Path) -> Path:
    """The sample and a press visit on the same days: a venue, the host, delegation members
    and listed attendees at two places at once across the visits, an item before its visit's
    first day, a gift like the sample's given again to the same partner."""
    db = open_database(sample_db_path)
    try:
        services = Services.for_database(db)
        sample = services.visits.list()[0]
        press = services.visits.create(
            partnership_id=sample.partnership_id,
            title="Press visit",
            direction=Direction.INCOMING,
            start_date=date(2023, 7, 26),
            end_date=date(2023, 7, 27),
        )
        for member in services.members.for_visit(sample.id)[:5]:
            services.members.create(visit_id=press.id, person_id=member.person_id)
        items = services.program.for_visit(sample.id)
        for index, item in enumerate(items[2:6]):
            clash = services.program.create(
                visit_id=press.id,
                title=f"Press briefing {index}",
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                timezone=BERLIN,
                venue_id=item.venue_id if index % 2 == 0 else None,
                host_id=item.host_id,
                all_members=index != 3,
            )
            if index == 3:
                listed = [m.person_id for m in services.members.for_visit(sample.id)[:2]]
                services.program.set_attendees(clash.id, listed)
        services.program.create(
            visit_id=press.id,
            title="Early breakfast",
            starts_at=to_utc(datetime(2023, 7, 25, 7), BERLIN),
            ends_at=to_utc(datetime(2023, 7, 25, 8), BERLIN),
            timezone=BERLIN,
        )
        given = next(g for g in services.gifts.for_visit(sample.id) if g.maker)
        services.gifts.create(
            visit_id=press.id,
            direction=GiftDirection.GIVEN,
            description=given.description,
            maker=given.maker,
            recipient_id=given.recipient_id,
            value_amount=Decimal("80.5"),
            value_currency="EUR",
        )
    finally:
        db.dispose()
    return sample_db_path


@pytest.fixture
def direct_reads(monkeypatch: pytest.MonkeyPatch) -> list[list[Conflict] | None]:
    """What each run's direct read answered (None: the file was opened instead)."""
    answers: list[list[Conflict] | None] = []
    real = command.read_directly

    def recording(args: object) -> list[Conflict] | None:
        answers.append(real(args))  # type: ignore[arg-type]
        return answers[-1]

    monkeypatch.setattr(command, "read_directly", recording)
    return answers


def run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(arguments)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def opened(
    arguments: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """The same command through the opened database (the path of URLs and old files)."""
    with monkeypatch.context() as patch:
        patch.setattr(command, "read_directly", lambda args: None)
        return run(arguments, capsys)


@pytest.mark.parametrize("lang", ["C.UTF-8", "de_DE.UTF-8", "ko_KR.UTF-8"])
def test_direct_read_prints_what_the_opened_database_prints(
    clashing: Path,
    lang: str,
    direct_reads: list[list[Conflict] | None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    for visit in ([], ["--visit", "1"], ["--visit", "2"]):
        arguments = ["conflicts", "--db", str(clashing), *visit]
        direct = run(arguments, capsys)
        assert direct_reads[-1] is not None, "the file was not read directly"
        assert direct == opened(arguments, capsys, monkeypatch)
        assert direct[0] == 1 and direct[2] == ""
    out = run(["conflicts", "--db", str(clashing)], capsys)[1]
    for kind in (
        "venue_double_booked",
        "person_double_booked",
        "outside_visit_dates",
        "repeated_gift",
        "gift_over_threshold",
    ):
        assert f": {kind}: " in out
    if lang.startswith("C"):
        assert (
            "(the other item belongs to “Press visit”)"
            in run(["conflicts", "--db", str(clashing), "--visit", "1"], capsys)[1]
        )


def test_the_sample_and_an_unknown_visit_read_directly(
    sample_db_path: Path,
    direct_reads: list[list[Conflict] | None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    arguments = ["conflicts", "--db", str(sample_db_path)]
    direct = run(arguments, capsys)
    assert direct_reads[-1] is not None
    assert direct == opened(arguments, capsys, monkeypatch)
    assert direct[0] == 1 and direct[1].startswith("warning: gift_over_threshold:")
    missing = [*arguments, "--visit", "999"]
    assert run(missing, capsys) == opened(missing, capsys, monkeypatch)
    assert run(missing, capsys)[:2] == (2, "")


def test_a_file_in_another_journal_mode_is_opened_as_before(
    clashing: Path,
    direct_reads: list[list[Conflict] | None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    arguments = ["conflicts", "--db", str(clashing)]
    expected = run(arguments, capsys)
    with sqlite3.connect(clashing) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    assert run(arguments, capsys) == expected
    assert direct_reads[-1] is None  # opened (which switches it back to WAL)


def test_conflicts_on_a_file_loads_neither_sqlalchemy_nor_qt_nor_reportlab(
    clashing: Path,
) -> None:
    script = (
        "import sys\n"
        "from exchange_planner.cli import main\n"
        "status = main(sys.argv[1:])\n"
        f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
        "print('loaded:', heavy, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "LANG": "C.UTF-8"}
    for visit in ([], ["--visit", "1"]):
        result = subprocess.run(
            [sys.executable, "-c", script, "conflicts", "--db", str(clashing), *visit],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 1, result.stderr
        assert "loaded: []" in result.stderr
        assert "venue_double_booked" in result.stdout


def test_the_file_the_environment_names_is_read_directly_too(
    clashing: Path,
    direct_reads: list[list[Conflict] | None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EXCHANGE_PLANNER_DB", str(clashing))
    direct = run(["conflicts", "--visit", "2"], capsys)
    assert direct_reads[-1] is not None
    assert direct == opened(["conflicts", "--visit", "2"], capsys, monkeypatch)
    assert "person_double_booked" in direct[1]
