"""``exchange-planner print`` makes every document kind: residency sheet, balance, calendar
(month, week, agenda) and the booklet of a visit's personal itineraries, in each document
language; bad input is told specifically, with exit status 2, and nothing is written."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main


def _reader(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in _reader(path).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _print(db: Path, *arguments: str) -> int:
    return main(["print", *arguments, "--db", str(db)])


@pytest.mark.parametrize(
    ("lang", "heading", "page"),
    [
        ("de", "Residenzblatt", "Seite 1 von"),
        ("en", "Residency sheet", "Page 1 of"),
        ("ko", "레지던시 개요서", "쪽 중 1쪽"),
        ("de+ko", "Residenzblatt / 레지던시 개요서", "Seite 1 von"),
    ],
)
def test_residency_sheet_in_each_language(sample_db_path, tmp_path, capsys, lang, heading, page):  # type: ignore[no-untyped-def]
    out = tmp_path / "sheet.pdf"
    assert (
        _print(
            sample_db_path, "residency-sheet", "--residency", "1", "--lang", lang, "-o", str(out)
        )
        == 0
    )
    text = _text(out)
    flat = _flat(text)  # Hangul is read back in pieces
    assert _flat(heading) in flat and _flat(page) in flat
    if lang in ("en", "ko"):
        assert "Residenzblatt" not in text
    assert f"{out}: " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "shown", "not_shown"),
    [
        ("en", "Counter-residency: an artist from Gwangju in Leipzig", "01.09.2024"),
        ("de", "1. September 2024", "01.09.2024"),
    ],
)
def test_the_counterpart_residency_is_named_in_the_sheet_s_language(  # type: ignore[no-untyped-def]
    sample_db_path, tmp_path, lang, shown, not_shown
):
    out = tmp_path / "sheet.pdf"
    args = ("residency-sheet", "--residency", "1", "--lang", lang, "-o", str(out))
    assert _print(sample_db_path, *args) == 0
    flat = _flat(_text(out))
    assert _flat(shown) in flat
    assert not_shown not in flat
    if lang == "en":
        assert "Gegenresidenz" not in flat


def test_balance_of_one_and_of_every_partnership(sample_db_path, tmp_path):  # type: ignore[no-untyped-def]
    one = tmp_path / "one.pdf"
    assert (
        _print(sample_db_path, "balance", "--partnership", "1", "--lang", "en", "-o", str(one)) == 0
    )
    every = tmp_path / "every.pdf"
    assert _print(sample_db_path, "balance", "--lang", "de", "-o", str(every)) == 0
    assert "Gwangju" in _text(one) and "Page 1 of" in _text(one)
    assert "Gwangju" in _text(every) and "Seite 1 von" in _text(every)
    width, height = _reader(every).pages[0].mediabox.upper_right
    assert width > height  # landscape


@pytest.mark.parametrize(
    ("view", "lang", "expected", "absent"),
    [
        ("month", "de", ["Juli 2023", "Mo.", "Fr.", "Kalender"], ["July", "Calendar"]),
        ("month", "ko", ["2023년 7월", "월", "일정표"], ["Juli", "Calendar"]),
        ("month", "de+ko", ["Juli 2023 / 2023년 7월", "Mo. / 월"], ["July"]),
        ("week", "en", ["Week 30", "Mon", "24 Jul"], ["Woche", "Juli"]),
        ("week", "de", ["Woche 30", "Mo.", "24. Juli"], ["Week"]),
        ("agenda", "en", ["Wednesday, 26 July 2023", "Programme item"], ["Mittwoch"]),
        ("agenda", "ko", ["2023년 7월 26일 수요일"], ["Wednesday", "Mittwoch"]),
        ("agenda", "de+ko", ["Mittwoch, 26. Juli 2023 / 2023년 7월 26일 수요일"], ["Wednesday"]),
    ],
)
def test_calendar_in_each_view_and_language(sample_db_path, tmp_path, view, lang, expected, absent):  # type: ignore[no-untyped-def]
    out = tmp_path / f"calendar-{view}.pdf"
    code = _print(
        sample_db_path,
        "calendar",
        "--from",
        "2023-07-24",
        "--to",
        "2023-07-30",
        "--view",
        view,
        "--lang",
        lang,
        "-o",
        str(out),
    )
    assert code == 0
    text = _text(out)
    for word in expected:
        assert word in text, (word, text[:400])
    for word in absent:
        assert word not in text, word


def test_booklet_parts_start_on_a_right_hand_page(sample_db_path, tmp_path, capsys):  # type: ignore[no-untyped-def]
    out = tmp_path / "booklet.pdf"
    assert (
        _print(
            sample_db_path,
            "personal-itineraries",
            "--visit",
            "1",
            "--booklet",
            "--lang",
            "de+ko",
            "-o",
            str(out),
        )
        == 0
    )
    reader = _reader(out)
    outline = reader.outline
    assert len(outline) == 26  # 20 members, then 6 hosts
    assert outline[0].title == "Kang Gi-jung (강기정)"
    starts = [reader.get_destination_page_number(entry) for entry in outline]
    assert all(start % 2 == 0 for start in starts)  # pages 1, 7, 13, … counted from 1
    lengths = [b - a for a, b in zip(starts, [*starts[1:], len(reader.pages)], strict=True)]
    for start, length in zip(starts, lengths, strict=True):
        own = (
            length - 1
            if length % 2 == 0 and not reader.pages[start + length - 1].extract_text().strip()
            else length
        )
        # An odd part ends with a blank back page: the next part starts on a right-hand page.
        assert length == own + own % 2
        for number in range(own):
            assert f"Seite {number + 1} von {own}" in reader.pages[start + number].extract_text()
    assert len(reader.pages) % 2 == 0
    assert "26 parts" in capsys.readouterr().out


def test_personal_itineraries_into_a_folder(sample_db_path, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "members"
    assert _print(sample_db_path, "personal-itineraries", "--visit", "1", "-o", str(folder)) == 0
    assert len(list(folder.glob("*.pdf"))) == 26  # 20 members and 6 hosts


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["residency-sheet", "--residency", "99"], "There is no residency #99"),
        (["balance", "--partnership", "99"], "There is no partnership #99"),
        (["personal-itineraries", "--visit", "99", "--booklet"], "There is no visit #99"),
        (
            ["calendar", "--from", "2023-07-41", "--to", "2023-07-30"],
            "--from: '2023-07-41' is not a date",
        ),
        (
            ["calendar", "--from", "2023-07-30", "--to", "2023-07-01"],
            "--to: the period ends (2023-07-01) before it starts (2023-07-30)",
        ),
        (["calendar", "--from", "2023-07-01", "--to", "soon"], "--to: 'soon' is not a date"),
        (["residency-sheet", "--residency", "1", "--lang", "fr"], "invalid choice: 'fr'"),
    ],
)
def test_bad_input_is_told_and_nothing_is_written(
    sample_db_path, tmp_path, capsys, arguments, message
):  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    try:
        code = _print(sample_db_path, *arguments, "-o", str(out))
    except SystemExit as exit_:  # argparse refuses a value with status 2
        code = int(exit_.code or 0)
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [sample_db_path] or not list(tmp_path.glob("*.pdf"))


def test_unknown_view_is_refused(sample_db_path, tmp_path, capsys):  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as exit_:
        _print(
            sample_db_path,
            "calendar",
            "--from",
            "2023-07-01",
            "--to",
            "2023-07-31",
            "--view",
            "year",
            "-o",
            str(out),
        )
    assert exit_.value.code == 2
    assert (
        "invalid choice: 'year' (choose from 'month', 'week', 'agenda')" in capsys.readouterr().err
    )
    assert not out.exists()


def test_existing_file_is_replaced_whole(sample_db_path, tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "calendar.pdf"
    out.write_bytes(b"old")
    assert (
        _print(
            sample_db_path, "calendar", "--from", "2023-07-01", "--to", "2023-07-31", "-o", str(out)
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    # A refused print keeps the previous file as it was.
    before = out.read_bytes()
    assert (
        _print(
            sample_db_path, "calendar", "--from", "2023-07-31", "--to", "2023-07-01", "-o", str(out)
        )
        == 2
    )
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_help_of_the_new_kinds_stays_light() -> None:
    """Building the parser and each new kind's help imports no ReportLab, storage, services or
    Qt (the language choices of ``--lang`` come from reports/i18n.py, as for the other kinds)."""
    code = (
        "import sys, contextlib, io\n"
        "from exchange_planner.cli import main\n"
        "helps = []\n"
        "for kind in ('residency-sheet', 'balance', 'calendar', 'personal-itineraries'):\n"
        "    out = io.StringIO()\n"
        "    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
        "        main(['print', kind, '--help'])\n"
        "    helps.append(out.getvalue())\n"
        "print(all(o in h for o, h in zip(('--residency', '--partnership', '--view', '--booklet'), helps)))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('reportlab', 'sqlalchemy', 'PySide6') or m.startswith('exchange_planner.services')"
        " or m in ('exchange_planner.reports.calendar_sheet', 'exchange_planner.reports.booklet')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    shown, modules = result.stdout.strip().splitlines()
    assert shown == "True"
    assert modules == "[]"


def test_calendar_views_of_the_parser_are_the_reports() -> None:
    from exchange_planner.cli.printing import CALENDAR_VIEWS
    from exchange_planner.reports.calendar_sheet import VIEWS
    from exchange_planner.ui.documents.options import CALENDAR_VIEWS as DIALOG_VIEWS

    assert CALENDAR_VIEWS == VIEWS == DIALOG_VIEWS


@pytest.mark.parametrize("view", ["month", "week", "agenda"])
def test_a_busy_day_prints_every_entry(sample_db_path, tmp_path, view):  # type: ignore[no-untyped-def]
    """Sixty items on one day: the month and the week grow over more pages, none is left out."""
    from datetime import datetime, timedelta

    from exchange_planner.domain.timeutil import to_utc
    from exchange_planner.services.registry import Services
    from exchange_planner.storage.database import open_database

    db = open_database(sample_db_path)
    services = Services.for_database(db)
    visit = services.visits.list()[0]
    for index in range(60):
        start = datetime(2023, 7, 27, 6, 0) + timedelta(minutes=10 * index)
        services.program.create(
            visit_id=visit.id,
            title=f"Extra {index:02d}",
            starts_at=to_utc(start, "Europe/Berlin"),
            ends_at=to_utc(start + timedelta(minutes=10), "Europe/Berlin"),
            timezone="Europe/Berlin",
        )
    db.dispose()
    out = tmp_path / "busy.pdf"
    code = _print(
        sample_db_path,
        "calendar",
        "--from",
        "2023-07-01",
        "--to",
        "2023-07-31",
        "--view",
        view,
        "-o",
        str(out),
    )
    assert code == 0
    text = _text(out)
    assert all(f"Extra {index:02d}" in text for index in range(60))
