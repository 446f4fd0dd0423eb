"""``exchange-planner conflicts`` speaks English unless LC_ALL / LC_MESSAGES / LANG name German
or Korean; the kind after the label stays the same key in every language."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from exchange_planner.cli.wording import Wording, language_from_env, locale_from_env
from exchange_planner.domain.gifts import GiftRecord, find_repeated_gifts
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database

VISIT = 1


@pytest.fixture
def clashing(sample_db_path: Path) -> Path:
    """The sample with an interview in the Festsaal during the mayor's reception (the venue and
    the whole delegation double-booked) and a visit to the zoo before the visit begins; the
    sample's pen tray already reaches the Korean threshold."""
    db = open_database(sample_db_path)
    try:
        services = Services.for_database(db)
        reception = next(
            item
            for item in services.program.for_visit(VISIT)
            if item.title.startswith("Empfang durch Oberbürgermeister")
        )
        services.program.create(
            visit_id=VISIT,
            title="Interview",
            starts_at=reception.starts_at,
            ends_at=to_utc(datetime(2023, 7, 26, 10, 20), "Europe/Berlin"),
            timezone="Europe/Berlin",
            venue_id=reception.venue_id,
        )
        services.program.create(
            visit_id=VISIT,
            title="Zoo",
            starts_at=to_utc(datetime(2023, 7, 1, 10, 0), "Europe/Berlin"),
            ends_at=to_utc(datetime(2023, 7, 1, 11, 30), "Europe/Berlin"),
            timezone="Europe/Berlin",
        )
    finally:
        db.dispose()
    return sample_db_path


