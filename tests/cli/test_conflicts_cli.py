from datetime import datetime

from exchange_planner.cli import main
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def test_conflicts_command_lists_warnings_and_exits_1(sample_db_path, capsys):
    assert main(["conflicts", "--db", str(sample_db_path)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    # The three gifts that reach a limit of their recipient's gift rule.
    assert len(out) == 3 and all(line.startswith("warning: gift_over_threshold:") for line in out)
    assert "of the rule KR-PUBLIC" in out[0]


def test_conflicts_command_for_one_visit_and_a_clash(sample_db_path, capsys):
    db = open_database(sample_db_path)
    services = Services.for_database(db)
    visit = services.visits.list()[0]
    services.settings.set("gift_threshold_KR_USD", "")
    services.settings.set("gift_threshold_KR_KRW", "")
    for person in services.people.list():  # no gift rules apply to anyone
        if person.gift_jurisdiction:
            services.people.update(person.id, gift_jurisdiction="")
    assert main(["conflicts", "--db", str(sample_db_path), "--visit", str(visit.id)]) == 0
    item = services.program.for_visit(visit.id)[3]
    services.program.create(
        visit_id=visit.id,
        title="Interview",
        starts_at=item.starts_at,
        ends_at=to_utc(datetime(2023, 7, 26, 10, 20), "Europe/Berlin"),
        timezone="Europe/Berlin",
        venue_id=item.venue_id,
    )
    db.dispose()
    capsys.readouterr()
    assert main(["conflicts", "--db", str(sample_db_path), "--visit", str(visit.id)]) == 1
    out = capsys.readouterr().out
    assert "conflict: venue_double_booked:" in out and "Interview" in out
    assert "person_double_booked" in out and "Kang Gi-jung" in out


def test_unknown_visit_is_an_error(sample_db_path, capsys):
    assert main(["conflicts", "--db", str(sample_db_path), "--visit", "999"]) == 2
    assert "999" in capsys.readouterr().err
