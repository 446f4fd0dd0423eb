import subprocess
import sys

from exchange_planner.cli import main


def test_demo_writes_the_sample_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "sample.sqlite3"
    assert main(["demo", str(target)]) == 0
    assert target.exists()
    size = target.stat().st_size
    assert main(["demo", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.stat().st_size == size
    assert main(["demo", str(target), "--force"]) == 0


def test_list_visits_prints_ids_titles_dates_and_status(sample_db_path, capsys):
    assert main(["list", "visits", "--db", str(sample_db_path)]) == 0
    out = capsys.readouterr().out
    assert "Offizieller Besuch der Delegation aus Gwangju" in out
    assert "2023-07-25–2023-07-27" in out
    assert "completed" in out


def test_db_option_may_come_before_the_command(sample_db_path, capsys):
    assert main(["--db", str(sample_db_path), "list", "people"]) == 0
    assert "강기정" in capsys.readouterr().out


def test_newer_database_gives_a_clear_error(sample_db_path, capsys):
    import sqlite3

    with sqlite3.connect(sample_db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    connection.close()
    assert main(["list", "visits", "--db", str(sample_db_path)]) == 2
    assert "newer version" in capsys.readouterr().err


def test_installed_command_runs():
    result = subprocess.run(
        [sys.executable, "-m", "exchange_planner", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "demo" in result.stdout and "list" in result.stdout


def test_reading_commands_do_not_create_a_database_at_a_mistyped_path(tmp_path, capsys):
    missing = tmp_path / "no-such-folder" / "plans.sqlite3"
    assert main(["list", "visits", "--db", str(missing)]) == 2
    assert "There is no database at" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_unusable_urls_and_files_give_clear_messages(tmp_path, capsys):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database " * 200)
    cases = {
        "foo://bar": "driver for this kind of database",
        "postgresql+psycopg://someone:secret@127.0.0.1:1/none": "Cannot connect to the database",
        str(text_file): "is not an Exchange Planner database",
    }
    for location, expected in cases.items():
        assert main(["list", "visits", "--db", location]) == 2
        err = capsys.readouterr().err
        assert expected in err
        assert "secret" not in err  # passwords are never shown