def _conflicts(path: Path, **language: str) -> list[str]:
    """The lines of ``exchange-planner conflicts`` run as a command with ``language`` set."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    }
    env.update(language)
    result = subprocess.run(
        [sys.executable, "-m", "exchange_planner", "conflicts", "--db", str(path)],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert b"Traceback" not in result.stderr
    return result.stdout.decode("utf-8").splitlines()


def test_english_without_a_language(clashing: Path) -> None:
    lines = _conflicts(clashing)
    assert lines[0] == (
        "conflict: venue_double_booked: Neues Rathaus (Festsaal) is booked twice: “Interview” "
        "(26.07.2023 10:00–10:20) and “Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus” (26.07.2023 "
        "10:00–10:30) overlap"
    )
    assert any(
        line.startswith("warning: gift_over_threshold: “Stiftablage aus Meissener Porzellan” for")
        for line in lines
    )
    # The sample's interpreter is named as such, not among the 16 others of the delegation.
    assert " and 16 others are expected at two places at once: “Interview”" in lines[1]
    assert lines[2].startswith(
        "conflict: interpreter_double_booked: Interpreter Baek Seo-yeon (백서연) is booked for "
        "two overlapping items: “Interview” (26.07.2023 10:00–10:20) and "
    )
    assert lines[-5].startswith(
        "warning: gift_over_threshold: “Stiftablage aus Meissener Porzellan” for Kang Gi-jung "
        "(강기정): 185.00 EUR reaches the limit of KRW 100,000 of the rule KR-PUBLIC"
    )
    assert lines[-2:] == [
        "warning: item_without_venue_or_host: “Interview” (26.07.2023 10:00–10:20) has no host",
        "warning: item_without_venue_or_host: “Zoo” (01.07.2023 10:00–11:30) has neither a "
        "venue nor a host",
    ]
    assert _conflicts(clashing, LANG="C.UTF-8") == lines
    assert _conflicts(clashing, LANG="fr_FR.UTF-8") == lines


def test_german_with_lang_de(clashing: Path) -> None:
    lines = _conflicts(clashing, LANG="de_DE.UTF-8")
    assert lines[0] == (
        "Konflikt: venue_double_booked: Neues Rathaus (Festsaal) ist doppelt belegt: "
        "„Interview“ (26.07.2023 10:00–10:20) und „Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus“ "
        "(26.07.2023 10:00–10:30) überschneiden sich"
    )
    assert lines[1].startswith("Konflikt: person_double_booked: ")
    assert " und 16 weitere werden gleichzeitig an zwei Orten erwartet: „Interview“" in lines[1]
    assert lines[3] == (
        "Konflikt: outside_visit_dates: „Zoo“ am 01.07.2023 10:00 liegt außerhalb der Tage von "
        "„Offizieller Besuch der Delegation aus Gwangju“ (25.07.2023–27.07.2023)"
    )
    assert lines[4].startswith(
        "Warnung: gift_over_threshold: „Stiftablage aus Meissener Porzellan“ für "
    )
    assert lines[4].endswith(
        ": 185,00 EUR erreicht die Meldegrenze von 100.000 KRW für das Amt des Empfängers"
    )
    assert lines[2].startswith(
        "Konflikt: interpreter_double_booked: Dolmetscher/in Baek Seo-yeon (백서연) ist für zwei "
        "sich überschneidende Programmpunkte eingeplant: „Interview“"
    )
    assert lines[-1] == (
        "Warnung: item_without_venue_or_host: „Zoo“ (01.07.2023 10:00–11:30): Ort und "
        "Gastgeber/in fehlen"
    )
    sentences = [line.split(": ", 2)[2] for line in lines]  # after the label and the kind
    for english in (
        "booked",
        "overlap",
        "expected",
        "outside",
        "reaches",
        "threshold",
        "venue",
        "host",
        "Interpreter",
    ):
        assert not any(english in sentence for sentence in sentences)


def test_korean_with_lang_ko_and_lc_all_first(clashing: Path) -> None:
    lines = _conflicts(clashing, LANG="ko_KR.UTF-8")
    assert lines[0] == (
        "충돌: venue_double_booked: Neues Rathaus (Festsaal) 중복 예약: “Interview” "
        "(2023. 7. 26. 10:00–10:20), “Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus” (2023. 7. 26. "
        "10:00–10:30) 일정이 겹칩니다"
    )
    assert " 외 16명 – 같은 시간에 두 곳에 배정되었습니다: " in lines[1]
    assert lines[3].startswith("충돌: outside_visit_dates: “Zoo”(2023. 7. 1. 10:00) 일정이 ")
    assert lines[4].startswith(
        "경고: gift_over_threshold: “Stiftablage aus Meissener Porzellan”, 수령인 "
    )
    assert lines[4].endswith("185.00 EUR – 수령인 직위의 신고 기준 100,000 KRW 이상입니다")
    # LC_ALL wins over LANG, LC_MESSAGES over LANG (as POSIX orders them).
    assert _conflicts(clashing, LC_ALL="ko_KR.UTF-8", LANG="de_DE.UTF-8") == lines
    assert _conflicts(clashing, LC_MESSAGES="ko_KR.UTF-8", LANG="de_DE.UTF-8") == lines


def test_the_command_line_stays_without_qt(clashing: Path) -> None:
    script = (
        "import sys\n"
        "from exchange_planner.cli import main\n"
        f"code = main(['conflicts', '--db', {str(clashing)!r}])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "LANG": "de_DE.UTF-8"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, env=env, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert "Konflikt: venue_double_booked" in result.stdout.decode("utf-8")


def test_language_and_locale_from_the_environment() -> None:
    assert language_from_env({}) == "en"
    assert language_from_env({"LANG": "de_AT.UTF-8"}) == "de"
    assert locale_from_env("de", {"LANG": "de_AT.UTF-8"}) == "de_AT"
    assert language_from_env({"LANG": "ko"}) == "ko"
    assert locale_from_env("ko", {"LANG": "ko"}) == "ko_KR"
    assert language_from_env({"LC_ALL": "", "LANG": "de_DE"}) == "de"
    assert language_from_env({"LC_ALL": "C", "LANG": "de_DE"}) == "en"


def _pen_trays(visit_title: str = "Visit 2019") -> list[GiftRecord]:
    earlier = GiftRecord(
        1,
        "Meissen pen tray",
        "Meissen",
        presented_on=date(2019, 5, 2),
        partnership_id=1,
        partnership_name="Gwangju",
        recipient_name="Kang Gi-jung",
        visit_title=visit_title,
        value_amount=Decimal("150"),
    )
    later = GiftRecord(
        2,
        "Pen tray, Meissen porcelain",
        "Meissen",
        presented_on=date(2023, 7, 26),
        partnership_id=1,
    )
    return [earlier, later]


def test_a_repeated_gift_in_german_and_korean() -> None:
    [found] = find_repeated_gifts(_pen_trays())
    assert Wording("de").text(found) == (
        "„Pen tray, Meissen porcelain“ von Meissen: Ein ähnliches Geschenk, „Meissen pen "
        "tray“, wurde bereits am 02.05.2019 während „Visit 2019“ an Kang Gi-jung (Gwangju) "
        "überreicht"
    )
    assert Wording("ko").text(found) == (
        "“Pen tray, Meissen porcelain”(Meissen 제작): 비슷한 선물 “Meissen pen tray”을(를) "
        "이미 2019. 5. 2. “Visit 2019” 방문 중에 Kang Gi-jung (Gwangju)에게 전달했습니다"
    )
    assert Wording("en").text(found) == found.message
    [without_visit] = find_repeated_gifts(_pen_trays(visit_title=""))
    assert (
        Wording("de")
        .text(without_visit)
        .endswith("wurde bereits am 02.05.2019 an Kang Gi-jung (Gwangju) überreicht")
    )
