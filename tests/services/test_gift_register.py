"""The gift register by jurisdiction: rules in force, rates, dispositions, totals, XLSX, CLI."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exchange_planner.cli import main
from exchange_planner.domain.enums import DispositionKind, GiftDirection
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.exchange_rates import RateFileError
from exchange_planner.domain.gift_rules import rule_in_force
from exchange_planner.services.gift_register import GiftRegisterService
from exchange_planner.services.gift_register_xlsx import COLUMNS
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def make_rules(register: GiftRegisterService) -> dict[str, int]:
    made = {}
    for code, name, start, end, limits, source in (
        (
            "DE-SN-KOMMUNAL",
            "Belohnungen und Geschenke (alt)",
            date(2010, 1, 1),
            date(2019, 12, 31),
            [(1, "10", "EUR", "Zustimmung")],
            "VwV alt",
        ),
        (
            "DE-SN-KOMMUNAL",
            "Belohnungen und Geschenke",
            date(2020, 1, 1),
            None,
            [(1, "20", "EUR", "allgemein genehmigt"), (2, "60", "EUR", "schriftliche Genehmigung")],
            "VwV Annahme von Belohnungen, Sachsen",
        ),
        (
            "KR-PUBLIC",
            "공직자윤리법 제15조",
            date(2009, 2, 3),
            None,
            [
                (1, "100", "USD", "report and hand over"),
                (1, "100000", "KRW", "report and hand over"),
            ],
            "Public Service Ethics Act, art. 15",
        ),
    ):
        rule = register.rules.create(
            jurisdiction=code, name=name, effective_from=start, effective_to=end, source=source
        )
        for tier, amount, currency, consequence in limits:
            register.limits.create(
                rule_id=rule.id,
                tier=tier,
                amount=amount,
                currency=currency,
                consequence=consequence,
            )
        made[f"{code}:{start.year}"] = rule.id
    return made


@pytest.fixture
def gifts(services: Services) -> dict[str, int]:
    return fill(services)


def fill(services: Services) -> dict[str, int]:
    register = GiftRegisterService(services.db)
    make_rules(register)
    mayor = services.people.create(family_name="Jung", given_name="Burkhard", country="Germany")
    services.people.update(mayor.id, gift_jurisdiction="DE-SN-KOMMUNAL")
    kang = services.people.create(family_name="Kang", given_name="Gi-jung", country="South Korea")
    services.people.update(kang.id, gift_jurisdiction="KR-PUBLIC")
    received = services.gifts.create(
        direction=GiftDirection.RECEIVED,
        description="Celadon vase",
        giver_id=kang.id,
        recipient_id=mayor.id,
        presented_on=date(2023, 7, 26),
        value_amount="150000",
        value_currency="KRW",
        rate_units_per_eur="1412.5",
        rate_date=date(2023, 7, 26),
        rate_source="ECB reference rate",
    )
    given = services.gifts.create(
        direction=GiftDirection.GIVEN,
        description="Meissen porcelain",
        giver_id=mayor.id,
        recipient_id=kang.id,
        presented_on=date(2023, 7, 26),
        value_amount="45",
        value_currency="EUR",
    )
    usd = services.gifts.create(
        direction=GiftDirection.RECEIVED,
        description='=HYPERLINK("http://x") book',
        recipient_id=mayor.id,
        presented_on=date(2023, 9, 1),
        value_amount="300",
        value_currency="USD",
    )
    services.gifts.create(
        direction=GiftDirection.GIVEN,
        description="Last year's gift",
        presented_on=date(2022, 5, 1),
        value_amount="10",
    )
    return {"received": received.id, "given": given.id, "usd": usd.id, "mayor": mayor.id}


def test_the_rule_in_force_on_a_day(services: Services, gifts: dict[str, int]) -> None:
    rules = GiftRegisterService(services.db).rules.infos()
    old = rule_in_force(rules, "DE-SN-KOMMUNAL", date(2019, 12, 31))
    new = rule_in_force(rules, "DE-SN-KOMMUNAL", date(2020, 1, 1))
    assert old is not None and old.name.endswith("(alt)")
    assert new is not None and [lim.amount for lim in new.limits] == [20, 60]
    assert rule_in_force(rules, "DE-SN-KOMMUNAL", date(2009, 12, 31)) is None
    with pytest.raises(ValidationError) as refused:
        GiftRegisterService(services.db).rules.create(
            jurisdiction="DE-BT",
            name="x",
            effective_from=date(2023, 1, 1),
            effective_to=date(2022, 1, 1),
        )
    assert refused.value.field == "effective_to"


def test_the_register_values_in_eur_and_leaves_out_a_missing_rate(
    services: Services, gifts: dict[str, int]
) -> None:
    register = GiftRegisterService(services.db)
    data = register.register(2023)
    assert len(data.rows) == 3
    rows = {row.gift_id: row for row in data.rows}
    vase = rows[gifts["received"]]
    assert vase.value_eur == Decimal("106.19")
    assert vase.rule_jurisdiction == "DE-SN-KOMMUNAL"
    assert vase.crossed_limit == "EUR 60" and vase.consequence == "schriftliche Genehmigung"
    porcelain = rows[gifts["given"]]
    assert porcelain.rule_jurisdiction == "KR-PUBLIC"
    assert porcelain.crossed_limit == "" and porcelain.undetermined  # no USD/KRW rate stored
    usd = rows[gifts["usd"]]
    assert usd.rate_missing and usd.value_eur is None
    totals = {total.direction: total for total in data.totals()}
    assert totals["received"].total_eur == Decimal("106.19")
    assert totals["received"].rate_missing == 1 and totals["received"].count == 2
    assert totals["given"].total_eur == Decimal("45.00")
    # With a KRW rate of the day, the EUR gift can be compared with KRW 100,000.
    register.rates.add("KRW", "2023-07-25", "1410.1", "ECB")
    register.rates.add("USD", "2023-07-25", "1.1052", "ECB")
    again = {row.gift_id: row for row in register.register(2023).rows}
    assert again[gifts["given"]].crossed_limit == "" and not again[gifts["given"]].undetermined
    # A stored rate applied to the USD gift counts it in.
    assert (
        register.apply_rate(gifts["usd"]) is None
    )  # the USD rate of 25 July is too old for 1 September
    register.rates.add("USD", "2023-08-31", "1.0868", "ECB")
    assert register.apply_rate(gifts["usd"]) == (Decimal("1.086800"), date(2023, 8, 31), "ECB")
    after = {total.direction: total for total in register.register(2023).totals()}
    assert after["received"].rate_missing == 0
    assert after["received"].total_eur == Decimal("106.19") + Decimal("276.04")


def test_the_current_disposition_is_the_latest(services: Services, gifts: dict[str, int]) -> None:
    register = GiftRegisterService(services.db)
    steps = register.dispositions
    steps.create(gift_id=gifts["received"], dated_on=date(2023, 7, 26), kind="kept")
    steps.create(
        gift_id=gifts["received"],
        dated_on=date(2023, 8, 15),
        kind=DispositionKind.DISPLAYED,
        place="Neues Rathaus, Festsaal, Vitrine 3",
        inventory_number="LE-G-2023-014",
    )
    assert [s.kind for s in steps.for_gift(gifts["received"])] == ["kept", "displayed"]
    row = next(r for r in register.register(2023).rows if r.gift_id == gifts["received"])
    assert row.disposition is not None and row.disposition.kind is DispositionKind.DISPLAYED
    assert row.inventory_number == "LE-G-2023-014"
    with pytest.raises(ValidationError) as refused:
        steps.create(gift_id=gifts["received"], dated_on=date(2023, 8, 1), kind="lost")
    assert refused.value.field == "kind"


def test_a_rate_file_with_a_bad_line_imports_nothing(services: Services) -> None:
    rates = GiftRegisterService(services.db).rates
    bad = "Date,USD,KRW,\n2023-07-26,1.1059,1412.50,\n2023-07-25,1.1052,viel,\n"
    with pytest.raises(RateFileError) as refused:
        rates.import_csv(bad, source="ECB")
    assert refused.value.line == 3 and refused.value.reason == "rate"
    assert "“viel” is not a rate for KRW" in str(refused.value)
    assert rates.list() == []
    good = "Date,USD,KRW,\n2023-07-26,1.1059,1412.50,\n2023-07-25,1.1052,N/A,\n"
    result = rates.import_csv(good, source="ECB")
    assert (result.new, result.changed, result.unchanged) == (3, 0, 0)
    again = rates.import_csv(good.replace("1.1059", "1.1060"), source="ECB")
    assert (again.new, again.changed, again.unchanged) == (0, 1, 2)
    assert rates.rate_on("USD", date(2023, 7, 30)).units_per_eur == Decimal("1.106")  # type: ignore[union-attr]


def _db_with_gifts(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "gifts.sqlite3"
    db = open_database(path)
    try:
        services = Services.for_database(db)
        ids = fill(services)
    finally:
        db.dispose()
    return path, ids


def test_export_gifts_writes_the_register_as_xlsx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = _db_with_gifts(tmp_path)
    target = tmp_path / "gifts.xlsx"
    assert main(["export", "gifts", "--year", "2023", "--db", str(path), "-o", str(target)]) == 0
    assert "3 gifts" in capsys.readouterr().err
    book = load_workbook(target)
    sheet = book["Register"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [
        "Date",
        "Direction",
        "Description",
        "Giver",
        "Recipient",
        "Value",
        "Currency",
        "Rate (per 1 EUR)",
        "Rate date",
        "Rate source",
        "Value in EUR",
        "Rule",
        "Limit reached",
        "Consequence",
        "Current disposition",
        "Place",
        "Inventory number",
        "Visit",
    ]
    assert len(rows[0]) == len(COLUMNS)
    gifts_rows = rows[1:]
    assert len(gifts_rows) == 3  # one row per gift of 2023
    by_description = {row[2]: row for row in gifts_rows}
    vase = by_description["Celadon vase"]
    assert vase[5] == 150000 and vase[6] == "KRW" and vase[7] == 1412.5
    assert vase[9] == "ECB reference rate" and vase[10] == pytest.approx(106.19)
    assert vase[11] == "DE-SN-KOMMUNAL Belohnungen und Geschenke" and vase[12] == "EUR 60"
    usd = by_description['\'=HYPERLINK("http://x") book']  # a formula arrives as text
    assert usd[10] == "rate missing"
    totals = {
        row[0]: row for row in book["Totals"].iter_rows(min_row=2, values_only=True) if row[0]
    }
    assert totals["given"][2] == pytest.approx(45.00)
    assert totals["received"][1:4] == (2, pytest.approx(106.19), 1)  # USD gift excluded
    # The exchange file's export is unchanged.
    assert main(["export", "--db", str(path), "-o", str(tmp_path / "all.json")]) == 0
    assert (tmp_path / "all.json").read_text(encoding="utf-8").startswith("{")


def test_export_gifts_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ids = _db_with_gifts(tmp_path)
    assert main(["export", "gifts", "--db", str(path), "-o", str(tmp_path / "g.xlsx")]) == 2
    assert "needs --year" in capsys.readouterr().err
    assert main(["export", "gifts", "--year", "2023", "--db", str(path), "-o", "-"]) == 2
    assert main(["export", "--year", "2023", "--db", str(path), "-o", "x.json"]) == 2
    assert not (tmp_path / "g.xlsx").exists()


def test_rates_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ids = _db_with_gifts(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,USD,\n2023-07-26,1.1059,\n26.07.2023x,1.1,\n", encoding="utf-8")
    assert main(["rates", "--db", str(path), "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 3:" in err and "is not a date" in err and "nothing was imported" in err
    assert main(["rates", "list", "--db", str(path)]) == 0
    assert capsys.readouterr().out == ""
    good = tmp_path / "eurofxref-hist.csv"
    good.write_text("Date,USD,KRW,\n2023-07-26,1.1059,1412.50,\n", encoding="utf-8")
    assert main(["rates", "import", "--db", str(path), str(good)]) == 0
    assert "2 new" in capsys.readouterr().out
    assert (
        main(["rates", "add", "--db", str(path), "JPY", "2023-07-26", "156.24", "--source", "ECB"])
        == 0
    )
    assert main(["rates", "add", "--db", str(path), "JPY", "2023-07-26", "0", "--source", "x"]) == 2
    assert "units_per_eur" in capsys.readouterr().err
    assert main(["rates", "--db", str(path), "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "KRW\t2023-07-26\t1412.500000\tECB euro reference rates (eurofxref-hist.csv)" in listed
    assert len(listed) == 3
    assert main(["gift-rules", "list", "--db", str(path)]) == 0
    assert "DE-SN-KOMMUNAL" in capsys.readouterr().out


def test_a_gift_is_warned_about_by_its_recipients_rule(
    services: Services, gifts: dict[str, int]
) -> None:
    from exchange_planner.domain.conflicts import ConflictKind
    from exchange_planner.domain.gifts import GiftRecord
    from exchange_planner.services.gift_rule_reading import rule_warnings
    from exchange_planner.storage.sql_read import session_execute

    records = [
        GiftRecord(
            gift_id=gift.id,
            description=gift.description,
            given=gift.direction is GiftDirection.GIVEN,
            presented_on=gift.presented_on,
            recipient_id=gift.recipient_id,
            recipient_name="X",
            value_amount=gift.value_amount,
            value_currency=gift.value_currency,
        )
        for gift in services.gifts.list()
    ]
    with services.db.session() as session:
        warnings, judged = rule_warnings(session_execute(session), records)
    # The vase (KRW 150,000 = 106.19 EUR) reaches the Saxon 60 EUR tier; the EUR 45 gift to
    # a Korean official is judged by KR-PUBLIC and stays below; the USD gift without a rate
    # is judged (no warning), the one without a recipient is left to the thresholds.
    assert judged == {gifts["received"], gifts["given"], gifts["usd"]}
    assert [(w.kind, w.gift_ids) for w in warnings] == [
        (ConflictKind.GIFT_OVER_THRESHOLD, (gifts["received"],))
    ]
    assert warnings[0].facts.limit == 60 and warnings[0].extra["tier"] == 2
    assert "schriftliche Genehmigung" in warnings[0].message
